//! Step 1 of the valuation: every line's value per year, rounded to öre
//! once, here. Everything later sums these.

use super::problem::Problem;
use super::rutnat::inom_tak;
use super::timkostnad::Timkostnadsvarde;
use crate::model::ekonomi::MAX_RADBELOPP;
use crate::model::{Belopp, Effektkategori, Effektrad, Ekonomi, Enhet, Fordelning, Kostnadstyp};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// What a line contributes to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Radslag {
    /// K
    Kostnad,
    /// RAM
    Ramjustering,
    /// FRI
    FrigjortRamutrymme,
}

/// One line in one year: the entered quantity, p(t) for effects, and the
/// rounded value that every sum uses.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Radar {
    /// Kronor or hours as entered for this year (0 where none).
    pub mangd: Decimal,
    /// p(t) in percent, effects only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub realisering_procent: Option<Decimal>,
    pub varde: Belopp,
}

/// One cost or effect line with its value per year: what a figure sums.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Radvardering {
    pub id: String,
    pub slag: Radslag,
    pub namnd: String,
    pub kostnadstyp: Kostnadstyp,
    /// The timkostnad the hours are priced at, for hour lines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timkostnad_id: Option<String>,
    /// The rounded rate used; `None` for kronor lines and missing rates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timkostnad: Option<Belopp>,
    /// t = 0 … T-1.
    pub per_ar: Vec<Radar>,
}

impl Radvardering {
    pub fn varde(&self, t: u32) -> Belopp {
        self.per_ar.get(t as usize).map_or(Belopp::ZERO, |a| a.varde)
    }

    pub fn summa(&self) -> Belopp {
        self.per_ar.iter().map(|a| a.varde).sum()
    }

    /// Whether year `t`'s entered value is beyond `MAX_RADBELOPP` and so
    /// counts as 0: step 8 says so at the cell, where it was typed.
    pub fn for_stort(&self, t: u32) -> bool {
        let Some(a) = self.per_ar.get(t as usize) else { return false };
        // Hours at a missing rate are a problem of their own (the rate).
        if a.mangd.is_zero() || (self.timkostnad_id.is_some() && self.timkostnad.is_none()) {
            return false;
        }
        aretsvarde(a.mangd, self.timkostnad, a.realisering_procent).is_none()
    }
}

/// The cell's message for a year `for_stort`, with the value that counts.
pub fn for_stort_meddelande() -> String {
    format!("Större än {}\u{a0}kr; året räknas som 0.", crate::model::tal::formatera(Decimal::from(MAX_RADBELOPP)))
}

/// The fields of a cost or effect line the computation reads.
struct Indata<'a> {
    id: &'a str,
    beskrivning: &'a str,
    namnd: &'a str,
    kostnadstyp: Kostnadstyp,
    enhet: &'a Enhet,
    fordelning: &'a Fordelning,
    slag: Radslag,
    effekt: Option<&'a Effektrad>,
}

/// Every line's value per year: the cost lines in input order, then the
/// effect lines in input order.
pub(crate) fn radvarden(
    ekonomi: &Ekonomi,
    satser: &[Timkostnadsvarde],
    ar: u32,
    problem: &mut Vec<Problem>,
) -> Vec<Radvardering> {
    let kostnader = ekonomi.kostnader.iter().map(|r| Indata {
        id: &r.id,
        beskrivning: &r.beskrivning,
        namnd: &r.namnd,
        kostnadstyp: r.kostnadstyp,
        enhet: &r.enhet,
        fordelning: &r.fordelning,
        slag: Radslag::Kostnad,
        effekt: None,
    });
    let effekter = ekonomi.effekter.iter().map(|r| Indata {
        id: &r.id,
        beskrivning: &r.beskrivning,
        namnd: &r.namnd,
        kostnadstyp: r.kostnadstyp,
        enhet: &r.enhet,
        fordelning: &r.fordelning,
        slag: match r.kategori {
            Effektkategori::Ramjustering => Radslag::Ramjustering,
            Effektkategori::FrigjortRamutrymme => Radslag::FrigjortRamutrymme,
        },
        effekt: Some(r),
    });
    kostnader.chain(effekter).map(|rad| radvarde(&rad, satser, ar, problem)).collect()
}

/// How a line names itself in a message.
fn etikett(rad: &Indata) -> String {
    match (rad.beskrivning.trim(), rad.id.trim()) {
        ("", "") => "(utan beskrivning)".to_owned(),
        ("", id) => format!("”{id}”"),
        (text, _) => format!("”{text}”"),
    }
}

