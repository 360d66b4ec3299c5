//! Whole öre as `i128`: the engine's working form of money. Each rounding
//! of the model happens once, in `avrunda_ore`, with the model's rule (to
//! öre, half away from zero); sums are then exact integer additions, which
//! are much cheaper than `Decimal` ones. Results leave as `Belopp`.

use super::exakt::ExaktRanta;
use crate::model::ekonomi::MAX_RADBELOPP;
use crate::model::Belopp;
use rust_decimal::Decimal;

/// K, RAM, FRI of one cell, in öre.
pub(crate) type Cell = [i128; 3];

pub(crate) const K: usize = 0;
pub(crate) const RAM: usize = 1;
pub(crate) const FRI: usize = 2;

/// 10^0 … 10^30.
const TIOPOTENS: [i128; 31] = {
    let mut p = [1i128; 31];
    let mut i = 1;
    while i < 31 {
        p[i] = p[i - 1] * 10;
        i += 1;
    }
    p
};

/// `mantissa / 10^skala` rounded to öre (half away from zero), in öre:
/// the same as `avrunda_till_ore`, without `Decimal`'s general rounding. `skala`
/// is at most 30 (a `Decimal` scale plus 2).
pub(crate) fn avrunda_ore(mantissa: i128, skala: u32) -> i128 {
    let skala = skala as usize;
    if skala <= 2 {
        return mantissa * TIOPOTENS[2 - skala];
    }
    let (kvot, rest) = dela(mantissa, skala - 2);
    // |rest| < 10^(skala-2) ≤ 10^28, so doubling it cannot overflow.
    if 2 * rest.abs() >= TIOPOTENS[skala - 2] {
        kvot + mantissa.signum()
    } else {
        kvot
    }
}

/// Quotient and remainder of `a / 10^n` (truncating), in steps whose
/// divisor fits 64 bits: the machine divides those directly, while a wider
/// divisor takes a slow software path.
/// `mantissa / 10^skala` rounded to öre, if within ±`MAX_RADBELOPP`: a
/// line's value in a year and a timkostnad are both capped so.
pub(crate) fn inom_tak(mantissa: i128, skala: u32) -> Option<Belopp> {
    let ore = avrunda_ore(mantissa, skala);
    (ore.abs() <= i128::from(MAX_RADBELOPP) * 100).then(|| belopp(ore))
}

fn dela(a: i128, n: usize) -> (i128, i128) {
    if let Ok(a) = i64::try_from(a) {
        if n <= 18 {
            let d = TIOPOTENS[n] as i64;
            return (i128::from(a / d), i128::from(a % d));
        }
    }
    // The remainder by multiplication: a second 128-bit division costs more.
    if n <= 18 {
        let q = a / TIOPOTENS[n];
        return (q, a - q * TIOPOTENS[n]);
    }
    // a = (q·10^(n−18) + r2)·10^18 + r1, so the remainder is r2·10^18 + r1.
    let q1 = a / TIOPOTENS[18];
    let r1 = a - q1 * TIOPOTENS[18];
    let (q, r2) = dela(q1, n - 18);
    (q, r2 * TIOPOTENS[18] + r1)
}

/// A `Decimal` rounded to öre, in öre.
pub(crate) fn ore_av(varde: Decimal) -> i128 {
    avrunda_ore(varde.mantissa(), varde.scale())
}

/// A `Belopp` in öre (exact: a `Belopp` holds whole öre).
pub(crate) fn ore(belopp: Belopp) -> i128 {
    ore_av(belopp.value())
}

/// Öre as a `Belopp`. Every amount the engine makes is bounded far inside
/// `Decimal`'s 96 bits (see `MAX_RADBELOPP`), so the conversion holds.
pub(crate) fn belopp(ore: i128) -> Belopp {
    Belopp::from_decimal(Decimal::from_i128_with_scale(ore, 2))
}

/// `round_öre(x × faktor)` for an amount `x` in öre. The product is exact
/// (öre times the factor's mantissa as integers) whenever it fits in 128
/// bits, which covers every amount up to about 170 million kronor even at
/// a 28-decimal factor; beyond that `Decimal` multiplies, rounding the
/// product to 28 significant digits before the öre, which can only differ
/// when the product shares its first 27 digits with a half öre.
pub(crate) fn ganger(x: i128, faktor: Decimal) -> i128 {
    match x.checked_mul(faktor.mantissa()) {
        Some(produkt) => avrunda_ore(produkt, faktor.scale() + 2),
        None => ore_av(Decimal::from_i128_with_scale(x, 2) * faktor),
    }
}

/// `ganger`, and whether the product lies so near a half öre that a factor
/// rounded in its 28th digit (d(t) is off by at most about 10^-25 of
/// itself) could have turned the rounding the wrong way. Only those few
/// need the exact check (`exakt`).
pub(crate) fn ganger_nara_halv(x: i128, faktor: Decimal) -> (i128, bool) {
    let skala = faktor.scale() as usize + 2;
    match x.checked_mul(faktor.mantissa()) {
        // A factor of at most two decimals is exact (a rounded d(t) has 23 or more).
        Some(produkt) if skala <= 4 => (avrunda_ore(produkt, skala as u32), false),
        Some(produkt) => {
            let (kvot, rest) = dela(produkt, skala - 2);
            let delare = TIOPOTENS[skala - 2];
            let avstand = (2 * rest.abs() - delare).abs();
            let osakerhet = 2 * (produkt.abs() / TIOPOTENS[25] + 1);
            let ore = if 2 * rest.abs() >= delare { kvot + produkt.signum() } else { kvot };
            (ore, avstand <= osakerhet)
        }
        None => (ganger(x, faktor), true),
    }
}

