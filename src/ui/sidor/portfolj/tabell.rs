//! The portfolio's two tables: the cases, sortable by any column (a button
//! in each header, `aria-sort` on the sorted one), and the totals per
//! nämnd, each with the cases it sums.

use crate::model::sidindelning::Sida;
use crate::model::tal::{formatera_belopp, formatera_kvot, formatera_poang};
use crate::model::Belopp;
use crate::portfolj::{Fallrad, Kolumn, Namndsumma, Namndtotal, Portfolj, Riktning, NAMNDRUBRIKER};
use crate::ui::komponenter::sidvaljare::Sidvaljare;
use crate::ui::komponenter::tabellram::{kolumnrubriker, summarad, tabellram, Summacell};
use crate::ui::sidor::portfolj::modell::Fallmarkeringar;
use crate::ui::vagar::lank;
use leptos::prelude::*;
use uuid::Uuid;

fn streck(t: &str) -> String {
    if t.is_empty() {
        "–".into()
    } else {
        t.to_string()
    }
}

fn cell(kolumn: Kolumn, r: &Fallrad) -> String {
    match kolumn {
        Kolumn::Rang => r.rang.map(|r| r.to_string()).unwrap_or_else(|| "–".into()),
        Kolumn::Titel => r.titel.clone(),
        Kolumn::Forvaltning => streck(&r.forvaltning),
        Kolumn::Namnd => streck(&r.namnd),
        Kolumn::Kostnad => formatera_belopp(r.kostnad),
        Kolumn::KostnadNuvarde => formatera_belopp(r.kostnad_nuvarde),
        Kolumn::Nnv => formatera_belopp(r.nnv),
        Kolumn::Nnk => r.nnk.map(formatera_kvot).unwrap_or_else(|| "– (inga kostnader)".into()),
        Kolumn::Aterbetalning => match (r.aterbetalning_kalenderar, r.aterbetalningsar) {
            (Some(ar), Some(t)) => format!("{ar} (år {t})"),
            _ => "Ingen inom perioden".into(),
        },
        Kolumn::Poang if r.saknas > 0 => format!("{} (ofullständig)", formatera_poang(r.poang)),
        Kolumn::Poang => formatera_poang(r.poang),
        Kolumn::Prioritering => r.prioritetstext(),
    }
}

/// NNV in each scenario and at each rate, one a line, a negative one
/// marked in words.
fn kanslighetscell(r: &Fallrad) -> impl IntoView {
    let rader = r
        .kanslighet
        .iter()
        .map(|(namn, nnv)| {
            let negativ = *nnv < Belopp::ZERO;
            view! {
                <li class:negativ=negativ>
                    <span class="risknamn">{format!("{namn}: ")}</span>
                    <span class="riskvarde">{formatera_belopp(*nnv)}</span>
                    // The space stays outside the unbreakable spans: the only place the line breaks.
                    {negativ.then(|| view! { " "<span class="risknegativ">"(negativt)"</span> })}
                </li>
            }
        })
        .collect_view();
    view! { <td class="kanslighet"><ul class="risklista">{rader}</ul></td> }
}

/// Rows a page: the browser lays out 50 rows, not the whole portfolio;
/// sorting still orders every case.
const RADER_PER_SIDA: usize = 50;

fn ar_tal(kolumn: Kolumn) -> bool {
    matches!(kolumn, Kolumn::Kostnad | Kolumn::KostnadNuvarde | Kolumn::Nnv | Kolumn::Nnk | Kolumn::Poang)
}

