//! The file format: export → import is lossless, and the file keeps its
//! contract (version, two-decimal money, pretty-printed UTF-8).

mod fyllt_fall;

use forstudie::format::{self, Lasfel, SCHEMA_VERSION};
use fyllt_fall::fyllt_fall;

#[test]
fn a_fully_filled_case_survives_export_and_import_unchanged() {
    let fall = fyllt_fall();
    let text = format::skriv(&fall, "2026-11-26T15:00:00.000Z");
    let tillbaka = format::las(&text).expect("its own export reads");
    assert_eq!(tillbaka.forstudie, fall);
    assert_eq!(tillbaka.schema_version, SCHEMA_VERSION);
    assert_eq!(tillbaka.exporterad, "2026-11-26T15:00:00.000Z");
    // And a second round gives the same bytes.
    assert_eq!(format::skriv(&tillbaka.forstudie, "2026-11-26T15:00:00.000Z"), text);
}

#[test]
fn the_file_is_pretty_printed_with_version_and_two_decimal_money() {
    let text = format::skriv(&fyllt_fall(), "2026-11-26T15:00:00.000Z");
    assert!(text.starts_with("{\n  \"schema_version\": 1,\n  \"app_version\": \""));
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    let fin = &json["forstudie"]["konsekvenser"]["finansiering"][0]["belopp_per_ar"];
    assert_eq!(fin, &serde_json::json!(["100000.00", "0.30"]));
    let sats = &json["forstudie"]["ekonomi"]["timkostnader"][0]["sats"];
    assert_eq!(sats["manadslon"], "35000.00");
    assert_eq!(json["forstudie"]["id"], "07070707-0707-4707-8707-070707070707");
    // Markup in user text is data, kept as it was typed.
    assert!(json["forstudie"]["utvecklingsbehov"]["problem"].as_str().unwrap().contains("<taggar> &"));
}

#[test]
fn money_without_two_decimals_in_a_file_is_refused_with_the_reason() {
    let text = format::skriv(&fyllt_fall(), "2026-11-26T15:00:00.000Z").replace("\"35000.00\"", "\"35000\"");
    match format::las(&text) {
        Err(Lasfel::FelaktigtInnehall(fel)) => {
            assert!(fel.orsak.contains("exakt två decimaler"), "{fel}");
            assert!(fel.plats.starts_with("Timkostnad 1"), "{fel}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_file_of_an_older_shape_reads_with_defaults_for_missing_steps() {
    let text = r#"{"schema_version": 1, "app_version": "0.1.0", "exporterad": "2026-01-01T00:00:00Z",
        "forstudie": {"id": "07070707-0707-4707-8707-070707070707", "skapad": "2026-01-01T00:00:00Z",
        "andrad": "2026-01-01T00:00:00Z", "utvecklingsbehov": {"titel": "Bara titel"}}}"#;
    let fil = format::las(text).unwrap();
    assert_eq!(fil.forstudie.utvecklingsbehov.titel, "Bara titel");
    assert_eq!(fil.forstudie.orsaksanalys.kategorier.len(), 6);
    assert_eq!(fil.forstudie.parametrar, forstudie::model::Modellparametrar::default());
}
