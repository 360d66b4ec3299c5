//! Steps 5–7: Arbetsflödesbeskrivning, Informationsinventering, Logikmodell.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// One step of a workflow: actor, minutes per case, cases a year.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "web", derive(reactive_stores::Store))]
#[serde(default)]
pub struct Processsteg {
    pub id: String,
    pub beskrivning: String,
    pub aktor: String,
    pub minuter_per_arende: Decimal,
    pub arenden_per_ar: Decimal,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "web", derive(reactive_stores::Store))]
#[serde(default)]
pub struct Arbetsflode {
    #[cfg_attr(feature = "web", store(key: String = |r| r.id.clone()))]
    pub nulage: Vec<Processsteg>,
    #[cfg_attr(feature = "web", store(key: String = |r| r.id.clone()))]
    pub borlage: Vec<Processsteg>,
    /// The effect line made from the difference, if one was made.
    pub effektrad_id: Option<String>,
    /// The timkostnad the difference is priced at.
    pub timkostnad_id: Option<String>,
}

/// An information asset.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "web", derive(reactive_stores::Store))]
#[serde(default)]
pub struct Informationstillgang {
    pub id: String,
    pub namn: String,
    pub system: String,
    pub agare: String,
    pub personuppgifter: bool,
    pub sekretess: bool,
    pub rattslig_grund: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "web", derive(reactive_stores::Store))]
#[serde(default)]
pub struct Informationsinventering {
    #[cfg_attr(feature = "web", store(key: String = |r| r.id.clone()))]
    pub tillgangar: Vec<Informationstillgang>,
}

/// The columns of the Kellogg logic model, left to right.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Logikled {
    #[default]
    Resurser,
    Aktiviteter,
    Prestationer,
    EffekterKort,
    EffekterMedellang,
    EffekterLangNytta,
}

/// An item of the logic model; outcomes carry an indicator.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "web", derive(reactive_stores::Store))]
#[serde(default)]
pub struct Logikpost {
    pub id: String,
    pub led: Logikled,
    pub text: String,
    pub indikator: String,
}

/// An arrow from one item to another.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Logikpil {
    pub fran: String,
    pub till: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "web", derive(reactive_stores::Store))]
#[serde(default)]
pub struct Logikmodell {
    #[cfg_attr(feature = "web", store(key: String = |r| r.id.clone()))]
    pub poster: Vec<Logikpost>,
    pub pilar: Vec<Logikpil>,
}