#[component]
pub fn Falltabell(
    rader: Memo<Vec<Fallrad>>,
    sortering: RwSignal<(Kolumn, Riktning)>,
    bedom: Callback<Uuid>,
    exportera: Callback<Uuid>,
    ta_bort: Callback<Uuid>,
) -> impl IntoView {
    let sida = RwSignal::new(0usize);
    let visad = Memo::new(move |_| Sida::ny(rader.with(Vec::len), RADER_PER_SIDA, sida.get()));
    let rubrik = move |kolumn: Kolumn| {
        let aria = move || {
            let (k, r) = sortering.get();
            (k == kolumn).then(|| r.aria())
        };
        let pil = move || match sortering.get() {
            (k, Riktning::Stigande) if k == kolumn => "\u{a0}▲",
            (k, Riktning::Fallande) if k == kolumn => "\u{a0}▼",
            _ => "",
        };
        let klick = move |_| {
            sortering.update(|(k, r)| {
                *r = if *k == kolumn { r.motsatt() } else { kolumn.forsta_riktning() };
                *k = kolumn;
            })
        };
        view! {
            <th scope="col" aria-sort=aria class:tal=ar_tal(kolumn)>
                <button type="button" class="sorteringsknapp" on:click=klick>
                    {kolumn.rubrik()}<span aria-hidden="true">{pil}</span>
                </button>
            </th>
        }
    };
    let beskrivning = move || {
        let (k, r) = sortering.get();
        let riktning = match r {
            Riktning::Stigande => "stigande",
            Riktning::Fallande => "fallande",
        };
        format!("Förstudierna i portföljen, sorterade efter {} ({riktning})", k.rubrik().to_lowercase())
    };
    let rad = move |r: Fallrad| {
        let id = r.id;
        let titel = r.titel.clone();
        let kanslighet = kanslighetscell(&r);
        let mut kanslighet = Some(kanslighet);
        let celler = Kolumn::ALLA
            .into_iter()
            .map(|k| match k {
                Kolumn::Titel => view! {
                    <th scope="row">
                        <span class="titel">{r.titel.clone()}</span>
                        {r.har_fel.then(|| view! { <span class="markering fel">" ⚠ Fel i indata: siffrorna kan vara fel"</span> })}
                        {r.negativ.clone().map(|t| view! { <span class="markering risk-markering">{format!(" ⚠ {t}")}</span> })}
                        {r.andrad.then(|| view! { <span class="markering">" Bedömningen ändrad här"</span> })}
                        <Fallmarkeringar rad=r.clone() />
                        <span class="filnamn">{r.filnamn.clone()}</span>
                    </th>
                }
                .into_any(),
                // The scenarios and rates follow the NNV they vary.
                Kolumn::Nnv => view! {
                    <td class="tal">{cell(k, &r)}</td>
                    {kanslighet.take()}
                }
                .into_any(),
                k => view! { <td class:tal=ar_tal(k)>{cell(k, &r)}</td> }.into_any(),
            })
            .collect_view();
        view! {
            <tr>
                {celler}
                <td><div class="knappar">
                    <button type="button" class="liten" id=format!("bedom-{id}") aria-label=format!("Bedöm {titel}")
                        on:click=move |_| bedom.run(id)>"Bedöm"</button>
                    <button type="button" class="liten" aria-label=format!("Exportera {titel} (JSON)")
                        on:click=move |_| exportera.run(id)>"Exportera"</button>
                    <button type="button" class="liten farlig" aria-label=format!("Ta bort {titel} ur portföljen")
                        on:click=move |_| ta_bort.run(id)>"Ta bort"</button>
                </div></td>
            </tr>
        }
    };
    let summa = move || {
        let t = rader.with(|r| Portfolj::totalt(r));
        let figurer = [
            Summacell { text: formatera_belopp(t.kostnad), id: Some("summa-kostnad") },
            formatera_belopp(t.kostnad_nuvarde).into(),
            Summacell { text: formatera_belopp(t.nnv), id: Some("summa-nnv") },
        ];
        summarad("Summa, alla förstudier", 4, "tal", figurer, 6)
    };
    view! {
        <h2>"Förstudier"</h2>
        <p class="hjalptext">
            "Total kostnad, nominell: summan av alla kostnader under kalkylperioden, odiskonterad. "
            "Nuvärde: samma kostnader diskonterade (nämnaren i NNK). "
            "Rang: ”Måste genomföras” först, sedan Hög, Medel och Låg; inom samma prioritering högst poäng först, "
            "och lika poäng delar rang. Återremitterade och ofärdiga bedömningar rangordnas inte. "
            "NNV per scenario och ränta: samma förstudie med kostnaderna högre och effekterna lägre (scenarierna) "
            "och diskonterad med andra räntor; ”negativt” där nettonuvärdet blir negativt ("
            <a href=lank("/modell#kanslighet")>"så räknas scenarierna"</a>"). "
            "Klicka på en kolumnrubrik för att sortera, igen för att vända ordningen."
        </p>
        {tabellram("Förstudierna i portföljen, går att rulla i sidled", view! {
            <table class="portfoljtabell" id="portfoljtabell">
                <caption class="visuellt-dold">{beskrivning}</caption>
                <thead><tr>
                    {Kolumn::ALLA.into_iter().map(|k| view! {
                        {rubrik(k)}
                        {(k == Kolumn::Nnv).then(|| view! { <th scope="col">"NNV per scenario och ränta (kr)"</th> })}
                    }).collect_view()}
                    <th scope="col">"Åtgärder"</th>
                </tr></thead>
                // The page is worked out from `rader` itself, not read from
                // `visad`: a memo read through another memo first was not
                // seen as changed, and a new sort order left the rows as they were.
                <tbody>{move || {
                    let mut rader = rader.get();
                    let omrade = Sida::ny(rader.len(), RADER_PER_SIDA, sida.get()).rader();
                    rader.drain(omrade).map(rad).collect_view()
                }}</tbody>
                <tfoot>{summa}</tfoot>
            </table>
        })}
        <Sidvaljare sida visad etikett="Sidor med förstudier" />
    }
}

