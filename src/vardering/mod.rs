//! The valuation model (docs/modell.md states every formula), computed from the
//! case's inputs. Pure Rust, all money `Belopp`/`Decimal`; a test keeps
//! docs/modell.md's worked examples in step with the code.
//!
//! The work runs in four steps, each in its own file:
//! 1. `timkostnad`, `rader`: the rates, then each line's value per year,
//!    each rounded to öre once, there;
//! 2. `summor`: K, RAM, FRI per nämnd, kostnadstyp and year as exact sums;
//! 3. `nuvarde`: d(t), present values rounded per nämnd and year, NNV, NNK,
//!    payback and break-even (`Kalkyl`);
//! 4. `kanslighet`: scenarios and other rates, each a new `Kalkyl` from the
//!    grid of step 2, so they follow the same rules as the base.
//!
//! Between the steps money is whole öre in `i128` (`rutnat`): sums are then
//! exact integer additions, and every rounding goes through one function.
//! `risk` puts the scenarios and rates side by side in words (break-even,
//! where NNV turns negative); `finansiering` sets financing against the costs; `sammanstallning` splits
//! the effects for the summary view; `stress` makes a large case for the
//! benchmark.
//!
//! Inputs the rules cannot use never panic: they become `Problem`s (Swedish)
//! in the result, and the figure they touch counts as 0 or uses a bound.

pub mod bedomning;
mod exakt;
mod finansiering;
mod kanslighet;
mod nuvarde;
mod problem;
mod rader;
mod risk;
mod rutnat;
mod sammanstallning;
pub mod stress;
mod summor;
mod timkostnad;
mod uppfoljning;

pub use bedomning::{berakna_poang, ekonominiva, raknad_niva, Kriteriepoang, Poangsattning, Prioritering};
pub use finansiering::{finansiering, Finansieringsar, Finansieringsjamforelse};
pub use kanslighet::Scenariokalkyl;
pub use nuvarde::{
    aterbetalning, begransa_ranta, diskonteringsfaktorer, kvot, Flode, Kalkyl, Namndkalkyl, KVOT_DECIMALER,
};
pub use problem::{Allvarlighet, Problem};
pub use rader::{for_stort_meddelande, Radar, Radslag, Radvardering};
pub use risk::{break_even_text, procent, scenariobeskrivning, Riskrad, Riskslag};
pub use sammanstallning::{Effektdel, Namndeffekt, Radsumma, Typeffekt};
pub use summor::{Kostnadstypsumma, NamndKostnadstyp};
pub use timkostnad::{harledd_timkostnad, Timkostnadsvarde};
pub use uppfoljning::{folj_upp, pengar, Effektresultat, Effektuppfoljning, Pengaar, Pengauppfoljning, Totalar};

use crate::model::{modellregler, tal};
use crate::model::{Ekonomi, Forstudie, Kalkylperiod, Kostnadstyp, Modellparametrar, Steg};
use rust_decimal::Decimal;
use rutnat::{ore, Rutnat};
use serde::{Deserialize, Serialize};

/// Everything the valuation computes for one case.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Vardering {
    /// Calendar year of t = 0.
    pub startar: i32,
    /// T as used (1 … 15).
    pub ar: u32,
    pub timkostnader: Vec<Timkostnadsvarde>,
    /// Every line with its rounded value per year: cost lines in input
    /// order, then effect lines in input order.
    pub rader: Vec<Radvardering>,
    /// Per nämnd (by name) at the base rate: K/RAM/FRI and present values
    /// per year, sums, NNV(n).
    pub namnder: Vec<Namndkalkyl>,
    /// Over all nämnder; kostnadstyper with at least one line.
    pub per_kostnadstyp: Vec<Kostnadstypsumma>,
    /// Per nämnd and kostnadstyp over all years; combinations with a line.
    pub per_namnd_och_kostnadstyp: Vec<NamndKostnadstyp>,
    /// Totals and key figures at the parameters' discount rate.
    pub bas: Kalkyl,
    /// One per scenario of the parameters, in their order, at the base rate.
    pub scenarier: Vec<Scenariokalkyl>,
    /// The base at each sensitivity rate, in the parameters' order.
    pub kanslighetsrantor: Vec<Kalkyl>,
    pub problem: Vec<Problem>,
}

