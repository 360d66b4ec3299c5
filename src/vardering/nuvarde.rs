//! Discounting and the key figures: from K, RAM, FRI per nämnd and year and
//! a rate to present values, NNV, NNK, payback and break-even. Scenarios and
//! other rates reuse this unchanged on another grid or rate.

use super::exakt::ExaktRanta;
use super::rutnat::{belopp, Cell, Rutnat, FRI, K, RAM};
use crate::model::modellregler::{RANTA_MAX, RANTA_MIN};
use crate::model::Belopp;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

/// Decimals of a ratio (NNK, break-even share), rounded half away from zero.
pub const KVOT_DECIMALER: u32 = crate::model::tal::KVOT_DECIMALER;

/// K, RAM and FRI of one cell (a nämnd and year, or any sum of such), with
/// NETTO = RAM + FRI − K and FIN = RAM − K. The same shape holds present
/// values: then `netto` summed over cells is NNV and `fin` is NNV_fin.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Flode {
    pub k: Belopp,
    pub ram: Belopp,
    pub fri: Belopp,
    pub netto: Belopp,
    pub fin: Belopp,
}

impl Flode {
    pub fn new(k: Belopp, ram: Belopp, fri: Belopp) -> Self {
        Flode { k, ram, fri, netto: ram + fri - k, fin: ram - k }
    }

    /// RAM + FRI: all economic effects.
    pub fn effekter(&self) -> Belopp {
        self.ram + self.fri
    }

    pub(crate) fn fran(c: &Cell) -> Self {
        Flode {
            k: belopp(c[K]),
            ram: belopp(c[RAM]),
            fri: belopp(c[FRI]),
            netto: belopp(netto(c)),
            fin: belopp(c[RAM] - c[K]),
        }
    }
}

fn netto(c: &Cell) -> i128 {
    c[RAM] + c[FRI] - c[K]
}

pub(crate) fn cellsumma(celler: &[Cell]) -> Cell {
    celler.iter().fold([0; 3], |s, c| [s[K] + c[K], s[RAM] + c[RAM], s[FRI] + c[FRI]])
}

/// One nämnd's figures.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Namndkalkyl {
    pub namnd: String,
    /// K(n,t), RAM(n,t), FRI(n,t), NETTO(n,t), FIN(n,t).
    pub per_ar: Vec<Flode>,
    /// PV_K(n,t), PV_RAM(n,t), PV_FRI(n,t), and their net and financial net.
    pub nuvarde_per_ar: Vec<Flode>,
    /// Over all years.
    pub summa: Flode,
    /// Σ_t of the present values: `netto` is NNV(n), `fin` NNV_fin(n).
    pub nuvarde: Flode,
}

impl Namndkalkyl {
    pub fn nnv(&self) -> Belopp {
        self.nuvarde.netto
    }

    pub fn nnv_fin(&self) -> Belopp {
        self.nuvarde.fin
    }
}

/// The figures over all nämnder that follow from a K/RAM/FRI grid and one
/// discount rate: the base, each scenario and each sensitivity rate.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Kalkyl {
    /// r in percent, as used (after bounds).
    pub diskonteringsranta_procent: Decimal,
    /// d(t) for t = 0 … T-1.
    pub diskonteringsfaktorer: Vec<Decimal>,
    /// K(t), RAM(t), FRI(t), NETTO(t), FIN(t), summed over nämnder.
    pub per_ar: Vec<Flode>,
    /// PV_X(t) = Σ_n PV_X(n,t).
    pub nuvarde_per_ar: Vec<Flode>,
    /// Σ_{s ≤ t} NETTO(s).
    pub kumulativ_netto: Vec<Belopp>,
    /// Σ_{s ≤ t} PV_NETTO(s).
    pub kumulativ_nuvarde_netto: Vec<Belopp>,
    /// Over all nämnder and years.
    pub summa: Flode,
    pub nuvarde: Flode,
    /// Σ (PV_RAM + PV_FRI − PV_K).
    pub nnv: Belopp,
    /// Σ (PV_RAM − PV_K).
    pub nnv_fin: Belopp,
    /// NNV / Σ PV_K when Σ PV_K > 0, to `KVOT_DECIMALER` decimals.
    pub nnk: Option<Decimal>,
    /// First t with cumulative NETTO ≥ 0.
    pub aterbetalningsar: Option<u32>,
    /// First t with cumulative PV_NETTO ≥ 0.
    pub aterbetalningsar_diskonterat: Option<u32>,
    /// NNV / Σ (PV_RAM + PV_FRI) when that sum > 0, to `KVOT_DECIMALER`
    /// decimals: the share all effects may fall before NNV < 0.
    pub break_even_andel: Option<Decimal>,
}

