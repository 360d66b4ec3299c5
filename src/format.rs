//! The exported business case: one JSON file per case, also the form a case
//! is kept in under its local-storage key, so both share one reader.
//!
//! Reading never trusts the file: it checks the schema version before
//! anything else and reports every fault as a Swedish message.

use crate::model::Forstudie;
use crate::valuation::{self, Poangsattning, Vardering};
use serde::de::{DeserializeOwned, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::error::Category;
use std::fmt;

/// The version of the file format this app writes and reads.
pub const SCHEMA_VERSION: u32 = 1;
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
/// Larger files are refused before parsing: a real case is far smaller.
pub const MAX_FILSTORLEK: usize = 20 * 1024 * 1024;

/// The file: a versioned envelope around one case.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Affarsfall {
    pub schema_version: u32,
    pub app_version: String,
    /// When the file was written (RFC 3339).
    pub exporterad: String,
    pub forstudie: Forstudie,
    /// Every figure computed from the case when it was written, so a reader
    /// without the app can check them. Optional: files and stored cases
    /// written before it existed still read, and import recomputes anyway.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vardering: Option<Vardering>,
    /// The assessment computed from the case's levels, weights, thresholds
    /// and NNK: points per criterion, score and summed priority.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bedomning: Option<Poangsattning>,
}

/// Why a file or stored value could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Lasfel {
    ForStor { bytes: usize },
    InteJson { rad: usize, kolumn: usize },
    InteEnForstudie,
    OkandVersion { version: u64 },
    FelaktigtInnehall { detalj: String },
}

impl fmt::Display for Lasfel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Lasfel::ForStor { bytes } => write!(
                f,
                "Filen är för stor ({} MB). En förstudie är högst {} MB.",
                bytes / (1024 * 1024),
                MAX_FILSTORLEK / (1024 * 1024)
            ),
            Lasfel::InteJson { rad, kolumn } => write!(
                f,
                "Filen är inte giltig JSON (fel på rad {rad}, kolumn {kolumn}). Den kan vara avkortad eller redigerad för hand."
            ),
            Lasfel::InteEnForstudie => write!(
                f,
                "Filen är inte en förstudie från den här appen: fältet schema_version saknas."
            ),
            Lasfel::OkandVersion { version } => write!(
                f,
                "Filen har schemaversion {version}, men den här versionen av appen läser version {SCHEMA_VERSION}. Be avsändaren exportera igen, eller använd en nyare version av appen."
            ),
            Lasfel::FelaktigtInnehall { detalj } => write!(
                f,
                "Filen har rätt version men innehållet stämmer inte med formatet: {detalj}"
            ),
        }
    }
}

impl std::error::Error for Lasfel {}

/// Writes a case as the pretty-printed file.
pub fn skriv(forstudie: &Forstudie, exporterad: &str) -> String {
    let fil = Affarsfall {
        schema_version: SCHEMA_VERSION,
        app_version: APP_VERSION.into(),
        exporterad: exporterad.into(),
        forstudie: forstudie.clone(),
        vardering: None,
        bedomning: None,
    };
    let vardering = valuation::berakna(&forstudie.ekonomi, &forstudie.parametrar);
    let fil = Affarsfall {
        bedomning: Some(valuation::poangsatt(&forstudie.bedomning, vardering.bas.nnk, &forstudie.parametrar)),
        vardering: Some(vardering),
        ..fil
    };
    serde_json::to_string_pretty(&fil).expect("a case always serializes")
}

/// Reads a file: size, then JSON, then version, then content.
pub fn las(text: &str) -> Result<Affarsfall, Lasfel> {
    las_som(text)
}

/// The case alone, with the same checks, as the app reads stored cases and
/// imports: the results in the file are not read, since the app computes
/// them again from the case. (Their reader is then left out of the
/// browser bundle.)
pub fn las_forstudie(text: &str) -> Result<Forstudie, Lasfel> {
    las_som::<Kuvert>(text).map(|k| k.forstudie)
}

