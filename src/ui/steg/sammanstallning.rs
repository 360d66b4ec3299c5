//! Step 11, Värderingssammanställning: the summary the valuation team reads.

use crate::model::Forstudie;
use leptos::prelude::*;
use reactive_stores::Store;

#[component]
pub fn SammanstallningSteg(store: Store<Forstudie>) -> impl IntoView {
    let _ = store;
    view! { <h2 id="stegrubrik">"Värderingssammanställning"</h2> }
}