/// `ranta_procent` within `RANTA_MIN ..= RANTA_MAX`.
pub fn begransa_ranta(ranta_procent: Decimal) -> Decimal {
    ranta_procent.clamp(RANTA_MIN, RANTA_MAX)
}

/// d(t) = 1 / (1 + r)^t for t = 0 … ar-1, r in percent (bounded as
/// `begransa_ranta`). Computed as d(t) = d(t−1) / (1 + r) in `Decimal`:
/// exact whenever d(t) fits in 28 decimals (r = 0, 25 %, 100 % …),
/// otherwise each step rounds in the 28th significant digit, so d(t) is
/// off by at most about t units there. Present values are not rounded on
/// this d(t) but on the exact value (`exakt`); d(t) is shown and exported.
pub fn diskonteringsfaktorer(ranta_procent: Decimal, ar: u32) -> Vec<Decimal> {
    let ett_plus_r = (Decimal::ONE_HUNDRED + begransa_ranta(ranta_procent)) / Decimal::ONE_HUNDRED;
    let mut d = Decimal::ONE;
    (0..ar)
        .map(|t| {
            if t > 0 {
                d /= ett_plus_r;
            }
            d
        })
        .collect()
}

/// `taljare / namnare` to `KVOT_DECIMALER` decimals, when `namnare` > 0.
pub fn kvot(taljare: Belopp, namnare: Belopp) -> Option<Decimal> {
    (namnare > Belopp::ZERO).then(|| {
        (taljare.value() / namnare.value())
            .round_dp_with_strategy(KVOT_DECIMALER, RoundingStrategy::MidpointAwayFromZero)
    })
}

/// The first t whose cumulative value is ≥ 0.
pub fn aterbetalning(kumulativ: &[Belopp]) -> Option<u32> {
    kumulativ.iter().position(|b| *b >= Belopp::ZERO).map(|t| t as u32)
}

fn kumulativ(per_ar: &[Cell]) -> Vec<Belopp> {
    per_ar
        .iter()
        .scan(0, |summa, c| {
            *summa += netto(c);
            Some(belopp(*summa))
        })
        .collect()
}

impl Kalkyl {
    /// Whether anything is entered at all: a payback year means nothing in
    /// a case with neither costs nor effects (it would read as year 0).
    pub fn har_belopp(&self) -> bool {
        self.summa.k != Belopp::ZERO || self.summa.ram != Belopp::ZERO || self.summa.fri != Belopp::ZERO
    }

    /// The figures of `nominellt` (K/RAM/FRI) and `nuvarde` (its present
    /// values at `d`).
    pub(crate) fn fran(ranta: Decimal, d: Vec<Decimal>, nominellt: &Rutnat, nuvarde: &Rutnat) -> Kalkyl {
        let per_ar = nominellt.per_ar();
        let nuvarde_per_ar = nuvarde.per_ar();
        let summa = Flode::fran(&cellsumma(&per_ar));
        let nuvarde = Flode::fran(&cellsumma(&nuvarde_per_ar));
        let kumulativ_netto = kumulativ(&per_ar);
        let kumulativ_nuvarde_netto = kumulativ(&nuvarde_per_ar);
        Kalkyl {
            diskonteringsranta_procent: ranta,
            diskonteringsfaktorer: d,
            per_ar: per_ar.iter().map(Flode::fran).collect(),
            nuvarde_per_ar: nuvarde_per_ar.iter().map(Flode::fran).collect(),
            nnv: nuvarde.netto,
            nnv_fin: nuvarde.fin,
            nnk: kvot(nuvarde.netto, nuvarde.k),
            aterbetalningsar: aterbetalning(&kumulativ_netto),
            aterbetalningsar_diskonterat: aterbetalning(&kumulativ_nuvarde_netto),
            break_even_andel: kvot(nuvarde.netto, nuvarde.effekter()),
            kumulativ_netto,
            kumulativ_nuvarde_netto,
            summa,
            nuvarde,
        }
    }

