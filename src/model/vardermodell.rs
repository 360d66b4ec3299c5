//! Värderingsmodellen: every parameter the värderingsteam owns, as one named,
//! versioned set. A case is computed under one model and records which
//! (`Modellreferens`); the team's portfolio recomputes every case under the
//! team's current model. docs/modell.md says who owns what.

use super::ekonomi::Kostnadstyp;
use super::parametrar::{Kriterium, Modellparametrar, Scenario};
use super::tal::{formatera, HARD_MELLANSLAG};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// A förvaltning of the municipality and the nämnd it answers to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Forvaltningspost {
    pub namn: String,
    pub namnd: String,
}

/// The team's model: its name and version, the parameters a case is computed
/// and scored under, and the municipality's lists.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Modellreferens {
    pub namn: String,
    pub version: String,
    /// "sha256:" and the hex SHA-256 of the model's content (`Vardermodell::hash`).
    pub hash: String,
}

pub const STANDARDMODELL_NAMN: &str = "Handbokens standardmodell";
pub const STANDARDMODELL_VERSION: &str = "1";

impl Default for Vardermodell {
    /// The handbook's model, built into the app: the defaults docs/modell.md states.
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
    /// The cost types a line may choose: the model's, in its order, and the
    /// line's own type after them when the model does not list it, so a
    /// line is never changed by what the list offers.
    pub fn kostnadstyper_for(&self, nuvarande: Kostnadstyp) -> Vec<Kostnadstyp> {
        let mut typer = self.kostnadstyper.clone();
        if !typer.contains(&nuvarande) {
            typer.push(nuvarande);
        }
        typer
    }

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

/// One parameter whose value in a case differs from its model's, both values
/// in Swedish as a user reads them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parameterskillnad {
    /// "Diskonteringsränta", "Vikt: Ekonomi", "Scenario Försiktig: kostnader" …
    pub parameter: String,
    pub i_fallet: String,
    pub i_modellen: String,
}

fn procent(v: Decimal) -> String {
    format!("{}{HARD_MELLANSLAG}%", formatera(v))
}

fn lista(varden: &[Decimal], enhet: fn(Decimal) -> String) -> String {
    if varden.is_empty() {
        "inga".into()
    } else {
        varden.iter().map(|v| enhet(*v)).collect::<Vec<_>>().join("; ")
    }
}

/// Every model parameter whose value differs between `a` (the case's) and
/// `b` (the model's), in the order the model page shows them. Values are
/// compared as numbers (3 and 3,0 are the same rate). Empty when the case is
/// computed exactly as the model says.
pub fn parameterskillnader(a: &Modellparametrar, b: &Modellparametrar) -> Vec<Parameterskillnad> {
    let mut ut = Vec::new();
    let mut skillnad = |parameter: String, i_fallet: String, i_modellen: String| {
        if i_fallet != i_modellen {
            ut.push(Parameterskillnad { parameter, i_fallet, i_modellen });
        }
    };
    skillnad("Diskonteringsränta".into(), procent(a.diskonteringsranta_procent), procent(b.diskonteringsranta_procent));
    skillnad(
        "Känslighetsräntor".into(),
        lista(&a.kanslighetsrantor_procent, procent),
        lista(&b.kanslighetsrantor_procent, procent),
    );
    // Scenarios are paired by name, so a renamed or added scenario is named
    // once rather than shifting every one after it.
    for sa in &a.scenarier {
        match b.scenarier.iter().find(|sb| sb.namn == sa.namn) {
            Some(sb) => {
                skillnad(
                    format!("Scenario {}: kostnader", sa.namn),
                    andring(sa.kostnad_procent),
                    andring(sb.kostnad_procent),
                );
                skillnad(
                    format!("Scenario {}: effekter", sa.namn),
                    andring(-sa.effekt_procent),
                    andring(-sb.effekt_procent),
                );
            }
            None => skillnad(format!("Scenario {}", sa.namn), scenariotext(sa), "finns inte".into()),
        }
    }
    for sb in b.scenarier.iter().filter(|sb| !a.scenarier.iter().any(|sa| sa.namn == sb.namn)) {
        skillnad(format!("Scenario {}", sb.namn), "finns inte".into(), scenariotext(sb));
    }
    skillnad("Påslag på månadslön".into(), procent(a.paslag_procent), procent(b.paslag_procent));
    skillnad(
        "Produktiva timmar per månad".into(),
        formatera(a.produktiva_timmar_per_manad),
        formatera(b.produktiva_timmar_per_manad),
    );
    let vikt = |p: &Modellparametrar, k: Kriterium| {
        let v: Vec<_> = p.vikter.iter().filter(|v| v.kriterium == k).map(|v| formatera(v.vikt)).collect();
        if v.is_empty() {
            "saknas".into()
        } else {
            v.join(" och ")
        }
    };
    for k in Kriterium::ALLA {
        skillnad(format!("Vikt: {}", k.namn()), vikt(a, k), vikt(b, k));
    }
    skillnad("Tröskelvärde Hög (poäng)".into(), formatera(a.troskelvarden.hog), formatera(b.troskelvarden.hog));
    skillnad("Tröskelvärde Medel (poäng)".into(), formatera(a.troskelvarden.medel), formatera(b.troskelvarden.medel));
    let strategier = |p: &Modellparametrar| {
        if p.strategier.is_empty() {
            "inga".into()
        } else {
            p.strategier.join("; ")
        }
    };
    skillnad("Strategier".into(), strategier(a), strategier(b));
    skillnad("Avrundningsregel".into(), a.avrundning.clone(), b.avrundning.clone());
    ut
}

