//! What the portfolio table says about a case beside its figures: that it
//! was computed under another model or with its own parameters (a text
//! marker, and on request the parameters that differ and its results both
//! ways), that its names are not in the model's lists, and who in the team
//! assessed it; and the line above the table naming the model every case
//! is computed under. Everything comes from the domain (src/portfolj/).

use crate::model::tal::{formatera_belopp, formatera_kvot, formatera_poang};
use crate::portfolj::{Fallrad, Portfolj, Resultat};
use leptos::prelude::*;

fn nnk_text(nnk: Option<rust_decimal::Decimal>) -> String {
    nnk.map(formatera_kvot).unwrap_or_else(|| "– (inga kostnader)".into())
}

/// One comparison: a name and its two values, each labelled in text. Not a
/// table: the panel sits inside a row of the portfolio's table.
fn par(namn: String, etikett_a: &'static str, a: String, etikett_b: &'static str, b: String) -> impl IntoView {
    view! {
        <div>
            <dt>{namn}</dt>
            <dd><span class="etikett">{etikett_a}</span>{a}</dd>
            <dd><span class="etikett">{etikett_b}</span>{b}</dd>
        </div>
    }
}

/// The results: the case's own parameters against the team's model.
fn resultat(egna: &Resultat, modellens: &Resultat) -> impl IntoView {
    let rad = |matt: &str, egen: String, modell: String| {
        par(matt.to_string(), "Egna parametrar: ", egen, "Modellen: ", modell)
    };
    view! {
        <p class="jamforelserubrik">"Resultat med förstudiens egna parametrar och under värderingsteamets modell"</p>
        <dl class="jamforelse jamforelse-resultat">
            {rad("NNV", formatera_belopp(egna.nnv), formatera_belopp(modellens.nnv))}
            {rad("NNK", nnk_text(egna.nnk), nnk_text(modellens.nnk))}
            {rad("Poäng", formatera_poang(egna.poang), formatera_poang(modellens.poang))}
            {rad("Prioritering", egna.prioritetstext(), modellens.prioritetstext())}
        </dl>
    }
}

/// The markers under a case's title, and the comparison panel.
#[component]
pub fn Fallmarkeringar(rad: Fallrad) -> impl IntoView {
    let modell = rad.modellmarkering.clone().map(|m| view! { <span class="markering modell">{m}</span> });
    let listor = (!rad.namnavvikelser.is_empty()).then(|| {
        let text = rad.namnavvikelser.iter().map(|n| n.kort()).collect::<Vec<_>>().join(", ");
        view! { <span class="markering lista">"Utanför modellens lista: "{text}</span> }
    });
    let team = rad
        .bedomd_av
        .clone()
        .map(|namn| view! { <span class="markering team">{format!("Bedömd av värderingsteamet ({namn})")}</span> });
    let jamforelse = rad.avvikelse.clone().map(|a| {
        // The same parameters give the same results: nothing to set side by side.
        let skillnader = if a.skillnader.is_empty() {
            view! { <p>"Parametrarna i filen är desamma som modellens, så resultaten är desamma; bara modellens namn saknas eller skiljer i filen."</p> }.into_any()
        } else {
            view! {
                <p class="jamforelserubrik">"Parametrar som skiljer"</p>
                <dl class="jamforelse jamforelse-parametrar">
                    {a.skillnader.iter().map(|s| {
                        par(s.parameter.clone(), "I förstudien: ", s.i_fallet.clone(), "I modellen: ", s.i_modellen.clone())
                    }).collect_view()}
                </dl>
            }
            .into_any()
        };
        view! {
            <details class="forklaring modellpanel">
                <summary>"Jämför med förstudiens egna parametrar"</summary>
                <p>"Portföljen räknar och rangordnar förstudien under värderingsteamets modell. Så här skiljer sig filens egna parametrar och vad de skulle ge:"</p>
                {skillnader}
                {(!a.skillnader.is_empty()).then(|| resultat(&a.egna, &a.modellens))}
            </details>
        }
    });
    view! { {modell}{listor}{team}{jamforelse} }
}

/// Which model every figure is computed under, and how many cases the
/// table marks as made otherwise.
#[component]
pub fn Modellrad(portfolj: RwSignal<Portfolj>) -> impl IntoView {
    let text = move || {
        portfolj.with(|p| {
            let mut text = format!(
                "Alla förstudier räknas om, poängsätts och rangordnas under värderingsmodellen {}, inte med parametrarna i filerna.",
                p.modell.visningsnamn()
            );
            match p.avvikande() {
                0 => {}
                1 => text.push_str(" 1 förstudie anger ingen modell, en annan modell eller egna parametrar; den är märkt i tabellen, och ”Jämför med förstudiens egna parametrar” visar skillnaden."),
                n => text.push_str(&format!(" {n} förstudier anger ingen modell, en annan modell eller egna parametrar; de är märkta i tabellen, och ”Jämför med förstudiens egna parametrar” visar skillnaden.")),
            }
            match p.utanfor_listorna() {
                0 => {}
                1 => text.push_str(" 1 förstudie anger en förvaltning eller nämnd som inte finns i modellens lista; den är märkt."),
                n => text.push_str(&format!(" {n} förstudier anger en förvaltning eller nämnd som inte finns i modellens lista; de är märkta.")),
            }
            text
        })
    };
    view! { <p class="modellrad" id="portfolj-modell">{text}</p> }
}
