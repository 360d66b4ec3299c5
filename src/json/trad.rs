//! A JSON document as a plain tree, for the few readers that must see a
//! file as it stands rather than as the app's types: the import's
//! figure-by-figure check of a file's computed results (`jamfor`), the
//! order of the checks when a file does not read (JSON, then version, then
//! content) and the place of a fault inside a year list (`tolkning`), and
//! the model file's missing and unknown keys (model/modellfil.rs). It keeps
//! a file's floats as floats only to show them as the file has them: no
//! figure of the app is ever read from it.
//!
//! Why not `serde_json::Value`: reading through a `Value` means a second
//! deserializer, and every type read from one is generated again for it
//! (in the wasm bundle, the `Value` deserializer and a second copy of every
//! model type's `Deserialize`). This tree is only ever built by its own
//! visitor from text (`las_typat`), and never read into a type.
//! Objects keep their keys sorted, the last of a repeated key counting, and
//! numbers are kept as serde_json keeps them, so comparisons and messages
//! are those a `Value` gave.

use super::{las_typat, skriv_json, Typfel};
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use std::collections::BTreeMap;
use std::fmt;

#[derive(Clone, Debug, PartialEq)]
pub enum Nod {
    Null,
    Bool(bool),
    Tal(Tal),
    Text(String),
    Lista(Vec<Nod>),
    Objekt(BTreeMap<String, Nod>),
}

/// A number as serde_json keeps one: a non-negative integer, a negative
/// one, or a float.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Tal {
    Pos(u64),
    Neg(i64),
    Flyt(f64),
}

impl Nod {
    /// `text` as a tree; a fault is serde_json's own (its kind and place).
    pub fn las(text: &str) -> Result<Nod, serde_json::Error> {
        las_typat(text).map_err(|Typfel { fel, .. }| fel)
    }

    pub fn objekt(&self) -> Option<&BTreeMap<String, Nod>> {
        match self {
            Nod::Objekt(o) => Some(o),
            _ => None,
        }
    }

    pub fn get(&self, nyckel: &str) -> Option<&Nod> {
        self.objekt()?.get(nyckel)
    }

    pub fn text(&self) -> Option<&str> {
        match self {
            Nod::Text(t) => Some(t),
            _ => None,
        }
    }

    pub fn u64(&self) -> Option<u64> {
        match self {
            Nod::Tal(Tal::Pos(u)) => Some(*u),
            _ => None,
        }
    }

    pub fn i64(&self) -> Option<i64> {
        match self {
            Nod::Tal(Tal::Pos(u)) => i64::try_from(*u).ok(),
            Nod::Tal(Tal::Neg(i)) => Some(*i),
            _ => None,
        }
    }

    /// The value at a path of object keys.
    pub fn pekare(&self, nycklar: &[&str]) -> Option<&Nod> {
        nycklar.iter().try_fold(self, |nod, k| nod.get(k))
    }
}

impl fmt::Display for Nod {
    /// Compact JSON, as `Value` shows itself.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&skriv_json(self, false))
    }
}

impl Serialize for Nod {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Nod::Null => s.serialize_unit(),
            Nod::Bool(b) => s.serialize_bool(*b),
            Nod::Tal(Tal::Pos(u)) => s.serialize_u64(*u),
            Nod::Tal(Tal::Neg(i)) => s.serialize_i64(*i),
            Nod::Tal(Tal::Flyt(x)) => s.serialize_f64(*x),
            Nod::Text(t) => s.serialize_str(t),
            Nod::Lista(l) => {
                let mut seq = s.serialize_seq(Some(l.len()))?;
                for v in l {
                    seq.serialize_element(v)?;
                }
                seq.end()
            }
            Nod::Objekt(o) => {
                let mut map = s.serialize_map(Some(o.len()))?;
                for (k, v) in o {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for Nod {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Nod, D::Error> {
        d.deserialize_any(NodVisitor)
    }
}

struct NodVisitor;

impl<'de> Visitor<'de> for NodVisitor {
    type Value = Nod;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, b: bool) -> Result<Nod, E> {
        Ok(Nod::Bool(b))
    }

    fn visit_i64<E>(self, i: i64) -> Result<Nod, E> {
        Ok(Nod::Tal(u64::try_from(i).map_or(Tal::Neg(i), Tal::Pos)))
    }

    fn visit_u64<E>(self, u: u64) -> Result<Nod, E> {
        Ok(Nod::Tal(Tal::Pos(u)))
    }

    fn visit_f64<E>(self, x: f64) -> Result<Nod, E> {
        Ok(if x.is_finite() { Nod::Tal(Tal::Flyt(x)) } else { Nod::Null })
    }

    fn visit_str<E: de::Error>(self, t: &str) -> Result<Nod, E> {
        Ok(Nod::Text(t.to_string()))
    }

    fn visit_string<E>(self, t: String) -> Result<Nod, E> {
        Ok(Nod::Text(t))
    }

    fn visit_none<E>(self) -> Result<Nod, E> {
        Ok(Nod::Null)
    }

    fn visit_unit<E>(self) -> Result<Nod, E> {
        Ok(Nod::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Nod, D::Error> {
        Deserialize::deserialize(d)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Nod, A::Error> {
        let mut lista = Vec::new();
        while let Some(v) = seq.next_element()? {
            lista.push(v);
        }
        Ok(Nod::Lista(lista))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Nod, A::Error> {
        let mut objekt = BTreeMap::new();
        while let Some(k) = map.next_key::<String>()? {
            let v = map.next_value()?;
            objekt.insert(k, v);
        }
        Ok(Nod::Objekt(objekt))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    #[test]
    fn the_tree_shows_compares_and_orders_as_a_value_did() {
        let text = r#"{"b": [1, -2, 2.5, 1e20, "x\"\n\u0001", null, true], "a": {}, "c": 18446744073709551615, "a": {"z": 1}}"#;
        let nod = Nod::las(text).unwrap();
        let varde: Value = serde_json::from_str(text).unwrap();
        // Keys sorted, the last of a repeated key counting, numbers and
        // text written as serde_json writes them.
        assert_eq!(nod.to_string(), varde.to_string());
        assert_eq!(nod.objekt().unwrap().keys().collect::<Vec<_>>(), ["a", "b", "c"]);
        assert_eq!(nod.pekare(&["a", "z"]).and_then(Nod::u64), Some(1));
        assert_eq!(nod.get("c").and_then(Nod::i64), None, "beyond i64");
        for tal in ["[-0, 0, 1.0, -1, 0.1]", "[1e-7, 123456789012345678901234567890]"] {
            assert_eq!(Nod::las(tal).unwrap().to_string(), serde_json::from_str::<Value>(tal).unwrap().to_string());
        }
        assert_ne!(Nod::las("1").unwrap(), Nod::las("1.0").unwrap(), "an integer is not a float, as in a Value");
        // Its faults are serde_json's, with their kind and place.
        let fel = Nod::las("{\"a\": 1e400}").unwrap_err();
        assert!(fel.to_string().starts_with("number out of range"), "{fel}");
        let djup = format!("{}{}", "[".repeat(200), "]".repeat(200));
        assert!(Nod::las(&djup).unwrap_err().to_string().starts_with("recursion limit exceeded"));
    }
}
