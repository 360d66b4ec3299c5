//! Prints the stress case (`vardering::stress::stresscase(30, 300, 15)`, the
//! size examples/bench_vardering.rs times) as a full exported case file, for
//! tests/bench_stress.mjs to load into local storage:
//! `cargo run --example stresscase_json > stress.json`.

use forstudie::format;
use forstudie::model::Forstudie;
use forstudie::vardering::stress::stresscase;

fn main() {
    let tid = "2026-11-26T12:00:00Z";
    let mut fall = Forstudie::ny([0x5e; 16], tid);
    fall.utvecklingsbehov.titel = "Stressfall".into();
    fall.ekonomi = stresscase(30, 300, 15);
    println!("{}", format::skriv(&fall, tid));
}
