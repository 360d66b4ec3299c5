//! One file per step of the förstudie, plus the diagrams they draw.

pub mod kostnader;
mod kostnader_diagram;
mod kostnader_rader;
mod kostnader_resultat;
pub mod arbetsflode;
pub mod bedomning;
pub mod effekthemtagning;
mod effekthemtagning_beslut;
mod effekthemtagning_diagram;
pub mod effekthemtagning_resultat;
mod effektplan;
mod effektplan_uppfoljning;
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
pub mod utvecklingsbehov;
