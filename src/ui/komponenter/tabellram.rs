//! A box a wide table scrolls sideways in on a narrow screen, instead of
//! widening the page. It can take the focus, so the keyboard scrolls it,
//! and is named, so a screen reader says what it holds
//! (tests/browser/bredd.test.mjs accepts a table wider than its box only
//! in such a box). A function rather than a component: the table is built
//! where it is written, with what it borrows there.

use leptos::prelude::*;

pub fn tabellram(etikett: impl Into<String>, tabell: impl IntoView) -> impl IntoView {
    let etikett: String = etikett.into();
    view! {
        <div class="tabellram" role="region" tabindex="0" aria-label=etikett>
            {tabell}
        </div>
    }
}
