//! Step 12, Effekthemtagningsplan: after the decision, one plan per economic
//! and qualitative effect (who answers for it, the indicator, baseline and
//! target, how it is measured, when it is followed up) and the follow-ups
//! with their measured values. What the follow-ups show is computed in
//! `effektuppfoljning`; the rules are in docs/modell.md (the section on effekthemtagning).

use super::belopp::Belopp;
use super::ekonomi::{Effektkategori, Ekonomi};
use super::kartlaggning::Logikmodell;
use super::konsekvenser::Konsekvenser;
use super::tal::{self, OGILTIGT_TAL};
use super::validering::{giltigt_iso_datum, Brist};
use serde::{Deserialize, Serialize};

/// The decision that opens the benefits-realisation plan.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Beslut {
    /// ISO date.
    pub datum: String,
    /// Diary number, paragraph or the like.
    pub referens: String,
}

/// The money an economic effect realised in one calendar year, as reported
/// at a follow-up.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Realiserat {
    pub ar: i32,
    pub belopp: Belopp,
}

/// One follow-up: when, the measured value of the indicator, and for an
/// economic effect the money realised in a year.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Uppfoljning {
    /// ISO date.
    pub datum: String,
    /// The measured value as the user typed it (a number in Swedish or
    /// point form); empty when only money was reported. Kept as text so a
    /// file never loses what was entered.
    pub varde: String,
    pub kommentar: String,
    pub realiserat: Option<Realiserat>,
}

/// Economic (a line of step 8) or qualitative (step 9).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Effektslag {
    Ekonomisk,
    #[default]
    Kvalitativ,
}

/// The plan for one economic or qualitative effect.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "web", derive(reactive_stores::Store))]
#[serde(default)]
pub struct Effektplan {
    /// The effect line or qualitative effect it plans.
    pub effekt_id: String,
    pub slag: Effektslag,
    /// The effect's name when the plan was last brought in step with the
    /// effects, so a plan whose effect was removed still says what it was.
    pub benamning: String,
    pub ansvarig: String,
    pub indikator: String,
    /// Baseline and target as typed; the rules read them as numbers.
    pub nollvarde: String,
    pub nollvarde_datum: String,
    pub malvarde: String,
    pub malvarde_datum: String,
    pub matmetod: String,
    /// Planned follow-up dates (ISO).
    pub uppfoljningsdatum: Vec<String>,
    pub uppfoljningar: Vec<Uppfoljning>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "web", derive(reactive_stores::Store))]
#[serde(default)]
pub struct Effekthemtagning {
    /// `None` until the case is approved; undoing the approval keeps the plans.
    pub beslut: Option<Beslut>,
    pub effekthemtagningsansvarig: String,
    #[cfg_attr(feature = "web", store(key: String = |p| p.effekt_id.clone()))]
    pub planer: Vec<Effektplan>,
}

/// An effect of the case that needs a plan.
#[derive(Clone, Debug, PartialEq)]
pub struct Effektpost {
    pub id: String,
    pub slag: Effektslag,
    pub benamning: String,
    /// RAM or FRI, economic effects only.
    pub kategori: Option<Effektkategori>,
    /// A first indicator: the qualitative effect's own, or that of the
    /// logic-model outcome the effect belongs to.
    pub indikator: String,
}

