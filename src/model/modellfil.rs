//! The värderingsmodell as a file: what the team exports from its model
//! page, what a förvaltning loads, and `vardermodell.json` beside
//! index.html. A versioned envelope like the case file's:
//!
//! ```json
//! { "modellformat": 1, "vardermodell": { "namn": …, "version": …, "parametrar": { … }, … } }
//! ```
//!
//! Reading checks, in order: size, JSON, the format version, that every
//! field is there with no unknown ones (a missing weight is never silently
//! the default), the types, and then the model's own rules
//! (`Vardermodell::brister`). Every fault is a Swedish message.

use super::parametrar::AVRUNDNINGSREGEL;
use super::vardermodell::Vardermodell;
use crate::json::{las_typat, skriv_json, Nod};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// The version of the model file this app writes and reads.
pub const MODELLFORMAT: u64 = 1;
/// A model is a few kilobytes; a larger file is refused before parsing.
pub const MAX_MODELLSTORLEK: usize = 1024 * 1024;

#[derive(Serialize, Deserialize)]
struct Modellfil {
    modellformat: u64,
    vardermodell: Vardermodell,
}

/// Why a model file could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Modellfel {
    ForStor {
        bytes: usize,
    },
    InteJson {
        rad: usize,
        kolumn: usize,
    },
    InteEnModell,
    OkandVersion {
        version: String,
    },
    /// Fields missing, unknown or of the wrong kind.
    Innehall {
        detaljer: Vec<String>,
    },
    /// Read, but breaking the model's rules.
    Brister {
        brister: Vec<String>,
    },
}

impl fmt::Display for Modellfel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Modellfel::ForStor { bytes } => {
                write!(f, "Modellfilen är för stor ({} kB); en värderingsmodell är högst {} kB.", bytes / 1024, MAX_MODELLSTORLEK / 1024)
            }
            Modellfel::InteJson { rad, kolumn } => write!(
                f,
                "Modellfilen är inte giltig JSON (fel på rad {rad}, kolumn {kolumn}). Den kan vara avkortad eller redigerad för hand."
            ),
            Modellfel::InteEnModell => write!(
                f,
                "Filen är inte en värderingsmodell från den här appen: fältet modellformat saknas. (En förstudie läses på startsidan.)"
            ),
            Modellfel::OkandVersion { version } => write!(
                f,
                "Modellfilen har format {version}, men den här versionen av appen läser format {MODELLFORMAT}. Be värderingsteamet exportera modellen igen."
            ),
            Modellfel::Innehall { detaljer } => {
                write!(f, "Modellfilen stämmer inte med formatet: {}", detaljer.join(" "))
            }
            Modellfel::Brister { brister } => {
                write!(f, "Modellen i filen går inte att använda: {}", brister.join(" "))
            }
        }
    }
}

impl std::error::Error for Modellfel {}

/// Writes a model as the pretty-printed file.
pub fn skriv_modell(modell: &Vardermodell) -> String {
    let fil = Modellfil { modellformat: MODELLFORMAT, vardermodell: modell.clone() };
    skriv_json(&fil, true)
}

/// The file name the team's export gets: "vardermodell-<namn>-<version>.json"
/// in letters, digits, dots and dashes.
pub fn modellfilnamn(modell: &Vardermodell) -> String {
    let del = |text: &str| {
        let mut ut = String::new();
        for c in text.trim().to_lowercase().chars() {
            let c = match c {
                'å' | 'ä' => 'a',
                'ö' => 'o',
                'é' => 'e',
                c if c.is_ascii_alphanumeric() || c == '.' => c,
                _ => '-',
            };
            if !(c == '-' && (ut.is_empty() || ut.ends_with('-'))) {
                ut.push(c);
            }
        }
        let ut: String = ut.trim_end_matches('-').chars().take(60).collect();
        if ut.is_empty() {
            "modell".to_string()
        } else {
            ut
        }
    };
    format!("vardermodell-{}-{}.json", del(&modell.namn), del(&modell.version))
}

/// The keys a model file must have, at each level.
const MODELLNYCKLAR: [&str; 7] =
    ["namn", "version", "giltig_fran", "parametrar", "kostnadstyper", "namnder", "forvaltningar"];
const PARAMETERNYCKLAR: [&str; 8] = [
    "diskonteringsranta_procent",
    "kanslighetsrantor_procent",
    "scenarier",
    "paslag_procent",
    "produktiva_timmar_per_manad",
    "vikter",
    "troskelvarden",
    "strategier",
];
/// Other spellings of the lists' names: written only when there are any.
const VALFRIA_MODELLNYCKLAR: [&str; 1] = ["alias"];
/// Written by the app, and the app's own rule: accepted, not required.
const VALFRIA_PARAMETERNYCKLAR: [&str; 1] = ["avrundning"];