fn radvarde(rad: &Indata, satser: &[Timkostnadsvarde], ar: u32, problem: &mut Vec<Problem>) -> Radvardering {
    let mut rapportera = |p: Problem| problem.push(p.for_rad(rad.id));
    // Ok(None): kronor. Ok(Some(rate)): hours at rate. Err: the line counts as 0.
    let (timkostnad_id, sats) = match rad.enhet {
        Enhet::Kronor => (None, Ok(None)),
        Enhet::Timmar { timkostnad_id } => {
            let sats = match satser.iter().find(|s| s.id == *timkostnad_id) {
                Some(Timkostnadsvarde { timkostnad: Some(s), .. }) => Ok(Some(*s)),
                Some(_) => {
                    rapportera(Problem::fel(format!(
                        "Raden {} räknar timmar med timkostnaden ”{timkostnad_id}”, som inte kan beräknas. Radens värde räknas som 0.",
                        etikett(rad)
                    )));
                    Err(())
                }
                None => {
                    rapportera(Problem::fel(format!(
                        "Raden {} räknar timmar med timkostnaden ”{timkostnad_id}”, som inte finns. Radens värde räknas som 0 tills timkostnaden läggs till eller raden ändras.",
                        etikett(rad)
                    )));
                    Err(())
                }
            };
            (Some(timkostnad_id.clone()), sats)
        }
    };
    if rad.namnd.trim().is_empty() {
        rapportera(Problem::varning(format!(
            "Raden {} saknar nämnd; den räknas under en nämnd utan namn.",
            etikett(rad)
        )));
    }
    if let Some(sista) = utanfor_perioden(rad.fordelning, ar) {
        rapportera(Problem::varning(format!(
            "Raden {} har värden efter kalkylperiodens sista år (år {sista}); de räknas inte.",
            etikett(rad)
        )));
    }
    if let Fordelning::Aterkommande { fran, till, .. } = rad.fordelning {
        if fran > till {
            rapportera(Problem::varning(format!(
                "Raden {} återkommer från år {fran} till år {till}, en tom period; den räknas som 0.",
                etikett(rad)
            )));
        }
    }

    let mut for_stort = false;
    let per_ar: Vec<Radar> = (0..ar)
        .map(|t| {
            let mangd = rad.fordelning.varde(t);
            // A year without an entered p(t) is 100 %: nothing to multiply.
            let angiven_p = rad.effekt.and_then(|e| e.realisering_procent.get(t as usize).copied());
            let varde = match sats {
                Ok(_) if mangd.is_zero() => Belopp::ZERO,
                Ok(sats) => aretsvarde(mangd, sats, angiven_p).unwrap_or_else(|| {
                    for_stort = true;
                    Belopp::ZERO
                }),
                Err(()) => Belopp::ZERO,
            };
            Radar { mangd, realisering_procent: rad.effekt.map(|e| e.realisering(t)), varde }
        })
        .collect();
    let udda_p = rad.effekt.is_some_and(|e| {
        e.realisering_procent.iter().take(ar as usize).any(|p| *p < Decimal::ZERO || *p > Decimal::ONE_HUNDRED)
    });
    if for_stort {
        rapportera(Problem::fel(format!(
            "Raden {} har ett år vars värde är större än {}\u{a0}kr; det året räknas som 0.",
            etikett(rad),
            crate::model::tal::formatera(Decimal::from(MAX_RADBELOPP))
        )));
    }
    let negativ_kostnad = rad.slag == Radslag::Kostnad && per_ar.iter().any(|a| a.varde < Belopp::ZERO);
    if negativ_kostnad {
        rapportera(Problem::varning(format!(
            "Kostnadsraden {} har ett negativt belopp; en besparing eller intäkt hör hemma bland effekterna.",
            etikett(rad)
        )));
    }
    if udda_p {
        rapportera(Problem::varning(format!(
            "Raden {} har en realiseringsgrad utanför 0–100 %; den används som angiven.",
            etikett(rad)
        )));
    }

    Radvardering {
        id: rad.id.to_owned(),
        slag: rad.slag,
        namnd: rad.namnd.to_owned(),
        kostnadstyp: rad.kostnadstyp,
        timkostnad_id,
        timkostnad: sats.ok().flatten(),
        per_ar,
    }
}

