//! The steps of the förstudie, in the handbook's order.

use super::{Ekonomi, Forstudie};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Steg {
    Utvecklingsbehov,
    Orsaksanalys,
    Malgruppsanalys,
    Intressentanalys,
    Arbetsflodesbeskrivning,
    Informationsinventering,
    Logikmodell,
    KostnaderOchEffekter,
    Konsekvenser,
    Bedomning,
    Sammanstallning,
    Effekthemtagningsplan,
}

impl Steg {
    /// The steps the app offers, in the handbook's order.
    pub const ALLA: [Steg; 12] = [
        Steg::Utvecklingsbehov,
        Steg::Orsaksanalys,
        Steg::Malgruppsanalys,
        Steg::Intressentanalys,
        Steg::Arbetsflodesbeskrivning,
        Steg::Informationsinventering,
        Steg::Logikmodell,
        Steg::KostnaderOchEffekter,
        Steg::Konsekvenser,
        Steg::Bedomning,
        Steg::Sammanstallning,
        Steg::Effekthemtagningsplan,
    ];

    /// The steps of the förstudie itself, before a decision; the plan
    /// (step 12) opens only when the case is approved.
    pub const FORSTUDIE: &'static [Steg] = Self::ALLA.split_at(11).0;

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
            Steg::KostnaderOchEffekter => "kostnader-och-effekter",
            Steg::Konsekvenser => "kvalitativa-effekter-risker",
            Steg::Bedomning => "bedomning",
            Steg::Sammanstallning => "varderingssammanstallning",
            Steg::Effekthemtagningsplan => "effekthemtagningsplan",
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
            Steg::KostnaderOchEffekter => "Kostnader och effekter",
            Steg::Konsekvenser => "Kvalitativa effekter, risker och konsekvenser",
            Steg::Bedomning => "Bedömning",
            Steg::Sammanstallning => "Värderingssammanställning",
            Steg::Effekthemtagningsplan => "Effekthemtagningsplan",
        }
    }

    /// Step 8's rule, given whether the valuation of the case has a `Fel`
    /// problem: the app computes the valuation once per edit and shares it.
    pub fn kostnader_komplett(ekonomi: &Ekonomi, har_fel: bool) -> bool {
        !ekonomi.kostnader.is_empty() && !ekonomi.effekter.is_empty() && !har_fel
    }

    pub fn fran_slug(slug: &str) -> Option<Steg> {
        Self::ALLA.into_iter().find(|s| s.slug() == slug)
    }

    /// The steps of the förstudie (before the summary) not yet complete: a
    /// summary of a case with any is a draft ("Utkast"), by the same rule
    /// that makes the summary step itself complete.
    pub fn ofardiga(fall: &Forstudie, har_fel: &dyn Fn() -> bool) -> Vec<Steg> {
        Steg::FORSTUDIE
            .iter()
            .copied()
            .filter(|s| *s != Steg::Sammanstallning && !s.komplett_med(fall, har_fel))
            .collect()
    }

    /// The same, with the valuation's "has a `Fel` problem" from the
    /// caller, asked only by the steps that need it: the app keeps one
    /// valuation per edit and must not run a second one here.
    pub fn komplett_med(self, fall: &Forstudie, har_fel: &dyn Fn() -> bool) -> bool {
        match self {
            Steg::Utvecklingsbehov => fall.utvecklingsbehov.brister().is_empty(),
            Steg::Orsaksanalys => fall.orsaksanalys.brister().is_empty(),
            Steg::Malgruppsanalys => fall.malgruppsanalys.brister().is_empty(),
            Steg::Intressentanalys => fall.intressentanalys.brister().is_empty(),
            Steg::Arbetsflodesbeskrivning => fall.arbetsflode.brister().is_empty(),
            Steg::Informationsinventering => fall.informationsinventering.brister().is_empty(),
            Steg::Logikmodell => fall.logikmodell.brister().is_empty(),
            // A valuation needs something on both sides, and no figure that
            // the engine had to count as 0 or bound (a `Fel` problem).
            Steg::KostnaderOchEffekter => Self::kostnader_komplett(&fall.ekonomi, har_fel()),
            Steg::Konsekvenser => fall.konsekvenser.brister().is_empty(),
            Steg::Bedomning => fall.bedomning.saknade().is_empty(),
            // The summary is complete when everything it summarises is.
            Steg::Sammanstallning => {
                Steg::FORSTUDIE.iter().filter(|s| **s != Steg::Sammanstallning).all(|s| s.komplett_med(fall, har_fel))
            }
            Steg::Effekthemtagningsplan => fall.effekthemtagning.komplett(&super::effektposter(
                &fall.ekonomi,
                &fall.konsekvenser,
                &fall.logikmodell,
            )),
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
    fn a_summary_is_a_draft_exactly_while_a_step_before_it_is_unfinished() {
        let nytt = Forstudie::ny([0; 16], "2026-01-01T00:00:00Z");
        let ofardiga = Steg::ofardiga(&nytt, &|| false);
        assert_eq!(ofardiga.len(), 10);
        assert!(!ofardiga.contains(&Steg::Sammanstallning) && !ofardiga.contains(&Steg::Effekthemtagningsplan));
        let exempel = crate::model::exempelfall([1; 16], "2026-01-01T00:00:00Z");
        assert_eq!(Steg::ofardiga(&exempel, &|| false), vec![]);
        assert!(Steg::Sammanstallning.komplett_med(&exempel, &|| false));
        let mut utan_titel = exempel.clone();
        utan_titel.utvecklingsbehov.titel.clear();
        assert_eq!(Steg::ofardiga(&utan_titel, &|| false), vec![Steg::Utvecklingsbehov]);
        assert!(!Steg::Sammanstallning.komplett_med(&utan_titel, &|| false));
    }

    #[test]
    fn a_new_case_has_no_step_complete() {
        let fall = Forstudie::ny([0; 16], "2026-01-01T00:00:00Z");
        for steg in Steg::ALLA {
            assert!(!steg.komplett_med(&fall, &|| false), "{steg:?}");
        }
    }
}
