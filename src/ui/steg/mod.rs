//! One file per step of the förstudie.

pub mod kostnader;
mod kostnader_diagram;
mod kostnader_rader;
mod kostnader_resultat;
pub mod utvecklingsbehov;
