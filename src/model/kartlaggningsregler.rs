//! Rules of steps 5–6 (Arbetsflödesbeskrivning, Informationsinventering):
//! hours a year of a workflow, completion, and what needs a data-protection
//! review. Hours are Decimal so the sums the valuation later prices are exact.

use super::kartlaggning::*;
use super::validering::Brist;
use rust_decimal::Decimal;

impl Processsteg {
    /// Minutes per case × cases a year, in hours.
    pub fn timmar_per_ar(&self) -> Decimal {
        self.minuter_per_arende * self.arenden_per_ar / Decimal::from(60)
    }
}

/// Hours a year of a whole process.
pub fn timmar_totalt(steg: &[Processsteg]) -> Decimal {
    steg.iter().map(Processsteg::timmar_per_ar).sum()
}

/// Which of the two processes a message concerns.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lage {
    Nulage,
    Borlage,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum FlodeFalt {
    Lista(Lage),
    Beskrivning(String),
    Minuter(String),
    Arenden(String),
}

impl Arbetsflode {
    pub fn timmar_nulage(&self) -> Decimal {
        timmar_totalt(&self.nulage)
    }

    pub fn timmar_borlage(&self) -> Decimal {
        timmar_totalt(&self.borlage)
    }

    /// Hours a year the future process frees (negative: it costs more).
    pub fn frigjorda_timmar(&self) -> Decimal {
        self.timmar_nulage() - self.timmar_borlage()
    }

    pub fn brister(&self) -> Vec<Brist<FlodeFalt>> {
        let mut brister = Vec::new();
        for (lage, steg, meddelande) in [
            (Lage::Nulage, &self.nulage, "Beskriv minst ett steg i dagens process."),
            (Lage::Borlage, &self.borlage, "Beskriv minst ett steg i den framtida processen."),
        ] {
            if steg.is_empty() {
                brister.push(Brist::new(FlodeFalt::Lista(lage), meddelande));
            }
            for s in steg {
                if s.beskrivning.trim().is_empty() {
                    brister.push(Brist::new(FlodeFalt::Beskrivning(s.id.clone()), "Beskriv steget."));
                }
                if s.minuter_per_arende.is_sign_negative() && !s.minuter_per_arende.is_zero() {
                    brister.push(Brist::new(FlodeFalt::Minuter(s.id.clone()), "Tiden kan inte vara negativ."));
                }
                if s.arenden_per_ar.is_sign_negative() && !s.arenden_per_ar.is_zero() {
                    brister
                        .push(Brist::new(FlodeFalt::Arenden(s.id.clone()), "Antalet ärenden kan inte vara negativt."));
                }
            }
        }
        brister
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum InfoFalt {
    Tillgangar,
    Namn(String),
    RattsligGrund(String),
}

/// An asset that needs a data-protection review, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Granskning {
    pub id: String,
    pub namn: String,
    pub skal: Vec<&'static str>,
}

impl Informationstillgang {
    fn kanslig(&self) -> bool {
        self.personuppgifter || self.sekretess
    }
}

impl Informationsinventering {
    pub fn brister(&self) -> Vec<Brist<InfoFalt>> {
        let mut brister = Vec::new();
        if self.tillgangar.is_empty() {
            brister.push(Brist::new(InfoFalt::Tillgangar, "Lägg till minst en informationstillgång."));
        }
        for t in &self.tillgangar {
            if t.namn.trim().is_empty() {
                brister.push(Brist::new(InfoFalt::Namn(t.id.clone()), "Ge informationstillgången ett namn."));
            }
            if t.kanslig() && t.rattslig_grund.trim().is_empty() {
                brister.push(Brist::new(
                    InfoFalt::RattsligGrund(t.id.clone()),
                    "Ange rättslig grund, till exempel artikel i GDPR eller kapitel i OSL.",
                ));
            }
        }
        brister
    }