/// Missing and unknown keys of one object, as messages.
fn nyckelbrister(objekt: &BTreeMap<String, Nod>, var: &str, kravda: &[&str], valfria: &[&str], ut: &mut Vec<String>) {
    for k in kravda {
        if !objekt.contains_key(*k) {
            ut.push(format!("Fältet ”{k}” saknas{var}."));
        }
    }
    for k in objekt.keys() {
        if !kravda.contains(&k.as_str()) && !valfria.contains(&k.as_str()) {
            ut.push(format!("Fältet ”{k}”{var} är okänt."));
        }
    }
}

/// serde's English reason, said in Swedish: the field or value it names,
/// and where in the file.
fn serdefel(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let citerat = text.split('`').nth(1).unwrap_or("");
    let var = format!(" (rad {}, kolumn {})", e.line(), e.column());
    if text.starts_with("missing field") {
        format!("Fältet ”{citerat}” saknas{var}.")
    } else if text.starts_with("unknown variant") {
        format!("Värdet ”{citerat}” är inte ett av de tillåtna{var}.")
    } else if text.starts_with("duplicate field") {
        format!("Fältet ”{citerat}” står två gånger{var}.")
    } else if text.starts_with("invalid type") || text.starts_with("invalid value") {
        format!("Ett värde har fel slag, till exempel text där ett tal ska stå eller tvärtom{var}.")
    } else {
        format!("Ett värde går inte att läsa{var}.")
    }
}

