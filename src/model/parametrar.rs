//! The valuation model's parameters. Every one has the handbook model's default (docs/modell.md), is
//! editable, and travels in the export so any figure can be redone by hand.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

fn dec(text: &str) -> Decimal {
    text.parse().expect("a literal default")
}

/// A sensitivity scenario: costs up by `kostnad_procent`, effects down by
/// `effekt_procent`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Scenario {
    pub namn: String,
    pub kostnad_procent: Decimal,
    pub effekt_procent: Decimal,
}

/// The assessment criteria of the valuation model, in the handbook's order (docs/modell.md, "Bedömning").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Kriterium {
    AngelagenhetOrganisatorisk,
    AngelagenhetTeknisk,
    AngelagenhetLagkrav,
    StrategisktVarde,
    Genomforbarhet,
    PotentialAttRealisera,
    KvalitativaEffekter,
    NegativaKonsekvenser,
    Ekonomi,
}

impl Kriterium {
    pub const ALLA: [Kriterium; 9] = [
        Kriterium::AngelagenhetOrganisatorisk,
        Kriterium::AngelagenhetTeknisk,
        Kriterium::AngelagenhetLagkrav,
        Kriterium::StrategisktVarde,
        Kriterium::Genomforbarhet,
        Kriterium::PotentialAttRealisera,
        Kriterium::KvalitativaEffekter,
        Kriterium::NegativaKonsekvenser,
        Kriterium::Ekonomi,
    ];

    pub fn namn(self) -> &'static str {
        match self {
            Kriterium::AngelagenhetOrganisatorisk => "Angelägenhet, organisatorisk",
            Kriterium::AngelagenhetTeknisk => "Angelägenhet, teknisk",
            Kriterium::AngelagenhetLagkrav => "Angelägenhet, lagkrav",
            Kriterium::StrategisktVarde => "Strategiskt värde",
            Kriterium::Genomforbarhet => "Genomförbarhet",
            Kriterium::PotentialAttRealisera => "Potential att realisera effekterna",
            Kriterium::KvalitativaEffekter => "Kvalitativa effekter och nytta",
            Kriterium::NegativaKonsekvenser => "Negativa konsekvenser",
            Kriterium::Ekonomi => "Ekonomi",
        }
    }

    /// The criterion as the file names it ("angelagenhet_lagkrav"): stable,
    /// ASCII, usable in element ids.
    pub fn kod(self) -> &'static str {
        match self {
            Kriterium::AngelagenhetOrganisatorisk => "angelagenhet_organisatorisk",
            Kriterium::AngelagenhetTeknisk => "angelagenhet_teknisk",
            Kriterium::AngelagenhetLagkrav => "angelagenhet_lagkrav",
            Kriterium::StrategisktVarde => "strategiskt_varde",
            Kriterium::Genomforbarhet => "genomforbarhet",
            Kriterium::PotentialAttRealisera => "potential_att_realisera",
            Kriterium::KvalitativaEffekter => "kvalitativa_effekter",
            Kriterium::NegativaKonsekvenser => "negativa_konsekvenser",
            Kriterium::Ekonomi => "ekonomi",
        }
    }
}

/// Where a problem with the weights or thresholds belongs, so the settings
/// can show it at the field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bedomningsfalt {
    /// The weights as a whole (their sum, a missing or doubled criterion).
    Vikter,
    Vikt(Kriterium),
    Troskelvarden,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bedomningsbrist {
    pub falt: Bedomningsfalt,
    pub meddelande: String,
}

/// A criterion's weight (the weights sum to 100).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Vikt {
    pub kriterium: Kriterium,
    pub vikt: Decimal,
}

/// Score thresholds of the summed priority.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Troskelvarden {
    /// Hög at or above this score.
    pub hog: Decimal,
    /// Medel at or above this score; below it Låg.
    pub medel: Decimal,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Modellparametrar {
    /// r in percent; default 3.0.
    pub diskonteringsranta_procent: Decimal,
    /// The extra rates NNV and payback are also shown at.
    pub kanslighetsrantor_procent: Vec<Decimal>,
    pub scenarier: Vec<Scenario>,
    /// Default påslag for a derived timkostnad, percent.
    pub paslag_procent: Decimal,
    /// Default productive hours a month for a derived timkostnad.
    pub produktiva_timmar_per_manad: Decimal,
    pub vikter: Vec<Vikt>,
    pub troskelvarden: Troskelvarden,
    /// The municipality's digitalisation strategies a case can serve.
    pub strategier: Vec<String>,
    /// The rounding rule, stated so the export carries it.
    pub avrundning: String,
}

