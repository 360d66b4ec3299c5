//! What the valuation could not use as entered, said in Swedish where it
//! belongs. Nothing in the inputs makes the engine panic; it says so here.

use serde::{Deserialize, Serialize};

/// How serious a problem found in the inputs is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Allvarlighet {
    /// A figure is wrong until the input is mended (something counted as 0
    /// or replaced by a limit).
    Fel,
    /// The figures follow the rules, but the input looks unintended.
    Varning,
}

/// Something in the inputs the valuation could not use as entered, said in
/// Swedish at the line or rate it concerns.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Problem {
    pub allvarlighet: Allvarlighet,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rad_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timkostnad_id: Option<String>,
    pub meddelande: String,
}

impl Problem {
    pub(crate) fn fel(meddelande: String) -> Self {
        Problem { allvarlighet: Allvarlighet::Fel, rad_id: None, timkostnad_id: None, meddelande }
    }

    pub(crate) fn varning(meddelande: String) -> Self {
        Problem { allvarlighet: Allvarlighet::Varning, ..Problem::fel(meddelande) }
    }

    pub(super) fn for_rad(mut self, id: &str) -> Self {
        self.rad_id = Some(id.to_owned());
        self
    }

    pub(super) fn for_timkostnad(mut self, id: &str) -> Self {
        self.timkostnad_id = Some(id.to_owned());
        self
    }
}
