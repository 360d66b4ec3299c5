//! The explanation behind a figure, shared by step 8's results and the
//! summary: a disclosure built only while open, the lines a figure sums
//! with their values per year and how each value came about. The sums in
//! the footers come from the engine (`Vardering::radsumma`).

use crate::dokument::Avsnitt;
use crate::model::tal::{formatera_belopp, formatera_kronor};
use crate::model::{Ekonomi, Kostnadstyp};
use crate::ui::app::lank;
use crate::ui::tabellram::tabellram;
use crate::vardering::{Radslag, Vardering};
use leptos::prelude::*;
use reactive_stores::Field;

/// (line id, description) of every cost and effect line.
pub type Radnamn = Memo<Vec<(String, String)>>;

/// Line names for the explanations: the engine knows lines by id only.
pub fn radnamn(ekonomi: Field<Ekonomi>) -> Radnamn {
    Memo::new(move |_| {
        ekonomi.with(|e| {
            e.kostnader
                .iter()
                .map(|r| (r.id.clone(), r.beskrivning.clone()))
                .chain(e.effekter.iter().map(|r| (r.id.clone(), r.beskrivning.clone())))
                .collect::<Vec<_>>()
        })
    })
}

/// A disclosure whose content is built only while it is open: a closed
/// explanation costs nothing when the figures are recomputed on every
/// keystroke, and an open one stays open while its figures update.
///
/// `avsnitt` names the section of the model page ("Så räknar värderingen")
/// that explains the rule in full (`dokument::Avsnitt`).
#[component]
pub fn Forklaring(
    #[prop(into)] rubrik: Signal<String>,
    #[prop(optional)] avsnitt: Option<Avsnitt>,
    children: ChildrenFn,
) -> impl IntoView {
    let oppen = RwSignal::new(false);
    // The link is built with the body, while open: a closed explanation
    // holds only its summary.
    let lank = avsnitt.map(|a| (lank(&format!("/modell#{}", a.id())), format!("Så räknas det: {}", a.rubrik())));
    let lankvy = move || lank.clone().map(|(href, text)| view! { <p class="modellank"><a href=href>{text}</a></p> });
    view! {
        <details class="forklaring" on:toggle:target=move |ev| oppen.set(ev.target().open())>
            <summary>{move || rubrik.get()}</summary>
            {move || oppen.get().then(|| view! { {children()} {lankvy()} })}
        </details>
    }
}

pub fn namn_pa(radnamn: &[(String, String)], id: &str) -> String {
    radnamn
        .iter()
        .find(|(i, _)| i == id)
        .map(|(_, n)| if n.trim().is_empty() { "(rad utan beskrivning)".to_string() } else { n.clone() })
        .unwrap_or_else(|| id.to_string())
}

pub fn ar_text(v: &Vardering, t: Option<u32>) -> String {
    if !v.bas.har_belopp() {
        return "Visas när det finns kostnader eller effekter".to_string();
    }
    match t {
        Some(t) => v.kalenderar(t).to_string(),
        None => "Ingen återbetalning inom kalkylperioden".to_string(),
    }
}

/// Lines of text as a list: the terms of a sum, one a line.
pub fn punktlista(rader: Vec<String>) -> impl IntoView {
    view! { <ul>{rader.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul> }
}

/// The lines a figure sums, with their value over the period.
pub fn radlista(v: &Vardering, namn: &[(String, String)], namnd: Option<&str>, slag: Radslag) -> AnyView {
    let rader: Vec<_> = v.rader_i(namnd, slag, None).map(|r| (namn_pa(namn, &r.id), r.summa())).collect();
    if rader.is_empty() {
        return view! { <p>"Inga rader."</p> }.into_any();
    }
    view! {
        <ul>{rader.into_iter().map(|(n, s)| view! { <li>{n}": "{formatera_kronor(s)}</li> }).collect_view()}</ul>
    }
    .into_any()
}

/// The lines of `slag` (of one nämnd and kostnadstyp, if given) as a table:
/// each line's value per year and in total, the figure's sums in the
/// footer, and below it how each year's value came about (amount, or hours
/// × timkostnad, times p(t) for effects).
pub fn radtabell(
    v: &Vardering,
    namn: &[(String, String)],
    namnd: Option<&str>,
    slag: Radslag,
    kostnadstyp: Option<Kostnadstyp>,
    rubrik: String,
) -> AnyView {
    let rader: Vec<_> = v.rader_i(namnd, slag, kostnadstyp).collect();
    if rader.is_empty() {
        return view! { <p>{format!("{rubrik}: inga rader.")}</p> }.into_any();
    }
    let ar: Vec<u32> = (0..v.ar).collect();
    let summa = v.radsumma(namnd, slag, kostnadstyp);
    let huvud = ar.iter().map(|t| view! { <th scope="col">{v.kalenderar(*t)}</th> }).collect_view();
    let kropp = rader
        .iter()
        .map(|r| {
            let celler = ar.iter().map(|t| view! { <td>{formatera_belopp(r.varde(*t))}</td> }).collect_view();
            view! {
                <tr>
                    <th scope="row">{format!("{} ({})", namn_pa(namn, &r.id), r.kostnadstyp.namn())}</th>
                    {celler}
                    <td>{formatera_belopp(r.summa())}</td>
                </tr>
            }
        })
        .collect_view();
    let fot = summa.per_ar.iter().map(|b| view! { <td>{formatera_belopp(*b)}</td> }).collect_view();
    let indata = rader
        .iter()
        .map(|r| {
            let ar = ar
                .iter()
                .filter(|t| r.per_ar.get(**t as usize).is_some_and(|a| !a.mangd.is_zero()))
                .map(|t| view! { <li>{format!("{}: {}", v.kalenderar(*t), r.arsforklaring(*t))}</li> })
                .collect_view();
            view! { <li>{namn_pa(namn, &r.id)}<ul>{ar}</ul></li> }
        })
        .collect_view();
    view! {
        {tabellram("Raderna, går att rulla i sidled", view! {
            <table class="forklaringstabell radtabell">
            <caption>{format!("{rubrik} (kronor)")}</caption>
            <thead><tr><th scope="col">"Rad"</th>{huvud}<th scope="col">"Summa"</th></tr></thead>
            <tbody>{kropp}</tbody>
            <tfoot><tr><th scope="row">"Summa"</th>{fot}<td>{formatera_belopp(summa.summa)}</td></tr></tfoot>
        </table>
        })}
        <p>"Så räknas radernas värden (ett år utan belopp eller timmar är 0,00):"</p>
        <ul class="radindata">{indata}</ul>
    }
    .into_any()
}
