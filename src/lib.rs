//! Förstudie: the pre-study and benefits valuation of a digitalisation
//! initiative, entirely in the browser.
//!
//! `model`, `format` and `lagring` are pure Rust and tested natively; `ui`
//! is the Leptos app and only builds for wasm32.

pub mod dokument;
pub mod format;
pub mod lagring;
pub mod model;
pub mod portfolj;
pub mod radbryt;
pub mod valuation;

#[cfg(target_arch = "wasm32")]
pub mod ui;
