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
    mount_to_body(app::App);
}
