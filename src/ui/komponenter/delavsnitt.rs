//! A part of a step or page: a `<section>` named by its own h3 heading
//! (`aria-labelledby` on the heading's id), so a screen reader lists it
//! as a region by that name.

use leptos::prelude::*;

#[component]
pub fn Delavsnitt(
    /// The heading's id, unique on the page.
    #[prop(into)]
    id: String,
    rubrik: &'static str,
    /// The section's class ("kostnadsdel").
    klass: &'static str,
    children: Children,
) -> impl IntoView {
    let rubrik_id = id.clone();
    view! {
        <section class=klass aria-labelledby=id>
            <h3 id=rubrik_id>{rubrik}</h3>
            {children()}
        </section>
    }
}
