//! The exported business case: one JSON file per case, also the form a case
//! is kept in under its local-storage key (there without the computed
//! results, which are recomputed whenever a case opens), so both share one
//! reader.
//!
//! Reading never trusts the file: it checks the schema version before
//! anything else and reports every fault as a Swedish message. The file's
//! own computed results are never used: an import recomputes them and lists
//! every figure that differs (`jamfor`).
//!
//! The JSON Schema of the file (schema/affarsfall.schema.json) is derived
//! from these types (`schema`, native builds only).

mod etiketter;
mod jamfor;
mod lasfel;
mod regler;
#[cfg(feature = "schema")]
pub mod schema;
mod snabbkontroll;
pub mod tolkning;

pub use jamfor::{jamfor, Avvikelse, Kontroll};
pub use lasfel::{avkoda, isolera, Lasfel};
pub use regler::{granska, Regelbrott};
pub use tolkning::{Etiketter, Innehallsfel};

use crate::model::Forstudie;
use crate::vardering::{self, Poangsattning, Vardering};
use serde::{Deserialize, Serialize};

/// The version of the file format this app writes and reads.
pub const SCHEMA_VERSION: u32 = 1;
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
/// Larger files are refused before parsing: a real case is far smaller.
pub const MAX_FILSTORLEK: usize = 20 * 1024 * 1024;

/// The file: a versioned envelope around one case.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Affarsfall {
    #[cfg_attr(feature = "schema", schemars(extend("const" = SCHEMA_VERSION)))]
    pub schema_version: u32,
    pub app_version: String,
    /// When the file was written (RFC 3339).
    pub exporterad: String,
    pub forstudie: Forstudie,
    /// Every figure computed from the case when it was written, so a reader
    /// without the app can check them. Optional: files and stored cases
    /// written before it existed still read. `las` never fills it: a file's
    /// results are not used, an import recomputes and compares them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vardering: Option<Vardering>,
    /// The assessment computed from the case's levels, weights, thresholds
    /// and NNK: points per criterion, score and summed priority. Like
    /// `vardering`, never read: an import recomputes and compares it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bedomning: Option<Poangsattning>,
}

/// The keys of the file that are not computed results: the envelope and
/// the inputs. Every other key of a written file is a computed result, and
/// an import checks each against a recomputation.
pub const INDATANYCKLAR: [&str; 4] = ["schema_version", "app_version", "exporterad", "forstudie"];

/// A file read for import: the case, and how the file's computed results
/// compare with the recomputation the app uses instead.
#[derive(Clone, Debug, PartialEq)]
pub struct Import {
    pub forstudie: Forstudie,
    pub kontroll: Kontroll,
}

/// The file of a case as this app writes it, results computed now.
pub fn affarsfall(forstudie: &Forstudie, exporterad: &str) -> Affarsfall {
    let (vardering, bedomning) = resultat(forstudie);
    Affarsfall {
        schema_version: SCHEMA_VERSION,
        app_version: APP_VERSION.into(),
        exporterad: exporterad.into(),
        forstudie: forstudie.clone(),
        vardering: Some(vardering),
        bedomning: Some(bedomning),
    }
}

/// The computed results a file carries (`vardering`, `bedomning`). The
/// scored assessment is the one that counts: the värderingsteam's when the
/// file has one, else the förvaltning's proposal.
fn resultat(forstudie: &Forstudie) -> (Vardering, Poangsattning) {
    let vardering = vardering::berakna(&forstudie.ekonomi, &forstudie.parametrar);
    let bedomning = vardering::berakna_poang(forstudie.gallande_bedomning(), vardering.bas.nnk, &forstudie.parametrar);
    (vardering, bedomning)
}

/// Writes a case as the pretty-printed file.
pub fn skriv(forstudie: &Forstudie, exporterad: &str) -> String {
    serde_json::to_string_pretty(&affarsfall(forstudie, exporterad)).expect("a case always serializes")
}

/// Writes a case as it is kept in local storage: the file without its
/// computed results. They are never read back (`las` skips them), and they
/// are most of a file (three quarters of the stress case's), so leaving
/// them out keeps every save quicker and the storage quota for more cases.
pub fn skriv_lagrad(forstudie: &Forstudie, sparad: &str) -> String {
    let lagrad = Lagrad { schema_version: SCHEMA_VERSION, app_version: APP_VERSION, exporterad: sparad, forstudie };
    serde_json::to_string_pretty(&lagrad).expect("a case always serializes")
}

/// `Affarsfall` without the results, borrowed: the same keys and values.
#[derive(Serialize)]
struct Lagrad<'a> {
    schema_version: u32,
    app_version: &'a str,
    exporterad: &'a str,
    forstudie: &'a Forstudie,
}

