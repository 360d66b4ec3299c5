//! Financing against costs per year (spec, "Inputs" 6): the sources live in
//! the consequences step, not in `Ekonomi`, so this is computed beside
//! `berakna` from its result.

use super::rutnat::{belopp, ore};
use super::Vardering;
use crate::model::{Belopp, Finansiering};
use serde::{Deserialize, Serialize};

/// Financing and cost of one year (or of the whole period).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Finansieringsar {
    /// Σ of every source's amount that year.
    pub finansiering: Belopp,
    /// K(t), over all nämnder.
    pub kostnad: Belopp,
    /// finansiering − kostnad; negative is a shortfall.
    pub skillnad: Belopp,
    pub underskott: bool,
}

impl Finansieringsar {
    fn new(finansiering: i128, kostnad: i128) -> Self {
        Finansieringsar {
            finansiering: belopp(finansiering),
            kostnad: belopp(kostnad),
            skillnad: belopp(finansiering - kostnad),
            underskott: finansiering < kostnad,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Finansieringsjamforelse {
    /// t = 0 … T-1.
    pub per_ar: Vec<Finansieringsar>,
    /// Over the period.
    pub summa: Finansieringsar,
    /// The years t with a shortfall.
    pub underskottsar: Vec<u32>,
}

/// Financing against the base's costs per year. Amounts after the period
/// are not counted; a source without an amount for a year gives 0 then.
pub fn finansiering(vardering: &Vardering, kallor: &[Finansiering]) -> Finansieringsjamforelse {
    let per_ar: Vec<Finansieringsar> = vardering
        .bas
        .per_ar
        .iter()
        .enumerate()
        .map(|(t, f)| {
            let finansiering = kallor.iter().filter_map(|k| k.belopp_per_ar.get(t)).map(|b| ore(*b)).sum();
            Finansieringsar::new(finansiering, ore(f.k))
        })
        .collect();
    let summa = Finansieringsar::new(
        per_ar.iter().map(|a| ore(a.finansiering)).sum(),
        per_ar.iter().map(|a| ore(a.kostnad)).sum(),
    );
    let underskottsar = (0..).zip(&per_ar).filter(|(_, a)| a.underskott).map(|(t, _)| t).collect();
    Finansieringsjamforelse { per_ar, summa, underskottsar }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Ekonomi, Enhet, Fordelning, Kalkylperiod, Kostnadsrad, Modellparametrar};
    use rust_decimal::Decimal;

    #[test]
    fn shortfall_years_are_flagged() {
        let ekonomi = Ekonomi {
            kalkylperiod: Kalkylperiod { startar: 2027, ar: 3 },
            kostnader: vec![Kostnadsrad {
                namnd: "KS".into(),
                enhet: Enhet::Kronor,
                fordelning: Fordelning::PerAr { varden: vec![Decimal::from(100), Decimal::from(50), Decimal::ZERO] },
                ..Default::default()
            }],
            ..Default::default()
        };
        let v = crate::valuation::berakna(&ekonomi, &Modellparametrar::default());
        let kalla = |belopp: &[i64]| Finansiering {
            belopp_per_ar: belopp.iter().map(|b| Belopp::kronor(*b)).collect(),
            ..Default::default()
        };
        // 60 + 30 = 90 < 100 in year 0; 50 = 50 in year 1; year 3 is after the period.
        let j = finansiering(&v, &[kalla(&[60, 50, 0, 999]), kalla(&[30])]);
        assert_eq!(j.per_ar[0].skillnad, Belopp::kronor(-10));
        assert_eq!(j.underskottsar, vec![0]);
        assert_eq!(j.summa.finansiering, Belopp::kronor(140));
        assert_eq!(j.summa.skillnad, Belopp::kronor(-10));
        assert!(j.summa.underskott);
    }
}
