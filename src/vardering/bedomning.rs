//! The assessment (docs/modell.md, "Bedömning och summerad prioritering"): each criterion's level,
//! its weighted points, the total score and the summed priority with its
//! gates. Pure and exact (`Decimal`); the UI, the summary, the portfolio and
//! the export all read this one result.

use crate::model::{Bedomning, Kriterium, Modellparametrar};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The summed priority (summerad prioritering).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Prioritering {
    /// Gate: potential to realise the effects scored 0.
    Aterremiss,
    /// Gate: lagkrav scored 4; the question is how, not whether.
    MasteGoras,
    Hog,
    Medel,
    Lag,
}

impl Prioritering {
    pub fn namn(self) -> &'static str {
        match self {
            Prioritering::Aterremiss => "Återremiss",
            Prioritering::MasteGoras => "Måste genomföras – prioritera hur",
            Prioritering::Hog => "Hög",
            Prioritering::Medel => "Medel",
            Prioritering::Lag => "Låg",
        }
    }

    /// Why the case got this priority, in words a manager can check.
    pub fn skal(self, poang: Decimal, troskel_hog: Decimal, troskel_medel: Decimal) -> String {
        let p = crate::model::tal::formatera_poang(poang);
        let h = crate::model::tal::formatera(troskel_hog);
        let m = crate::model::tal::formatera(troskel_medel);
        match self {
            Prioritering::Aterremiss => {
                "Potential att realisera effekterna har nivå 0: förstudien skickas tillbaka oavsett poäng.".into()
            }
            Prioritering::MasteGoras => {
                "Angelägenhet, lagkrav har nivå 4: initiativet måste genomföras, poängen avgör hur det prioriteras."
                    .into()
            }
            Prioritering::Hog => format!("Poängen {p} är minst {h} (gränsen för Hög)."),
            Prioritering::Medel => format!("Poängen {p} är minst {m} (gränsen för Medel) men under {h}."),
            Prioritering::Lag => format!("Poängen {p} är under {m} (gränsen för Medel)."),
        }
    }
}

/// One criterion's part of the score.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Kriteriepoang {
    pub kriterium: Kriterium,
    /// The level the user chose (for Negativa konsekvenser: the severity),
    /// or for Ekonomi the level derived from NNK. None when not yet set.
    pub vald_niva: Option<u8>,
    /// The level that counts: `vald_niva`, except 4 − severity for
    /// Negativa konsekvenser.
    pub niva: Option<u8>,
    pub vikt: Decimal,
    /// vikt × niva / 4; None when the level is missing.
    pub poang: Option<Decimal>,
}

impl Kriteriepoang {
    /// The points worked out as the user can redo them: "7,5 × 3 / 4 = 5,625",
    /// or what is missing.
    pub fn uttryck(&self) -> String {
        let f = crate::model::tal::formatera;
        match (self.niva, self.poang) {
            (Some(niva), Some(poang)) => format!("{} × {niva} / 4 = {}", f(self.vikt), f(poang)),
            _ if self.kriterium == Kriterium::Ekonomi => {
                format!("{} × – / 4: nivån saknas tills NNK kan räknas", f(self.vikt))
            }
            _ => format!("{} × – / 4: ingen nivå vald", f(self.vikt)),
        }
    }
}

/// The whole assessment of one case.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Poangsattning {
    /// In `Kriterium::ALLA` order.
    pub kriterier: Vec<Kriteriepoang>,
    /// Σ of the criteria's points that are set, 0–100.
    pub poang: Decimal,
    /// Criteria without a level; the score is then a partial sum.
    pub saknas: Vec<Kriterium>,
    /// None while a criterion is missing and no gate has decided.
    pub prioritering: Option<Prioritering>,
}

impl Poangsattning {
    pub fn kriterium(&self, kriterium: Kriterium) -> Option<&Kriteriepoang> {
        self.kriterier.iter().find(|k| k.kriterium == kriterium)
    }

