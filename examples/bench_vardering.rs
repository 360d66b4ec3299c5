//! Times a full recompute of the valuation on the stress case:
//! `cargo run --release --example bench_vardering`.
//! Prints `vardering_stress_median_ms=<ms>` (30 nämnder, 300 lines in all,
//! 15 years), and the same for 300 lines per nämnd (9 000 lines) as a
//! heavier reference.

use forstudie::model::Modellparametrar;
use forstudie::vardering::{berakna, stress::stresscase};
use std::hint::black_box;
use std::time::Instant;

/// Median wall time of `varv` runs, in milliseconds.
fn median_ms(namnder: usize, rader: usize, ar: u32, varv: usize) -> f64 {
    let ekonomi = stresscase(namnder, rader, ar);
    let parametrar = Modellparametrar::default();
    // One warm-up run, so allocation and caches do not count.
    black_box(berakna(&ekonomi, &parametrar));
    let mut tider: Vec<f64> = (0..varv)
        .map(|_| {
            let start = Instant::now();
            black_box(berakna(black_box(&ekonomi), black_box(&parametrar)));
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    tider.sort_by(f64::total_cmp);
    tider[tider.len() / 2]
}

fn main() {
    println!("vardering_stress_median_ms={:.3}", median_ms(30, 300, 15, 201));
    println!("vardering_stress_9000_rader_median_ms={:.3}", median_ms(30, 30 * 300, 15, 21));
}
