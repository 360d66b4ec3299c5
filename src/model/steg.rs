//! The steps of the förstudie, in the handbook's order.

use super::Forstudie;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Steg {
    Utvecklingsbehov,
    Orsaksanalys,
    Malgruppsanalys,
    Intressentanalys,
    Arbetsflodesbeskrivning,
    Informationsinventering,
    Logikmodell,
    Konsekvenser,
}

impl Steg {
    /// The steps the app offers. A step is listed here only once it exists.
    pub const ALLA: [Steg; 8] = [
        Steg::Utvecklingsbehov,
        Steg::Orsaksanalys,
        Steg::Malgruppsanalys,
        Steg::Intressentanalys,
        Steg::Arbetsflodesbeskrivning,
        Steg::Informationsinventering,
        Steg::Logikmodell,
        Steg::Konsekvenser,
    ];

    /// The step's part of the URL.
    pub fn slug(self) -> &'static str {
        match self {
            Steg::Utvecklingsbehov => "utvecklingsbehov",
            Steg::Orsaksanalys => "orsaksanalys",
            Steg::Malgruppsanalys => "malgruppsanalys",
            Steg::Intressentanalys => "intressentanalys",
            Steg::Arbetsflodesbeskrivning => "arbetsflodesbeskrivning",
            Steg::Informationsinventering => "informationsinventering",
            Steg::Logikmodell => "logikmodell",
            Steg::Konsekvenser => "kvalitativa-effekter-risker",
        }
    }

    pub fn rubrik(self) -> &'static str {
        match self {
            Steg::Utvecklingsbehov => "Utvecklingsbehov",
            Steg::Orsaksanalys => "Orsaksanalys",
            Steg::Malgruppsanalys => "Målgruppsanalys",
            Steg::Intressentanalys => "Intressentanalys",
            Steg::Arbetsflodesbeskrivning => "Arbetsflödesbeskrivning",
            Steg::Informationsinventering => "Informationsinventering",
            Steg::Logikmodell => "Logikmodell",
            Steg::Konsekvenser => "Kvalitativa effekter, risker och konsekvenser",
        }
    }

    pub fn fran_slug(slug: &str) -> Option<Steg> {
        Self::ALLA.into_iter().find(|s| s.slug() == slug)
    }

    /// Whether the case fills this step's completion rule.
    pub fn ar_komplett(self, fall: &Forstudie) -> bool {
        match self {
            Steg::Utvecklingsbehov => fall.utvecklingsbehov.brister().is_empty(),
            Steg::Orsaksanalys => fall.orsaksanalys.brister().is_empty(),
            Steg::Malgruppsanalys => fall.malgruppsanalys.brister().is_empty(),
            Steg::Intressentanalys => fall.intressentanalys.brister().is_empty(),
            Steg::Arbetsflodesbeskrivning => fall.arbetsflode.brister().is_empty(),
            Steg::Informationsinventering => fall.informationsinventering.brister().is_empty(),
            Steg::Logikmodell => fall.logikmodell.brister().is_empty(),
            Steg::Konsekvenser => fall.konsekvenser.brister().is_empty(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip() {
        for steg in Steg::ALLA {
            assert_eq!(Steg::fran_slug(steg.slug()), Some(steg));
        }
        assert_eq!(Steg::fran_slug("finns-inte"), None);
    }

    #[test]
    fn a_new_case_has_no_step_complete() {
        let fall = Forstudie::ny([0; 16], "2026-01-01T00:00:00Z");
        for steg in Steg::ALLA {
            assert!(!steg.ar_komplett(&fall), "{steg:?}");
        }
    }
}
