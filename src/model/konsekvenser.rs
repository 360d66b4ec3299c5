//! Step 9: kvalitativa effekter, risker, konsekvenser, förutsättningar,
//! tidsplan, finansiering and förändringsledning.

use super::belopp::Belopp;
use serde::{Deserialize, Serialize};

/// Who gains or loses from a qualitative effect.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Mottagare {
    #[default]
    Medborgare,
    Foretag,
    Medarbetare,
    AnnanNamnd,
    Organisationen,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "web", derive(reactive_stores::Store))]
#[serde(default)]
pub struct KvalitativEffekt {
    pub id: String,
    pub beskrivning: String,
    pub mottagare: Mottagare,
    pub positiv: bool,
    /// 1–3.
    pub styrka: u8,
    /// The logic-model outcome it belongs to.
    pub utfall_id: Option<String>,
    pub indikator: String,
}

impl Default for KvalitativEffekt {
    fn default() -> Self {
        KvalitativEffekt {
            id: String::new(),
            beskrivning: String::new(),
            mottagare: Mottagare::default(),
            positiv: true,
            styrka: 2,
            utfall_id: None,
            indikator: String::new(),
        }
    }
}

/// A risk, likelihood and consequence on 1–5.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "web", derive(reactive_stores::Store))]
#[serde(default)]
pub struct Risk {
    pub id: String,
    pub beskrivning: String,
    pub sannolikhet: u8,
    pub konsekvens: u8,
    pub atgard: String,
}

impl Default for Risk {
    fn default() -> Self {
        Risk { id: String::new(), beskrivning: String::new(), sannolikhet: 3, konsekvens: 3, atgard: String::new() }
    }
}

/// A phase or milestone of the timeline (ISO dates).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "web", derive(reactive_stores::Store))]
#[serde(default)]
pub struct Fas {
    pub id: String,
    pub namn: String,
    pub start: String,
    pub slut: String,
}

/// A financing source with an amount per year t.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "web", derive(reactive_stores::Store))]
#[serde(default)]
pub struct Finansiering {
    pub id: String,
    pub kalla: String,
    pub belopp_per_ar: Vec<Belopp>,
}

/// The change-management plan: most of the benefit depends on changed
/// behaviour, not on the technology.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "web", derive(reactive_stores::Store))]
#[serde(default)]
pub struct Forandringsledning {
    pub ansvarig: String,
    pub utbildning: String,
    pub kommunikation: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "web", derive(reactive_stores::Store))]
#[serde(default)]
pub struct Konsekvenser {
    #[cfg_attr(feature = "web", store(key: String = |r| r.id.clone()))]
    pub kvalitativa_effekter: Vec<KvalitativEffekt>,
    #[cfg_attr(feature = "web", store(key: String = |r| r.id.clone()))]
    pub risker: Vec<Risk>,
    pub konsekvenser_att_beakta: String,
    pub forutsattningar: String,
    #[cfg_attr(feature = "web", store(key: String = |r| r.id.clone()))]
    pub tidsplan: Vec<Fas>,
    #[cfg_attr(feature = "web", store(key: String = |r| r.id.clone()))]
    pub finansiering: Vec<Finansiering>,
    pub forandringsledning: Forandringsledning,
}