    /// Every asset with personal or confidential data, in the order entered:
    /// the list the dataskyddsombud reviews before the initiative starts.
    pub fn granskningslista(&self) -> Vec<Granskning> {
        self.tillgangar
            .iter()
            .filter(|t| t.kanslig())
            .map(|t| {
                let mut skal = Vec::new();
                if t.personuppgifter {
                    skal.push("innehåller personuppgifter");
                }
                if t.sekretess {
                    skal.push("omfattas av sekretess");
                }
                if t.rattslig_grund.trim().is_empty() {
                    skal.push("rättslig grund saknas");
                }
                Granskning { id: t.id.clone(), namn: t.namn.clone(), skal }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn steg(id: &str, minuter: &str, arenden: &str) -> Processsteg {
        Processsteg {
            id: id.into(),
            beskrivning: "Registrera".into(),
            aktor: "Handläggare".into(),
            minuter_per_arende: Decimal::from_str(minuter).unwrap(),
            arenden_per_ar: Decimal::from_str(arenden).unwrap(),
        }
    }

    #[test]
    fn hours_a_year_of_a_step_and_the_difference() {
        // 12 minutes × 1 500 cases = 18 000 minutes = 300 hours.
        assert_eq!(steg("a", "12", "1500").timmar_per_ar(), Decimal::from(300));
        // 7.5 minutes × 2 000 = 250 hours; 0.5 × 600 = 5 hours.
        let flode = Arbetsflode {
            nulage: vec![steg("a", "12", "1500"), steg("b", "7.5", "2000")],
            borlage: vec![steg("c", "0.5", "600")],
            ..Default::default()
        };
        assert_eq!(flode.timmar_nulage(), Decimal::from(550));
        assert_eq!(flode.timmar_borlage(), Decimal::from(5));
        assert_eq!(flode.frigjorda_timmar(), Decimal::from(545));
        assert!(flode.brister().is_empty());
    }

    #[test]
    fn a_workflow_needs_both_processes_and_no_negative_numbers() {
        let falt: Vec<_> = Arbetsflode::default().brister().into_iter().map(|b| b.falt).collect();
        assert_eq!(falt, vec![FlodeFalt::Lista(Lage::Nulage), FlodeFalt::Lista(Lage::Borlage)]);
        let flode = Arbetsflode {
            nulage: vec![steg("a", "-1", "10")],
            borlage: vec![steg("b", "1", "-10")],
            ..Default::default()
        };
        let falt: Vec<_> = flode.brister().into_iter().map(|b| b.falt).collect();
        assert_eq!(falt, vec![FlodeFalt::Minuter("a".into()), FlodeFalt::Arenden("b".into())]);
    }

    fn tillgang(id: &str, pu: bool, sekretess: bool, grund: &str) -> Informationstillgang {
        Informationstillgang {
            id: id.into(),
            namn: format!("Register {id}"),
            personuppgifter: pu,
            sekretess,
            rattslig_grund: grund.into(),
            ..Default::default()
        }
    }

    #[test]
    fn the_review_list_holds_personal_and_confidential_data_with_reasons() {
        let inv = Informationsinventering {
            tillgangar: vec![
                tillgang("a", true, false, "GDPR art. 6.1 e"),
                tillgang("b", false, false, ""),
                tillgang("c", true, true, ""),
                tillgang("d", false, true, "OSL 26 kap."),
            ],
        };
        let lista = inv.granskningslista();
        assert_eq!(lista.iter().map(|g| g.id.as_str()).collect::<Vec<_>>(), vec!["a", "c", "d"]);
        assert_eq!(lista[1].skal, vec!["innehåller personuppgifter", "omfattas av sekretess", "rättslig grund saknas"]);
        assert_eq!(lista[2].skal, vec!["omfattas av sekretess"]);
        // Only the sensitive asset without a legal basis keeps the step open.
        assert_eq!(
            inv.brister().into_iter().map(|b| b.falt).collect::<Vec<_>>(),
            vec![InfoFalt::RattsligGrund("c".into())]
        );
    }

    #[test]
    fn an_empty_inventory_asks_for_an_asset() {
        assert_eq!(Informationsinventering::default().brister()[0].falt, InfoFalt::Tillgangar);
    }
}