/// Reads a model file and checks the model; the model, or why not.
pub fn las_modell(text: &str) -> Result<Vardermodell, Modellfel> {
    if text.len() > MAX_MODELLSTORLEK {
        return Err(Modellfel::ForStor { bytes: text.len() });
    }
    // The keys are checked on the file as a tree (`Nod`), the types by
    // reading the text as the model's types: no `serde_json::Value`.
    let varde = Nod::las(text).map_err(|e| Modellfel::InteJson { rad: e.line(), kolumn: e.column() })?;
    let Nod::Objekt(fil) = &varde else { return Err(Modellfel::InteEnModell) };
    let version = fil.get("modellformat").ok_or(Modellfel::InteEnModell)?;
    if version.u64() != Some(MODELLFORMAT) {
        return Err(Modellfel::OkandVersion { version: version.to_string() });
    }
    let mut detaljer = Vec::new();
    nyckelbrister(fil, "", &["modellformat", "vardermodell"], &[], &mut detaljer);
    if let Some(Nod::Objekt(modell)) = fil.get("vardermodell") {
        nyckelbrister(modell, " i vardermodell", &MODELLNYCKLAR, &VALFRIA_MODELLNYCKLAR, &mut detaljer);
        if let Some(Nod::Objekt(p)) = modell.get("parametrar") {
            nyckelbrister(p, " i parametrar", &PARAMETERNYCKLAR, &VALFRIA_PARAMETERNYCKLAR, &mut detaljer);
        }
    } else if fil.contains_key("vardermodell") {
        detaljer.push("Fältet ”vardermodell” ska vara ett objekt.".into());
    }
    if !detaljer.is_empty() {
        return Err(Modellfel::Innehall { detaljer });
    }
    // Parsed again from the text, not the tree, so a type fault has its line.
    let fil: Modellfil = las_typat(text).map_err(|e| Modellfel::Innehall { detaljer: vec![serdefel(&e.fel)] })?;
    let mut modell = fil.vardermodell;
    // The rounding rule is the engine's, not the team's to set.
    modell.parametrar.avrundning = AVRUNDNINGSREGEL.into();
    let brister = modell.brister();
    if !brister.is_empty() {
        return Err(Modellfel::Brister { brister: brister.into_iter().map(|b| b.meddelande).collect() });
    }
    Ok(modell)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Forvaltningspost;
    use serde_json::Value;

    fn modell() -> Vardermodell {
        let mut m = Vardermodell {
            namn: "Exempelkommunens modell".into(),
            version: "2027.1".into(),
            giltig_fran: "2027-01-01".into(),
            ..Default::default()
        };
        m.parametrar.diskonteringsranta_procent = "4".parse().unwrap();
        m.namnder = vec!["Kommunstyrelsen".into(), "Byggnadsnämnden".into()];
        m.forvaltningar =
            vec![Forvaltningspost { namn: "Stadsbyggnadsförvaltningen".into(), namnd: "Byggnadsnämnden".into() }];
        m
    }

    #[test]
    fn a_written_model_reads_back_the_same() {
        let m = modell();
        let text = skriv_modell(&m);
        assert!(text.starts_with("{\n  \"modellformat\": 1,\n  \"vardermodell\": {"), "{text}");
        let last = las_modell(&text).unwrap();
        assert_eq!(last, m);
        assert_eq!(last.hash(), m.hash());
        assert_eq!(modellfilnamn(&m), "vardermodell-exempelkommunens-modell-2027.1.json");
    }

    #[test]
    fn not_json_not_a_model_and_another_version_say_so() {
        assert_eq!(las_modell("{ \"modellformat\": 1, ").unwrap_err(), Modellfel::InteJson { rad: 1, kolumn: 21 });
        let e = las_modell("{\"schema_version\": 1}").unwrap_err();
        assert_eq!(e, Modellfel::InteEnModell);
        assert!(e.to_string().contains("inte en värderingsmodell"));
        let e = las_modell("{\"modellformat\": 2, \"vardermodell\": {}}").unwrap_err();
        assert_eq!(
            e.to_string(),
            "Modellfilen har format 2, men den här versionen av appen läser format 1. Be värderingsteamet exportera modellen igen."
        );
        assert!(matches!(las_modell(&" ".repeat(MAX_MODELLSTORLEK + 1)), Err(Modellfel::ForStor { .. })));
    }

    #[test]
    fn a_missing_parameter_is_refused_not_defaulted() {
        let mut v: Value = serde_json::from_str(&skriv_modell(&modell())).unwrap();
        let p = v["vardermodell"]["parametrar"].as_object_mut().unwrap();
        p.remove("vikter");
        p.insert("rantan".into(), Value::from(3));
        let e = las_modell(&v.to_string()).unwrap_err();
        assert_eq!(
            e,
            Modellfel::Innehall {
                detaljer: vec![
                    "Fältet ”vikter” saknas i parametrar.".into(),
                    "Fältet ”rantan” i parametrar är okänt.".into()
                ]
            }
        );
        assert_eq!(e.to_string(), "Modellfilen stämmer inte med formatet: Fältet ”vikter” saknas i parametrar. Fältet ”rantan” i parametrar är okänt.");
    }

    #[test]
    fn wrong_types_are_said_in_swedish() {
        let text = skriv_modell(&modell())
            .replace("\"kostnadstyper\": [\n      \"personal\"", "\"kostnadstyper\": [\n      \"personalen\"");
        assert_ne!(text, skriv_modell(&modell()), "the replacement applied");
        let e = las_modell(&text).unwrap_err().to_string();
        assert!(
            e.starts_with(
                "Modellfilen stämmer inte med formatet: Värdet ”personalen” är inte ett av de tillåtna (rad "
            ),
            "{e}"
        );
        let text = skriv_modell(&modell()).replace("\"namnder\": [", "\"namnder\": 5, \"x\": [");
        let e = las_modell(&text).unwrap_err().to_string();
        assert!(e.contains("Fältet ”x” i vardermodell är okänt."), "{e}");
        let mut v: Value = serde_json::from_str(&skriv_modell(&modell())).unwrap();
        v["vardermodell"]["namnder"] = Value::from(5);
        let e = las_modell(&v.to_string()).unwrap_err().to_string();
        assert!(e.contains("fel slag"), "{e}");
        assert!(!e.contains("invalid"), "{e}");
    }

    #[test]
    fn a_model_breaking_the_engines_rules_is_refused_with_every_reason() {
        let mut m = modell();
        m.parametrar.diskonteringsranta_procent = "150".parse().unwrap();
        m.parametrar.vikter[0].vikt = "10".parse().unwrap();
        let e = las_modell(&skriv_modell(&m)).unwrap_err();
        assert_eq!(
            e.to_string(),
            "Modellen i filen går inte att använda: Diskonteringsräntan: Räntan ska vara mellan −50 och 100 %. Vikterna summerar till 102,5; de ska summera till exakt 100."
        );
    }

    #[test]
    fn the_rounding_rule_is_the_apps() {
        let mut v: Value = serde_json::from_str(&skriv_modell(&modell())).unwrap();
        v["vardermodell"]["parametrar"]["avrundning"] = Value::from("Avrunda uppåt.");
        assert_eq!(las_modell(&v.to_string()).unwrap().parametrar.avrundning, AVRUNDNINGSREGEL);
        v["vardermodell"]["parametrar"].as_object_mut().unwrap().remove("avrundning");
        assert_eq!(las_modell(&v.to_string()).unwrap(), modell());
    }
}
