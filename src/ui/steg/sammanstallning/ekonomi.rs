//! The money items of the summary: financing against costs per year, total
//! cost per nämnd, net effects per year (step 8's key figures, chart and
//! table) and the economic effect per nämnd split into frigjort ramutrymme,
//! ramjustering and kostnadstyp. Every sum comes from the engine; the UI
//! only formats, so each total shown is the sum of the parts beside it.

use crate::dokument::Avsnitt;
use crate::model::tal::{formatera_belopp, formatera_kronor};
use crate::model::{Belopp, Finansiering as Kalla};
use crate::ui::komponenter::tabellram::{kolumnrubriker, summarad, tabellram};
use crate::ui::steg::kostnader::diagram::Diagram;
use crate::ui::steg::kostnader::forklaring::{punktlista, radtabell, Forklaring, Radnamn};
use crate::ui::steg::kostnader::resultat::{Nyckeltal, PerAr};
use crate::ui::steg::kostnader::riskbild::Riskbild;
use crate::vardering::{finansiering, Effektdel, Radslag, Vardering};
use leptos::prelude::*;

/// The header row of a table with one column per year and a total.
fn arshuvud(v: &Vardering, forsta: &'static str) -> impl IntoView {
    let ar: Vec<String> = (0..v.ar).map(|t| v.kalenderar(t).to_string()).collect();
    kolumnrubriker(std::iter::once(forsta.to_string()).chain(ar).chain(["Summa".to_string()]))
}

/// "Kommunstyrelsen 250 000,00 kr + Socialnämnden 710 000,00 kr": the
/// nämnder's costs in year t, the terms of K(t).
fn namndtermer(v: &Vardering, t: usize) -> String {
    let delar: Vec<String> =
        v.namnder.iter().map(|n| format!("{} {}", n.namnd, formatera_kronor(n.per_ar[t].k))).collect();
    if delar.is_empty() {
        "inga".to_string()
    } else {
        delar.join(" + ")
    }
}

/// A row of amounts per year and their total (both from the engine).
fn beloppsrad(rubrik: String, per_ar: Vec<Belopp>, summa: Belopp) -> impl IntoView {
    summarad(rubrik, 1, "", per_ar.into_iter().chain([summa]).map(formatera_belopp), 0)
}

#[component]
pub fn Finansiering(vardering: Memo<Vardering>, kallor: Signal<Vec<Kalla>>) -> impl IntoView {
    move || {
        let v = vardering.get();
        let kallor = kallor.get();
        let j = finansiering(&v, &kallor);
        let ar = v.ar as usize;
        let kallrader = kallor
            .iter()
            .map(|k| {
                let namn = if k.kalla.trim().is_empty() { "(källa utan namn)".to_string() } else { k.kalla.clone() };
                let per_ar = (0..ar).map(|t| k.belopp_per_ar.get(t).copied().unwrap_or_default()).collect();
                beloppsrad(namn, per_ar, k.summa(ar))
            })
            .collect_view();
        let underskott = if j.underskottsar.is_empty() && kallor.is_empty() {
            "Ingen finansiering angiven.".to_string()
        } else {
            j.sammanfattning()
        };
        let forklaring: Vec<String> = (0..ar)
            .map(|t| {
                let a = j.per_ar[t];
                format!(
                    "{}: finansiering {} − kostnader {} = {}{}. Kostnaderna: {}.",
                    v.kalenderar(t as u32),
                    formatera_kronor(a.finansiering),
                    formatera_kronor(a.kostnad),
                    formatera_kronor(a.skillnad),
                    if a.underskott { " (underskott)" } else { "" },
                    namndtermer(&v, t)
                )
            })
            .collect();
        view! {
            {tabellram("Finansiering, går att rulla i sidled", view! {
                <table class="sam-tabell siffror" id="sam-finansieringstabell">
                <caption>"Finansiering och kostnader per år (kronor)"</caption>
                {arshuvud(&v, "Källa")}
                <tbody>{kallrader}</tbody>
                <tfoot>
                    {beloppsrad("Summa finansiering".into(), j.per_ar.iter().map(|a| a.finansiering).collect(), j.summa.finansiering)}
                    {beloppsrad("Kostnader".into(), j.per_ar.iter().map(|a| a.kostnad).collect(), j.summa.kostnad)}
                    {beloppsrad("Skillnad".into(), j.per_ar.iter().map(|a| a.skillnad).collect(), j.summa.skillnad)}
                </tfoot>
            </table>
            })}
            <p class:sam-varning=!j.underskottsar.is_empty() id="sam-underskott">{underskott}</p>
            <Forklaring rubrik="Förklara finansieringen" avsnitt=Avsnitt::Finansiering>
                <p>"Finansiering ett år = summan av alla källors belopp det året (raderna i tabellen). "
                   "Kostnader ett år = summan av alla nämnders kostnadsrader det året. "
                   "Skillnad = finansiering − kostnader; ett negativt belopp är ett underskott. Belopp efter kalkylperioden räknas inte."</p>
                {punktlista(forklaring.clone())}
            </Forklaring>
        }
    }
}