/// Computes every figure of the valuation model.
pub fn berakna(ekonomi: &Ekonomi, parametrar: &Modellparametrar) -> Vardering {
    let mut problem = Vec::new();
    let ar = kalkylar(&ekonomi.kalkylperiod, &mut problem);
    let timkostnader = timkostnad::timkostnader(&ekonomi.timkostnader, &mut problem);
    let rader = rader::radvarden(ekonomi, &timkostnader, ar, &mut problem);
    let summor = summor::summera(&rader, ar);
    let ranta = giltig_ranta(parametrar.diskonteringsranta_procent, "Diskonteringsräntan", &mut problem);
    let (bas, nuvarde) = Kalkyl::berakna(&summor.rutnat, ranta);
    let namnder = nuvarde::namndkalkyler(&summor.namn, &summor.rutnat, &nuvarde);
    let scenarier = kanslighet::scenarier(&summor.rutnat, &bas, &parametrar.scenarier, &mut problem);
    let rantor: Vec<Decimal> = parametrar
        .kanslighetsrantor_procent
        .iter()
        .map(|r| giltig_ranta(*r, "Känslighetsräntan", &mut problem))
        .collect();
    let kanslighetsrantor = kanslighet::rantor(&summor.rutnat, &bas, &rantor);
    Vardering {
        startar: ekonomi.kalkylperiod.startar,
        ar,
        timkostnader,
        rader,
        namnder,
        per_kostnadstyp: summor.per_kostnadstyp,
        per_namnd_och_kostnadstyp: summor.per_namnd_och_kostnadstyp,
        bas,
        scenarier,
        kanslighetsrantor,
        problem,
    }
}

/// Whether the case fills `steg`'s completion rule, computing the valuation
/// when the step asks whether it has a `Fel` problem (step 8, the summary).
/// The app keeps one valuation per edit and asks `Steg::komplett_med`.
pub fn steg_klart(steg: Steg, fall: &Forstudie) -> bool {
    steg.komplett_med(fall, &|| berakna(&fall.ekonomi, &fall.parametrar).har_fel())
}

/// T within 1 … `Kalkylperiod::MAX_AR`; a T outside is reported with the
/// field's own message (`Kalkylperiod::langd_fel`).
fn kalkylar(period: &Kalkylperiod, problem: &mut Vec<Problem>) -> u32 {
    let ar = period.ar.clamp(1, Kalkylperiod::MAX_AR);
    if let Some(regel) = Kalkylperiod::langd_fel(Decimal::from(period.ar)) {
        problem.push(Problem::fel(format!("Kalkylperioden är {} år. {regel} Räknar med {ar} år.", period.ar)));
    }
    ar
}

/// The rate within the bounds; a rate the field would refuse
/// (`modellregler::ranta`) is reported with the field's message.
fn giltig_ranta(ranta: Decimal, vad: &str, problem: &mut Vec<Problem>) -> Decimal {
    let giltig = begransa_ranta(ranta);
    if let Some(regel) = modellregler::ranta(ranta) {
        problem.push(Problem::fel(format!(
            "{vad} är {} %. {regel} Räknar med {} %.",
            tal::formatera(ranta),
            tal::formatera(giltig)
        )));
    }
    giltig
}

impl Vardering {
    /// The calendar year of year index t.
    pub fn kalenderar(&self, t: u32) -> i32 {
        self.startar.saturating_add(t as i32)
    }

