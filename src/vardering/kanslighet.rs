//! Sensitivity (känslighetsanalys): scenarios move K up and RAM, FRI down
//! per nämnd and year, then every figure follows from K', RAM', FRI' exactly
//! as from the base; the extra rates re-discount the base grid.

use super::nuvarde::Kalkyl;
use super::problem::Problem;
use super::rutnat::Rutnat;
use crate::model::modellregler::{
    self, EFFEKT_PROCENT_MAX, EFFEKT_PROCENT_MIN, KOSTNAD_PROCENT_MAX, KOSTNAD_PROCENT_MIN,
};
use crate::model::tal::formatera;
use crate::model::Scenario;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// One scenario's figures.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Scenariokalkyl {
    pub namn: String,
    /// a in percent, as used: K' = round_öre(K × (1 + a/100)).
    pub kostnad_procent: Decimal,
    /// b in percent, as used: RAM' = round_öre(RAM × (1 − b/100)), FRI' likewise.
    pub effekt_procent: Decimal,
    pub kalkyl: Kalkyl,
}

/// (a, b) within their bounds.
pub(crate) fn begransa_scenario(kostnad_procent: Decimal, effekt_procent: Decimal) -> (Decimal, Decimal) {
    (
        kostnad_procent.clamp(KOSTNAD_PROCENT_MIN, KOSTNAD_PROCENT_MAX),
        effekt_procent.clamp(EFFEKT_PROCENT_MIN, EFFEKT_PROCENT_MAX),
    )
}

/// Every scenario of the parameters at the base rate, with a problem for
/// each bounded value. The base kalkyl is reused where the scenario is (0, 0).
pub(crate) fn scenarier(
    rutnat: &Rutnat,
    bas: &Kalkyl,
    scenarier: &[Scenario],
    problem: &mut Vec<Problem>,
) -> Vec<Scenariokalkyl> {
    scenarier
        .iter()
        .map(|s| {
            let (a, b) = begransa_scenario(s.kostnad_procent, s.effekt_procent);
            // A percentage the model page would refuse is reported with
            // that field's message (`modellregler`), and counts at the bound.
            if let Some(regel) = modellregler::kostnad_procent(s.kostnad_procent) {
                problem.push(Problem::fel(format!(
                    "Scenariot ”{}” höjer kostnaderna med {} %. {regel} Räknar med {} %.",
                    s.namn,
                    formatera(s.kostnad_procent),
                    formatera(a)
                )));
            }
            if let Some(regel) = modellregler::effekt_procent(s.effekt_procent) {
                problem.push(Problem::fel(format!(
                    "Scenariot ”{}” sänker effekterna med {} %. {regel} Räknar med {} %.",
                    s.namn,
                    formatera(s.effekt_procent),
                    formatera(b)
                )));
            }
            let kalkyl = if a.is_zero() && b.is_zero() {
                bas.clone()
            } else {
                Kalkyl::berakna(&rutnat.scenario(a, b), bas.diskonteringsranta_procent).0
            };
            Scenariokalkyl { namn: s.namn.clone(), kostnad_procent: a, effekt_procent: b, kalkyl }
        })
        .collect()
}

/// The base grid at each sensitivity rate (already bounded); the base
/// kalkyl is reused where the rate is the base rate.
pub(crate) fn rantor(rutnat: &Rutnat, bas: &Kalkyl, rantor: &[Decimal]) -> Vec<Kalkyl> {
    rantor
        .iter()
        .map(|r| if *r == bas.diskonteringsranta_procent { bas.clone() } else { Kalkyl::berakna(rutnat, *r).0 })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scenario_rounds_each_term() {
        // K 100.01 × 1.25 = 125.0125 → 125.01; RAM 33.33 × 0.75 = 24.9975 → 25.00;
        // FRI −0.10 × 0.75 = −0.075 → −0.08 (half away from zero)
        let bas = Rutnat { ar: 1, celler: vec![[10_001, 3_333, -10]] };
        let s = bas.scenario(Decimal::from(25), Decimal::from(25));
        assert_eq!(s.celler, vec![[12_501, 2_500, -8]]);
        assert_eq!(bas.scenario(Decimal::ZERO, Decimal::ZERO), bas);
    }

    #[test]
    fn scenario_percentages_are_bounded() {
        let (a, b) = begransa_scenario(Decimal::from(5000), Decimal::from(-5000));
        assert_eq!((a, b), (KOSTNAD_PROCENT_MAX, EFFEKT_PROCENT_MIN));
    }
}
