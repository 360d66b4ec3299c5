//! Totals per nämnd across the portfolio: each case's own per-nämnd K, RAM,
//! FRI (nominal, over its period) and NNV(n), summed. A case that spans
//! several nämnder adds to each. Names are matched to the team model's list
//! (spelling, case, spaces and the model's aliases, src/model/namnlista.rs),
//! so "KS" and "Kommunstyrelsen" are one nämnd when the model says so. Every total is an exact sum of the parts
//! listed with it, and the nämnder's totals sum to the portfolio's.

use super::sortering::svensk_nyckel;
use super::Portfolj;
use crate::model::namnlista::jamforbart;
use crate::model::Belopp;
use uuid::Uuid;

/// One case's part of a nämnd's total.
#[derive(Clone, Debug, PartialEq)]
pub struct Namnddel {
    pub id: Uuid,
    pub titel: String,
    pub k: Belopp,
    pub ram: Belopp,
    pub fri: Belopp,
    pub nnv: Belopp,
}

/// A nämnd's totals over the portfolio.
#[derive(Clone, Debug, PartialEq)]
pub struct Namndsumma {
    /// As the model's list spells it; a name the list lacks as first
    /// spelled in the portfolio (names that differ only in case or spaces
    /// are the same nämnd).
    pub namnd: String,
    pub k: Belopp,
    pub ram: Belopp,
    pub fri: Belopp,
    pub nnv: Belopp,
    /// The cases that have lines for it, in reading order.
    pub delar: Vec<Namnddel>,
}

/// The totals row under the nämnder.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Namndtotal {
    pub k: Belopp,
    pub ram: Belopp,
    pub fri: Belopp,
    pub nnv: Belopp,
}

/// The nämnder in Swedish alphabetical order, and their sum.
pub fn namndsummor(portfolj: &Portfolj) -> (Vec<Namndsumma>, Namndtotal) {
    let mut summor: Vec<(String, Namndsumma)> = Vec::new();
    for fall in &portfolj.fall {
        for n in &fall.vardering.namnder {
            let namn = portfolj.modell.namnd_att_summera(&n.namnd);
            let nyckel = jamforbart(namn);
            let del = Namnddel {
                id: fall.forstudie.id,
                titel: fall.forstudie.visningsnamn().to_string(),
                k: n.summa.k,
                ram: n.summa.ram,
                fri: n.summa.fri,
                nnv: n.nnv(),
            };
            let plats = match summor.iter().position(|(k, _)| *k == nyckel) {
                Some(i) => i,
                None => {
                    let namn = if namn.is_empty() { "(ingen nämnd angiven)" } else { namn };
                    summor.push((nyckel, Namndsumma { namnd: namn.into(), ..Default::default() }));
                    summor.len() - 1
                }
            };
            let s = &mut summor[plats].1;
            s.k += del.k;
            s.ram += del.ram;
            s.fri += del.fri;
            s.nnv += del.nnv;
            // Two spellings in one case are one part of the nämnd.
            match s.delar.last_mut() {
                Some(sista) if sista.id == del.id => {
                    sista.k += del.k;
                    sista.ram += del.ram;
                    sista.fri += del.fri;
                    sista.nnv += del.nnv;
                }
                _ => s.delar.push(del),
            }
        }
    }
    let mut summor: Vec<Namndsumma> = summor.into_iter().map(|(_, s)| s).collect();
    summor.sort_by_key(|s| svensk_nyckel(&s.namnd));
    let total = Namndtotal {
        k: summor.iter().map(|s| s.k).sum(),
        ram: summor.iter().map(|s| s.ram).sum(),
        fri: summor.iter().map(|s| s.fri).sum(),
        nnv: summor.iter().map(|s| s.nnv).sum(),
    };
    (summor, total)
}