    /// What still has to be scored, as a sentence; None when nothing is
    /// missing.
    pub fn saknas_text(&self) -> Option<String> {
        if self.saknas.is_empty() {
            return None;
        }
        let namn: Vec<&str> = self.saknas.iter().map(|k| k.namn()).collect();
        Some(format!("Prioriteringen avgörs när alla kriterier är bedömda: saknas {}.", namn.join(", ")))
    }
}

/// The level that scores for a chosen one: 4 − severity for Negativa
/// konsekvenser (the user rates how bad they are), the level itself
/// otherwise.
pub fn raknad_niva(kriterium: Kriterium, vald: u8) -> u8 {
    match kriterium {
        Kriterium::NegativaKonsekvenser => 4u8.saturating_sub(vald),
        _ => vald,
    }
}

/// The economy level from NNK: < 0 → 0; < 0.25 → 1; < 0.5 → 2; < 1 → 3;
/// ≥ 1 → 4. None when NNK is undefined (no costs).
pub fn ekonominiva(nnk: Option<Decimal>) -> Option<u8> {
    let nnk = nnk?;
    let grans = |t: &str| t.parse::<Decimal>().expect("a literal");
    Some(if nnk < Decimal::ZERO {
        0
    } else if nnk < grans("0.25") {
        1
    } else if nnk < grans("0.5") {
        2
    } else if nnk < Decimal::ONE {
        3
    } else {
        4
    })
}

/// The criteria the user scores (Ekonomi is derived).
pub fn bedomda_kriterier() -> impl Iterator<Item = Kriterium> {
    Kriterium::ALLA.into_iter().filter(|k| *k != Kriterium::Ekonomi)
}

