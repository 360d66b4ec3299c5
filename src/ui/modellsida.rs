//! The model documentation (docs/modell.md) as a page in the app, so a
//! manager can read exactly how every figure is computed.

use crate::dokument::{las, Block, MODELLDOKUMENTATION};
use crate::ui::tabellram::tabellram;
use leptos::prelude::*;

fn block(b: Block) -> AnyView {
    match b {
        Block::Rubrik { niva: 1, text } => view! { <h1>{text}</h1> }.into_any(),
        Block::Rubrik { niva: 2, text } => view! { <h2>{text}</h2> }.into_any(),
        Block::Rubrik { text, .. } => view! { <h3>{text}</h3> }.into_any(),
        Block::Stycke(text) => view! { <p>{text}</p> }.into_any(),
        Block::Lista(punkter) => view! {
            <ul>{punkter.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
        }
        .into_any(),
        Block::Kod(text) => view! { <pre class="formel">{text}</pre> }.into_any(),
        Block::Tabell { huvud, rader } => view! {
            {tabellram("Tabell, går att rulla i sidled", view! {
                <table class="doktabell">
                    <thead><tr>{huvud.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr></thead>
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

#[component]
pub fn Modellsida() -> impl IntoView {
    let innehall = las(MODELLDOKUMENTATION).into_iter().map(block).collect_view();
    view! { <article class="sida textsida modelldok">{innehall}</article> }
}
