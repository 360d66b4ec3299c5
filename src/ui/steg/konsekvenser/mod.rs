//! Step 9, Kvalitativa effekter, risker och konsekvenser: qualitative
//! effects tied to a logic-model outcome, risks on a likelihood ×
//! consequence matrix, consequences, prerequisites, timeline and the
//! change-management plan. Rules: `Konsekvenser::brister`, `Risk::niva`.
//! Financing amounts are per year of the kalkylperiod, which step 8 sets,
//! and are set against the costs in `finansieringstabell`.

mod finansieringstabell;
mod riskmatris;

use crate::model::tal;
use crate::model::utfallsalternativ;
use crate::model::validering::Brist;
use crate::model::{
    Belopp, Fas, FasStoreFields, Finansiering, FinansieringStoreFields, ForandringsledningStoreFields, KonsekvensFalt,
    Konsekvenser, KonsekvenserStoreFields, KvalitativEffekt, KvalitativEffektStoreFields, Mottagare, Risk,
    RiskStoreFields,
};
use crate::ui::komponenter::falt::Textfalt;
use crate::ui::komponenter::kontroller::{felsignal, Kryssfalt, Listmeddelande, Valfalt};
use crate::ui::komponenter::radlista::Radlista;
use crate::ui::komponenter::steghuvud::Steghuvud;
use crate::ui::steg::konsekvenser::finansieringstabell::Finansieringstabell;
use crate::ui::steg::konsekvenser::riskmatris::Riskmatris;
use crate::vardering::Vardering;
use leptos::prelude::*;
use reactive_stores::Field;

type Brister = Memo<Vec<Brist<KonsekvensFalt>>>;

/// An amount as Swedes write it, in the app's one form (1 234 567,50).
fn visa_belopp(b: Belopp) -> String {
    tal::formatera_belopp(b)
}

fn ingen() -> Signal<Option<&'static str>> {
    Signal::derive(|| None)
}

#[component]
pub fn KonsekvenserSteg(
    #[prop(into)] konsekvenser: Field<Konsekvenser>,
    /// The logic model's outcomes (id, text) an effect can belong to.
    #[prop(into)]
    utfall: Signal<Vec<(String, String)>>,
    /// The kalkylperiod: calendar year of t = 0 and the number of years.
    period: Signal<(i32, u32)>,
    /// The shared valuation: the costs per year the financing is set against.
    vardering: Memo<Vardering>,
) -> impl IntoView {
    let brister = Memo::new(move |_| konsekvenser.with(|k| k.brister()));
    let (effekter, risker, tidsplan) =
        (konsekvenser.kvalitativa_effekter(), konsekvenser.risker(), konsekvenser.tidsplan());
    let ledning = konsekvenser.forandringsledning();
    let finansiering = konsekvenser.finansiering();
    view! {
        <Steghuvud rubrik="Kvalitativa effekter, risker och konsekvenser">
            "Det mesta av nyttan kommer av att arbetssätt och beteenden ändras, inte av tekniken. Beskriv effekterna som "
            "inte räknas i kronor, riskerna, vad som måste finnas på plats och hur förändringen ska ledas."
        </Steghuvud>
        <h3>"Kvalitativa effekter"</h3>
        <Listmeddelande fel=felsignal(brister, KonsekvensFalt::Effekter) />
        <Radlista id="kvalitativa" radnamn="effekt" tom_text="Inga kvalitativa effekter ännu."
            rader=effekter ny=|id| KvalitativEffekt { id, ..Default::default() }
            id_av=|e: &KvalitativEffekt| e.id.clone() namn_av=|e: &KvalitativEffekt| e.beskrivning.clone()
            rad=move |id: String| view! { <EffektRad effekt=effekter.at_key(id) utfall brister /> }.into_any() />

        <h3>"Risker"</h3>
        <Listmeddelande fel=felsignal(brister, KonsekvensFalt::Risker) />
        <Radlista id="risker" radnamn="risk" tom_text="Inga risker ännu."
            rader=risker ny=|id| Risk { id, ..Default::default() }
            id_av=|r: &Risk| r.id.clone() namn_av=|r: &Risk| r.beskrivning.clone()
            rad=move |id: String| view! { <RiskRad risk=risker.at_key(id) brister /> }.into_any() />
        <Riskmatris konsekvenser />

        <h3>"Konsekvenser och förutsättningar"</h3>
        <Textfalt id="konsekvenser-beakta" etikett="Konsekvenser att beakta" flerradig=true
            hjalp="Till exempel för arbetsmiljö, jämställdhet, tillgänglighet eller andra verksamheter."
            varde=konsekvenser.konsekvenser_att_beakta() fel=ingen() />
        <Textfalt id="konsekvenser-forutsattningar" etikett="Övergripande förutsättningar" flerradig=true
            varde=konsekvenser.forutsattningar() fel=ingen() />

        <h3>"Tidsplan"</h3>
        <Listmeddelande fel=felsignal(brister, KonsekvensFalt::Tidsplan) />
        <Radlista id="tidsplan" radnamn="fas" tom_text="Inga faser ännu."
            rader=tidsplan ny=|id| Fas { id, ..Default::default() }
            id_av=|f: &Fas| f.id.clone() namn_av=|f: &Fas| f.namn.clone()
            rad=move |id: String| view! { <FasRad fas=tidsplan.at_key(id) brister /> }.into_any() />

        <h3>"Finansiering"</h3>
        <Radlista id="finansiering" radnamn="finansieringskälla" tom_text="Ingen finansiering angiven ännu."
            rader=finansiering ny=|id| Finansiering { id, ..Default::default() }
            id_av=|f: &Finansiering| f.id.clone() namn_av=|f: &Finansiering| f.kalla.clone()
            rad=move |id: String| view! { <FinansieringRad kalla=finansiering.at_key(id) period brister /> }.into_any() />
        <Finansieringstabell vardering konsekvenser />

        <h3>"Förändringsledning"</h3>
        <Textfalt id="forandring-ansvarig" etikett="Vem i linjeorganisationen leder förändringen?" kravs=true
            varde=ledning.ansvarig() fel=felsignal(brister, KonsekvensFalt::Ansvarig) />
        <Textfalt id="forandring-utbildning" etikett="Utbildning" flerradig=true varde=ledning.utbildning() fel=ingen() />
        <Textfalt id="forandring-kommunikation" etikett="Kommunikation" flerradig=true varde=ledning.kommunikation() fel=ingen() />
    }
}

