//! The risk picture of step 8 and the summary: NNV, payback and
//! discounted payback for every scenario and sensitivity rate of the case's
//! parameters, break-even in words, a warning where NNV turns negative, a
//! chart of NNV per scenario (`riskdiagram.rs`), and an explanation per
//! row. Every figure and sentence comes from the engine
//! (`Vardering::riskrader`, `break_even_text`, `negativ_varning`); this
//! file only lays them out.

use crate::dokument::Avsnitt;
use crate::model::tal::{formatera, formatera_kronor};
use crate::model::Belopp;
use crate::ui::komponenter::tabellram::{kolumnrubriker, summarad};
use crate::ui::steg::kostnader::forklaring::{ar_text, Forklaring};
use crate::ui::steg::kostnader::riskdiagram::Riskdiagram;
use crate::vardering::{break_even_text, procent, Riskrad, Riskslag, Vardering};
use leptos::prelude::*;

/// A row's element id: "risk-scenario-1", "risk-ranta-2".
fn rad_id(slag: Riskslag, index: usize) -> String {
    match slag {
        Riskslag::Scenario => format!("risk-scenario-{index}"),
        Riskslag::Ranta => format!("risk-ranta-{index}"),
    }
}

/// A payback year for a table cell: the calendar year, or a short "none".
fn kort_ar(v: &Vardering, t: Option<u32>) -> String {
    t.map(|t| v.kalenderar(t).to_string()).unwrap_or_else(|| "Ingen inom perioden".to_string())
}

#[component]
pub fn Riskbild(vardering: Memo<Vardering>) -> impl IntoView {
    let rader = Memo::new(move |_| vardering.with(|v| v.riskrader()));
    let varning = Memo::new(move |_| vardering.with(|v| v.negativ_varning()));
    let break_even = Memo::new(move |_| vardering.with(|v| break_even_text(&v.bas)));
    // Rows and their explanations keyed by what they are, so an open
    // explanation stays open while the figures update.
    let nycklar = Memo::new(move |_| rader.with(|r| r.iter().map(|r| (r.slag, r.index)).collect::<Vec<_>>()));
    let rad = move |(slag, index): (Riskslag, usize)| {
        let texter = Memo::new(move |_| {
            rader.with(|r| {
                r.iter().find(|r| r.slag == slag && r.index == index).map(|r| {
                    vardering.with(|v| {
                        [
                            r.namn.clone(),
                            r.beskrivning.clone(),
                            formatera_kronor(r.nnv()),
                            kort_ar(v, r.kalkyl.aterbetalningsar),
                            kort_ar(v, r.kalkyl.aterbetalningsar_diskonterat),
                        ]
                    })
                })
            })
        });
        let text = move |i: usize| move || texter.with(|t| t.as_ref().map(|t| t[i].clone()).unwrap_or_default());
        let negativ = move || rader.with(|r| r.iter().any(|r| r.slag == slag && r.index == index && r.negativ()));
        view! {
            <tr id=rad_id(slag, index) class:negativ=negativ>
                <th scope="row">{text(0)}
                    <span class="riskbeskrivning" class:ranta={slag == Riskslag::Ranta}>{text(1)}</span></th>
                <td class="belopp risk-nnv">{text(2)}{move || negativ().then_some(" (negativt)")}</td>
                <td>{text(3)}</td>
                <td>{text(4)}</td>
            </tr>
        }
    };
    view! {
        <div class="riskbild">
            <h4 id="riskrubrik">"Känslighet: scenarier och diskonteringsräntor"</h4>
            {move || varning.get().map(|t| view! { <p class="risk-varning" id="risk-varning">{t}</p> })}
            <p id="risk-break-even">{move || break_even.get()}</p>
            <ForklaraBreakEven vardering />
            <div class="riskinnehall">
            <Riskdiagram vardering />
            // The table is the chart's text form (and wide: it scrolls on a phone).
            <div class="tabellram textalternativ" role="region" tabindex="0"
                aria-label="Nettonuvärde och återbetalning per scenario och diskonteringsränta">
            <table class="resultattabell risktabell" id="risktabell">
                <caption>"Nettonuvärde och återbetalning per scenario och diskonteringsränta"</caption>
                {kolumnrubriker(["Scenario eller ränta", "Nettonuvärde", "Återbetalningsår", "Återbetalningsår med nuvärden"])}
                <tbody>
                    <For each=move || nycklar.get() key=|k| *k let:nyckel>
                        {rad(nyckel)}
                    </For>
                </tbody>
            </table>
            </div>
            </div>
            <div class="riskforklaringar">
                <For each=move || nycklar.get() key=|k| *k let:nyckel>
                    <ForklaraRiskrad nyckel rader vardering />
                </For>
            </div>
        </div>
    }
}

#[component]
fn ForklaraBreakEven(vardering: Memo<Vardering>) -> impl IntoView {
    let innehall = move || {
        let v = vardering.get();
        let b = &v.bas;
        let andel = b.break_even_andel.map(|a| procent(a * rust_decimal::Decimal::ONE_HUNDRED));
        view! {
            <p>"Hur mycket kan effekterna minska innan initiativet inte längre lönar sig? Svaret är nettonuvärdet delat med "
               "nuvärdet av alla effekter (ramjustering och frigjort ramutrymme), räknat med diskonteringsräntan i basen."</p>
            <p>{format!("{} / ({} + {}) = {}",
                formatera_kronor(b.nnv), formatera_kronor(b.nuvarde.ram), formatera_kronor(b.nuvarde.fri),
                andel.unwrap_or_else(|| "– (inga positiva effekter)".into()))}</p>
        }
    };
    view! {
        <Forklaring rubrik="Förklara hur mycket effekterna kan minska" avsnitt=Avsnitt::BreakEven>
            {innehall}
        </Forklaring>
    }
}

