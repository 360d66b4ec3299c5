//! The risk picture: the base, every scenario and every sensitivity rate
//! side by side, break-even in words, and which of them turn the net
//! present value negative. Only words and selections of the figures
//! `berakna` already computed; step 8, the summary and the portfolio all
//! read it from here, so they say the same thing.

use super::nuvarde::Kalkyl;
use super::Vardering;
use crate::model::tal::{formatera, HARD_MELLANSLAG};
use crate::model::Belopp;
use rust_decimal::Decimal;

/// Whether a row of the risk picture is a scenario or a sensitivity rate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Riskslag {
    Scenario,
    Ranta,
}

/// One row: a scenario (at the base rate) or the base at another rate.
#[derive(Clone, Debug, PartialEq)]
pub struct Riskrad {
    pub slag: Riskslag,
    /// "Försiktig", or "Ränta 8 %".
    pub namn: String,
    /// What the row changes: "kostnader +25 %, effekter −25 %".
    pub beskrivning: String,
    /// Its index among `Vardering::scenarier` or `Vardering::kanslighetsrantor`.
    pub index: usize,
    /// a and b in percent (0 for a rate row) and the rate used, to explain
    /// the row with `Vardering::kalkyl`.
    pub kostnad_procent: Decimal,
    pub effekt_procent: Decimal,
    pub ranta_procent: Decimal,
    pub kalkyl: Kalkyl,
}

impl Riskrad {
    pub fn nnv(&self) -> Belopp {
        self.kalkyl.nnv
    }

    pub fn negativ(&self) -> bool {
        self.kalkyl.nnv < Belopp::ZERO
    }
}

/// A percentage as text: "36", "22,65", "−25" (trailing zeros dropped).
pub fn procent(varde: Decimal) -> String {
    format!("{}{HARD_MELLANSLAG}%", formatera(varde))
}

fn med_tecken(varde: Decimal) -> String {
    if varde > Decimal::ZERO {
        format!("+{}", procent(varde))
    } else {
        procent(varde)
    }
}

/// What a scenario (a, b) does, in words.
pub fn scenariobeskrivning(kostnad_procent: Decimal, effekt_procent: Decimal) -> String {
    if kostnad_procent.is_zero() && effekt_procent.is_zero() {
        return "kostnader och effekter som beräknat".to_string();
    }
    // b lowers the effects: b = 25 shows as "effekter −25 %".
    format!("kostnader {}, effekter {}", med_tecken(kostnad_procent), med_tecken(-effekt_procent))
}

/// Break-even in words, from NNV / Σ PV of the effects (`break_even_andel`).
pub fn break_even_text(kalkyl: &Kalkyl) -> String {
    match kalkyl.break_even_andel {
        None => "Det finns inga positiva effekter att räkna med, så nettonuvärdet kan inte bli positivt \
                 genom effekterna: det är bara kostnader (och eventuella negativa effekter)."
            .to_string(),
        Some(andel) if andel > Decimal::ZERO => format!(
            "Effekterna kan bli {} lägre innan nettonuvärdet blir negativt.",
            procent(andel * Decimal::ONE_HUNDRED)
        ),
        Some(andel) if andel.is_zero() => {
            "Nettonuvärdet är noll: blir effekterna det minsta lägre blir det negativt.".to_string()
        }
        Some(andel) => format!(
            "Nettonuvärdet är negativt: effekterna behöver bli {} större för att det ska nå noll.",
            procent(-andel * Decimal::ONE_HUNDRED)
        ),
    }
}

/// "a", "a och b", "a, b och c".
fn uppraknat(delar: &[String]) -> String {
    match delar {
        [] => String::new(),
        [ett] => ett.clone(),
        [forsta @ .., sista] => format!("{} och {sista}", forsta.join(", ")),
    }
}