/// The effects to plan, in the order of the steps: the economic lines of
/// step 8, then the qualitative effects of step 9.
pub fn effektposter(ekonomi: &Ekonomi, konsekvenser: &Konsekvenser, logikmodell: &Logikmodell) -> Vec<Effektpost> {
    let utfallets = |utfall: &Option<String>| {
        utfall.as_deref().and_then(|id| logikmodell.post(id)).map(|p| p.indikator.clone()).unwrap_or_default()
    };
    let namn =
        |text: &str, reserv: &str| if text.trim().is_empty() { reserv.to_string() } else { text.trim().to_string() };
    let ekonomiska = ekonomi.effekter.iter().map(|e| Effektpost {
        id: e.id.clone(),
        slag: Effektslag::Ekonomisk,
        benamning: namn(&e.beskrivning, "Ekonomisk effekt utan beskrivning"),
        kategori: Some(e.kategori),
        indikator: utfallets(&e.utfall_id),
    });
    let kvalitativa = konsekvenser.kvalitativa_effekter.iter().map(|q| Effektpost {
        id: q.id.clone(),
        slag: Effektslag::Kvalitativ,
        benamning: namn(&q.beskrivning, "Kvalitativ effekt utan beskrivning"),
        kategori: None,
        indikator: if q.indikator.trim().is_empty() { utfallets(&q.utfall_id) } else { q.indikator.clone() },
    });
    ekonomiska.chain(kvalitativa).collect()
}

/// A field of the plan that a message is shown at; plan fields carry the
/// effect id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanFalt {
    Beslut,
    Effekthemtagningsansvarig,
    /// The case has no effects to plan.
    Effekter,
    SaknarPlan(String),
    Ansvarig(String),
    Indikator(String),
    Nollvarde(String),
    NollvardeDatum(String),
    Malvarde(String),
    MalvardeDatum(String),
    Matmetod(String),
    Uppfoljningsdatum(String),
}

pub const DATUMFORMAT: &str = "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2028-06-30.";

impl Effekthemtagning {
    /// Whether every effect has a plan with its current name and kind.
    pub fn synkad(&self, effekter: &[Effektpost]) -> bool {
        effekter
            .iter()
            .all(|e| self.planer.iter().any(|p| p.effekt_id == e.id && p.benamning == e.benamning && p.slag == e.slag))
    }

    /// Brings the plans in step with the effects (`synka_planer`).
    pub fn synka(&mut self, effekter: &[Effektpost]) -> bool {
        synka_planer(&mut self.planer, effekter)
    }

    /// Marks the case approved and gives every effect a plan.
    pub fn besluta(&mut self, beslut: Beslut, effekter: &[Effektpost]) {
        self.beslut = Some(beslut);
        self.synka(effekter);
    }

    /// What keeps the plan from being complete: the decision, the
    /// responsible person, and for every effect that exists a full plan.
    /// Plans of removed effects are kept but not required.
    pub fn brister(&self, effekter: &[Effektpost]) -> Vec<Brist<PlanFalt>> {
        let mut brister = Vec::new();
        let mut brist = |falt, meddelande| brister.push(Brist::new(falt, meddelande));
        if self.beslut.is_none() {
            brist(PlanFalt::Beslut, "Markera förstudien som beslutad för att öppna planen.");
        }
        if self.effekthemtagningsansvarig.trim().is_empty() {
            brist(PlanFalt::Effekthemtagningsansvarig, "Ange vem som är effekthemtagningsansvarig.");
        }
        if effekter.is_empty() {
            brist(PlanFalt::Effekter, "Förstudien har inga effekter att planera. Lägg till effekter i steg 8 eller 9.");
        }
        for e in effekter {
            let id = || e.id.clone();
            let Some(p) = self.planer.iter().find(|p| p.effekt_id == e.id) else {
                brist(PlanFalt::SaknarPlan(id()), "Effekten saknar plan.");
                continue;
            };
            if p.ansvarig.trim().is_empty() {
                brist(PlanFalt::Ansvarig(id()), "Ange vem som ansvarar för effekten.");
            }
            if p.indikator.trim().is_empty() {
                brist(PlanFalt::Indikator(id()), "Ange en indikator: det som mäts.");
            }
            let noll = tal::tolka(&p.nollvarde);
            let mal = tal::tolka(&p.malvarde);
            match noll {
                Ok(None) => brist(PlanFalt::Nollvarde(id()), "Ange nollvärdet: indikatorns värde före förändringen."),
                Err(_) => brist(PlanFalt::Nollvarde(id()), OGILTIGT_TAL),
                Ok(Some(_)) => {}
            }
            match mal {
                Ok(None) => {
                    brist(PlanFalt::Malvarde(id()), "Ange målvärdet: indikatorns värde när effekten är realiserad.")
                }
                Err(_) => brist(PlanFalt::Malvarde(id()), OGILTIGT_TAL),
                Ok(Some(m)) if Ok(Some(m)) == noll => {
                    brist(PlanFalt::Malvarde(id()), "Målvärdet måste skilja sig från nollvärdet.")
                }
                Ok(Some(_)) => {}
            }
            let (fran, till) = (p.nollvarde_datum.trim(), p.malvarde_datum.trim());
            if !giltigt_iso_datum(fran) {
                brist(PlanFalt::NollvardeDatum(id()), DATUMFORMAT);
            }
            if !giltigt_iso_datum(till) {
                brist(PlanFalt::MalvardeDatum(id()), DATUMFORMAT);
            } else if giltigt_iso_datum(fran) && till <= fran {
                brist(PlanFalt::MalvardeDatum(id()), "Måldatumet måste komma efter nollvärdets datum.");
            }
            if p.matmetod.trim().is_empty() {
                brist(PlanFalt::Matmetod(id()), "Beskriv hur och varifrån indikatorn mäts.");
            }
            if p.uppfoljningsdatum.is_empty() {
                brist(PlanFalt::Uppfoljningsdatum(id()), "Lägg till minst ett uppföljningsdatum.");
            } else if !p.uppfoljningsdatum.iter().all(|d| giltigt_iso_datum(d.trim())) {
                brist(PlanFalt::Uppfoljningsdatum(id()), DATUMFORMAT);
            }
        }
        brister
    }

