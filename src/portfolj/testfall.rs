//! Four small cases with hand-worked figures, the same four the browser
//! test (tests/browser/portfolj.test.mjs) writes as files. Period 2027,
//! T = 5, r = 3 %: d(1) = 0.970873786, d(2) = 0.942595909,
//! d(3) = 0.915141659, d(4) = 0.888487047.
//!
//! A "A Bokning" (Kulturförvaltningen, Kulturnämnden): K 8 000 Kulturnämnden
//! and 2 000 Kommunstyrelsen at t = 0; FRI 3 000 Kulturnämnden t = 1…4;
//! RAM 1 000 Kommunstyrelsen t = 2…4.
//!   PV FRI: 2 912.62 + 2 827.79 + 2 745.42 + 2 665.46 = 11 151.29
//!   PV RAM: 942.60 + 915.14 + 888.49 = 2 746.23
//!   NNV(Kultur) = 11 151.29 − 8 000 = 3 151.29; NNV(KS) = 746.23;
//!   NNV = 3 897.52; NNK = 0.3898 → economy 2 → 15 points.
//!   Cumulative NETTO −10 000, −7 000, −3 000, +1 000 → payback t = 3 (2030).
//!   Levels org 3, tek 2, lag 1, strat 4, genomf 3, pot 2, kval 3, severity 1:
//!   5.625 + 3.75 + 1.875 + 7.5 + 9.375 + 6.25 + 7.5 + 3.75 + 15 = 60.625 → Medel.
//! B "B Arkiv" (Socialförvaltningen, Socialnämnden): K 20 000 at t = 0 and
//! 1 000 t = 1…4; RAM 2 000 t = 1…4.
//!   PV K: 20 000 + 970.87 + 942.60 + 915.14 + 888.49 = 23 717.10
//!   PV RAM: 1 941.75 + 1 885.19 + 1 830.28 + 1 776.97 = 7 434.19
//!   NNV = −16 282.91; NNK = −16 282.91 / 23 717.10 = −0.6865 → economy 0. No payback.
//!   Every level 2, severity 2 (→ 2): 70 × 2/4 = 35 → Låg.
//! C "C Lagkrav" (Miljöförvaltningen, Miljö- och byggnämnden): K 5 000
//! Miljö- och byggnämnden and 1 000 Kommunstyrelsen at t = 0; FRI 2 500
//! Miljö- och byggnämnden t = 1…4.
//!   PV FRI: 2 427.18 + 2 356.49 + 2 287.85 + 2 221.22 = 9 292.74
//!   NNV(Miljö) = 4 292.74; NNV(KS) = −1 000; NNV = 3 292.74;
//!   NNK = 0.5488 → economy 3 → 22.5. Payback t = 3 (2030).
//!   Lagkrav 4 (gate: must be done), the rest 2 with tek 1, severity 2:
//!   3.75 + 1.875 + 7.5 + 3.75 + 6.25 + 6.25 + 5 + 2.5 + 22.5 = 59.375.
//! D "D Ofärdig" (Kulturförvaltningen, Kulturnämnden): K 1 000 at t = 0 and
//! nothing else; only org 4 is set: 7.5 + economy 0 (NNK −1) = 7.5, seven
//! criteria missing, no priority.

use super::*;
use crate::model::*;

pub fn d(t: &str) -> Decimal {
    t.parse().unwrap()
}

pub fn belopp(t: &str) -> Belopp {
    Belopp::from_decimal(d(t))
}

pub fn fil(fall: &Forstudie) -> String {
    format::skriv(fall, "2026-11-27T10:00:00Z")
}

fn kostnad(namnd: &str, fordelning: Fordelning) -> Kostnadsrad {
    Kostnadsrad { id: format!("k{namnd}"), namnd: namnd.into(), fordelning, ..Default::default() }
}

fn effekt(namnd: &str, kategori: Effektkategori, fordelning: Fordelning) -> Effektrad {
    Effektrad { id: format!("e{namnd}"), namnd: namnd.into(), kategori, fordelning, ..Default::default() }
}