/// `round_öre(mängd × sats × p/100)`, the one rounding of a line's year;
/// no `sats` for kronor, no `p` for costs and years at the default 100 %.
/// `None` when the value is beyond `MAX_RADBELOPP`.
fn aretsvarde(mangd: Decimal, sats: Option<Belopp>, p: Option<Decimal>) -> Option<Belopp> {
    let bas = match sats {
        Some(s) => mangd.checked_mul(s.value())?,
        None => mangd,
    };
    // The division by 100 is two more decimals of scale: exact.
    match p {
        Some(p) => {
            let produkt = bas.checked_mul(p)?;
            inom_tak(produkt.mantissa(), produkt.scale() + 2)
        }
        None => inom_tak(bas.mantissa(), bas.scale()),
    }
}

/// The last year index of the period, if the line has a non-zero value
/// after it.
fn utanfor_perioden(fordelning: &Fordelning, ar: u32) -> Option<u32> {
    let utanfor = match fordelning {
        Fordelning::PerAr { varden } => varden.iter().skip(ar as usize).any(|v| !v.is_zero()),
        Fordelning::Engangs { ar: t, varde } => *t >= ar && !varde.is_zero(),
        Fordelning::Aterkommande { fran, till, varde } => fran <= till && *till >= ar && !varde.is_zero(),
    };
    utanfor.then(|| ar.saturating_sub(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn effect_value_is_rounded_once_after_p() {
        // 10 h × 379.58 = 3795.80; × 33.3 % = 1264.0014 → 1264.00
        let v = aretsvarde(d("10"), Some(Belopp::from_decimal(d("379.58"))), Some(d("33.3")));
        assert_eq!(v.unwrap().value(), d("1264.00"));
        // 0.125 kr × 100 % → 0.13 (half away from zero); −0.125 → −0.13
        assert_eq!(aretsvarde(d("0.125"), None, None).unwrap().value(), d("0.13"));
        assert_eq!(aretsvarde(d("-0.125"), None, Some(d("100"))).unwrap().value(), d("-0.13"));
    }

    #[test]
    fn a_year_too_large_is_marked_for_its_cell() {
        use crate::model::{Kostnadsrad, Modellparametrar};
        let mut e = Ekonomi::default();
        e.kostnader.push(Kostnadsrad {
            id: "k".into(),
            namnd: "KS".into(),
            fordelning: Fordelning::PerAr { varden: vec![d("5"), d("2000000000000"), d("1000000000000")] },
            ..Default::default()
        });
        let v = crate::vardering::berakna(&e, &Modellparametrar::default());
        let r = v.rader.iter().find(|r| r.id == "k").unwrap();
        // 2·10^12 is past the limit and counts as 0; 10^12 is the limit itself.
        assert_eq!((r.for_stort(0), r.for_stort(1), r.for_stort(2), r.for_stort(9)), (false, true, false, false));
        assert_eq!(r.varde(1), Belopp::ZERO);
    }

    #[test]
    fn huge_values_are_refused_not_overflowed() {
        assert_eq!(aretsvarde(d("100000000000000000000000000"), Some(Belopp::kronor(1000)), None), None);
        assert_eq!(
            for_stort_meddelande(),
            "Större än 1\u{a0}000\u{a0}000\u{a0}000\u{a0}000\u{a0}kr; året räknas som 0."
        );
        let tak = Decimal::from(MAX_RADBELOPP);
        assert_eq!(aretsvarde(tak, None, None), Some(Belopp::kronor(MAX_RADBELOPP)));
        assert_eq!(aretsvarde(tak + d("0.01"), None, None), None);
        assert_eq!(aretsvarde(Decimal::MAX, None, Some(d("50"))), None);
    }

    #[test]
    fn values_after_the_period_are_noticed() {
        let dd = |v: &str| d(v);
        assert_eq!(utanfor_perioden(&Fordelning::Engangs { ar: 5, varde: dd("1") }, 5), Some(4));
        assert_eq!(utanfor_perioden(&Fordelning::Engangs { ar: 4, varde: dd("1") }, 5), None);
        let per_ar = Fordelning::PerAr { varden: vec![dd("1"), dd("0"), dd("0")] };
        assert_eq!(utanfor_perioden(&per_ar, 1), None);
        let ater = Fordelning::Aterkommande { fran: 0, till: 9, varde: dd("2") };
        assert_eq!(utanfor_perioden(&ater, 3), Some(2));
    }
}
