//! Sorting the portfolio table by any column, either way. The sort is
//! stable (equal rows keep their order), and a row without a value (no NNK,
//! no payback, no rank) always comes last, whichever the direction.

use super::Fallrad;
use crate::vardering::Prioritering;
use rust_decimal::Decimal;
use std::cmp::Ordering;

/// The table's columns, in the order shown and exported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kolumn {
    Rang,
    Titel,
    Forvaltning,
    Namnd,
    Kostnad,
    KostnadNuvarde,
    Nnv,
    Nnk,
    Aterbetalning,
    Poang,
    Prioritering,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Riktning {
    Stigande,
    Fallande,
}

impl Riktning {
    pub fn motsatt(self) -> Self {
        match self {
            Riktning::Stigande => Riktning::Fallande,
            Riktning::Fallande => Riktning::Stigande,
        }
    }

    /// The value of `aria-sort`.
    pub fn aria(self) -> &'static str {
        match self {
            Riktning::Stigande => "ascending",
            Riktning::Fallande => "descending",
        }
    }
}

impl Kolumn {
    pub const ALLA: [Kolumn; 11] = [
        Kolumn::Rang,
        Kolumn::Titel,
        Kolumn::Forvaltning,
        Kolumn::Namnd,
        Kolumn::Kostnad,
        Kolumn::KostnadNuvarde,
        Kolumn::Nnv,
        Kolumn::Nnk,
        Kolumn::Aterbetalning,
        Kolumn::Poang,
        Kolumn::Prioritering,
    ];

    /// The header, in the table and the CSV file.
    pub fn rubrik(self) -> &'static str {
        match self {
            Kolumn::Rang => "Rang",
            Kolumn::Titel => "Förstudie",
            Kolumn::Forvaltning => "Förvaltning",
            Kolumn::Namnd => "Nämnd",
            Kolumn::Kostnad => "Total kostnad, nominell (kr)",
            Kolumn::KostnadNuvarde => "Total kostnad, nuvärde (kr)",
            Kolumn::Nnv => "NNV (kr)",
            Kolumn::Nnk => "NNK",
            Kolumn::Aterbetalning => "Återbetalningsår",
            Kolumn::Poang => "Poäng (0–100)",
            Kolumn::Prioritering => "Summerad prioritering",
        }
    }

    /// The direction a first click sorts in: the best or largest first for
    /// figures, A–Ö and rank 1 first for the rest.
    pub fn forsta_riktning(self) -> Riktning {
        match self {
            Kolumn::Rang | Kolumn::Titel | Kolumn::Forvaltning | Kolumn::Namnd | Kolumn::Aterbetalning => {
                Riktning::Stigande
            }
            _ => Riktning::Fallande,
        }
    }

    fn nyckel(self, rad: &Fallrad) -> Option<Nyckel> {
        let tal = |v: Decimal| Some(Nyckel::Tal(v));
        match self {
            Kolumn::Rang => rad.rang.map(|r| Nyckel::Tal(r.into())),
            Kolumn::Titel => Some(Nyckel::Text(svensk_nyckel(&rad.titel))),
            Kolumn::Forvaltning => text(&rad.forvaltning),
            Kolumn::Namnd => text(&rad.namnd),
            Kolumn::Kostnad => tal(rad.kostnad.value()),
            Kolumn::KostnadNuvarde => tal(rad.kostnad_nuvarde.value()),
            Kolumn::Nnv => tal(rad.nnv.value()),
            Kolumn::Nnk => rad.nnk.map(Nyckel::Tal),
            Kolumn::Aterbetalning => rad.aterbetalningsar.map(|t| Nyckel::Tal(t.into())),
            Kolumn::Poang => tal(rad.poang),
            // Ascending from sent back to must-do.
            Kolumn::Prioritering => rad.prioritering.map(|p| {
                Nyckel::Tal(
                    match p {
                        Prioritering::Aterremiss => 0,
                        Prioritering::Lag => 1,
                        Prioritering::Medel => 2,
                        Prioritering::Hog => 3,
                        Prioritering::MasteGoras => 4,
                    }
                    .into(),
                )
            }),
        }
    }
}

fn text(t: &str) -> Option<Nyckel> {
    (!t.is_empty()).then(|| Nyckel::Text(svensk_nyckel(t)))
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Nyckel {
    Tal(Decimal),
    Text(Vec<u32>),
}

/// A text's sort key in Swedish alphabetical order: case ignored, å, ä, ö
/// after z (in that order), é as e and ü as y.
pub fn svensk_nyckel(text: &str) -> Vec<u32> {
    let z = u32::from('z');
    text.trim()
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'å' => z + 1,
            'ä' | 'æ' => z + 2,
            'ö' | 'ø' => z + 3,
            'é' | 'è' => u32::from('e'),
            'ü' => u32::from('y'),
            c => u32::from(c),
        })
        .collect()
}

