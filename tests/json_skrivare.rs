//! The one JSON writer (src/json.rs) writes the app's own types exactly as
//! serde_json's pretty and compact writers do, so files and the model's
//! content hash are unchanged by it.

use forstudie::json::{skriv_bytes, skriv_json};
use forstudie::model::{exempelfall, Vardermodell};

#[test]
fn the_one_writer_writes_what_serde_jsons_pretty_and_compact_writers_do() {
    let fall = exempelfall([3; 16], "2026-12-02T10:00:00Z");
    assert_eq!(skriv_json(&fall, true), serde_json::to_string_pretty(&fall).unwrap());
    assert_eq!(skriv_json(&fall, false), serde_json::to_string(&fall).unwrap());
    // The model's content hash is of its compact JSON: unchanged.
    let modell = Vardermodell::default();
    assert_eq!(skriv_bytes(&modell, false), serde_json::to_vec(&modell).unwrap());
    assert_eq!(skriv_json(&Vec::<u8>::new(), true), "[]");
}
