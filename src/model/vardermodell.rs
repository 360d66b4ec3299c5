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
    /// Other spellings of the lists' names ("KS" for "Kommunstyrelsen"), so
    /// the portfolio counts them as one (src/model/namnlista.rs). Left out
    /// of the file (and the hash) when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alias: Vec<super::namnlista::Namnalias>,
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
            alias: Vec::new(),
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

/// One parameter whose value in a case differs from the model's, both
/// values in the app's Swedish form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parameterskillnad {
    pub parameter: String,
    pub i_fallet: String,
    pub i_modellen: String,
}

/// The parameters in which `a` (a case's) differs from `b` (the model's),
/// in the order the model page lists them. A minimal version for the
/// portfolio; the model page's fuller one (scenarios paired by name) has
/// the same name, signature, labels and number form and replaces it. Numbers compare by value
/// (3.0 = 3.00).
pub fn parameterskillnader(a: &Modellparametrar, b: &Modellparametrar) -> Vec<Parameterskillnad> {
    use super::tal::formatera;
    let mut ut = Vec::new();
    let mut jamfor = |parameter: String, i_fallet: String, i_modellen: String| {
        if i_fallet != i_modellen {
            ut.push(Parameterskillnad { parameter, i_fallet, i_modellen });
        }
    };
    let procent = |d: rust_decimal::Decimal| format!("{}{}%", formatera(d), super::tal::HARD_MELLANSLAG);
    let lista = |v: &[rust_decimal::Decimal]| {
        if v.is_empty() { "inga".to_string() } else { v.iter().map(|d| procent(*d)).collect::<Vec<_>>().join("; ") }
    };
    let scenarier = |p: &Modellparametrar| {
        p.scenarier
            .iter()
            .map(|s| format!("{} (kostnader +{}, effekter −{})", s.namn, procent(s.kostnad_procent), procent(s.effekt_procent)))
            .collect::<Vec<_>>()
            .join("; ")
    };
    jamfor("Diskonteringsränta".into(), procent(a.diskonteringsranta_procent), procent(b.diskonteringsranta_procent));
    jamfor("Känslighetsräntor".into(), lista(&a.kanslighetsrantor_procent), lista(&b.kanslighetsrantor_procent));
    jamfor("Scenarier".into(), scenarier(a), scenarier(b));
    jamfor("Påslag på månadslön".into(), procent(a.paslag_procent), procent(b.paslag_procent));
    jamfor(
        "Produktiva timmar per månad".into(),
        formatera(a.produktiva_timmar_per_manad),
        formatera(b.produktiva_timmar_per_manad),
    );
    for k in super::Kriterium::ALLA {
        let vikt = |p: &Modellparametrar| {
            let v: Vec<String> = p.vikter.iter().filter(|v| v.kriterium == k).map(|v| formatera(v.vikt)).collect();
            if v.is_empty() { "saknas".to_string() } else { v.join(" och ") }
        };
        jamfor(format!("Vikt: {}", k.namn()), vikt(a), vikt(b));
    }
    jamfor("Tröskelvärde Hög (poäng)".into(), formatera(a.troskelvarden.hog), formatera(b.troskelvarden.hog));
    jamfor("Tröskelvärde Medel (poäng)".into(), formatera(a.troskelvarden.medel), formatera(b.troskelvarden.medel));
    jamfor("Strategier".into(), a.strategier.join("; "), b.strategier.join("; "));
    jamfor("Avrundningsregel".into(), a.avrundning.clone(), b.avrundning.clone());
    ut
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

    #[test]
    fn parameter_differences_name_the_parameter_and_both_values() {
        let modell = Modellparametrar::default();
        let mut fallet = modell.clone();
        assert_eq!(parameterskillnader(&fallet, &modell), vec![]);
        fallet.diskonteringsranta_procent = "3.00".parse().unwrap();
        assert_eq!(parameterskillnader(&fallet, &modell), vec![], "3.00 is 3.0");
        fallet.troskelvarden.hog = "50".parse().unwrap();
        fallet.diskonteringsranta_procent = "-5".parse().unwrap();
        assert_eq!(
            parameterskillnader(&fallet, &modell),
            vec![
                Parameterskillnad { parameter: "Diskonteringsränta".into(), i_fallet: "\u{2212}5\u{a0}%".into(), i_modellen: "3\u{a0}%".into() },
                Parameterskillnad { parameter: "Tröskelvärde Hög (poäng)".into(), i_fallet: "50".into(), i_modellen: "70".into() },
            ]
        );
    }
}
