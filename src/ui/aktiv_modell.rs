//! The värderingsmodell this browser uses: the built-in default until the
//! deployment's `vardermodell.json` or a model file the user loaded says
//! otherwise. Provided once at the root; pages read it with `aktiv_modell()`.

use crate::model::Vardermodell;
use leptos::prelude::*;

/// Where the active model came from, so the page can say so.
#[derive(Clone, Debug, PartialEq)]
pub enum Modellkalla {
    /// No model file: the handbook's default built into the app.
    Inbyggd,
    /// `vardermodell.json` beside index.html.
    Server,
    /// A file the user loaded in this browser.
    Inlast,
}

#[derive(Clone, Copy)]
pub struct AktivModell {
    pub modell: RwSignal<Vardermodell>,
    pub kalla: RwSignal<Modellkalla>,
    /// A Swedish message when a model file could not be used (the default
    /// is then in use).
    pub meddelande: RwSignal<Option<String>>,
}

/// Puts the built-in model in context; called once by the root component.
pub fn tillhandahall() -> AktivModell {
    let aktiv = AktivModell {
        modell: RwSignal::new(Vardermodell::default()),
        kalla: RwSignal::new(Modellkalla::Inbyggd),
        meddelande: RwSignal::new(None),
    };
    provide_context(aktiv);
    aktiv
}

/// The active model (the built-in default outside the app's root).
pub fn aktiv_modell() -> AktivModell {
    use_context::<AktivModell>().unwrap_or_else(tillhandahall)
}