/// Scores the case. Levels outside 0–4 in a file count as missing, and a
/// criterion without a weight weighs 0 (the settings refuse both).
pub fn berakna_poang(bedomning: &Bedomning, nnk: Option<Decimal>, parametrar: &Modellparametrar) -> Poangsattning {
    let kriterier: Vec<Kriteriepoang> = Kriterium::ALLA
        .into_iter()
        .map(|kriterium| {
            let vald_niva = match kriterium {
                Kriterium::Ekonomi => ekonominiva(nnk),
                _ => bedomning.niva(kriterium).filter(|n| *n <= 4),
            };
            let niva = vald_niva.map(|n| raknad_niva(kriterium, n));
            let vikt = parametrar.vikt(kriterium);
            let poang = niva.map(|n| (vikt * Decimal::from(n) / Decimal::from(4)).normalize());
            Kriteriepoang { kriterium, vald_niva, niva, vikt, poang }
        })
        .collect();
    let poang = kriterier.iter().filter_map(|k| k.poang).sum::<Decimal>().normalize();
    let saknas: Vec<Kriterium> = kriterier.iter().filter(|k| k.niva.is_none()).map(|k| k.kriterium).collect();
    let niva = |k: Kriterium| kriterier.iter().find(|p| p.kriterium == k).and_then(|p| p.niva);
    let t = &parametrar.troskelvarden;
    let prioritering = if niva(Kriterium::PotentialAttRealisera) == Some(0) {
        Some(Prioritering::Aterremiss)
    } else if niva(Kriterium::AngelagenhetLagkrav) == Some(4) {
        Some(Prioritering::MasteGoras)
    } else if !saknas.is_empty() {
        None
    } else if poang >= t.hog {
        Some(Prioritering::Hog)
    } else if poang >= t.medel {
        Some(Prioritering::Medel)
    } else {
        Some(Prioritering::Lag)
    };
    Poangsattning { kriterier, poang, saknas, prioritering }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Kriteriebedomning;

    fn d(t: &str) -> Decimal {
        t.parse().unwrap()
    }

    fn bedomning(nivaer: &[(Kriterium, u8)]) -> Bedomning {
        Bedomning {
            nivaer: nivaer
                .iter()
                .map(|(kriterium, niva)| Kriteriebedomning {
                    kriterium: *kriterium,
                    niva: *niva,
                    motivering: String::new(),
                })
                .collect(),
        }
    }

    /// Every scored criterion at `niva`, negative consequences at severity `allvar`.
    fn alla(niva: u8, allvar: u8) -> Bedomning {
        let mut b: Vec<_> = bedomda_kriterier().map(|k| (k, niva)).collect();
        for (k, n) in &mut b {
            if *k == Kriterium::NegativaKonsekvenser {
                *n = allvar;
            }
        }
        bedomning(&b)
    }

    #[test]
    fn economy_level_follows_the_nnk_bands_at_their_edges() {
        assert_eq!(ekonominiva(None), None);
        assert_eq!(ekonominiva(Some(d("-0.0001"))), Some(0));
        assert_eq!(ekonominiva(Some(d("0"))), Some(1));
        assert_eq!(ekonominiva(Some(d("0.2499"))), Some(1));
        assert_eq!(ekonominiva(Some(d("0.25"))), Some(2));
        assert_eq!(ekonominiva(Some(d("0.4999"))), Some(2));
        assert_eq!(ekonominiva(Some(d("0.5"))), Some(3));
        assert_eq!(ekonominiva(Some(d("0.9999"))), Some(3));
        assert_eq!(ekonominiva(Some(d("1"))), Some(4));
        assert_eq!(ekonominiva(Some(d("7.3"))), Some(4));
    }

    #[test]
    fn hand_worked_score_with_default_weights() {
        // Levels: org 3, tek 2, lag 1, strat 4, genomf 3, potential 2,
        // kval 3, negativa severity 1 (→ level 3), NNK 0.6 (→ 3).
        // Points = w × level / 4:
        // 7.5×3/4 = 5.625; 7.5×2/4 = 3.75; 7.5×1/4 = 1.875; 7.5×4/4 = 7.5;
        // 12.5×3/4 = 9.375; 12.5×2/4 = 6.25; 10×3/4 = 7.5; 5×3/4 = 3.75;
        // 30×3/4 = 22.5. Sum = 68.125 → Medel (50 ≤ 68.125 < 70).
        use Kriterium::*;
        let b = bedomning(&[
            (AngelagenhetOrganisatorisk, 3),
            (AngelagenhetTeknisk, 2),
            (AngelagenhetLagkrav, 1),
            (StrategisktVarde, 4),
            (Genomforbarhet, 3),
            (PotentialAttRealisera, 2),
            (KvalitativaEffekter, 3),
            (NegativaKonsekvenser, 1),
        ]);
        let p = berakna_poang(&b, Some(d("0.6")), &Modellparametrar::default());
        assert_eq!(p.poang, d("68.125"));
        assert!(p.saknas.is_empty());
        assert_eq!(p.prioritering, Some(Prioritering::Medel));
        let negativa = &p.kriterier[7];
        assert_eq!((negativa.vald_niva, negativa.niva, negativa.poang), (Some(1), Some(3), Some(d("3.75"))));
        assert_eq!(p.kriterier[8].niva, Some(3));
        // The total is the sum of the shown parts.
        assert_eq!(p.kriterier.iter().filter_map(|k| k.poang).sum::<Decimal>(), p.poang);
    }

    #[test]
    fn the_points_are_shown_as_a_sum_the_user_can_redo() {
        use Kriterium::*;
        let b = bedomning(&[(Genomforbarhet, 3), (NegativaKonsekvenser, 1)]);
        let p = berakna_poang(&b, None, &Modellparametrar::default());
        assert_eq!(p.kriterium(Genomforbarhet).unwrap().uttryck(), "12,5 × 3 / 4 = 9,375");
        // Severity 1 scores level 3.
        assert_eq!(p.kriterium(NegativaKonsekvenser).unwrap().uttryck(), "5 × 3 / 4 = 3,75");
        assert_eq!(p.kriterium(AngelagenhetTeknisk).unwrap().uttryck(), "7,5 × – / 4: ingen nivå vald");
        assert_eq!(p.kriterium(Ekonomi).unwrap().uttryck(), "30 × – / 4: nivån saknas tills NNK kan räknas");
        assert_eq!(
            p.saknas_text().unwrap(),
            "Prioriteringen avgörs när alla kriterier är bedömda: saknas Angelägenhet, organisatorisk, \
             Angelägenhet, teknisk, Angelägenhet, lagkrav, Strategiskt värde, Potential att realisera effekterna, \
             Kvalitativa effekter och nytta, Ekonomi."
        );
        assert_eq!((0..=4).map(|n| raknad_niva(NegativaKonsekvenser, n)).collect::<Vec<_>>(), [4, 3, 2, 1, 0]);
        assert_eq!(raknad_niva(Genomforbarhet, 2), 2);
        let full = berakna_poang(&alla(2, 2), Some(d("0.3")), &Modellparametrar::default());
        assert_eq!(full.saknas_text(), None);
    }

    #[test]
    fn thresholds_are_inclusive_and_editable() {
        // All 4 with no severity and NNK ≥ 1 → 100.
        let mut parametrar = Modellparametrar::default();
        let full = berakna_poang(&alla(4, 0), Some(d("2")), &parametrar);
        assert_eq!(full.poang, d("100"));
        // Lagkrav 4 is a gate; use level 3 everywhere instead: 75 points
        // (every level 3 → 3/4 of 100), severity 1 → level 3.
        let tre = alla(3, 1);
        let p = berakna_poang(&tre, Some(d("0.5")), &parametrar);
        assert_eq!(p.poang, d("75"));
        assert_eq!(p.prioritering, Some(Prioritering::Hog));
        parametrar.troskelvarden.hog = d("75");
        assert_eq!(berakna_poang(&tre, Some(d("0.5")), &parametrar).prioritering, Some(Prioritering::Hog));
        parametrar.troskelvarden.hog = d("75.01");
        assert_eq!(berakna_poang(&tre, Some(d("0.5")), &parametrar).prioritering, Some(Prioritering::Medel));
        parametrar.troskelvarden.medel = d("80");
        assert_eq!(berakna_poang(&tre, Some(d("0.5")), &parametrar).prioritering, Some(Prioritering::Lag));
    }

    #[test]
    fn gates_come_before_the_score() {
        let mut b = alla(4, 0);
        // Lagkrav 4 with everything else at 4: the gate, not Hög.
        assert_eq!(
            berakna_poang(&b, Some(d("2")), &Modellparametrar::default()).prioritering,
            Some(Prioritering::MasteGoras)
        );
        // Potential 0 wins over lagkrav 4, even with a high score.
        b.nivaer.iter_mut().find(|n| n.kriterium == Kriterium::PotentialAttRealisera).unwrap().niva = 0;
        let p = berakna_poang(&b, Some(d("2")), &Modellparametrar::default());
        assert_eq!(p.prioritering, Some(Prioritering::Aterremiss));
        assert_eq!(p.poang, d("87.5"));
    }

    #[test]
    fn missing_levels_leave_the_priority_open_unless_a_gate_decides() {
        let b = bedomning(&[(Kriterium::Genomforbarhet, 4)]);
        let p = berakna_poang(&b, None, &Modellparametrar::default());
        assert_eq!(p.poang, d("12.5"));
        assert_eq!(p.saknas.len(), 8);
        assert!(p.saknas.contains(&Kriterium::Ekonomi));
        assert_eq!(p.prioritering, None);
        let gate = bedomning(&[(Kriterium::PotentialAttRealisera, 0)]);
        assert_eq!(
            berakna_poang(&gate, None, &Modellparametrar::default()).prioritering,
            Some(Prioritering::Aterremiss)
        );
        // A level out of range in a file counts as missing, not as a score.
        let fel = bedomning(&[(Kriterium::Genomforbarhet, 9)]);
        let p = berakna_poang(&fel, None, &Modellparametrar::default());
        assert_eq!((p.poang, p.kriterier[4].niva), (Decimal::ZERO, None));
    }
}
