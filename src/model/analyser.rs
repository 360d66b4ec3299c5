//! Steps 2–4: Orsaksanalys, Målgruppsanalys, Intressentanalys.

use serde::{Deserialize, Serialize};

/// A fishbone category with its causes.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "web", derive(reactive_stores::Store))]
#[serde(default)]
pub struct Orsakskategori {
    pub id: String,
    pub namn: String,
}

/// A cause in one category, with an optional "5 varför" chain.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "web", derive(reactive_stores::Store))]
#[serde(default)]
pub struct Orsak {
    pub id: String,
    pub kategori_id: String,
    pub beskrivning: String,
    /// why → why → …, at most five answers.
    pub varfor: Vec<String>,
    /// A root cause the initiative addresses.
    pub grundorsak: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "web", derive(reactive_stores::Store))]
#[serde(default)]
pub struct Orsaksanalys {
    pub problemformulering: String,
    #[cfg_attr(feature = "web", store(key: String = |r| r.id.clone()))]
    pub kategorier: Vec<Orsakskategori>,
    #[cfg_attr(feature = "web", store(key: String = |r| r.id.clone()))]
    pub orsaker: Vec<Orsak>,
}

impl Orsaksanalys {
    pub const MAX_VARFOR: usize = 5;
    pub const STANDARDKATEGORIER: [(&'static str, &'static str); 6] = [
        ("manniskor", "Människor"),
        ("metod", "Metod"),
        ("teknik", "Teknik/system"),
        ("material", "Material/information"),
        ("matning", "Mätning"),
        ("miljo", "Miljö/organisation"),
    ];
}

impl Default for Orsaksanalys {
    fn default() -> Self {
        Orsaksanalys {
            problemformulering: String::new(),
            kategorier: Self::STANDARDKATEGORIER
                .iter()
                .map(|(id, namn)| Orsakskategori { id: (*id).into(), namn: (*namn).into() })
                .collect(),
            orsaker: Vec::new(),
        }
    }
}

/// A target group (målgrupp).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "web", derive(reactive_stores::Store))]
#[serde(default)]
pub struct Malgrupp {
    pub id: String,
    pub namn: String,
    /// Number of people or cases a year.
    pub storlek: Option<u64>,
    pub behov: String,
    pub kanal_idag: String,
    pub forandring: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "web", derive(reactive_stores::Store))]
#[serde(default)]
pub struct Malgruppsanalys {
    #[cfg_attr(feature = "web", store(key: String = |r| r.id.clone()))]
    pub grupper: Vec<Malgrupp>,
}

/// Attitude to the initiative: + / 0 / −.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Attityd {
    Positiv,
    #[default]
    Neutral,
    Negativ,
}

/// A stakeholder (intressent), influence and interest on 1–5.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "web", derive(reactive_stores::Store))]
#[serde(default)]
pub struct Intressent {
    pub id: String,
    pub namn: String,
    pub inflytande: u8,
    pub intresse: u8,
    pub attityd_nu: Attityd,
    pub attityd_onskad: Attityd,
    pub strategi: String,
}

impl Default for Intressent {
    fn default() -> Self {
        Intressent {
            id: String::new(),
            namn: String::new(),
            inflytande: 3,
            intresse: 3,
            attityd_nu: Attityd::Neutral,
            attityd_onskad: Attityd::Positiv,
            strategi: String::new(),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "web", derive(reactive_stores::Store))]
#[serde(default)]
pub struct Intressentanalys {
    #[cfg_attr(feature = "web", store(key: String = |r| r.id.clone()))]
    pub intressenter: Vec<Intressent>,
}
