//! Step 10 (Bedömning) and step 12 (Effekthemtagningsplan).

use super::parametrar::Kriterium;
use serde::{Deserialize, Serialize};

/// A criterion's chosen level 0–4 with the reason given.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Kriteriebedomning {
    pub kriterium: Kriterium,
    pub niva: u8,
    #[serde(default)]
    pub motivering: String,
}

/// The scored criteria; Ekonomi is derived from NNK and never entered.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(target_arch = "wasm32", derive(reactive_stores::Store))]
#[serde(default)]
pub struct Bedomning {
    pub nivaer: Vec<Kriteriebedomning>,
}

impl Bedomning {
    pub fn niva(&self, kriterium: Kriterium) -> Option<u8> {
        self.nivaer.iter().find(|b| b.kriterium == kriterium).map(|b| b.niva)
    }
}

/// The decision that opens the benefits-realisation plan.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Beslut {
    pub datum: String,
    pub referens: String,
}

/// One measured value at a follow-up.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Uppfoljning {
    pub datum: String,
    pub varde: String,
    #[serde(default)]
    pub kommentar: String,
}

/// The plan for one economic or qualitative effect.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(target_arch = "wasm32", derive(reactive_stores::Store))]
#[serde(default)]
pub struct Effektplan {
    /// The effect line or qualitative effect it plans.
    pub effekt_id: String,
    pub ansvarig: String,
    pub indikator: String,
    pub nollvarde: String,
    pub nollvarde_datum: String,
    pub malvarde: String,
    pub malvarde_datum: String,
    pub matmetod: String,
    pub uppfoljningsdatum: Vec<String>,
    pub uppfoljningar: Vec<Uppfoljning>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(target_arch = "wasm32", derive(reactive_stores::Store))]
#[serde(default)]
pub struct Effekthemtagning {
    pub beslut: Option<Beslut>,
    pub effekthemtagningsansvarig: String,
    pub planer: Vec<Effektplan>,
}
