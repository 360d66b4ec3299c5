//! Förstudie: the pre-study and benefits valuation of a digitalisation
//! initiative, entirely in the browser.
//!
//! `model`, `format` and `lagring` are pure Rust and tested natively; `ui`
//! is the Leptos app, built with the `web` feature (Trunk builds it for
//! wasm32; `cargo clippy --all-features` checks it on the host too).

pub mod dokument;
pub mod format;
pub mod lagring;
pub mod model;
pub mod portfolj;
pub mod radbryt;
pub mod vardering;

#[cfg(feature = "web")]
pub mod ui;