    /// The lines a figure sums: those of `slag`, optionally only one nämnd
    /// and one kostnadstyp. K(n,t) is the sum of `varde(t)` over
    /// `rader_i(Some(n), Radslag::Kostnad, None)`.
    pub fn rader_i<'a>(
        &'a self,
        namnd: Option<&'a str>,
        slag: Radslag,
        kostnadstyp: Option<Kostnadstyp>,
    ) -> impl Iterator<Item = &'a Radvardering> + 'a {
        self.rader.iter().filter(move |r| {
            r.slag == slag && namnd.is_none_or(|n| r.namnd == n) && kostnadstyp.is_none_or(|k| r.kostnadstyp == k)
        })
    }

    /// The K/RAM/FRI grid, back from the per-nämnd figures.
    fn rutnat(&self) -> Rutnat {
        let celler =
            self.namnder.iter().flat_map(|n| n.per_ar.iter().map(|f| [ore(f.k), ore(f.ram), ore(f.fri)])).collect();
        Rutnat { ar: self.ar as usize, celler }
    }

    /// Scenario (a, b) (bounded as the `KOSTNAD_`/`EFFEKT_PROCENT_` limits)
    /// at a rate (bounded as `begransa_ranta`): the totals and key figures,
    /// and each nämnd's figures, to explain any scenario or rate figure.
    pub fn kalkyl(
        &self,
        kostnad_procent: Decimal,
        effekt_procent: Decimal,
        ranta_procent: Decimal,
    ) -> (Kalkyl, Vec<Namndkalkyl>) {
        let (a, b) = kanslighet::begransa_scenario(kostnad_procent, effekt_procent);
        let rutnat = self.rutnat().scenario(a, b);
        let (kalkyl, nuvarde) = Kalkyl::berakna(&rutnat, ranta_procent);
        let namn: Vec<String> = self.namnder.iter().map(|n| n.namnd.clone()).collect();
        let namnder = nuvarde::namndkalkyler(&namn, &rutnat, &nuvarde);
        (kalkyl, namnder)
    }

    /// Whether some problem makes a figure wrong until the input is mended.
    pub fn har_fel(&self) -> bool {
        self.problem.iter().any(|p| p.allvarlighet == Allvarlighet::Fel)
    }
}

