//! The start page's stored summary of each case: what its list shows
//! (title, förvaltning, last change), kept under a key of its own beside the
//! case, so listing the cases does not parse every case.
//!
//! A summary is trusted only for the exact text it was made from: it holds
//! that text's length and a checksum, and the case's stored text is checked
//! against them (hashing is far cheaper than parsing). A case saved by an
//! older version of the app (no summary), changed in another tab by one, or
//! damaged by hand does not match: it is read in full, as before, and a
//! readable one gets its summary written.

use super::{Lagring, Sammanfattning};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub const SAMMANDRAGSPREFIX: &str = "forstudie.sammanfattning.";

pub fn sammandragsnyckel(id: Uuid) -> String {
    format!("{SAMMANDRAGSPREFIX}{id}")
}

/// The stored form: the listed fields and the check of the case's text.
#[derive(Serialize, Deserialize)]
struct Sammandrag {
    /// "<length in bytes>:<FNV-1a 64 of the text, hex>".
    kontroll: String,
    titel: String,
    forvaltning: String,
    andrad: String,
}

/// The check of a stored case text: its length and an FNV-1a 64 hash (not
/// a security measure: it tells a changed text from the one summarised).
pub fn kontroll(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{}:{h:016x}", text.len())
}

/// The summary stored for the case `id`, if there is one made from exactly
/// `text` (the case's stored text).
pub fn las(lagring: &impl Lagring, id: Uuid, text: &str) -> Option<Sammanfattning> {
    let lagrad = lagring.hamta(&sammandragsnyckel(id))?;
    let s: Sammandrag = crate::json::las_typat(&lagrad).ok()?;
    (s.kontroll == kontroll(text)).then_some(Sammanfattning {
        id,
        titel: s.titel,
        forvaltning: s.forvaltning,
        andrad: s.andrad,
    })
}

/// Writes the summary of `text` (the case's stored text). A failed write
/// only costs a full read next time; a summary left from before is removed
/// so it never takes room for nothing.
pub fn skriv(lagring: &mut impl Lagring, s: &Sammanfattning, text: &str) {
    let lagrad = Sammandrag {
        kontroll: kontroll(text),
        titel: s.titel.clone(),
        forvaltning: s.forvaltning.clone(),
        andrad: s.andrad.clone(),
    };
    let nyckel = sammandragsnyckel(s.id);
    if lagring.ange(&nyckel, &crate::json::skriv_json(&lagrad, false)).is_err() {
        lagring.ta_bort(&nyckel);
    }
}
