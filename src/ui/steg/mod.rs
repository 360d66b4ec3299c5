//! One file per step of the förstudie, plus the diagrams they draw.

pub mod forklaring;
pub mod kostnader;
pub mod kostnader_diagram;
mod kostnader_rader;
pub mod kostnader_resultat;
pub mod arbetsflode;
pub mod bedomning;
pub mod effekthemtagning;
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
pub mod sammanstallning;
mod sammanstallning_bedomning;
mod sammanstallning_ekonomi;
pub mod utvecklingsbehov;