pub const AVRUNDNINGSREGEL: &str =
    "Varje rads värde per år avrundas till hela ören (hälften bort från noll) där det beräknas; nuvärden avrundas till ören per nämnd och år; summor är exakta summor av avrundade termer.";

impl Default for Modellparametrar {
    fn default() -> Self {
        let scenario = |namn: &str, k: &str, e: &str| Scenario {
            namn: namn.into(),
            kostnad_procent: dec(k),
            effekt_procent: dec(e),
        };
        let vikt = |kriterium, v: &str| Vikt { kriterium, vikt: dec(v) };
        Modellparametrar {
            diskonteringsranta_procent: dec("3.0"),
            kanslighetsrantor_procent: vec![dec("0"), dec("3.5"), dec("8")],
            scenarier: vec![
                scenario("Bas", "0", "0"),
                scenario("Försiktig", "25", "25"),
                scenario("Pessimistisk", "50", "50"),
            ],
            paslag_procent: dec("54"),
            produktiva_timmar_per_manad: dec("142"),
            vikter: vec![
                vikt(Kriterium::AngelagenhetOrganisatorisk, "7.5"),
                vikt(Kriterium::AngelagenhetTeknisk, "7.5"),
                vikt(Kriterium::AngelagenhetLagkrav, "7.5"),
                vikt(Kriterium::StrategisktVarde, "7.5"),
                vikt(Kriterium::Genomforbarhet, "12.5"),
                vikt(Kriterium::PotentialAttRealisera, "12.5"),
                vikt(Kriterium::KvalitativaEffekter, "10"),
                vikt(Kriterium::NegativaKonsekvenser, "5"),
                vikt(Kriterium::Ekonomi, "30"),
            ],
            troskelvarden: Troskelvarden { hog: dec("70"), medel: dec("50") },
            strategier: vec![
                "Digital samverkan för en effektivare förvaltning".into(),
                "Säkra digitala tjänster som skapar tillit".into(),
                "Utgå från medborgarnas behov och livshändelser".into(),
                "Digitala tjänster för ökad delaktighet och innovation".into(),
            ],
            avrundning: AVRUNDNINGSREGEL.into(),
        }
    }
}

impl Modellparametrar {
    /// The weight of a criterion; 0 if the parameters lack it.
    pub fn vikt(&self, kriterium: Kriterium) -> Decimal {
        self.vikter.iter().filter(|v| v.kriterium == kriterium).map(|v| v.vikt).sum()
    }

    /// The sum of all weights (100 when they can be used).
    pub fn viktsumma(&self) -> Decimal {
        self.vikter.iter().map(|v| v.vikt).sum()
    }

    /// Gives `kriterium` exactly one weight, `vikt`, where its first weight
    /// stood (at the end if it had none); doubles are dropped.
    pub fn ange_vikt(&mut self, kriterium: Kriterium, vikt: Decimal) {
        match self.vikter.iter().position(|v| v.kriterium == kriterium) {
            Some(i) => {
                self.vikter[i].vikt = vikt;
                let mut sedd = false;
                self.vikter.retain(|v| v.kriterium != kriterium || !std::mem::replace(&mut sedd, true));
            }
            None => self.vikter.push(Vikt { kriterium, vikt }),
        }
    }

    /// What is wrong with the weights and thresholds, in Swedish, with the
    /// field each problem belongs to; empty when they can be used.
    pub fn bedomningsbrister_per_falt(&self) -> Vec<Bedomningsbrist> {
        let mut brister = Vec::new();
        let mut brist = |falt, meddelande: String| brister.push(Bedomningsbrist { falt, meddelande });
        for kriterium in Kriterium::ALLA {
            let antal = self.vikter.iter().filter(|v| v.kriterium == kriterium).count();
            if antal != 1 {
                brist(Bedomningsfalt::Vikter, format!("{} ska ha exakt en vikt (har {antal}).", kriterium.namn()));
            }
        }
        if let Some(v) = self.vikter.iter().find(|v| v.vikt < Decimal::ZERO) {
            brist(
                Bedomningsfalt::Vikt(v.kriterium),
                format!("Vikten för {} är negativ; vikter ska vara 0 eller mer.", v.kriterium.namn()),
            );
        }
        let summa = self.viktsumma();
        if summa != Decimal::ONE_HUNDRED {
            brist(
                Bedomningsfalt::Vikter,
                format!("Vikterna summerar till {}; de ska summera till exakt 100.", super::tal::formatera(summa)),
            );
        }
        let t = &self.troskelvarden;
        let inom = |v: Decimal| v >= Decimal::ZERO && v <= Decimal::ONE_HUNDRED;
        if !inom(t.hog) || !inom(t.medel) {
            brist(Bedomningsfalt::Troskelvarden, "Tröskelvärdena ska ligga mellan 0 och 100 poäng.".into());
        }
        if t.medel > t.hog {
            brist(Bedomningsfalt::Troskelvarden, "Gränsen för Medel får inte vara högre än gränsen för Hög.".into());
        }
        brister
    }