#[component]
pub fn Namndtabell(summor: Memo<(Vec<Namndsumma>, Namndtotal)>) -> impl IntoView {
    let rad = |s: Namndsumma| {
        let delar = s
            .delar
            .iter()
            .map(|d| {
                view! {
                    <li>
                        {d.titel.clone()}": K "{formatera_belopp(d.k)}", RAM "{formatera_belopp(d.ram)}
                        ", FRI "{formatera_belopp(d.fri)}", NNV "{formatera_belopp(d.nnv)}
                    </li>
                }
            })
            .collect_view();
        view! {
            <tr>
                <th scope="row">
                    <span class="titel">{s.namnd.clone()}</span>
                    <details class="forklaring">
                        <summary>"Förstudierna"</summary>
                        <ul class="namnddelar">{delar}</ul>
                    </details>
                </th>
                <td class="tal">{formatera_belopp(s.k)}</td>
                <td class="tal">{formatera_belopp(s.ram)}</td>
                <td class="tal">{formatera_belopp(s.fri)}</td>
                <td class="tal">{formatera_belopp(s.nnv)}</td>
                <td class="tal">{s.delar.len()}</td>
            </tr>
        }
    };
    view! {
        <h2 id="namndrubrik">"Summor per nämnd"</h2>
        <p class="hjalptext">
            "Varje förstudies kostnader och effekter för nämnden under dess kalkylperiod (nominellt) och nämndens "
            "NNV i förstudien, summerade över portföljen. En förstudie som berör flera nämnder räknas hos var och en. "
            "Summan av nämnderna är portföljens summa."
        </p>
        {tabellram("Summor per nämnd, går att rulla i sidled", view! {
            <table class="portfoljtabell" id="namndtabell" aria-labelledby="namndrubrik">
                {kolumnrubriker(NAMNDRUBRIKER)}
                <tbody>{move || summor.get().0.into_iter().map(rad).collect_view()}</tbody>
                <tfoot>
                    {move || {
                        let t = summor.get().1;
                        summarad("Totalt", 1, "tal", [t.k, t.ram, t.fri, t.nnv].map(formatera_belopp), 1)
                    }}
                </tfoot>
            </table>
        })}
    }
}
