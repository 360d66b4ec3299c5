//! A follow-up of step 12 as the user types it (`Uppfoljningsutkast`),
//! checked field by field before it is added to an effect's plan
//! (`model/effekthemtagning.rs`), and the date rule a follow-up read from a
//! file shares with it (`uppfoljningsdatum_fel`).

use super::belopp::Belopp;
use super::effekthemtagning::{Realiserat, Uppfoljning, DATUMFORMAT};
use super::tal::{self, OGILTIGT_TAL};
use super::validering::{giltigt_iso_datum, Brist};

/// A follow-up as typed in the form, before it is added.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Uppfoljningsutkast {
    pub datum: String,
    pub varde: String,
    /// Realised money (economic effects), kronor as typed.
    pub belopp: String,
    /// The calendar year the money is for, as chosen ("" for none).
    pub ar: String,
    pub kommentar: String,
}

pub const FRAMTIDA_UPPFOLJNING: &str = "En uppföljning kan inte ha ett datum efter i dag.";
pub const UPPFOLJNING_FORE_NOLLVARDE: &str = "En uppföljning kan inte ha ett datum före nollvärdets datum.";

/// What is wrong with a follow-up's date, if anything: it is an ISO date,
/// not after `idag` (a measurement cannot be taken in the future) and not
/// before the plan's baseline date, when that is a date. The same rule
/// for the field and for a follow-up read from a file.
pub fn uppfoljningsdatum_fel(datum: &str, idag: &str, nollvarde_datum: &str) -> Option<&'static str> {
    let noll = nollvarde_datum.trim();
    if !giltigt_iso_datum(datum) {
        Some(DATUMFORMAT)
    } else if giltigt_iso_datum(idag) && datum > idag {
        Some(FRAMTIDA_UPPFOLJNING)
    } else if giltigt_iso_datum(noll) && datum < noll {
        Some(UPPFOLJNING_FORE_NOLLVARDE)
    } else {
        None
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UtkastFalt {
    Datum,
    Varde,
    Belopp,
    Ar,
}

/// The largest realised amount a follow-up takes, in kronor: the same cap
/// as one line's value in one year.
const MAX_BELOPP: i64 = super::ekonomi::MAX_RADBELOPP;

impl Uppfoljningsutkast {
    /// The follow-up to add, or what is wrong at which field. `period` is
    /// the kalkylperiod (first calendar year, number of years): money is
    /// reported for one of its years. A qualitative effect needs a measured
    /// value; an economic one a value, an amount or both.
    /// `idag` (ISO) and the plan's `nollvarde_datum` bound the date
    /// (`uppfoljningsdatum_fel`).
    pub fn som_uppfoljning(
        &self,
        ekonomisk: bool,
        period: (i32, u32),
        idag: &str,
        nollvarde_datum: &str,
    ) -> Result<Uppfoljning, Vec<Brist<UtkastFalt>>> {
        let mut brister = Vec::new();
        let datum = self.datum.trim();
        if let Some(fel) = uppfoljningsdatum_fel(datum, idag, nollvarde_datum) {
            brister.push(Brist::new(UtkastFalt::Datum, fel));
        }
        let varde = tal::tolka(&self.varde);
        if varde.is_err() {
            brister.push(Brist::new(UtkastFalt::Varde, OGILTIGT_TAL));
        }
        let mut realiserat = None;
        if ekonomisk {
            match tal::tolka(&self.belopp) {
                Err(_) => {
                    brister.push(Brist::new(UtkastFalt::Belopp, "Skriv beloppet i kronor, till exempel 150 000."))
                }
                Ok(Some(b)) if b.abs() > MAX_BELOPP.into() => {
                    brister.push(Brist::new(UtkastFalt::Belopp, tal::FOR_STORT_TAL))
                }
                Ok(Some(b)) => {
                    let (forsta, antal) = period;
                    match self.ar.trim().parse::<i32>() {
                        Ok(ar) if ar >= forsta && i64::from(ar) < i64::from(forsta) + i64::from(antal) => {
                            realiserat = Some(Realiserat { ar, belopp: Belopp::from_decimal(b) })
                        }
                        _ => {
                            brister.push(Brist::new(UtkastFalt::Ar, "Välj vilket år i kalkylperioden beloppet avser."))
                        }
                    }
                }
                Ok(None) => {}
            }
        }
        if matches!(varde, Ok(None)) && (!ekonomisk || tal::tolka(&self.belopp) == Ok(None)) {
            let meddelande = if ekonomisk {
                "Ange det uppmätta värdet, ett realiserat belopp eller båda."
            } else {
                "Ange det uppmätta värdet."
            };
            brister.push(Brist::new(UtkastFalt::Varde, meddelande));
        }
        if !brister.is_empty() {
            return Err(brister);
        }
        Ok(Uppfoljning {
            datum: datum.into(),
            varde: self.varde.trim().into(),
            kommentar: self.kommentar.trim().into(),
            realiserat,
        })
    }
}
