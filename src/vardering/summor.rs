//! Step 2: the lines' rounded values summed per nämnd, kostnadstyp and
//! year. Every sum here is an exact sum of rounded values, so each total
//! equals the sum of the parts shown.

use super::nuvarde::{cellsumma, Flode};
use super::rader::{Radslag, Radvardering};
use super::rutnat::{ore, Cell, Rutnat, FRI, K, RAM};
use crate::model::Kostnadstyp;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The lines of one kostnadstyp: costs of that type (K) and effects on it
/// (RAM, FRI), over all nämnder.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Kostnadstypsumma {
    pub kostnadstyp: Kostnadstyp,
    pub per_ar: Vec<Flode>,
    pub summa: Flode,
}

/// The lines of one nämnd and one kostnadstyp, over all years.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct NamndKostnadstyp {
    pub namnd: String,
    pub kostnadstyp: Kostnadstyp,
    pub summa: Flode,
}

/// What step 2 hands on.
pub(crate) struct Summor {
    /// The nämnder by name, in the grid's row order.
    pub namn: Vec<String>,
    /// K/RAM/FRI per nämnd and year: the grid every kalkyl uses.
    pub rutnat: Rutnat,
    /// Only the kostnadstyper that have a line, in `Kostnadstyp::ALLA` order.
    pub per_kostnadstyp: Vec<Kostnadstypsumma>,
    /// Only combinations that have a line, by nämnd then kostnadstyp.
    pub per_namnd_och_kostnadstyp: Vec<NamndKostnadstyp>,
}

const TYPER: usize = Kostnadstyp::ALLA.len();

/// Index of a kostnadstyp in `Kostnadstyp::ALLA` (declaration order).
fn typindex(typ: Kostnadstyp) -> usize {
    typ as usize
}

fn plats(slag: Radslag) -> usize {
    match slag {
        Radslag::Kostnad => K,
        Radslag::Ramjustering => RAM,
        Radslag::FrigjortRamutrymme => FRI,
    }
}

pub(crate) fn summera(rader: &[Radvardering], ar: u32) -> Summor {
    let n_ar = ar as usize;
    // Nämnder by name; indices assigned in name order before summing, so no
    // name is cloned per line or cell.
    let mut index: BTreeMap<&str, usize> = rader.iter().map(|r| (r.namnd.as_str(), 0)).collect();
    for (i, v) in index.values_mut().enumerate() {
        *v = i;
    }
    // One pass over the cells: each line's öre go to its nämnd's row, its
    // kostnadstyp's row and its (nämnd, kostnadstyp) total.
    let mut rutnat = Rutnat { ar: n_ar, celler: vec![[0; 3]; index.len() * n_ar] };
    let mut per_typ: Vec<Option<Vec<Cell>>> = vec![None; TYPER];
    let mut per_namnd_typ: Vec<Option<Cell>> = vec![None; index.len() * TYPER];
    for rad in rader {
        let namnd = index[rad.namnd.as_str()];
        let typ = typindex(rad.kostnadstyp);
        let plats = plats(rad.slag);
        let namnd_rad = &mut rutnat.celler[namnd * n_ar..(namnd + 1) * n_ar];
        let typ_rad = per_typ[typ].get_or_insert_with(|| vec![[0; 3]; n_ar]);
        let summa = per_namnd_typ[namnd * TYPER + typ].get_or_insert([0; 3]);
        for ((radar, n), k) in rad.per_ar.iter().zip(namnd_rad).zip(typ_rad) {
            let v = ore(radar.varde);
            n[plats] += v;
            k[plats] += v;
            summa[plats] += v;
        }
    }
    let per_namnd_och_kostnadstyp = index
        .keys()
        .flat_map(|namnd| Kostnadstyp::ALLA.iter().map(move |typ| (*namnd, *typ)))
        .zip(&per_namnd_typ)
        .filter_map(|((namnd, kostnadstyp), summa)| {
            summa.map(|s| NamndKostnadstyp { namnd: namnd.to_owned(), kostnadstyp, summa: Flode::fran(&s) })
        })
        .collect();
    let per_kostnadstyp = Kostnadstyp::ALLA
        .iter()
        .zip(per_typ)
        .filter_map(|(typ, per_ar)| {
            let per_ar = per_ar?;
            Some(Kostnadstypsumma {
                kostnadstyp: *typ,
                summa: Flode::fran(&cellsumma(&per_ar)),
                per_ar: per_ar.iter().map(Flode::fran).collect(),
            })
        })
        .collect();
    Summor { namn: index.into_keys().map(str::to_owned).collect(), rutnat, per_kostnadstyp, per_namnd_och_kostnadstyp }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Belopp;
    use crate::vardering::rader::Radar;
    use rust_decimal::Decimal;

    #[test]
    fn type_index_follows_the_fixed_list() {
        for (i, typ) in Kostnadstyp::ALLA.iter().enumerate() {
            assert_eq!(typindex(*typ), i);
        }
    }

    #[test]
    fn sums_by_namnd_and_type() {
        let rad = |namnd: &str, slag, typ, v: [i64; 2]| Radvardering {
            id: String::new(),
            slag,
            namnd: namnd.into(),
            kostnadstyp: typ,
            timkostnad_id: None,
            timkostnad: None,
            per_ar: v
                .iter()
                .map(|v| Radar { mangd: Decimal::from(*v), realisering_procent: None, varde: Belopp::kronor(*v) })
                .collect(),
        };
        let rader = vec![
            rad("Ö", Radslag::Kostnad, Kostnadstyp::Licenser, [10, 20]),
            rad("A", Radslag::Ramjustering, Kostnadstyp::Personal, [0, 5]),
            rad("A", Radslag::Kostnad, Kostnadstyp::Licenser, [1, 1]),
            rad("A", Radslag::FrigjortRamutrymme, Kostnadstyp::Personal, [7, -2]),
        ];
        let s = summera(&rader, 2);
        assert_eq!(s.namn, ["A", "Ö"]);
        assert_eq!(s.rutnat.celler, vec![[100, 0, 700], [100, 500, -200], [1_000, 0, 0], [2_000, 0, 0]]);
        let k = Belopp::kronor;
        assert_eq!(s.per_kostnadstyp.len(), 2);
        assert_eq!(s.per_kostnadstyp[0].summa, Flode::new(k(0), k(5), k(5)));
        assert_eq!(s.per_kostnadstyp[1].summa, Flode::new(k(32), k(0), k(0)));
        assert_eq!(s.per_namnd_och_kostnadstyp.len(), 3);
    }
}
