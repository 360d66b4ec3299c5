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
use uuid::Uuid;

pub const SAMMANDRAGSPREFIX: &str = "forstudie.sammanfattning.";

pub fn sammandragsnyckel(id: Uuid) -> String {
    format!("{SAMMANDRAGSPREFIX}{id}")
}

/// The stored form's first line: what reads it knows the fields after it.
const FORMAT: &str = "sammandrag 1";

/// The stored form: a first line naming it, then the check of the case's
/// text, the title, the förvaltning and the last change, each as
/// "<length in bytes>:<text>" on a line of its own. Not JSON, on purpose:
/// the start page reads it, and its wasm module carries no JSON reader (a
/// case is read in a part of its own, scripts/dela_wasm.mjs); a length
/// tells each text's end whatever it holds, line breaks included.
fn koda(falt: [&str; 4]) -> String {
    let mut text = format!("{FORMAT}\n");
    for f in falt {
        text.push_str(&format!("{}:{f}\n", f.len()));
    }
    text
}

/// The four fields of a stored form, or `None` for anything else.
fn avkoda(text: &str) -> Option<[String; 4]> {
    let mut rest = text.strip_prefix(FORMAT)?.strip_prefix('\n')?;
    let mut falt: [String; 4] = Default::default();
    for f in &mut falt {
        let (langd, efter) = rest.split_once(':')?;
        if langd.is_empty() || !langd.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let langd: usize = langd.parse().ok()?;
        *f = efter.get(..langd)?.to_string();
        rest = efter.get(langd..)?.strip_prefix('\n')?;
    }
    rest.is_empty().then_some(falt)
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
    let [kontroll_, titel, forvaltning, andrad] = avkoda(&lagring.hamta(&sammandragsnyckel(id))?)?;
    (kontroll_ == kontroll(text)).then_some(Sammanfattning { id, titel, forvaltning, andrad })
}

/// Writes the summary of `text` (the case's stored text). A failed write
/// only costs a full read next time; a summary left from before is removed
/// so it never takes room for nothing.
pub fn skriv(lagring: &mut impl Lagring, s: &Sammanfattning, text: &str) {
    let lagrad = koda([&kontroll(text), &s.titel, &s.forvaltning, &s.andrad]);
    let nyckel = sammandragsnyckel(s.id);
    if lagring.ange(&nyckel, &lagrad).is_err() {
        lagring.ta_bort(&nyckel);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_summary_reads_back_whatever_its_texts_hold() {
        let falt = ["12:00ab", "Rad ett\nrad två: 3:x\n", "", "2026-03-01T10:00:00Z"];
        let text = koda(falt);
        assert_eq!(text, "sammandrag 1\n7:12:00ab\n22:Rad ett\nrad två: 3:x\n\n0:\n20:2026-03-01T10:00:00Z\n");
        assert_eq!(avkoda(&text), Some(falt.map(String::from)));
    }

    #[test]
    fn anything_but_a_whole_summary_is_not_one() {
        let hel = koda(["a", "bb", "ccc", "åä"]);
        assert!(avkoda(&hel).is_some());
        for trasig in [
            String::new(),
            "{\"titel\":\"x\"}".to_string(), // a summary from before this form
            hel.replace("sammandrag 1", "sammandrag 2"), // a later form
            hel.replace("2:bb", "3:bb"),     // a length past its text
            hel.replace("2:bb", "1:bb"),     // a length short of it
            hel.replace("4:åä", "1:åä"),     // a length inside a character
            hel.replace("2:bb", "+2:bb"),
            hel[..hel.len() - 1].to_string(), // cut short
            format!("{hel}x"),                // more after it
        ] {
            assert_eq!(avkoda(&trasig), None, "{trasig:?}");
        }
    }
}
