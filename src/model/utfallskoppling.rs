//! Ties from economic effect lines (step 8) and qualitative effects (step 9)
//! to the logic-model outcome they realise (step 7). A tie is the outcome's
//! id. An outcome removed, or moved out of the outcome columns, leaves its
//! ties dangling rather than dropping them: Ångra or a new choice mends them,
//! and nothing the user chose is lost in silence.

use super::ekonomi::Effektrad;
use super::kartlaggning::{Logikmodell, Logikpost};
use super::konsekvenser::KvalitativEffekt;

/// The choice "not tied to an outcome".
pub const INGET_UTFALL: &str = "Inget valt";
/// How a tie to an outcome that is gone is shown.
pub const UTFALLET_SAKNAS: &str = "Effekten finns inte längre i logikmodellen";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kopplingsslag {
    /// An economic effect line of step 8.
    Ekonomisk,
    /// A qualitative effect of step 9.
    Kvalitativ,
}

/// One effect tied to an outcome.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Koppling {
    pub slag: Kopplingsslag,
    /// The effect's description.
    pub namn: String,
    pub utfall_id: String,
}

impl Koppling {
    fn visat_namn(&self) -> &str {
        if self.namn.trim().is_empty() {
            "(utan beskrivning)"
        } else {
            self.namn.trim()
        }
    }

    /// "Effekt: …" or "Kvalitativ: …", short, as the diagram labels it.
    pub fn etikett(&self) -> String {
        match self.slag {
            Kopplingsslag::Ekonomisk => format!("Effekt: {}", self.visat_namn()),
            Kopplingsslag::Kvalitativ => format!("Kvalitativ: {}", self.visat_namn()),
        }
    }

    /// "Ekonomisk effekt: …" or "Kvalitativ effekt: …", for the text
    /// version of the diagram.
    pub fn beskrivning(&self) -> String {
        match self.slag {
            Kopplingsslag::Ekonomisk => format!("Ekonomisk effekt: {}", self.visat_namn()),
            Kopplingsslag::Kvalitativ => format!("Kvalitativ effekt: {}", self.visat_namn()),
        }
    }
}

/// Every tie of the case: the economic lines, then the qualitative effects,
/// each in its list's order. Effects without a tie are left out.
pub fn kopplingar(effekter: &[Effektrad], kvalitativa: &[KvalitativEffekt]) -> Vec<Koppling> {
    let ekonomiska = effekter.iter().filter_map(|e| {
        e.utfall_id.clone().map(|utfall_id| Koppling {
            slag: Kopplingsslag::Ekonomisk,
            namn: e.beskrivning.clone(),
            utfall_id,
        })
    });
    let kvalitativa = kvalitativa.iter().filter_map(|q| {
        q.utfall_id.clone().map(|utfall_id| Koppling {
            slag: Kopplingsslag::Kvalitativ,
            namn: q.beskrivning.clone(),
            utfall_id,
        })
    });
    ekonomiska.chain(kvalitativa).collect()
}

/// The choices of an outcome list as (value, text): "Inget valt" (empty
/// value), the outcomes, and for a tie whose outcome is gone that tie itself
/// as "Effekten finns inte längre i logikmodellen", so the list neither hides it nor shows
/// another outcome as chosen.
pub fn utfallsalternativ(utfall: &[(String, String)], valt: Option<&str>) -> Vec<(String, String)> {
    let mut val = Vec::with_capacity(utfall.len() + 2);
    val.push((String::new(), INGET_UTFALL.to_string()));
    val.extend(utfall.iter().cloned());
    if let Some(valt) = valt.filter(|v| !utfall.iter().any(|(id, _)| id == v)) {
        val.push((valt.to_string(), UTFALLET_SAKNAS.to_string()));
    }
    val
}

impl Logikmodell {
    /// The item with this id, if it is an outcome.
    pub fn utfall(&self, id: &str) -> Option<&Logikpost> {
        self.post(id).filter(|p| p.led.effektled())
    }

    /// The outcomes an effect can be tied to, as (id, "Kolumn: text"), in
    /// the list's order.
    pub fn utfallsval(&self) -> Vec<(String, String)> {
        self.poster
            .iter()
            .filter(|p| p.led.effektled())
            .map(|p| {
                let text = if p.text.trim().is_empty() { "(utan text)" } else { p.text.as_str() };
                (p.id.clone(), format!("{}: {text}", p.led.namn()))
            })
            .collect()
    }

