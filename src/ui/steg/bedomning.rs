//! Step 10, Bedömning: each criterion scored 0–4 with its level descriptions.

use crate::model::Bedomning;
use leptos::prelude::*;
use reactive_stores::Field;

#[component]
pub fn BedomningSteg(#[prop(into)] bedomning: Field<Bedomning>) -> impl IntoView {
    let _ = bedomning;
    view! { <h2 id="stegrubrik">"Bedömning"</h2> }
}
