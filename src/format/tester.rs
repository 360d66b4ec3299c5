//! The file format's tests (src/format.rs): reading, writing and the file name.

use super::*;

#[test]
fn each_fault_has_its_own_swedish_message() {
    assert!(matches!(las("{\"schema_version\": 1,"), Err(Lasfel::InteJson { rad: 1, .. })));
    assert_eq!(las("[1,2]"), Err(Lasfel::InteEttObjekt));
    assert_eq!(las("{\"a\": 1}"), Err(Lasfel::InteEnForstudie));
    // The wrong type is named as the wrong type, not as missing.
    assert_eq!(las("{\"schema_version\": \"1\"}"), Err(Lasfel::VersionFelTyp { typ: "text" }));
    assert_eq!(
        las("{\"schema_version\": \"1\"}").unwrap_err().to_string(),
        "Filens schemaversion ska vara heltalet 1, men filen har text. Filen har ändrats för hand eller kommer från ett annat program."
    );
    assert_eq!(las("{\"schema_version\": 1.0}"), Err(Lasfel::VersionFelTyp { typ: "ett decimaltal" }));
    assert_eq!(las("{\"schema_version\": 99}"), Err(Lasfel::OkandVersion { version: 99 }));
    let fel = las("{\"schema_version\": 1}").unwrap_err();
    assert!(matches!(fel, Lasfel::FelaktigtInnehall(_)));
    assert_eq!(
        fel.to_string(),
        "Filen har rätt version men innehållet stämmer inte med formatet. Appversion: saknas i filen."
    );
    // Too deep and too large are named as that, not as invalid JSON.
    let djup = format!("{}{}", "[".repeat(200), "]".repeat(200));
    assert!(matches!(las(&djup), Err(Lasfel::ForDjup { rad: 1, .. })));
    assert!(matches!(las("{\"schema_version\": 1e400}"), Err(Lasfel::TalUtanforGrans { rad: 1, .. })));
    assert!(Lasfel::OkandVersion { version: 2 }.to_string().contains("schemaversion 2"));
}

#[test]
fn the_file_holds_the_computed_results_and_reads_without_them() {
    use crate::model::{Effektrad, Fordelning, Kostnadsrad};
    let mut fall = Forstudie::ny([7; 16], "2026-11-26T10:00:00Z");
    fall.ekonomi.kostnader.push(Kostnadsrad {
        id: "k1".into(),
        namnd: "KS".into(),
        fordelning: Fordelning::Engangs { ar: 0, varde: 1000.into() },
        ..Default::default()
    });
    fall.ekonomi.effekter.push(Effektrad {
        id: "e1".into(),
        namnd: "KS".into(),
        fordelning: Fordelning::Aterkommande { fran: 1, till: 4, varde: 500.into() },
        ..Default::default()
    });
    let text = skriv(&fall, "2026-11-26T10:00:00Z");
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    // d(t) at 3 %: 1000 at t=0; 500 at t=1…4 → 485.44 + 471.30 + 457.57 + 444.24 − 1000.
    assert_eq!(json["vardering"]["bas"]["nnv"], "858.55");
    assert_eq!(json["vardering"]["bas"]["aterbetalningsar"], 2);
    // NNK = 858.55 / 1000 → 0.8586 → economy level 3: 30 × 3 / 4 = 22.5
    // points; nothing else is scored yet, so no priority.
    assert_eq!(json["bedomning"]["kriterier"][8]["niva"], 3);
    assert_eq!(json["bedomning"]["poang"], "22.5");
    assert_eq!(json["bedomning"]["prioritering"], serde_json::Value::Null);
    let last = las(&text).unwrap();
    assert_eq!((last.vardering, last.bedomning, &last.forstudie), (None, None, &fall), "results are not read");
    assert_eq!(las_import(&text).unwrap(), Import { forstudie: fall.clone(), kontroll: Kontroll::Stammer });
    // A file without results (as written before) still reads.
    let mut utan = json.clone();
    utan.as_object_mut().unwrap().remove("vardering");
    utan.as_object_mut().unwrap().remove("bedomning");
    let last = las(&utan.to_string()).unwrap();
    assert_eq!((last.vardering, &last.forstudie), (None, &fall));
    assert_eq!(las_import(&utan.to_string()).unwrap().kontroll, Kontroll::UtanResultat);
    // Results of another shape never stop a case from reading.
    let mut annan = json.clone();
    annan["vardering"] = serde_json::json!({"bas": "trasig"});
    assert_eq!(las(&annan.to_string()).unwrap().forstudie, fall);
    assert!(matches!(las_import(&annan.to_string()).unwrap().kontroll, Kontroll::Avviker(_)));
}