/// One scenario's or rate's figures per nämnd and per year, from
/// `Vardering::kalkyl` with the row's (a, b, r).
#[component]
fn ForklaraRiskrad(nyckel: (Riskslag, usize), rader: Memo<Vec<Riskrad>>, vardering: Memo<Vardering>) -> impl IntoView {
    let (slag, index) = nyckel;
    let hitta = move || rader.with(|r| r.iter().find(|r| r.slag == slag && r.index == index).cloned());
    let rubrik = Signal::derive(move || match (slag, hitta()) {
        (Riskslag::Scenario, Some(r)) => format!("Förklara scenariot {}", r.namn),
        (Riskslag::Ranta, Some(r)) => format!("Förklara räntan {}", procent(r.ranta_procent)),
        _ => String::new(),
    });
    let innehall = move || {
        let Some(r) = hitta() else { return ().into_any() };
        let v = vardering.get();
        let (kalkyl, namnder) = v.kalkyl(r.kostnad_procent, r.effekt_procent, r.ranta_procent);
        let inledning = match slag {
            Riskslag::Scenario if r.kostnad_procent.is_zero() && r.effekt_procent.is_zero() => format!(
                "{} är kalkylen som den är beräknad: kostnader och effekter som de står i raderna, diskonterade med {}.",
                r.namn,
                procent(r.ranta_procent)
            ),
            Riskslag::Scenario => format!(
                "Scenariot {} prövar vad som händer om kostnaderna blir {} högre och effekterna {} lägre än beräknat. \
                 Varje nämnds kostnader, ramjustering och frigjorda ramutrymme ett år räknas om så och avrundas till hela \
                 ören: kostnader × (1 + {}), effekter × (1 − {}). Sedan räknas nuvärden och nettonuvärde precis som i basen, \
                 med diskonteringsräntan {}.",
                r.namn,
                procent(r.kostnad_procent),
                procent(r.effekt_procent),
                procent(r.kostnad_procent),
                procent(r.effekt_procent),
                procent(r.ranta_procent)
            ),
            Riskslag::Ranta => format!(
                "Samma kostnader och effekter som i basen, men diskonterade med {} i stället för {}: \
                 d(t) = 1 / (1 + r)^t med r = {}. En högre ränta räknar ned framtida effekter mer.",
                procent(r.ranta_procent),
                procent(v.bas.diskonteringsranta_procent),
                procent(r.ranta_procent)
            ),
        };
        let namndrader = namnder
            .iter()
            .map(|n| {
                view! {
                    <tr><th scope="row">{n.namnd.clone()}</th>
                    <td>{formatera_kronor(n.summa.k)}</td>
                    <td>{formatera_kronor(n.summa.effekter())}</td>
                    <td>{formatera_kronor(n.nuvarde.k)}</td>
                    <td>{formatera_kronor(n.nuvarde.effekter())}</td>
                    <td>{formatera_kronor(n.nnv())}</td></tr>
                }
            })
            .collect_view();
        let arsrader = (0..v.ar as usize)
            .map(|t| {
                let netto = kalkyl.per_ar.get(t).map(|f| f.netto).unwrap_or_default();
                let pv = kalkyl.nuvarde_per_ar.get(t).map(|f| f.netto).unwrap_or_default();
                let kum = kalkyl.kumulativ_netto.get(t).copied().unwrap_or_default();
                let kum_pv = kalkyl.kumulativ_nuvarde_netto.get(t).copied().unwrap_or_default();
                let d = kalkyl.diskonteringsfaktorer.get(t).map(|d| formatera(d.round_dp(6))).unwrap_or_default();
                view! {
                    <tr><th scope="row">{v.kalenderar(t as u32)}</th><td>{d}</td>
                    <td>{formatera_kronor(netto)}</td><td>{formatera_kronor(pv)}</td>
                    <td>{formatera_kronor(kum)}</td><td>{formatera_kronor(kum_pv)}</td></tr>
                }
            })
            .collect_view();
        let summa_nnv: Belopp = namnder.iter().map(|n| n.nnv()).sum();
        view! {
            <p>{inledning}</p>
            <table class="forklaringstabell">
                <caption>{format!("{} per nämnd, alla år", r.namn)}</caption>
                {kolumnrubriker(["Nämnd", "Kostnader", "Effekter", "Nuvärde kostnader", "Nuvärde effekter", "Nettonuvärde"])}
                <tbody>{namndrader}</tbody>
                <tfoot>{summarad("Summa = nettonuvärdet", 5, "", [formatera_kronor(summa_nnv)], 0)}</tfoot>
            </table>
            <table class="forklaringstabell">
                <caption>{format!("{} per år", r.namn)}</caption>
                {kolumnrubriker(["År", "d(t)", "Netto", "Nuvärde", "Ackumulerat netto", "Ackumulerat nuvärde"])}
                <tbody>{arsrader}</tbody>
            </table>
            <p>{format!("Återbetalningsår (första året då det ackumulerade nettot är noll eller mer): {}. Räknat med nuvärden: {}.",
                ar_text(&v, kalkyl.aterbetalningsar), ar_text(&v, kalkyl.aterbetalningsar_diskonterat))}</p>
            <p>{break_even_text(&kalkyl)}</p>
        }
        .into_any()
    };
    view! {
        <Forklaring rubrik avsnitt=Avsnitt::Kanslighet>
            {innehall}
        </Forklaring>
    }
}
