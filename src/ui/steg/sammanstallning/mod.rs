//! Step 11, Värderingssammanställning: the summary the valuation team reads
//! and prints, with the eleven items of the handbook's summary in its order.
//! Read-only: every figure comes from the shared `Vardering`, the financing
//! comparison and the assessment (`vardering::berakna_poang`); each opens its
//! explanation. The money sections are in `ekonomi.rs`, the
//! assessment in `bedomning.rs`: the värderingsteam's when
//! the case carries one, else the förvaltning's proposal, named as such. A
//! case with a step not yet complete is a draft: screen and print say
//! "Utkast" at the top. Printing uses the print
//! stylesheet in style/sammanstallning.css (A4; closed explanations hidden),
//! scoped to the page holding `.sammanstallning`.

mod bedomning;
mod ekonomi;

use crate::model::tal::formatera;
use crate::model::{Forstudie, ForstudieStoreFields, Konsekvenser, Kriterium, KvalitativEffekt, Steg};
use crate::ui::komponenter::delavsnitt::Delavsnitt;
use crate::ui::komponenter::kalkylmodell::Modellstatus;
use crate::ui::komponenter::steghuvud::STEGRUBRIK;
use crate::ui::komponenter::tabellram::{kolumnrubriker, tabellram};
use crate::ui::steg::kostnader::forklaring::{radnamn, Forklaring};
use crate::ui::steg::kostnader::resultat::Problemlista;
use crate::ui::steg::sammanstallning::bedomning::{Bedomningskalla, Kriterier, SummeradPrioritering, Utkastmarkering};
use crate::ui::steg::sammanstallning::ekonomi::{EffektPerNamnd, Finansiering, KostnadPerNamnd, Nettoeffekter};
use crate::ui::vagar::lank;
use crate::vardering::{berakna_poang, Vardering};
use leptos::prelude::*;
use reactive_stores::Store;

