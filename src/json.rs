//! The app's one way to write and one way to read JSON text, and a plain
//! tree of a JSON document (`trad`) for what must be read as the file has it. Every type
//! the app writes goes through `skriv_json` and every type it reads through
//! `las_typat`, so each model type's `Serialize` and `Deserialize` is in the
//! wasm bundle once: serde generates a copy per serializer and deserializer
//! type, and a second formatter (compact beside pretty) or a second reader
//! (a `serde_json::Value` tree beside the text, or the text with and
//! without path tracking) would double them.

mod trad;

pub use trad::{Nod, Tal};

use serde::{Deserialize, Serialize};
use serde_json::ser::{CompactFormatter, Formatter, PrettyFormatter};
use std::io;

/// Pretty (indented by two spaces, as the exported files) or compact, chosen
/// at run time so both are one serializer type.
struct Stil(Option<PrettyFormatter<'static>>);

macro_rules! vidare {
    ($($namn:ident $(, $arg:ident: $typ:ty)*;)*) => {$(
        fn $namn<W: ?Sized + io::Write>(&mut self, w: &mut W $(, $arg: $typ)*) -> io::Result<()> {
            match &mut self.0 {
                Some(p) => p.$namn(w $(, $arg)*),
                None => CompactFormatter.$namn(w $(, $arg)*),
            }
        }
    )*};
}

impl Formatter for Stil {
    vidare! {
        begin_array;
        end_array;
        begin_array_value, first: bool;
        end_array_value;
        begin_object;
        end_object;
        begin_object_key, first: bool;
        begin_object_value;
        end_object_value;
    }
}

/// `value` as JSON text: pretty as the exported files (`vacker`), or
/// compact (the portfolio's records, the model's hash).
pub fn skriv_json<T: Serialize + ?Sized>(value: &T, vacker: bool) -> String {
    String::from_utf8(skriv_bytes(value, vacker)).expect("serde_json writes UTF-8")
}

/// As `skriv_json`, the bytes.
pub fn skriv_bytes<T: Serialize + ?Sized>(value: &T, vacker: bool) -> Vec<u8> {
    let mut ut = Vec::with_capacity(128);
    let stil = Stil(vacker.then(PrettyFormatter::new));
    let mut ser = serde_json::Serializer::with_formatter(&mut ut, stil);
    value.serialize(&mut ser).expect("the app's types always serialize");
    ut
}

/// Why a text did not read as a type: serde_json's error and, for a value
/// that does not fit its type, the path to it.
#[derive(Debug)]
pub struct Typfel {
    pub vag: Option<serde_path_to_error::Path>,
    pub fel: serde_json::Error,
}

/// Reads `text` as a `T`: straight from the text, no tree, with the path of
/// a value that fails (`serde_path_to_error`), and nothing after the value.
pub fn las_typat<'a, T: Deserialize<'a>>(text: &'a str) -> Result<T, Typfel> {
    let mut de = serde_json::Deserializer::from_str(text);
    let varde = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let vag = e.path().clone();
        Typfel { vag: Some(vag), fel: e.into_inner() }
    })?;
    de.end().map_err(|fel| Typfel { vag: None, fel })?;
    Ok(varde)
}

#[cfg(test)]
mod tests {
    // The writer on the model's own types: tests/json_skrivare.rs (this
    // module is below the model and does not import it).
    use super::*;

    #[test]
    fn typed_reading_gives_the_path_of_a_failing_value_and_refuses_trailing_text() {
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct Rad {
            antal: Vec<u32>,
        }
        let fel = las_typat::<Vec<Rad>>(r#"[{"antal": [1]}, {"antal": [2, -3]}]"#).unwrap_err();
        assert_eq!(fel.vag.unwrap().to_string(), "[1].antal[1]");
        assert!(fel.fel.to_string().starts_with("invalid value: integer `-3`, expected u32"), "{}", fel.fel);
        let fel = las_typat::<Vec<u32>>("[1] x").unwrap_err();
        assert!(fel.vag.is_none());
        assert!(fel.fel.to_string().starts_with("trailing characters"), "{}", fel.fel);
        assert_eq!(las_typat::<Vec<u32>>(" [1, 2] ").unwrap(), [1, 2]);
    }
}
