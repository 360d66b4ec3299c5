//! Fuzzing the import (proptest): any bytes, any JSON, and mutations of a
//! real export go through `format::las` and `format::las_import` without a
//! panic, and whatever they accept writes and reads back to the same case.
//!
//! CI runs a thousand inputs per property; set FUZZ_CASES for a long run
//! (README, "Fuzzning": `FUZZ_CASES=350000 cargo test --release --test fuzz_import`).

mod fyllt_fall;

use forstudie::format;
use proptest::prelude::*;

fn fall_antal() -> u32 {
    std::env::var("FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(1000)
}

fn giltig_fil() -> &'static str {
    static FIL: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    FIL.get_or_init(|| format::skriv(&fyllt_fall::fyllt_fall(), "2026-11-26T15:00:00.000Z"))
}

/// Whatever is accepted must survive its own round trip, and the import's
/// check of the file's results (any JSON there) reads the same case.
fn kontrollera(text: &str) {
    let import = format::las_import(text);
    if let Ok(fil) = format::las(text) {
        let igen = format::las(&format::skriv(&fil.forstudie, &fil.exporterad)).expect("re-read");
        assert_eq!(igen.forstudie, fil.forstudie);
        assert_eq!(import.expect("las_import accepts what las accepts").forstudie, fil.forstudie);
    } else {
        assert!(import.is_err());
    }
}

fn json_varde() -> impl Strategy<Value = serde_json::Value> {
    let lov = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        "[0-9.eE+-]{1,30}".prop_map(|s| serde_json::from_str(&s).unwrap_or(serde_json::Value::Null)),
        ".{0,20}".prop_map(serde_json::Value::from),
        Just(serde_json::Value::from("12500.00")),
        Just(serde_json::Value::from("<script>alert(1)</script>")),
    ];
    lov.prop_recursive(6, 64, 8, |inre| {
        prop_oneof![
            prop::collection::vec(inre.clone(), 0..8).prop_map(serde_json::Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    Just("schema_version".to_string()),
                    Just("forstudie".to_string()),
                    Just("id".to_string()),
                    Just("ekonomi".to_string()),
                    Just("kalkylperiod".to_string()),
                    "[a-z_]{1,12}",
                ],
                inre,
                0..6
            )
            .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

#[derive(Debug, Clone)]
enum Mutation {
    Byt(usize, char),
    Ta(usize, usize),
    Infoga(usize, String),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), any::<char>()).prop_map(|(i, c)| Mutation::Byt(i, c)),
        (any::<usize>(), 1usize..40).prop_map(|(i, n)| Mutation::Ta(i, n)),
        (
            any::<usize>(),
            prop_oneof![
                Just("[".repeat(200)),
                Just("-99999999999999999999999999999999.99".to_string()),
                Just("\"schema_version\": 1,".to_string()),
                Just("null".to_string()),
                ".{0,8}".boxed(),
            ]
        )
            .prop_map(|(i, s)| Mutation::Infoga(i, s)),
    ]
}

fn mutera(text: &str, mutationer: &[Mutation]) -> String {
    let mut tecken: Vec<char> = text.chars().collect();
    for m in mutationer {
        let n = tecken.len().max(1);
        match m {
            Mutation::Byt(i, c) => {
                if !tecken.is_empty() {
                    tecken[i % n] = *c;
                }
            }
            Mutation::Ta(i, antal) => {
                let start = i % n;
                let slut = (start + antal).min(tecken.len());
                if start < slut {
                    tecken.drain(start..slut);
                }
            }
            Mutation::Infoga(i, s) => {
                let pos = i % (tecken.len() + 1);
                tecken.splice(pos..pos, s.chars());
            }
        }
    }
    tecken.into_iter().collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: fall_antal(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        kontrollera(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn any_json(varde in json_varde(), version in prop_oneof![Just(None), any::<i64>().prop_map(Some), Just(Some(1))]) {
        let mut varde = varde;
        if let (Some(v), Some(objekt)) = (version, varde.as_object_mut()) {
            objekt.insert("schema_version".into(), v.into());
        }
        kontrollera(&varde.to_string());
    }

    #[test]
    fn mutations_of_a_real_export(mutationer in prop::collection::vec(mutation(), 1..6)) {
        kontrollera(&mutera(giltig_fil(), &mutationer));
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    for djup in [100, 1_000, 100_000] {
        let text = format!("{}{}", "[".repeat(djup), "]".repeat(djup));
        assert!(format::las(&text).is_err());
        let text = format!("{{\"schema_version\": 1, \"forstudie\": {}1{}}}", "[".repeat(djup), "]".repeat(djup));
        assert!(format::las(&text).is_err());
    }
}

#[test]
fn huge_numbers_and_negative_periods_are_refused() {
    let fil = giltig_fil();
    for (fran, till) in [
        ("\"ar\": 5", "\"ar\": -5"),
        ("\"ar\": 5", "\"ar\": 1e400"),
        ("\"startar\": 2027", "\"startar\": 99999999999999999999"),
        ("\"35000.00\"", "\"999999999999999999999999999999999.00\""),
    ] {
        assert!(fil.contains(fran), "{fran}");
        assert!(format::las(&fil.replace(fran, till)).is_err(), "{till} accepted");
    }
}
