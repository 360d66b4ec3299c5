//! Step 10, Bedömning: the criteria the user scores.

use super::parametrar::Kriterium;
use super::vardermodell::Modellreferens;
use serde::{Deserialize, Serialize};

/// A criterion's chosen level 0–4 with the reason given.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Kriteriebedomning {
    pub kriterium: Kriterium,
    pub niva: u8,
    #[serde(default)]
    pub motivering: String,
}

/// The scored criteria; Ekonomi is derived from NNK and never entered.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "web", derive(reactive_stores::Store))]
#[serde(default)]
pub struct Bedomning {
    pub nivaer: Vec<Kriteriebedomning>,
}

impl Bedomning {
    pub fn niva(&self, kriterium: Kriterium) -> Option<u8> {
        self.nivaer.iter().find(|b| b.kriterium == kriterium).map(|b| b.niva)
    }

    /// The criteria the user scores that have no level 0–4 yet (Ekonomi is
    /// derived from NNK and never entered).
    pub fn saknade(&self) -> Vec<Kriterium> {
        Kriterium::ALLA
            .into_iter()
            .filter(|k| *k != Kriterium::Ekonomi)
            .filter(|k| !matches!(self.niva(*k), Some(0..=4)))
            .collect()
    }
}

/// The värderingsteam's assessment of a case, made in the portfolio and
/// written back into the case file. Step 10's `Bedomning` is the
/// förvaltning's proposal; this one is the decided assessment.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Teambedomning {
    pub bedomning: Bedomning,
    /// Who in the team made it (name, as typed).
    pub bedomd_av: String,
    /// When (RFC 3339).
    pub tidpunkt: String,
    /// The model it was made under.
    pub modell: Modellreferens,
}

/// How the summary names the förvaltning's own assessment (step 10).
pub const FORSLAGETS_RUBRIK: &str = "Förvaltningens förslag, ej fastställd";

impl Teambedomning {
    /// "Värderingsteamets bedömning, Eva Ek, 2026-12-02, Kommunens modell,
    /// version 2027.1": who, when (the date of `tidpunkt`) and under which model.
    pub fn rubrik(&self) -> String {
        let datum = self.tidpunkt.get(..10).unwrap_or(&self.tidpunkt);
        format!("Värderingsteamets bedömning, {}, {datum}, {}", self.bedomd_av.trim(), self.modell.visningsnamn())
    }
}

impl super::Forstudie {
    /// The assessment that counts: the värderingsteam's when it has made
    /// one, else the förvaltning's proposal.
    pub fn gallande_bedomning(&self) -> &Bedomning {
        self.teambedomning.as_ref().map(|t| &t.bedomning).unwrap_or(&self.bedomning)
    }

    /// How the summary heads the assessment it reports.
    pub fn bedomningens_rubrik(&self) -> String {
        match &self.teambedomning {
            Some(t) => t.rubrik(),
            None => FORSLAGETS_RUBRIK.to_string(),
        }
    }
}
