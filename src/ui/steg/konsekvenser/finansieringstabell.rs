//! Step 9: financing against the costs, year by year of the kalkylperiod,
//! with each shortfall named in text. The figures are
//! `vardering::finansiering` of the shared valuation; the UI only formats.

use crate::model::tal::formatera_kronor;
use crate::model::{Konsekvenser, KonsekvenserStoreFields};
use crate::ui::komponenter::tabellram::{kolumnrubriker, tabellram};
use crate::vardering::{finansiering, Finansieringsar, Vardering};
use leptos::prelude::*;
use reactive_stores::Field;

fn cells(a: &Finansieringsar) -> impl IntoView {
    let tackning = if a.underskott { "Underskott" } else { "Täckt" };
    view! {
        <td>{formatera_kronor(a.kostnad)}</td>
        <td>{formatera_kronor(a.finansiering)}</td>
        <td>{formatera_kronor(a.skillnad)}</td>
        <td class="tackning" class:underskott=a.underskott>{tackning}</td>
    }
}

#[component]
pub fn Finansieringstabell(
    /// `vardering::berakna` of the case, kept by the case view.
    vardering: Memo<Vardering>,
    /// Step 9; only its financing sources are read.
    #[prop(into)]
    konsekvenser: Field<Konsekvenser>,
) -> impl IntoView {
    let kallor = konsekvenser.finansiering();
    let jamforelse = Memo::new(move |_| vardering.with(|v| kallor.with(|k| finansiering(v, k))));
    let rader = move || {
        jamforelse.with(|j| {
            (0..)
                .zip(&j.per_ar)
                .map(|(t, a)| view! { <tr><th scope="row">{j.kalenderar(t)}</th>{cells(a)}</tr> })
                .collect_view()
        })
    };
    let summa = move || jamforelse.with(|j| cells(&j.summa));
    let besked = move || jamforelse.with(|j| j.sammanfattning());
    let fel = move || {
        vardering.with(|v| v.har_fel()).then(|| {
            view! {
                <p class="hjalptext">
                    "Indata i steget Kostnader och effekter har fel, så kostnaderna kan vara för låga tills de rättas."
                </p>
            }
        })
    };
    view! {
        <h4 id="finansiering-mot-kostnader">"Finansiering mot kostnader"</h4>
        <p class="hjalptext">
            "Kostnaderna är årets kostnadsrader i steget Kostnader och effekter, alla nämnder, utan diskontering. "
            "Ett år utan angiven finansiering räknas som 0 kronor."
        </p>
        {fel}
        {tabellram("Finansiering mot kostnader, går att rulla i sidled", view! {
            <table class="resultattabell" id="finansieringsjamforelse">
                <caption>"Finansiering och kostnader per år (kronor)"</caption>
                {kolumnrubriker(["År", "Kostnader", "Finansiering", "Skillnad", "Täckning"])}
                <tbody>{rader}</tbody>
                <tfoot><tr><th scope="row">"Summa"</th>{summa}</tr></tfoot>
            </table>
        })}
        <p id="finansieringsbesked" class="finansieringsbesked" aria-live="polite"
            class:underskott=move || jamforelse.with(|j| !j.underskottsar.is_empty())>
            {besked}
        </p>
    }
}
