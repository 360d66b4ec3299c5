//! The twelve steps of the förstudie. A step with parts of its own is a
//! folder: the step in its `mod.rs`, its parts and diagrams beside it
//! (without the repeated prefix). In the template's order: 1
//! `utvecklingsbehov`, 2 `orsaksanalys` (with the fishbone), 3
//! `malgruppsanalys`, 4 `intressentanalys` (with the stakeholder grid), 5
//! `arbetsflode`, 6 `informationsinventering`, 7 `logikmodell` (with its
//! diagram), 8 `kostnader` (the grid, results, explanations and
//! sensitivity, which step 11 shows too), 9 `konsekvenser` (with the risk
//! matrix and the financing), 10 `bedomning`, 11 `sammanstallning`, 12
//! `effekthemtagning` (the plans and their follow-up).

pub mod arbetsflode;
pub mod bedomning;
pub mod effekthemtagning;
pub mod informationsinventering;
pub mod intressentanalys;
pub mod konsekvenser;
pub mod kostnader;
pub mod logikmodell;
pub mod malgruppsanalys;
pub mod orsaksanalys;
pub mod sammanstallning;
pub mod utvecklingsbehov;
