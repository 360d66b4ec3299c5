//! The pages, one per route of the shell (app.rs). A page with parts of its
//! own is a folder: the page in its `mod.rs`, its parts beside it.

pub mod effektplan_utskrift;
pub mod fallvy;
pub mod modellsida;
pub mod portfolj;
pub mod startsida;
pub mod tillganglighet;
pub mod vardermodellsida;
