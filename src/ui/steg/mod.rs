//! One file per step of the förstudie.

pub mod utvecklingsbehov;
