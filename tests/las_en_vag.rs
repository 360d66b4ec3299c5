//! The case file is read one way, straight from its text into its types
//! (src/json.rs): what a refused file is told, where that reading could
//! have changed it.

mod fyllt_fall;

use forstudie::format::{self, Lasfel};
use serde_json::Value;

fn fil() -> Value {
    serde_json::from_str(&format::skriv(&fyllt_fall::fyllt_fall(), "2026-12-02T10:00:00Z")).unwrap()
}

#[test]
fn of_two_faults_the_first_in_the_file_is_named() {
    // `id` comes before `andrad` in every file the app writes (read through
    // a tree, the keys were taken in alphabetical order and `andrad` was
    // named).
    let fall = fyllt_fall::fyllt_fall();
    let text = format::skriv(&fall, "2026-12-02T10:00:00Z")
        .replacen(&format!("\"id\": \"{}\"", fall.id), "\"id\": \"lol\"", 1)
        .replacen(&format!("\"andrad\": \"{}\"", fall.andrad), "\"andrad\": 5", 1);
    assert!(text.contains("\"id\": \"lol\"") && text.contains("\"andrad\": 5"));
    let fel = format::las(&text).unwrap_err().to_string();
    assert!(
        fel.ends_with("Id: är inget giltigt id (ett id skrivs som 0a0b0c0d-0000-4000-8000-000000000001)."),
        "{fel}"
    );
}

#[test]
fn a_file_is_json_before_it_is_content() {
    // The content fault comes first in the text, the broken JSON after it:
    // the file is said not to be JSON, with the place of that.
    let mut json = fil();
    json["app_version"] = 3.into();
    let text = serde_json::to_string_pretty(&json).unwrap();
    let avkortad = &text[..text.len() - 10];
    assert!(matches!(format::las(avkortad), Err(Lasfel::InteJson { .. })), "{:?}", format::las(avkortad));
    assert!(matches!(format::las_import(avkortad), Err(Lasfel::InteJson { .. })));
    // And whole, the content fault.
    assert!(format::las(&text)
        .unwrap_err()
        .to_string()
        .ends_with("Appversion: ska vara text, men filen har ett heltal."));
}

#[test]
fn a_number_out_of_range_among_the_results_refuses_the_import_but_not_the_case() {
    // Stored cases never read their results, so a result the parser cannot
    // hold does not stop a case from opening; the import, which compares
    // them, says the file has a number out of range.
    let text = serde_json::to_string_pretty(&fil()).unwrap().replacen("\"nnv\": \"", "\"nnv\": 1e400, \"x\": \"", 1);
    assert!(format::las(&text).is_ok());
    assert!(matches!(format::las_import(&text), Err(Lasfel::TalUtanforGrans { .. })));
}
