//! How cases are kept in the browser's local storage: one key per case,
//! holding the same versioned file the export writes, without its computed
//! results (`format::skriv_lagrad`).
//!
//! The rule that matters: a stored value that fails to read is reported as
//! damaged and is never overwritten or dropped by the app.

mod sammandrag;

use crate::format::{self, Lasfel};
use crate::model::Forstudie;
use uuid::Uuid;

pub const NYCKELPREFIX: &str = "forstudie.fall.";
pub use sammandrag::{sammandragsnyckel, SAMMANDRAGSPREFIX};

/// The key/value store the cases live in: local storage in the browser, a
/// map in tests.
pub trait Lagring {
    fn nycklar(&self) -> Vec<String>;
    fn hamta(&self, nyckel: &str) -> Option<String>;
    /// May fail, e.g. when the storage quota is exceeded.
    fn ange(&mut self, nyckel: &str, varde: &str) -> Result<(), Skrivfel>;
    fn ta_bort(&mut self, nyckel: &str);
    /// The room the stored keys and values take, in UTF-16 units, as the
    /// browser counts it against `LAGRINGSKVOT`.
    fn anvant(&self) -> usize {
        self.nycklar().iter().map(|k| tecken(k) + self.hamta(k).map_or(0, |v| tecken(&v))).sum()
    }
}

/// Why a write to storage failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Skrivfel {
    /// The storage quota is exceeded.
    Fullt,
    /// Refused for another reason (storage blocked, private mode).
    Nekad,
}

impl std::fmt::Display for Skrivfel {
    /// The reason as the end of a Swedish sentence, for writes other than a
    /// case (a case's message says more: `fullt_meddelande`).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Skrivfel::Fullt => "webbläsarens lokala lagring är full. Exportera och ta bort förstudier du inte behöver.",
            Skrivfel::Nekad => {
                "webbläsaren tillåter inte att sidan sparar (lagringen kan vara avstängd, till exempel i privat läge)."
            }
        })
    }
}

/// What browsers give one site in local storage: 5 Mi UTF-16 units
/// (Chromium, Firefox and Safari alike). An estimate for messages only:
/// the browser's own refusal is what decides.
pub const LAGRINGSKVOT: usize = 5 * 1024 * 1024;

/// The length of `text` as local storage counts it.
pub fn tecken(text: &str) -> usize {
    text.encode_utf16().count()
}

/// "6,6 miljoner" or "120 000": a count of characters for a message.
fn antal_tecken(n: usize) -> String {
    if n >= 1_000_000 {
        let tiondelar = (n + 50_000) / 100_000;
        format!("{},{} miljoner", tiondelar / 10, tiondelar % 10)
    } else {
        crate::model::tal::formatera(rust_decimal::Decimal::from(n as u64))
    }
}

/// Why a case of `behov` units could not be written where `befintlig`
/// units stood under its key: the storage is full, or this one case is
/// larger than the whole storage, so freeing room would not help.
pub fn fullt_meddelande(behov: usize, befintlig: usize, anvant: usize) -> String {
    let ledigt = LAGRINGSKVOT.saturating_sub(anvant);
    if behov > LAGRINGSKVOT {
        format!(
            "förstudien är för stor för webbläsarens lokala lagring. Den tar {} tecken, och lagringen rymmer omkring {} tecken för den här webbplatsen, varav omkring {} är lediga. Att ta bort andra förstudier räcker inte; exportera den och dela upp den i mindre delar.",
            antal_tecken(behov),
            antal_tecken(LAGRINGSKVOT),
            antal_tecken(ledigt)
        )
    } else {
        format!(
            "webbläsarens lagringsutrymme är fullt. Förstudien tar {} tecken och omkring {} är lediga. Exportera och ta bort förstudier du inte behöver.",
            antal_tecken(behov),
            antal_tecken(ledigt + befintlig)
        )
    }
}

pub fn nyckel(id: Uuid) -> String {
    format!("{NYCKELPREFIX}{id}")
}

/// What the start page lists for one case.
#[derive(Clone, Debug, PartialEq)]
pub struct Sammanfattning {
    pub id: Uuid,
    pub titel: String,
    pub forvaltning: String,
    pub andrad: String,
}

/// One stored entry: a readable case, or a damaged value kept as it is.
#[derive(Clone, Debug, PartialEq)]
pub enum Post {
    Fall(Sammanfattning),
    Skadad { nyckel: String, ra_text: String, orsak: String },
}

impl Sammanfattning {
    fn av(fall: &Forstudie) -> Self {
        Sammanfattning {
            id: fall.id,
            titel: fall.visningsnamn().to_string(),
            forvaltning: fall.utvecklingsbehov.forvaltning.clone(),
            andrad: fall.andrad.clone(),
        }
    }
}

