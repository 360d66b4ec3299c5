//! A draft of one case's assessment while the team edits it in the
//! portfolio: a level (or none) and a reason per scored criterion. Saving
//! turns it back into a `Bedomning`; a reason written for a criterion
//! without a level is refused rather than dropped.

use crate::model::{Bedomning, Kriteriebedomning, Kriterium};
use crate::vardering::bedomning::bedomda_kriterier;

#[derive(Clone, Debug, PartialEq)]
pub struct Utkastrad {
    pub kriterium: Kriterium,
    /// 0–4 as chosen (for Negativa konsekvenser: the severity).
    pub niva: Option<u8>,
    pub motivering: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Bedomningsutkast {
    /// The scored criteria in `Kriterium::ALLA` order, Ekonomi excluded.
    pub rader: Vec<Utkastrad>,
}

/// Why a draft cannot be saved, per criterion, in Swedish.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Utkastfel {
    pub kriterium: Kriterium,
    pub meddelande: &'static str,
}

pub const MOTIVERING_UTAN_NIVA: &str = "Välj en nivå, eller töm motiveringen: en motivering sparas bara med en nivå.";

pub const NAMN_SAKNAS: &str = "Skriv ditt namn: värderingsteamets bedömning sparas med vem som gjort den.";

/// The name the team's assessment is saved with, trimmed; empty is refused.
pub fn bedomd_av(text: &str) -> Result<String, &'static str> {
    let namn = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if namn.is_empty() {
        Err(NAMN_SAKNAS)
    } else {
        Ok(namn)
    }
}

impl Bedomningsutkast {
    /// The draft of a case's assessment; a level outside 0–4 (possible in an
    /// edited file) shows as not set, its reason kept.
    pub fn av(bedomning: &Bedomning) -> Self {
        let rader = bedomda_kriterier()
            .map(|kriterium| {
                let post = bedomning.nivaer.iter().find(|n| n.kriterium == kriterium);
                Utkastrad {
                    kriterium,
                    niva: post.map(|p| p.niva).filter(|n| *n <= 4),
                    motivering: post.map(|p| p.motivering.clone()).unwrap_or_default(),
                }
            })
            .collect();
        Bedomningsutkast { rader }
    }

    pub fn ange_niva(&mut self, kriterium: Kriterium, niva: Option<u8>) {
        if let Some(r) = self.rader.iter_mut().find(|r| r.kriterium == kriterium) {
            r.niva = niva.filter(|n| *n <= 4);
        }
    }

    pub fn ange_motivering(&mut self, kriterium: Kriterium, motivering: String) {
        if let Some(r) = self.rader.iter_mut().find(|r| r.kriterium == kriterium) {
            r.motivering = motivering;
        }
    }

    /// The assessment as it stands, for scoring while editing: criteria
    /// without a level are left out.
    pub fn bedomning(&self) -> Bedomning {
        Bedomning {
            nivaer: self
                .rader
                .iter()
                .filter_map(|r| {
                    r.niva.map(|niva| Kriteriebedomning {
                        kriterium: r.kriterium,
                        niva,
                        motivering: r.motivering.trim().to_string(),
                    })
                })
                .collect(),
        }
    }

    /// What must be fixed before saving.
    pub fn fel(&self) -> Vec<Utkastfel> {
        self.rader
            .iter()
            .filter(|r| r.niva.is_none() && !r.motivering.trim().is_empty())
            .map(|r| Utkastfel { kriterium: r.kriterium, meddelande: MOTIVERING_UTAN_NIVA })
            .collect()
    }

    /// The assessment to save, or what stops it.
    pub fn spara(&self) -> Result<Bedomning, Vec<Utkastfel>> {
        let fel = self.fel();
        if fel.is_empty() {
            Ok(self.bedomning())
        } else {
            Err(fel)
        }
    }
}

/// The level a chosen value counts as: 4 − severity for Negativa
/// konsekvenser (the user picks how severe), the value itself otherwise.
pub fn raknad_niva(kriterium: Kriterium, vald: u8) -> u8 {
    match kriterium {
        Kriterium::NegativaKonsekvenser => 4u8.saturating_sub(vald),
        _ => vald,
    }
}

#[cfg(test)]
mod tests {
    use super::super::testfall::fall_a;
    use super::*;

    #[test]
    fn the_assessment_needs_a_name() {
        assert_eq!(bedomd_av("  Eva   Ek "), Ok("Eva Ek".to_string()));
        assert_eq!(bedomd_av(" \t "), Err(NAMN_SAKNAS));
    }

    #[test]
    fn severity_counts_as_four_minus_it() {
        assert_eq!(raknad_niva(Kriterium::NegativaKonsekvenser, 1), 3);
        assert_eq!(raknad_niva(Kriterium::NegativaKonsekvenser, 4), 0);
        assert_eq!(raknad_niva(Kriterium::Genomforbarhet, 1), 1);
    }

    #[test]
    fn a_draft_reads_back_the_same_assessment() {
        let b = fall_a().bedomning;
        let utkast = Bedomningsutkast::av(&b);
        assert_eq!(utkast.rader.len(), 8);
        assert_eq!(utkast.spara(), Ok(b));
    }

    #[test]
    fn levels_are_set_and_cleared_and_a_lone_reason_is_refused() {
        let mut utkast = Bedomningsutkast::av(&fall_a().bedomning);
        utkast.ange_niva(Kriterium::Genomforbarhet, None);
        utkast.ange_motivering(Kriterium::Genomforbarhet, "Osäker upphandling".into());
        assert_eq!(
            utkast.spara(),
            Err(vec![Utkastfel { kriterium: Kriterium::Genomforbarhet, meddelande: MOTIVERING_UTAN_NIVA }])
        );
        utkast.ange_niva(Kriterium::Genomforbarhet, Some(1));
        let b = utkast.spara().unwrap();
        assert_eq!(b.niva(Kriterium::Genomforbarhet), Some(1));
        assert_eq!(
            b.nivaer.iter().find(|n| n.kriterium == Kriterium::Genomforbarhet).unwrap().motivering,
            "Osäker upphandling"
        );
        utkast.ange_niva(Kriterium::StrategisktVarde, None);
        assert_eq!(utkast.spara().unwrap().niva(Kriterium::StrategisktVarde), None);
        // Levels above 4 are not levels; Ekonomi is never part of the draft.
        utkast.ange_niva(Kriterium::AngelagenhetTeknisk, Some(7));
        assert_eq!(utkast.bedomning().niva(Kriterium::AngelagenhetTeknisk), None);
        utkast.ange_niva(Kriterium::Ekonomi, Some(4));
        assert_eq!(utkast.bedomning().niva(Kriterium::Ekonomi), None);
    }

    #[test]
    fn a_level_out_of_range_in_a_file_shows_as_unset_with_its_reason_kept() {
        let b = Bedomning {
            nivaer: vec![Kriteriebedomning { kriterium: Kriterium::Genomforbarhet, niva: 9, motivering: "x".into() }],
        };
        let utkast = Bedomningsutkast::av(&b);
        let rad = utkast.rader.iter().find(|r| r.kriterium == Kriterium::Genomforbarhet).unwrap();
        assert_eq!((rad.niva, rad.motivering.as_str()), (None, "x"));
        assert!(utkast.spara().is_err(), "the reason is not dropped silently");
    }
}
