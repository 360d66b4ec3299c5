//! The exported business case: one JSON file per case, also the form a case
//! is kept in under its local-storage key, so both share one reader.
//!
//! Reading never trusts the file: it checks the schema version before
//! anything else and reports every fault as a Swedish message.

use crate::model::Forstudie;
use serde::{Deserialize, Serialize};
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
    };
    serde_json::to_string_pretty(&fil).expect("a case always serializes")
}

/// Reads a file: size, then JSON, then version, then content.
pub fn las(text: &str) -> Result<Affarsfall, Lasfel> {
    if text.len() > MAX_FILSTORLEK {
        return Err(Lasfel::ForStor { bytes: text.len() });
    }
    let varde: serde_json::Value = serde_json::from_str(text)
        .map_err(|e| Lasfel::InteJson { rad: e.line(), kolumn: e.column() })?;
    let version = varde
        .get("schema_version")
        .ok_or(Lasfel::InteEnForstudie)?
        .as_u64()
        .ok_or(Lasfel::InteEnForstudie)?;
    if version != u64::from(SCHEMA_VERSION) {
        return Err(Lasfel::OkandVersion { version });
    }
    serde_json::from_value(varde).map_err(|e| Lasfel::FelaktigtInnehall { detalj: e.to_string() })
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
