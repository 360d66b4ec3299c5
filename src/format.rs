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

use crate::json::{las_typat, skriv_json, Nod, Tal, Typfel};
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
    skriv_json(&affarsfall(forstudie, exporterad), true)
}

/// Writes a case as it is kept in local storage: the file without its
/// computed results. They are never read back (`las` skips them), and they
/// are most of a file (three quarters of the stress case's), so leaving
/// them out keeps every save quicker and the storage quota for more cases.
pub fn skriv_lagrad(forstudie: &Forstudie, sparad: &str) -> String {
    let lagrad = Lagrad { schema_version: SCHEMA_VERSION, app_version: APP_VERSION, exporterad: sparad, forstudie };
    skriv_json(&lagrad, true)
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
    // Straight into the envelope and inputs, with no tree (every stored
    // case without a current summary is read so when the start page lists
    // them, and every case when it opens). A good file is parsed once; one
    // refused here is read again as a tree, which says why in the order of
    // the checks: JSON, then version, then content.
    if text.len() > MAX_FILSTORLEK {
        return Err(Lasfel::ForStor { bytes: text.len() });
    }
    match las_typat::<Kuvert>(text) {
        Ok(k) if k.schema_version == SCHEMA_VERSION => Ok(k.into()),
        Ok(k) => Err(Lasfel::OkandVersion { version: u64::from(k.schema_version) }),
        Err(fel) => Err(varfor(text, fel)),
    }
}

/// Why `text` did not read as a file (`fel`, the typed reading's fault):
/// whether it is JSON, an object, of this version, and only then its
/// content, by the Swedish label and place of the value that is wrong.
fn varfor(text: &str, fel: Typfel) -> Lasfel {
    let rot = match Nod::las(text) {
        Ok(rot) => rot,
        Err(e) => return json_fel(e),
    };
    let Nod::Objekt(objekt) = &rot else { return Lasfel::InteEttObjekt };
    let version = match objekt.get("schema_version") {
        None => return Lasfel::InteEnForstudie,
        Some(v) => match v.u64() {
            Some(version) => version,
            None => return Lasfel::VersionFelTyp { typ: typ_av(v) },
        },
    };
    if version != u64::from(SCHEMA_VERSION) {
        return Lasfel::OkandVersion { version };
    }
    // A year's value is named by its calendar year when the file's first
    // year is one a field takes.
    let forsta_ar = rot
        .pekare(&["forstudie", "ekonomi", "kalkylperiod", "startar"])
        .and_then(Nod::i64)
        .filter(|ar| crate::model::Kalkylperiod::FORSTA_AR.contains(ar))
        .map(|ar| ar as i32);
    Lasfel::FelaktigtInnehall(tolkning::beskriv(fel, &rot, &etiketter::forstudie(forsta_ar)))
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
    let fil = las(text)?;
    // Only the inputs were read as types; the results are compared as the
    // file has them, figure by figure.
    let rot = Nod::las(text).map_err(json_fel)?;
    let kontroll = jamfor(rot.objekt().ok_or(Lasfel::InteEttObjekt)?, &fil.forstudie);
    Ok(Import { forstudie: fil.forstudie, kontroll })
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

/// What kind of JSON value `v` is, in Swedish (a version that is not a
/// non-negative integer).
fn typ_av(v: &Nod) -> &'static str {
    match v {
        Nod::Null => "null (inget värde)",
        Nod::Bool(_) => "sant eller falskt",
        Nod::Tal(Tal::Pos(_) | Tal::Neg(_)) => "ett negativt heltal",
        Nod::Tal(Tal::Flyt(_)) => "ett decimaltal",
        Nod::Text(_) => "text",
        Nod::Lista(_) => "en lista",
        Nod::Objekt(_) => "ett objekt",
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
#[path = "format/tester.rs"]
mod tests;