fn engangs(varde: i64) -> Fordelning {
    Fordelning::Engangs { ar: 0, varde: varde.into() }
}

fn ater(fran: u32, varde: i64) -> Fordelning {
    Fordelning::Aterkommande { fran, till: 4, varde: varde.into() }
}

/// Levels in `Kriterium::ALLA` order without Ekonomi; None leaves one out.
fn nivaer(n: [Option<u8>; 8]) -> Bedomning {
    Bedomning {
        nivaer: bedomda()
            .zip(n)
            .filter_map(|(kriterium, niva)| {
                niva.map(|niva| Kriteriebedomning { kriterium, niva, motivering: String::new() })
            })
            .collect(),
    }
}

fn bedomda() -> impl Iterator<Item = Kriterium> {
    vardering::bedomning::bedomda_kriterier()
}

fn fall(nr: u8, titel: &str, forvaltning: &str, namnd: &str) -> Forstudie {
    let mut f = Forstudie::ny([nr; 16], "2026-11-20T09:00:00Z");
    f.utvecklingsbehov.titel = titel.into();
    f.utvecklingsbehov.forvaltning = forvaltning.into();
    f.utvecklingsbehov.namnd = namnd.into();
    f
}

pub fn fall_a() -> Forstudie {
    let mut f = fall(1, "A Bokning", "Kulturförvaltningen", "Kulturnämnden");
    f.ekonomi.kostnader = vec![kostnad("Kulturnämnden", engangs(8000)), kostnad("Kommunstyrelsen", engangs(2000))];
    f.ekonomi.effekter = vec![
        effekt("Kulturnämnden", Effektkategori::FrigjortRamutrymme, ater(1, 3000)),
        effekt("Kommunstyrelsen", Effektkategori::Ramjustering, ater(2, 1000)),
    ];
    f.bedomning = nivaer([Some(3), Some(2), Some(1), Some(4), Some(3), Some(2), Some(3), Some(1)]);
    f
}

pub fn fall_b() -> Forstudie {
    let mut f = fall(2, "B Arkiv", "Socialförvaltningen", "Socialnämnden");
    let mut licens = kostnad("Socialnämnden", ater(1, 1000));
    licens.id = "licens".into();
    f.ekonomi.kostnader = vec![kostnad("Socialnämnden", engangs(20000)), licens];
    f.ekonomi.effekter = vec![effekt("Socialnämnden", Effektkategori::Ramjustering, ater(1, 2000))];
    f.bedomning = nivaer([Some(2); 8]);
    f
}

pub fn fall_c() -> Forstudie {
    let mut f = fall(3, "C Lagkrav", "Miljöförvaltningen", "Miljö- och byggnämnden");
    f.ekonomi.kostnader =
        vec![kostnad("Miljö- och byggnämnden", engangs(5000)), kostnad("Kommunstyrelsen", engangs(1000))];
    f.ekonomi.effekter = vec![effekt("Miljö- och byggnämnden", Effektkategori::FrigjortRamutrymme, ater(1, 2500))];
    f.bedomning = nivaer([Some(2), Some(1), Some(4), Some(2), Some(2), Some(2), Some(2), Some(2)]);
    f
}

pub fn fall_d() -> Forstudie {
    let mut f = fall(4, "D Ofärdig", "Kulturförvaltningen", "Kulturnämnden");
    f.ekonomi.kostnader = vec![kostnad("Kulturnämnden", engangs(1000))];
    f.bedomning = nivaer([Some(4), None, None, None, None, None, None, None]);
    f
}

/// A, B, C, D read in that order.
pub fn portfolj() -> Portfolj {
    let mut p = Portfolj::default();
    for (namn, f) in [("a.json", fall_a()), ("b.json", fall_b()), ("c.json", fall_c()), ("d.json", fall_d())] {
        p.las_in(namn, &fil(&f), "2026-12-01").unwrap();
    }
    p
}
