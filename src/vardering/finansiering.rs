//! Financing against costs per year (docs/modell.md, "Finansiering mot kostnader"): the sources live in
//! the consequences step, not in `Ekonomi`, so this is computed beside
//! `berakna` from its result.

use super::rutnat::{belopp, ore};
use super::Vardering;
use crate::model::{tal, Belopp, Finansiering};
use serde::{Deserialize, Serialize};

/// Financing and cost of one year (or of the whole period).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Finansieringsjamforelse {
    /// Calendar year of t = 0.
    pub startar: i32,
    /// t = 0 … T-1.
    pub per_ar: Vec<Finansieringsar>,
    /// Over the period: each figure the sum of the years' figures.
    pub summa: Finansieringsar,
    /// The years t with a shortfall.
    pub underskottsar: Vec<u32>,
    /// Σ (kostnad − finansiering) over the shortfall years only: a surplus
    /// one year does not pay for another year's costs.
    pub underskott_summa: Belopp,
}

/// Financing against the base's costs per year. Amounts after the period
/// are not counted; a year a source has no amount for counts as 0 for that
/// source, so a year with costs and no financing entered is a shortfall.
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
    let underskott_summa =
        belopp(per_ar.iter().filter(|a| a.underskott).map(|a| ore(a.kostnad) - ore(a.finansiering)).sum());
    Finansieringsjamforelse { startar: vardering.startar, per_ar, summa, underskottsar, underskott_summa }
}

impl Finansieringsjamforelse {
    /// The calendar year of year index t.
    pub fn kalenderar(&self, t: u32) -> i32 {
        self.startar.saturating_add(t as i32)
    }

    /// One sentence for the user: which years are short, and by how much in
    /// all, or that every year is covered.
    pub fn sammanfattning(&self) -> String {
        if self.underskottsar.is_empty() {
            return "Finansieringen täcker kostnaderna varje år under kalkylperioden.".to_string();
        }
        let ar: Vec<String> = self.underskottsar.iter().map(|t| self.kalenderar(*t).to_string()).collect();
        let ar = match ar.split_last() {
            Some((sista, forsta)) if !forsta.is_empty() => format!("{} och {sista}", forsta.join(", ")),
            _ => ar.concat(),
        };
        format!(
            "Finansieringen täcker inte kostnaderna år {ar}: underskott {} totalt.",
            tal::formatera_kronor(self.underskott_summa)
        )
    }
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
        let v = crate::vardering::berakna(&ekonomi, &Modellparametrar::default());
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

    fn kronor(text: &str) -> Belopp {
        Belopp::from_decimal(text.parse().unwrap())
    }

    #[test]
    fn a_year_without_financing_is_short_and_the_shortfall_is_summed_by_hand() {
        // Kalkylperiod 2027–2030. KS: licence 100 000 every year; SN:
        // introduction 50 000,50 in 2027. K(t) = 150 000,50 · 100 000 ·
        // 100 000 · 100 000.
        let ekonomi = Ekonomi {
            kalkylperiod: Kalkylperiod { startar: 2027, ar: 4 },
            kostnader: vec![
                Kostnadsrad {
                    namnd: "KS".into(),
                    fordelning: Fordelning::Aterkommande { fran: 0, till: 3, varde: Decimal::from(100_000) },
                    ..Default::default()
                },
                Kostnadsrad {
                    namnd: "SN".into(),
                    fordelning: Fordelning::Engangs { ar: 0, varde: "50000.50".parse().unwrap() },
                    ..Default::default()
                },
            ],
            ..Default::default()
        };
        let v = crate::vardering::berakna(&ekonomi, &Modellparametrar::default());
        // Fund: 200 000 in 2027, 60 000 in 2028. Frame: 100 000 in 2029.
        // Nothing is entered for 2030.
        let fond =
            Finansiering { belopp_per_ar: vec![Belopp::kronor(200_000), Belopp::kronor(60_000)], ..Default::default() };
        let ram = Finansiering {
            belopp_per_ar: vec![Belopp::ZERO, Belopp::ZERO, Belopp::kronor(100_000)],
            ..Default::default()
        };
        let j = finansiering(&v, &[fond, ram]);
        let rader: Vec<_> = j.per_ar.iter().map(|a| (a.kostnad, a.finansiering, a.skillnad, a.underskott)).collect();
        assert_eq!(
            rader,
            vec![
                (kronor("150000.50"), kronor("200000"), kronor("49999.50"), false),
                (kronor("100000"), kronor("60000"), kronor("-40000"), true),
                // Exactly covered is not a shortfall.
                (kronor("100000"), kronor("100000"), Belopp::ZERO, false),
                (kronor("100000"), Belopp::ZERO, kronor("-100000"), true),
            ]
        );
        assert_eq!(j.underskottsar, vec![1, 3]);
        // The totals are the sums of the rows: 360 000 against 450 000,50.
        assert_eq!(j.summa.kostnad, kronor("450000.50"));
        assert_eq!(j.summa.finansiering, kronor("360000"));
        assert_eq!(j.summa.skillnad, kronor("-90000.50"));
        assert!(j.summa.underskott);
        // 40 000 + 100 000: the 2027 surplus does not pay for later years.
        assert_eq!(j.underskott_summa, kronor("140000"));
        assert_eq!(
            j.sammanfattning(),
            "Finansieringen täcker inte kostnaderna år 2028 och 2030: underskott 140\u{a0}000,00\u{a0}kr totalt."
        );
    }

    #[test]
    fn the_summary_lists_years_and_says_when_all_are_covered() {
        let ar = |underskottsar: Vec<u32>| Finansieringsjamforelse {
            startar: 2027,
            per_ar: vec![],
            summa: Finansieringsar::new(0, 0),
            underskottsar,
            underskott_summa: kronor("1234.5"),
        };
        assert_eq!(ar(vec![]).sammanfattning(), "Finansieringen täcker kostnaderna varje år under kalkylperioden.");
        assert!(ar(vec![2])
            .sammanfattning()
            .starts_with("Finansieringen täcker inte kostnaderna år 2029: underskott 1\u{a0}234,50"));
        assert!(ar(vec![0, 1, 4]).sammanfattning().contains("år 2027, 2028 och 2031:"));
        // No costs and no financing: nothing is short.
        let v = crate::vardering::berakna(&Ekonomi::default(), &Modellparametrar::default());
        let j = finansiering(&v, &[]);
        assert_eq!((j.per_ar.len(), j.underskottsar.len(), j.underskott_summa), (5, 0, Belopp::ZERO));
    }
}
