//! What the follow-ups of the plan show: per effect the realised share of
//! the indicator against the share of time gone, a status, and for economic
//! effects the realised money per year against the valuation's planned
//! values; RAM and FRI per year over all economic effects. Pure functions:
//! "today" is an argument, the model reads no clock. The rules are written
//! in docs/modell.md (the section on effekthemtagning), with a worked example the tests compute.

use super::effekthemtagning::uppfoljningsdatum_fel;
use super::effekthemtagning::{finns, Effekthemtagning, Effektplan, Effektpost, Effektslag, Uppfoljning};
use super::ekonomi::Effektkategori;
use super::money::Belopp;
use super::tal;
use super::validering::is_iso_date;
use crate::valuation::{Radslag, Radvardering, Vardering};
use rust_decimal::{Decimal, RoundingStrategy};

/// Decimals of a share (0.4986 = 49,86 %), rounded half away from zero
/// before shares are compared, so what is compared is what is shown.
pub const ANDEL_DECIMALER: u32 = 4;

/// How far (as a share, 0.10 = 10 percentage points) the realised share may
/// lag the share of time gone and still count as on track: indicators are
/// measured with noise, and change seldom follows a straight line.
pub fn tolerans() -> Decimal {
    Decimal::new(10, 2)
}

fn andel(varde: Decimal) -> Decimal {
    let mut a = varde.round_dp_with_strategy(ANDEL_DECIMALER, RoundingStrategy::MidpointAwayFromZero);
    a.rescale(ANDEL_DECIMALER);
    a
}

/// A share as a percentage with two decimals: 0.4986 → "49,86 %".
pub fn formatera_andel(a: Decimal) -> String {
    let procent = Belopp::from_decimal(a * Decimal::ONE_HUNDRED);
    format!("{}{}%", tal::formatera_belopp(procent), tal::HARD_MELLANSLAG)
}

/// Days since 1970-01-01 of an ISO date (the civil calendar, as in
/// `is_iso_date`); `None` for anything else.
pub fn dagnummer(datum: &str) -> Option<i64> {
    if !is_iso_date(datum) {
        return None;
    }
    let (y, m, d): (i64, i64, i64) = (datum[0..4].parse().ok()?, datum[5..7].parse().ok()?, datum[8..10].parse().ok()?);
    // Howard Hinnant's days_from_civil, the year starting in March.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// Where an effect stands, in text as well as kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// No measured value yet.
    EjUppfoljd,
    /// The latest measurement reaches the target.
    Realiserad,
    /// The realised share keeps pace with the time gone (within `tolerans`).
    IRattTakt,
    /// Behind the pace, or the target date passed without the target.
    EfterPlan,
    /// Measured, but the plan lacks what the rules need (the reason).
    KanInteBedomas(&'static str),
}

impl Status {
    pub fn text(self) -> &'static str {
        match self {
            Status::EjUppfoljd => "Ej uppföljd",
            Status::Realiserad => "Realiserad",
            Status::IRattTakt => "I rätt takt",
            Status::EfterPlan => "Efter plan",
            Status::KanInteBedomas(_) => "Kan inte bedömas",
        }
    }

    /// A class name for the status's look (the text says the same).
    pub fn kod(self) -> &'static str {
        match self {
            Status::EjUppfoljd => "ej-uppfoljd",
            Status::Realiserad => "realiserad",
            Status::IRattTakt => "i-ratt-takt",
            Status::EfterPlan => "efter-plan",
            Status::KanInteBedomas(_) => "kan-inte-bedomas",
        }
    }
}

/// A measured value that the rules use.
#[derive(Clone, Debug, PartialEq)]
pub struct Matning {
    pub datum: String,
    pub varde: Decimal,
}

/// The indicator's state at the latest measurement.
#[derive(Clone, Debug, PartialEq)]
pub struct Indikatorlage {
    pub senaste: Option<Matning>,
    /// (measured − baseline) / (target − baseline), 4 decimals.
    pub andel: Option<Decimal>,
    /// Share of the time from baseline date to target date gone at the
    /// latest measurement, 0–1, 4 decimals.
    pub tidsandel: Option<Decimal>,
    pub status: Status,
    /// Dates of follow-ups whose value is not a number or whose date is not
    /// a date: shown, never used.
    pub ej_raknade: Vec<String>,
    /// The first planned follow-up date from today on.
    pub nasta: Option<String>,
    /// Planned dates before today with no follow-up on or after them.
    pub forsenade: Vec<String>,
}

