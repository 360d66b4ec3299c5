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

/// A table's head: one row of column headings (`scope="col"`, so a screen
/// reader names each cell's column).
pub fn kolumnrubriker<R: IntoView + 'static>(rubriker: impl IntoIterator<Item = R>) -> impl IntoView {
    view! { <thead><tr>{rubriker.into_iter().map(|r| view! { <th scope="col">{r}</th> }).collect_view()}</tr></thead> }
}

/// One figure in a row of sums: its formatted text, and an id where a test
/// or a link points at it.
pub struct Summacell {
    pub text: String,
    pub id: Option<&'static str>,
}

impl From<String> for Summacell {
    fn from(text: String) -> Self {
        Summacell { text, id: None }
    }
}

/// A row of figures with its heading, the shape every table's sum row has
/// (in a `<tfoot>`, and the per-year rows that share it): the heading spans
/// `spann` columns, each figure is a cell with `klass`, and `tomma`
/// columns after them are left empty.
pub fn summarad<C: Into<Summacell>>(
    rubrik: impl Into<String>,
    spann: u32,
    klass: &'static str,
    figurer: impl IntoIterator<Item = C>,
    tomma: u32,
) -> impl IntoView {
    let celler = figurer
        .into_iter()
        .map(|c| {
            let Summacell { text, id } = c.into();
            view! { <td class=(!klass.is_empty()).then_some(klass) id=id>{text}</td> }
        })
        .collect_view();
    view! {
        <tr>
            <th scope="row" colspan=(spann > 1).then_some(spann)>{rubrik.into()}</th>
            {celler}
            {(tomma > 0).then(|| view! { <td colspan=(tomma > 1).then_some(tomma)></td> })}
        </tr>
    }
}