/// The envelope without the computed results.
#[derive(Deserialize)]
struct Kuvert {
    schema_version: u32,
    #[serde(rename = "app_version")]
    _app_version: String,
    #[serde(rename = "exporterad")]
    _exporterad: String,
    forstudie: Forstudie,
}

/// A read envelope's schema version.
trait Versionerad {
    fn version(&self) -> u32;
}

impl Versionerad for Affarsfall {
    fn version(&self) -> u32 {
        self.schema_version
    }
}

impl Versionerad for Kuvert {
    fn version(&self) -> u32 {
        self.schema_version
    }
}

fn las_som<T: DeserializeOwned + Versionerad>(text: &str) -> Result<T, Lasfel> {
    if text.len() > MAX_FILSTORLEK {
        return Err(Lasfel::ForStor { bytes: text.len() });
    }
    // Straight into types (no `serde_json::Value` tree: faster, and a
    // smaller browser bundle). A good file is parsed once; only a refused
    // one is read again to say why, in the order of the checks: JSON, then
    // version, then content.
    match serde_json::from_str::<T>(text) {
        Ok(fil) if fil.version() == SCHEMA_VERSION => Ok(fil),
        Ok(fil) => Err(Lasfel::OkandVersion { version: u64::from(fil.version()) }),
        Err(fel) => Err(varfor(text, &fel)),
    }
}

/// Why a file that did not read was refused.
fn varfor(text: &str, fel: &serde_json::Error) -> Lasfel {
    // A value of the wrong kind where the version should be (a fraction,
    // say, which the header declines) means no version, as a missing one.
    let huvud = match serde_json::from_str::<Huvud>(text) {
        Ok(huvud) => huvud,
        Err(e) if e.classify() == Category::Data => return Lasfel::InteEnForstudie,
        Err(e) => return Lasfel::InteJson { rad: e.line(), kolumn: e.column() },
    };
    match huvud.0 {
        None => Lasfel::InteEnForstudie,
        Some(version) if version != u64::from(SCHEMA_VERSION) => Lasfel::OkandVersion { version },
        Some(_) => Lasfel::FelaktigtInnehall { detalj: utan_position(fel) },
    }
}

/// The error's message without serde_json's " at line … column …", as a
/// reader of a parsed tree reported it.
fn utan_position(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let position = format!(" at line {} column {}", e.line(), e.column());
    text.strip_suffix(&position).map(str::to_string).unwrap_or(text)
}

/// Any JSON document, keeping only a top-level object's `schema_version`
/// when it is a whole non-negative number. Only a syntax error fails here,
/// or a fractional number (declined, so no float is read).
struct Huvud(Option<u64>);

impl<'de> Deserialize<'de> for Huvud {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Besok;
        impl<'de> Visitor<'de> for Besok {
            type Value = Huvud;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("JSON")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<Huvud, A::Error> {
                let mut version = None;
                while let Some(nyckel) = m.next_key::<String>()? {
                    if nyckel == "schema_version" {
                        version = m.next_value::<Version>()?.0;
                    } else {
                        m.next_value::<IgnoredAny>()?;
                    }
                }
                Ok(Huvud(version))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, s: A) -> Result<Huvud, A::Error> {
                IgnoredAny.visit_seq(s).map(|_| Huvud(None))
            }
            fn visit_bool<E>(self, _: bool) -> Result<Huvud, E> {
                Ok(Huvud(None))
            }
            fn visit_i64<E>(self, _: i64) -> Result<Huvud, E> {
                Ok(Huvud(None))
            }
            fn visit_u64<E>(self, _: u64) -> Result<Huvud, E> {
                Ok(Huvud(None))
            }
            fn visit_str<E>(self, _: &str) -> Result<Huvud, E> {
                Ok(Huvud(None))
            }
            fn visit_unit<E>(self) -> Result<Huvud, E> {
                Ok(Huvud(None))
            }
        }
        d.deserialize_any(Besok)
    }
}

/// Any JSON value but a fractional number: the number when it is a whole
/// non-negative one.
struct Version(Option<u64>);

