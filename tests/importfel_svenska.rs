//! Every refusal of a file speaks Swedish: each value of a real export is
//! in turn replaced by one of the wrong type, out of range, or removed, and
//! each file is also damaged as a whole; no message the import or the
//! portfolio gives contains the parser's English, and each ends its
//! sentence.

mod fyllt_fall;

use forstudie::format::{self, Lasfel};
use forstudie::lagring;
use forstudie::portfolj::Portfolj;
use serde_json::{json, Value};

const IDAG: &str = "2030-01-01";

/// Phrases of serde_json, serde, uuid and rust_decimal.
const ENGELSKA: [&str; 16] = [
    "missing field",
    "invalid type",
    "expected",
    "at line",
    "parsing failed",
    "invalid value",
    "unknown variant",
    "trailing",
    "invalid length",
    "recursion",
    "out of range",
    "EOF",
    "duplicate field",
    "unknown field",
    "Decimal type",
    "invalid character",
];

fn kontrollera(text: &str, fall: &str) -> Option<String> {
    let fel = lagring::las_import(text, IDAG).err();
    let portfolj = Portfolj::default().las_in("fil.json", text, IDAG).err().map(|e| e.orsak);
    // The import and the portfolio refuse the same files for the same reason.
    assert_eq!(fel.as_ref().map(Lasfel::to_string), portfolj, "{fall}");
    let meddelande = fel?.to_string();
    for fras in ENGELSKA {
        assert!(!meddelande.to_lowercase().contains(&fras.to_lowercase()), "{fall}: {meddelande}");
    }
    assert!(meddelande.ends_with('.'), "{fall}: {meddelande}");
    assert!(!meddelande.contains(".."), "{fall}: {meddelande}");
    Some(meddelande)
}

/// Each leaf of `v` with its JSON pointer.
fn lov(v: &Value, vag: String, ut: &mut Vec<String>) {
    match v {
        Value::Object(o) => o.iter().for_each(|(k, v)| lov(v, format!("{vag}/{k}"), ut)),
        Value::Array(a) => a.iter().enumerate().for_each(|(i, v)| lov(v, format!("{vag}/{i}"), ut)),
        _ => ut.push(vag),
    }
}

#[test]
fn no_refusal_of_a_damaged_value_contains_parser_english() {
    let text = format::skriv(&fyllt_fall::fyllt_fall(), "2026-11-26T15:00:00.000Z");
    let original: Value = serde_json::from_str(&text).unwrap();
    let mut vagar = Vec::new();
    lov(&original["forstudie"], "/forstudie".into(), &mut vagar);
    vagar.extend(["/schema_version", "/app_version", "/exporterad"].map(String::from));
    let ersattningar = [
        json!("text"),
        json!(-5),
        json!(4294967296u64),
        json!(null),
        json!([]),
        json!({}),
        json!(true),
        json!("Infinity"),
        json!(1.5),
        json!("9999999999999999999999999999999999.00"),
    ];
    let mut avslag = 0;
    // Three replacements per value, in turn, so every kind meets every
    // part of the file without running each against each (CI time).
    for (n, vag) in vagar.iter().enumerate() {
        for ny in (0..3).map(|k| &ersattningar[(n + k * 4) % ersattningar.len()]) {
            let mut fil = original.clone();
            *fil.pointer_mut(vag).unwrap() = ny.clone();
            avslag += usize::from(kontrollera(&fil.to_string(), &format!("{vag} = {ny}")).is_some());
        }
        // The key removed (its object's place).
        let (foralder, nyckel) = vag.rsplit_once('/').unwrap();
        let mut fil = original.clone();
        if let Some(Value::Object(o)) = fil.pointer_mut(foralder) {
            o.remove(nyckel);
            kontrollera(&fil.to_string(), &format!("{vag} borttagen"));
        }
    }
    assert!(avslag > vagar.len(), "most replacements are refused: {avslag} of {}", vagar.len() * 3);
}

#[test]
fn no_refusal_of_a_damaged_file_contains_parser_english() {
    let text = format::skriv(&fyllt_fall::fyllt_fall(), "2026-11-26T15:00:00.000Z");
    let djup = 100_000;
    let fall = [
        text[..1000].to_string(),
        format!("{text} x"),
        text.replacen("\"schema_version\": 1", "\"schema_version\": \"1\"", 1),
        text.replacen("\"schema_version\": 1", "\"schema_version\": 2", 1),
        text.replacen("\"schema_version\": 1", "\"schema_version\": -1", 1),
        text.replacen("\"startar\": 2027", "\"startar\": 1e400", 1),
        text.replacen("\"startar\": 2027", "\"startar\": 0", 1),
        text.replacen("\"startar\": 2027", "\"startar\": 2147483647", 1),
        text.replacen("\"ar\": 5", "\"ar\": 40", 1),
        text.replacen("\"strategier\": [", &format!("\"strategier\": {}", "[".repeat(djup)), 1),
        format!("{}{}", "[".repeat(djup), "]".repeat(djup)),
        "[1, 2]".into(),
        "\"text\"".into(),
        "{}".into(),
        String::new(),
        "{\"schema_version\": 1, \"schema_version\": 1}".into(),
    ];
    let mut meddelanden = Vec::new();
    for (i, f) in fall.iter().enumerate() {
        meddelanden.push(kontrollera(f, &format!("fall {i}")).unwrap_or_else(|| panic!("fall {i} accepted")));
    }
    // True reasons, not "not valid JSON" for everything.
    assert!(meddelanden[2].contains("ska vara heltalet 1, men filen har text"), "{}", meddelanden[2]);
    assert!(meddelanden[5].contains("tal som är för stort"), "{}", meddelanden[5]);
    assert_eq!(
        meddelanden[6],
        "Filen har ett värde som fältet inte tar emot. Kalkylperiod, första året (år 0) är 0 i filen. Första året ska vara ett årtal mellan 1900 och 2200, till exempel 2027. Rätta det där filen skapades och försök igen."
    );
    assert!(
        meddelanden[8].contains("Kalkylperiod, antal år är 40 i filen. Kalkylperioden är ett helt antal år, 1–15."),
        "{}",
        meddelanden[8]
    );
    assert!(meddelanden[9].contains("nästlad i för många nivåer"), "{}", meddelanden[9]);
    assert!(meddelanden[11].contains("inget objekt med fält"), "{}", meddelanden[11]);
}

#[test]
fn a_follow_up_dated_after_today_in_a_file_is_refused_at_its_place() {
    let mut fall = forstudie::model::exempelfall([3; 16], "2026-11-26T15:00:00.000Z");
    assert_eq!(format::granska(&fall, IDAG), [], "the example meets every rule");
    // A plan as an older file has it: only the effect and one follow-up.
    let plan = r#"{"effekt_id": "e-tid", "uppfoljningar": [{"datum": "2029-11-30", "varde": "2"}, {"datum": "2030-06-30", "varde": "2"}]}"#;
    fall.effekthemtagning.planer.push(serde_json::from_str(plan).unwrap());
    let p = fall.effekthemtagning.planer.len() - 1;
    let text = format::skriv(&fall, "2026-11-26T15:00:00.000Z");
    let fel = kontrollera(&text, "framtida uppföljning").expect("refused");
    assert!(
        fel.contains(&format!("plan {}, uppföljning 2, datum är ”\u{2068}2030-06-30\u{2069}” i filen. En uppföljning kan inte ha ett datum efter i dag.", p + 1)),
        "{fel}"
    );
}
