//! The plan's results: status and realised share per effect, RAM and FRI
//! planned against realised per year (chart and table), and each economic
//! effect's money per year. Every figure comes from `folj_upp`; every total
//! shown is the sum of the parts shown.

use crate::model::effektuppfoljning::formatera_andel;
use crate::model::tal::{formatera, formatera_kronor};
use crate::model::Belopp;
use crate::ui::komponenter::delavsnitt::Delavsnitt;
use crate::ui::komponenter::tabellram::{kolumnrubriker, tabellram};
use crate::ui::steg::effekthemtagning::diagram::Uppfoljningsdiagram;
use crate::vardering::{Effektresultat, Effektuppfoljning, Pengauppfoljning, Totalar};
use leptos::prelude::*;

fn kronor(b: Option<Belopp>) -> String {
    b.map(formatera_kronor).unwrap_or_else(|| "–".into())
}

fn andel(a: Option<rust_decimal::Decimal>) -> String {
    a.map(formatera_andel).unwrap_or_else(|| "–".into())
}

fn namn(e: &Effektresultat) -> String {
    if e.finns {
        e.benamning.clone()
    } else {
        format!("{} (finns inte längre)", e.benamning)
    }
}

#[component]
pub fn Resultat(#[prop(into)] resultat: Signal<Effektuppfoljning>) -> impl IntoView {
    let statusrader = move || {
        resultat.with(|r| {
            r.effekter
                .iter()
                .map(|e| {
                    let l = &e.indikator;
                    view! {
                        <tr>
                            <th scope="row">{namn(e)}</th>
                            <td class="tal">{l.senaste.as_ref().map(|m| format!("{} ({})", formatera(m.varde), m.datum)).unwrap_or_else(|| "–".into())}</td>
                            <td class="tal">{andel(l.andel)}</td>
                            <td class="tal">{andel(l.tidsandel)}</td>
                            <td><span class=format!("status {}", l.status.kod())>{l.status.text()}</span></td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let arsrad = |a: &Totalar, rubrik: String| {
        view! {
            <tr>
                <th scope="row">{rubrik}</th>
                <td class="belopp">{formatera_kronor(a.planerat_ram)}</td>
                <td class="belopp">{kronor(a.realiserat_ram)}</td>
                <td class="belopp">{formatera_kronor(a.planerat_fri)}</td>
                <td class="belopp">{kronor(a.realiserat_fri)}</td>
                <td class="belopp">{formatera_kronor(a.planerat())}</td>
                <td class="belopp">{kronor(a.realiserat())}</td>
            </tr>
        }
    };
    let har_pengar = move || resultat.with(|r| r.effekter.iter().any(|e| e.pengar.is_some()));
    view! {
        <Delavsnitt id="effektresultat-rubrik" rubrik="Resultat av uppföljningen" klass="effektresultat">
            <p>"Status enligt reglerna i modelldokumentationen (avsnittet Effekthemtagning och uppföljning): realiserad när målet är nått, "
               "i rätt takt när andelen realiserad är högst 10 procentenheter under andelen av tiden som gått."</p>
            {tabellram("Status per effekt, går att rulla i sidled", view! {
                <table class="effekttabell" id="status-per-effekt">
                <caption>"Status per effekt"</caption>
                {kolumnrubriker(["Effekt", "Senaste mätning", "Andel realiserad", "Andel av tiden", "Status"])}
                <tbody>{statusrader}</tbody>
            </table>
            })}
            <Show when=har_pengar>
                <h4>"Ekonomiska effekter i kronor"</h4>
                <Uppfoljningsdiagram resultat />
                {tabellram("Planerat och realiserat per år, går att rulla i sidled", view! {
                    <table class="effekttabell" id="pengar-per-ar">
                    <caption>"Planerat och realiserat per år: ramjustering (RAM) och frigjort ramutrymme (FRI)"</caption>
                    {kolumnrubriker(["År", "Planerad RAM", "Realiserad RAM", "Planerat FRI", "Realiserat FRI", "Planerat totalt", "Realiserat totalt"])}
                    <tbody>{move || resultat.with(|r| r.per_ar.iter().map(|a| arsrad(a, a.ar.to_string())).collect_view())}</tbody>
                    <tfoot>{move || resultat.with(|r| arsrad(&r.summa, "Summa".into()))}</tfoot>
                </table>
                })}
                <p class="hjalptext">"Planerat är värderingens belopp för året. Realiserat är det som rapporterats vid "
                    "uppföljningarna; ett år utan rapporterat belopp visas med streck och räknas inte i summan."</p>
                {move || resultat.with(|r| r.effekter.iter().filter_map(|e| e.pengar.as_ref().map(|p| pengatabell(e, p))).collect_view())}
            </Show>
        </Delavsnitt>
    }
}

fn pengatabell(e: &Effektresultat, p: &Pengauppfoljning) -> impl IntoView {
    let rader = p
        .per_ar
        .iter()
        .map(|a| {
            view! {
                <tr>
                    <th scope="row">{a.ar}</th>
                    <td class="belopp">{formatera_kronor(a.planerat)}</td>
                    <td class="belopp">{kronor(a.realiserat)}</td>
                    <td class="belopp">{kronor(a.skillnad())}</td>
                </tr>
            }
        })
        .collect_view();
    // With no year reported the sums have no parts: a dash, like the parts.
    let uppfoljd = p.per_ar.iter().any(|a| a.realiserat.is_some());
    let andelstext = p.andel.map(|a| {
        format!(
            "Realiserat under de uppföljda åren: {} av planerade {} ({}).",
            formatera_kronor(p.realiserat),
            formatera_kronor(p.planerat_uppfoljda_ar),
            formatera_andel(a)
        )
    });
    let utanfor: Vec<String> =
        p.utanfor_perioden.iter().map(|(ar, b)| format!("{ar}: {}", formatera_kronor(*b))).collect();
    view! {
        {tabellram(format!("Planerat och realiserat för {}, går att rulla i sidled", e.benamning), view! {
            <table class="effekttabell" id=format!("pengar-{}", e.effekt_id)>
            <caption>{format!("Planerat och realiserat: {}", e.benamning)}</caption>
            {kolumnrubriker(["År", "Planerat", "Realiserat", "Skillnad"])}
            <tbody>{rader}</tbody>
            <tfoot><tr>
                <th scope="row">"Summa"</th>
                <td class="belopp">{formatera_kronor(p.planerat)}</td>
                <td class="belopp">{kronor(uppfoljd.then_some(p.realiserat))}</td>
                <td class="belopp">{kronor(uppfoljd.then_some(p.skillnad))}</td>
            </tr></tfoot>
        </table>
        })}
        {andelstext.map(|t| view! { <p class="pengaandel">{t}</p> })}
        {(!utanfor.is_empty()).then(|| view! {
            <p class="hjalptext">"Rapporterat för år utanför kalkylperioden (räknas inte): " {utanfor.join("; ")}</p>
        })}
    }
}