    /// The ties to outcome `id`; none when it is not an outcome.
    pub fn kopplingar_till<'a>(&self, id: &str, kopplingar: &'a [Koppling]) -> Vec<&'a Koppling> {
        if self.utfall(id).is_none() {
            return Vec::new();
        }
        kopplingar.iter().filter(|k| k.utfall_id == id).collect()
    }

    /// The ties whose outcome no longer exists (or is no longer an outcome).
    pub fn hangande<'a>(&self, kopplingar: &'a [Koppling]) -> Vec<&'a Koppling> {
        kopplingar.iter().filter(|k| self.utfall(&k.utfall_id).is_none()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Logikled;

    fn post(id: &str, led: Logikled, text: &str) -> Logikpost {
        Logikpost { id: id.into(), led, text: text.into(), indikator: String::new() }
    }

    fn modell() -> Logikmodell {
        Logikmodell {
            poster: vec![
                post("a", Logikled::Aktiviteter, "Bygga"),
                post("kort", Logikled::EffekterKort, "Kortare väntan"),
                post("lang", Logikled::EffekterLangNytta, ""),
            ],
            pilar: vec![],
        }
    }

    fn effekt(namn: &str, utfall: Option<&str>) -> Effektrad {
        Effektrad { beskrivning: namn.into(), utfall_id: utfall.map(Into::into), ..Default::default() }
    }

    fn kvalitativ(namn: &str, utfall: Option<&str>) -> KvalitativEffekt {
        KvalitativEffekt { beskrivning: namn.into(), utfall_id: utfall.map(Into::into), ..Default::default() }
    }

    #[test]
    fn only_outcomes_are_offered_and_untitled_ones_say_so() {
        assert_eq!(
            modell().utfallsval(),
            vec![
                ("kort".to_string(), "Effekter på kort sikt: Kortare väntan".to_string()),
                ("lang".to_string(), "Effekter på lång sikt (nytta): (utan text)".to_string()),
            ]
        );
        assert!(modell().utfall("a").is_none());
        assert!(modell().utfall("kort").is_some());
    }

    #[test]
    fn ties_are_grouped_per_outcome_economic_first() {
        let k = kopplingar(
            &[effekt("Porto", Some("kort")), effekt("Utan koppling", None), effekt("Skanning", Some("lang"))],
            &[kvalitativ("Tryggare", Some("kort")), kvalitativ("", Some("kort"))],
        );
        assert_eq!(k.len(), 4);
        let m = modell();
        let till_kort: Vec<String> = m.kopplingar_till("kort", &k).iter().map(|k| k.etikett()).collect();
        assert_eq!(till_kort, vec!["Effekt: Porto", "Kvalitativ: Tryggare", "Kvalitativ: (utan beskrivning)"]);
        let till_lang: Vec<String> = m.kopplingar_till("lang", &k).iter().map(|k| k.etikett()).collect();
        assert_eq!(till_lang, vec!["Effekt: Skanning"]);
        assert_eq!(k[0].beskrivning(), "Ekonomisk effekt: Porto");
        assert_eq!(k[3].beskrivning(), "Kvalitativ effekt: (utan beskrivning)");
        assert!(m.hangande(&k).is_empty());
    }

    #[test]
    fn a_tie_to_a_removed_or_moved_outcome_dangles_and_is_not_drawn() {
        let k = kopplingar(
            &[effekt("Porto", Some("kort")), effekt("Gammal", Some("borta"))],
            &[kvalitativ("Tryggare", Some("a"))],
        );
        let mut m = modell();
        let hangande: Vec<&str> = m.hangande(&k).iter().map(|k| k.namn.as_str()).collect();
        assert_eq!(hangande, vec!["Gammal", "Tryggare"]);
        // Ties to a non-outcome are never shown under it.
        assert!(m.kopplingar_till("a", &k).is_empty());
        assert!(m.kopplingar_till("borta", &k).is_empty());
        // The outcome moved to the activities: its tie dangles, and is kept.
        m.poster[1].led = Logikled::Aktiviteter;
        assert!(m.kopplingar_till("kort", &k).is_empty());
        assert_eq!(m.hangande(&k).len(), 3);
        assert_eq!(k[0].utfall_id, "kort");
    }

    #[test]
    fn the_choices_keep_a_dangling_tie_visible() {
        let utfall = modell().utfallsval();
        let inget = (String::new(), INGET_UTFALL.to_string());
        assert_eq!(utfallsalternativ(&utfall, None), [vec![inget.clone()], utfall.clone()].concat());
        assert_eq!(utfallsalternativ(&utfall, Some("kort")).len(), 3);
        let val = utfallsalternativ(&utfall, Some("borta"));
        assert_eq!(val.len(), 4);
        assert_eq!(val[3], ("borta".to_string(), UTFALLET_SAKNAS.to_string()));
        assert_eq!(val[0], inget);
    }
}
