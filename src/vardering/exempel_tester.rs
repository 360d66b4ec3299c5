//! The example case (`model::exempel`) under the valuation: every step
//! complete, no errors, a positive NNV, scored on every criterion, financed.

use super::*;
use crate::model::exempel::{KOMMUNSTYRELSEN, SOCIALNAMNDEN};
use crate::model::{exempelfall, Belopp, Effektrad, Enhet, Fordelning, Forstudie, Kostnadsrad, Steg};

fn fall() -> Forstudie {
    exempelfall([3; 16], "2026-11-26T12:00:00.000Z")
}

#[test]
fn the_example_completes_every_step() {
    let fall = fall();
    for steg in Steg::FORSTUDIE {
        assert!(steg_klart(*steg, &fall), "{steg:?} är inte klart");
    }
    assert!(!steg_klart(Steg::Effekthemtagningsplan, &fall), "not approved yet");
}

#[test]
fn the_valuation_has_no_errors_and_a_positive_nnv() {
    let fall = fall();
    let v = berakna(&fall.ekonomi, &fall.parametrar);
    let fel: Vec<_> = v.problem.iter().filter(|p| p.allvarlighet == Allvarlighet::Fel).collect();
    assert!(fel.is_empty(), "{fel:?}");
    assert!(v.bas.nnv > Belopp::ZERO, "NNV {:?}", v.bas.nnv);
    // The derived hourly cost: 36 000 × 1,54 / 142, rounded to öre.
    assert_eq!(v.timkostnader[0].timkostnad, Some(Belopp::from_decimal(Decimal::new(39042, 2))));
    // Both nämnder carry lines.
    let namnder: Vec<_> = v.namnder.iter().map(|n| n.namnd.as_str()).collect();
    assert!(namnder.contains(&SOCIALNAMNDEN) && namnder.contains(&KOMMUNSTYRELSEN), "{namnder:?}");
}

#[test]
fn the_example_is_scored_with_every_criterion() {
    let fall = fall();
    let v = berakna(&fall.ekonomi, &fall.parametrar);
    let p = berakna_poang(&fall.bedomning, v.bas.nnk, &fall.parametrar);
    assert!(p.saknas.is_empty(), "{:?}", p.saknas);
    assert!(p.prioritering.is_some());
}

#[test]
fn financing_covers_the_costs_every_year() {
    let fall = fall();
    let v = berakna(&fall.ekonomi, &fall.parametrar);
    let j = finansiering(&v, &fall.konsekvenser.finansiering);
    let kostnader: Vec<_> = j.per_ar.iter().map(|a| a.kostnad).collect();
    // 180 000 + 450 000 + 80 000 + 250 000; 180 000 + 20 000 + 60 000; then 180 000 + 60 000.
    assert_eq!(kostnader, [960_000, 260_000, 240_000, 240_000, 240_000].map(Belopp::kronor).to_vec());
    assert!(j.underskottsar.is_empty(), "{j:?}");
    assert_eq!(j.summa.skillnad, Belopp::ZERO);
}

#[test]
fn costs_and_effects_need_both_sides_and_no_errors() {
    let mut fall = Forstudie::ny([1; 16], "2026-11-26T00:00:00Z");
    let steg = Steg::KostnaderOchEffekter;
    assert!(!steg_klart(steg, &fall));
    fall.ekonomi.kostnader.push(Kostnadsrad { id: "k".into(), namnd: "KS".into(), ..Default::default() });
    assert!(!steg_klart(steg, &fall));
    fall.ekonomi.effekter.push(Effektrad { id: "e".into(), namnd: "KS".into(), ..Default::default() });
    assert!(steg_klart(steg, &fall));
    // Hours at a timkostnad that does not exist are a `Fel`.
    fall.ekonomi.effekter[0].enhet = Enhet::Timmar { timkostnad_id: "saknas".into() };
    fall.ekonomi.effekter[0].fordelning = Fordelning::Engangs { ar: 0, varde: 5.into() };
    assert!(!steg_klart(steg, &fall));
}
