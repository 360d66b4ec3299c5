//! Rules of steps 2–4 (Orsaksanalys, Målgruppsanalys, Intressentanalys):
//! completion, the "5 varför" chain and the power/interest quadrant. Kept
//! apart from the types so each file stays readable.

use super::analyser::*;
use super::validering::Brist;

/// Where a message of step 2 belongs. Row messages carry the row's id.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum OrsakFalt {
    Problemformulering,
    Orsaker,
    Grundorsak,
    Kategorinamn(String),
    Beskrivning(String),
    Kategori(String),
}

impl Orsaksanalys {
    pub fn brister(&self) -> Vec<Brist<OrsakFalt>> {
        let mut brister = Vec::new();
        if self.problemformulering.trim().is_empty() {
            brister.push(Brist::new(OrsakFalt::Problemformulering, "Formulera problemet som orsakerna förklarar."));
        }
        for k in &self.kategorier {
            if k.namn.trim().is_empty() {
                brister.push(Brist::new(OrsakFalt::Kategorinamn(k.id.clone()), "Ge kategorin ett namn."));
            }
        }
        if self.orsaker.is_empty() {
            brister.push(Brist::new(OrsakFalt::Orsaker, "Lägg till minst en orsak."));
        }
        for o in &self.orsaker {
            if o.beskrivning.trim().is_empty() {
                brister.push(Brist::new(OrsakFalt::Beskrivning(o.id.clone()), "Beskriv orsaken."));
            }
            // A removed category must not silently hide its causes.
            if self.kategori(&o.kategori_id).is_none() {
                brister.push(Brist::new(OrsakFalt::Kategori(o.id.clone()), "Välj en kategori för orsaken."));
            }
        }
        if !self.orsaker.is_empty() && !self.orsaker.iter().any(|o| o.grundorsak) {
            brister.push(Brist::new(OrsakFalt::Grundorsak, "Markera minst en grundorsak som initiativet ska åtgärda."));
        }
        brister
    }

    pub fn kategori(&self, id: &str) -> Option<&Orsakskategori> {
        self.kategorier.iter().find(|k| k.id == id)
    }

    /// The causes of one category, in the order entered.
    pub fn orsaker_i<'a>(&'a self, kategori_id: &'a str) -> impl Iterator<Item = &'a Orsak> + 'a {
        self.orsaker.iter().filter(move |o| o.kategori_id == kategori_id)
    }
}

impl Orsak {
    /// Sets answer `nr` (0-based) of the "5 varför" chain. Empty answers at
    /// the end are dropped so the stored chain is only what was written.
    pub fn ange_varfor(&mut self, nr: usize, text: String) {
        if nr >= Orsaksanalys::MAX_VARFOR {
            return;
        }
        if self.varfor.len() <= nr {
            self.varfor.resize(nr + 1, String::new());
        }
        self.varfor[nr] = text;
        while self.varfor.last().is_some_and(|s| s.is_empty()) {
            self.varfor.pop();
        }
    }
}

/// Where a message of step 3 belongs.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum MalgruppFalt {
    Grupper,
    Namn(String),
    Behov(String),
}

impl Malgruppsanalys {
    pub fn brister(&self) -> Vec<Brist<MalgruppFalt>> {
        let mut brister = Vec::new();
        if self.grupper.is_empty() {
            brister.push(Brist::new(MalgruppFalt::Grupper, "Lägg till minst en målgrupp."));
        }
        for g in &self.grupper {
            if g.namn.trim().is_empty() {
                brister.push(Brist::new(MalgruppFalt::Namn(g.id.clone()), "Ge målgruppen ett namn."));
            }
            if g.behov.trim().is_empty() {
                brister.push(Brist::new(MalgruppFalt::Behov(g.id.clone()), "Beskriv målgruppens behov."));
            }
        }
        brister
    }
}

/// The four quadrants of the power/interest grid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kvadrant {
    HanteraNara,
    HallNojd,
    HallInformerad,
    Bevaka,
}

impl Kvadrant {
    pub const ALLA: [Kvadrant; 4] =
        [Kvadrant::HanteraNara, Kvadrant::HallNojd, Kvadrant::HallInformerad, Kvadrant::Bevaka];

    pub fn namn(self) -> &'static str {
        match self {
            Kvadrant::HanteraNara => "Hantera nära",
            Kvadrant::HallNojd => "Håll nöjd",
            Kvadrant::HallInformerad => "Håll informerad",
            Kvadrant::Bevaka => "Bevaka",
        }
    }

    /// The engagement strategy the grid suggests; the user may rewrite it.
    pub fn foreslagen_strategi(self) -> &'static str {
        match self {
            Kvadrant::HanteraNara => "Involvera aktivt: delta i styrgrupp eller arbetsgrupp, stäm av beslut löpande.",
            Kvadrant::HallNojd => "Håll nöjd: informera inför viktiga beslut och fånga upp invändningar tidigt.",
            Kvadrant::HallInformerad => {
                "Håll informerad: regelbundna nyhetsbrev, möten och möjlighet att lämna synpunkter."
            }
            Kvadrant::Bevaka => "Bevaka: följ upp vid behov med allmän information.",
        }
    }
}

/// From 3 upward counts as high on the 1–5 scales: a stakeholder of middling
/// influence is better handled too closely than forgotten.
pub const HOG_FRAN: u8 = 3;

impl Intressent {
    pub fn kvadrant(&self) -> Kvadrant {
        match (self.inflytande >= HOG_FRAN, self.intresse >= HOG_FRAN) {
            (true, true) => Kvadrant::HanteraNara,
            (true, false) => Kvadrant::HallNojd,
            (false, true) => Kvadrant::HallInformerad,
            (false, false) => Kvadrant::Bevaka,
        }
    }
}

