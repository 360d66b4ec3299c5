//! The valuation model's parameters. Every one has the spec's default, is
//! editable, and travels in the export so any figure can be redone by hand.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

fn dec(text: &str) -> Decimal {
    text.parse().expect("a literal default")
}

/// A sensitivity scenario: costs up by `kostnad_procent`, effects down by
/// `effekt_procent`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Scenario {
    pub namn: String,
    pub kostnad_procent: Decimal,
    pub effekt_procent: Decimal,
}

/// The assessment criteria of the valuation model, in the spec's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
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
}

/// A criterion's weight (the weights sum to 100).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Vikt {
    pub kriterium: Kriterium,
    pub vikt: Decimal,
}

/// Score thresholds of the summed priority.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Troskelvarden {
    /// Hög at or above this score.
    pub hog: Decimal,
    /// Medel at or above this score; below it Låg.
    pub medel: Decimal,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
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
    }
}