/// Sorts the rows in place by `kolumn`; rows without a value go last.
pub fn sortera(rader: &mut [Fallrad], kolumn: Kolumn, riktning: Riktning) {
    rader.sort_by(|a, b| match (kolumn.nyckel(a), kolumn.nyckel(b)) {
        (Some(x), Some(y)) => match riktning {
            Riktning::Stigande => x.cmp(&y),
            Riktning::Fallande => y.cmp(&x),
        },
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    });
}

#[cfg(test)]
mod tests {
    use super::super::testfall::portfolj;
    use super::*;

    fn ordning(kolumn: Kolumn, riktning: Riktning) -> Vec<char> {
        let mut rader = portfolj().rader();
        sortera(&mut rader, kolumn, riktning);
        rader.iter().map(|r| r.titel.chars().next().unwrap()).collect()
    }

    #[test]
    fn every_column_sorts_both_ways_with_missing_values_last() {
        use Kolumn::*;
        use Riktning::*;
        // NNV: A 3 897.52, C 3 292.74, D −1 000, B −16 282.91.
        assert_eq!(ordning(Nnv, Fallande), ['A', 'C', 'D', 'B']);
        assert_eq!(ordning(Nnv, Stigande), ['B', 'D', 'C', 'A']);
        // Score: A 60.625, C 59.375, B 35, D 7.5.
        assert_eq!(ordning(Poang, Fallande), ['A', 'C', 'B', 'D']);
        assert_eq!(ordning(Poang, Stigande), ['D', 'B', 'C', 'A']);
        // Rank: C 1, A 2, B 3, D none (last both ways).
        assert_eq!(ordning(Rang, Stigande), ['C', 'A', 'B', 'D']);
        assert_eq!(ordning(Rang, Fallande), ['B', 'A', 'C', 'D']);
        // Payback: A and C at t = 3 keep their order; B and D never pay
        // back (cumulative NETTO stays negative) and stay last, in order.
        assert_eq!(ordning(Aterbetalning, Stigande), ['A', 'C', 'B', 'D']);
        assert_eq!(ordning(Aterbetalning, Fallande), ['A', 'C', 'B', 'D']);
        // Priority: must-do C, Medel A, Låg B, D without one last.
        assert_eq!(ordning(Prioritering, Fallande), ['C', 'A', 'B', 'D']);
        assert_eq!(ordning(Prioritering, Stigande), ['B', 'A', 'C', 'D']);
        // Cost: B 24 000, A 10 000, C 6 000, D 1 000.
        assert_eq!(ordning(Kostnad, Fallande), ['B', 'A', 'C', 'D']);
        assert_eq!(ordning(KostnadNuvarde, Stigande), ['D', 'C', 'A', 'B']);
        // NNK: A 0.3898, C 0.5488, B −0.6865, D −1.
        assert_eq!(ordning(Nnk, Fallande), ['C', 'A', 'B', 'D']);
        // Förvaltning: Kultur (A, D, stable), Miljö, Social.
        assert_eq!(ordning(Forvaltning, Stigande), ['A', 'D', 'C', 'B']);
        assert_eq!(ordning(Forvaltning, Fallande), ['B', 'C', 'A', 'D']);
        assert_eq!(ordning(Namnd, Stigande), ['A', 'D', 'C', 'B']);
        assert_eq!(ordning(Titel, Fallande), ['D', 'C', 'B', 'A']);
    }

    #[test]
    fn swedish_letters_sort_after_z_in_their_order() {
        let mut namn = vec!["Östra", "ängen", "Åsen", "zeta", "Alfa", "éclair", "Ekorre"];
        namn.sort_by_key(|n| svensk_nyckel(n));
        assert_eq!(namn, ["Alfa", "éclair", "Ekorre", "zeta", "Åsen", "ängen", "Östra"]);
    }

    #[test]
    fn an_empty_text_sorts_last_both_ways() {
        let mut rader = portfolj().rader();
        rader[1].forvaltning.clear();
        sortera(&mut rader, Kolumn::Forvaltning, Riktning::Fallande);
        assert_eq!(rader.last().unwrap().titel, "B Arkiv");
        sortera(&mut rader, Kolumn::Forvaltning, Riktning::Stigande);
        assert_eq!(rader.last().unwrap().titel, "B Arkiv");
    }
}
