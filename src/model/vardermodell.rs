//! Värderingsmodellen: every parameter the värderingsteam owns, as one named,
//! versioned set. A case is computed under one model and records which
//! (`Modellreferens`); the team's portfolio recomputes every case under the
//! team's current model. docs/modell.md says who owns what.

use super::ekonomi::Kostnadstyp;
use super::parametrar::Modellparametrar;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// A förvaltning of the municipality and the nämnd it answers to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Forvaltningspost {
    pub namn: String,
    pub namnd: String,
}

/// The team's model: its name and version, the parameters a case is computed
/// and scored under, and the municipality's lists.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Vardermodell {
    pub namn: String,
    /// The team's version label, e.g. "2027.1".
    pub version: String,
    /// The date (YYYY-MM-DD) this version applies from.
    #[serde(default)]
    pub giltig_fran: String,
    /// Rates, scenarios, timkostnad defaults, weights, thresholds, strategies.
    pub parametrar: Modellparametrar,
    /// The cost types a line can have, in the order they are offered.
    pub kostnadstyper: Vec<Kostnadstyp>,
    /// The municipality's nämnder.
    pub namnder: Vec<String>,
    pub forvaltningar: Vec<Forvaltningspost>,
}

/// Which model a case was computed under: enough to name it and to tell
/// whether it is the same model as another.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Modellreferens {
    pub namn: String,
    pub version: String,
    /// "sha256:" and the hex SHA-256 of the model's content (`Vardermodell::hash`).
    pub hash: String,
}

pub const STANDARDMODELL_NAMN: &str = "Handbokens standardmodell";
pub const STANDARDMODELL_VERSION: &str = "1";

impl Default for Vardermodell {
    /// The handbook's model, built into the app: the spec's defaults.
    fn default() -> Self {
        Vardermodell {
            namn: STANDARDMODELL_NAMN.into(),
            version: STANDARDMODELL_VERSION.into(),
            giltig_fran: String::new(),
            parametrar: Modellparametrar::default(),
            kostnadstyper: Kostnadstyp::ALLA.to_vec(),
            namnder: Vec::new(),
            forvaltningar: Vec::new(),
        }
    }
}

impl Vardermodell {
    /// The content hash: SHA-256 of the model as compact JSON (fields in
    /// declaration order), so the same content always gives the same hash.
    pub fn hash(&self) -> String {
        let json = serde_json::to_vec(self).expect("the model serializes");
        let digest = Sha256::digest(&json);
        let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
        format!("sha256:{hex}")
    }

    pub fn referens(&self) -> Modellreferens {
        Modellreferens { namn: self.namn.clone(), version: self.version.clone(), hash: self.hash() }
    }

    /// "Handbokens standardmodell, version 1": how the model is named to users.
    pub fn visningsnamn(&self) -> String {
        format!("{}, version {}", self.namn, self.version)
    }
}

impl Modellreferens {
    pub fn visningsnamn(&self) -> String {
        format!("{}, version {}", self.namn, self.version)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_follows_content_only() {
        let a = Vardermodell::default();
        assert_eq!(a.hash(), Vardermodell::default().hash());
        assert!(a.hash().starts_with("sha256:") && a.hash().len() == 7 + 64, "{}", a.hash());
        let mut b = a.clone();
        b.parametrar.diskonteringsranta_procent = "3.5".parse().unwrap();
        assert_ne!(a.hash(), b.hash());
        assert_eq!(a.referens().hash, a.hash());
        assert_eq!(a.referens().visningsnamn(), "Handbokens standardmodell, version 1");
    }
}
