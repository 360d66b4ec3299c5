//! The field rules of a värderingsmodell, each once: the bounds the engine
//! clamps to (`RANTA_MIN` …) and the checks that give the Swedish message to
//! show at the field; the engine reports a value outside them with the same
//! message. The model page, step 8 and the model file reader all ask
//! these; `Vardermodell::brister` applies them to a whole model.

use super::parametrar::{Bedomningsfalt, Kriterium};
use super::vardermodell::{Forvaltningspost, Vardermodell};
use rust_decimal::Decimal;

/// The discount rates (percent) the engine accepts; others are brought to
/// the nearest bound and reported. Within them d(t) stays between 1/2^15 and
/// 2^15, so present values never overflow.
pub const RANTA_MIN: Decimal = Decimal::from_parts(50, 0, 0, true, 0);
pub const RANTA_MAX: Decimal = Decimal::ONE_HUNDRED;

/// Bounds of a scenario's percentages; others are brought to the nearest
/// bound and reported. Costs may rise up to 1000 % (optimism bias for IT can
/// reach 200 %) or fall to zero; effects may fall by at most 100 % (to zero)
/// or rise up to 1000 %.
pub const KOSTNAD_PROCENT_MIN: Decimal = Decimal::from_parts(100, 0, 0, true, 0);
pub const KOSTNAD_PROCENT_MAX: Decimal = Decimal::from_parts(1000, 0, 0, false, 0);
pub const EFFEKT_PROCENT_MIN: Decimal = Decimal::from_parts(1000, 0, 0, true, 0);
pub const EFFEKT_PROCENT_MAX: Decimal = Decimal::ONE_HUNDRED;

// The messages name the bounds in words; a test keeps them equal to the
// constants the engine clamps to.
const RANTA: &str = "Räntan ska vara mellan −50 och 100 %.";
const KOSTNAD_PROCENT: &str = "Kostnadsändringen ska vara mellan −100 och 1 000 %.";
const EFFEKT_PROCENT: &str = "Effektminskningen ska vara mellan −1 000 och 100 %.";
const VIKT_NEGATIV: &str = "Vikten ska vara 0 eller mer.";
const VIKT_STOR: &str = "En vikt kan inte vara mer än 100.";
const TROSKEL: &str = "Tröskelvärdet ska ligga mellan 0 och 100 poäng.";
const PASLAG: &str = "Påslaget ska vara mellan 0 och 1 000 %.";
const TIMMAR: &str = "Produktiva timmar per månad ska vara mer än 0 och högst 744 (en månads alla timmar).";

/// The most hours a month has (31 × 24).
pub const TIMMAR_MAX: Decimal = Decimal::from_parts(744, 0, 0, false, 0);
pub const PASLAG_MAX: Decimal = Decimal::from_parts(1000, 0, 0, false, 0);

/// The discount rate and each sensitivity rate, in percent.
pub fn ranta(v: Decimal) -> Option<&'static str> {
    (v < RANTA_MIN || v > RANTA_MAX).then_some(RANTA)
}

/// How much a scenario moves the costs, in percent.
pub fn kostnad_procent(v: Decimal) -> Option<&'static str> {
    (v < KOSTNAD_PROCENT_MIN || v > KOSTNAD_PROCENT_MAX).then_some(KOSTNAD_PROCENT)
}

/// How much a scenario lowers the effects, in percent.
pub fn effekt_procent(v: Decimal) -> Option<&'static str> {
    (v < EFFEKT_PROCENT_MIN || v > EFFEKT_PROCENT_MAX).then_some(EFFEKT_PROCENT)
}

/// One criterion's weight (together they must sum to 100:
/// `Modellparametrar::bedomningsbrister_per_falt`).
pub fn vikt(v: Decimal) -> Option<&'static str> {
    if v < Decimal::ZERO {
        Some(VIKT_NEGATIV)
    } else if v > Decimal::ONE_HUNDRED {
        Some(VIKT_STOR)
    } else {
        None
    }
}

/// A threshold of the summed priority, in points.
pub fn troskel(v: Decimal) -> Option<&'static str> {
    (v < Decimal::ZERO || v > Decimal::ONE_HUNDRED).then_some(TROSKEL)
}

/// The påslag of a derived timkostnad, in percent.
pub fn paslag(v: Decimal) -> Option<&'static str> {
    (v < Decimal::ZERO || v > PASLAG_MAX).then_some(PASLAG)
}

/// Productive hours a month of a derived timkostnad (the engine cannot
/// divide by zero or fewer).
pub fn produktiva_timmar(v: Decimal) -> Option<&'static str> {
    (v <= Decimal::ZERO || v > TIMMAR_MAX).then_some(TIMMAR)
}

