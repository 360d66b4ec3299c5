//! One file per step of the förstudie, plus the diagrams they draw.

pub mod kostnader;
mod kostnader_diagram;
mod kostnader_rader;
mod kostnader_resultat;
mod kostnader_utfall;
pub mod arbetsflode;
pub mod bedomning;
mod bedomning_installningar;
mod bedomning_kriterium;
mod bedomning_summering;
pub mod effekthemtagning;
pub mod finansieringstabell;
pub mod fiskben;
pub mod informationsinventering;
pub mod intressentanalys;
pub mod intressentrutnat;
pub mod konsekvenser;
pub mod logikdiagram;
pub mod logikmodell;
pub mod malgruppsanalys;
pub mod orsaksanalys;
pub mod riskmatris;
mod rutnat5;
pub mod sammanstallning;
pub mod utvecklingsbehov;