impl Default for Namndsumma {
    fn default() -> Self {
        Namndsumma {
            namnd: String::new(),
            k: Belopp::ZERO,
            ram: Belopp::ZERO,
            fri: Belopp::ZERO,
            nnv: Belopp::ZERO,
            delar: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testfall::*;
    use super::*;

    #[test]
    fn hand_worked_totals_per_namnd() {
        let (summor, total) = namndsummor(&portfolj());
        let rad = |s: &Namndsumma| (s.namnd.clone(), s.k, s.ram, s.fri, s.nnv, s.delar.len());
        let b = belopp;
        assert_eq!(
            summor.iter().map(rad).collect::<Vec<_>>(),
            [
                // A: K 2 000, RAM 3 000, NNV 746.23; C: K 1 000, NNV −1 000.
                ("Kommunstyrelsen".into(), b("3000"), b("3000"), b("0"), b("-253.77"), 2),
                // A: K 8 000, FRI 12 000, NNV 3 151.29; D: K 1 000, NNV −1 000.
                ("Kulturnämnden".into(), b("9000"), b("0"), b("12000"), b("2151.29"), 2),
                ("Miljö- och byggnämnden".into(), b("5000"), b("0"), b("10000"), b("4292.74"), 1),
                ("Socialnämnden".into(), b("24000"), b("8000"), b("0"), b("-16282.91"), 1),
            ]
        );
        assert_eq!(summor[0].delar[0].titel, "A Bokning");
        assert_eq!(summor[0].delar[1].nnv, b("-1000"));
        // The nämnder sum to the portfolio: the same K and NNV as the rows.
        assert_eq!(total, Namndtotal { k: b("41000"), ram: b("11000"), fri: b("22000"), nnv: b("-10092.65") });
        let rader = portfolj().rader();
        let t = Portfolj::totalt(&rader);
        assert_eq!((total.k, total.nnv), (t.kostnad, t.nnv));
        // Each total is the sum of its parts.
        for s in &summor {
            assert_eq!(s.nnv, s.delar.iter().map(|d| d.nnv).sum());
            assert_eq!(s.k, s.delar.iter().map(|d| d.k).sum());
        }
    }

    #[test]
    fn names_differing_only_in_case_or_spaces_are_one_namnd() {
        let mut p = portfolj();
        let mut e = fall_d();
        e.id = Uuid::from_bytes([5; 16]);
        e.ekonomi.kostnader[0].namnd = " kulturnämnden ".into();
        p.las_in("e.json", &fil(&e), "2026-12-01").unwrap();
        let (summor, _) = namndsummor(&p);
        assert_eq!(summor.len(), 4);
        assert_eq!(
            (summor[1].namnd.as_str(), summor[1].k, summor[1].delar.len()),
            ("Kulturnämnden", belopp("10000"), 3)
        );
    }

    #[test]
    fn the_models_list_and_aliases_keep_one_namnds_totals_together() {
        use crate::model::namnlista::tests::kommunens_modell;
        // A spends on "Kommunstyrelsen" (K 2 000, RAM 3 000, NNV 746.23), C on
        // "Kommunstyrelsen" (K 1 000, NNV −1 000); E writes "KS" and "ks "
        // (K 400 + 100 at t = 0, nothing else: NNV −500).
        let mut e = fall_d();
        e.id = Uuid::from_bytes([5; 16]);
        e.utvecklingsbehov.titel = "E Kort namn".into();
        e.ekonomi.kostnader[0].namnd = "KS".into();
        e.ekonomi.kostnader[0].fordelning = crate::model::Fordelning::Engangs { ar: 0, varde: 400.into() };
        let mut andra = e.ekonomi.kostnader[0].clone();
        andra.id = "k2".into();
        andra.namnd = "ks ".into();
        andra.fordelning = crate::model::Fordelning::Engangs { ar: 0, varde: 100.into() };
        e.ekonomi.kostnader.push(andra);
        // Without a list, "KS" is a nämnd of its own.
        let mut p = portfolj();
        p.las_in("e.json", &fil(&e), "2026-12-01").unwrap();
        let (summor, _) = namndsummor(&p);
        assert_eq!(summor.iter().map(|s| s.namnd.as_str()).collect::<Vec<_>>()[..2], ["Kommunstyrelsen", "KS"]);
        // Under a model listing "KS" as Kommunstyrelsen, one row: K 2 000 +
        // 1 000 + 500 = 3 500, NNV 746.23 − 1 000 − 500 = −753.77, and E is
        // one part with both of its lines.
        p.byt_modell(kommunens_modell());
        let (summor, total) = namndsummor(&p);
        let ks = &summor[0];
        assert_eq!(
            (ks.namnd.as_str(), ks.k, ks.nnv, ks.delar.len()),
            ("Kommunstyrelsen", belopp("3500"), belopp("-753.77"), 3)
        );
        assert_eq!((ks.delar[2].titel.as_str(), ks.delar[2].k), ("E Kort namn", belopp("500")));
        assert!(summor.iter().all(|s| s.namnd != "KS"));
        assert_eq!(total.k, belopp("41500"));
    }

    #[test]
    fn an_empty_portfolio_has_no_namnder() {
        assert_eq!(namndsummor(&Portfolj::default()), (vec![], Namndtotal::default()));
    }
}
