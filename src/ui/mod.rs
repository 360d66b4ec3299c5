//! The Leptos app. Data flows one way: stored case → store → step
//! components; arithmetic and rules live in the pure domain modules.

pub mod aktiv_modell;
mod app;
mod effektplan_utskrift;
mod fallvy;
mod import;
mod importkontroll;
mod komponenter;
mod modellsida;
mod portfolj;
mod portfolj_bedomning;
mod portfolj_bekraftelse;
mod portfolj_modell;
mod portfolj_sammanstallningar;
mod portfolj_tabell;
mod startsida;
mod steg;
mod stepper;
mod tillganglighet;
mod vagar;
mod vardermodell_falt;
mod vardermodellsida;
mod webblasare;

use leptos::prelude::*;

pub fn start() {
    console_error_panic_hook::set_once();
    mount_to_body(app::App);
}
