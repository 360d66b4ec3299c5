//! Why a file or stored value could not be read, in Swedish (`Lasfel`),
//! and the picked file's bytes as text (`avkoda`): never with
//! replacement characters.

use super::{Innehallsfel, Regelbrott, MAX_FILSTORLEK, SCHEMA_VERSION};
use std::fmt;

/// Why a file or stored value could not be read. Each says the true reason
/// in Swedish, as one or more full sentences; none carries the parser's
/// own text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Lasfel {
    ForStor {
        bytes: usize,
    },
    /// Bytes that are not UTF-8 (such as Windows-1252), first on line `rad`.
    InteUtf8 {
        rad: usize,
    },
    InteJson {
        rad: usize,
        kolumn: usize,
    },
    /// Valid JSON nested deeper than the parser reads (128 levels).
    ForDjup {
        rad: usize,
        kolumn: usize,
    },
    /// A number beyond what any number type holds, such as 1e400.
    TalUtanforGrans {
        rad: usize,
        kolumn: usize,
    },
    /// JSON, but not an object with fields.
    InteEttObjekt,
    /// An object without `schema_version`.
    InteEnForstudie,
    /// `schema_version` of another type than a whole number ("1", 1.0).
    VersionFelTyp {
        typ: &'static str,
    },
    OkandVersion {
        version: u64,
    },
    FelaktigtInnehall(Innehallsfel),
    /// The file fits the format, but holds values its fields would refuse.
    Regelbrott(Vec<Regelbrott>),
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
            Lasfel::InteUtf8 { rad } => write!(
                f,
                "Filen är inte sparad som UTF-8: på rad {rad} finns tecken som inte går att läsa som UTF-8. Den kan vara sparad som Windows-1252 (”ANSI”), som äldre Windows-program gör, och då skulle å, ä och ö bli fel. Spara filen som UTF-8 och försök igen."
            ),
            Lasfel::InteJson { rad, kolumn } => write!(
                f,
                "Filen är inte giltig JSON (fel på rad {rad}, kolumn {kolumn}). Den kan vara avkortad eller redigerad för hand."
            ),
            Lasfel::ForDjup { rad, kolumn } => write!(
                f,
                "Filen är nästlad i för många nivåer (fler än 128, på rad {rad}, kolumn {kolumn}). En förstudie har långt färre; filen är skadad eller kommer från ett annat program."
            ),
            Lasfel::TalUtanforGrans { rad, kolumn } => write!(
                f,
                "Filen har ett tal som är för stort för att läsas (rad {rad}, kolumn {kolumn}). Inget fält i en förstudie tar ett så stort tal."
            ),
            Lasfel::InteEttObjekt => write!(
                f,
                "Filen är inte en förstudie från den här appen: den är giltig JSON, men inget objekt med fält."
            ),
            Lasfel::InteEnForstudie => write!(
                f,
                "Filen är inte en förstudie från den här appen: fältet schema_version saknas."
            ),
            Lasfel::VersionFelTyp { typ } => write!(
                f,
                "Filens schemaversion ska vara heltalet {SCHEMA_VERSION}, men filen har {typ}. Filen har ändrats för hand eller kommer från ett annat program."
            ),
            Lasfel::OkandVersion { version } => write!(
                f,
                "Filen har schemaversion {version}, men den här versionen av appen läser version {SCHEMA_VERSION}. Be avsändaren exportera igen, eller använd en nyare version av appen."
            ),
            Lasfel::FelaktigtInnehall(fel) => write!(
                f,
                "Filen har rätt version men innehållet stämmer inte med formatet. {fel}"
            ),
            Lasfel::Regelbrott(brott) => {
                let antal = brott.len();
                if antal == 1 {
                    write!(f, "Filen har ett värde som fältet inte tar emot. {}", brott[0])?;
                } else {
                    write!(f, "Filen har {antal} värden som fälten inte tar emot.")?;
                    for b in brott.iter().take(VISADE_REGELBROTT) {
                        write!(f, " {b}")?;
                    }
                    if antal > VISADE_REGELBROTT {
                        write!(f, " Och {} till.", antal - VISADE_REGELBROTT)?;
                    }
                }
                write!(f, " Rätta det där filen skapades och försök igen.")
            }
        }
    }
}

/// How many broken rules one message names.
const VISADE_REGELBROTT: usize = 5;

/// `text` isolated from the sentence around it (FSI … PDI), so a title
/// with right-to-left characters cannot reverse the app's own words.
pub fn isolera(text: &str) -> String {
    format!("\u{2068}{text}\u{2069}")
}

/// A picked file's bytes as text. UTF-8 (with or without a byte order
/// mark) and UTF-16 with a byte order mark are read; anything else is
/// refused and named, never read with replacement characters.
pub fn avkoda(bytes: &[u8]) -> Result<String, Lasfel> {
    if bytes.len() > MAX_FILSTORLEK {
        return Err(Lasfel::ForStor { bytes: bytes.len() });
    }
    let utf16 = |tal: Vec<u16>| String::from_utf16(&tal).map_err(|_| Lasfel::InteUtf8 { rad: 1 });
    match bytes {
        [0xEF, 0xBB, 0xBF, rest @ ..] => avkoda_utf8(rest),
        [0xFF, 0xFE, rest @ ..] => {
            utf16(rest.chunks(2).map(|p| u16::from_le_bytes([p[0], *p.get(1).unwrap_or(&0)])).collect())
        }
        [0xFE, 0xFF, rest @ ..] => {
            utf16(rest.chunks(2).map(|p| u16::from_be_bytes([p[0], *p.get(1).unwrap_or(&0)])).collect())
        }
        _ => avkoda_utf8(bytes),
    }
}

fn avkoda_utf8(bytes: &[u8]) -> Result<String, Lasfel> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(fel) => {
            let rad = bytes[..fel.valid_up_to()].iter().filter(|b| **b == b'\n').count() + 1;
            Err(Lasfel::InteUtf8 { rad })
        }
    }
}

impl std::error::Error for Lasfel {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_that_are_not_utf8_are_refused_and_named() {
        // "Å" in Windows-1252 is 0xC5, which is no UTF-8 on its own.
        let ansi = b"{\"a\": 1,\n\"titel\": \"\xC5tg\xE4rd\"}";
        assert_eq!(avkoda(ansi), Err(Lasfel::InteUtf8 { rad: 2 }));
        assert!(Lasfel::InteUtf8 { rad: 2 }.to_string().contains("Windows-1252"));
        assert_eq!(avkoda("{\"å\": 1}".as_bytes()).unwrap(), "{\"å\": 1}");
        // A UTF-8 byte order mark is dropped; UTF-16 with one is read.
        assert_eq!(avkoda(b"\xEF\xBB\xBF{}").unwrap(), "{}");
        let utf16: Vec<u8> =
            [0xFF, 0xFE].into_iter().chain("{\"å\"}".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        assert_eq!(avkoda(&utf16).unwrap(), "{\"å\"}");
        let utf16be: Vec<u8> = [0xFE, 0xFF].into_iter().chain("{}".encode_utf16().flat_map(u16::to_be_bytes)).collect();
        assert_eq!(avkoda(&utf16be).unwrap(), "{}");
    }
}