#[component]
pub fn KostnadPerNamnd(vardering: Memo<Vardering>, radnamn: Radnamn) -> impl IntoView {
    move || {
        let v = vardering.get();
        let namn = radnamn.get();
        let rader = v
            .namnder
            .iter()
            .map(|n| beloppsrad(n.namnd.clone(), n.per_ar.iter().map(|f| f.k).collect(), n.summa.k))
            .collect_view();
        let forklaringar = v
            .namnder
            .iter()
            .map(|n| {
                let namnd = n.namnd.clone();
                let v = v.clone();
                let namn = namn.clone();
                view! {
                    <Forklaring rubrik=format!("Förklara kostnaden för {namnd}") avsnitt=Avsnitt::Summor>
                        <p>{format!("Kostnaden för {namnd} ett år är summan av nämndens kostnadsrader det året; summan för alla år är {}.",
                            formatera_kronor(v.namnder.iter().find(|x| x.namnd == namnd).map(|x| x.summa.k).unwrap_or_default()))}</p>
                        {radtabell(&v, &namn, Some(&namnd), Radslag::Kostnad, None, format!("Kostnadsrader för {namnd}"))}
                    </Forklaring>
                }
            })
            .collect_view();
        let alla: Vec<String> = (0..v.ar as usize)
            .map(|t| {
                format!("{}: {} = {}", v.kalenderar(t as u32), namndtermer(&v, t), formatera_kronor(v.bas.per_ar[t].k))
            })
            .collect();
        view! {
            {tabellram("Kostnad per nämnd, går att rulla i sidled", view! {
                <table class="sam-tabell siffror" id="sam-kostnadstabell">
                <caption>"Kostnader per nämnd och år (kronor)"</caption>
                {arshuvud(&v, "Nämnd")}
                <tbody>{rader}</tbody>
                <tfoot>{beloppsrad("Alla nämnder".into(), v.bas.per_ar.iter().map(|f| f.k).collect(), v.bas.summa.k)}</tfoot>
            </table>
            })}
            {forklaringar}
            <Forklaring rubrik="Förklara kostnaden för alla nämnder" avsnitt=Avsnitt::Summor>
                <p>"Kostnaden för alla nämnder ett år är summan av nämndernas kostnader det året:"</p>
                {punktlista(alla.clone())}
            </Forklaring>
        }
    }
}

#[component]
pub fn Nettoeffekter(vardering: Memo<Vardering>, radnamn: Radnamn) -> impl IntoView {
    view! {
        <Nyckeltal vardering />
        <Diagram vardering />
        <PerAr vardering radnamn />
        <Riskbild vardering />
    }
}

fn effektrad(namnd: &str, typ: &str, e: &Effektdel, summa: bool) -> impl IntoView {
    view! {
        <tr class:delsumma=summa>
            <th scope="row">{namnd.to_string()}</th><th scope="row">{typ.to_string()}</th>
            <td>{formatera_belopp(e.frigjort_ramutrymme)}</td>
            <td>{formatera_belopp(e.ramjustering)}</td>
            <td>{formatera_belopp(e.totalt)}</td>
        </tr>
    }
}

fn summatext(e: &Effektdel) -> String {
    format!(
        "{} + {} = {}",
        formatera_kronor(e.frigjort_ramutrymme),
        formatera_kronor(e.ramjustering),
        formatera_kronor(e.totalt)
    )
}

#[component]
pub fn EffektPerNamnd(vardering: Memo<Vardering>, radnamn: Radnamn) -> impl IntoView {
    move || {
        let v = vardering.get();
        let namn = radnamn.get();
        let effekter = v.effekter_per_namnd();
        let rader = effekter
            .iter()
            .map(|n| {
                let typer = n
                    .per_kostnadstyp
                    .iter()
                    .map(|t| effektrad(&n.namnd, t.kostnadstyp.namn(), &t.effekt, false))
                    .collect_view();
                let summa = if n.per_kostnadstyp.is_empty() { "Inga effektrader" } else { "Summa" };
                view! { {typer} {effektrad(&n.namnd, summa, &n.effekt, true)} }
            })
            .collect_view();
        let forklaringar = effekter
            .iter()
            .map(|n| {
                let namnd = n.namnd.clone();
                let typer: Vec<String> = n
                    .per_kostnadstyp
                    .iter()
                    .map(|t| format!("{}: {}", t.kostnadstyp.namn(), summatext(&t.effekt)))
                    .collect();
                let (v, namn) = (v.clone(), namn.clone());
                let total = summatext(&n.effekt);
                view! {
                    <Forklaring rubrik=format!("Förklara effekten för {namnd}") avsnitt=Avsnitt::Summor>
                        <p>{format!("Total ekonomisk effekt för {namnd} = frigjort ramutrymme + ramjustering = {total}.")}</p>
                        <p>"Ramjustering tas hem som pengar: nämndens budgetram sänks. Frigjort ramutrymme är tid och "
                           "resurser som används till annat inom ramen. Per kostnadstyp (frigjort + ramjustering = totalt):"</p>
                        {punktlista(typer.clone())}
                        {radtabell(&v, &namn, Some(&namnd), Radslag::FrigjortRamutrymme, None, format!("Frigjort ramutrymme, {namnd}"))}
                        {radtabell(&v, &namn, Some(&namnd), Radslag::Ramjustering, None, format!("Ramjustering, {namnd}"))}
                    </Forklaring>
                }
            })
            .collect_view();
        let totalt = v.effekter_totalt();
        view! {
            {tabellram("Effekt per nämnd och kostnadstyp, går att rulla i sidled", view! {
                <table class="sam-tabell siffror" id="sam-effekttabell">
                <caption>"Ekonomisk effekt per nämnd och kostnadstyp, alla år (kronor)"</caption>
                {kolumnrubriker(["Nämnd", "Kostnadstyp", "Frigjort ramutrymme", "Ramjustering", "Totalt"])}
                <tbody>{rader}</tbody>
                <tfoot>{effektrad("Alla nämnder", "Summa", &totalt, true)}</tfoot>
            </table>
            })}
            {forklaringar}
        }
    }
}
