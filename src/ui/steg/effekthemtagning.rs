//! Step 12, Effekthemtagningsplan: after approval, the plan and follow-up.

use crate::model::Effekthemtagning;
use leptos::prelude::*;
use reactive_stores::Field;

#[component]
pub fn EffekthemtagningSteg(#[prop(into)] effekthemtagning: Field<Effekthemtagning>) -> impl IntoView {
    let _ = effekthemtagning;
    view! { <h2 id="stegrubrik">"Effekthemtagningsplan"</h2> }
}