    /// Step 12's rule: approved, and nothing missing.
    pub fn komplett(&self, effekter: &[Effektpost]) -> bool {
        self.brister(effekter).is_empty()
    }
}

/// Brings the plans in step with the effects: a new effect gets a plan (its
/// indicator suggested), an existing plan takes the effect's current name.
/// A plan whose effect is gone is kept, never dropped: `finns` tells the
/// view to mark it. Returns whether anything changed.
pub fn synka_planer(planer: &mut Vec<Effektplan>, effekter: &[Effektpost]) -> bool {
    let mut andrat = false;
    for e in effekter {
        match planer.iter_mut().find(|p| p.effekt_id == e.id) {
            Some(p) => {
                if p.benamning != e.benamning || p.slag != e.slag {
                    p.benamning = e.benamning.clone();
                    p.slag = e.slag;
                    andrat = true;
                }
            }
            None => {
                planer.push(Effektplan {
                    effekt_id: e.id.clone(),
                    slag: e.slag,
                    benamning: e.benamning.clone(),
                    indikator: e.indikator.clone(),
                    ..Default::default()
                });
                andrat = true;
            }
        }
    }
    andrat
}

/// Whether a plan's effect still exists.
pub fn finns(plan: &Effektplan, effekter: &[Effektpost]) -> bool {
    effekter.iter().any(|e| e.id == plan.effekt_id)
}

/// The decision as typed before it is marked, checked as a whole.
pub fn nytt_beslut(datum: &str, referens: &str) -> Result<Beslut, Vec<Brist<BeslutFalt>>> {
    let mut brister = Vec::new();
    if !giltigt_iso_datum(datum.trim()) {
        brister.push(Brist::new(BeslutFalt::Datum, DATUMFORMAT));
    }
    if referens.trim().is_empty() {
        brister
            .push(Brist::new(BeslutFalt::Referens, "Ange beslutets referens, till exempel diarienummer och paragraf."));
    }
    if brister.is_empty() {
        Ok(Beslut { datum: datum.trim().into(), referens: referens.trim().into() })
    } else {
        Err(brister)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BeslutFalt {
    Datum,
    Referens,
}

#[cfg(test)]
#[path = "effekthemtagning_tester.rs"]
mod tests;
