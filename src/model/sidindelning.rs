//! A long list shown a page at a time: which items a page holds and how to
//! say so. Step 8's grid pages its lines, so an edit in a case with hundreds
//! of lines only makes the browser lay out one page of fields again.

use std::ops::Range;

/// One page of a list of `totalt` items, `per_sida` to a page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sida {
    /// 0-based; always an existing page (0 for an empty list).
    pub nummer: usize,
    pub antal_sidor: usize,
    pub totalt: usize,
    per_sida: usize,
}

impl Sida {
    /// The page `onskad` asks for, or the last one when the list has
    /// shrunk under it (a line removed on the last page).
    pub fn ny(totalt: usize, per_sida: usize, onskad: usize) -> Sida {
        let per_sida = per_sida.max(1);
        let antal_sidor = totalt.div_ceil(per_sida).max(1);
        Sida { nummer: onskad.min(antal_sidor - 1), antal_sidor, totalt, per_sida }
    }

    /// The page that holds the last item: where a new line appears.
    pub fn sista(totalt: usize, per_sida: usize) -> Sida {
        Sida::ny(totalt, per_sida, usize::MAX)
    }

    /// The items on this page, as indexes into the list.
    pub fn rader(&self) -> Range<usize> {
        let fran = self.nummer * self.per_sida;
        fran.min(self.totalt)..(fran + self.per_sida).min(self.totalt)
    }

    pub fn forsta(&self) -> bool {
        self.nummer == 0
    }

    pub fn sist(&self) -> bool {
        self.nummer + 1 >= self.antal_sidor
    }

    pub fn foregaende(&self) -> usize {
        self.nummer.saturating_sub(1)
    }

    pub fn nasta(&self) -> usize {
        (self.nummer + 1).min(self.antal_sidor - 1)
    }

    pub fn sista_nummer(&self) -> usize {
        self.antal_sidor - 1
    }

    /// Whether there is more than one page, so controls are needed.
    pub fn flera(&self) -> bool {
        self.antal_sidor > 1
    }

    /// "Visar rad 26–50 av 150 (sida 2 av 6)", counted from 1.
    pub fn text(&self) -> String {
        let r = self.rader();
        if r.is_empty() {
            return "Inga rader".to_string();
        }
        format!(
            "Visar rad {}–{} av {} (sida {} av {})",
            r.start + 1,
            r.end,
            self.totalt,
            self.nummer + 1,
            self.antal_sidor
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_of_150_lines_25_a_page() {
        let s = Sida::ny(150, 25, 0);
        assert_eq!((s.rader(), s.antal_sidor, s.forsta(), s.sist()), (0..25, 6, true, false));
        assert_eq!(s.text(), "Visar rad 1–25 av 150 (sida 1 av 6)");
        let s = Sida::ny(150, 25, 1);
        assert_eq!(s.text(), "Visar rad 26–50 av 150 (sida 2 av 6)");
        assert_eq!((s.foregaende(), s.nasta()), (0, 2));
        let s = Sida::ny(150, 25, 5);
        assert_eq!((s.rader(), s.sist(), s.nasta()), (125..150, true, 5));
    }

    #[test]
    fn a_short_last_page_and_a_new_line() {
        // 151 lines: the 151st alone on page 7, where a new line is shown.
        let s = Sida::sista(151, 25);
        assert_eq!((s.nummer, s.rader()), (6, 150..151));
        assert_eq!(s.text(), "Visar rad 151–151 av 151 (sida 7 av 7)");
    }

    #[test]
    fn a_page_past_the_end_becomes_the_last() {
        // The one line of page 7 removed: page 6 is shown.
        let s = Sida::ny(150, 25, 6);
        assert_eq!((s.nummer, s.rader()), (5, 125..150));
    }

    #[test]
    fn short_and_empty_lists_are_one_page() {
        let s = Sida::ny(3, 25, 0);
        assert_eq!((s.rader(), s.flera()), (0..3, false));
        let s = Sida::ny(0, 25, 4);
        assert_eq!((s.nummer, s.rader(), s.antal_sidor, s.flera()), (0, 0..0, 1, false));
        assert_eq!(s.text(), "Inga rader");
        assert!(Sida::ny(26, 25, 0).flera());
        assert!(!Sida::ny(25, 25, 0).flera());
    }
}
