//! Step 2, Orsaksanalys: the problem, its causes in fishbone categories, a
//! "5 varför" chain per cause and the root causes the initiative addresses.
//! Rules: `Orsaksanalys::brister`; the diagram: `fiskben`.

mod fiskben;

use crate::model::validering::Brist;
use crate::model::{
    Orsak, OrsakFalt, OrsakStoreFields, Orsaksanalys, OrsaksanalysStoreFields, Orsakskategori,
    OrsakskategoriStoreFields,
};
use crate::ui::komponenter::falt::Textfalt;
use crate::ui::komponenter::kontroller::{felsignal, Kryssfalt, Listmeddelande, Valfalt};
use crate::ui::komponenter::radlista::Radlista;
use crate::ui::komponenter::steghuvud::Steghuvud;
use crate::ui::steg::orsaksanalys::fiskben::Fiskben;
use leptos::prelude::*;
use reactive_stores::Field;

#[component]
pub fn OrsaksanalysSteg(#[prop(into)] analys: Field<Orsaksanalys>) -> impl IntoView {
    let brister = Memo::new(move |_| analys.with(|a| a.brister()));
    let kategorier = analys.kategorier();
    let orsaker = analys.orsaker();
    let kategorival = Signal::derive(move || {
        analys.with(|a| a.kategorier.iter().map(|k| (k.id.clone(), k.namn.clone())).collect::<Vec<_>>())
    });
    // New causes go into the first category; the user picks another in the row.
    let ny_orsak = |id: String| Orsak { id, ..Default::default() };
    view! {
        <Steghuvud rubrik="Orsaksanalys">
            "Formulera problemet, samla orsakerna i fiskbenets kategorier och fråga ”varför?” upp till fem "
            "gånger för de orsaker som behöver det. Markera de grundorsaker som initiativet ska åtgärda."
        </Steghuvud>
        <Textfalt id="orsak-problem" etikett="Problemformulering" kravs=true flerradig=true
            hjalp="Problemet som orsakerna förklarar, i en eller ett par meningar."
            varde=analys.problemformulering() fel=felsignal(brister, OrsakFalt::Problemformulering) />

        <h3>"Kategorier"</h3>
        <p class="hjalptext">"Fiskbenets ben. Byt namn, lägg till eller ta bort efter behov."</p>
        <Radlista id="kategorier" radnamn="kategori" tom_text="Inga kategorier ännu."
            rader=kategorier
            ny=|id| Orsakskategori { id, namn: String::new() }
            id_av=|k: &Orsakskategori| k.id.clone()
            namn_av=|k: &Orsakskategori| k.namn.clone()
            rad=move |id: String| {
                let fel = felsignal(brister, OrsakFalt::Kategorinamn(id.clone()));
                view! {
                    <Textfalt id=format!("kategori-{id}") etikett="Kategorins namn" kravs=true
                        varde=kategorier.at_key(id).namn() fel />
                }
                .into_any()
            } />

        <h3>"Orsaker"</h3>
        <Listmeddelande fel=felsignal(brister, OrsakFalt::Orsaker) />
        <Listmeddelande fel=felsignal(brister, OrsakFalt::Grundorsak) />
        <Radlista id="orsaker" radnamn="orsak" tom_text="Inga orsaker ännu."
            rader=orsaker
            ny=move |id| {
                let mut ny = ny_orsak(id);
                ny.kategori_id = kategorival.get_untracked().first().map(|k| k.0.clone()).unwrap_or_default();
                ny
            }
            id_av=|o: &Orsak| o.id.clone()
            namn_av=|o: &Orsak| o.beskrivning.clone()
            rad=move |id: String| view! { <OrsakRad orsak=orsaker.at_key(id) kategorival brister /> }.into_any() />

        <h3>"Fiskbensdiagram"</h3>
        <Fiskben analys />
    }
}

#[component]
fn OrsakRad(
    #[prop(into)] orsak: Field<Orsak>,
    kategorival: Signal<Vec<(String, String)>>,
    brister: Memo<Vec<Brist<OrsakFalt>>>,
) -> impl IntoView {
    let id = orsak.id().get_untracked();
    let varfor = orsak.varfor();
    // The filled answers and one more, at most five: the chain grows as the
    // user answers, without five empty boxes up front.
    let synliga = move || varfor.try_with(|v| (v.len() + 1).min(Orsaksanalys::MAX_VARFOR)).unwrap_or(0);
    let antal_svar = move || varfor.try_with(|v| v.iter().filter(|s| !s.trim().is_empty()).count()).unwrap_or(0);
    let rad_id = id.clone();
    view! {
        <div class="falt-rutnat">
            <Textfalt id=format!("orsak-{id}") etikett="Orsak" kravs=true varde=orsak.beskrivning()
                fel=felsignal(brister, OrsakFalt::Beskrivning(id.clone())) />
            <Valfalt id=format!("orsak-kategori-{id}") etikett="Kategori" alternativ=kategorival
                valt=Signal::derive(move || orsak.kategori_id().try_get().unwrap_or_default())
                pa_val=Callback::new(move |kod| orsak.kategori_id().set(kod))
                fel=felsignal(brister, OrsakFalt::Kategori(id.clone())) />
        </div>
        <Kryssfalt id=format!("orsak-grund-{id}") etikett="Grundorsak som initiativet ska åtgärda"
            varde=orsak.grundorsak() />
        <details class="varfor" open=!varfor.get_untracked().is_empty()>
            <summary>"5 varför " {move || format!("({} av 5 besvarade)", antal_svar())}</summary>
            <ol class="varforkedja">
                <For each=move || 0..synliga() key=|i| *i let:nr>
                    {
                        let falt_id = format!("varfor-{rad_id}-{nr}");
                        view! {
                            <li>
                                <label for=falt_id.clone()>{format!("Varför {}", nr + 1)}</label>
                                <input type="text" id=falt_id
                                    prop:value=move || varfor.try_with(|v| v.get(nr).cloned().unwrap_or_default()).unwrap_or_default()
                                    on:input:target=move |ev| { orsak.try_update(|o| o.ange_varfor(nr, ev.target().value())); } />
                            </li>
                        }
                    }
                </For>
            </ol>
        </details>
    }
}
