//! The Leptos app. Data flows one way: stored case → store → step
//! components; arithmetic and rules live in the pure domain modules.

pub mod aktiv_modell;
mod app;
mod diagramram;
mod effektplan_utskrift;
mod fallvy;
mod falt;
mod fil;
mod import;
mod importkontroll;
mod kontroller;
mod mappval;
mod modellsida;
mod namnval;
mod portfolj;
mod portfolj_bedomning;
mod portfolj_bekraftelse;
mod portfolj_modell;
mod portfolj_sammanstallningar;
mod portfolj_tabell;
mod portfoljdb;
mod radlista;
mod sidvaljare;
mod startsida;
mod steg;
mod stepper;
mod tabellram;
mod talfalt;
mod tillganglighet;
mod vardermodell_falt;
mod vardermodellsida;
mod webblagring;

use leptos::prelude::*;

pub fn start() {
    console_error_panic_hook::set_once();
    mount_to_body(app::App);
}
