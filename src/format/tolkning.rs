//! Swedish messages for a value that does not fit the type it is read as:
//! where (the field by its Swedish label and its place, "Kostnad 3, år
//! 2027") and why ("ska vara ett tal, men filen har text"), in plain
//! Swedish. The parser's own English never reaches the user: its message is
//! only classified here, never shown.
//!
//! Generic over the type read (`tolka::<T>`), with the labels given by the
//! caller (`Etiketter`), so any file the app reads can use it. The type is
//! read straight from the text (`las_typat`); the file is read as a tree
//! (`Nod`) only to describe a fault.

use crate::json::{las_typat, Nod, Typfel};
use serde::de::DeserializeOwned;
use std::fmt;

/// How the keys of a file are named for a user.
#[derive(Clone, Copy, Debug)]
pub struct Etiketter<'a> {
    /// JSON key → Swedish label. An empty label adds no words to the place
    /// (a key that only groups others, such as `forstudie`).
    pub falt: &'a [(&'a str, &'a str)],
    /// List key → the name of one element ("kostnader" → "Kostnad"), shown
    /// with its number from 1.
    pub element: &'a [(&'a str, &'a str)],
    /// Lists whose elements are the years of the period, element 0 being
    /// the calendar year `forsta_ar` ("år 2027").
    pub arlistor: &'a [&'a str],
    pub forsta_ar: Option<i32>,
    /// Whether one element of a year list reads. The parser cannot say
    /// where inside an internally tagged enum a value failed (it reads the
    /// enum from a buffer), so when the error stops at such an object, the
    /// first year that does not read is found by this.
    pub arvarde_giltigt: fn(&Nod) -> bool,
}

/// Where a value breaks its type, and why, both in Swedish.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Innehallsfel {
    /// "Kostnad 3, år 2027"; empty for the file as a whole.
    pub plats: String,
    /// A sentence without its full stop: "ska vara ett tal, men filen har text".
    pub orsak: String,
}

impl fmt::Display for Innehallsfel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.plats.is_empty() {
            write!(f, "{}.", versal(&self.orsak))
        } else {
            write!(f, "{}: {}.", self.plats, self.orsak)
        }
    }
}

/// Reads `text` as a `T`; a value that does not fit is described in
/// Swedish. (Text that is not JSON is only said to be so: a reader that
/// says more, as the case file's does, checks that first.)
pub fn tolka<T: DeserializeOwned>(text: &str, etiketter: &Etiketter) -> Result<T, Innehallsfel> {
    las_typat(text).map_err(|fel| match Nod::las(text) {
        Ok(rot) => beskriv(fel, &rot, etiketter),
        Err(_) => Innehallsfel { plats: String::new(), orsak: "är inte giltig JSON".into() },
    })
}

/// Where and why a value of the tree `rot` (the text `fel` came from) did
/// not read as its type.
pub fn beskriv(fel: Typfel, rot: &Nod, etiketter: &Etiketter) -> Innehallsfel {
    let mut delar: Vec<Del> = fel
        .vag
        .iter()
        .flat_map(|v| v.iter())
        .map(|s| match s {
            serde_path_to_error::Segment::Seq { index } => Del::Plats(*index),
            serde_path_to_error::Segment::Map { key } => Del::Nyckel(key.clone()),
            serde_path_to_error::Segment::Enum { variant } => Del::Nyckel(variant.clone()),
            serde_path_to_error::Segment::Unknown => Del::Nyckel(String::new()),
        })
        .collect();
    let text = utan_plats(&fel.fel);
    let falt = |prefix: &str| text.strip_prefix(prefix).and_then(|r| r.split('`').next()).map(str::to_string);
    let orsak = match (falt("missing field `"), falt("duplicate field `")) {
        // The place of a missing field is the object it is missing from;
        // the path of a field given twice also ends there.
        (Some(namn), _) => {
            delar.push(Del::Saknat(namn));
            "saknas i filen".to_string()
        }
        (None, Some(namn)) => {
            delar.push(Del::Saknat(namn));
            "står två gånger".to_string()
        }
        (None, None) => {
            fordjupa(rot, &mut delar, etiketter);
            orsak(&text)
        }
    };
    Innehallsfel { plats: plats(&delar, etiketter), orsak }
}

/// serde_json's message without the " at line 1 column 5" it adds when
/// reading text (a tree's errors had none; the place is said in words).
fn utan_plats(fel: &serde_json::Error) -> String {
    let text = fel.to_string();
    if fel.line() == 0 {
        return text;
    }
    let slut = format!(" at line {} column {}", fel.line(), fel.column());
    match text.strip_suffix(&slut) {
        Some(t) => t.to_string(),
        None => text,
    }
}

