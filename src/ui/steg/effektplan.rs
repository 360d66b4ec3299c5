//! One effect's plan in step 12: responsible person, indicator, baseline
//! and target with dates, measurement method, planned follow-up dates, and
//! the follow-ups (`effektplan_uppfoljning`).

use super::effektplan_uppfoljning::Uppfoljningar;
use crate::model::validering::Brist;
use crate::model::{Effektkategori, Effektplan, EffektplanStoreFields, Effektpost, Effektslag, PlanFalt};
use crate::ui::falt::{synligt, Textfalt};
use crate::ui::kontroller::felsignal;
use crate::ui::radlista::fokusera_senare;
use crate::vardering::Effektuppfoljning;
use leptos::prelude::*;
use reactive_stores::Field;

type Brister = Memo<Vec<Brist<PlanFalt>>>;

/// What kind of effect, in words.
fn slagtext(post: Option<&Effektpost>) -> &'static str {
    match post.map(|p| (p.slag, p.kategori)) {
        Some((Effektslag::Ekonomisk, Some(Effektkategori::Ramjustering))) => "Ekonomisk effekt: ramjustering",
        Some((Effektslag::Ekonomisk, _)) => "Ekonomisk effekt: frigjort ramutrymme",
        Some((Effektslag::Kvalitativ, _)) => "Kvalitativ effekt",
        None => "Effekten finns inte längre",
    }
}

#[component]
pub fn Planrad(
    #[prop(into)] plan: Field<Effektplan>,
    effekter: Memo<Vec<Effektpost>>,
    brister: Brister,
    resultat: Memo<Effektuppfoljning>,
    period: Signal<(i32, u32)>,
) -> impl IntoView {
    let id = plan.effekt_id().get_untracked();
    let rubrik_id = format!("plan-{id}-rubrik");
    let post = {
        let id = id.clone();
        Memo::new(move |_| effekter.with(|e| e.iter().find(|p| p.id == id).cloned()))
    };
    let finns = move || post.with(|p| p.is_some());
    let namn = move || plan.try_with(|p| p.benamning.clone()).unwrap_or_default();
    let ekonomisk = Signal::derive(move || post.with(|p| p.as_ref().is_some_and(|p| p.slag == Effektslag::Ekonomisk)));
    let lage = {
        let id = id.clone();
        Signal::derive(move || resultat.with(|r| r.effekter.iter().find(|e| e.effekt_id == id).cloned()))
    };
    let f = |falt: fn(String) -> PlanFalt| felsignal(brister, falt(id.clone()));
    view! {
        <section class="effektplan" class:borta=move || !finns() aria-labelledby=rubrik_id.clone() id=format!("plan-{id}")>
            <h4 id=rubrik_id.clone()>{namn}</h4>
            <p class="effektslag">{move || post.with(|p| slagtext(p.as_ref()))}</p>
            <Show when=move || !finns()>
                <p class="borta-text">
                    "Effekten finns inte längre i förstudien. Planen och uppföljningarna sparas men krävs inte "
                    "och räknas inte i summorna."
                </p>
            </Show>
            <div class="falt-rutnat">
                <Textfalt id=format!("plan-{id}-ansvarig") etikett="Ansvarig för effekten" kravs=true
                    varde=plan.ansvarig() fel=f(PlanFalt::Ansvarig) />
                <Textfalt id=format!("plan-{id}-indikator") etikett="Indikator" kravs=true
                    varde=plan.indikator() fel=f(PlanFalt::Indikator) />
            </div>
            <div class="falt-rutnat">
                <Textfalt id=format!("plan-{id}-nollvarde") etikett="Nollvärde" kravs=true
                    hjalp="Indikatorns värde före förändringen, som tal." varde=plan.nollvarde() fel=f(PlanFalt::Nollvarde) />
                <Textfalt id=format!("plan-{id}-nolldatum") etikett="Nollvärdets datum" kravs=true typ="date"
                    varde=plan.nollvarde_datum() fel=f(PlanFalt::NollvardeDatum) />
                <Textfalt id=format!("plan-{id}-malvarde") etikett="Målvärde" kravs=true
                    hjalp="Indikatorns värde när effekten är realiserad." varde=plan.malvarde() fel=f(PlanFalt::Malvarde) />
                <Textfalt id=format!("plan-{id}-maldatum") etikett="Måldatum" kravs=true typ="date"
                    varde=plan.malvarde_datum() fel=f(PlanFalt::MalvardeDatum) />
            </div>
            <Textfalt id=format!("plan-{id}-matmetod") etikett="Mätmetod" kravs=true flerradig=true
                hjalp="Hur och varifrån värdet tas fram, till exempel ur verksamhetssystemet eller en enkät."
                varde=plan.matmetod() fel=f(PlanFalt::Matmetod) />
            <Uppfoljningsdatum plan id=id.clone() fel=f(PlanFalt::Uppfoljningsdatum) />
            <Uppfoljningar plan id=id.clone() ekonomisk period lage />
        </section>
    }
}