impl Vardering {
    /// Every scenario, then every sensitivity rate, as rows.
    pub fn riskrader(&self) -> Vec<Riskrad> {
        let bas_ranta = self.bas.diskonteringsranta_procent;
        let scenarier = self.scenarier.iter().enumerate().map(|(index, s)| Riskrad {
            slag: Riskslag::Scenario,
            namn: s.namn.clone(),
            beskrivning: scenariobeskrivning(s.kostnad_procent, s.effekt_procent),
            index,
            kostnad_procent: s.kostnad_procent,
            effekt_procent: s.effekt_procent,
            ranta_procent: bas_ranta,
            kalkyl: s.kalkyl.clone(),
        });
        let rantor = self.kanslighetsrantor.iter().enumerate().map(|(index, k)| Riskrad {
            slag: Riskslag::Ranta,
            namn: format!("Ränta {}", procent(k.diskonteringsranta_procent)),
            beskrivning: format!(
                "diskonterat med {} i stället för {}",
                procent(k.diskonteringsranta_procent),
                procent(bas_ranta)
            ),
            index,
            kostnad_procent: Decimal::ZERO,
            effekt_procent: Decimal::ZERO,
            ranta_procent: k.diskonteringsranta_procent,
            kalkyl: k.clone(),
        });
        scenarier.chain(rantor).collect()
    }

    /// Where NNV is negative: "i scenarierna Försiktig och Pessimistisk",
    /// "vid räntan 8 %", or both joined; None when it is nowhere.
    fn negativt_var(&self) -> Option<String> {
        let rader = self.riskrader();
        let negativa = |slag: Riskslag| -> Vec<String> {
            rader
                .iter()
                .filter(|r| r.slag == slag && r.negativ())
                .map(|r| if slag == Riskslag::Scenario { r.namn.clone() } else { procent(r.ranta_procent) })
                .collect()
        };
        let (scenarier, rantor) = (negativa(Riskslag::Scenario), negativa(Riskslag::Ranta));
        let mut delar = Vec::new();
        match scenarier.len() {
            0 => {}
            1 => delar.push(format!("i scenariot {}", uppraknat(&scenarier))),
            _ => delar.push(format!("i scenarierna {}", uppraknat(&scenarier))),
        }
        match rantor.len() {
            0 => {}
            1 => delar.push(format!("vid räntan {}", uppraknat(&rantor))),
            _ => delar.push(format!("vid räntorna {}", uppraknat(&rantor))),
        }
        (!delar.is_empty()).then(|| delar.join(" och "))
    }

    /// The warning a reader must not miss, when some scenario or rate gives
    /// a negative NNV: "Nettonuvärdet blir negativt i scenarierna Försiktig
    /// och Pessimistisk." None when every one is zero or more.
    pub fn negativ_varning(&self) -> Option<String> {
        self.negativt_var().map(|var| format!("Nettonuvärdet blir negativt {var}."))
    }

