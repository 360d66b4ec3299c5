//! What the follow-ups of the plan show: per effect the realised share of
//! the indicator against the share of time gone and a status. The money
//! realised against the valuation's planned values needs a computed
//! valuation, so it lives in `vardering::uppfoljning`. Pure functions:
//! "today" is an argument, the model reads no clock. The rules are written
//! in docs/modell.md (the section on effekthemtagning), with a worked example the tests compute.

use super::belopp::Belopp;
use super::effekthemtagning::{Effektplan, Uppfoljning};
use super::tal;
use super::uppfoljningsutkast::uppfoljningsdatum_fel;
use super::validering::giltigt_iso_datum;
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

/// A share rounded to `ANDEL_DECIMALER`, as shown.
pub fn andel(varde: Decimal) -> Decimal {
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
/// `giltigt_iso_datum`); `None` for anything else.
pub fn dagnummer(datum: &str) -> Option<i64> {
    if !giltigt_iso_datum(datum) {
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
    let sista_uppfoljning = plan.uppfoljningar.iter().map(|u| u.datum.trim()).filter(|d| giltigt_iso_datum(d)).max();
    let mut planerade: Vec<&str> =
        plan.uppfoljningsdatum.iter().map(|d| d.trim()).filter(|d| giltigt_iso_datum(d)).collect();
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

#[cfg(test)]
#[path = "effektuppfoljning_tester.rs"]
pub(crate) mod tests;
