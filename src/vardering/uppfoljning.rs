//! The money of the effekthemtagning plan's follow-ups: for economic
//! effects the realised money per year against the valuation's planned
//! (rounded) line values, and RAM and FRI per year over all economic
//! effects. The indicator rules (share, status) are the model's
//! (`model::effektuppfoljning`); the rules are written in docs/modell.md
//! (the section on effekthemtagning), with a worked example the tests compute.

use super::rader::{Radslag, Radvardering};
use super::Vardering;
use crate::model::effekthemtagning::{finns, Effekthemtagning, Effektplan, Effektpost, Effektslag, Uppfoljning};
use crate::model::effektuppfoljning::{andel, indikatorlage, Indikatorlage};
use crate::model::{Belopp, Effektkategori};
use rust_decimal::Decimal;

/// One calendar year of an economic effect: the valuation's planned value
/// and the money reported as realised.
#[derive(Clone, Debug, PartialEq)]
pub struct Pengaar {
    pub ar: i32,
    pub planerat: Belopp,
    pub realiserat: Option<Belopp>,
}

impl Pengaar {
    /// Realised − planned, for a year with realised money.
    pub fn skillnad(&self) -> Option<Belopp> {
        self.realiserat.map(|r| r - self.planerat)
    }
}

/// Planned against realised money of one economic effect.
#[derive(Clone, Debug, PartialEq)]
pub struct Pengauppfoljning {
    pub kategori: Effektkategori,
    pub per_ar: Vec<Pengaar>,
    /// Σ planned over the period.
    pub planerat: Belopp,
    /// Σ realised over the years reported.
    pub realiserat: Belopp,
    /// Σ planned over the years with realised money.
    pub planerat_uppfoljda_ar: Belopp,
    /// Σ of the years' differences (years with realised money).
    pub skillnad: Belopp,
    /// realised / planned over the years reported, 4 decimals, when that
    /// planned sum is not 0.
    pub andel: Option<Decimal>,
    /// Money reported for a year outside the kalkylperiod: shown, not summed.
    pub utanfor_perioden: Vec<(i32, Belopp)>,
}

/// The realised money of each year: the latest follow-up (by date; on the
/// same date the one entered last) that reports money for that year. A
/// later report for a year replaces an earlier one: it is the year's figure
/// so far.
fn realiserat_per_ar(uppfoljningar: &[Uppfoljning]) -> Vec<(i32, Belopp)> {
    let mut senaste: Vec<(i32, &str, Belopp)> = Vec::new();
    for u in uppfoljningar {
        let Some(r) = &u.realiserat else { continue };
        match senaste.iter_mut().find(|(ar, _, _)| *ar == r.ar) {
            Some(post) if u.datum.as_str() >= post.1 => *post = (r.ar, u.datum.as_str(), r.belopp),
            Some(_) => {}
            None => senaste.push((r.ar, u.datum.as_str(), r.belopp)),
        }
    }
    senaste.into_iter().map(|(ar, _, b)| (ar, b)).collect()
}

/// Planned (the valuation's rounded line values) against realised money of
/// one economic effect line.
pub fn pengar(plan: &Effektplan, rad: &Radvardering, vardering: &Vardering) -> Pengauppfoljning {
    let kategori = if rad.slag == Radslag::Ramjustering {
        Effektkategori::Ramjustering
    } else {
        Effektkategori::FrigjortRamutrymme
    };
    let realiserat = realiserat_per_ar(&plan.uppfoljningar);
    let per_ar: Vec<Pengaar> = (0..vardering.ar)
        .map(|t| {
            let ar = vardering.kalenderar(t);
            Pengaar {
                ar,
                planerat: rad.varde(t),
                realiserat: realiserat.iter().find(|(a, _)| *a == ar).map(|(_, b)| *b),
            }
        })
        .collect();
    let utanfor_perioden = realiserat.into_iter().filter(|(a, _)| !per_ar.iter().any(|p| p.ar == *a)).collect();
    let uppfoljda = || per_ar.iter().filter(|p| p.realiserat.is_some());
    let planerat_uppfoljda_ar: Belopp = uppfoljda().map(|p| p.planerat).sum();
    let summa_realiserat: Belopp = uppfoljda().filter_map(|p| p.realiserat).sum();
    Pengauppfoljning {
        kategori,
        planerat: per_ar.iter().map(|p| p.planerat).sum(),
        realiserat: summa_realiserat,
        skillnad: uppfoljda().filter_map(Pengaar::skillnad).sum(),
        andel: (!planerat_uppfoljda_ar.is_zero())
            .then(|| andel(summa_realiserat.value() / planerat_uppfoljda_ar.value())),
        planerat_uppfoljda_ar,
        per_ar,
        utanfor_perioden,
    }
}