    /// The same, short, for a table cell: "Negativt NNV i scenarierna
    /// Försiktig och Pessimistisk".
    pub fn negativ_markering(&self) -> Option<String> {
        self.negativt_var().map(|var| format!("Negativt NNV {var}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Effektkategori, Effektrad, Ekonomi, Fordelning, Kostnadsrad, Modellparametrar};
    use crate::vardering::berakna;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    /// One nämnd, one year (t = 0, so no discounting): K = 1 000, FRI = `effekt`.
    fn fall(effekt: &str) -> Vardering {
        let ekonomi = Ekonomi {
            kostnader: vec![Kostnadsrad {
                id: "k".into(),
                namnd: "KS".into(),
                fordelning: Fordelning::Engangs { ar: 0, varde: d("1000") },
                ..Default::default()
            }],
            effekter: vec![Effektrad {
                id: "e".into(),
                namnd: "KS".into(),
                kategori: Effektkategori::FrigjortRamutrymme,
                fordelning: Fordelning::Engangs { ar: 0, varde: d(effekt) },
                ..Default::default()
            }],
            ..Default::default()
        };
        berakna(&ekonomi, &Modellparametrar::default())
    }

    #[test]
    fn break_even_in_words() {
        // NNV = 1 562,50 − 1 000 = 562,50; 562,50 / 1 562,50 = 0,36.
        let v = fall("1562.50");
        assert_eq!(v.bas.break_even_andel, Some(d("0.3600")));
        assert_eq!(
            break_even_text(&v.bas).replace(HARD_MELLANSLAG, " "),
            "Effekterna kan bli 36 % lägre innan nettonuvärdet blir negativt."
        );
        // NNV = 800 − 1 000 = −200; −200 / 800 = −0,25: 25 % more is needed.
        let v = fall("800");
        assert_eq!(
            break_even_text(&v.bas).replace(HARD_MELLANSLAG, " "),
            "Nettonuvärdet är negativt: effekterna behöver bli 25 % större för att det ska nå noll."
        );
        assert!(break_even_text(&fall("1000").bas).starts_with("Nettonuvärdet är noll"));
        // No positive effects: no share to state.
        let v = fall("-10");
        assert_eq!(v.bas.break_even_andel, None);
        assert!(break_even_text(&v.bas).starts_with("Det finns inga positiva effekter"));
        // Two decimals where the share has them: 0,2265 → 22,65 %.
        assert_eq!(procent(d("0.2265") * Decimal::ONE_HUNDRED).replace(HARD_MELLANSLAG, " "), "22,65 %");
    }

    #[test]
    fn rows_and_negative_scenarios() {
        // K 1 000, FRI 1 562,50, all in year 0. Försiktig: K′ 1 250, FRI′
        // 1 171,88 (1 171,875 half away from zero): NNV −78,12. Pessimistisk:
        // 1 500 and 781,25: −718,75. The rates change nothing in year 0.
        let v = fall("1562.50");
        let rader = v.riskrader();
        let namn: Vec<&str> = rader.iter().map(|r| r.namn.as_str()).collect();
        let namn: Vec<String> = namn.iter().map(|n| n.replace(HARD_MELLANSLAG, " ")).collect();
        assert_eq!(namn, ["Bas", "Försiktig", "Pessimistisk", "Ränta 0 %", "Ränta 3,5 %", "Ränta 8 %"]);
        let nnv: Vec<Belopp> = rader.iter().map(Riskrad::nnv).collect();
        let b = |s: &str| Belopp::from_decimal(d(s));
        assert_eq!(nnv, [b("562.50"), b("-78.12"), b("-718.75"), b("562.50"), b("562.50"), b("562.50")]);
        assert_eq!(rader[1].beskrivning.replace(HARD_MELLANSLAG, " "), "kostnader +25 %, effekter −25 %");
        assert_eq!(rader[0].beskrivning, "kostnader och effekter som beräknat");
        assert_eq!((rader[4].slag, rader[4].index, rader[4].ranta_procent), (Riskslag::Ranta, 1, d("3.5")));
        // Each row is what the engine explains for its (a, b, r).
        for r in &rader {
            assert_eq!(v.kalkyl(r.kostnad_procent, r.effekt_procent, r.ranta_procent).0, r.kalkyl, "{}", r.namn);
        }
        assert_eq!(
            v.negativ_varning().as_deref(),
            Some("Nettonuvärdet blir negativt i scenarierna Försiktig och Pessimistisk.")
        );
        assert_eq!(v.negativ_markering().as_deref(), Some("Negativt NNV i scenarierna Försiktig och Pessimistisk"));
        // A robust case: nothing to warn of.
        assert_eq!(fall("5000").negativ_varning(), None);
    }

    #[test]
    fn a_rate_that_turns_negative_is_named() {
        // K 1 000 in year 0, FRI 1 050 in year 1: at 3 % PV 1 019,42 (NNV
        // 19,42), at 8 % 972,22 (NNV −27,78).
        let ekonomi = Ekonomi {
            kostnader: vec![Kostnadsrad {
                namnd: "KS".into(),
                fordelning: Fordelning::Engangs { ar: 0, varde: d("1000") },
                ..Default::default()
            }],
            effekter: vec![Effektrad {
                namnd: "KS".into(),
                kategori: Effektkategori::Ramjustering,
                fordelning: Fordelning::Engangs { ar: 1, varde: d("1050") },
                ..Default::default()
            }],
            ..Default::default()
        };
        let mut p = Modellparametrar::default();
        p.scenarier.truncate(1);
        let v = berakna(&ekonomi, &p);
        assert_eq!(v.bas.nnv, Belopp::from_decimal(d("19.42")));
        assert_eq!(v.kanslighetsrantor[2].nnv, Belopp::from_decimal(d("-27.78")));
        assert_eq!(
            v.negativ_varning().map(|t| t.replace(HARD_MELLANSLAG, " ")).as_deref(),
            Some("Nettonuvärdet blir negativt vid räntan 8 %.")
        );
        assert_eq!(uppraknat(&["a".into(), "b".into(), "c".into()]), "a, b och c");
    }
}
