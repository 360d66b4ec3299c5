//! The valuation team's portfolio: many cases read from their files at
//! once, each recomputed here (the file's own figures are never used), one
//! row per case to sort and rank, totals per nämnd across the cases, and
//! the table as CSV for Swedish Excel. Pure, so it is tested natively; the
//! page (src/ui/portfolj*.rs) only calls it.
//!
//! The portfolio lives in the browser tab (memory and session storage); it
//! never writes the user's own cases in local storage.

mod csv;
mod namnder;
mod sortering;
mod utkast;

pub use csv::{namnd_csv, tabell_csv, CSV_BOM, NAMNDRUBRIKER};
pub use namnder::{namndsummor, Namnddel, Namndsumma, Namndtotal};
pub use sortering::{sortera, svensk_nyckel, Kolumn, Riktning};
pub use utkast::{raknad_niva, Bedomningsutkast, Utkastfel, Utkastrad, MOTIVERING_UTAN_NIVA};

use crate::format::{self, Lasfel};
use crate::model::{Belopp, Forstudie};
use crate::valuation::{self, Poangsattning, Prioritering, Vardering};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// One case in the portfolio with its figures computed from its inputs.
#[derive(Clone, Debug, PartialEq)]
pub struct Portfoljfall {
    /// The file it was read from.
    pub filnamn: String,
    pub forstudie: Forstudie,
    pub vardering: Vardering,
    pub poangsattning: Poangsattning,
    /// Whether its assessment was changed here since it was read.
    pub andrad: bool,
}

impl Portfoljfall {
    pub fn ny(filnamn: String, forstudie: Forstudie) -> Self {
        let vardering = valuation::berakna(&forstudie.ekonomi, &forstudie.parametrar);
        let poangsattning = valuation::poangsatt(&forstudie.bedomning, vardering.bas.nnk, &forstudie.parametrar);
        Portfoljfall { filnamn, forstudie, vardering, poangsattning, andrad: false }
    }
}

/// A file that could not be read in, with the reason in Swedish.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Importfel {
    pub filnamn: String,
    pub orsak: String,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Portfolj {
    /// In the order they were read.
    pub fall: Vec<Portfoljfall>,
}

/// The order the rank follows: must-do first, then Hög, Medel, Låg. Sent
/// back (återremiss) and unfinished assessments are not ranked.
fn rangordning(p: Option<Prioritering>) -> Option<u8> {
    match p? {
        Prioritering::MasteGoras => Some(0),
        Prioritering::Hog => Some(1),
        Prioritering::Medel => Some(2),
        Prioritering::Lag => Some(3),
        Prioritering::Aterremiss => None,
    }
}

/// One row of the portfolio table.
#[derive(Clone, Debug, PartialEq)]
pub struct Fallrad {
    pub id: Uuid,
    pub filnamn: String,
    pub titel: String,
    pub forvaltning: String,
    pub namnd: String,
    /// Σ K over every nämnd and year of the period, nominal (not discounted).
    pub kostnad: Belopp,
    /// Σ PV_K: the costs in present value, NNK's denominator.
    pub kostnad_nuvarde: Belopp,
    pub nnv: Belopp,
    pub nnk: Option<Decimal>,
    /// Year index t of payback (first cumulative NETTO ≥ 0).
    pub aterbetalningsar: Option<u32>,
    /// The calendar year of that t.
    pub aterbetalning_kalenderar: Option<i32>,
    pub poang: Decimal,
    /// Criteria without a level (the score is then partial).
    pub saknas: usize,
    pub prioritering: Option<Prioritering>,
    /// 1 = first; equal priority and score share a rank (1, 2, 2, 4).
    pub rang: Option<usize>,
    /// NNV in every scenario and at every sensitivity rate of the case's
    /// parameters, named as in the risk picture (`Vardering::riskrader`).
    pub kanslighet: Vec<(String, Belopp)>,
    /// "Negativt NNV i scenarierna Försiktig och Pessimistisk", when some
    /// scenario or rate turns NNV negative.
    pub negativ: Option<String>,
    /// The valuation reported an error in the inputs.
    pub har_fel: bool,
    pub andrad: bool,
}