#[component]
pub fn SammanstallningSteg(
    store: Store<Forstudie>,
    /// `vardering::berakna` of the case, kept by the case view.
    vardering: Memo<Vardering>,
) -> impl IntoView {
    let radnamn = radnamn(store.ekonomi().into());
    let konsekvenser = Memo::new(move |_| store.konsekvenser().get());
    // The assessment the summary reports: the team's, else the proposal.
    let gallande = Memo::new(move |_| {
        store
            .teambedomning()
            .with(|t| t.as_ref().map(|t| t.bedomning.clone()))
            .unwrap_or_else(|| store.bedomning().get())
    });
    let poang = Memo::new(move |_| {
        let nnk = vardering.with(|v| v.bas.nnk);
        gallande.with(|b| store.parametrar().with(|p| berakna_poang(b, nnk, p)))
    });
    let kalla = Memo::new(move |_| store.teambedomning().with(|t| t.as_ref().map(|t| t.rubrik())));
    let ofardiga = Memo::new(move |_| {
        let har_fel = vardering.with(|v| v.har_fel());
        store.with(|f| Steg::ofardiga(f, &|| har_fel))
    });
    let bedomning_href = lank(&format!("/fall/{}/{}", store.id().get_untracked(), Steg::Bedomning.slug()));
    let skriv_ut = move |_| {
        // Nothing to recover if the browser refuses: the button does nothing.
        let _ = window().print();
    };
    view! {
        <div class="sammanstallning">
        <h2 id=STEGRUBRIK>"Värderingssammanställning"</h2>
        <Utkastmarkering ofardiga />
        <div class="sam-verktyg">
            <p class="ingress">
                "Sammanställningen av förstudien för värderingsteamet. Varje siffra har en förklaring med formel, "
                "indata och de rader den summerar. Vid utskrift tas stängda förklaringar bort; öppnade skrivs ut."
            </p>
            <button type="button" class="primar" on:click=skriv_ut>"Skriv ut"</button>
        </div>
        <Oversikt store vardering />
        <Modellstatus parametrar=store.parametrar() referens=store.vardermodell() id="sam-modell" />
        <Problemlista vardering />

        <Delavsnitt id="sam-tidsplan" rubrik="Tidsplan" klass="sam-del"><Tidsplan konsekvenser /></Delavsnitt>
        <Delavsnitt id="sam-finansiering" rubrik="Finansiering" klass="sam-del">
            <Finansiering vardering kallor=Signal::derive(move || konsekvenser.with(|k| k.finansiering.clone())) />
        </Delavsnitt>
        <Delavsnitt id="sam-kostnad" rubrik="Total kostnad per nämnd" klass="sam-del"><KostnadPerNamnd vardering radnamn /></Delavsnitt>
        <Delavsnitt id="sam-netto" rubrik="Nettoeffekter per år" klass="sam-del"><Nettoeffekter vardering radnamn /></Delavsnitt>
        <Delavsnitt id="sam-effekt" rubrik="Total ekonomisk effekt per nämnd" klass="sam-del"><EffektPerNamnd vardering radnamn /></Delavsnitt>
        <Delavsnitt id="sam-kvalitativa" rubrik="Kvalitativa effekter" klass="sam-del"><Kvalitativa konsekvenser /></Delavsnitt>
        <Delavsnitt id="sam-angelagenhet" rubrik="Angelägenhet" klass="sam-del">
            <Bedomningskalla kalla />
            <Kriterier poang id="angelagenhet" kriterier=&[
                Kriterium::AngelagenhetOrganisatorisk,
                Kriterium::AngelagenhetTeknisk,
                Kriterium::AngelagenhetLagkrav,
                Kriterium::StrategisktVarde,
            ] bedomning=gallande />
            <p>
                <strong>"Strategier som initiativet bidrar till: "</strong>
                {move || {
                    let s = store.utvecklingsbehov().with(|u| u.strategier.join("; "));
                    if s.is_empty() { "inga angivna".to_string() } else { s }
                }}
            </p>
        </Delavsnitt>
        <Delavsnitt id="sam-genomforbarhet" rubrik="Genomförbarhet och potential" klass="sam-del">
            <Kriterier poang id="genomforbarhet" kriterier=&[Kriterium::Genomforbarhet, Kriterium::PotentialAttRealisera]
                bedomning=gallande />
        </Delavsnitt>
        <Delavsnitt id="sam-forutsattningar" rubrik="Övergripande förutsättningar" klass="sam-del">
            <Fritext text=Signal::derive(move || konsekvenser.with(|k| k.forutsattningar.clone())) />
        </Delavsnitt>
        <Delavsnitt id="sam-prioritering" rubrik="Summerad prioritering" klass="sam-del">
            <Bedomningskalla kalla id="sam-bedomningskalla" />
            <SummeradPrioritering poang parametrar=store.parametrar() bedomning_href team=Signal::derive(move || kalla.with(|k| k.is_some()))
                nnk=Signal::derive(move || vardering.with(|v| v.bas.nnk)) />
        </Delavsnitt>
        <Delavsnitt id="sam-konsekvenser" rubrik="Konsekvenser att beakta" klass="sam-del"><KonsekvenserAttBeakta konsekvenser /></Delavsnitt>
        </div>
    }
}

/// Who wrote the förstudie, and the period and rate the figures use.
#[component]
fn Oversikt(store: Store<Forstudie>, vardering: Memo<Vardering>) -> impl IntoView {
    let behov = move || store.utvecklingsbehov().get();
    let period = move || {
        vardering.with(|v| {
            format!(
                "{}–{} ({} år), diskonteringsränta {} %",
                v.kalenderar(0),
                v.kalenderar(v.ar.saturating_sub(1)),
                v.ar,
                formatera(v.bas.diskonteringsranta_procent)
            )
        })
    };
    view! {
        <dl class="sam-oversikt">
            <div><dt>"Förvaltning"</dt><dd>{move || behov().forvaltning}</dd></div>
            <div><dt>"Nämnd"</dt><dd>{move || behov().namnd}</dd></div>
            <div><dt>"Kontaktperson"</dt><dd>{move || {
                let b = behov();
                [b.kontaktperson, b.roll].into_iter().filter(|t| !t.trim().is_empty()).collect::<Vec<_>>().join(", ")
            }}</dd></div>
            <div><dt>"Datum"</dt><dd>{move || behov().datum}</dd></div>
            <div><dt>"Kalkylperiod"</dt><dd>{period}</dd></div>
        </dl>
    }
}