#[test]
fn a_stored_case_reads_with_the_checks_of_an_import() {
    let fall = Forstudie::ny([9; 16], "2026-11-26T10:00:00Z");
    let text = skriv(&fall, "2026-11-26T10:00:00Z");
    assert_eq!(las(&text).unwrap().forstudie, fall);
    // `las` parses straight into types, `las_import` also reads the file
    // as a tree: the same faults give the same errors.
    let annan = text.replacen("\"schema_version\": 1", "\"schema_version\": 2", 1);
    let utan_titel = text.replacen("\"skapad\"", "\"skapat\"", 1);
    for fel in [
        "{\"schema_version\": 1,",
        "[1,2]",
        "{\"schema_version\": 1.0}",
        "{\"schema_version\": 2}",
        "{\"schema_version\": 1}",
        "{\"schema_version\": 1, \"app_version\": 3}",
        &annan,
        &utan_titel,
    ] {
        assert_eq!(las(fel).unwrap_err(), las_import(fel).unwrap_err(), "{fel}");
    }
    assert_eq!(las(&annan).unwrap_err(), Lasfel::OkandVersion { version: 2 });
    // A key given twice is refused, by both, as standing twice: which of
    // the two counts is not the app's to guess (read through a tree the
    // last counted; the file is read straight into its types now).
    let dubbel = text.replacen("\"exporterad\"", "\"exporterad\": \"x\", \"exporterad\"", 1);
    assert_eq!(las(&dubbel).unwrap_err(), las_import(&dubbel).unwrap_err());
    assert_eq!(
        las(&dubbel).unwrap_err().to_string(),
        "Filen har rätt version men innehållet stämmer inte med formatet. Exportdatum: står två gånger."
    );
}

#[test]
fn a_content_fault_names_the_field_by_its_swedish_label_and_place() {
    use crate::model::{Fordelning, Kostnadsrad};
    let mut fall = Forstudie::ny([7; 16], "2026-11-26T10:00:00Z");
    for i in 0..3 {
        fall.ekonomi.kostnader.push(Kostnadsrad {
            id: format!("k{i}"),
            fordelning: Fordelning::PerAr { varden: vec![1000.into(), 2000.into()] },
            ..Default::default()
        });
    }
    let text = skriv(&fall, "2026-11-26T10:00:00Z");
    let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
    json["forstudie"]["ekonomi"]["kostnader"][2]["fordelning"]["varden"][0] = "Infinity".into();
    assert_eq!(
        las(&json.to_string()).unwrap_err().to_string(),
        "Filen har rätt version men innehållet stämmer inte med formatet. Kostnad 3, år 2027: ska vara ett tal, men filen har text som inte går att läsa så."
    );
    let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
    json["forstudie"]["ekonomi"]["kalkylperiod"]["ar"] = (-5).into();
    assert!(las(&json.to_string())
        .unwrap_err()
        .to_string()
        .ends_with("Kalkylperiod, år: ska vara ett heltal, 0 eller större, men filen har −5."));
    let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
    json["forstudie"]["id"] = "lol".into();
    assert!(las(&json.to_string())
        .unwrap_err()
        .to_string()
        .ends_with("Id: är inget giltigt id (ett id skrivs som 0a0b0c0d-0000-4000-8000-000000000001)."));
    let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
    json["forstudie"].as_object_mut().unwrap().remove("id");
    assert!(las(&json.to_string()).unwrap_err().to_string().ends_with("Id: saknas i filen."));
}

#[test]
fn file_names_are_plain_ascii() {
    assert_eq!(
        filnamn("Digital ansökan om färdtjänst!", "2026-11-26"),
        "digital-ansokan-om-fardtjanst-2026-11-26.json"
    );
    assert_eq!(filnamn("  ", "2026-11-26"), "forstudie-2026-11-26.json");
}

#[test]
fn an_oversized_file_is_refused_before_parsing() {
    let stor = " ".repeat(MAX_FILSTORLEK + 1);
    assert!(matches!(las(&stor), Err(Lasfel::ForStor { .. })));
}