/// Reads one stored value; a value under a case key must hold that case.
fn tolka(nyckel_: &str, text: &str) -> Result<Forstudie, String> {
    let fil = format::las(text).map_err(|e| e.to_string())?;
    if nyckel(fil.forstudie.id) != nyckel_ {
        return Err("Värdet ligger under en annan nyckel än förstudiens id.".into());
    }
    Ok(fil.forstudie)
}

/// Every stored case, newest change first, damaged entries last: the
/// summaries (`lista_ur_sammandrag`), then a full read of the rest
/// (`las_fullt`).
pub fn lista(lagring: &mut impl Lagring) -> Vec<Post> {
    let (poster, olasta) = lista_ur_sammandrag(lagring);
    let lasta = las_fullt(lagring, &olasta);
    sla_ihop(poster, &olasta, &lasta)
}

/// The cases listed from their stored summaries, each made from the case's
/// text as it stands (`sammandrag`), and the keys of the cases that must be
/// read in full (`las_fullt`): saved by an older version, changed by one in
/// another tab, or damaged. It parses no case, so the start page can list
/// without the code that reads one (a wasm part of its own).
pub fn lista_ur_sammandrag(lagring: &mut impl Lagring) -> (Vec<Post>, Vec<String>) {
    let mut fall = Vec::new();
    let mut olasta = Vec::new();
    let alla = lagring.nycklar();
    let mut nycklar: Vec<&String> = alla.iter().filter(|k| k.starts_with(NYCKELPREFIX)).collect();
    nycklar.sort();
    for k in nycklar {
        let Some(text) = lagring.hamta(k) else { continue };
        let id = k[NYCKELPREFIX.len()..].parse::<Uuid>().ok().filter(|id| nyckel(*id) == *k);
        match id.and_then(|id| sammandrag::las(lagring, id, &text)) {
            Some(s) => fall.push(Post::Fall(s)),
            None => olasta.push(k.clone()),
        }
    }
    // A summary whose case is gone (removed by an older version of the app)
    // is removed too.
    for k in alla.iter().filter(|k| k.starts_with(SAMMANDRAGSPREFIX)) {
        let fallnyckel = format!("{NYCKELPREFIX}{}", &k[SAMMANDRAGSPREFIX.len()..]);
        if !alla.contains(&fallnyckel) {
            lagring.ta_bort(k);
        }
    }
    (fall, olasta)
}

/// Reads the cases under `nycklar` in full: a readable one is listed and
/// gets its summary written (so the next listing need not read it), any
/// other is listed as damaged with its reason.
pub fn las_fullt(lagring: &mut impl Lagring, nycklar: &[String]) -> Vec<Post> {
    let mut poster = Vec::new();
    for k in nycklar {
        let Some(text) = lagring.hamta(k) else { continue };
        poster.push(match tolka(k, &text) {
            Ok(f) => {
                let s = Sammanfattning::av(&f);
                sammandrag::skriv(lagring, &s, &text);
                Post::Fall(s)
            }
            Err(orsak) => Post::Skadad { nyckel: k.clone(), ra_text: text, orsak },
        });
    }
    poster
}

impl Post {
    /// The storage key of the case listed.
    pub fn nyckel(&self) -> String {
        match self {
            Post::Fall(s) => nyckel(s.id),
            Post::Skadad { nyckel, .. } => nyckel.clone(),
        }
    }
}

/// The list from the summaries (`lista_ur_sammandrag`) and a full read
/// (`las_fullt`) that may have been made before the summaries changed: of
/// the full read, only the keys still to be read count, so no case is
/// listed twice or after it is gone.
pub fn sla_ihop(ur_sammandrag: Vec<Post>, olasta: &[String], lasta: &[Post]) -> Vec<Post> {
    let aktuella = lasta.iter().filter(|p| olasta.contains(&p.nyckel())).cloned();
    ordna(ur_sammandrag.into_iter().chain(aktuella).collect())
}

/// The list's order: cases by last change, newest first (then by title),
/// damaged entries last in key order.
pub fn ordna(poster: Vec<Post>) -> Vec<Post> {
    let (mut fall, mut skadade): (Vec<Post>, Vec<Post>) = poster.into_iter().partition(|p| matches!(p, Post::Fall(_)));
    fall.sort_by(|a, b| match (a, b) {
        (Post::Fall(a), Post::Fall(b)) => b.andrad.cmp(&a.andrad).then(a.titel.cmp(&b.titel)),
        _ => std::cmp::Ordering::Equal,
    });
    skadade.sort_by(|a, b| match (a, b) {
        (Post::Skadad { nyckel: a, .. }, Post::Skadad { nyckel: b, .. }) => a.cmp(b),
        _ => std::cmp::Ordering::Equal,
    });
    fall.extend(skadade);
    fall
}