#[cfg(test)]
#[path = "exempel_tester.rs"]
mod exempel_tester;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::modellregler::{RANTA_MAX, RANTA_MIN};
    use crate::model::{Belopp, Effektrad, Enhet, Fordelning, Kostnadsrad};

    fn under_ranta(ranta: &str) -> Vardering {
        let p = Modellparametrar { diskonteringsranta_procent: ranta.parse().unwrap(), ..Default::default() };
        berakna(&Ekonomi::default(), &p)
    }

    /// One rule for a rate: what the field refuses (`modellregler::ranta`,
    /// the model page's and the file's message) is exactly what the engine
    /// reports and bounds, with the same sentence; −10 % is a rate both take.
    #[test]
    fn the_field_and_the_engine_share_the_rate_rule_and_its_message() {
        assert_eq!(modellregler::ranta(RANTA_MIN), None);
        assert_eq!((RANTA_MIN, RANTA_MAX), (Decimal::from(-50), Decimal::from(100)));
        for ranta in ["-50", "-10", "0", "3", "100"] {
            assert_eq!(modellregler::ranta(ranta.parse().unwrap()), None, "{ranta} %");
            let v = under_ranta(ranta);
            assert!(v.problem.is_empty(), "{ranta} %: {:?}", v.problem);
            assert_eq!(v.bas.diskonteringsranta_procent, ranta.parse::<Decimal>().unwrap());
        }
        for (ranta, giltig) in [("-50.01", "-50"), ("-60", "-50"), ("100.5", "100")] {
            let regel = modellregler::ranta(ranta.parse().unwrap());
            assert_eq!(regel, Some("Räntan ska vara mellan −50 och 100 %."), "{ranta} %");
            let v = under_ranta(ranta);
            assert_eq!(v.bas.diskonteringsranta_procent, giltig.parse::<Decimal>().unwrap());
            assert_eq!(v.problem.len(), 1, "{ranta} %");
            assert!(v.problem[0].meddelande.contains(regel.unwrap()), "{}", v.problem[0].meddelande);
        }
        assert_eq!(
            under_ranta("-60").problem[0].meddelande,
            "Diskonteringsräntan är −60 %. Räntan ska vara mellan −50 och 100 %. Räknar med −50 %."
        );
    }

    /// The kalkylperiod's rule, the same way: the field's message is the
    /// engine's reason.
    #[test]
    fn the_field_and_the_engine_share_the_period_rule() {
        for ar in [0u32, 16, 40] {
            let regel = Kalkylperiod::langd_fel(Decimal::from(ar)).expect("refused");
            let ekonomi = Ekonomi { kalkylperiod: Kalkylperiod { startar: 2027, ar }, ..Default::default() };
            let v = berakna(&ekonomi, &Modellparametrar::default());
            assert_eq!(v.problem.len(), 1);
            assert!(v.problem[0].meddelande.contains(regel), "{}", v.problem[0].meddelande);
        }
        assert_eq!(Kalkylperiod::langd_fel(Decimal::from(15)), None);
        assert_eq!(Kalkylperiod::langd_fel(Decimal::new(25, 1)), Some("Kalkylperioden är ett helt antal år, 1–15."));
    }

    #[test]
    fn missing_rate_is_reported_and_counts_as_zero() {
        let ekonomi = Ekonomi {
            kostnader: vec![Kostnadsrad {
                id: "k1".into(),
                namnd: "KS".into(),
                enhet: Enhet::Timmar { timkostnad_id: "saknas".into() },
                fordelning: Fordelning::Engangs { ar: 0, varde: Decimal::from(10) },
                ..Default::default()
            }],
            ..Default::default()
        };
        let v = berakna(&ekonomi, &Modellparametrar::default());
        assert_eq!(v.rader[0].varde(0), Belopp::ZERO);
        assert_eq!(v.problem.len(), 1);
        assert_eq!(v.problem[0].rad_id.as_deref(), Some("k1"));
        assert!(v.problem[0].meddelande.contains("som inte finns"));
        assert!(v.har_fel());
    }

    #[test]
    fn bad_parameters_are_bounded_and_reported() {
        let ekonomi = Ekonomi {
            kalkylperiod: Kalkylperiod { startar: 2027, ar: 40 },
            effekter: vec![Effektrad { namnd: "KS".into(), ..Default::default() }],
            ..Default::default()
        };
        let mut p = Modellparametrar { diskonteringsranta_procent: Decimal::from(-200), ..Default::default() };
        p.scenarier[1].effekt_procent = Decimal::from(150);
        let v = berakna(&ekonomi, &p);
        assert_eq!(v.ar, 15);
        assert_eq!(v.bas.diskonteringsranta_procent, RANTA_MIN);
        assert_eq!(v.kalkyl(Decimal::ZERO, Decimal::ZERO, RANTA_MIN).0, v.bas);
        assert_eq!(v.scenarier[1].effekt_procent, Decimal::ONE_HUNDRED);
        assert_eq!(v.problem.len(), 3, "{:?}", v.problem);
    }

    #[test]
    fn negative_cost_is_counted_and_warned() {
        let ekonomi = Ekonomi {
            kostnader: vec![Kostnadsrad {
                id: "k1".into(),
                namnd: "KS".into(),
                fordelning: Fordelning::Engangs { ar: 1, varde: Decimal::from(-500) },
                ..Default::default()
            }],
            ..Default::default()
        };
        let v = berakna(&ekonomi, &Modellparametrar::default());
        assert_eq!(v.namnder[0].per_ar[1].k, Belopp::kronor(-500));
        assert_eq!(v.problem.len(), 1);
        assert_eq!(v.problem[0].allvarlighet, Allvarlighet::Varning);
        assert!(!v.har_fel());
    }

    #[test]
    fn empty_case_computes() {
        let v = berakna(&Ekonomi::default(), &Modellparametrar::default());
        assert_eq!(v.ar, 5);
        assert!(v.namnder.is_empty());
        assert_eq!(v.bas.nnk, None);
        assert_eq!(v.bas.break_even_andel, None);
        // Cumulative NETTO is 0 ≥ 0 from the first year: payback at t = 0,
        // which the app does not show, as nothing is entered.
        assert_eq!(v.bas.aterbetalningsar, Some(0));
        assert!(!v.bas.har_belopp());
        assert_eq!(v.kanslighetsrantor.len(), 3);
        assert_eq!(v.kalenderar(2), 2029);
    }
}
