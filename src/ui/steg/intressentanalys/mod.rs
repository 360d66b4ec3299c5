//! Step 4, Intressentanalys: stakeholders with influence and interest 1–5,
//! attitude now and wanted, and an engagement strategy that the
//! power/interest grid suggests and the user may rewrite. Rules:
//! `Intressentanalys::brister` and `Intressent::kvadrant`.

mod intressentrutnat;

use crate::model::validering::Brist;
use crate::model::{
    Attityd, Intressent, IntressentFalt, IntressentStoreFields, Intressentanalys, IntressentanalysStoreFields,
};
use crate::ui::komponenter::falt::Textfalt;
use crate::ui::komponenter::kontroller::{felsignal, Listmeddelande, Valfalt};
use crate::ui::komponenter::radlista::Radlista;
use crate::ui::komponenter::steghuvud::Steghuvud;
use crate::ui::steg::intressentanalys::intressentrutnat::Intressentrutnat;
use leptos::prelude::*;
use reactive_stores::Field;

#[component]
pub fn IntressentanalysSteg(#[prop(into)] analys: Field<Intressentanalys>) -> impl IntoView {
    let brister = Memo::new(move |_| analys.with(|a| a.brister()));
    let intressenter = analys.intressenter();
    view! {
        <Steghuvud rubrik="Intressentanalys">
            "Vilka påverkar eller påverkas av initiativet? Ange inflytande och intresse från 1 (lågt) till 5 (högt), "
            "inställningen i dag och den ni vill nå, och hur ni ska arbeta med intressenten. "
            "Rutnätet föreslår en strategi som du kan använda eller skriva om."
        </Steghuvud>
        <Listmeddelande fel=felsignal(brister, IntressentFalt::Intressenter) />
        <Radlista id="intressenter" radnamn="intressent" tom_text="Inga intressenter ännu."
            rader=intressenter
            ny=|id| Intressent { id, ..Default::default() }
            id_av=|i: &Intressent| i.id.clone()
            namn_av=|i: &Intressent| i.namn.clone()
            rad=move |id: String| view! { <IntressentRad intressent=intressenter.at_key(id) brister /> }.into_any() />
        <h3>"Inflytande och intresse"</h3>
        <Intressentrutnat analys />
    }
}

fn skala() -> Vec<(String, String)> {
    (1..=5).map(|v: u8| (v.to_string(), v.to_string())).collect()
}

fn attityder() -> Vec<(String, String)> {
    Attityd::ALLA.into_iter().map(|a| (a.kod().to_string(), a.namn().to_string())).collect()
}

#[component]
fn IntressentRad(
    #[prop(into)] intressent: Field<Intressent>,
    brister: Memo<Vec<Brist<IntressentFalt>>>,
) -> impl IntoView {
    let id = intressent.id().get_untracked();
    let (inflytande, intresse) = (intressent.inflytande(), intressent.intresse());
    let (nu, onskad) = (intressent.attityd_nu(), intressent.attityd_onskad());
    let strategi = intressent.strategi();
    // Rows read fallibly: a removed row's effects may run once more before
    // the row is dropped.
    let forslag = Memo::new(move |_| {
        intressent.try_with(|i| (i.kvadrant().namn(), i.kvadrant().foreslagen_strategi())).unwrap_or(("", ""))
    });
    let tal = |kod: String| kod.parse::<u8>().ok().filter(|v| (1..=5).contains(v));
    let skalfel = felsignal(brister, IntressentFalt::Skala(id.clone()));
    view! {
        <Textfalt id=format!("intressent-namn-{id}") etikett="Intressent" kravs=true varde=intressent.namn()
            fel=felsignal(brister, IntressentFalt::Namn(id.clone())) />
        <div class="falt-rutnat smal">
            <Valfalt id=format!("intressent-inflytande-{id}") etikett="Inflytande (1–5)" alternativ=skala()
                valt=Signal::derive(move || inflytande.try_get().unwrap_or_default().to_string())
                pa_val=Callback::new(move |kod| if let Some(v) = tal(kod) { inflytande.set(v) })
                fel=skalfel />
            <Valfalt id=format!("intressent-intresse-{id}") etikett="Intresse (1–5)" alternativ=skala()
                valt=Signal::derive(move || intresse.try_get().unwrap_or_default().to_string())
                pa_val=Callback::new(move |kod| if let Some(v) = tal(kod) { intresse.set(v) })
                fel=skalfel />
            <Valfalt id=format!("intressent-nu-{id}") etikett="Inställning i dag" alternativ=attityder()
                valt=Signal::derive(move || nu.try_get().unwrap_or_default().kod().to_string())
                pa_val=Callback::new(move |kod: String| if let Some(a) = Attityd::fran_kod(&kod) { nu.set(a) }) />
            <Valfalt id=format!("intressent-onskad-{id}") etikett="Önskad inställning" alternativ=attityder()
                valt=Signal::derive(move || onskad.try_get().unwrap_or_default().kod().to_string())
                pa_val=Callback::new(move |kod: String| if let Some(a) = Attityd::fran_kod(&kod) { onskad.set(a) }) />
        </div>
        <p class="forslag" id=format!("intressent-forslag-{id}")>
            "Rutnätet: " <strong>{move || forslag.get().0}</strong> ". Förslag: " {move || forslag.get().1}
        </p>
        <Textfalt id=format!("intressent-strategi-{id}") etikett="Strategi för engagemang" flerradig=true
            varde=strategi fel=Signal::derive(|| None) />
        <button type="button"
            aria-label=move || format!("Använd förslaget som strategi för {}", intressent.namn().try_get().unwrap_or_default())
            on:click=move |_| strategi.set(forslag.get_untracked().1.to_string())>
            "Använd förslaget"
        </button>
    }
}
