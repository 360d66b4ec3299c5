//! The portfolio as the browser's database keeps it: one record per case
//! (so an assessment writes one record, not the whole portfolio), each the
//! case's file name, whether it was changed here, its inputs and a number
//! that keeps the reading order. The figures are computed again when the
//! records are read back.

use super::{Portfolj, Portfoljfall};
use crate::model::{Forstudie, Vardermodell};
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize)]
struct Post {
    nummer: u64,
    filnamn: String,
    andrad: bool,
    forstudie: Forstudie,
}

impl Portfoljfall {
    /// The case's record; `nummer` orders the records as the cases were read.
    pub fn post(&self, nummer: u64) -> String {
        let post =
            Post { nummer, filnamn: self.filnamn.clone(), andrad: self.andrad, forstudie: self.forstudie.clone() };
        serde_json::to_string(&post).expect("a case always serializes")
    }
}

/// The records read back: the portfolio under the team's model, each
/// case's record number (in the portfolio's order) and how many records
/// could not be read.
pub struct Lastaposter {
    pub portfolj: Portfolj,
    pub nummer: Vec<u64>,
    pub olasbara: usize,
}

impl Portfolj {
    pub fn fran_poster<'a>(poster: impl IntoIterator<Item = &'a str>, modell: Vardermodell) -> Lastaposter {
        let mut olasbara = 0;
        let mut lasta: Vec<Post> =
            poster.into_iter().filter_map(|t| serde_json::from_str(t).map_err(|_| olasbara += 1).ok()).collect();
        lasta.sort_by_key(|p| p.nummer);
        let mut portfolj = Portfolj::ny(modell);
        let nummer = lasta.iter().map(|p| p.nummer).collect();
        portfolj.fall = lasta
            .into_iter()
            .map(|p| Portfoljfall {
                andrad: p.andrad,
                ..Portfoljfall::ny(p.filnamn, p.forstudie, &portfolj.modell, &portfolj.hash)
            })
            .collect();
        Lastaposter { portfolj, nummer, olasbara }
    }
}

/// What the page says when the browser's database refuses: `namn` is the
/// browser's error name ("QuotaExceededError", …). Nothing held on the
/// page is lost, and the user is told how to keep it.
pub fn databasfel(namn: &str, lasning: bool) -> String {
    let behall = "Allt som visas finns kvar tills fliken stängs; exportera de bedömda fallen (JSON) innan dess.";
    match (namn, lasning) {
        ("QuotaExceededError", _) => format!(
            "Webbläsarens lagringsutrymme är fullt, så portföljen kunde inte sparas. {behall} Ta bort fall ur portföljen eller frigör utrymme i webbläsaren."
        ),
        (_, true) => format!(
            "Portföljen kunde inte läsas från webbläsarens databas ({namn}). Förstudier du läser in nu sparas inte om databasen inte fungerar. {behall}"
        ),
        (_, false) => format!("Portföljen kunde inte sparas i webbläsarens databas ({namn}). {behall}"),
    }
}

#[cfg(test)]
mod tests {
    use super::super::testfall::*;
    use super::*;

    #[test]
    fn records_read_back_in_reading_order_with_the_assessment() {
        let mut p = portfolj();
        let b = fall_b().id;
        let bedomning = p.hamta(b).unwrap().forstudie.bedomning.clone();
        p.ange_teambedomning(b, bedomning, "Eva", "2026-12-02T09:00:00Z");
        // Written out of order, with a broken record among them.
        let poster: Vec<String> = p.fall.iter().enumerate().rev().map(|(i, f)| f.post(10 * i as u64)).collect();
        let mut texter: Vec<&str> = poster.iter().map(String::as_str).collect();
        texter.push("{trasig");
        let l = Portfolj::fran_poster(texter, Vardermodell::default());
        assert_eq!((l.nummer, l.olasbara), (vec![0, 10, 20, 30], 1));
        assert_eq!(l.portfolj.fall, p.fall);
        assert_eq!(l.portfolj.rader(), p.rader());
    }
}