impl Fallrad {
    fn av(fall: &Portfoljfall) -> Self {
        let f = &fall.forstudie;
        let bas = &fall.vardering.bas;
        Fallrad {
            id: f.id,
            filnamn: fall.filnamn.clone(),
            titel: f.visningsnamn().to_string(),
            forvaltning: f.utvecklingsbehov.forvaltning.trim().to_string(),
            namnd: f.utvecklingsbehov.namnd.trim().to_string(),
            kostnad: bas.summa.k,
            kostnad_nuvarde: bas.nuvarde.k,
            nnv: bas.nnv,
            nnk: bas.nnk,
            aterbetalningsar: bas.aterbetalningsar,
            aterbetalning_kalenderar: bas.aterbetalningsar.map(|t| fall.vardering.kalenderar(t)),
            poang: fall.poangsattning.poang,
            saknas: fall.poangsattning.saknas.len(),
            prioritering: fall.poangsattning.prioritering,
            rang: None,
            kanslighet: fall.vardering.riskrader().into_iter().map(|r| (r.namn, r.kalkyl.nnv)).collect(),
            negativ: fall.vardering.negativ_markering(),
            har_fel: fall.vardering.har_fel(),
            andrad: fall.andrad,
        }
    }

    /// The summed priority in words; an unfinished assessment says how much
    /// is missing.
    pub fn prioritetstext(&self) -> String {
        match self.prioritering {
            Some(p) => p.namn().to_string(),
            None if self.saknas == 1 => "Ej klar: 1 kriterium saknar nivå".to_string(),
            None => format!("Ej klar: {} kriterier saknar nivå", self.saknas),
        }
    }
}

/// What the case table's footer shows: sums of the rows above it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tabelltotal {
    pub kostnad: Belopp,
    pub kostnad_nuvarde: Belopp,
    pub nnv: Belopp,
}

impl Portfolj {
    /// Reads one file into the portfolio. A file that fails to read, or
    /// holds a case already here, is refused with the reason; the rest of
    /// the portfolio is untouched.
    pub fn las_in(&mut self, filnamn: &str, text: &str) -> Result<(), Importfel> {
        let fel = |orsak: String| Importfel { filnamn: filnamn.to_string(), orsak };
        let fil = format::las(text).map_err(|e: Lasfel| fel(e.to_string()))?;
        if let Some(finns) = self.fall.iter().find(|f| f.forstudie.id == fil.forstudie.id) {
            return Err(fel(format!(
                "Förstudien ”{}” finns redan i portföljen (från filen {}). Ta bort den ur portföljen först om du vill läsa in den här filen i stället.",
                finns.forstudie.visningsnamn(),
                finns.filnamn
            )));
        }
        self.fall.push(Portfoljfall::ny(filnamn.to_string(), fil.forstudie));
        Ok(())
    }

    pub fn hamta(&self, id: Uuid) -> Option<&Portfoljfall> {
        self.fall.iter().find(|f| f.forstudie.id == id)
    }

    pub fn ta_bort(&mut self, id: Uuid) {
        self.fall.retain(|f| f.forstudie.id != id);
    }

    /// Replaces a case's assessment and scores it again.
    pub fn satt_bedomning(&mut self, id: Uuid, bedomning: crate::model::Bedomning) {
        if let Some(fall) = self.fall.iter_mut().find(|f| f.forstudie.id == id) {
            let andrad = fall.forstudie.bedomning != bedomning;
            fall.forstudie.bedomning = bedomning;
            fall.poangsattning = valuation::poangsatt(
                &fall.forstudie.bedomning,
                fall.vardering.bas.nnk,
                &fall.forstudie.parametrar,
            );
            fall.andrad |= andrad;
        }
    }

    /// One row per case, in reading order, each with its rank.
    pub fn rader(&self) -> Vec<Fallrad> {
        let mut rader: Vec<Fallrad> = self.fall.iter().map(Fallrad::av).collect();
        let nycklar: Vec<Option<(u8, Decimal)>> =
            rader.iter().map(|r| rangordning(r.prioritering).map(|g| (g, r.poang))).collect();
        let battre = |a: (u8, Decimal), b: (u8, Decimal)| a.0 < b.0 || (a.0 == b.0 && a.1 > b.1);
        for (rad, nyckel) in rader.iter_mut().zip(&nycklar) {
            rad.rang = nyckel.map(|egen| 1 + nycklar.iter().flatten().filter(|andra| battre(**andra, egen)).count());
        }
        rader
    }

