//! The steps of the förstudie, in the handbook's order.

use super::Forstudie;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Steg {
    Utvecklingsbehov,
}

impl Steg {
    /// The steps the app offers. A step is listed here only once it exists.
    pub const ALLA: [Steg; 1] = [Steg::Utvecklingsbehov];

    /// The step's part of the URL.
    pub fn slug(self) -> &'static str {
        match self {
            Steg::Utvecklingsbehov => "utvecklingsbehov",
        }
    }

    pub fn rubrik(self) -> &'static str {
        match self {
            Steg::Utvecklingsbehov => "Utvecklingsbehov",
        }
    }

    pub fn fran_slug(slug: &str) -> Option<Steg> {
        Self::ALLA.into_iter().find(|s| s.slug() == slug)
    }

    /// Whether the case fills this step's completion rule.
    pub fn ar_komplett(self, fall: &Forstudie) -> bool {
        match self {
            Steg::Utvecklingsbehov => fall.utvecklingsbehov.brister().is_empty(),
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
}
