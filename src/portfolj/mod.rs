//! The valuation team's portfolio: many cases read from their files at
//! once, each recomputed here under the team's värderingsmodell (the file's
//! own figures and parameters are never used for the ranking), one
//! row per case to sort and rank, totals per nämnd across the cases, and
//! the table as CSV for Swedish Excel. Pure, so it is tested natively; the
//! page (src/ui/portfolj*.rs) only calls it.
//!
//! The portfolio is kept in the browser's database, one record per case
//! (`poster.rs`); it never writes the user's own cases in local storage.

mod csv;
mod csv_sammanstallningar;
mod fondekonomi;
mod mapp;
mod modellavvikelse;
mod namnder;
mod poster;
mod sortering;
mod status;
mod utkast;

pub use csv::{namnd_csv, tabell_csv, CSV_BOM, NAMNDRUBRIKER};
pub use csv_sammanstallningar::{ekonomi_csv, status_csv};
pub use fondekonomi::{fondekonomi, Fond, Fondar, Fondekonomi, Fondfall};
pub use mapp::{saknas_text, Mappresultat};
pub use modellavvikelse::{Modellavvikelse, Modellstatus, Resultat};
pub use namnder::{namndsummor, Namnddel, Namndsumma, Namndtotal};
pub use poster::{databasfel, Lastaposter};
pub use sortering::{sortera, svensk_nyckel, Kolumn, Riktning};
pub use status::{statussammanstallning, Fas, Fassumma, Namndstatus, Statusfall, Statussammanstallning, UTAN_NAMND};
pub use utkast::{bedomd_av, raknad_niva, Bedomningsutkast, Utkastfel, Utkastrad, MOTIVERING_UTAN_NIVA, NAMN_SAKNAS};

use crate::format::{self, Lasfel};
use crate::model::{Bedomning, Belopp, Forstudie, Modellreferens, Namnavvikelse, Teambedomning, Vardermodell};
use crate::vardering::{self, Poangsattning, Prioritering, Vardering};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// One case in the portfolio with its figures computed from its inputs
/// under the team's model.
#[derive(Clone, Debug, PartialEq)]
pub struct Portfoljfall {
    /// The file it was read from.
    pub filnamn: String,
    pub forstudie: Forstudie,
    /// Under the team model's parameters.
    pub vardering: Vardering,
    /// The assessment that counts (the team's, else the förvaltning's
    /// proposal) scored under the team model's weights and thresholds.
    pub poangsattning: Poangsattning,
    /// Whether its assessment was changed here since it was read.
    pub andrad: bool,
    /// Set when the case was computed under another model or with its own
    /// parameters.
    pub avvikelse: Option<Modellavvikelse>,
    /// Its förvaltning and nämnder that the model's lists do not have.
    pub namnavvikelser: Vec<Namnavvikelse>,
}

impl Portfoljfall {
    /// `hash` is `modell.hash()`, worked out once per portfolio.
    pub fn ny(filnamn: String, forstudie: Forstudie, modell: &Vardermodell, hash: &str) -> Self {
        let parametrar = &modell.parametrar;
        let vardering = vardering::berakna(&forstudie.ekonomi, parametrar);
        let poangsattning = vardering::berakna_poang(forstudie.gallande_bedomning(), vardering.bas.nnk, parametrar);
        let avvikelse = Modellavvikelse::av(&forstudie, modell, hash, Resultat::av(&vardering, &poangsattning));
        let namnavvikelser = modell.utanfor_listorna(&forstudie);
        Portfoljfall { filnamn, forstudie, vardering, poangsattning, andrad: false, avvikelse, namnavvikelser }
    }
}

/// A file that could not be read in, with the reason in Swedish.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Importfel {
    pub filnamn: String,
    pub orsak: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Portfolj {
    /// In the order they were read.
    pub fall: Vec<Portfoljfall>,
    /// The team's model every case is computed and ranked under.
    pub modell: Vardermodell,
    /// `modell.hash()`.
    hash: String,
}

impl Default for Portfolj {
    fn default() -> Self {
        Portfolj::ny(Vardermodell::default())
    }
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
    /// "Egna parametrar", "Annan modell (…)" or "Ingen modell angiven";
    /// None when the case is computed under the team's model.
    pub modellmarkering: Option<String>,
    pub avvikelse: Option<Modellavvikelse>,
    pub namnavvikelser: Vec<Namnavvikelse>,
    /// Who in the team assessed it; None while only the förvaltning's
    /// proposal exists.
    pub bedomd_av: Option<String>,
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
            modellmarkering: fall.avvikelse.as_ref().and_then(|a| a.status.markering()),
            avvikelse: fall.avvikelse.clone(),
            namnavvikelser: fall.namnavvikelser.clone(),
            bedomd_av: fall.forstudie.teambedomning.as_ref().map(|t| t.bedomd_av.clone()),
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
    /// An empty portfolio under the team's model.
    pub fn ny(modell: Vardermodell) -> Self {
        let hash = modell.hash();
        Portfolj { fall: Vec::new(), modell, hash }
    }

    /// Every case computed, scored and ranked again under another model
    /// (the team loaded a new one).
    pub fn byt_modell(&mut self, modell: Vardermodell) {
        if modell == self.modell {
            return;
        }
        self.hash = modell.hash();
        self.modell = modell;
        let fall = std::mem::take(&mut self.fall);
        self.fall = fall
            .into_iter()
            .map(|f| Portfoljfall {
                andrad: f.andrad,
                ..Portfoljfall::ny(f.filnamn, f.forstudie, &self.modell, &self.hash)
            })
            .collect();
    }

