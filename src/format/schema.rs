//! The JSON Schema of the file, derived from the types that read it (the
//! `JsonSchema` derives beside each `Deserialize`, with the `schema` feature).
//! It is committed as schema/affarsfall.schema.json; tests/schema_fil.rs fails
//! when that file and this differ (`UPPDATERA_SCHEMA=1 cargo test --features
//! schema --test schema_fil` writes it anew).
//!
//! It describes what the app reads: a field with a default may be missing,
//! as in files written before it existed. Every file the app writes is
//! valid against it.

use super::{Affarsfall, SCHEMA_VERSION};
use schemars::generate::SchemaSettings;
use schemars::transform::RecursiveTransform;
use schemars::Schema;
use serde_json::Value;

/// Every `Decimal` outside money: text, as the `serde-str` feature writes
/// and reads it (never a JSON number).
pub const DECIMAL_MONSTER: &str = r"^-?[0-9]+(\.[0-9]+)?$";

/// The schema as JSON (draft 2020-12).
pub fn json_schema() -> Value {
    let generator =
        SchemaSettings::draft2020_12().with_transform(RecursiveTransform(decimal_som_text)).into_generator();
    let mut schema = generator.into_root_schema_for::<Affarsfall>();
    schema
        .insert("title".into(), format!("Affärsfall (förstudie med värdering), schemaversion {SCHEMA_VERSION}").into());
    schema.insert(
        "description".into(),
        "En förstudie exporterad ur appen Förstudie och nyttovärdering: indata i `forstudie`, beräknade värden i \
         `vardering`. Belopp är text med exakt två decimaler, övriga decimaltal text med punkt. Appen läser också \
         filer där fält med standardvärde saknas, och räknar alltid om värderingen vid import."
            .into(),
    );
    schema.to_value()
}

/// The schema as the committed file: pretty-printed, ending in a newline.
pub fn json_schema_text() -> String {
    let mut text = serde_json::to_string_pretty(&json_schema()).expect("a schema serializes");
    text.push('\n');
    text
}

/// schemars describes a `Decimal` as it reads by default (text or number);
/// this crate reads and writes text only.
fn decimal_som_text(schema: &mut Schema) {
    let ar_decimal = schema.get("pattern").and_then(Value::as_str).is_some_and(|p| p.contains(r"\d+(\.\d+)?"));
    if ar_decimal {
        // Keep "null" of an `Option<Decimal>`; drop "number".
        let typ = match schema.get("type") {
            Some(Value::Array(typer)) if typer.iter().any(|t| t == "null") => serde_json::json!(["string", "null"]),
            _ => "string".into(),
        };
        schema.insert("type".into(), typ);
        schema.insert("pattern".into(), DECIMAL_MONSTER.into());
    }
}