#[derive(Clone, Debug, PartialEq)]
pub enum Oppningsfel {
    Saknas,
    Skadad(String),
}

impl std::fmt::Display for Oppningsfel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Oppningsfel::Saknas => f.write_str("Förstudien finns inte i den här webbläsaren."),
            Oppningsfel::Skadad(orsak) => write!(f, "Förstudien kan inte läsas: {orsak}"),
        }
    }
}

pub fn oppna(lagring: &impl Lagring, id: Uuid) -> Result<Forstudie, Oppningsfel> {
    let k = nyckel(id);
    let text = lagring.hamta(&k).ok_or(Oppningsfel::Saknas)?;
    tolka(&k, &text).map_err(Oppningsfel::Skadad)
}

/// Writes a case under its key, refusing to replace a value that does not
/// read as a case: the user's damaged data is never overwritten.
pub fn spara(lagring: &mut impl Lagring, fall: &Forstudie, nu: &str) -> Result<(), String> {
    let k = nyckel(fall.id);
    if let Some(befintlig) = lagring.hamta(&k) {
        if let Err(orsak) = tolka(&k, &befintlig) {
            return Err(format!(
                "Sparades inte: det som redan ligger under den här förstudien går inte att läsa och skrivs inte över ({orsak})."
            ));
        }
    }
    let text = format::skriv_lagrad(fall, nu);
    let skrivet = lagring.ange(&k, &text);
    if skrivet.is_ok() {
        sammandrag::skriv(lagring, &Sammanfattning::av(fall), &text);
    }
    skrivet.map_err(|fel| match fel {
        Skrivfel::Fullt => {
            let befintlig = lagring.hamta(&k).map_or(0, |v| tecken(&k) + tecken(&v));
            format!("Kunde inte spara: {}", fullt_meddelande(tecken(&k) + tecken(&text), befintlig, lagring.anvant()))
        }
        Skrivfel::Nekad => "Kunde inte spara: webbläsaren nekade skrivningen till lokal lagring.".to_string(),
    })
}

/// Saves an edit of an open case, but only over the version it was opened
/// from (`andrad` of the case as last read or saved): when another tab or
/// window has saved or removed the case since, nothing is written and the
/// user is told, so neither version is silently lost.
pub fn spara_redigering(lagring: &mut impl Lagring, fall: &Forstudie, nu: &str) -> Result<(), String> {
    let k = nyckel(fall.id);
    match lagring.hamta(&k).map(|text| tolka(&k, &text)) {
        None => {
            return Err("Sparades inte: förstudien har tagits bort i en annan flik eller ett annat fönster. Exportera den om du vill behålla den.".into())
        }
        Some(Ok(lagrad)) if lagrad.andrad != fall.andrad => {
            return Err("Sparades inte: förstudien har ändrats i en annan flik eller ett annat fönster sedan du öppnade den. Exportera din version om du vill behålla den, och ladda sedan om sidan för att se den andra.".into())
        }
        _ => {}
    }
    let mut ny = fall.clone();
    ny.andrad = nu.into();
    spara(lagring, &ny, nu)
}

pub fn radera(lagring: &mut impl Lagring, id: Uuid) {
    lagring.ta_bort(&nyckel(id));
    lagring.ta_bort(&sammandragsnyckel(id));
}

/// What already stands under an imported case's id.
#[derive(Clone, Debug, PartialEq)]
pub enum Krock {
    Ingen,
    Finns(Sammanfattning),
    /// A damaged value: it may only be kept beside, never replaced.
    Skadad,
}

pub fn krock(lagring: &impl Lagring, id: Uuid) -> Krock {
    let k = nyckel(id);
    match lagring.hamta(&k) {
        None => Krock::Ingen,
        Some(text) => match tolka(&k, &text) {
            Ok(f) => Krock::Finns(Sammanfattning::av(&f)),
            Err(_) => Krock::Skadad,
        },
    }
}

/// Reads an import file (all of `format::las`'s checks), checks its
/// computed results against a recomputation (`format::las_import`), and
/// refuses values its fields would refuse (`format::granska`; `idag` ISO).
pub fn las_import(text: &str, idag: &str) -> Result<format::Import, Lasfel> {
    let import = format::las_import(text)?;
    let brott = format::granska(&import.forstudie, idag);
    if !brott.is_empty() {
        return Err(Lasfel::Regelbrott(brott));
    }
    Ok(import)
}