/// Where in a model a problem belongs, so the model page shows it at the
/// field and a file's problems are named by field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Modellfalt {
    Namn,
    Version,
    GiltigFran,
    Diskonteringsranta,
    /// The sensitivity rate at this position.
    Kanslighetsranta(usize),
    /// The scenario at this position (its name or percentages).
    Scenario(usize),
    Paslag,
    ProduktivaTimmar,
    Vikter,
    Vikt(Kriterium),
    Troskelvarden,
    Strategier,
    Kostnadstyper,
    Namnder,
    Forvaltningar,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Modellbrist {
    pub falt: Modellfalt,
    pub meddelande: String,
}

/// The entries of a list that are empty or given twice (compared trimmed,
/// ignoring case, so "KS" and "ks" are one), as messages.
fn listbrister(poster: &[&str], vad: &str) -> Vec<String> {
    let mut brister = Vec::new();
    if poster.iter().any(|p| p.trim().is_empty()) {
        brister.push(format!("{vad}: en rad saknar namn."));
    }
    let mut sedda: Vec<String> = Vec::new();
    for p in poster.iter().map(|p| p.trim()).filter(|p| !p.is_empty()) {
        let nyckel = p.to_lowercase();
        if sedda.contains(&nyckel) {
            brister.push(format!("{vad}: ”{p}” finns två gånger."));
        } else {
            sedda.push(nyckel);
        }
    }
    brister
}

fn giltigt_datum(text: &str) -> bool {
    let b = text.as_bytes();
    let siffror = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' || !siffror(0..4) || !siffror(5..7) || !siffror(8..10) {
        return false;
    }
    let manad: u32 = text[5..7].parse().unwrap_or(0);
    let dag: u32 = text[8..10].parse().unwrap_or(0);
    (1..=12).contains(&manad) && (1..=31).contains(&dag)
}

impl Vardermodell {
    /// Everything wrong with the model, in Swedish, each with its field;
    /// empty when the model can be used. The same rules as the engine's.
    pub fn brister(&self) -> Vec<Modellbrist> {
        let mut ut = Vec::new();
        let mut brist = |falt: Modellfalt, meddelande: String| ut.push(Modellbrist { falt, meddelande });
        if self.namn.trim().is_empty() {
            brist(Modellfalt::Namn, "Modellen behöver ett namn.".into());
        }
        if self.version.trim().is_empty() {
            brist(Modellfalt::Version, "Modellen behöver en version, till exempel 2027.1.".into());
        }
        if !self.giltig_fran.is_empty() && !giltigt_datum(&self.giltig_fran) {
            brist(
                Modellfalt::GiltigFran,
                "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2027-01-01, eller lämna det tomt.".into(),
            );
        }
        let p = &self.parametrar;
        if let Some(m) = ranta(p.diskonteringsranta_procent) {
            brist(Modellfalt::Diskonteringsranta, format!("Diskonteringsräntan: {m}"));
        }
        for (i, r) in p.kanslighetsrantor_procent.iter().enumerate() {
            if let Some(m) = ranta(*r) {
                brist(Modellfalt::Kanslighetsranta(i), format!("Känslighetsränta {}: {m}", i + 1));
            }
        }
        let mut namn: Vec<String> = Vec::new();
        for (i, s) in p.scenarier.iter().enumerate() {
            let vem = if s.namn.trim().is_empty() {
                format!("Scenario {}", i + 1)
            } else {
                format!("Scenariot ”{}”", s.namn.trim())
            };
            if s.namn.trim().is_empty() {
                brist(Modellfalt::Scenario(i), format!("{vem} saknar namn."));
            } else if namn.contains(&s.namn.trim().to_lowercase()) {
                brist(Modellfalt::Scenario(i), format!("{vem} finns två gånger."));
            } else {
                namn.push(s.namn.trim().to_lowercase());
            }
            if let Some(m) = kostnad_procent(s.kostnad_procent) {
                brist(Modellfalt::Scenario(i), format!("{vem}: {m}"));
            }
            if let Some(m) = effekt_procent(s.effekt_procent) {
                brist(Modellfalt::Scenario(i), format!("{vem}: {m}"));
            }
        }
        if let Some(m) = paslag(p.paslag_procent) {
            brist(Modellfalt::Paslag, m.into());
        }
        if let Some(m) = produktiva_timmar(p.produktiva_timmar_per_manad) {
            brist(Modellfalt::ProduktivaTimmar, m.into());
        }
        for b in p.bedomningsbrister_per_falt() {
            let falt = match b.falt {
                Bedomningsfalt::Vikter => Modellfalt::Vikter,
                Bedomningsfalt::Vikt(k) => Modellfalt::Vikt(k),
                Bedomningsfalt::Troskelvarden => Modellfalt::Troskelvarden,
            };
            brist(falt, b.meddelande);
        }
        for v in &p.vikter {
            if let Some(m) = vikt(v.vikt).filter(|_| v.vikt > Decimal::ONE_HUNDRED) {
                brist(Modellfalt::Vikt(v.kriterium), format!("{}: {m}", v.kriterium.namn()));
            }
        }
        let strategier: Vec<&str> = p.strategier.iter().map(String::as_str).collect();
        for m in listbrister(&strategier, "Strategier") {
            brist(Modellfalt::Strategier, m);
        }
        if self.kostnadstyper.is_empty() {
            brist(Modellfalt::Kostnadstyper, "Modellen behöver minst en kostnadstyp.".into());
        }
        let typer: Vec<&str> = self.kostnadstyper.iter().map(|k| k.namn()).collect();
        for m in listbrister(&typer, "Kostnadstyper") {
            brist(Modellfalt::Kostnadstyper, m);
        }
        let namnder: Vec<&str> = self.namnder.iter().map(String::as_str).collect();
        for m in listbrister(&namnder, "Nämnder") {
            brist(Modellfalt::Namnder, m);
        }
        let forvaltningar: Vec<&str> = self.forvaltningar.iter().map(|f| f.namn.as_str()).collect();
        for m in listbrister(&forvaltningar, "Förvaltningar") {
            brist(Modellfalt::Forvaltningar, m);
        }
        for f in self.forvaltningar.iter().filter(|f| !f.namn.trim().is_empty()) {
            let namnd = f.namnd.trim();
            if namnd.is_empty() {
                brist(Modellfalt::Forvaltningar, format!("Förvaltningen ”{}” saknar nämnd.", f.namn.trim()));
            } else if !self.namnder.iter().any(|n| n.trim().to_lowercase() == namnd.to_lowercase()) {
                brist(
                    Modellfalt::Forvaltningar,
                    format!(
                        "Förvaltningen ”{}” hör till nämnden ”{namnd}”, som inte finns i listan över nämnder.",
                        f.namn.trim()
                    ),
                );
            }
        }
        ut
    }