    /// All figures of a grid at `ranta_procent` (bounded), with the grid's
    /// present values for the per-nämnd detail.
    pub(crate) fn berakna(rutnat: &Rutnat, ranta_procent: Decimal) -> (Kalkyl, Rutnat) {
        let ranta = begransa_ranta(ranta_procent);
        let d = diskonteringsfaktorer(ranta, rutnat.ar as u32);
        let nuvarde = rutnat.nuvarde(&d, &ExaktRanta::ny(ranta, rutnat.ar));
        (Kalkyl::fran(ranta, d, rutnat, &nuvarde), nuvarde)
    }
}

/// Each nämnd's figures from the grid and its present values; `namn` in
/// the grid's row order.
pub(crate) fn namndkalkyler(namn: &[String], nominellt: &Rutnat, nuvarde: &Rutnat) -> Vec<Namndkalkyl> {
    namn.iter()
        .zip(nominellt.rader().zip(nuvarde.rader()))
        .map(|(namnd, (nom, pv))| Namndkalkyl {
            namnd: namnd.clone(),
            per_ar: nom.iter().map(Flode::fran).collect(),
            nuvarde_per_ar: pv.iter().map(Flode::fran).collect(),
            summa: Flode::fran(&cellsumma(nom)),
            nuvarde: Flode::fran(&cellsumma(pv)),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn b(s: &str) -> Belopp {
        Belopp::from_decimal(d(s))
    }

    #[test]
    fn discount_factors_are_exact_where_they_terminate() {
        assert_eq!(diskonteringsfaktorer(d("0"), 3), vec![d("1"), d("1"), d("1")]);
        assert_eq!(diskonteringsfaktorer(d("25"), 3), vec![d("1"), d("0.8"), d("0.64")]);
        let tre = diskonteringsfaktorer(d("3"), 2);
        assert_eq!(tre[1].to_string(), "0.9708737864077669902912621359");
        assert_eq!(diskonteringsfaktorer(d("3"), 0), Vec::<Decimal>::new());
    }

    #[test]
    fn rate_is_bounded() {
        assert_eq!(begransa_ranta(d("-80")), d("-50"));
        assert_eq!(begransa_ranta(d("250")), d("100"));
        assert_eq!(begransa_ranta(d("3.5")), d("3.5"));
    }

    #[test]
    fn ratios_and_payback() {
        assert_eq!(kvot(b("1"), b("3")), Some(d("0.3333")));
        assert_eq!(kvot(b("-2"), b("3")), Some(d("-0.6667")));
        assert_eq!(kvot(b("1"), b("0")), None);
        assert_eq!(kvot(b("1"), b("-5")), None);
        assert_eq!(aterbetalning(&[b("-5"), b("-1"), b("0"), b("-3")]), Some(2));
        assert_eq!(aterbetalning(&[b("-5"), b("-1")]), None);
    }

    #[test]
    fn present_values_round_per_cell() {
        // One nämnd, two years: K = 100.00, 100.00; RAM = 0, 30.00; FRI = 0, 90.50.
        let rutnat = Rutnat { ar: 2, celler: vec![[10_000, 0, 0], [10_000, 3_000, 9_050]] };
        let (kalkyl, pv) = Kalkyl::berakna(&rutnat, d("3"));
        // 100 / 1.03 = 97.087… → 97.09; 30 / 1.03 = 29.126… → 29.13; 90.5 / 1.03 = 87.864… → 87.86
        assert_eq!(pv.celler[1], [9_709, 2_913, 8_786]);
        assert_eq!(kalkyl.nuvarde_per_ar[1], Flode::new(b("97.09"), b("29.13"), b("87.86")));
        // NNV = (0 − 100) + (29.13 + 87.86 − 97.09) = −80.10
        assert_eq!(kalkyl.nnv, b("-80.10"));
        assert_eq!(kalkyl.kumulativ_netto, vec![b("-100"), b("-79.50")]);
        assert_eq!(kalkyl.aterbetalningsar, None);
    }
}