/// K/RAM/FRI per nämnd and year, in öre: the grid every figure follows
/// from. Row i (nämnd i) is `celler[i*ar .. (i+1)*ar]`.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Rutnat {
    pub ar: usize,
    pub celler: Vec<Cell>,
}

impl Rutnat {
    pub fn rader(&self) -> impl Iterator<Item = &[Cell]> {
        // `max(1)` keeps `chunks` valid; a grid always has T ≥ 1 here.
        self.celler.chunks(self.ar.max(1))
    }

    /// Every cell through `f`, which rounds each of K, RAM, FRI itself.
    fn avbilda(&self, mut f: impl FnMut(usize, &Cell) -> Cell) -> Rutnat {
        let ar = self.ar.max(1);
        let celler = self.celler.iter().enumerate().map(|(i, c)| f(i % ar, c)).collect();
        Rutnat { ar: self.ar, celler }
    }

    /// PV_X(n,t) = round_öre(X(n,t) × d(t)), decided on the exact value:
    /// the product with the 28-decimal d(t) decides unless it lies within
    /// its error of a half öre; then `exakt` does. d(t) = 1 keeps X exactly.
    pub fn nuvarde(&self, d: &[Decimal], exakt: &ExaktRanta) -> Rutnat {
        self.avbilda(|t, c| {
            let dt = d[t];
            if dt == Decimal::ONE {
                *c
            } else {
                c.map(|x| match ganger_nara_halv(x, dt) {
                    (ore, true) => exakt.avrunda(x, t, ore),
                    (ore, false) => ore,
                })
            }
        })
    }

    /// K' = round_öre(K × (1 + a)), RAM' and FRI' = round_öre(X × (1 − b)),
    /// a and b in percent.
    pub fn scenario(&self, kostnad_procent: Decimal, effekt_procent: Decimal) -> Rutnat {
        let k = (Decimal::ONE_HUNDRED + kostnad_procent) / Decimal::ONE_HUNDRED;
        let e = (Decimal::ONE_HUNDRED - effekt_procent) / Decimal::ONE_HUNDRED;
        self.avbilda(|_, c| [ganger(c[K], k), ganger(c[RAM], e), ganger(c[FRI], e)])
    }

    /// Per year, summed over nämnder.
    pub fn per_ar(&self) -> Vec<Cell> {
        let mut summa = vec![[0; 3]; self.ar];
        for rad in self.rader() {
            for (s, c) in summa.iter_mut().zip(rad) {
                s[K] += c[K];
                s[RAM] += c[RAM];
                s[FRI] += c[FRI];
            }
        }
        summa
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::avrunda_till_ore;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn rounding_matches_the_model_rule(m in any::<i64>(), skala in 0u32..=28) {
            let d = Decimal::from_i128_with_scale(i128::from(m), skala);
            let ratt = avrunda_till_ore(d);
            prop_assert_eq!(Decimal::from_i128_with_scale(ore_av(d), 2), ratt);
        }

        #[test]
        fn stepwise_division_matches_one_division(m in -(1i128 << 120)..(1i128 << 120), skala in 3u32..=30) {
            let delare = 10i128.pow(skala - 2);
            let (kvot, rest) = (m / delare, m % delare);
            let ratt = if 2 * rest.abs() >= delare { kvot + m.signum() } else { kvot };
            prop_assert_eq!(avrunda_ore(m, skala), ratt);
        }

        #[test]
        fn near_half_flag_never_hides_a_wrong_rounding(x in -10_000_000_000i64..10_000_000_000, r in 0u32..2000, t in 1usize..15) {
            // Rates 0,00 … 19,99 %: d(t) rounded in Decimal, checked against the exact value.
            let ranta = Decimal::new(i64::from(r), 2);
            let d = super::super::nuvarde::diskonteringsfaktorer(ranta, t as u32 + 1)[t];
            let exakt = ExaktRanta::ny(ranta, t + 1);
            let (ore, nara) = ganger_nara_halv(i128::from(x), d);
            if !nara {
                prop_assert_eq!(ore, exakt.avrunda(i128::from(x), t, ore));
            }
        }

        #[test]
        fn products_match_decimal(x in -1_000_000_000i64..1_000_000_000, f in any::<u64>(), skala in 0u32..=28) {
            // Small enough that Decimal's product is exact too.
            let faktor = Decimal::from_i128_with_scale(i128::from(f), skala);
            let via_decimal = ore_av(Decimal::from_i128_with_scale(i128::from(x), 2) * faktor);
            prop_assert_eq!(ganger(i128::from(x), faktor), via_decimal);
        }
    }

    #[test]
    fn half_ore_goes_away_from_zero() {
        assert_eq!(avrunda_ore(5, 3), 1);
        assert_eq!(avrunda_ore(-5, 3), -1);
        assert_eq!(avrunda_ore(4_999, 6), 0);
        assert_eq!(avrunda_ore(4_999, 5), 5);
        assert_eq!(avrunda_ore(12, 0), 1200);
        assert_eq!(ore(Belopp::ZERO), 0);
        assert_eq!(belopp(-1234).to_file_string(), "-12.34");
    }
}