const SAKNAR_TAL: &str = "Nollvärdet och målvärdet behöver vara olika tal.";
const SAKNAR_DATUM: &str = "Nollvärdets datum och måldatumet behöver vara datum, måldatumet efter nollvärdets.";

/// The latest usable measurement: the follow-up with the latest date among
/// those with a date the follow-up field would take (`uppfoljningsdatum_fel`:
/// not after `idag`, not before the baseline) and a number; on the same date
/// the one entered last. The others are listed as not counted, so a value
/// from a file that the field refuses is marked, never used.
fn senaste(uppfoljningar: &[Uppfoljning], idag: &str, nollvarde_datum: &str) -> (Option<Matning>, Vec<String>) {
    let mut senaste: Option<Matning> = None;
    let mut ej_raknade = Vec::new();
    for u in uppfoljningar {
        let datum = u.datum.trim();
        let giltigt = uppfoljningsdatum_fel(datum, idag, nollvarde_datum).is_none();
        match (giltigt, tal::tolka(&u.varde)) {
            (_, Ok(None)) => {} // only money was reported
            (true, Ok(Some(varde))) => {
                if senaste.as_ref().is_none_or(|s| datum >= s.datum.as_str()) {
                    senaste = Some(Matning { datum: datum.into(), varde });
                }
            }
            _ => ej_raknade.push(u.datum.clone()),
        }
    }
    (senaste, ej_raknade)
}

/// The indicator of one plan as of `idag` (ISO date).
pub fn indikatorlage(plan: &Effektplan, idag: &str) -> Indikatorlage {
    let (senaste, ej_raknade) = senaste(&plan.uppfoljningar, idag, &plan.nollvarde_datum);
    let noll = tal::tolka(&plan.nollvarde).ok().flatten();
    let mal = tal::tolka(&plan.malvarde).ok().flatten();
    let andel_nu = match (&senaste, noll, mal) {
        (Some(m), Some(n), Some(mv)) if mv != n => {
            m.varde.checked_sub(n).zip(mv.checked_sub(n)).and_then(|(a, b)| a.checked_div(b)).map(andel)
        }
        _ => None,
    };
    let (fran, till) = (dagnummer(plan.nollvarde_datum.trim()), dagnummer(plan.malvarde_datum.trim()));
    let tidsandel = match (&senaste, fran, till) {
        (Some(m), Some(fran), Some(till)) if till > fran => dagnummer(&m.datum).map(|dag| {
            let gatt = (dag - fran).clamp(0, till - fran);
            andel(Decimal::from(gatt) / Decimal::from(till - fran))
        }),
        _ => None,
    };
    let status = match (&senaste, andel_nu, tidsandel) {
        (None, _, _) => Status::EjUppfoljd,
        (Some(_), None, _) => Status::KanInteBedomas(SAKNAR_TAL),
        (Some(_), Some(a), _) if a >= Decimal::ONE => Status::Realiserad,
        (Some(_), Some(_), None) => Status::KanInteBedomas(SAKNAR_DATUM),
        // Past the target date only the target itself is on plan.
        (Some(_), Some(_), Some(t)) if t >= Decimal::ONE => Status::EfterPlan,
        (Some(_), Some(a), Some(t)) if a >= t - tolerans() => Status::IRattTakt,
        (Some(_), Some(_), Some(_)) => Status::EfterPlan,
    };
    // A follow-up of any kind (a value or only money) counts as held.
    let sista_uppfoljning = plan.uppfoljningar.iter().map(|u| u.datum.trim()).filter(|d| is_iso_date(d)).max();
    let mut planerade: Vec<&str> = plan.uppfoljningsdatum.iter().map(|d| d.trim()).filter(|d| is_iso_date(d)).collect();
    planerade.sort_unstable();
    planerade.dedup();
    let nasta = planerade.iter().find(|d| **d >= idag).map(|d| d.to_string());
    let forsenade = planerade
        .iter()
        .filter(|d| **d < idag && sista_uppfoljning.is_none_or(|s| s < **d))
        .map(|d| d.to_string())
        .collect();
    Indikatorlage { senaste, andel: andel_nu, tidsandel, status, ej_raknade, nasta, forsenade }
}

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
#[path = "effektuppfoljning_tester.rs"]
mod tests;
