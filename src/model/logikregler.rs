//! Rules of step 7, the Kellogg logic model: column names, which arrows are
//! allowed (always left to right), completion and an indicator per outcome.

use super::kartlaggning::*;
use super::validering::Brist;

impl Logikled {
    pub const ALLA: [Logikled; 6] = [
        Logikled::Resurser,
        Logikled::Aktiviteter,
        Logikled::Prestationer,
        Logikled::EffekterKort,
        Logikled::EffekterMedellang,
        Logikled::EffekterLangNytta,
    ];

    pub fn namn(self) -> &'static str {
        match self {
            Logikled::Resurser => "Resurser",
            Logikled::Aktiviteter => "Aktiviteter",
            Logikled::Prestationer => "Prestationer",
            Logikled::EffekterKort => "Effekter på kort sikt",
            Logikled::EffekterMedellang => "Effekter på medellång sikt",
            Logikled::EffekterLangNytta => "Effekter på lång sikt (nytta)",
        }
    }

    /// One item of the column, lower case, for button names.
    pub fn postnamn(self) -> &'static str {
        match self {
            Logikled::Resurser => "resurs",
            Logikled::Aktiviteter => "aktivitet",
            Logikled::Prestationer => "prestation",
            Logikled::EffekterKort => "effekt på kort sikt",
            Logikled::EffekterMedellang => "effekt på medellång sikt",
            Logikled::EffekterLangNytta => "effekt på lång sikt",
        }
    }

    /// A stable slug for element ids.
    pub fn kod(self) -> &'static str {
        match self {
            Logikled::Resurser => "resurser",
            Logikled::Aktiviteter => "aktiviteter",
            Logikled::Prestationer => "prestationer",
            Logikled::EffekterKort => "kort",
            Logikled::EffekterMedellang => "medellang",
            Logikled::EffekterLangNytta => "lang",
        }
    }

    /// Outcomes are measured, so they carry an indicator.
    pub fn effektled(self) -> bool {
        self >= Logikled::EffekterKort
    }

    pub fn index(self) -> usize {
        Self::ALLA.iter().position(|l| *l == self).unwrap_or(0)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum LogikFalt {
    Led(Logikled),
    Text(String),
    Indikator(String),
}

impl Logikmodell {
    pub fn post(&self, id: &str) -> Option<&Logikpost> {
        self.poster.iter().find(|p| p.id == id)
    }

    pub fn i_led(&self, led: Logikled) -> impl Iterator<Item = &Logikpost> + '_ {
        self.poster.iter().filter(move |p| p.led == led)
    }

    /// Arrows run from a column to a later one, so the model reads left to right.
    pub fn kan_lanka(&self, fran: &str, till: &str) -> bool {
        match (self.post(fran), self.post(till)) {
            (Some(a), Some(b)) => a.led < b.led,
            _ => false,
        }
    }

    pub fn har_pil(&self, fran: &str, till: &str) -> bool {
        self.pilar.iter().any(|p| p.fran == fran && p.till == till)
    }

    /// Adds or removes the arrow; an arrow that is not allowed is not added.
    pub fn ange_pil(&mut self, fran: &str, till: &str, finns: bool) {
        self.pilar.retain(|p| !(p.fran == fran && p.till == till));
        if finns && self.kan_lanka(fran, till) {
            self.pilar.push(Logikpil { fran: fran.into(), till: till.into() });
        }
    }

    /// The arrows between items that still exist and still run left to
    /// right: an item removed or moved to another column leaves no stray
    /// arrow in the drawing.
    pub fn giltiga_pilar(&self) -> impl Iterator<Item = &Logikpil> + '_ {
        self.pilar.iter().filter(|p| self.kan_lanka(&p.fran, &p.till))
    }

    pub fn brister(&self) -> Vec<Brist<LogikFalt>> {
        let mut brister = Vec::new();
        for led in Logikled::ALLA {
            if self.i_led(led).next().is_none() {
                brister.push(Brist::new(LogikFalt::Led(led), "Lägg till minst en post i den här delen av modellen."));
            }
        }
        for p in &self.poster {
            if p.text.trim().is_empty() {
                brister.push(Brist::new(LogikFalt::Text(p.id.clone()), "Skriv vad posten är."));
            }
            if p.led.effektled() && p.indikator.trim().is_empty() {
                brister.push(Brist::new(
                    LogikFalt::Indikator(p.id.clone()),
                    "Ange en indikator som visar att effekten nås.",
                ));
            }
        }
        brister
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn post(id: &str, led: Logikled) -> Logikpost {
        Logikpost {
            id: id.into(),
            led,
            text: id.into(),
            indikator: if led.effektled() { "mått".into() } else { String::new() },
        }
    }

    fn fylld() -> Logikmodell {
        Logikmodell {
            poster: Logikled::ALLA.iter().enumerate().map(|(i, l)| post(&format!("p{i}"), *l)).collect(),
            pilar: vec![],
        }
    }

    #[test]
    fn a_model_needs_every_column_and_an_indicator_per_outcome() {
        let falt: Vec<_> = Logikmodell::default().brister().into_iter().map(|b| b.falt).collect();
        assert_eq!(falt, Logikled::ALLA.map(LogikFalt::Led).to_vec());
        let mut m = fylld();
        assert!(m.brister().is_empty());
        m.poster[4].indikator = " ".into();
        m.poster[0].text.clear();
        let falt: Vec<_> = m.brister().into_iter().map(|b| b.falt).collect();
        assert_eq!(falt, vec![LogikFalt::Text("p0".into()), LogikFalt::Indikator("p4".into())]);
    }

    #[test]
    fn arrows_only_run_left_to_right_and_stray_ones_are_not_drawn() {
        let mut m = fylld();
        m.ange_pil("p0", "p1", true);
        m.ange_pil("p1", "p1", true);
        m.ange_pil("p3", "p2", true);
        m.ange_pil("p1", "p5", true);
        m.ange_pil("p1", "p5", true);
        assert_eq!(m.pilar.len(), 2);
        m.ange_pil("p0", "p1", false);
        assert!(!m.har_pil("p0", "p1"));
        // The target moved left of its source: the arrow is no longer drawn.
        m.poster[5].led = Logikled::Resurser;
        assert_eq!(m.giltiga_pilar().count(), 0);
        m.poster.remove(1);
        assert!(!m.kan_lanka("p1", "p2"));
    }

    #[test]
    fn only_outcome_columns_carry_indicators_and_codes_are_unique() {
        let effekter: Vec<_> = Logikled::ALLA.into_iter().filter(|l| l.effektled()).collect();
        assert_eq!(effekter, vec![Logikled::EffekterKort, Logikled::EffekterMedellang, Logikled::EffekterLangNytta]);
        let mut koder: Vec<_> = Logikled::ALLA.iter().map(|l| l.kod()).collect();
        koder.dedup();
        assert_eq!(koder.len(), 6);
    }
}
