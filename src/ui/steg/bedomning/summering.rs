//! The live summary of step 10: the score out of 100, the summed priority
//! and why, the points per criterion with a total that is the sum of the
//! rows shown, and how the gates and thresholds decide.

use crate::model::tal::{formatera, formatera_kvot, formatera_poang};
use crate::model::{Kriterium, Modellparametrar};
use crate::ui::komponenter::tabellram::kolumnrubriker;
use crate::vardering::{Kriteriepoang, Poangsattning, Prioritering};
use leptos::prelude::*;
use reactive_stores::Field;
use rust_decimal::Decimal;

/// The level column: the level that scores, with what it came from when
/// that is not the user's own choice.
fn niva_text(k: &Kriteriepoang, nnk: Option<Decimal>) -> String {
    match (k.kriterium, k.niva, k.vald_niva) {
        (_, None, _) => "–".into(),
        (Kriterium::NegativaKonsekvenser, Some(n), Some(allvar)) => format!("{n} (allvarlighet {allvar})"),
        (Kriterium::Ekonomi, Some(n), _) => match nnk {
            Some(kvot) => format!("{n} (NNK {})", formatera_kvot(kvot)),
            None => n.to_string(),
        },
        (_, Some(n), _) => n.to_string(),
    }
}

#[component]
pub fn Summering(
    poang: Memo<Poangsattning>,
    parametrar: Field<Modellparametrar>,
    nnk: Memo<Option<Decimal>>,
) -> impl IntoView {
    let troskel = Memo::new(move |_| parametrar.try_with(|p| p.troskelvarden.clone()));
    let (hog, medel) = (
        move || troskel.with(|t| t.as_ref().map(|t| formatera(t.hog)).unwrap_or_default()),
        move || troskel.with(|t| t.as_ref().map(|t| formatera(t.medel)).unwrap_or_default()),
    );
    let brister = Memo::new(move |_| parametrar.try_with(|p| p.bedomningsbrister()).unwrap_or_default());
    let prioritering = Memo::new(move |_| poang.with(|p| p.prioritering));
    let skal = move || {
        let (summa, pri, saknas) = poang.with(|p| (p.poang, p.prioritering, p.saknas_text()));
        match (pri, troskel.get()) {
            (Some(pri), Some(t)) => pri.skal(summa, t.hog, t.medel),
            _ => saknas.unwrap_or_default(),
        }
    };
    // A gate can decide before every criterion is scored; say what is left.
    let saknas_efter_sparr = move || poang.with(|p| p.prioritering.and_then(|_| p.saknas_text()));
    let sparr = move |vilken: Prioritering| move || prioritering.get() == Some(vilken);
    let rader = move || {
        poang.with(|p| {
            p.kriterier
                .iter()
                .map(|k| {
                    view! {
                        <tr>
                            <th scope="row">{k.kriterium.namn()}</th>
                            <td>{niva_text(k, nnk.get())}</td>
                            <td class="tal">{formatera(k.vikt)}</td>
                            <td class="tal">{k.poang.map(formatera).unwrap_or_else(|| "–".into())}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    // Focusable: on a wide screen it scrolls on its own when taller than the
    // window, and a keyboard user must be able to scroll it too.
    view! {
        <aside class="bedomningssummering resultatpanel" aria-labelledby="summering-rubrik" tabindex="0">
            <h3 id="summering-rubrik">"Poäng och summerad prioritering"</h3>
            <div aria-live="polite">
                <p class="totalpoang">
                    "Poäng: "<strong id="bedomning-poang">{move || format!("{} av 100", formatera_poang(poang.with(|p| p.poang)))}</strong>
                </p>
                <p class="prioritering">
                    "Summerad prioritering: "
                    <strong id="bedomning-prioritering">
                        {move || prioritering.get().map(|p| p.namn()).unwrap_or("Inte avgjord ännu")}
                    </strong>
                </p>
            </div>
            <p id="bedomning-skal">{skal}</p>
            {move || saknas_efter_sparr().map(|text| view! { <p class="hjalptext">{text}</p> })}
            <table class="resultattabell poangtabell">
                <caption>"Poäng per kriterium (vikt × nivå / 4)"</caption>
                {kolumnrubriker(["Kriterium", "Nivå", "Vikt", "Poäng"])}
                <tbody>{rader}</tbody>
                <tfoot>
                    <tr>
                        <th scope="row" colspan="3">"Summa"</th>
                        <td class="tal" id="bedomning-summa">{move || formatera(poang.with(|p| p.poang))}</td>
                    </tr>
                </tfoot>
            </table>
            <h4>"Så avgörs prioriteringen"</h4>
            <ol class="sparrar">
                <li class:aktiv=sparr(Prioritering::Aterremiss)>
                    "Spärr: har Potential att realisera effekterna nivå 0 blir det Återremiss, oavsett poäng."
                    {move || sparr(Prioritering::Aterremiss)().then(|| view! { <strong>" ◀ gäller nu"</strong> })}
                </li>
                <li class:aktiv=sparr(Prioritering::MasteGoras)>
                    "Spärr: har Angelägenhet, lagkrav nivå 4 måste initiativet genomföras; poängen avgör hur det prioriteras."
                    {move || sparr(Prioritering::MasteGoras)().then(|| view! { <strong>" ◀ gäller nu"</strong> })}
                </li>
                <li>
                    {move || format!("Annars avgör poängen: Hög från {} poäng, Medel från {}, Låg under {}.", hog(), medel(), medel())}
                </li>
            </ol>
            {move || {
                let brister = brister.get();
                (!brister.is_empty()).then(|| view! {
                    <div class="problem">
                        <p><strong>"Vikterna eller tröskelvärdena i förstudien går inte att använda:"</strong></p>
                        <ul>{brister.into_iter().map(|b| view! { <li>{b}</li> }).collect_view()}</ul>
                        <p>"Rätta dem under Vikter och tröskelvärden."</p>
                    </div>
                })
            }}
        </aside>
    }
}
