//! Step 5, Arbetsflödesbeskrivning: today's process and the future one as
//! ordered steps (actor, minutes per case, cases a year), with hours a year
//! per step, in total and the difference. The arithmetic is the model's
//! (`Processsteg::timmar_per_ar`, `Arbetsflode::frigjorda_timmar`).
//! Turning the difference into an effect line waits for step 8.

use crate::model::tal;
use crate::model::validering::Brist;
use crate::model::{Arbetsflode, ArbetsflodeStoreFields, FlodeFalt, Lage, Processsteg, ProcessstegStoreFields};
use crate::ui::falt::Textfalt;
use crate::ui::kontroller::{felsignal, Decimalfalt, Listmeddelande};
use crate::ui::radlista::Radlista;
use leptos::prelude::*;
use reactive_stores::Field;
use rust_decimal::Decimal;

/// Hours shown to one decimal; the model keeps them exact.
fn timmar(t: Decimal) -> String {
    format!("{} timmar", tal::formatera(t.round_dp(1)))
}

#[component]
pub fn ArbetsflodeSteg(#[prop(into)] flode: Field<Arbetsflode>) -> impl IntoView {
    let brister = Memo::new(move |_| flode.with(|f| f.brister()));
    let (nulage, borlage) = (flode.nulage(), flode.borlage());
    let summa = Memo::new(move |_| flode.with(|f| (f.timmar_nulage(), f.timmar_borlage(), f.frigjorda_timmar())));
    let ny = |id: String| Processsteg { id, ..Default::default() };
    view! {
        <h2 id="stegrubrik">"Arbetsflödesbeskrivning"</h2>
        <p class="ingress">
            "Beskriv processen som den ser ut i dag (nuläge) och som den ska se ut (börläge), steg för steg i ordning: "
            "vem som gör steget, hur många minuter det tar per ärende och hur många ärenden det gäller per år."
        </p>
        <h3>"Nuläge"</h3>
        <Listmeddelande fel=felsignal(brister, FlodeFalt::Lista(Lage::Nulage)) />
        <Radlista id="nulage" radnamn="steg i nuläget" tom_text="Inga steg i nuläget ännu."
            lagg_till="steg i nuläget"
            rader=nulage ny id_av=|s: &Processsteg| s.id.clone() namn_av=|s: &Processsteg| s.beskrivning.clone()
            rad=move |id: String| view! { <StegRad steg=nulage.at_key(id) brister /> }.into_any() />
        <h3>"Börläge"</h3>
        <Listmeddelande fel=felsignal(brister, FlodeFalt::Lista(Lage::Borlage)) />
        <Radlista id="borlage" radnamn="steg i börläget" tom_text="Inga steg i börläget ännu."
            lagg_till="steg i börläget"
            rader=borlage ny id_av=|s: &Processsteg| s.id.clone() namn_av=|s: &Processsteg| s.beskrivning.clone()
            rad=move |id: String| view! { <StegRad steg=borlage.at_key(id) brister /> }.into_any() />
        <h3 id="timmar-rubrik">"Timmar per år"</h3>
        <table class="summering" aria-labelledby="timmar-rubrik">
            <tbody>
                <tr><th scope="row">"Nuläge"</th><td id="timmar-nulage">{move || timmar(summa.get().0)}</td></tr>
                <tr><th scope="row">"Börläge"</th><td id="timmar-borlage">{move || timmar(summa.get().1)}</td></tr>
                <tr><th scope="row">"Skillnad (frigjord tid)"</th><td id="timmar-skillnad">{move || timmar(summa.get().2)}</td></tr>
            </tbody>
        </table>
    }
}

#[component]
fn StegRad(#[prop(into)] steg: Field<Processsteg>, brister: Memo<Vec<Brist<FlodeFalt>>>) -> impl IntoView {
    let id = steg.id().get_untracked();
    let per_ar = move || steg.try_with(|s| timmar(s.timmar_per_ar())).unwrap_or_default();
    view! {
        <div class="falt-rutnat">
            <Textfalt id=format!("flode-steg-{id}") etikett="Steg" kravs=true varde=steg.beskrivning()
                fel=felsignal(brister, FlodeFalt::Beskrivning(id.clone())) />
            <Textfalt id=format!("flode-aktor-{id}") etikett="Aktör" varde=steg.aktor() fel=Signal::derive(|| None) />
        </div>
        <div class="falt-rutnat smal">
            <Decimalfalt id=format!("flode-minuter-{id}") etikett="Minuter per ärende" varde=steg.minuter_per_arende()
                fel=felsignal(brister, FlodeFalt::Minuter(id.clone())) />
            <Decimalfalt id=format!("flode-arenden-{id}") etikett="Ärenden per år" varde=steg.arenden_per_ar()
                fel=felsignal(brister, FlodeFalt::Arenden(id.clone())) />
            <p class="utdata">"Timmar per år: " <output>{per_ar}</output></p>
        </div>
    }
}
