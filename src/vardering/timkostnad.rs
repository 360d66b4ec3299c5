//! The named hourly rates (timkostnader), each rounded to öre once: lines
//! price their hours at the rounded rate.

use super::problem::Problem;
use super::rutnat::inom_tak;
use crate::model::{Belopp, Timkostnad, Timsats};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// A named timkostnad as the valuation used it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Timkostnadsvarde {
    pub id: String,
    pub namn: String,
    pub harledd: bool,
    /// The rate in kr/h, rounded to öre; `None` when it cannot be computed
    /// (then every line using it is reported and counts as 0).
    pub timkostnad: Option<Belopp>,
}

/// `månadslön × (1 + påslag/100) / produktiva timmar`, rounded to öre.
/// `None` when the hours are not positive or the figure is out of range.
/// One division of exact numerator by exact denominator, so the only
/// rounding before the öre is `Decimal`'s 28 digits.
pub fn harledd_timkostnad(manadslon: Belopp, paslag_procent: Decimal, produktiva_timmar: Decimal) -> Option<Belopp> {
    if produktiva_timmar <= Decimal::ZERO {
        return None;
    }
    let taljare = manadslon.value().checked_mul(Decimal::ONE_HUNDRED.checked_add(paslag_procent)?)?;
    let namnare = produktiva_timmar.checked_mul(Decimal::ONE_HUNDRED)?;
    let sats = taljare.checked_div(namnare)?;
    inom_tak(sats.mantissa(), sats.scale())
}

/// The rates, in input order, with their problems.
pub(crate) fn timkostnader(indata: &[Timkostnad], problem: &mut Vec<Problem>) -> Vec<Timkostnadsvarde> {
    let mut ut: Vec<Timkostnadsvarde> = Vec::with_capacity(indata.len());
    for tk in indata {
        let namn = if tk.namn.trim().is_empty() { &tk.id } else { &tk.namn };
        if ut.iter().any(|t| t.id == tk.id) {
            problem.push(
                Problem::varning(format!(
                    "Timkostnaden ”{namn}” har samma id ({}) som en tidigare timkostnad; rader med det id:t räknas med den första.",
                    tk.id
                ))
                .for_timkostnad(&tk.id),
            );
        }
        let (harledd, sats) = match &tk.sats {
            Timsats::Direkt { timkostnad } => (false, Some(*timkostnad)),
            Timsats::Harledd { manadslon, paslag_procent, produktiva_timmar } => {
                (true, harledd_timkostnad(*manadslon, *paslag_procent, *produktiva_timmar))
            }
        };
        match sats {
            None => problem.push(
                Problem::fel(format!(
                    "Timkostnaden ”{namn}” kan inte beräknas: produktiva timmar per månad måste vara större än 0 och beloppet rimligt. Rader som använder den räknas som 0."
                ))
                .for_timkostnad(&tk.id),
            ),
            Some(s) if s < Belopp::ZERO => problem.push(
                Problem::varning(format!("Timkostnaden ”{namn}” är negativ ({s} kr/h)."))
                    .for_timkostnad(&tk.id),
            ),
            Some(_) => {}
        }
        ut.push(Timkostnadsvarde { id: tk.id.clone(), namn: tk.namn.clone(), harledd, timkostnad: sats });
    }
    ut
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn derived_rate_of_the_spec() {
        // 35 000 × 1.54 / 142 = 379.5774… → 379.58
        let sats = harledd_timkostnad(Belopp::kronor(35_000), d("54"), d("142")).unwrap();
        assert_eq!(sats.value(), d("379.58"));
        assert_eq!(harledd_timkostnad(Belopp::kronor(35_000), d("54"), d("0")), None);
    }

    #[test]
    fn duplicate_and_broken_rates_are_reported() {
        let tk = |id: &str, timmar: &str| Timkostnad {
            id: id.into(),
            namn: String::new(),
            sats: Timsats::Harledd {
                manadslon: Belopp::kronor(30_000),
                paslag_procent: d("54"),
                produktiva_timmar: d(timmar),
            },
        };
        let mut problem = Vec::new();
        let satser = timkostnader(&[tk("a", "142"), tk("a", "150"), tk("b", "0")], &mut problem);
        assert_eq!(satser[0].timkostnad, Some(Belopp::from_decimal(d("325.35"))));
        assert_eq!(satser[2].timkostnad, None);
        assert_eq!(problem.len(), 2, "{problem:?}");
        assert_eq!(problem[0].timkostnad_id.as_deref(), Some("a"));
        assert_eq!(problem[1].timkostnad_id.as_deref(), Some("b"));
    }
}