/// Reads a file: size, then JSON, then version, then content. The file's
/// computed results are not read (`vardering` is `None`): they are never
/// used, so a stored case whose results were written by another version of
/// the app still opens.
pub fn las(text: &str) -> Result<Affarsfall, Lasfel> {
    // Straight into the envelope and inputs, with no `serde_json::Value`
    // tree (every stored case is read so when the start page lists them,
    // and when a case opens). A good file is parsed once; one refused here
    // is read again as an import reads it, which says why in the order of
    // the checks: JSON, then version, then content.
    if text.len() > MAX_FILSTORLEK {
        return Err(Lasfel::ForStor { bytes: text.len() });
    }
    match serde_json::from_str::<Kuvert>(text) {
        Ok(k) if k.schema_version == SCHEMA_VERSION => Ok(k.into()),
        Ok(k) => Err(Lasfel::OkandVersion { version: u64::from(k.schema_version) }),
        // The tree says why, as an import would (and reads what only it
        // accepts, such as a key given twice).
        Err(_) => las_json(text).map(|(fil, _)| fil),
    }
}

/// The envelope and the inputs (`INDATANYCKLAR`); other keys are skipped.
#[derive(Deserialize)]
struct Kuvert {
    schema_version: u32,
    app_version: String,
    exporterad: String,
    forstudie: Forstudie,
}

impl From<Kuvert> for Affarsfall {
    /// The file as read: its computed results are never kept (`las`).
    fn from(k: Kuvert) -> Self {
        Affarsfall {
            schema_version: k.schema_version,
            app_version: k.app_version,
            exporterad: k.exporterad,
            forstudie: k.forstudie,
            vardering: None,
            bedomning: None,
        }
    }
}

/// Reads a file for import: `las`, then every computed result in the file
/// is compared with a recomputation from the file's inputs.
pub fn las_import(text: &str) -> Result<Import, Lasfel> {
    // A file this app wrote and nobody changed is settled in one pass; any
    // other is read and compared figure by figure, with the same outcome.
    if let Some(import) = snabbkontroll::oforandrad(text) {
        return Ok(import);
    }
    las_import_figurvis(text)
}

/// `las_import` without the one-pass check (its tests compare the two).
fn las_import_figurvis(text: &str) -> Result<Import, Lasfel> {
    let (fil, json) = las_json(text)?;
    let kontroll = jamfor(&json, &fil.forstudie);
    Ok(Import { forstudie: fil.forstudie, kontroll })
}

/// `las`, also giving the file's other keys (its computed results) as JSON.
fn las_json(text: &str) -> Result<(Affarsfall, serde_json::Map<String, serde_json::Value>), Lasfel> {
    use serde_json::Value;
    if text.len() > MAX_FILSTORLEK {
        return Err(Lasfel::ForStor { bytes: text.len() });
    }
    let varde: Value = serde_json::from_str(text).map_err(json_fel)?;
    let Value::Object(mut objekt) = varde else { return Err(Lasfel::InteEttObjekt) };
    let version = match objekt.get("schema_version") {
        None => return Err(Lasfel::InteEnForstudie),
        Some(v) => v.as_u64().ok_or(Lasfel::VersionFelTyp { typ: typ_av(v) })?,
    };
    if version != u64::from(SCHEMA_VERSION) {
        return Err(Lasfel::OkandVersion { version });
    }
    // Only the envelope and the inputs are read as types; the results stay
    // JSON, to be compared figure by figure.
    let mut indata = serde_json::Map::new();
    for nyckel in INDATANYCKLAR {
        if let Some(v) = objekt.remove(nyckel) {
            indata.insert(nyckel.into(), v);
        }
    }
    // A year's value is named by its calendar year when the file's first
    // year is one a field takes.
    let forsta_ar = indata
        .get("forstudie")
        .and_then(|f| f.pointer("/ekonomi/kalkylperiod/startar"))
        .and_then(Value::as_i64)
        .filter(|ar| crate::model::Kalkylperiod::FORSTA_AR.contains(ar))
        .map(|ar| ar as i32);
    let k: Kuvert =
        tolkning::tolka(&Value::Object(indata), &etiketter::forstudie(forsta_ar)).map_err(Lasfel::FelaktigtInnehall)?;
    Ok((k.into(), objekt))
}

/// Why text is not JSON that can be read, from serde_json's error (only
/// its kind and place are used, never its words).
fn json_fel(fel: serde_json::Error) -> Lasfel {
    let (rad, kolumn) = (fel.line(), fel.column());
    let text = fel.to_string();
    if text.starts_with("recursion limit exceeded") {
        Lasfel::ForDjup { rad, kolumn }
    } else if text.starts_with("number out of range") {
        Lasfel::TalUtanforGrans { rad, kolumn }
    } else {
        Lasfel::InteJson { rad, kolumn }
    }
}