/// When the error's path ends at an object holding a year list (below
/// keys that add no words), the place is narrowed to the list's first
/// element that does not read.
fn fordjupa(rot: &Nod, delar: &mut Vec<Del>, etiketter: &Etiketter) {
    let mut nod = rot;
    for del in delar.iter() {
        nod = match (del, nod) {
            (Del::Nyckel(k), Nod::Objekt(o)) => match o.get(k) {
                Some(v) => v,
                None => return,
            },
            (Del::Plats(i), Nod::Lista(a)) => match a.get(*i) {
                Some(v) => v,
                None => return,
            },
            _ => return,
        };
    }
    let mut tillagg = Vec::new();
    while let Nod::Objekt(o) = nod {
        let lista = o.iter().find_map(|(k, v)| match v {
            Nod::Lista(a) if etiketter.arlistor.contains(&k.as_str()) => Some((k, a)),
            _ => None,
        });
        if let Some((k, a)) = lista {
            if let Some(i) = a.iter().position(|v| !(etiketter.arvarde_giltigt)(v)) {
                tillagg.push(Del::Nyckel(k.clone()));
                tillagg.push(Del::Plats(i));
                delar.extend(tillagg);
            }
            return;
        }
        // Only through objects that group (an empty label), one at a time.
        let mut grupper = o.iter().filter(|(k, v)| v.objekt().is_some() && etiketter.falt.contains(&(k.as_str(), "")));
        match (grupper.next(), grupper.next()) {
            (Some((k, v)), None) => {
                tillagg.push(Del::Nyckel(k.clone()));
                nod = v;
            }
            _ => return,
        }
    }
}

enum Del {
    Nyckel(String),
    Plats(usize),
    /// A field missing (or given twice): named even when its key only groups others.
    Saknat(String),
}

/// "Kostnad 3, år 2027": each key by its label, each list element by its
/// name and number (or its calendar year).
fn plats(delar: &[Del], etiketter: &Etiketter) -> String {
    let mut ord: Vec<String> = Vec::new();
    let mut i = 0;
    while i < delar.len() {
        match &delar[i] {
            Del::Nyckel(nyckel) => {
                if let Some(Del::Plats(index)) = delar.get(i + 1) {
                    let ar = etiketter.forsta_ar.filter(|_| etiketter.arlistor.contains(&nyckel.as_str()));
                    match (ar, etiketter.element.iter().find(|(k, _)| k == nyckel)) {
                        (Some(forsta), _) => ord.push(format!("år {}", i64::from(forsta) + *index as i64)),
                        (None, Some((_, namn))) => ord.push(format!("{namn} {}", index + 1)),
                        (None, None) => {
                            ord.push(etikett(nyckel, etiketter));
                            ord.push(format!("nummer {}", index + 1));
                        }
                    }
                    i += 2;
                    continue;
                }
                ord.push(etikett(nyckel, etiketter));
            }
            Del::Plats(index) => ord.push(format!("nummer {}", index + 1)),
            Del::Saknat(nyckel) => match etikett(nyckel, etiketter) {
                namn if namn.is_empty() => ord.push(format!("fältet ”{nyckel}”")),
                namn => ord.push(namn),
            },
        }
        i += 1;
    }
    ord.retain(|o| !o.is_empty());
    match ord.first_mut() {
        Some(forsta) => *forsta = versal(forsta),
        None => return String::new(),
    }
    ord.join(", ")
}

fn etikett(nyckel: &str, etiketter: &Etiketter) -> String {
    match etiketter.falt.iter().find(|(k, _)| *k == nyckel) {
        Some((_, namn)) => namn.to_string(),
        None if nyckel.is_empty() => String::new(),
        // A key the labels do not name is shown as it stands in the file,
        // quoted and kept to letters, digits and underscores.
        None => {
            let rensad: String = nyckel.chars().filter(|c| c.is_alphanumeric() || *c == '_').take(40).collect();
            format!("fältet ”{rensad}”")
        }
    }
}

fn versal(text: &str) -> String {
    let mut tecken = text.chars();
    match tecken.next() {
        Some(c) => c.to_uppercase().chain(tecken).collect(),
        None => String::new(),
    }
}