/// A change in percent with its direction: +25 %, −10 %, 0 %.
fn andring(v: Decimal) -> String {
    if v > Decimal::ZERO {
        format!("+{}", procent(v))
    } else {
        // formatera writes the minus of a negative value, and 0 bare.
        procent(v)
    }
}

/// What a scenario does, in words: "kostnader +25 %, effekter −25 %".
/// `effekt_procent` lowers the effects, so 25 is shown as −25 %.
pub fn scenariotext(s: &Scenario) -> String {
    format!("kostnader {}, effekter {}", andring(s.kostnad_procent), andring(-s.effekt_procent))
}

/// How a case's parameters stand to a model (the active one): what step 8
/// and the summary say, and whether "Räkna under <modell>" is offered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Modellage {
    /// Computed under this very model.
    Samma,
    /// The same parameters, but recorded under another model or version
    /// (or under none): only the reference would change.
    SammaParametrar { fallets: Option<Modellreferens> },
    /// Parameters that differ from the model's (edited in the case, or
    /// another model's), each with both values.
    Skiljer { fallets: Option<Modellreferens>, skillnader: Vec<Parameterskillnad> },
}

/// `parametrar` and `referens` of a case against `modell`.
pub fn modellage(parametrar: &Modellparametrar, referens: Option<&Modellreferens>, modell: &Vardermodell) -> Modellage {
    let skillnader = parameterskillnader(parametrar, &modell.parametrar);
    let fallets = referens.cloned();
    if !skillnader.is_empty() {
        Modellage::Skiljer { fallets, skillnader }
    } else if referens.is_some_and(|r| r.hash == modell.hash()) {
        Modellage::Samma
    } else {
        Modellage::SammaParametrar { fallets }
    }
}