/// The planned follow-up dates: a list of date fields with add and remove.
#[component]
fn Uppfoljningsdatum(
    #[prop(into)] plan: Field<Effektplan>,
    id: String,
    fel: Signal<Option<&'static str>>,
) -> impl IntoView {
    let datum = plan.uppfoljningsdatum();
    let rord = RwSignal::new(false);
    let synligt_fel = synligt(fel, rord);
    let antal = move || datum.try_with(|d| d.len()).unwrap_or(0);
    let fel_id = format!("plan-{id}-datum-fel");
    let lagg_till_id = format!("plan-{id}-datum-lagg-till");
    let falt_id = {
        let id = id.clone();
        move |i: usize| format!("plan-{id}-datum-{i}")
    };
    let lagg_till = {
        let falt_id = falt_id.clone();
        move |_| {
            let ny = antal();
            datum.update(|d| d.push(String::new()));
            fokusera_senare(falt_id(ny), None);
        }
    };
    let rad = {
        let lagg_till_id = lagg_till_id.clone();
        move |i: usize| {
            let falt = falt_id(i);
            let ta_bort = {
                let lagg_till_id = lagg_till_id.clone();
                move |_| {
                    datum.update(|d| {
                        if i < d.len() {
                            d.remove(i);
                        }
                    });
                    rord.set(true);
                    fokusera_senare(lagg_till_id.clone(), None);
                }
            };
            view! {
                <div class="datumrad">
                    <label for=falt.clone()>{format!("Uppföljningsdatum {}", i + 1)}</label>
                    <input id=falt type="date"
                        prop:value=move || datum.try_with(|d| d.get(i).cloned()).flatten().unwrap_or_default()
                        on:input:target=move |ev| {
                            let varde = ev.target().value();
                            datum.update(|d| {
                                if let Some(plats) = d.get_mut(i) {
                                    *plats = varde;
                                }
                            });
                        }
                        on:blur=move |_| rord.set(true) />
                    <button type="button" aria-label=format!("Ta bort uppföljningsdatum {}", i + 1) on:click=ta_bort>
                        "Ta bort"
                    </button>
                </div>
            }
        }
    };
    view! {
        <fieldset class="falt uppfoljningsdatum" class:falt-fel=move || synligt_fel.get().is_some()
            aria-describedby={
                let fel_id = fel_id.clone();
                move || synligt_fel.get().is_some().then(|| fel_id.clone())
            }>
            <legend>"Planerade uppföljningsdatum"<span class="krav" aria-hidden="true">" *"</span></legend>
            <For each=move || 0..antal() key=|i| *i let:i>{rad.clone()(i)}</For>
            <button type="button" id=lagg_till_id on:click=lagg_till>"+ Lägg till uppföljningsdatum"</button>
            <p class="felmeddelande" id=fel_id.clone() hidden=move || synligt_fel.get().is_none()>
                {move || synligt_fel.get().unwrap_or_default()}
            </p>
        </fieldset>
    }
}
