//! The decision that opens the plan: date and reference, "Markera som
//! beslutad", and undoing it after a confirmation. Undoing keeps the plans.

use crate::model::validering::Brist;
use crate::model::{nytt_beslut, synka_planer, BeslutFalt, Effekthemtagning, EffekthemtagningStoreFields, Effektpost};
use crate::ui::komponenter::delavsnitt::Delavsnitt;
use crate::ui::komponenter::dialog::stangd;
use crate::ui::komponenter::faltram::{beskrivning, ogiltig, Faltram};
use crate::ui::komponenter::radlista::fokusera_senare;
use leptos::prelude::*;
use reactive_stores::Field;

fn meddelande(fel: RwSignal<Vec<Brist<BeslutFalt>>>, falt: BeslutFalt) -> Option<&'static str> {
    fel.with(|f| f.iter().find(|b| b.falt == falt).map(|b| b.meddelande))
}

#[component]
pub fn Beslutsdel(#[prop(into)] hemtagning: Field<Effekthemtagning>, effekter: Memo<Vec<Effektpost>>) -> impl IntoView {
    let beslut = hemtagning.beslut();
    let datum = RwSignal::new(String::new());
    let referens = RwSignal::new(String::new());
    let fel = RwSignal::new(Vec::<Brist<BeslutFalt>>::new());
    let besked = RwSignal::new(String::new());
    let fraga = RwSignal::new(false);
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    Effect::new(move |_| {
        let oppen = fraga.get();
        if let Some(d) = dialog.get() {
            if oppen && !d.open() {
                let _ = d.show_modal();
            } else if !oppen && d.open() {
                d.close();
            }
        }
    });

    let markera = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match nytt_beslut(&datum.get_untracked(), &referens.get_untracked()) {
            Ok(nytt) => {
                // Read before the write: the store is locked inside `update`.
                let poster = effekter.get_untracked();
                beslut.set(Some(nytt));
                // Through the keyed list itself, so its rows see the new keys.
                hemtagning.planer().update(|p| {
                    synka_planer(p, &poster);
                });
                fel.set(Vec::new());
                besked.set("Förstudien är markerad som beslutad. Planen har en del per effekt.".into());
                fokusera_senare("effekthemtagningsansvarig".into(), None);
            }
            Err(brister) => {
                let forsta = if brister[0].falt == BeslutFalt::Datum { "beslut-datum" } else { "beslut-referens" };
                fel.set(brister);
                fokusera_senare(forsta.into(), None);
            }
        }
    };
    let angra = move |_| {
        // The form starts from the decision that was undone.
        if let Some(b) = beslut.get_untracked() {
            datum.set(b.datum);
            referens.set(b.referens);
        }
        beslut.set(None);
        fraga.set(false);
        besked.set(
            "Beslutet är ångrat. Planen och uppföljningarna finns kvar och visas igen vid ett nytt beslut.".into(),
        );
        fokusera_senare("beslut-datum".into(), None);
    };

    let falt = move |id: &'static str,
                     etikett: &'static str,
                     typ: &'static str,
                     varde: RwSignal<String>,
                     vilket: BeslutFalt,
                     hjalp: Option<&'static str>| {
        let syns = Signal::derive(move || meddelande(fel, vilket));
        view! {
            <Faltram id etikett fel=syns hjalp kravs=true>
                <input id=id type=typ aria-required="true"
                    aria-invalid=ogiltig(syns)
                    aria-describedby=beskrivning(id, hjalp.is_some(), syns)
                    prop:value=move || varde.get()
                    on:input:target=move |ev| varde.set(ev.target().value()) />
            </Faltram>
        }
    };

    view! {
        <Delavsnitt id="beslutrubrik" rubrik="Beslut" klass="beslut">
            {move || match beslut.get() {
                None => view! {
                    <p>"Planen görs när förstudien är beslutad. Ange beslutet för att öppna den; "
                        "planen får då en del för varje ekonomisk och kvalitativ effekt."</p>
                    <form class="beslutsform" on:submit=markera novalidate>
                        <div class="falt-rutnat">
                            {falt("beslut-datum", "Beslutsdatum", "date", datum, BeslutFalt::Datum, None)}
                            {falt("beslut-referens", "Beslutsreferens", "text", referens, BeslutFalt::Referens,
                                Some("Till exempel diarienummer och paragraf i protokollet."))}
                        </div>
                        <button type="submit" class="primar">"Markera som beslutad"</button>
                    </form>
                }
                .into_any(),
                Some(b) => view! {
                    <p id="beslut-status" class="beslutad">
                        <strong>"Beslutad "</strong>{b.datum}", "{b.referens}"."
                    </p>
                    <button type="button" on:click=move |_| fraga.set(true)>"Ångra beslutet …"</button>
                }
                .into_any(),
            }}
            <p class="besked" role="status">{move || besked.get()}</p>
            <dialog node_ref=dialog aria-labelledby="angra-beslut-rubrik" on:close=move |ev| if stangd(&ev) { fraga.set(false) }>
                <h2 id="angra-beslut-rubrik">"Ångra beslutet?"</h2>
                <p>"Förstudien markeras som inte beslutad och planen döljs. Planen och uppföljningarna sparas "
                    "och visas igen när förstudien markeras som beslutad på nytt."</p>
                <div class="knappar">
                    <button type="button" class="farlig" on:click=angra>"Ångra beslutet"</button>
                    <button type="button" on:click=move |_| fraga.set(false)>"Avbryt"</button>
                </div>
            </dialog>
        </Delavsnitt>
    }
}
