//! Times the export and import of the stress case natively:
//! `cargo run --release --example bench_format`. Export is `format::skriv`
//! (which recomputes the valuation and assessment it writes); import is
//! `format::las_import` (which checks the file's results against a
//! recomputation) followed by the recompute the app does on opening the
//! case. Prints the median of each and of the round trip, in milliseconds,
//! and the file size.

use forstudie::format;
use forstudie::model::Forstudie;
use forstudie::vardering::{berakna, stress::stresscase};
use std::hint::black_box;
use std::time::Instant;

fn median_ms(varv: usize, mut f: impl FnMut()) -> f64 {
    f();
    let mut tider: Vec<f64> = (0..varv)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    tider.sort_by(f64::total_cmp);
    tider[tider.len() / 2]
}

fn main() {
    let tid = "2026-11-26T12:00:00Z";
    let mut fall = Forstudie::ny([0x5e; 16], tid);
    fall.utvecklingsbehov.titel = "Stressfall".into();
    fall.ekonomi = stresscase(30, 300, 15);
    let text = format::skriv(&fall, tid);
    let export = median_ms(51, || {
        black_box(format::skriv(black_box(&fall), tid));
    });
    let import = median_ms(51, || {
        // As the app imports: read, check the file's results, then open.
        let fil = format::las_import(black_box(&text)).expect("the stress case reads");
        black_box(berakna(&fil.forstudie.ekonomi, &fil.forstudie.parametrar));
    });
    println!("stress_fil_kb={:.0}", text.len() as f64 / 1024.0);
    println!("stress_export_native_median_ms={export:.2}");
    println!("stress_import_native_median_ms={import:.2}");
}
