//! The browser's side, without views: local storage, the clock and
//! randomness (`webblagring`), files in and out (`fil`), the team's folder
//! picked or dropped (`mappval`) and the portfolio's database (`portfoljdb`).
//! Pages and components call these; nothing here imports a page.

pub mod fil;
pub mod mappval;
pub mod portfoljdb;
pub mod webblagring;