    /// Σ of the rows' cost, present-value cost and NNV.
    pub fn totalt(rader: &[Fallrad]) -> Tabelltotal {
        Tabelltotal {
            kostnad: rader.iter().map(|r| r.kostnad).sum(),
            kostnad_nuvarde: rader.iter().map(|r| r.kostnad_nuvarde).sum(),
            nnv: rader.iter().map(|r| r.nnv).sum(),
        }
    }

    /// Whether the cases were computed with different rates, weights or
    /// thresholds: their scores and NNV are then not directly comparable.
    pub fn olika_parametrar(&self) -> bool {
        let nyckel = |f: &Portfoljfall| {
            let p = &f.forstudie.parametrar;
            (p.diskonteringsranta_procent.normalize(), p.vikter.clone(), p.troskelvarden.clone())
        };
        let mut fall = self.fall.iter().map(nyckel);
        match fall.next() {
            Some(forsta) => fall.any(|n| n != forsta),
            None => false,
        }
    }

    /// The portfolio as kept in the tab's session storage: file names and
    /// inputs only; the figures are computed again when it is read back.
    pub fn till_session(&self) -> String {
        let poster: Vec<Sessionspost> = self
            .fall
            .iter()
            .map(|f| Sessionspost { filnamn: f.filnamn.clone(), andrad: f.andrad, forstudie: f.forstudie.clone() })
            .collect();
        serde_json::to_string(&poster).expect("a portfolio always serializes")
    }

    /// Reads `till_session`'s text back; None if it is not one.
    pub fn fran_session(text: &str) -> Option<Portfolj> {
        let poster: Vec<Sessionspost> = serde_json::from_str(text).ok()?;
        let fall = poster
            .into_iter()
            .map(|p| Portfoljfall { andrad: p.andrad, ..Portfoljfall::ny(p.filnamn, p.forstudie) })
            .collect();
        Some(Portfolj { fall })
    }
}

#[derive(Serialize, Deserialize)]
struct Sessionspost {
    filnamn: String,
    andrad: bool,
    forstudie: Forstudie,
}

/// Decimal in CSV and table form without grouping: "1234,5", "-3".
pub(crate) fn decimal_med_komma(varde: Decimal) -> String {
    varde.normalize().to_string().replace('.', ",")
}

#[cfg(test)]
pub(crate) mod testfall;

#[cfg(test)]
mod tests {
    use super::testfall::*;
    use super::*;
    use crate::model::Kriterium;

    #[test]
    fn a_broken_file_is_listed_with_its_reason_while_the_rest_load() {
        let mut p = Portfolj::default();
        assert_eq!(p.las_in("a.json", &fil(&fall_a())), Ok(()));
        let fel = p.las_in("trasig.json", "{\"schema_version\": 1,").unwrap_err();
        assert_eq!(fel.filnamn, "trasig.json");
        assert!(fel.orsak.starts_with("Filen är inte giltig JSON"), "{}", fel.orsak);
        assert_eq!(p.las_in("b.json", &fil(&fall_b())), Ok(()));
        assert_eq!(p.fall.len(), 2);
        // The same case again is refused, naming the file it came from.
        let dubblett = p.las_in("a-igen.json", &fil(&fall_a())).unwrap_err();
        assert!(dubblett.orsak.contains("finns redan i portföljen (från filen a.json)"), "{}", dubblett.orsak);
        assert_eq!(p.fall.len(), 2);
    }

    #[test]
    fn the_files_figures_are_never_trusted() {
        let mut json: serde_json::Value = serde_json::from_str(&fil(&fall_a())).unwrap();
        json["vardering"]["bas"]["nnv"] = "999999.00".into();
        json["bedomning"]["poang"] = "100".into();
        let mut p = Portfolj::default();
        p.las_in("a.json", &json.to_string()).unwrap();
        let rad = &p.rader()[0];
        assert_eq!(rad.nnv, belopp("3897.52"));
        assert_eq!(rad.poang, d("60.625"));
    }