impl Attityd {
    pub const ALLA: [Attityd; 3] = [Attityd::Positiv, Attityd::Neutral, Attityd::Negativ];

    pub fn tecken(self) -> &'static str {
        match self {
            Attityd::Positiv => "+",
            Attityd::Neutral => "0",
            Attityd::Negativ => "−",
        }
    }

    pub fn namn(self) -> &'static str {
        match self {
            Attityd::Positiv => "+ positiv",
            Attityd::Neutral => "0 neutral",
            Attityd::Negativ => "− negativ",
        }
    }

    /// The value of a `<select>` option, the serde name.
    pub fn kod(self) -> &'static str {
        match self {
            Attityd::Positiv => "positiv",
            Attityd::Neutral => "neutral",
            Attityd::Negativ => "negativ",
        }
    }

    pub fn fran_kod(kod: &str) -> Option<Attityd> {
        Self::ALLA.into_iter().find(|a| a.kod() == kod)
    }
}

/// Where a message of step 4 belongs.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum IntressentFalt {
    Intressenter,
    Namn(String),
    Skala(String),
}

impl Intressentanalys {
    pub fn brister(&self) -> Vec<Brist<IntressentFalt>> {
        let mut brister = Vec::new();
        if self.intressenter.is_empty() {
            brister.push(Brist::new(IntressentFalt::Intressenter, "Lägg till minst en intressent."));
        }
        for i in &self.intressenter {
            if i.namn.trim().is_empty() {
                brister.push(Brist::new(IntressentFalt::Namn(i.id.clone()), "Ge intressenten ett namn."));
            }
            // Only an imported file can hold values off the scale.
            if !(1..=5).contains(&i.inflytande) || !(1..=5).contains(&i.intresse) {
                brister.push(Brist::new(
                    IntressentFalt::Skala(i.id.clone()),
                    "Inflytande och intresse anges från 1 till 5.",
                ));
            }
        }
        brister
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn orsak(id: &str, kategori: &str, grund: bool) -> Orsak {
        Orsak {
            id: id.into(),
            kategori_id: kategori.into(),
            beskrivning: "Papper".into(),
            varfor: vec![],
            grundorsak: grund,
        }
    }

    #[test]
    fn root_cause_analysis_needs_problem_a_cause_and_a_root_cause() {
        let mut a = Orsaksanalys::default();
        let falt: Vec<_> = a.brister().into_iter().map(|b| b.falt).collect();
        assert_eq!(falt, vec![OrsakFalt::Problemformulering, OrsakFalt::Orsaker]);
        a.problemformulering = "Lång handläggning".into();
        a.orsaker.push(orsak("o1", "metod", false));
        assert_eq!(a.brister().into_iter().map(|b| b.falt).collect::<Vec<_>>(), vec![OrsakFalt::Grundorsak]);
        a.orsaker[0].grundorsak = true;
        assert!(a.brister().is_empty());
        // A cause left without its category is pointed out at the cause.
        a.kategorier.retain(|k| k.id != "metod");
        assert_eq!(a.brister()[0].falt, OrsakFalt::Kategori("o1".into()));
    }

    #[test]
    fn the_why_chain_holds_at_most_five_and_drops_trailing_blanks() {
        let mut o = orsak("o", "metod", false);
        o.ange_varfor(2, "tre".into());
        assert_eq!(o.varfor, vec!["", "", "tre"]);
        o.ange_varfor(5, "sex".into());
        assert_eq!(o.varfor.len(), 3);
        o.ange_varfor(2, String::new());
        assert!(o.varfor.is_empty());
    }

    #[test]
    fn quadrants_split_the_scales_at_three() {
        let med = |inflytande, intresse| Intressent { inflytande, intresse, ..Default::default() }.kvadrant();
        assert_eq!(med(5, 5), Kvadrant::HanteraNara);
        assert_eq!(med(3, 3), Kvadrant::HanteraNara);
        assert_eq!(med(4, 2), Kvadrant::HallNojd);
        assert_eq!(med(2, 4), Kvadrant::HallInformerad);
        assert_eq!(med(1, 2), Kvadrant::Bevaka);
    }

    #[test]
    fn stakeholders_need_a_name_and_values_on_the_scale() {
        let mut a = Intressentanalys::default();
        assert_eq!(a.brister()[0].falt, IntressentFalt::Intressenter);
        a.intressenter.push(Intressent { id: "i".into(), inflytande: 0, ..Default::default() });
        let falt: Vec<_> = a.brister().into_iter().map(|b| b.falt).collect();
        assert_eq!(falt, vec![IntressentFalt::Namn("i".into()), IntressentFalt::Skala("i".into())]);
        a.intressenter[0].namn = "Facket".into();
        a.intressenter[0].inflytande = 4;
        assert!(a.brister().is_empty());
    }

    #[test]
    fn target_groups_need_name_and_needs() {
        let mut a = Malgruppsanalys::default();
        assert_eq!(a.brister()[0].falt, MalgruppFalt::Grupper);
        a.grupper.push(Malgrupp { id: "g".into(), namn: "Sökande".into(), ..Default::default() });
        assert_eq!(a.brister()[0].falt, MalgruppFalt::Behov("g".into()));
        a.grupper[0].behov = "Snabbt besked".into();
        assert!(a.brister().is_empty());
    }

    #[test]
    fn attitude_codes_round_trip_and_match_serde() {
        for a in Attityd::ALLA {
            assert_eq!(Attityd::fran_kod(a.kod()), Some(a));
            assert_eq!(serde_json::to_string(&a).unwrap(), format!("\"{}\"", a.kod()));
        }
    }
}
