//! The import's check for the common case: a file this app wrote and nobody
//! changed. Its inputs are read straight into types, its results are taken
//! as raw text, and both results are set against the recomputed ones
//! written the way the export writes them. When the two are the same JSON
//! token by token (whitespace aside), every figure is the same, and the
//! figure-by-figure walk of `jamfor` would find nothing: it is skipped.
//! Anything else (another version, an edited figure, an extra key, a
//! missing result, other key order) goes to that walk, which says what
//! differs. Measured on the stress case (README, "Prestanda"): the walk
//! builds two JSON trees of the ~0.8 MB of results.

use super::{resultat, Import, Kontroll, MAX_FILSTORLEK, SCHEMA_VERSION};
use crate::model::Forstudie;
use serde::Deserialize;
use serde_json::value::RawValue;

/// Every key a written file has, and no other (`deny_unknown_fields`: an
/// extra key is listed by the walk).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Skrivenfil<'a> {
    schema_version: u32,
    #[allow(dead_code)]
    app_version: String,
    #[allow(dead_code)]
    exporterad: String,
    forstudie: Forstudie,
    #[serde(borrow)]
    vardering: Option<&'a RawValue>,
    #[serde(borrow)]
    bedomning: Option<&'a RawValue>,
}

/// The import of an unchanged file, or `None` when the full check must run.
pub(super) fn oforandrad(text: &str) -> Option<Import> {
    if text.len() > MAX_FILSTORLEK {
        return None;
    }
    let fil: Skrivenfil = serde_json::from_str(text).ok()?;
    if fil.schema_version != SCHEMA_VERSION {
        return None;
    }
    let (i_filen_v, i_filen_b) = (fil.vardering?, fil.bedomning?);
    let (vardering, bedomning) = resultat(&fil.forstudie);
    let lika = samma_json(i_filen_v.get(), &serde_json::to_string_pretty(&vardering).ok()?)
        && samma_json(i_filen_b.get(), &serde_json::to_string_pretty(&bedomning).ok()?);
    lika.then_some(Import { forstudie: fil.forstudie, kontroll: Kontroll::Stammer })
}

/// The same JSON text but for whitespace between tokens.
fn samma_json(a: &str, b: &str) -> bool {
    tecken(a).eq(tecken(b))
}

/// The bytes of JSON text that are not whitespace between tokens.
fn tecken(text: &str) -> impl Iterator<Item = u8> + '_ {
    let (mut i_strang, mut escape) = (false, false);
    text.bytes().filter(move |&c| {
        if i_strang {
            if escape {
                escape = false;
            } else if c == b'\\' {
                escape = true;
            } else if c == b'"' {
                i_strang = false;
            }
            true
        } else if c == b'"' {
            i_strang = true;
            true
        } else {
            !matches!(c, b' ' | b'\n' | b'\r' | b'\t')
        }
    })
}

#[cfg(test)]
mod tests {
    use super::super::{las_import, las_import_figurvis, skriv};
    use super::*;
    use crate::model::exempel;
    use crate::vardering::stress::stresscase;

    fn exempelfil() -> String {
        skriv(&exempel::exempelfall([7; 16], "2026-11-27T10:00:00Z"), "2026-11-27T10:00:00Z")
    }

    #[test]
    fn whitespace_between_tokens_is_ignored_but_not_inside_strings() {
        assert!(samma_json("{\n  \"a\": [1, 2]\n}", "{\"a\":[1,2]}"));
        assert!(!samma_json("{\"a\": \"x y\"}", "{\"a\":\"xy\"}"));
        assert!(!samma_json("{\"a\": \"x\\\" y\"}", "{\"a\":\"x\\\"y\"}"));
        assert!(!samma_json("[1, 2]", "[12]"));
        assert!(!samma_json("{\"a\":1}", "{\"a\":2}"));
    }

    #[test]
    fn an_unchanged_file_is_settled_in_one_pass_as_the_walk_would() {
        let text = exempelfil();
        let snabb = oforandrad(&text).expect("an unchanged file");
        assert_eq!(snabb.kontroll, Kontroll::Stammer);
        assert_eq!(Ok(snabb), las_import_figurvis(&text));
        // Written without whitespace: still the same tokens.
        let kompakt = String::from_utf8(tecken(&text).collect()).unwrap();
        assert!(kompakt.len() < text.len());
        assert!(oforandrad(&kompakt).is_some());
        assert_eq!(las_import(&kompakt), las_import_figurvis(&kompakt));
        // Keys in another order (as a tool that sorts them writes): the walk.
        let sorterad = serde_json::to_string(&serde_json::from_str::<serde_json::Value>(&text).unwrap()).unwrap();
        assert!(oforandrad(&sorterad).is_none());
        assert_eq!(las_import(&sorterad), las_import_figurvis(&sorterad));
    }

    #[test]
    fn every_other_file_goes_to_the_walk_and_gets_its_answer() {
        let text = exempelfil();
        let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
        let nnv = v["vardering"]["bas"]["nnv"].as_str().unwrap().to_string();
        let mut andrad = v.clone();
        andrad["vardering"]["bas"]["nnv"] = serde_json::json!(format!("{nnv}1"));
        let mut extra = v.clone();
        extra["kommentar"] = serde_json::json!("tillagd för hand");
        let mut utan = v.clone();
        utan.as_object_mut().unwrap().remove("vardering");
        let mut noll = v.clone();
        noll["bedomning"] = serde_json::Value::Null;
        v["schema_version"] = serde_json::json!(2);
        for fall in [andrad, extra, utan, noll, v] {
            let text = serde_json::to_string_pretty(&fall).unwrap();
            assert!(oforandrad(&text).is_none(), "{text:.80}");
            assert_eq!(las_import(&text), las_import_figurvis(&text));
        }
        // A changed figure is still listed.
        let mut andrad: serde_json::Value = serde_json::from_str(&text).unwrap();
        andrad["vardering"]["bas"]["nnv"] = serde_json::json!("1.00");
        let import = las_import(&andrad.to_string()).unwrap();
        assert!(matches!(import.kontroll, Kontroll::Avviker(ref a) if a.iter().any(|a| a.i_filen == "1.00")));
    }

    #[test]
    fn the_stress_case_is_settled_in_one_pass() {
        let mut fall = Forstudie::ny([0x5e; 16], "2026-11-27T10:00:00Z");
        fall.ekonomi = stresscase(30, 300, 15);
        let text = skriv(&fall, "2026-11-27T10:00:00Z");
        assert_eq!(oforandrad(&text).map(|i| i.kontroll), Some(Kontroll::Stammer));
    }
}