    /// The messages of `brister` for one field.
    pub fn brister_for(&self, falt: &Modellfalt) -> Vec<String> {
        self.brister().into_iter().filter(|b| &b.falt == falt).map(|b| b.meddelande).collect()
    }
}

/// The entries of a one-per-line list as typed (strategies, nämnder):
/// trimmed, blank lines dropped.
pub fn rader(text: &str) -> Vec<String> {
    text.lines().map(str::trim).filter(|r| !r.is_empty()).map(String::from).collect()
}

/// Förvaltningar typed one per line as "Förvaltning; Nämnd". A line without
/// "; Nämnd" keeps an empty nämnd, which `Vardermodell::brister` names.
pub fn forvaltningsrader(text: &str) -> Vec<Forvaltningspost> {
    rader(text)
        .into_iter()
        .map(|r| match r.split_once(';') {
            Some((namn, namnd)) => Forvaltningspost { namn: namn.trim().into(), namnd: namnd.trim().into() },
            None => Forvaltningspost { namn: r, namnd: String::new() },
        })
        .collect()
}

/// The förvaltningar as `forvaltningsrader` reads them.
pub fn forvaltningstext(poster: &[Forvaltningspost]) -> String {
    poster
        .iter()
        .map(|f| if f.namnd.is_empty() { f.namn.clone() } else { format!("{}; {}", f.namn, f.namnd) })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::tal::formatera;

    fn dec(t: &str) -> Decimal {
        t.parse().unwrap()
    }

    #[test]
    fn messages_name_the_engines_bounds() {
        let ord = |v: Decimal| formatera(v).replace('\u{a0}', " ");
        assert!(RANTA.contains(&format!("mellan {} och {} %", ord(RANTA_MIN), ord(RANTA_MAX))), "{RANTA}");
        assert!(KOSTNAD_PROCENT.contains(&format!(
            "mellan {} och {} %",
            ord(KOSTNAD_PROCENT_MIN),
            ord(KOSTNAD_PROCENT_MAX)
        )));
        assert!(EFFEKT_PROCENT.contains(&format!(
            "mellan {} och {} %",
            ord(EFFEKT_PROCENT_MIN),
            ord(EFFEKT_PROCENT_MAX)
        )));
        assert!(PASLAG.contains(&format!("och {} %", ord(PASLAG_MAX))));
        assert!(TIMMAR.contains(&format!("högst {}", ord(TIMMAR_MAX))));
    }

    #[test]
    fn each_rule_is_the_engines_bound() {
        assert_eq!(ranta(dec("-5")), None, "the engine accepts −5 %");
        assert_eq!(ranta(RANTA_MIN), None);
        assert_eq!(ranta(RANTA_MAX), None);
        assert_eq!(ranta(dec("-50.01")), Some(RANTA));
        assert_eq!(ranta(dec("100.5")), Some(RANTA));
        assert_eq!(kostnad_procent(dec("1000")), None);
        assert_eq!(kostnad_procent(dec("-100.1")), Some(KOSTNAD_PROCENT));
        assert_eq!(effekt_procent(dec("100")), None);
        assert_eq!(effekt_procent(dec("101")), Some(EFFEKT_PROCENT));
        assert_eq!(effekt_procent(dec("-1000")), None);
        assert_eq!(vikt(dec("-0.5")), Some(VIKT_NEGATIV));
        assert_eq!(vikt(dec("100")), None);
        assert_eq!(troskel(dec("100.5")), Some(TROSKEL));
        assert_eq!(paslag(dec("0")), None);
        assert_eq!(paslag(dec("-1")), Some(PASLAG));
        assert_eq!(produktiva_timmar(dec("0")), Some(TIMMAR));
        assert_eq!(produktiva_timmar(dec("0.5")), None);
    }

    #[test]
    fn the_default_model_has_no_problems() {
        assert_eq!(Vardermodell::default().brister(), vec![]);
    }

    #[test]
    fn every_problem_is_named_at_its_field() {
        let mut m = Vardermodell {
            namn: " ".into(),
            version: String::new(),
            giltig_fran: "2027-13-01".into(),
            ..Default::default()
        };
        m.parametrar.diskonteringsranta_procent = dec("120");
        m.parametrar.kanslighetsrantor_procent = vec![dec("0"), dec("-60")];
        m.parametrar.scenarier[2].namn = "försiktig".into();
        m.parametrar.scenarier[1].effekt_procent = dec("150");
        m.parametrar.produktiva_timmar_per_manad = Decimal::ZERO;
        m.parametrar.troskelvarden.medel = dec("80");
        m.namnder = vec!["Kommunstyrelsen".into(), "KS".into(), "ks".into()];
        m.forvaltningar = vec![
            Forvaltningspost { namn: "Stadsbyggnadsförvaltningen".into(), namnd: "Byggnadsnämnden".into() },
            Forvaltningspost { namn: "Kommunledningsförvaltningen".into(), namnd: "Kommunstyrelsen".into() },
        ];
        let b = m.brister();
        let falt: Vec<_> = b.iter().map(|b| b.falt.clone()).collect();
        assert_eq!(
            falt,
            vec![
                Modellfalt::Namn,
                Modellfalt::Version,
                Modellfalt::GiltigFran,
                Modellfalt::Diskonteringsranta,
                Modellfalt::Kanslighetsranta(1),
                Modellfalt::Scenario(1),
                Modellfalt::Scenario(2),
                Modellfalt::ProduktivaTimmar,
                Modellfalt::Troskelvarden,
                Modellfalt::Namnder,
                Modellfalt::Forvaltningar,
            ],
            "{b:#?}"
        );
        assert_eq!(b[3].meddelande, "Diskonteringsräntan: Räntan ska vara mellan −50 och 100 %.");
        assert_eq!(b[5].meddelande, "Scenariot ”Försiktig”: Effektminskningen ska vara mellan −1 000 och 100 %.");
        assert_eq!(b[6].meddelande, "Scenariot ”försiktig” finns två gånger.");
        assert_eq!(b[9].meddelande, "Nämnder: ”ks” finns två gånger.");
        assert_eq!(
            b[10].meddelande,
            "Förvaltningen ”Stadsbyggnadsförvaltningen” hör till nämnden ”Byggnadsnämnden”, som inte finns i listan över nämnder."
        );
    }

    #[test]
    fn lists_are_typed_one_per_line() {
        assert_eq!(rader("  KS \n\nByggnadsnämnden\n"), vec!["KS".to_string(), "Byggnadsnämnden".into()]);
        let f = forvaltningsrader("Stadsbyggnadsförvaltningen ; Byggnadsnämnden\nKansliet\n");
        assert_eq!(
            f,
            vec![
                Forvaltningspost { namn: "Stadsbyggnadsförvaltningen".into(), namnd: "Byggnadsnämnden".into() },
                Forvaltningspost { namn: "Kansliet".into(), namnd: String::new() },
            ]
        );
        assert_eq!(forvaltningstext(&f), "Stadsbyggnadsförvaltningen; Byggnadsnämnden\nKansliet");
        assert_eq!(forvaltningsrader(&forvaltningstext(&f)), f);
    }
}
