//! The portfolio page's question before a change made here would be lost
//! (clearing the portfolio, removing an edited case).

use crate::ui::komponenter::dialog::stangd;
use leptos::prelude::*;
use uuid::Uuid;

/// What the confirmation dialog asks about.
#[derive(Clone, Debug, PartialEq)]
pub enum Fraga {
    Rensa,
    TaBort(Uuid, String),
}

/// Asks before a change made in the portfolio would be lost.
#[component]
pub fn Bekraftelse(
    fraga: RwSignal<Option<Fraga>>,
    bekrafta: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    Effect::new(move |_| {
        let oppen = fraga.with(|f| f.is_some());
        if let Some(d) = dialog.get() {
            if oppen && !d.open() {
                let _ = d.show_modal();
            } else if !oppen && d.open() {
                d.close();
            }
        }
    });
    let innehall = move || {
        let (rubrik, text, knapp) = match fraga.get()? {
            Fraga::Rensa => (
                "Rensa portföljen?",
                "Någon bedömning är ändrad här i portföljen. Den finns inte i någon fil förrän du exporterar den. Vill du ändå tömma portföljen?".to_string(),
                "Rensa portföljen",
            ),
            Fraga::TaBort(_, titel) => (
                "Ta bort ur portföljen?",
                format!("Bedömningen av ”{titel}” är ändrad här i portföljen och finns inte i någon fil förrän du exporterar den. Vill du ändå ta bort förstudien ur portföljen?"),
                "Ta bort",
            ),
        };
        Some(view! {
            <h2 id="bekraftarubrik">{rubrik}</h2>
            <p>{text}</p>
            <div class="knappar">
                <button type="button" class="farlig" on:click=move |_| bekrafta()>{knapp}</button>
                <button type="button" on:click=move |_| fraga.set(None)>"Avbryt"</button>
            </div>
        })
    };
    view! {
        <dialog node_ref=dialog aria-labelledby="bekraftarubrik" on:close=move |ev| if stangd(&ev) { fraga.set(None) }>
            {innehall}
        </dialog>
    }
}