#[component]
fn EffektRad(
    #[prop(into)] effekt: Field<KvalitativEffekt>,
    utfall: Signal<Vec<(String, String)>>,
    brister: Brister,
) -> impl IntoView {
    let id = effekt.id().get_untracked();
    let (mottagare, styrka, utfall_id) = (effekt.mottagare(), effekt.styrka(), effekt.utfall_id());
    let mottagarval: Vec<(String, String)> =
        Mottagare::ALLA.into_iter().map(|m| (m.kod().to_string(), m.namn().to_string())).collect();
    let styrkeval: Vec<(String, String)> =
        vec![("1".into(), "1 – liten".into()), ("2".into(), "2 – märkbar".into()), ("3".into(), "3 – stor".into())];
    // A tie to an outcome that is gone shows as such, not as another choice.
    let utfallsval = Signal::derive(move || {
        let valt = utfall_id.try_get().flatten();
        utfall.with(|u| utfallsalternativ(u, valt.as_deref()))
    });
    view! {
        <Textfalt id=format!("kval-text-{id}") etikett="Effekt" kravs=true varde=effekt.beskrivning()
            fel=felsignal(brister, KonsekvensFalt::EffektText(id.clone())) />
        <div class="falt-rutnat smal">
            <Valfalt id=format!("kval-mottagare-{id}") etikett="Vem påverkas" alternativ=mottagarval
                valt=Signal::derive(move || mottagare.try_get().unwrap_or_default().kod().to_string())
                pa_val=Callback::new(move |kod: String| if let Some(m) = Mottagare::fran_kod(&kod) { mottagare.set(m) }) />
            <Valfalt id=format!("kval-styrka-{id}") etikett="Styrka" alternativ=styrkeval
                valt=Signal::derive(move || styrka.try_get().unwrap_or_default().to_string())
                pa_val=Callback::new(move |kod: String| if let Ok(v @ 1..=3) = kod.parse::<u8>() { styrka.set(v) }) />
            <Valfalt id=format!("kval-utfall-{id}") etikett="Effekt i logikmodellen" alternativ=utfallsval
                valt=Signal::derive(move || utfall_id.try_get().flatten().unwrap_or_default())
                pa_val=Callback::new(move |kod: String| utfall_id.set((!kod.is_empty()).then_some(kod))) />
        </div>
        <Kryssfalt id=format!("kval-positiv-{id}") etikett="Positiv effekt (avmarkera för negativ)" varde=effekt.positiv() />
        <Textfalt id=format!("kval-indikator-{id}") etikett="Indikator" varde=effekt.indikator() fel=ingen() />
    }
}

