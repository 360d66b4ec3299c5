//! The assessment in the summary, read-only: the criteria of angelägenhet
//! and of genomförbarhet och potential with their levels, what the level
//! means and why it was chosen, and the summed priority with every
//! criterion's points. All from `vardering::berakna_poang`; the förvaltning
//! changes its proposal in the Bedömning step, the värderingsteam its
//! assessment in the portfolio. Also the summary's "Utkast" marker.

use crate::dokument::Avsnitt;
use crate::model::nivabeskrivningar::nivabeskrivning;
use crate::model::tal::{formatera, formatera_kvot, formatera_poang};
use crate::model::{Bedomning, Kriterium, Modellparametrar, Steg, FORSLAGETS_RUBRIK};
use crate::ui::komponenter::tabellram::{kolumnrubriker, tabellram};
use crate::ui::steg::kostnader::forklaring::{punktlista, Forklaring};
use crate::vardering::{Kriteriepoang, Poangsattning};
use leptos::prelude::*;
use reactive_stores::Field;
use rust_decimal::Decimal;

fn niva_text(n: Option<u8>) -> String {
    n.map(|n| n.to_string()).unwrap_or_else(|| "–".into())
}

fn poang_text(k: &Kriteriepoang) -> String {
    k.poang.map(formatera).unwrap_or_else(|| "–".into())
}

/// "7,5 × 3 / 4 = 5,625", or why there is no figure yet.
fn berakning(k: &Kriteriepoang) -> String {
    let vikt = formatera(k.vikt);
    match (k.niva, k.poang) {
        (Some(n), Some(p)) if k.kriterium == Kriterium::NegativaKonsekvenser => format!(
            "{}: nivå 4 − allvarlighet {} = {n}; {vikt} × {n} / 4 = {}",
            k.kriterium.namn(),
            niva_text(k.vald_niva),
            formatera(p)
        ),
        (Some(n), Some(p)) => format!("{}: {vikt} × {n} / 4 = {}", k.kriterium.namn(), formatera(p)),
        _ => format!("{}: nivå saknas, poäng räknas inte", k.kriterium.namn()),
    }
}

fn poster(poang: &Poangsattning, kriterier: &[Kriterium]) -> Vec<Kriteriepoang> {
    kriterier.iter().filter_map(|k| poang.kriterier.iter().find(|p| p.kriterium == *k).cloned()).collect()
}

/// Whose assessment the section reports: "Värderingsteamets bedömning,
/// <namn>, <datum>, <modell>", or the förvaltning's proposal named as such.
#[component]
pub fn Bedomningskalla(kalla: Memo<Option<String>>, #[prop(optional)] id: Option<&'static str>) -> impl IntoView {
    view! {
        <p class="bedomningskalla" class:forslag=move || kalla.with(|k| k.is_none()) id=id>
            {move || kalla.get().unwrap_or_else(|| FORSLAGETS_RUBRIK.to_string())}
        </p>
    }
}

/// "Utkast" at the top of the summary (screen and print) while a step
/// before it is not complete, naming those steps.
#[component]
pub fn Utkastmarkering(ofardiga: Memo<Vec<Steg>>) -> impl IntoView {
    move || {
        let steg = ofardiga.get();
        (!steg.is_empty()).then(|| {
            let namn = steg.iter().map(|s| s.rubrik()).collect::<Vec<_>>().join(", ");
            view! {
                <p class="utkastmarkering" id="sam-utkast">
                    <strong>"Utkast"</strong>
                    {format!(" – förstudien är inte klar. Steg som inte är klara: {namn}.")}
                </p>
            }
        })
    }
}

/// The chosen criteria: level, its written meaning, the reason given and
/// the points out of the weight.
#[component]
pub fn Kriterier(
    poang: Memo<Poangsattning>,
    id: &'static str,
    kriterier: &'static [Kriterium],
    #[prop(into)] bedomning: Signal<Bedomning>,
) -> impl IntoView {
    move || {
        let poster = poang.with(|p| poster(p, kriterier));
        let motiveringar = bedomning.with(|b| b.nivaer.clone());
        let rader = poster
            .iter()
            .map(|k| {
                let motivering = motiveringar
                    .iter()
                    .find(|m| m.kriterium == k.kriterium)
                    .map(|m| m.motivering.clone())
                    .filter(|m| !m.trim().is_empty())
                    .unwrap_or_else(|| "–".into());
                let betyder = k.vald_niva.map(|n| nivabeskrivning(k.kriterium, n)).unwrap_or("Ingen nivå vald ännu.");
                view! {
                    <tr>
                        <th scope="row">{k.kriterium.namn()}</th>
                        <td class="tal">{niva_text(k.vald_niva)}</td>
                        <td>{betyder}</td>
                        <td>{motivering}</td>
                        <td class="tal">{format!("{} av {}", poang_text(k), formatera(k.vikt))}</td>
                    </tr>
                }
            })
            .collect_view();
        let berakningar: Vec<String> = poster.iter().map(berakning).collect();
        view! {
            {tabellram(format!("Kriterierna ({id}), går att rulla i sidled"), view! {
                <table class="sam-tabell text sam-kriterier" id=format!("sam-kriterier-{id}")>
                <caption class="visuellt-dold">"Kriterier med nivå, motivering och poäng"</caption>
                {kolumnrubriker(["Kriterium", "Nivå (0–4)", "Vad nivån betyder", "Motivering", "Poäng av vikt"])}
                <tbody>{rader}</tbody>
            </table>
            })}
            <Forklaring rubrik="Förklara poängen" avsnitt=Avsnitt::Bedomning>
                <p>"Poäng = vikt × nivå / 4. Vikterna summerar till 100, så full nivå på alla kriterier ger 100 poäng."</p>
                {punktlista(berakningar.clone())}
            </Forklaring>
        }
    }
}