    /// The team's model as a case file names it.
    pub fn modellreferens(&self) -> Modellreferens {
        Modellreferens { namn: self.modell.namn.clone(), version: self.modell.version.clone(), hash: self.hash.clone() }
    }

    /// Reads one file into the portfolio. A file that fails to read, or
    /// holds a case already here, is refused with the reason; the rest of
    /// the portfolio is untouched.
    /// A file meets the rules of the fields as an import does
    /// (`format::granska`, `idag` ISO).
    pub fn las_in(&mut self, filnamn: &str, text: &str, idag: &str) -> Result<(), Importfel> {
        let fall = self.las_fil(filnamn, text, idag)?;
        self.lagg_till(fall)
    }

    /// Reads one file, checks it by the fields' rules and recomputes it
    /// under the portfolio's model without changing the portfolio, so a page
    /// can read many files first and add them in one change.
    pub fn las_fil(&self, filnamn: &str, text: &str, idag: &str) -> Result<Portfoljfall, Importfel> {
        let fel = |orsak: String| Importfel { filnamn: filnamn.to_string(), orsak };
        let fil = format::las(text).map_err(|e: Lasfel| fel(e.to_string()))?;
        let brott = format::granska(&fil.forstudie, idag);
        if !brott.is_empty() {
            return Err(fel(Lasfel::Regelbrott(brott).to_string()));
        }
        Ok(Portfoljfall::ny(filnamn.to_string(), fil.forstudie, &self.modell, &self.hash))
    }

    /// Adds a case read by `las_fil`, refused if the portfolio already
    /// holds its id.
    pub fn lagg_till(&mut self, fall: Portfoljfall) -> Result<(), Importfel> {
        if let Some(finns) = self.fall.iter().find(|f| f.forstudie.id == fall.forstudie.id) {
            return Err(Importfel {
                orsak: format!(
                    "Förstudien ”{}” finns redan i portföljen (från filen {}). Ta bort den ur portföljen först om du vill läsa in den här filen i stället.",
                    format::isolera(finns.forstudie.visningsnamn()),
                    format::isolera(&finns.filnamn)
                ),
                filnamn: fall.filnamn,
            });
        }
        self.fall.push(fall);
        Ok(())
    }

    pub fn hamta(&self, id: Uuid) -> Option<&Portfoljfall> {
        self.fall.iter().find(|f| f.forstudie.id == id)
    }

    pub fn ta_bort(&mut self, id: Uuid) {
        self.fall.retain(|f| f.forstudie.id != id);
    }

    /// Writes the team's assessment into a case (who, when, under the
    /// team's model) and scores it again. The förvaltning's proposal
    /// (`forstudie.bedomning`) is kept as it was. The same assessment by
    /// the same person under the same model again is no change.
    pub fn ange_teambedomning(&mut self, id: Uuid, bedomning: Bedomning, bedomd_av: &str, tidpunkt: &str) {
        let modell = self.modellreferens();
        let Some(fall) = self.fall.iter_mut().find(|f| f.forstudie.id == id) else { return };
        let bedomd_av = bedomd_av.trim().to_string();
        let samma = fall
            .forstudie
            .teambedomning
            .as_ref()
            .is_some_and(|t| t.bedomning == bedomning && t.bedomd_av == bedomd_av && t.modell == modell);
        if samma {
            return;
        }
        let mut forstudie = fall.forstudie.clone();
        forstudie.teambedomning = Some(Teambedomning { bedomning, bedomd_av, tidpunkt: tidpunkt.to_string(), modell });
        *fall = Portfoljfall {
            andrad: true,
            ..Portfoljfall::ny(fall.filnamn.clone(), forstudie, &self.modell, &self.hash)
        };
    }

    /// One row per case, in reading order, each with its rank.
    pub fn rader(&self) -> Vec<Fallrad> {
        let mut rader: Vec<Fallrad> = self.fall.iter().map(Fallrad::av).collect();
        // Best first: priority group ascending, score descending. A case's
        // rank is 1 + the number of ranked cases strictly better, found by
        // binary search in the sorted keys (n log n for thousands of cases).
        let nyckel = |r: &Fallrad| rangordning(r.prioritering).map(|g| (g, std::cmp::Reverse(r.poang)));
        let mut ordnade: Vec<_> = rader.iter().filter_map(nyckel).collect();
        ordnade.sort_unstable();
        for rad in rader.iter_mut() {
            rad.rang = nyckel(rad).map(|egen| 1 + ordnade.partition_point(|andra| *andra < egen));
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

    /// How many cases were computed under another model or with their own
    /// parameters (the table names each).
    pub fn avvikande(&self) -> usize {
        self.fall.iter().filter(|f| f.avvikelse.is_some()).count()
    }

    /// How many cases name a förvaltning or nämnd the model's lists lack.
    pub fn utanfor_listorna(&self) -> usize {
        self.fall.iter().filter(|f| !f.namnavvikelser.is_empty()).count()
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

    /// Reads `till_session`'s text back under the team's model; None if it
    /// is not one.
    pub fn fran_session(text: &str, modell: Vardermodell) -> Option<Portfolj> {
        let poster: Vec<Sessionspost> = serde_json::from_str(text).ok()?;
        let mut portfolj = Portfolj::ny(modell);
        portfolj.fall = poster
            .into_iter()
            .map(|p| Portfoljfall {
                andrad: p.andrad,
                ..Portfoljfall::ny(p.filnamn, p.forstudie, &portfolj.modell, &portfolj.hash)
            })
            .collect();
        Some(portfolj)
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
mod tester;
