//! The Leptos app. Data flows one way: stored case → store → step
//! components; arithmetic and rules live in the pure domain modules.

pub mod aktiv_modell;
mod app;
mod komponenter;
mod sidor;
mod steg;
mod vagar;
mod webblasare;

use leptos::prelude::*;

pub fn start() {
    console_error_panic_hook::set_once();
    // A model loaded in this browser is read before the first page shows
    // (aktiv_modell::las_lagrad); without one this waits for nothing. Not
    // Leptos' spawn_local: its executor starts with the mount.
    if let Some(sokvag) = web_sys::window().and_then(|w| w.location().pathname().ok()) {
        app::forladda_sidan(&sokvag);
    }
    wasm_bindgen_futures::spawn_local(async {
        let lagrad = aktiv_modell::las_lagrad().await;
        mount_to_body(move || view! { <app::App lagrad /> });
    });
}
