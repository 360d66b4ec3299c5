//! Present values decided on the exact value. d(t) = 1 / (1 + r)^t rarely
//! fits in 28 decimals, and a d(t) rounded first can turn an exact half öre
//! the wrong way (0,13 kr in year 1 at 4 % is exactly 0,125 and must give
//! 0,13). So the rate is held as a fraction, 1 + r = D / N, and the rounding
//! of X × N^t / D^t is checked against the exact half-öre bounds with whole
//! numbers of any size (`Stort`).

use rust_decimal::Decimal;
use std::cmp::Ordering;

/// A non-negative whole number of any size, in 32-bit limbs, least
/// significant first, without leading zero limbs. Only what the check needs:
/// products and comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Stort(Vec<u32>);

impl Stort {
    pub fn fran(mut v: u128) -> Self {
        let mut limbs = Vec::with_capacity(4);
        while v > 0 {
            limbs.push(v as u32);
            v >>= 32;
        }
        Stort(limbs)
    }

    pub fn ganger(&self, other: &Stort) -> Stort {
        if self.0.is_empty() || other.0.is_empty() {
            return Stort(Vec::new());
        }
        let mut ut = vec![0u32; self.0.len() + other.0.len()];
        for (i, &a) in self.0.iter().enumerate() {
            let mut carry = 0u64;
            for (j, &b) in other.0.iter().enumerate() {
                let t = u64::from(a) * u64::from(b) + u64::from(ut[i + j]) + carry;
                ut[i + j] = t as u32;
                carry = t >> 32;
            }
            let mut k = i + other.0.len();
            while carry > 0 {
                let t = u64::from(ut[k]) + carry;
                ut[k] = t as u32;
                carry = t >> 32;
                k += 1;
            }
        }
        while ut.last() == Some(&0) {
            ut.pop();
        }
        Stort(ut)
    }
}

impl Ord for Stort {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.len().cmp(&other.0.len()).then_with(|| self.0.iter().rev().cmp(other.0.iter().rev()))
    }
}

impl PartialOrd for Stort {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// 1 + r as D / N, and their powers for t = 0 … T-1.
pub(crate) struct ExaktRanta {
    /// N^t.
    n_pot: Vec<Stort>,
    /// D^t.
    d_pot: Vec<Stort>,
}

fn sgd(mut a: u128, mut b: u128) -> u128 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

impl ExaktRanta {
    /// `ranta_procent` must already be bounded (`begransa_ranta`: −50 … 100),
    /// so D > 0 and both fit 128 bits.
    pub fn ny(ranta_procent: Decimal, ar: usize) -> Self {
        // r % = m / 10^s %, so 1 + r = (10^(s+2) + m) / 10^(s+2).
        let n = 10u128.pow(ranta_procent.scale() + 2);
        let d = (n as i128 + ranta_procent.mantissa()) as u128;
        let g = sgd(n, d);
        let (n, d) = (Stort::fran(n / g), Stort::fran(d / g));
        let mut n_pot = vec![Stort::fran(1)];
        let mut d_pot = vec![Stort::fran(1)];
        for t in 1..ar {
            n_pot.push(n_pot[t - 1].ganger(&n));
            d_pot.push(d_pot[t - 1].ganger(&d));
        }
        ExaktRanta { n_pot, d_pot }
    }

    /// round_öre(x × N^t / D^t) for `x` in öre, half away from zero, given
    /// a candidate within a few öre of it (the product with a rounded d(t)).
    pub fn avrunda(&self, x: i128, t: usize, kandidat: i128) -> i128 {
        if x == 0 {
            return 0;
        }
        // Half away from zero is symmetric: round |x| and restore the sign.
        let tecken = x.signum();
        let x = x.unsigned_abs();
        let mut k = (kandidat * tecken).max(0) as u128;
        // v = x·N^t/D^t rounds to k exactly when (2k − 1)·D^t ≤ 2x·N^t < (2k + 1)·D^t.
        let tva_x_n = Stort::fran(2 * x).ganger(&self.n_pot[t]);
        let d = &self.d_pot[t];
        loop {
            if k > 0 && Stort::fran(2 * k - 1).ganger(d) > tva_x_n {
                k -= 1;
            } else if Stort::fran(2 * k + 1).ganger(d) <= tva_x_n {
                k += 1;
            } else {
                return tecken * k as i128;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn big_products_and_order() {
        let a = Stort::fran(u128::MAX);
        let kvadrat = a.ganger(&a);
        // (2^128 − 1)^2 = 2^256 − 2^129 + 1: limbs 1, 0, 0, 0, 0xFFFFFFFE, then three of 0xFFFFFFFF.
        assert_eq!(kvadrat.0, vec![1, 0, 0, 0, 0xFFFF_FFFE, u32::MAX, u32::MAX, u32::MAX]);
        assert!(kvadrat > a);
        assert!(Stort::fran(7) < Stort::fran(8));
        assert_eq!(Stort::fran(0).ganger(&a), Stort::fran(0));
    }

    #[test]
    fn exact_half_ore_rounds_away_from_zero() {
        // 13 öre / 1.04 = 12.5 öre exactly → 13; a candidate of 12 is corrected.
        let r = ExaktRanta::ny(d("4"), 2);
        assert_eq!(r.avrunda(13, 1, 12), 13);
        assert_eq!(r.avrunda(-13, 1, -12), -13);
        // 0.13 kr at 4 % two years: 13 / 1.0816 = 12.019… → 12.
        let r = ExaktRanta::ny(d("4"), 3);
        assert_eq!(r.avrunda(13, 2, 12), 12);
        assert_eq!(r.avrunda(13, 2, 11), 12);
        assert_eq!(r.avrunda(13, 0, 13), 13);
    }
}