impl<'de> Deserialize<'de> for Version {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Besok;
        impl<'de> Visitor<'de> for Besok {
            type Value = Version;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("JSON")
            }
            fn visit_u64<E>(self, v: u64) -> Result<Version, E> {
                Ok(Version(Some(v)))
            }
            fn visit_map<A: MapAccess<'de>>(self, m: A) -> Result<Version, A::Error> {
                IgnoredAny.visit_map(m).map(|_| Version(None))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, s: A) -> Result<Version, A::Error> {
                IgnoredAny.visit_seq(s).map(|_| Version(None))
            }
            fn visit_bool<E>(self, _: bool) -> Result<Version, E> {
                Ok(Version(None))
            }
            fn visit_i64<E>(self, _: i64) -> Result<Version, E> {
                Ok(Version(None))
            }
            fn visit_str<E>(self, _: &str) -> Result<Version, E> {
                Ok(Version(None))
            }
            fn visit_unit<E>(self) -> Result<Version, E> {
                Ok(Version(None))
            }
        }
        d.deserialize_any(Besok)
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
        assert_eq!(las("[1,2]"), Err(Lasfel::InteEnForstudie));
        assert_eq!(las("{\"a\": 1}"), Err(Lasfel::InteEnForstudie));
        assert_eq!(las("{\"schema_version\": \"1\"}"), Err(Lasfel::InteEnForstudie));
        assert_eq!(las("{\"schema_version\": 99}"), Err(Lasfel::OkandVersion { version: 99 }));
        let fel = las("{\"schema_version\": 1}").unwrap_err();
        assert!(matches!(fel, Lasfel::FelaktigtInnehall { .. }));
        assert!(fel.to_string().starts_with("Filen har rätt version"));
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
        assert_eq!(last.vardering, Some(valuation::berakna(&fall.ekonomi, &fall.parametrar)));
        assert_eq!(last.forstudie, fall);
        // A file without results (as written before) still reads.
        let mut utan = json.clone();
        utan.as_object_mut().unwrap().remove("vardering");
        let last = las(&utan.to_string()).unwrap();
        assert_eq!((last.vardering, last.forstudie), (None, fall));
    }

    #[test]
    fn the_app_reads_the_case_with_the_same_checks_and_without_the_results() {
        let fall = Forstudie::ny([9; 16], "2026-11-26T10:00:00Z");
        let text = skriv(&fall, "2026-11-26T10:00:00Z");
        assert_eq!(las_forstudie(&text), Ok(fall));
        for fel in ["{\"schema_version\": 1,", "[1,2]", "{\"schema_version\": 1.0}", "{\"schema_version\": 2}", "{\"schema_version\": 1}"] {
            assert_eq!(las_forstudie(fel).unwrap_err(), las(fel).unwrap_err(), "{fel}");
        }
        // A whole file of another version is refused all the same.
        let annan = text.replacen("\"schema_version\": 1", "\"schema_version\": 2", 1);
        assert_eq!(las_forstudie(&annan), Err(Lasfel::OkandVersion { version: 2 }));
        assert_eq!(las(&annan).unwrap_err(), Lasfel::OkandVersion { version: 2 });
        // The results are not read: the app computes them again.
        let trasig = text.replacen("\"nnv\": \"", "\"nnv\": \"x", 1);
        assert!(matches!(las(&trasig), Err(Lasfel::FelaktigtInnehall { .. })));
        assert!(las_forstudie(&trasig).is_ok());
        // The message names the fault, not serde_json's position.
        let Err(Lasfel::FelaktigtInnehall { detalj }) = las("{\"schema_version\": 1}") else { panic!() };
        assert_eq!(detalj, "missing field `app_version`");
    }

    #[test]
    fn file_names_are_plain_ascii() {
        assert_eq!(filnamn("Digital ansökan om färdtjänst!", "2026-11-26"), "digital-ansokan-om-fardtjanst-2026-11-26.json");
        assert_eq!(filnamn("  ", "2026-11-26"), "forstudie-2026-11-26.json");
    }

    #[test]
    fn an_oversized_file_is_refused_before_parsing() {
        let stor = " ".repeat(MAX_FILSTORLEK + 1);
        assert!(matches!(las(&stor), Err(Lasfel::ForStor { .. })));
    }
}