/// A free text as written, line breaks kept (CSS), or a note when empty.
#[component]
fn Fritext(text: Signal<String>) -> impl IntoView {
    move || {
        let t = text.get();
        if t.trim().is_empty() {
            view! { <p class="tomt">"Inget angivet."</p> }.into_any()
        } else {
            view! { <p class="fritext">{t}</p> }.into_any()
        }
    }
}

#[component]
fn Tidsplan(konsekvenser: Memo<Konsekvenser>) -> impl IntoView {
    move || {
        let faser = konsekvenser.with(|k| k.tidsplan.clone());
        if faser.is_empty() {
            return view! { <p class="tomt">"Ingen tidsplan angiven."</p> }.into_any();
        }
        view! {
            {tabellram("Tidsplan, går att rulla i sidled", view! {
                <table class="sam-tabell">
                <caption class="visuellt-dold">"Tidsplan"</caption>
                {kolumnrubriker(["Fas", "Start", "Slut"])}
                <tbody>
                    {faser.into_iter().map(|f| view! {
                        <tr><th scope="row">{f.namn}</th><td>{f.start}</td><td>{f.slut}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
            })}
        }
        .into_any()
    }
}

fn styrka(s: u8) -> String {
    match s {
        1 => "1 – liten".into(),
        2 => "2 – märkbar".into(),
        3 => "3 – stor".into(),
        _ => s.to_string(),
    }
}

fn effekttabell(rubrik: &'static str, effekter: Vec<KvalitativEffekt>) -> AnyView {
    if effekter.is_empty() {
        return view! { <p class="tomt">{format!("{rubrik}: inga angivna.")}</p> }.into_any();
    }
    view! {
        {tabellram(format!("{rubrik}, går att rulla i sidled"), view! {
            <table class="sam-tabell text">
            <caption>{rubrik}</caption>
            {kolumnrubriker(["Effekt", "Vem påverkas", "Styrka", "Indikator"])}
            <tbody>
                {effekter.into_iter().map(|e| view! {
                    <tr>
                        <th scope="row">{e.beskrivning}</th><td>{e.mottagare.namn()}</td>
                        <td>{styrka(e.styrka)}</td><td>{e.indikator}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        })}
    }
    .into_any()
}

#[component]
fn Kvalitativa(konsekvenser: Memo<Konsekvenser>) -> impl IntoView {
    move || {
        let (positiva, negativa): (Vec<_>, Vec<_>) =
            konsekvenser.with(|k| k.kvalitativa_effekter.iter().cloned().partition(|e| e.positiv));
        view! {
            {effekttabell("Positiva effekter", positiva)}
            {effekttabell("Negativa effekter", negativa)}
        }
    }
}

#[component]
fn KonsekvenserAttBeakta(konsekvenser: Memo<Konsekvenser>) -> impl IntoView {
    let risker = move || {
        let risker = konsekvenser.with(|k| k.risker.clone());
        if risker.is_empty() {
            return view! { <p class="tomt">"Inga risker angivna."</p> }.into_any();
        }
        view! {
            {tabellram("Risker, går att rulla i sidled", view! {
                <table class="sam-tabell text">
                <caption>"Risker"</caption>
                {kolumnrubriker(["Risk", "Sannolikhet", "Konsekvens", "Nivå", "Åtgärd"])}
                <tbody>
                    {risker.into_iter().map(|r| {
                        let niva = r.niva().namn();
                        view! {
                            <tr>
                                <th scope="row">{r.beskrivning}</th><td>{r.sannolikhet}</td><td>{r.konsekvens}</td>
                                <td>{niva}</td><td>{r.atgard}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            })}
            <Forklaring rubrik="Förklara risknivåerna">
                <p>
                    "Sannolikhet och konsekvens bedöms på en skala 1–5. Nivån läses av i riskmatrisen i steget "
                    "Kvalitativa effekter, risker och konsekvenser: sannolikhet gånger konsekvens 1–4 är låg, "
                    "5–12 medel och 15–25 hög."
                </p>
            </Forklaring>
        }
        .into_any()
    };
    view! {
        <Fritext text=Signal::derive(move || konsekvenser.with(|k| k.konsekvenser_att_beakta.clone())) />
        {risker}
    }
}