/// One effect's follow-up.
#[derive(Clone, Debug, PartialEq)]
pub struct Effektresultat {
    pub effekt_id: String,
    pub benamning: String,
    pub slag: Effektslag,
    /// False when the effect was removed after the plan was made.
    pub finns: bool,
    pub indikator: Indikatorlage,
    /// Economic effects that still exist.
    pub pengar: Option<Pengauppfoljning>,
}

/// RAM and FRI of one calendar year: planned over every economic effect
/// line, realised as reported (`None` when no effect reported the year).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Totalar {
    pub ar: i32,
    pub planerat_ram: Belopp,
    pub realiserat_ram: Option<Belopp>,
    pub planerat_fri: Belopp,
    pub realiserat_fri: Option<Belopp>,
}

impl Totalar {
    pub fn planerat(&self) -> Belopp {
        self.planerat_ram + self.planerat_fri
    }

    /// RAM + FRI realised, when either was reported.
    pub fn realiserat(&self) -> Option<Belopp> {
        match (self.realiserat_ram, self.realiserat_fri) {
            (None, None) => None,
            (ram, fri) => Some(ram.unwrap_or_default() + fri.unwrap_or_default()),
        }
    }
}

/// Everything the plan's results show.
#[derive(Clone, Debug, PartialEq)]
pub struct Effektuppfoljning {
    pub effekter: Vec<Effektresultat>,
    pub per_ar: Vec<Totalar>,
    /// Σ of `per_ar`, column by column (`ar` unused).
    pub summa: Totalar,
}

/// The follow-up of every plan, in the plans' order, as of `idag`.
pub fn folj_upp(
    hemtagning: &Effekthemtagning,
    effekter: &[Effektpost],
    vardering: &Vardering,
    idag: &str,
) -> Effektuppfoljning {
    let resultat: Vec<Effektresultat> = hemtagning
        .planer
        .iter()
        .map(|plan| {
            let finns = finns(plan, effekter);
            let rad = vardering
                .rader
                .iter()
                .find(|r| r.id == plan.effekt_id && r.slag != Radslag::Kostnad)
                .filter(|_| finns && plan.slag == Effektslag::Ekonomisk);
            Effektresultat {
                effekt_id: plan.effekt_id.clone(),
                benamning: plan.benamning.clone(),
                slag: plan.slag,
                finns,
                indikator: indikatorlage(plan, idag),
                pengar: rad.map(|rad| pengar(plan, rad, vardering)),
            }
        })
        .collect();
    let per_ar: Vec<Totalar> = (0..vardering.ar)
        .map(|t| {
            let ar = vardering.kalenderar(t);
            let planerat = |slag| vardering.rader_i(None, slag, None).map(|r| r.varde(t)).sum();
            let realiserat = |kategori| {
                let belopp: Vec<Belopp> = resultat
                    .iter()
                    .filter_map(|r| r.pengar.as_ref())
                    .filter(|p| p.kategori == kategori)
                    .filter_map(|p| p.per_ar.get(t as usize).and_then(|a| a.realiserat))
                    .collect();
                (!belopp.is_empty()).then(|| belopp.into_iter().sum())
            };
            Totalar {
                ar,
                planerat_ram: planerat(Radslag::Ramjustering),
                realiserat_ram: realiserat(Effektkategori::Ramjustering),
                planerat_fri: planerat(Radslag::FrigjortRamutrymme),
                realiserat_fri: realiserat(Effektkategori::FrigjortRamutrymme),
            }
        })
        .collect();
    let summa_av = |f: fn(&Totalar) -> Option<Belopp>| {
        let delar: Vec<Belopp> = per_ar.iter().filter_map(f).collect();
        (!delar.is_empty()).then(|| delar.into_iter().sum())
    };
    let summa = Totalar {
        ar: 0,
        planerat_ram: per_ar.iter().map(|a| a.planerat_ram).sum(),
        realiserat_ram: summa_av(|a| a.realiserat_ram),
        planerat_fri: per_ar.iter().map(|a| a.planerat_fri).sum(),
        realiserat_fri: summa_av(|a| a.realiserat_fri),
    };
    Effektuppfoljning { effekter: resultat, per_ar, summa }
}

#[cfg(test)]
#[path = "uppfoljning_tester.rs"]
mod tests;
