//! The municipality's nämnder and förvaltningar as the värderingsmodell
//! lists them, and how a name written in a case is matched to the list:
//! case, surrounding and repeated spaces do not matter, and the model may
//! give other spellings (`Namnalias`, e.g. "KS" for "Kommunstyrelsen"), so
//! the portfolio never splits one nämnd's totals over two spellings.

use super::vardermodell::{Forvaltningspost, Vardermodell};

/// The form names are compared in: lower case, single spaces, trimmed.
pub fn jamforbart(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// A name in a case that is not in the model's list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Namnavvikelse {
    Forvaltning(String),
    Namnd(String),
}

impl Namnavvikelse {
    /// "förvaltning ”X”", for a list after "Utanför modellens lista: ".
    pub fn kort(&self) -> String {
        match self {
            Namnavvikelse::Forvaltning(n) => format!("förvaltning ”{n}”"),
            Namnavvikelse::Namnd(n) => format!("nämnd ”{n}”"),
        }
    }

    pub fn text(&self) -> String {
        match self {
            Namnavvikelse::Forvaltning(n) => format!("Förvaltningen ”{n}” finns inte i modellens lista"),
            Namnavvikelse::Namnd(n) => format!("Nämnden ”{n}” finns inte i modellens lista"),
        }
    }
}

impl Vardermodell {
    /// `text` as spelled in the model's list (through an alias if need be);
    /// None when the list does not have it.
    fn ur_listan<'a>(&'a self, lista: impl Iterator<Item = &'a str> + Clone, text: &str) -> Option<&'a str> {
        let sokt = jamforbart(text);
        if sokt.is_empty() {
            return None;
        }
        let direkt = |s: &str| lista.clone().find(|n| jamforbart(n) == s);
        direkt(&sokt).or_else(|| {
            let alias = self.alias.iter().find(|a| jamforbart(&a.alias) == sokt)?;
            direkt(&jamforbart(&alias.namn))
        })
    }

    /// The nämnd as the model lists it.
    pub fn namnd_ur_listan(&self, text: &str) -> Option<&str> {
        self.ur_listan(self.namnder.iter().map(String::as_str), text)
    }

    /// The förvaltning (with its nämnd) as the model lists it.
    pub fn forvaltning_ur_listan(&self, text: &str) -> Option<&Forvaltningspost> {
        let namn = self.ur_listan(self.forvaltningar.iter().map(|f| f.namn.as_str()), text)?;
        self.forvaltningar.iter().find(|f| f.namn == namn)
    }

    /// The name a portfolio groups a nämnd under: the list's spelling when
    /// the list has it, else the name as written, trimmed.
    pub fn namnd_att_summera<'a>(&'a self, text: &'a str) -> &'a str {
        self.namnd_ur_listan(text).unwrap_or(text.trim())
    }