#[component]
fn RiskRad(#[prop(into)] risk: Field<Risk>, brister: Brister) -> impl IntoView {
    let id = risk.id().get_untracked();
    let (sannolikhet, konsekvens) = (risk.sannolikhet(), risk.konsekvens());
    let skala = || (1..=5u8).map(|v| (v.to_string(), v.to_string())).collect::<Vec<_>>();
    let tal = |kod: String| kod.parse::<u8>().ok().filter(|v| (1..=5).contains(v));
    let niva = move || risk.try_with(|r| r.niva().namn()).unwrap_or_default();
    view! {
        <Textfalt id=format!("risk-text-{id}") etikett="Risk" kravs=true varde=risk.beskrivning()
            fel=felsignal(brister, KonsekvensFalt::RiskText(id.clone())) />
        <div class="falt-rutnat smal">
            <Valfalt id=format!("risk-sannolikhet-{id}") etikett="Sannolikhet (1–5)" alternativ=skala()
                valt=Signal::derive(move || sannolikhet.try_get().unwrap_or_default().to_string())
                pa_val=Callback::new(move |kod| if let Some(v) = tal(kod) { sannolikhet.set(v) }) />
            <Valfalt id=format!("risk-konsekvens-{id}") etikett="Konsekvens (1–5)" alternativ=skala()
                valt=Signal::derive(move || konsekvens.try_get().unwrap_or_default().to_string())
                pa_val=Callback::new(move |kod| if let Some(v) = tal(kod) { konsekvens.set(v) }) />
            <p class="utdata">"Risknivå: " <output>{niva}</output></p>
        </div>
        <Textfalt id=format!("risk-atgard-{id}") etikett="Åtgärd" varde=risk.atgard()
            fel=felsignal(brister, KonsekvensFalt::Atgard(id.clone())) />
    }
}

#[component]
fn FasRad(#[prop(into)] fas: Field<Fas>, brister: Brister) -> impl IntoView {
    let id = fas.id().get_untracked();
    view! {
        <div class="falt-rutnat">
            <Textfalt id=format!("fas-namn-{id}") etikett="Fas" kravs=true varde=fas.namn()
                fel=felsignal(brister, KonsekvensFalt::FasNamn(id.clone())) />
            <Textfalt id=format!("fas-start-{id}") etikett="Start" typ="date" kravs=true varde=fas.start()
                fel=felsignal(brister, KonsekvensFalt::FasDatum(id.clone())) />
            <Textfalt id=format!("fas-slut-{id}") etikett="Slut" typ="date" kravs=true varde=fas.slut()
                fel=felsignal(brister, KonsekvensFalt::FasDatum(id.clone())) />
        </div>
    }
}

#[component]
fn FinansieringRad(
    #[prop(into)] kalla: Field<Finansiering>,
    period: Signal<(i32, u32)>,
    brister: Brister,
) -> impl IntoView {
    let id = kalla.id().get_untracked();
    let rad_id = id.clone();
    let summa = move || {
        let ar = period.get().1 as usize;
        kalla.try_with(|k| tal::formatera_kronor(k.summa(ar))).unwrap_or_default()
    };
    view! {
        <Textfalt id=format!("fin-kalla-{id}") etikett="Finansieringskälla" kravs=true varde=kalla.kalla()
            fel=felsignal(brister, KonsekvensFalt::Kalla(id.clone())) />
        <fieldset class="falt">
            <legend>"Belopp per år i kronor"</legend>
            <div class="falt-rutnat smal">
                <For each=move || 0..period.get().1 as usize key=|t| *t let:t>
                    {
                        let falt_id = format!("fin-{rad_id}-{t}");
                        let fel_id = format!("{falt_id}-fel");
                        let forst = kalla.try_with(|k| k.belopp_per_ar.get(t).map(|b| visa_belopp(*b))).flatten();
                        let text = RwSignal::new(forst.unwrap_or_default());
                        let fel = RwSignal::new(false);
                        let las = move |ny: String| {
                            let belopp = if ny.trim().is_empty() { Some(Belopp::ZERO) } else { tal::tolka(&ny).ok().flatten().map(Belopp::from_decimal) };
                            fel.set(belopp.is_none());
                            if let Some(b) = belopp {
                                kalla.try_update(|k| k.ange_belopp(t, b));
                            }
                            text.set(ny);
                        };
                        view! {
                            <div class="falt" class:falt-fel=move || fel.get()>
                                <label for=falt_id.clone()>{move || format!("År {}", period.get().0 + t as i32)}</label>
                                <input id=falt_id type="text" inputmode="decimal"
                                    aria-invalid=move || fel.get().then_some("true")
                                    aria-describedby={let fel_id = fel_id.clone(); move || fel.get().then(|| fel_id.clone())}
                                    prop:value=move || text.get()
                                    on:input:target=move |ev| las(ev.target().value()) />
                                <p class="felmeddelande" id=fel_id hidden=move || !fel.get()>
                                    "Skriv ett belopp i kronor, till exempel 150 000."
                                </p>
                            </div>
                        }
                    }
                </For>
            </div>
        </fieldset>
        <p class="utdata">"Summa under kalkylperioden: " <output>{summa}</output></p>
    }
}