/// What kind of JSON value `v` is, in Swedish.
fn typ_av(v: &serde_json::Value) -> &'static str {
    use serde_json::Value;
    match v {
        Value::Null => "null (inget värde)",
        Value::Bool(_) => "sant eller falskt",
        Value::Number(n) if n.is_i64() => "ett negativt heltal",
        Value::Number(_) => "ett decimaltal",
        Value::String(_) => "text",
        Value::Array(_) => "en lista",
        Value::Object(_) => "ett objekt",
    }
}

/// The export's file name: the title in letters, digits and dashes, and a date.
pub fn filnamn(titel: &str, datum: &str) -> String {
    let mut namn = String::new();
    for c in titel.trim().to_lowercase().chars() {
        let c = match c {
            'å' | 'ä' => 'a',
            'ö' => 'o',
            c if c.is_ascii_alphanumeric() => c,
            _ => '-',
        };
        if !(c == '-' && (namn.is_empty() || namn.ends_with('-'))) {
            namn.push(c);
        }
        if namn.len() >= 60 {
            break;
        }
    }
    let namn = namn.trim_end_matches('-');
    let namn = if namn.is_empty() { "forstudie" } else { namn };
    format!("{namn}-{datum}.json")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_fault_has_its_own_swedish_message() {
        assert!(matches!(las("{\"schema_version\": 1,"), Err(Lasfel::InteJson { rad: 1, .. })));
        assert_eq!(las("[1,2]"), Err(Lasfel::InteEttObjekt));
        assert_eq!(las("{\"a\": 1}"), Err(Lasfel::InteEnForstudie));
        // The wrong type is named as the wrong type, not as missing.
        assert_eq!(las("{\"schema_version\": \"1\"}"), Err(Lasfel::VersionFelTyp { typ: "text" }));
        assert_eq!(
            las("{\"schema_version\": \"1\"}").unwrap_err().to_string(),
            "Filens schemaversion ska vara heltalet 1, men filen har text. Filen har ändrats för hand eller kommer från ett annat program."
        );
        assert_eq!(las("{\"schema_version\": 1.0}"), Err(Lasfel::VersionFelTyp { typ: "ett decimaltal" }));
        assert_eq!(las("{\"schema_version\": 99}"), Err(Lasfel::OkandVersion { version: 99 }));
        let fel = las("{\"schema_version\": 1}").unwrap_err();
        assert!(matches!(fel, Lasfel::FelaktigtInnehall(_)));
        assert_eq!(
            fel.to_string(),
            "Filen har rätt version men innehållet stämmer inte med formatet. Appversion: saknas i filen."
        );
        // Too deep and too large are named as that, not as invalid JSON.
        let djup = format!("{}{}", "[".repeat(200), "]".repeat(200));
        assert!(matches!(las(&djup), Err(Lasfel::ForDjup { rad: 1, .. })));
        assert!(matches!(las("{\"schema_version\": 1e400}"), Err(Lasfel::TalUtanforGrans { rad: 1, .. })));
        assert!(Lasfel::OkandVersion { version: 2 }.to_string().contains("schemaversion 2"));
    }

    #[test]
    fn the_file_holds_the_computed_results_and_reads_without_them() {
        use crate::model::{Effektrad, Fordelning, Kostnadsrad};
        let mut fall = Forstudie::ny([7; 16], "2026-11-26T10:00:00Z");
        fall.ekonomi.kostnader.push(Kostnadsrad {
            id: "k1".into(),
            namnd: "KS".into(),
            fordelning: Fordelning::Engangs { ar: 0, varde: 1000.into() },
            ..Default::default()
        });
        fall.ekonomi.effekter.push(Effektrad {
            id: "e1".into(),
            namnd: "KS".into(),
            fordelning: Fordelning::Aterkommande { fran: 1, till: 4, varde: 500.into() },
            ..Default::default()
        });
        let text = skriv(&fall, "2026-11-26T10:00:00Z");
        let json: serde_json::Value = serde_json::from_str(&text).unwrap();
        // d(t) at 3 %: 1000 at t=0; 500 at t=1…4 → 485.44 + 471.30 + 457.57 + 444.24 − 1000.
        assert_eq!(json["vardering"]["bas"]["nnv"], "858.55");
        assert_eq!(json["vardering"]["bas"]["aterbetalningsar"], 2);
        // NNK = 858.55 / 1000 → 0.8586 → economy level 3: 30 × 3 / 4 = 22.5
        // points; nothing else is scored yet, so no priority.
        assert_eq!(json["bedomning"]["kriterier"][8]["niva"], 3);
        assert_eq!(json["bedomning"]["poang"], "22.5");
        assert_eq!(json["bedomning"]["prioritering"], serde_json::Value::Null);
        let last = las(&text).unwrap();
        assert_eq!((last.vardering, last.bedomning, &last.forstudie), (None, None, &fall), "results are not read");
        assert_eq!(las_import(&text).unwrap(), Import { forstudie: fall.clone(), kontroll: Kontroll::Stammer });
        // A file without results (as written before) still reads.
        let mut utan = json.clone();
        utan.as_object_mut().unwrap().remove("vardering");
        utan.as_object_mut().unwrap().remove("bedomning");
        let last = las(&utan.to_string()).unwrap();
        assert_eq!((last.vardering, &last.forstudie), (None, &fall));
        assert_eq!(las_import(&utan.to_string()).unwrap().kontroll, Kontroll::UtanResultat);
        // Results of another shape never stop a case from reading.
        let mut annan = json.clone();
        annan["vardering"] = serde_json::json!({"bas": "trasig"});
        assert_eq!(las(&annan.to_string()).unwrap().forstudie, fall);
        assert!(matches!(las_import(&annan.to_string()).unwrap().kontroll, Kontroll::Avviker(_)));
    }

    #[test]
    fn a_stored_case_reads_with_the_checks_of_an_import() {
        let fall = Forstudie::ny([9; 16], "2026-11-26T10:00:00Z");
        let text = skriv(&fall, "2026-11-26T10:00:00Z");
        assert_eq!(las(&text).unwrap().forstudie, fall);
        // `las` parses straight into types, `las_import` through a JSON
        // tree: the same faults give the same errors.
        let annan = text.replacen("\"schema_version\": 1", "\"schema_version\": 2", 1);
        let utan_titel = text.replacen("\"skapad\"", "\"skapat\"", 1);
        for fel in [
            "{\"schema_version\": 1,",
            "[1,2]",
            "{\"schema_version\": 1.0}",
            "{\"schema_version\": 2}",
            "{\"schema_version\": 1}",
            "{\"schema_version\": 1, \"app_version\": 3}",
            &annan,
            &utan_titel,
        ] {
            assert_eq!(las(fel).unwrap_err(), las_import(fel).unwrap_err(), "{fel}");
        }
        assert_eq!(las(&annan).unwrap_err(), Lasfel::OkandVersion { version: 2 });
        // A key given twice: the tree keeps the last, so both read it.
        let dubbel = text.replacen("\"exporterad\"", "\"exporterad\": \"x\", \"exporterad\"", 1);
        assert_eq!(las(&dubbel).unwrap().forstudie, fall);
    }

    #[test]
    fn a_content_fault_names_the_field_by_its_swedish_label_and_place() {
        use crate::model::{Fordelning, Kostnadsrad};
        let mut fall = Forstudie::ny([7; 16], "2026-11-26T10:00:00Z");
        for i in 0..3 {
            fall.ekonomi.kostnader.push(Kostnadsrad {
                id: format!("k{i}"),
                fordelning: Fordelning::PerAr { varden: vec![1000.into(), 2000.into()] },
                ..Default::default()
            });
        }
        let text = skriv(&fall, "2026-11-26T10:00:00Z");
        let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
        json["forstudie"]["ekonomi"]["kostnader"][2]["fordelning"]["varden"][0] = "Infinity".into();
        assert_eq!(
            las(&json.to_string()).unwrap_err().to_string(),
            "Filen har rätt version men innehållet stämmer inte med formatet. Kostnad 3, år 2027: ska vara ett tal, men filen har text som inte går att läsa så."
        );
        let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
        json["forstudie"]["ekonomi"]["kalkylperiod"]["ar"] = (-5).into();
        assert!(las(&json.to_string())
            .unwrap_err()
            .to_string()
            .ends_with("Kalkylperiod, år: ska vara ett heltal, 0 eller större, men filen har −5."));
        let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
        json["forstudie"]["id"] = "lol".into();
        assert!(las(&json.to_string())
            .unwrap_err()
            .to_string()
            .ends_with("Id: är inget giltigt id (ett id skrivs som 0a0b0c0d-0000-4000-8000-000000000001)."));
        let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
        json["forstudie"].as_object_mut().unwrap().remove("id");
        assert!(las(&json.to_string()).unwrap_err().to_string().ends_with("Id: saknas i filen."));
    }

    #[test]
    fn file_names_are_plain_ascii() {
        assert_eq!(
            filnamn("Digital ansökan om färdtjänst!", "2026-11-26"),
            "digital-ansokan-om-fardtjanst-2026-11-26.json"
        );
        assert_eq!(filnamn("  ", "2026-11-26"), "forstudie-2026-11-26.json");
    }

    #[test]
    fn an_oversized_file_is_refused_before_parsing() {
        let stor = " ".repeat(MAX_FILSTORLEK + 1);
        assert!(matches!(las(&stor), Err(Lasfel::ForStor { .. })));
    }
}
