//! What the import found when it recomputed a file's results: the figures
//! that differ in a table, or one sentence when none do.

use crate::format::Kontroll;
use crate::model::tal::formatera_filtal;
use crate::ui::komponenter::tabellram::kolumnrubriker;
use leptos::prelude::*;

/// One sentence for the status message after an import without questions.
pub fn kontrollmening(kontroll: &Kontroll) -> &'static str {
    match kontroll {
        Kontroll::UtanResultat => "Filen har inga beräknade värden; de räknas fram från filens indata vid importen.",
        Kontroll::Stammer => "Alla beräknade värden i filen stämmer med omräkningen.",
        Kontroll::Avviker(_) => {
            "Filens beräknade värden stämmer inte med en omräkning. Appen använder de omräknade värdena."
        }
    }
}

/// The check shown in the import dialog, before the user accepts.
#[component]
pub fn Importkontroll(kontroll: Kontroll) -> impl IntoView {
    let (visade, fler) = kontroll.visade();
    let rader = visade
        .iter()
        .map(|a| {
            view! {
                <tr>
                    <th scope="row">{a.figur.clone()}</th>
                    // The file's figures in the app's Swedish form.
                    <td>{formatera_filtal(&a.i_filen)}</td>
                    <td>{formatera_filtal(&a.omraknat)}</td>
                </tr>
            }
        })
        .collect_view();
    let har_avvikelser = !visade.is_empty();
    view! {
        <div class="importkontroll">
            <p id="importkontroll-text" class:varning=har_avvikelser>{kontrollmening(&kontroll)}</p>
            {har_avvikelser.then(|| view! {
                // Scrolls on its own when long; focusable so the keyboard can scroll it.
                <div class="avvikelser" tabindex="0" role="region" aria-labelledby="avvikelserubrik">
                    <table class="avvikelsetabell">
                        <caption id="avvikelserubrik">"Värden som skiljer sig"</caption>
                        {kolumnrubriker(["Figur", "I filen", "Omräknat"])}
                        <tbody>{rader}</tbody>
                    </table>
                </div>
            })}
            {(fler > 0).then(|| view! { <p>{format!("… och {fler} värden till som skiljer sig.")}</p> })}
        </div>
    }
}