impl super::Forstudie {
    /// Computes the case under `modell` from now on: its parameters become
    /// the model's and the case records which model they are. Only on the
    /// user's explicit choice (a new case, "Räkna under <modell>").
    pub fn anvand_modell(&mut self, modell: &Vardermodell) {
        self.parametrar = modell.parametrar.clone();
        self.vardermodell = Some(modell.referens());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_chooses_from_the_models_cost_types_and_keeps_its_own() {
        let mut m = Vardermodell::default();
        assert_eq!(m.kostnadstyper_for(Kostnadstyp::Lokaler), Kostnadstyp::ALLA.to_vec());
        m.kostnadstyper = vec![Kostnadstyp::Licenser, Kostnadstyp::Personal];
        assert_eq!(m.kostnadstyper_for(Kostnadstyp::Personal), vec![Kostnadstyp::Licenser, Kostnadstyp::Personal]);
        assert_eq!(
            m.kostnadstyper_for(Kostnadstyp::Lokaler),
            vec![Kostnadstyp::Licenser, Kostnadstyp::Personal, Kostnadstyp::Lokaler]
        );
    }

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

    fn dec(t: &str) -> Decimal {
        t.parse().unwrap()
    }

    #[test]
    fn same_parameters_have_no_differences_even_written_differently() {
        let a = Modellparametrar::default();
        assert!(parameterskillnader(&a, &a).is_empty());
        let mut b = a.clone();
        b.diskonteringsranta_procent = dec("3"); // 3.0 in the default
        assert!(parameterskillnader(&b, &a).is_empty());
    }

    #[test]
    fn differences_name_the_parameter_and_both_values() {
        let modell = Modellparametrar::default();
        let mut fallet = modell.clone();
        fallet.diskonteringsranta_procent = dec("-5");
        fallet.troskelvarden.hog = dec("50");
        fallet.ange_vikt(Kriterium::Ekonomi, dec("25"));
        fallet.scenarier[1].effekt_procent = dec("10");
        fallet.scenarier[2].namn = "Svart".into();
        let s = parameterskillnader(&fallet, &modell);
        let rad = |p: &str, f: &str, m: &str| Parameterskillnad {
            parameter: p.into(),
            i_fallet: f.into(),
            i_modellen: m.into(),
        };
        assert_eq!(
            s,
            vec![
                rad("Diskonteringsränta", "−5\u{a0}%", "3\u{a0}%"),
                rad("Scenario Försiktig: effekter", "−10\u{a0}%", "−25\u{a0}%"),
                rad("Scenario Svart", "kostnader +50\u{a0}%, effekter −50\u{a0}%", "finns inte"),
                rad("Scenario Pessimistisk", "finns inte", "kostnader +50\u{a0}%, effekter −50\u{a0}%"),
                rad("Vikt: Ekonomi", "25", "30"),
                rad("Tröskelvärde Hög (poäng)", "50", "70"),
            ]
        );
    }

    #[test]
    fn a_missing_weight_and_edited_lists_are_named() {
        let modell = Modellparametrar::default();
        let mut fallet = modell.clone();
        fallet.vikter.retain(|v| v.kriterium != Kriterium::Genomforbarhet);
        fallet.kanslighetsrantor_procent = vec![];
        fallet.paslag_procent = dec("40");
        let s = parameterskillnader(&fallet, &modell);
        let namn: Vec<_> = s.iter().map(|s| s.parameter.as_str()).collect();
        assert_eq!(namn, vec!["Känslighetsräntor", "Påslag på månadslön", "Vikt: Genomförbarhet"]);
        assert_eq!(s[0].i_fallet, "inga");
        assert_eq!(s[0].i_modellen, "0\u{a0}%; 3,5\u{a0}%; 8\u{a0}%");
        assert_eq!((s[2].i_fallet.as_str(), s[2].i_modellen.as_str()), ("saknas", "12,5"));
    }

    #[test]
    fn a_case_stands_to_a_model_by_its_parameters_and_reference() {
        let modell = Vardermodell::default();
        let mut fall = crate::model::Forstudie::ny([7; 16], "2026-12-01T00:00:00Z");
        assert_eq!(
            modellage(&fall.parametrar, fall.vardermodell.as_ref(), &modell),
            Modellage::SammaParametrar { fallets: None }
        );
        fall.anvand_modell(&modell);
        assert_eq!(fall.vardermodell, Some(modell.referens()));
        assert_eq!(modellage(&fall.parametrar, fall.vardermodell.as_ref(), &modell), Modellage::Samma);
        let mut ny = modell.clone();
        ny.version = "2".into();
        assert_eq!(
            modellage(&fall.parametrar, fall.vardermodell.as_ref(), &ny),
            Modellage::SammaParametrar { fallets: Some(modell.referens()) }
        );
        ny.parametrar.troskelvarden.hog = dec("75");
        let Modellage::Skiljer { fallets, skillnader } = modellage(&fall.parametrar, fall.vardermodell.as_ref(), &ny)
        else {
            panic!("differs")
        };
        assert_eq!(fallets, Some(modell.referens()));
        assert_eq!(skillnader.len(), 1);
        fall.anvand_modell(&ny);
        assert_eq!(fall.parametrar.troskelvarden.hog, dec("75"));
        assert_eq!(modellage(&fall.parametrar, fall.vardermodell.as_ref(), &ny), Modellage::Samma);
    }

    #[test]
    fn scenarios_read_with_their_direction() {
        let s = |k: &str, e: &str| Scenario { namn: "X".into(), kostnad_procent: dec(k), effekt_procent: dec(e) };
        assert_eq!(scenariotext(&s("0", "0")), "kostnader 0\u{a0}%, effekter 0\u{a0}%");
        assert_eq!(scenariotext(&s("25", "25")), "kostnader +25\u{a0}%, effekter \u{2212}25\u{a0}%");
        assert_eq!(scenariotext(&s("-10", "-5")), "kostnader \u{2212}10\u{a0}%, effekter +5\u{a0}%");
    }
}
