//! Step 1, Utvecklingsbehov: the need, in the förvaltning's own words.

use super::validering::{giltigt_iso_datum, Brist};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "web", derive(reactive_stores::Store))]
#[serde(default)]
pub struct Utvecklingsbehov {
    pub titel: String,
    pub forvaltning: String,
    pub namnd: String,
    pub kontaktperson: String,
    pub roll: String,
    /// ISO date, `YYYY-MM-DD`, as an `<input type="date">` gives it.
    pub datum: String,
    /// The problem or opportunity in plain words.
    pub problem: String,
    /// Who is affected.
    pub berorda: String,
    /// What happens if nothing is done.
    pub nollalternativ: String,
    /// The municipality's digitalisation strategies it serves, by name, from
    /// the editable list in the model parameters.
    pub strategier: Vec<String>,
    /// The digital perspectives, in the förvaltning's words.
    pub digitala_perspektiv: String,
    pub relaterade_initiativ: String,
}

/// The fields of step 1, so a message can be shown at its field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BehovFalt {
    Titel,
    Forvaltning,
    Namnd,
    Kontaktperson,
    Roll,
    Datum,
    Problem,
    Berorda,
    Nollalternativ,
    Strategier,
}

/// The longest title the step accepts as complete: a title names the case
/// in lists, headings and file names; the rest belongs in the description.
pub const TITEL_MAX_TECKEN: usize = 120;

impl Utvecklingsbehov {
    /// Everything that keeps the step from being complete, each with a Swedish
    /// message for its field. Empty means complete.
    pub fn brister(&self) -> Vec<Brist<BehovFalt>> {
        let mut brister = Vec::new();
        let mut kravs = |falt, text: &str, meddelande: &'static str| {
            if text.trim().is_empty() {
                brister.push(Brist::new(falt, meddelande));
            }
        };
        kravs(BehovFalt::Titel, &self.titel, "Ge initiativet en titel.");
        kravs(BehovFalt::Forvaltning, &self.forvaltning, "Ange vilken förvaltning som skriver förstudien.");
        kravs(BehovFalt::Namnd, &self.namnd, "Ange vilken nämnd förvaltningen hör till.");
        kravs(BehovFalt::Kontaktperson, &self.kontaktperson, "Ange en kontaktperson.");
        kravs(BehovFalt::Roll, &self.roll, "Ange kontaktpersonens roll.");
        kravs(BehovFalt::Problem, &self.problem, "Beskriv problemet eller möjligheten.");
        kravs(BehovFalt::Berorda, &self.berorda, "Beskriv vilka som berörs.");
        kravs(BehovFalt::Nollalternativ, &self.nollalternativ, "Beskriv vad som händer om ingenting görs.");
        if self.titel.trim().chars().count() > TITEL_MAX_TECKEN {
            brister.push(Brist::new(
                BehovFalt::Titel,
                "Titeln får vara högst 120 tecken. Korta den och beskriv resten under problemet eller möjligheten.",
            ));
        }
        if self.datum.trim().is_empty() {
            brister.push(Brist::new(BehovFalt::Datum, "Ange ett datum."));
        } else if !giltigt_iso_datum(&self.datum) {
            brister.push(Brist::new(BehovFalt::Datum, "Datumet ska skrivas ÅÅÅÅ-MM-DD, till exempel 2026-03-15."));
        }
        if self.strategier.is_empty() {
            brister.push(Brist::new(BehovFalt::Strategier, "Välj minst en strategi som initiativet bidrar till."));
        }
        brister
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ifyllt() -> Utvecklingsbehov {
        Utvecklingsbehov {
            titel: "Digital ansökan om färdtjänst".into(),
            forvaltning: "Socialförvaltningen".into(),
            namnd: "Socialnämnden".into(),
            kontaktperson: "Eva Lind".into(),
            roll: "Verksamhetsutvecklare".into(),
            datum: "2026-03-15".into(),
            problem: "Pappersblanketter".into(),
            berorda: "Sökande och handläggare".into(),
            nollalternativ: "Köerna växer".into(),
            strategier: vec!["Utgå från medborgarnas behov och livshändelser".into()],
            ..Default::default()
        }
    }

    #[test]
    fn a_filled_need_is_complete() {
        assert_eq!(ifyllt().brister(), vec![]);
    }

    #[test]
    fn an_empty_need_names_every_required_field() {
        let falt: Vec<_> = Utvecklingsbehov::default().brister().iter().map(|b| b.falt).collect();
        for f in [
            BehovFalt::Titel,
            BehovFalt::Forvaltning,
            BehovFalt::Namnd,
            BehovFalt::Kontaktperson,
            BehovFalt::Roll,
            BehovFalt::Datum,
            BehovFalt::Problem,
            BehovFalt::Berorda,
            BehovFalt::Nollalternativ,
            BehovFalt::Strategier,
        ] {
            assert!(falt.contains(&f), "{f:?} saknas");
        }
    }

    #[test]
    fn a_title_past_the_limit_is_refused_with_its_limit() {
        let mut behov = ifyllt();
        behov.titel = "x".repeat(TITEL_MAX_TECKEN);
        assert_eq!(behov.brister(), vec![]);
        behov.titel = "å".repeat(TITEL_MAX_TECKEN + 1);
        let brister = behov.brister();
        assert_eq!(brister.len(), 1);
        assert_eq!(brister[0].falt, BehovFalt::Titel);
        assert!(brister[0].meddelande.contains(&TITEL_MAX_TECKEN.to_string()));
    }

    #[test]
    fn blank_text_counts_as_missing_and_a_bad_date_is_explained() {
        let mut behov = ifyllt();
        behov.titel = "   ".into();
        behov.datum = "15/3 2026".into();
        let brister = behov.brister();
        assert_eq!(brister.len(), 2);
        assert_eq!(brister[0].falt, BehovFalt::Titel);
        assert_eq!(brister[1].falt, BehovFalt::Datum);
        assert!(brister[1].meddelande.contains("ÅÅÅÅ-MM-DD"));
    }
}
