//! The committed JSON Schema (schema/affarsfall.schema.json) and example
//! export (schema/exempel.json) are what the current code generates, and
//! every file the app writes or has written validates against the schema.
//!
//! After a change to the file format (a field, a type, a doc comment on a
//! type, the example case) write both files anew and commit them:
//!
//! ```sh
//! UPPDATERA_SCHEMA=1 cargo test --features schema --test schema_fil
//! ```

mod fyllt_fall;

use forstudie::format::{self, schema};
use forstudie::model::exempelfall;
use serde_json::{json, Value};
use std::path::PathBuf;
use std::sync::OnceLock;

const SCHEMAFIL: &str = "schema/affarsfall.schema.json";
const EXEMPELFIL: &str = "schema/exempel.json";
/// The example's id and times are fixed so that the sample is the same on
/// every run.
const EXEMPEL_ID: [u8; 16] = [0x4e; 16];
const EXEMPEL_TID: &str = "2026-11-26T12:00:00.000Z";

fn sokvag(fil: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(fil)
}

fn exempel_text() -> String {
    format::skriv(&exempelfall(EXEMPEL_ID, EXEMPEL_TID), EXEMPEL_TID)
}

/// What the code generates, for each committed file.
fn genererat() -> [(&'static str, String); 2] {
    [(SCHEMAFIL, schema::json_schema_text()), (EXEMPELFIL, exempel_text() + "\n")]
}

/// With UPPDATERA_SCHEMA=1 the files are written once, before any test
/// reads them.
fn uppdatera_om_begart() {
    static KLART: OnceLock<()> = OnceLock::new();
    KLART.get_or_init(|| {
        if std::env::var_os("UPPDATERA_SCHEMA").is_some_and(|v| v == "1") {
            for (fil, text) in genererat() {
                std::fs::create_dir_all(sokvag(fil).parent().unwrap()).unwrap();
                std::fs::write(sokvag(fil), text).unwrap();
            }
        }
    });
}

fn committad(fil: &str) -> String {
    uppdatera_om_begart();
    std::fs::read_to_string(sokvag(fil)).unwrap_or_else(|e| panic!("{fil} kan inte läsas ({e})"))
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap()
}

fn validator() -> jsonschema::Validator {
    let schema = json(&committad(SCHEMAFIL));
    assert!(jsonschema::meta::is_valid(&schema), "the schema is a valid draft 2020-12 schema");
    // Formats (the case id's "uuid") are checked too, not only noted.
    jsonschema::options().should_validate_formats(true).build(&schema).expect("the schema compiles")
}

fn fel(validator: &jsonschema::Validator, fil: &Value) -> Vec<String> {
    validator.iter_errors(fil).map(|e| format!("{}: {e}", e.instance_path())).collect()
}

#[test]
fn the_committed_files_are_what_the_code_generates() {
    for (fil, text) in genererat() {
        let pa_disk = committad(fil);
        assert!(
            pa_disk == text,
            "{fil} stämmer inte med koden (filformatet eller exemplet har ändrats).\n\
             Skriv filerna på nytt och checka in dem:\n\n    UPPDATERA_SCHEMA=1 cargo test --features schema --test schema_fil\n"
        );
    }
}

#[test]
fn the_example_export_validates_and_imports_with_its_results_confirmed() {
    let text = committad(EXEMPELFIL);
    let fil = json(&text);
    assert_eq!(fel(&validator(), &fil), Vec::<String>::new());
    assert_eq!(fil["forstudie"]["utvecklingsbehov"]["titel"], "Exempel: Digital ansökan om färdtjänst");
    // The example's NNV, as the browser tests read it on step 8.
    assert_eq!(fil["vardering"]["bas"]["nnv"], "129023.49");
    let import = format::las_import(&text).unwrap();
    assert_eq!(import.kontroll, format::Kontroll::Stammer);
    assert_eq!(import.forstudie, exempelfall(EXEMPEL_ID, EXEMPEL_TID));
}

#[test]
fn a_fully_filled_export_and_the_frozen_version_1_sample_validate() {
    let validator = validator();
    let fyllt = json(&format::skriv(&fyllt_fall::fyllt_fall(), EXEMPEL_TID));
    assert_eq!(fel(&validator, &fyllt), Vec::<String>::new());
    // An empty case: no NNK, no levels, so its optional figures are null.
    let tomt = json(&format::skriv(&forstudie::model::Forstudie::ny([1; 16], EXEMPEL_TID), EXEMPEL_TID));
    assert_eq!(tomt["vardering"]["bas"]["nnk"], Value::Null);
    assert_eq!(fel(&validator, &tomt), Vec::<String>::new());
    // The v1 sample has no results and lacks fields added since: the schema
    // describes what the app reads, so it validates as it imports.
    let v1 = json(include_str!("schema/v1.json"));
    assert!(v1.get("vardering").is_none());
    assert_eq!(fel(&validator, &v1), Vec::<String>::new());
}

#[test]
fn the_schema_refuses_what_the_app_refuses() {
    let validator = validator();
    let ratt = json(&exempel_text());
    let andrad = |pekare: &str, varde: Value| {
        let mut fil = ratt.clone();
        *fil.pointer_mut(pekare).unwrap_or_else(|| panic!("{pekare}")) = varde;
        fil
    };
    let fall = [
        // Money must be text with exactly two decimals.
        ("/forstudie/ekonomi/timkostnader/0/sats/manadslon", json!("36000")),
        ("/vardering/bas/nnv", json!("129023.5")),
        ("/vardering/bas/nnv", json!(129023.49)),
        // Other decimals are text too.
        ("/forstudie/parametrar/diskonteringsranta_procent", json!(3)),
        ("/schema_version", json!(2)),
        ("/forstudie/id", json!("inte-ett-id")),
        ("/forstudie/ekonomi/kostnader/0/kostnadstyp", json!("glass")),
    ];
    for (pekare, varde) in fall {
        let fil = andrad(pekare, varde.clone());
        // Reported at the value or at the tagged object holding it.
        let fel: Vec<String> = validator.iter_errors(&fil).map(|e| e.instance_path().to_string()).collect();
        assert!(fel.iter().any(|f| !f.is_empty() && pekare.starts_with(f.as_str())), "{pekare} = {varde}: {fel:?}");
        // And the app refuses the same input (the results are not read, so
        // a wrong result is reported by the import check instead).
        if !pekare.starts_with("/vardering") {
            assert!(format::las(&fil.to_string()).is_err(), "{pekare} = {varde} was read");
        } else {
            assert!(matches!(format::las_import(&fil.to_string()).unwrap().kontroll, format::Kontroll::Avviker(_)));
        }
    }
}
