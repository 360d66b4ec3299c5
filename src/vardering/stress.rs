//! A large, deterministic case for measuring a recompute
//! (examples/bench_vardering.rs) and for tests that need volume.

use crate::model::{
    Belopp, Effektkategori, Effektrad, Ekonomi, Enhet, Fordelning, Kalkylperiod, Kostnadsrad, Kostnadstyp, Timkostnad,
    Timsats,
};
use rust_decimal::Decimal;

/// A small linear congruential generator: the same case on every machine.
struct Lcg(u64);

impl Lcg {
    fn nasta(&mut self, under: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % under
    }

    /// An amount with öre (and, one time in four, a third decimal, so the
    /// line rounding is exercised).
    fn belopp(&mut self, max_kronor: u64) -> Decimal {
        let scale = if self.nasta(4) == 0 { 3 } else { 2 };
        let max = max_kronor * 10u64.pow(scale);
        Decimal::new(self.nasta(max) as i64, scale)
    }
}

/// `rader` lines in all (half costs, half effects) spread round-robin over
/// `namnder` nämnder, over `ar` years; kronor and hour lines, all three
/// distributions, ramp-ups and some negative effects.
pub fn stresscase(namnder: usize, rader: usize, ar: u32) -> Ekonomi {
    let ar = ar.max(1);
    let mut slump = Lcg(0x5EED);
    let namn: Vec<String> = (0..namnder.max(1)).map(|i| format!("Nämnd {:02}", i + 1)).collect();
    let timkostnader = vec![
        Timkostnad {
            id: "handlaggare".into(),
            namn: "Handläggare".into(),
            sats: Timsats::Harledd {
                manadslon: Belopp::kronor(35_000),
                paslag_procent: Decimal::from(54),
                produktiva_timmar: Decimal::from(142),
            },
        },
        Timkostnad {
            id: "konsult".into(),
            namn: "Konsult".into(),
            sats: Timsats::Direkt { timkostnad: Belopp::from_decimal(Decimal::new(115_050, 2)) },
        },
    ];
    let mut ekonomi = Ekonomi {
        kalkylperiod: Kalkylperiod { startar: 2027, ar },
        timkostnader,
        kostnader: Vec::new(),
        effekter: Vec::new(),
    };
    for i in 0..rader {
        let namnd = namn[i % namn.len()].clone();
        let kostnadstyp = Kostnadstyp::ALLA[slump.nasta(Kostnadstyp::ALLA.len() as u64) as usize];
        let timmar = slump.nasta(3) == 0;
        let enhet = if timmar {
            let id = if slump.nasta(2) == 0 { "handlaggare" } else { "konsult" };
            Enhet::Timmar { timkostnad_id: id.into() }
        } else {
            Enhet::Kronor
        };
        let max = if timmar { 2_000 } else { 500_000 };
        let fordelning = match slump.nasta(3) {
            0 => Fordelning::PerAr { varden: (0..ar).map(|_| slump.belopp(max)).collect() },
            1 => Fordelning::Engangs { ar: slump.nasta(u64::from(ar)) as u32, varde: slump.belopp(max) },
            _ => {
                let fran = slump.nasta(u64::from(ar)) as u32;
                Fordelning::Aterkommande { fran, till: ar - 1, varde: slump.belopp(max) }
            }
        };
        if i % 2 == 0 {
            ekonomi.kostnader.push(Kostnadsrad {
                id: format!("k{i}"),
                namnd,
                kostnadstyp,
                beskrivning: format!("Kostnad {i}"),
                enhet,
                fordelning,
            });
        } else {
            // Ramp-up 25, 50, 75, 100 … with a third decimal now and then.
            let realisering_procent = (0..ar.min(4))
                .map(|t| Decimal::new(i64::from(t + 1) * 25_000 - slump.nasta(2) as i64 * 333, 3))
                .collect();
            let mut fordelning = fordelning;
            if slump.nasta(10) == 0 {
                fordelning = negera(fordelning);
            }
            ekonomi.effekter.push(Effektrad {
                id: format!("e{i}"),
                namnd,
                kostnadstyp,
                beskrivning: format!("Effekt {i}"),
                kategori: if slump.nasta(2) == 0 {
                    Effektkategori::Ramjustering
                } else {
                    Effektkategori::FrigjortRamutrymme
                },
                enhet,
                fordelning,
                realisering_procent,
                utfall_id: None,
                fran_arbetsflode: false,
            });
        }
    }
    ekonomi
}

/// A drawback: the same line with its values negated.
fn negera(fordelning: Fordelning) -> Fordelning {
    match fordelning {
        Fordelning::PerAr { varden } => Fordelning::PerAr { varden: varden.into_iter().map(|v| -v).collect() },
        Fordelning::Engangs { ar, varde } => Fordelning::Engangs { ar, varde: -varde },
        Fordelning::Aterkommande { fran, till, varde } => Fordelning::Aterkommande { fran, till, varde: -varde },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Modellparametrar;

    #[test]
    fn stress_case_is_deterministic_and_clean() {
        let a = stresscase(3, 40, 6);
        assert_eq!(a, stresscase(3, 40, 6));
        assert_eq!(a.kostnader.len() + a.effekter.len(), 40);
        let v = crate::vardering::berakna(&a, &Modellparametrar::default());
        assert!(v.problem.is_empty(), "{:?}", v.problem);
        assert_eq!(v.namnder.len(), 3);
    }
}
