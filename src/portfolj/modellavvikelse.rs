//! A case computed under another model than the team's, or with its own
//! parameters: what the portfolio calls it, the parameters that differ, and
//! its results both ways. The portfolio always ranks by the team's model;
//! this is only what it tells about the case's own figures.

use crate::model::{parameterskillnader, Belopp, Forstudie, Modellreferens, Parameterskillnad, Vardermodell};
use crate::vardering::{self, Poangsattning, Prioritering, Vardering};
use rust_decimal::Decimal;

/// How a case's parameters relate to the team's model.
#[derive(Clone, Debug, PartialEq)]
pub enum Modellstatus {
    /// It names the team's model and its parameters are the model's.
    Samma,
    /// It names the team's model but its parameters were changed in it.
    EgnaParametrar,
    /// It was computed under another model (or another version of it).
    AnnanModell(Modellreferens),
    /// The file names no model (written before models were named).
    IngenModell,
}

impl Modellstatus {
    pub fn av(fall: &Forstudie, modell: &Vardermodell, hash: &str) -> Self {
        match &fall.vardermodell {
            None => Modellstatus::IngenModell,
            Some(r) if r.hash != hash => Modellstatus::AnnanModell(r.clone()),
            Some(_) if fall.parametrar != modell.parametrar => Modellstatus::EgnaParametrar,
            Some(_) => Modellstatus::Samma,
        }
    }

    /// The marker the table shows (text, not only colour); None for Samma.
    pub fn markering(&self) -> Option<String> {
        match self {
            Modellstatus::Samma => None,
            Modellstatus::EgnaParametrar => Some("Egna parametrar".into()),
            Modellstatus::AnnanModell(r) => Some(format!("Annan modell ({})", r.visningsnamn())),
            Modellstatus::IngenModell => Some("Ingen modell angiven".into()),
        }
    }
}

/// A case's headline figures under one set of parameters.
#[derive(Clone, Debug, PartialEq)]
pub struct Resultat {
    pub nnv: Belopp,
    pub nnk: Option<Decimal>,
    pub poang: Decimal,
    pub prioritering: Option<Prioritering>,
    /// Criteria without a level.
    pub saknas: usize,
}

impl Resultat {
    pub fn av(vardering: &Vardering, poang: &Poangsattning) -> Self {
        Resultat {
            nnv: vardering.bas.nnv,
            nnk: vardering.bas.nnk,
            poang: poang.poang,
            prioritering: poang.prioritering,
            saknas: poang.saknas.len(),
        }
    }

    /// The priority in words, or how much is missing.
    pub fn prioritetstext(&self) -> String {
        match self.prioritering {
            Some(p) => p.namn().to_string(),
            None if self.saknas == 1 => "Ej klar: 1 kriterium saknar nivå".to_string(),
            None => format!("Ej klar: {} kriterier saknar nivå", self.saknas),
        }
    }
}

/// What the portfolio shows about a case not computed under the team's model.
#[derive(Clone, Debug, PartialEq)]
pub struct Modellavvikelse {
    pub status: Modellstatus,
    /// The case's parameters against the team model's.
    pub skillnader: Vec<Parameterskillnad>,
    /// Under the case's own parameters.
    pub egna: Resultat,
    /// Under the team's model (what the portfolio ranks by).
    pub modellens: Resultat,
}

impl Modellavvikelse {
    /// None when the case is computed under the team's model as it stands.
    pub fn av(fall: &Forstudie, modell: &Vardermodell, hash: &str, modellens: Resultat) -> Option<Self> {
        let status = Modellstatus::av(fall, modell, hash);
        if status == Modellstatus::Samma {
            return None;
        }
        let vardering = vardering::berakna(&fall.ekonomi, &fall.parametrar);
        let poang = vardering::berakna_poang(fall.gallande_bedomning(), vardering.bas.nnk, &fall.parametrar);
        Some(Modellavvikelse {
            status,
            skillnader: parameterskillnader(&fall.parametrar, &modell.parametrar),
            egna: Resultat::av(&vardering, &poang),
            modellens,
        })
    }
}
