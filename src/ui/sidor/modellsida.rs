//! The model documentation (docs/modell.md) as a page in the app, so a
//! manager can read exactly how every figure is computed.

use crate::dokument::{las, Block, MODELLDOKUMENTATION};
use crate::ui::komponenter::tabellram::{kolumnrubriker, tabellram};
use leptos::prelude::*;

fn block(b: Block) -> AnyView {
    match b {
        Block::Rubrik { niva: 1, text, id } => view! { <h1 id=id>{text}</h1> }.into_any(),
        Block::Rubrik { niva: 2, text, id } => view! { <h2 id=id>{text}</h2> }.into_any(),
        Block::Rubrik { text, id, .. } => view! { <h3 id=id>{text}</h3> }.into_any(),
        Block::Stycke(text) => view! { <p>{text}</p> }.into_any(),
        Block::Lista(punkter) => view! {
            <ul>{punkter.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
        }
        .into_any(),
        Block::Kod(text) => view! { <pre class="formel">{text}</pre> }.into_any(),
        Block::Tabell { huvud, rader } => view! {
            {tabellram("Tabell, går att rulla i sidled", view! {
                <table class="doktabell">
                    {kolumnrubriker(huvud)}
                    <tbody>
                        {rader.into_iter().map(|rad| view! {
                            <tr>{rad.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}</tr>
                        }).collect_view()}
                    </tbody>
                </table>
            })}
        }
        .into_any(),
    }
}

/// Scrolls to the heading the address names ("/modell#nuvarde"), once the
/// page is in the document: an explanation's link lands on its section.
fn till_avsnittet() {
    let Some(fonster) = web_sys::window() else { return };
    let hash = fonster.location().hash().unwrap_or_default();
    let id = hash.trim_start_matches('#');
    if id.is_empty() {
        return;
    }
    if let Some(rubrik) = fonster.document().and_then(|d| d.get_element_by_id(id)) {
        rubrik.scroll_into_view();
    }
}

#[component]
pub fn Modellsida() -> impl IntoView {
    let innehall = las(MODELLDOKUMENTATION).into_iter().map(block).collect_view();
    Effect::new(move |_| request_animation_frame(till_avsnittet));
    view! { <article class="sida textsida modelldok">{innehall}</article> }
}