    /// What is wrong with the weights and thresholds, in Swedish; empty when
    /// they can be used. The settings view refuses to save otherwise.
    pub fn bedomningsbrister(&self) -> Vec<String> {
        self.bedomningsbrister_per_falt().into_iter().map(|b| b.meddelande).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_weights_sum_to_100_and_cover_every_criterion() {
        let p = Modellparametrar::default();
        let sum: Decimal = p.vikter.iter().map(|v| v.vikt).sum();
        assert_eq!(sum, Decimal::ONE_HUNDRED);
        let mut kriterier: Vec<_> = p.vikter.iter().map(|v| v.kriterium).collect();
        kriterier.sort();
        assert_eq!(kriterier, Kriterium::ALLA.to_vec());
        assert!(p.bedomningsbrister().is_empty());
    }

    #[test]
    fn weights_not_summing_to_100_are_refused_with_the_sum() {
        let mut p = Modellparametrar::default();
        p.vikter[0].vikt = dec("5");
        assert_eq!(
            p.bedomningsbrister(),
            vec!["Vikterna summerar till 97,5; de ska summera till exakt 100.".to_string()]
        );
        p.vikter[1].vikt = dec("10");
        assert!(p.bedomningsbrister().is_empty());
        p.vikter.pop();
        assert_eq!(p.bedomningsbrister().len(), 2, "{:?}", p.bedomningsbrister());
        let mut t = Modellparametrar::default();
        t.troskelvarden.medel = dec("80");
        assert_eq!(
            t.bedomningsbrister(),
            vec!["Gränsen för Medel får inte vara högre än gränsen för Hög.".to_string()]
        );
        assert_eq!(t.bedomningsbrister_per_falt()[0].falt, Bedomningsfalt::Troskelvarden);
    }

    #[test]
    fn each_problem_names_its_field() {
        let mut p = Modellparametrar::default();
        p.vikter[2].vikt = dec("-2.5");
        p.vikter[3].vikt = dec("17.5");
        // −2,5 + 17,5 replaces 7,5 + 7,5: the sum stays 100, the sign is wrong.
        assert_eq!(p.viktsumma(), Decimal::ONE_HUNDRED);
        let b = p.bedomningsbrister_per_falt();
        assert_eq!(b.len(), 1, "{b:?}");
        assert_eq!(b[0].falt, Bedomningsfalt::Vikt(Kriterium::AngelagenhetLagkrav));
        p.vikter[3].vikt = dec("20");
        let falt: Vec<_> = p.bedomningsbrister_per_falt().into_iter().map(|b| b.falt).collect();
        assert_eq!(falt, vec![Bedomningsfalt::Vikt(Kriterium::AngelagenhetLagkrav), Bedomningsfalt::Vikter]);
    }

    #[test]
    fn setting_a_weight_leaves_exactly_one_per_criterion() {
        let mut p = Modellparametrar::default();
        p.ange_vikt(Kriterium::Genomforbarhet, dec("10"));
        assert_eq!(p.vikt(Kriterium::Genomforbarhet), dec("10"));
        assert_eq!(p.vikter[4].kriterium, Kriterium::Genomforbarhet, "keeps its place");
        assert_eq!(p.viktsumma(), dec("97.5"));
        // A file with a doubled and a missing weight.
        p.vikter.push(Vikt { kriterium: Kriterium::Genomforbarhet, vikt: dec("1") });
        p.vikter.retain(|v| v.kriterium != Kriterium::Ekonomi);
        assert_eq!(p.bedomningsbrister_per_falt().iter().filter(|b| b.falt == Bedomningsfalt::Vikter).count(), 3);
        p.ange_vikt(Kriterium::Genomforbarhet, dec("12.5"));
        p.ange_vikt(Kriterium::Ekonomi, dec("30"));
        assert_eq!(p.vikter.len(), 9);
        assert!(p.bedomningsbrister().is_empty(), "{:?}", p.bedomningsbrister());
    }

    #[test]
    fn criterion_codes_are_the_file_names() {
        for k in Kriterium::ALLA {
            assert_eq!(serde_json::to_value(k).unwrap(), serde_json::Value::String(k.kod().into()));
        }
    }
}