/// Why, from serde_json's message (never shown itself). The app's own
/// messages (a `Belopp`'s) are Swedish already and are not used either:
/// the reason is given in one voice.
fn orsak(text: &str) -> String {
    if let Some(rest) = text.strip_prefix("invalid type: ") {
        let (har, vill) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return format!("ska vara {}, men filen har {}", forvantat(vill), sort(har));
    }
    if let Some(rest) = text.strip_prefix("invalid value: ") {
        let (har, vill) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return match tal_i(har) {
            Some(tal) => format!("ska vara {}, men filen har {tal}", forvantat(vill)),
            None => format!("ska vara {}, men filen har {} som inte går att läsa så", forvantat(vill), sort(har)),
        };
    }
    if text.starts_with("invalid length") {
        return "har fel antal värden".into();
    }
    if text.starts_with("unknown variant") {
        return "har ett värde som appen inte känner till".into();
    }
    if text.starts_with("unknown field") {
        return "är ett fält som appen inte känner till".into();
    }
    if text.starts_with("duplicate field") {
        return "står två gånger".into();
    }
    if text.contains("UUID") {
        return "är inget giltigt id (ett id skrivs som 0a0b0c0d-0000-4000-8000-000000000001)".into();
    }
    if text.contains("belopp") || text.contains("ecimal") {
        return "ska vara ett belopp med exakt två decimaler, till exempel ”12500.00”, och högst 28 siffror".into();
    }
    "har ett värde som inte går att läsa".into()
}

/// What the type wanted, from serde's "expected …".
fn forvantat(vill: &str) -> &'static str {
    match vill {
        "u8" | "u16" | "u32" | "u64" | "usize" => "ett heltal, 0 eller större",
        "i8" | "i16" | "i32" | "i64" | "isize" => "ett heltal",
        "a string" => "text",
        "a boolean" => "sant eller falskt (true eller false)",
        "a sequence" => "en lista",
        // serde's names of the float types ("f" and the bits): no float is read.
        v if v.len() == 3 && v.starts_with('f') => "ett tal",
        v if v.contains("Decimal") => "ett tal",
        v if v.starts_with("struct") || v.contains("map") || v.contains("tagged enum") => "ett objekt med fält",
        v if v.starts_with("variant") => "ett av de värden appen känner till",
        v if v.contains("UUID") => "ett id",
        _ => "ett annat slags värde",
    }
}

/// What the file had, from serde's "invalid type: …".
fn sort(har: &str) -> &'static str {
    match har.split([' ', ':']).next().unwrap_or("") {
        "string" => "text",
        "integer" => "ett heltal",
        "floating" => "ett decimaltal",
        "boolean" => "sant eller falskt",
        "null" => "null (inget värde)",
        "sequence" => "en lista",
        "map" => "ett objekt",
        "unit" => "null (inget värde)",
        _ => "ett annat slags värde",
    }
}

/// The number in "integer `-5`", with a proper minus sign; only digits,
/// so nothing else from the file is echoed.
fn tal_i(har: &str) -> Option<String> {
    let tal = har.strip_prefix("integer `")?.strip_suffix('`')?;
    let (minus, siffror) = match tal.strip_prefix('-') {
        Some(s) => ("−", s),
        None => ("", tal),
    };
    (!siffror.is_empty() && siffror.len() <= 20 && siffror.bytes().all(|b| b.is_ascii_digit()))
        .then(|| format!("{minus}{siffror}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Rad {
        namn: String,
        antal: u32,
        varden: Vec<i32>,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Fil {
        rader: Vec<Rad>,
    }

    const ETIKETTER: Etiketter = Etiketter {
        falt: &[("namn", "namn"), ("antal", "antal")],
        element: &[("rader", "Rad")],
        arlistor: &["varden"],
        forsta_ar: Some(2027),
        arvarde_giltigt: |v| v.i64().is_some(),
    };

    fn fel(json: &str) -> String {
        tolka::<Fil>(json, &ETIKETTER).unwrap_err().to_string()
    }

    #[test]
    fn place_and_reason_are_swedish() {
        let rad = r#"{"namn": "a", "antal": 1, "varden": [1, 2]}"#;
        assert_eq!(
            fel(&format!(r#"{{"rader": [{rad}, {{"namn": "b", "antal": -5, "varden": []}}]}}"#)),
            "Rad 2, antal: ska vara ett heltal, 0 eller större, men filen har −5."
        );
        assert_eq!(
            fel(&format!(r#"{{"rader": [{rad}, {rad}, {{"namn": "b", "antal": 1, "varden": [1, "x"]}}]}}"#)),
            "Rad 3, år 2028: ska vara ett heltal, men filen har text."
        );
        assert_eq!(fel(r#"{"rader": [{"namn": "b", "varden": []}]}"#), "Rad 1, antal: saknas i filen.");
        assert_eq!(fel(r#"{"rader": {}}"#), "Fältet ”rader”: ska vara en lista, men filen har ett objekt.");
        assert_eq!(fel(r#"{}"#), "Fältet ”rader”: saknas i filen.");
        let grupp = Etiketter { falt: &[("rader", "")], ..ETIKETTER };
        let tom = tolka::<Fil>("{}", &grupp).unwrap_err();
        assert_eq!(tom.to_string(), "Fältet ”rader”: saknas i filen.", "a grouping key is named when it is missing");
    }
}