    /// The förvaltning, nämnd and line nämnder of a case that the model's
    /// lists do not have, each once, in the case's order. Nothing when the
    /// model has no list (the built-in default).
    pub fn utanfor_listorna(&self, fall: &super::Forstudie) -> Vec<Namnavvikelse> {
        let mut ut = Vec::new();
        let behov = &fall.utvecklingsbehov;
        if !self.forvaltningar.is_empty()
            && !behov.forvaltning.trim().is_empty()
            && self.forvaltning_ur_listan(&behov.forvaltning).is_none()
        {
            ut.push(Namnavvikelse::Forvaltning(behov.forvaltning.trim().to_string()));
        }
        if self.namnder.is_empty() {
            return ut;
        }
        let rader = fall
            .ekonomi
            .kostnader
            .iter()
            .map(|r| r.namnd.as_str())
            .chain(fall.ekonomi.effekter.iter().map(|r| r.namnd.as_str()));
        let mut sedda: Vec<String> = Vec::new();
        for namn in std::iter::once(behov.namnd.as_str()).chain(rader) {
            let nyckel = jamforbart(namn);
            if nyckel.is_empty() || sedda.contains(&nyckel) {
                continue;
            }
            sedda.push(nyckel);
            if self.namnd_ur_listan(namn).is_none() {
                ut.push(Namnavvikelse::Namnd(namn.trim().to_string()));
            }
        }
        ut
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::{Forstudie, Namnalias};

    /// A model listing three nämnder and two förvaltningar, "KS" an alias.
    pub fn kommunens_modell() -> Vardermodell {
        let post = |namn: &str, namnd: &str| Forvaltningspost { namn: namn.into(), namnd: namnd.into() };
        Vardermodell {
            namn: "Kommunens modell".into(),
            version: "2027.1".into(),
            namnder: vec!["Kommunstyrelsen".into(), "Kulturnämnden".into(), "Socialnämnden".into()],
            forvaltningar: vec![
                post("Kulturförvaltningen", "Kulturnämnden"),
                post("Socialförvaltningen", "Socialnämnden"),
            ],
            alias: vec![Namnalias { alias: "KS".into(), namn: "Kommunstyrelsen".into() }],
            ..Vardermodell::default()
        }
    }

    #[test]
    fn names_match_the_list_by_spelling_case_spaces_and_alias() {
        let m = kommunens_modell();
        assert_eq!(m.namnd_ur_listan("Kommunstyrelsen"), Some("Kommunstyrelsen"));
        assert_eq!(m.namnd_ur_listan("  kommunstyrelsen "), Some("Kommunstyrelsen"));
        assert_eq!(m.namnd_ur_listan("KS"), Some("Kommunstyrelsen"));
        assert_eq!(m.namnd_ur_listan("ks"), Some("Kommunstyrelsen"));
        assert_eq!(m.namnd_ur_listan("Kultur  nämnden"), None);
        assert_eq!(m.namnd_ur_listan("Kulturnämnden"), Some("Kulturnämnden"));
        assert_eq!(m.namnd_ur_listan(""), None);
        assert_eq!(m.namnd_att_summera(" Tekniska nämnden "), "Tekniska nämnden");
        assert_eq!(m.forvaltning_ur_listan("socialförvaltningen").map(|f| f.namnd.as_str()), Some("Socialnämnden"));
        // The default model has no lists: nothing matches, nothing is flagged.
        let standard = Vardermodell::default();
        assert_eq!(standard.namnd_ur_listan("Kommunstyrelsen"), None);
        let mut fall = Forstudie::ny([1; 16], "2026-12-01T00:00:00Z");
        fall.utvecklingsbehov.namnd = "Vad som helst".into();
        assert_eq!(standard.utanfor_listorna(&fall), vec![]);
    }

    #[test]
    fn a_case_outside_the_lists_is_named_once_per_name() {
        use crate::model::{Effektrad, Kostnadsrad};
        let m = kommunens_modell();
        let mut fall = Forstudie::ny([1; 16], "2026-12-01T00:00:00Z");
        fall.utvecklingsbehov.forvaltning = "Stadsbyggnadskontoret".into();
        fall.utvecklingsbehov.namnd = "KS".into();
        fall.ekonomi.kostnader = vec![
            Kostnadsrad { id: "k1".into(), namnd: "Byggnadsnämnden".into(), ..Default::default() },
            Kostnadsrad { id: "k2".into(), namnd: "kommunstyrelsen".into(), ..Default::default() },
        ];
        fall.ekonomi.effekter =
            vec![Effektrad { id: "e1".into(), namnd: "byggnadsnämnden ".into(), ..Default::default() }];
        let avvikelser = m.utanfor_listorna(&fall);
        assert_eq!(
            avvikelser,
            vec![
                Namnavvikelse::Forvaltning("Stadsbyggnadskontoret".into()),
                Namnavvikelse::Namnd("Byggnadsnämnden".into())
            ]
        );
        assert_eq!(avvikelser[1].text(), "Nämnden ”Byggnadsnämnden” finns inte i modellens lista");
        assert_eq!(avvikelser[0].kort(), "förvaltning ”Stadsbyggnadskontoret”");
    }
}
