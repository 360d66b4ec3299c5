//! How cases are kept in the browser's local storage: one key per case,
//! holding the same versioned file the export writes, without its computed
//! results (`format::skriv_lagrad`).
//!
//! The rule that matters: a stored value that fails to read is reported as
//! damaged and is never overwritten or dropped by the app.

use crate::format::{self, Lasfel};
use crate::model::Forstudie;
use uuid::Uuid;

pub const NYCKELPREFIX: &str = "forstudie.fall.";

/// The key/value store the cases live in: local storage in the browser, a
/// map in tests.
pub trait Lagring {
    fn nycklar(&self) -> Vec<String>;
    fn hamta(&self, nyckel: &str) -> Option<String>;
    /// May fail, e.g. when the storage quota is exceeded.
    fn satt(&mut self, nyckel: &str, varde: &str) -> Result<(), String>;
    fn ta_bort(&mut self, nyckel: &str);
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

/// Every stored case, newest change first, damaged entries last.
pub fn lista(lagring: &impl Lagring) -> Vec<Post> {
    let mut fall = Vec::new();
    let mut skadade = Vec::new();
    let mut nycklar: Vec<String> =
        lagring.nycklar().into_iter().filter(|k| k.starts_with(NYCKELPREFIX)).collect();
    nycklar.sort();
    for k in nycklar {
        let Some(text) = lagring.hamta(&k) else { continue };
        match tolka(&k, &text) {
            Ok(f) => fall.push(Sammanfattning::av(&f)),
            Err(orsak) => skadade.push(Post::Skadad { nyckel: k, ra_text: text, orsak }),
        }
    }
    fall.sort_by(|a, b| b.andrad.cmp(&a.andrad).then(a.titel.cmp(&b.titel)));
    fall.into_iter().map(Post::Fall).chain(skadade).collect()
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
    lagring.satt(&k, &format::skriv_lagrad(fall, nu)).map_err(|e| format!("Kunde inte spara: {e}"))
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

/// Reads an import file (all of `format::las`'s checks) and checks its
/// computed results against a recomputation (`format::las_import`).
pub fn las_import(text: &str) -> Result<format::Import, Lasfel> {
    format::las_import(text)
}