    #[test]
    fn hand_worked_rows_and_ranks() {
        // The figures are worked by hand in testfall.rs.
        let rader = portfolj().rader();
        let [a, b, c, dd] = [&rader[0], &rader[1], &rader[2], &rader[3]];
        assert_eq!((a.titel.as_str(), a.forvaltning.as_str(), a.namnd.as_str()), ("A Bokning", "Kulturförvaltningen", "Kulturnämnden"));
        assert_eq!((a.kostnad, a.kostnad_nuvarde, a.nnv), (belopp("10000"), belopp("10000"), belopp("3897.52")));
        assert_eq!(a.nnk, Some(d("0.3898")));
        assert_eq!((a.aterbetalningsar, a.aterbetalning_kalenderar), (Some(3), Some(2030)));
        assert_eq!((a.poang, a.prioritering), (d("60.625"), Some(Prioritering::Medel)));
        assert_eq!((b.kostnad, b.kostnad_nuvarde, b.nnv), (belopp("24000"), belopp("23717.10"), belopp("-16282.91")));
        assert_eq!((b.nnk, b.aterbetalningsar), (Some(d("-0.6865")), None));
        assert_eq!((b.poang, b.prioritering), (d("35"), Some(Prioritering::Lag)));
        assert_eq!((c.kostnad, c.nnv, c.nnk, c.aterbetalningsar), (belopp("6000"), belopp("3292.74"), Some(d("0.5488")), Some(3)));
        assert_eq!((c.poang, c.prioritering), (d("59.375"), Some(Prioritering::MasteGoras)));
        assert_eq!((dd.kostnad, dd.nnv, dd.nnk), (belopp("1000"), belopp("-1000"), Some(d("-1"))));
        assert_eq!((dd.poang, dd.prioritering, dd.saknas), (d("7.5"), None, 7));
        assert_eq!(dd.prioritetstext(), "Ej klar: 7 kriterier saknar nivå");
        assert_eq!(a.prioritetstext(), "Medel");
        // Rank: must-do first, then by priority and score; D unranked.
        assert_eq!((c.rang, a.rang, b.rang, dd.rang), (Some(1), Some(2), Some(3), None));
        // The footer is the sum of the rows: 10 000 + 24 000 + 6 000 + 1 000;
        // 3 897.52 − 16 282.91 + 3 292.74 − 1 000.
        let t = Portfolj::totalt(&rader);
        assert_eq!((t.kostnad, t.nnv), (belopp("41000"), belopp("-10092.65")));
        assert_eq!(t.kostnad_nuvarde, belopp("10000") + belopp("23717.10") + belopp("6000") + belopp("1000"));
        assert!(rader.iter().all(|r| !r.har_fel && !r.andrad));
        // Every scenario and rate, with the warning where NNV turns negative.
        let namn: Vec<String> = a.kanslighet.iter().map(|(n, _)| n.replace('\u{a0}', " ")).collect();
        assert_eq!(namn, ["Bas", "Försiktig", "Pessimistisk", "Ränta 0 %", "Ränta 3,5 %", "Ränta 8 %"]);
        assert_eq!(a.kanslighet[0].1, a.nnv);
        // A in Försiktig by hand: K 12 500 at t = 0; FRI 2 250 t = 1…4 in PV
        // 2 184.47 + 2 120.84 + 2 059.07 + 1 999.10 = 8 363.48; RAM 750
        // t = 2…4 in PV 706.95 + 686.36 + 666.37 = 2 059.68; NNV −2 076.84.
        assert_eq!(a.kanslighet[1].1, belopp("-2076.84"));
        let p = portfolj();
        for (rad, fall) in [(a, &p.fall[0]), (b, &p.fall[1])] {
            let v = &fall.vardering;
            let vantat: Vec<Belopp> =
                v.scenarier.iter().map(|s| s.kalkyl.nnv).chain(v.kanslighetsrantor.iter().map(|k| k.nnv)).collect();
            assert_eq!(rad.kanslighet.iter().map(|(_, b)| *b).collect::<Vec<_>>(), vantat);
            let negativa: Vec<&str> = rad.kanslighet.iter().filter(|(_, b)| *b < Belopp::ZERO).map(|(n, _)| n.as_str()).collect();
            assert_eq!(rad.negativ.is_some(), !negativa.is_empty(), "{}", rad.titel);
        }
        // B is negative everywhere; its marking names every scenario.
        assert!(b.negativ.as_deref().is_some_and(|t| t.starts_with("Negativt NNV i scenarierna Bas, Försiktig och Pessimistisk")),
            "{:?}", b.negativ);
    }