#[component]
pub fn SummeradPrioritering(
    poang: Memo<Poangsattning>,
    #[prop(into)] parametrar: Field<Modellparametrar>,
    /// The NNK the Ekonomi level is derived from.
    nnk: Signal<Option<Decimal>>,
    bedomning_href: String,
    /// Whether the värderingsteam's assessment is the one shown.
    team: Signal<bool>,
) -> impl IntoView {
    let innehall = move || {
        let p = poang.get();
        let (hog, medel) = parametrar.with(|m| (m.troskelvarden.hog, m.troskelvarden.medel));
        let prioritet = p.prioritering.map(|pr| pr.namn()).unwrap_or("Kan inte avgöras ännu");
        let skal = match p.prioritering {
            Some(pr) => pr.skal(p.poang, hog, medel),
            None => format!(
                "Nivå saknas för: {}. Prioriteringen avgörs när alla kriterier har en nivå.",
                p.saknas.iter().map(|k| k.namn()).collect::<Vec<_>>().join(", ")
            ),
        };
        let rader = p
            .kriterier
            .iter()
            .map(|k| {
                let niva = match k.kriterium {
                    Kriterium::NegativaKonsekvenser => {
                        format!("{} (allvarlighet {})", niva_text(k.niva), niva_text(k.vald_niva))
                    }
                    _ => niva_text(k.niva),
                };
                view! {
                    <tr>
                        <th scope="row">{k.kriterium.namn()}</th><td>{niva}</td>
                        <td>{formatera(k.vikt)}</td><td>{poang_text(k)}</td>
                    </tr>
                }
            })
            .collect_view();
        let berakningar: Vec<String> = p.kriterier.iter().map(berakning).collect();
        let ekonomi = p.kriterier.iter().find(|k| k.kriterium == Kriterium::Ekonomi).and_then(|k| k.niva);
        let nnk = match (nnk.get(), ekonomi) {
            (Some(nnk), Some(n)) => format!("NNK är {}, så nivån blir {n}.", formatera_kvot(nnk)),
            _ => "NNK finns inte (inga kostnader), så nivån saknas.".to_string(),
        };
        let grans = format!(
            "Hög vid minst {} poäng, Medel vid minst {}, annars Låg. Spärrar går före poängen: potential att realisera \
             effekterna på nivå 0 ger återremiss; lagkrav på nivå 4 betyder att initiativet måste genomföras och att \
             poängen avgör hur det prioriteras.",
            formatera(hog),
            formatera(medel)
        );
        view! {
            <p class="sam-prioritet">
                "Prioritering: "<strong id="sam-prioritet">{prioritet}</strong>
                {format!(" ({} poäng av 100)", formatera_poang(p.poang))}
            </p>
            <p>{skal}</p>
            {tabellram("Poäng per kriterium, går att rulla i sidled", view! {
                <table class="sam-tabell siffror" id="sam-poangtabell">
                <caption>"Poäng per kriterium"</caption>
                {kolumnrubriker(["Kriterium", "Nivå", "Vikt", "Poäng"])}
                <tbody>{rader}</tbody>
                <tfoot><tr><th scope="row" colspan="3">"Summa"</th><td>{formatera(p.poang)}</td></tr></tfoot>
            </table>
            })}
            <Forklaring rubrik="Förklara prioriteringen" avsnitt=Avsnitt::Bedomning>
                <p>"Poängen är summan av kriteriernas poäng, och varje kriteriums poäng är vikt × nivå / 4:"</p>
                {punktlista(berakningar.clone())}
                <p>{format!("Ekonomi räknas fram ur nettonuvärdeskvoten (NNK): under 0 ger nivå 0, under 0,25 nivå 1, \
                    under 0,5 nivå 2, under 1 nivå 3 och 1 eller mer nivå 4. {nnk}")}</p>
                <p>{grans.clone()}</p>
            </Forklaring>
        }
    };
    view! {
        {innehall}
        <p class="sam-lank">
            {move || team.get().then_some("Värderingsteamet ändrar sin bedömning i portföljen. ")}
            <a href=bedomning_href>
                {move || if team.get() { "Förvaltningens förslag finns i steget Bedömning" } else { "Ändra bedömningen i steget Bedömning" }}
            </a>
        </p>
    }
}
