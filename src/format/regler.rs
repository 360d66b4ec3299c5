//! A file meets the rules its fields enforce. A value that fits the format
//! but that the field would refuse (a first year of 0, a period of 40
//! years, a follow-up dated after today) is listed with its place, and the
//! file is refused: the app never shows a value its own field refuses.
//!
//! Only rules a field enforces when the value is entered, on values no
//! later edit in the app can break, are checked here (a stored case always
//! passes): a follow-up dated before a baseline date changed afterwards is
//! not refused, but not counted (`effektuppfoljning`).

use crate::model::modellregler;
use crate::model::uppfoljningsdatum_fel;
use crate::model::validering::giltigt_iso_datum;
use crate::model::{Forstudie, Kalkylperiod, DATUMFORMAT};
use rust_decimal::Decimal;
use std::collections::HashSet;
use std::fmt;

/// One value that breaks its field's rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Regelbrott {
    /// "Kalkylperiod, första året (år 0)"
    pub plats: String,
    /// The value as the file has it.
    pub varde: String,
    /// The field's own message, a full sentence.
    pub meddelande: &'static str,
}

impl fmt::Display for Regelbrott {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} är {} i filen. {}", self.plats, self.varde, self.meddelande)
    }
}

pub const DUBBLETT_ID: &str = "Varje rad har ett eget id; två rader med samma id går inte att skilja åt.";

/// Every value of `fall` that its field would refuse; `idag` (ISO) bounds
/// follow-up dates.
pub fn granska(fall: &Forstudie, idag: &str) -> Vec<Regelbrott> {
    let mut brott = Vec::new();
    let mut bryt =
        |plats: String, varde: String, meddelande: &'static str| brott.push(Regelbrott { plats, varde, meddelande });
    let period = &fall.ekonomi.kalkylperiod;
    if let Some(meddelande) = Kalkylperiod::startar_fel(Decimal::from(period.startar)) {
        bryt("Kalkylperiod, första året (år 0)".into(), period.startar.to_string(), meddelande);
    }
    if let Some(meddelande) = Kalkylperiod::langd_fel(Decimal::from(period.ar)) {
        bryt("Kalkylperiod, antal år".into(), period.ar.to_string(), meddelande);
    }
    let ranta = fall.parametrar.diskonteringsranta_procent;
    if let Some(meddelande) = modellregler::ranta(ranta) {
        bryt("Diskonteringsränta (%)".into(), ranta.normalize().to_string(), meddelande);
    }
    let mut sedda = HashSet::new();
    let rader =
        fall.ekonomi.kostnader.iter().map(|r| &r.id).enumerate().map(|(i, id)| (format!("Kostnad {}", i + 1), id));
    let effekter =
        fall.ekonomi.effekter.iter().map(|r| &r.id).enumerate().map(|(i, id)| (format!("Effekt {}", i + 1), id));
    for (plats, id) in rader.chain(effekter) {
        if !sedda.insert(id.as_str()) {
            bryt(format!("{plats}, id"), citat(kort(id)), DUBBLETT_ID);
        }
    }
    let mut timkostnader = HashSet::new();
    for (i, t) in fall.ekonomi.timkostnader.iter().enumerate() {
        if !timkostnader.insert(t.id.as_str()) {
            bryt(format!("Timkostnad {}, id", i + 1), citat(kort(&t.id)), DUBBLETT_ID);
        }
    }
    let hemtagning = &fall.effekthemtagning;
    if let Some(beslut) = &hemtagning.beslut {
        if !giltigt_iso_datum(beslut.datum.trim()) {
            bryt("Effekthemtagningsplan, beslutsdatum".into(), citat(kort(&beslut.datum)), DATUMFORMAT);
        }
    }
    for (p, plan) in hemtagning.planer.iter().enumerate() {
        for (u, uppf) in plan.uppfoljningar.iter().enumerate() {
            // The baseline is not passed: it may be edited after a follow-up.
            if let Some(meddelande) = uppfoljningsdatum_fel(uppf.datum.trim(), idag, "") {
                bryt(
                    format!("Effekthemtagningsplan, plan {}, uppföljning {}, datum", p + 1, u + 1),
                    citat(kort(&uppf.datum)),
                    meddelande,
                );
            }
        }
    }
    brott
}

/// A quoted value from the file, isolated so its text direction cannot
/// turn the sentence around it (`super::isolera`).
fn citat(text: String) -> String {
    format!("”{}”", super::isolera(&text))
}

/// A value from the file, cut short and kept to one line, to quote.
fn kort(text: &str) -> String {
    let rensad: String = text.chars().filter(|c| !c.is_control()).take(40).collect();
    if text.chars().count() > 40 {
        format!("{rensad}…")
    } else {
        rensad
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{exempelfall, Effektplan, Uppfoljning};

    #[test]
    fn each_value_a_field_refuses_is_listed_with_its_place() {
        let mut fall = exempelfall([5; 16], "2026-11-26T10:00:00Z");
        assert_eq!(granska(&fall, "2026-12-01"), []);
        fall.ekonomi.kalkylperiod.startar = 1899;
        fall.ekonomi.kalkylperiod.ar = 0;
        fall.parametrar.diskonteringsranta_procent = Decimal::from(101);
        let id = fall.ekonomi.kostnader[0].id.clone();
        fall.ekonomi.effekter[1].id = id.clone();
        fall.effekthemtagning.planer.push(Effektplan {
            uppfoljningar: vec![
                Uppfoljning { datum: "2026-12-01".into(), ..Default::default() },
                Uppfoljning { datum: "2026-12-02".into(), ..Default::default() },
                Uppfoljning { datum: "1 dec".into(), ..Default::default() },
            ],
            ..Default::default()
        });
        let brott: Vec<String> = granska(&fall, "2026-12-01").iter().map(ToString::to_string).collect();
        assert_eq!(
            brott,
            [
                "Kalkylperiod, första året (år 0) är 1899 i filen. Första året ska vara ett årtal mellan 1900 och 2200, till exempel 2027.".to_string(),
                "Kalkylperiod, antal år är 0 i filen. Kalkylperioden är ett helt antal år, 1–15.".into(),
                "Diskonteringsränta (%) är 101 i filen. Räntan ska vara mellan −50 och 100 %.".into(),
                format!("Effekt 2, id är ”\u{2068}{id}\u{2069}” i filen. {DUBBLETT_ID}"),
                // Today itself is allowed; the day after and a non-date are not.
                "Effekthemtagningsplan, plan 1, uppföljning 2, datum är ”\u{2068}2026-12-02\u{2069}” i filen. En uppföljning kan inte ha ett datum efter i dag.".into(),
                format!("Effekthemtagningsplan, plan 1, uppföljning 3, datum är ”\u{2068}1 dec\u{2069}” i filen. {DATUMFORMAT}"),
            ]
        );
    }
}