    #[test]
    fn equal_priority_and_score_share_a_rank() {
        let mut p = Portfolj::default();
        let mut a2 = fall_a();
        a2.id = uuid::Uuid::from_bytes([9; 16]);
        a2.utvecklingsbehov.titel = "A2".into();
        for f in [fall_a(), a2, fall_b()] {
            p.las_in("x.json", &fil(&f)).unwrap();
        }
        let rang: Vec<_> = p.rader().iter().map(|r| r.rang).collect();
        assert_eq!(rang, [Some(1), Some(1), Some(3)]);
    }

    #[test]
    fn editing_the_assessment_rescores_and_reranks() {
        use Kriterium::*;
        let mut p = portfolj();
        let b = fall_b().id;
        let satt = |p: &mut Portfolj, andringar: &[(Kriterium, u8)]| {
            let mut bedomning = p.hamta(b).unwrap().forstudie.bedomning.clone();
            for (k, niva) in andringar {
                bedomning.nivaer.iter_mut().find(|n| n.kriterium == *k).unwrap().niva = *niva;
            }
            p.satt_bedomning(b, bedomning);
            p.rader().into_iter().find(|r| r.id == b).unwrap()
        };
        // B from 35: genomförbarhet 2 → 4 adds 12.5 × 2/4 = 6.25, strategiskt
        // värde 7.5 × 2/4 = 3.75 and kvalitativa 10 × 2/4 = 5: 50, exactly
        // the Medel threshold.
        let rad = satt(&mut p, &[(Genomforbarhet, 4), (StrategisktVarde, 4), (KvalitativaEffekter, 4)]);
        assert_eq!((rad.poang, rad.prioritering, rad.rang, rad.andrad), (d("50"), Some(Prioritering::Medel), Some(3), true));
        // Organisatorisk and teknisk 3.75 each and potential 6.25 more: 63.75,
        // ahead of A (60.625), which falls to third.
        let rad = satt(&mut p, &[(AngelagenhetOrganisatorisk, 4), (AngelagenhetTeknisk, 4), (PotentialAttRealisera, 4)]);
        assert_eq!((rad.poang, rad.rang), (d("63.75"), Some(2)));
        assert_eq!(p.rader()[0].rang, Some(3));
        // Potential 0 sends it back: no rank, and A is second again.
        let rad = satt(&mut p, &[(PotentialAttRealisera, 0)]);
        assert_eq!((rad.prioritering, rad.rang), (Some(Prioritering::Aterremiss), None));
        assert_eq!(p.rader()[0].rang, Some(2));
        // The edited case is what the export writes.
        let text = format::skriv(&p.hamta(b).unwrap().forstudie, "2026-11-27T10:00:00Z");
        let fil: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(fil["bedomning"]["prioritering"], serde_json::to_value(Prioritering::Aterremiss).unwrap());
        // Setting the same assessment again is no change.
        let mut q = portfolj();
        let samma = q.hamta(b).unwrap().forstudie.bedomning.clone();
        q.satt_bedomning(b, samma);
        assert!(!q.hamta(b).unwrap().andrad);
    }

    #[test]
    fn the_session_copy_reads_back_with_figures_recomputed() {
        let mut p = portfolj();
        let b = fall_b().id;
        let mut bedomning = p.hamta(b).unwrap().forstudie.bedomning.clone();
        bedomning.nivaer.pop();
        p.satt_bedomning(b, bedomning);
        let tillbaka = Portfolj::fran_session(&p.till_session()).unwrap();
        assert_eq!(tillbaka, p);
        assert_eq!(Portfolj::fran_session("[{\"nej\":1}]"), None);
        assert_eq!(Portfolj::fran_session("[]"), Some(Portfolj::default()));
    }

    #[test]
    fn different_parameters_are_noticed() {
        let mut p = portfolj();
        assert!(!p.olika_parametrar());
        p.fall[1].forstudie.parametrar.diskonteringsranta_procent = d("3.00");
        assert!(!p.olika_parametrar(), "3.00 is 3.0");
        p.fall[1].forstudie.parametrar.troskelvarden.hog = d("75");
        assert!(p.olika_parametrar());
    }
}
