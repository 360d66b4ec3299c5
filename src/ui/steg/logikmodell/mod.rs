//! Step 7, Logikmodell (Kellogg): resurser → aktiviteter → prestationer →
//! effekter på kort, medellång och lång sikt. Each column is its own list
//! of the shared rows over the one list of items; arrows are chosen per item
//! among the later columns; outcomes carry an indicator. Effects are tied to
//! outcomes in steps 8 and 9; the diagram shows the ties. Rules:
//! `Logikmodell::brister`, `kan_lanka`, `model::utfallskoppling`; the
//! diagram: `logikdiagram`.

mod logikdiagram;

use crate::model::validering::Brist;
use crate::model::{
    Koppling, LogikFalt, Logikled, Logikmodell, LogikmodellStoreFields, Logikpost, LogikpostStoreFields,
};
use crate::ui::komponenter::delavsnitt::Delavsnitt;
use crate::ui::komponenter::falt::Textfalt;
use crate::ui::komponenter::kontroller::{felsignal, Listmeddelande};
use crate::ui::komponenter::radlista::Radlista;
use crate::ui::komponenter::steghuvud::Steghuvud;
use crate::ui::steg::logikmodell::logikdiagram::Logikdiagram;
use leptos::prelude::*;
use reactive_stores::Field;
use std::sync::Arc;

fn etikett(led: Logikled) -> &'static str {
    match led {
        Logikled::Resurser => "Resurs",
        Logikled::Aktiviteter => "Aktivitet",
        Logikled::Prestationer => "Prestation",
        _ => "Effekt",
    }
}

#[component]
pub fn LogikmodellSteg(
    #[prop(into)] modell: Field<Logikmodell>,
    /// The economic and qualitative effects tied to an outcome (read only).
    #[prop(into)]
    kopplingar: Signal<Vec<Koppling>>,
) -> impl IntoView {
    let brister = Memo::new(move |_| modell.with(|m| m.brister()));
    let poster = modell.poster();
    let kolumner = Logikled::ALLA
        .into_iter()
        .map(|led| {
            let rubrik_id = format!("logik-{}-rubrik", led.kod());
            view! {
                <Delavsnitt id=rubrik_id rubrik=led.namn() klass="logikled">
                    <Listmeddelande fel=felsignal(brister, LogikFalt::Led(led)) />
                    <Radlista id=led.kod() radnamn=led.postnamn() tom_text="Inget här ännu."
                        rader=poster
                        ny=move |id| Logikpost { id, led, ..Default::default() }
                        id_av=|p: &Logikpost| p.id.clone()
                        namn_av=|p: &Logikpost| p.text.clone()
                        urval=Arc::new(move |p: &Logikpost| p.led == led)
                        rad=move |id: String| view! { <LogikRad post=poster.at_key(id) led modell brister /> }.into_any() />
                </Delavsnitt>
            }
        })
        .collect_view();
    view! {
        <Steghuvud rubrik="Logikmodell">
            "Beskriv kedjan från resurser till nytta: vad ni sätter in, vad ni gör, vad det ger och vilka effekter det "
            "leder till på kort, medellång och lång sikt. Välj för varje post vad den leder till, och ange för varje "
            "effekt en indikator som visar att den nås."
        </Steghuvud>
        {kolumner}
        <h3>"Logikmodellen som diagram"</h3>
        <p class="hjalptext">
            "Ekonomiska effekter kopplas till en effekt i logikmodellen i steget Kostnader och effekter, "
            "kvalitativa effekter i steget Kvalitativa effekter, risker och konsekvenser. De visas under den "
            "effekten i diagrammet."
        </p>
        <Logikdiagram modell kopplingar />
    }
}

#[component]
fn LogikRad(
    #[prop(into)] post: Field<Logikpost>,
    led: Logikled,
    modell: Field<Logikmodell>,
    brister: Memo<Vec<Brist<LogikFalt>>>,
) -> impl IntoView {
    let id = post.id().get_untracked();
    let indikator = led.effektled().then(|| {
        view! {
            <Textfalt id=format!("logik-indikator-{id}") etikett="Indikator" kravs=true varde=post.indikator()
                hjalp="Vad ni mäter för att se att effekten nås."
                fel=felsignal(brister, LogikFalt::Indikator(id.clone())) />
        }
    });
    // The items of later columns this one may lead to.
    let fran = id.clone();
    let mal = move || {
        modell
            .try_with(|m| {
                m.poster
                    .iter()
                    .filter(|p| p.led > led)
                    .map(|p| {
                        let text = if p.text.trim().is_empty() { "(utan text)".to_string() } else { p.text.clone() };
                        (p.id.clone(), format!("{}: {text}", p.led.namn()))
                    })
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };
    let lankar = (led != Logikled::EffekterLangNytta).then(|| {
        view! {
            <fieldset class="falt lankar">
                <legend>"Leder till"</legend>
                <Show when=move || mal().is_empty()>
                    <p class="tomt">"Lägg till poster längre till höger i modellen för att kunna länka."</p>
                </Show>
                <For each=mal key=|m| m.clone() let:((till, text))>
                    {
                        let ruta = format!("pil-{fran}-{till}");
                        let (fran_a, till_a) = (fran.clone(), till.clone());
                        let (fran_b, till_b) = (fran.clone(), till.clone());
                        view! {
                            <div class="kryssruta">
                                <input type="checkbox" id=ruta.clone()
                                    prop:checked=move || modell.try_with(|m| m.har_pil(&fran_a, &till_a)).unwrap_or(false)
                                    on:change:target=move |ev| {
                                        let finns = ev.target().checked();
                                        modell.update(|m| m.ange_pil(&fran_b, &till_b, finns));
                                    } />
                                <label for=ruta>{text}</label>
                            </div>
                        }
                    }
                </For>
            </fieldset>
        }
    });
    view! {
        <Textfalt id=format!("logik-text-{id}") etikett=etikett(led) kravs=true varde=post.text()
            fel=felsignal(brister, LogikFalt::Text(id.clone())) />
        {indikator}
        {lankar}
    }
}
