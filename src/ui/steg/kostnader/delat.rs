//! What step 8's parts share: fresh line ids, the period's calendar years
//! and the grid's page size. Its own module, imported by the step and its
//! grids alike, so none of them imports the other back.

use crate::ui::webblasare::webblagring::slumpbytes;
use crate::vardering::Vardering;
use leptos::prelude::*;

/// Lines per page of the grid: an edit in a case with hundreds of lines
/// then lays out one page of fields, not thousands (README, "Prestanda").
pub const PER_SIDA: usize = 15;

/// A short random id for a new line or rate: unique within a case, and
/// stable, so the grid and the export refer to it.
pub fn nytt_id(prefix: &str) -> String {
    let b = slumpbytes();
    let hex: String = b[..6].iter().map(|x| format!("{x:02x}")).collect();
    format!("{prefix}-{hex}")
}

/// The calendar years of the period as the valuation uses it (T bounded).
pub fn kalenderar(vardering: Memo<Vardering>) -> Memo<Vec<i32>> {
    Memo::new(move |_| vardering.with(|v| (0..v.ar).map(|t| v.kalenderar(t)).collect()))
}
