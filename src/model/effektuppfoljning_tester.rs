//! Hand-worked tests of the follow-up rules (docs/modell.md, the section on effekthemtagning).

use super::*;
use crate::model::{Effektslag, Realiserat};

pub(crate) fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

pub(crate) fn b(s: &str) -> Belopp {
    Belopp::from_decimal(d(s))
}

pub(crate) fn uppf(datum: &str, varde: &str, pengar: Option<(i32, &str)>) -> Uppfoljning {
    Uppfoljning {
        datum: datum.into(),
        varde: varde.into(),
        kommentar: String::new(),
        realiserat: pengar.map(|(ar, belopp)| Realiserat { ar, belopp: b(belopp) }),
    }
}

/// Baseline 2,5 on 2027-01-01, target 1,5 on 2029-01-01: 731 days.
pub(crate) fn plan(uppfoljningar: Vec<Uppfoljning>) -> Effektplan {
    Effektplan {
        effekt_id: "e1".into(),
        slag: Effektslag::Ekonomisk,
        nollvarde: "2,5".into(),
        nollvarde_datum: "2027-01-01".into(),
        malvarde: "1,5".into(),
        malvarde_datum: "2029-01-01".into(),
        uppfoljningsdatum: vec!["2028-12-31".into(), "2027-12-31".into(), "2028-06-30".into()],
        uppfoljningar,
        ..Default::default()
    }
}

#[test]
fn day_numbers_follow_the_calendar() {
    assert_eq!(dagnummer("1970-01-01"), Some(0));
    assert_eq!(dagnummer("1969-12-31"), Some(-1));
    assert_eq!(dagnummer("2000-03-01"), Some(11017));
    assert_eq!(dagnummer("2024-02-29"), Some(19782));
    assert_eq!(dagnummer("2027-01-01"), Some(20819));
    // 2027 has 365 days, 2028 366.
    assert_eq!(dagnummer("2029-01-01").unwrap() - dagnummer("2027-01-01").unwrap(), 731);
    assert_eq!(dagnummer("2028-07-01").unwrap() - dagnummer("2027-01-01").unwrap(), 547);
    assert_eq!(dagnummer("2027-02-29"), None);
    assert_eq!(dagnummer(""), None);
}

#[test]
fn realised_share_against_time_gone_gives_the_status() {
    // 2028-07-01: 547 of 731 days → 0,748290… → 0,7483; on track from
    // 0,7483 − 0,10 = 0,6483.
    let lage = |varde: &str| indikatorlage(&plan(vec![uppf("2028-07-01", varde, None)]), "2028-09-01");
    let l = lage("2,0");
    // (2,0 − 2,5) / (1,5 − 2,5) = 0,5
    assert_eq!((l.andel, l.tidsandel), (Some(d("0.5000")), Some(d("0.7483"))));
    assert_eq!(l.status, Status::EfterPlan);
    assert_eq!(l.senaste, Some(Matning { datum: "2028-07-01".into(), varde: d("2.0") }));
    // (1,85 − 2,5) / −1 = 0,65 ≥ 0,6483: on track.
    assert_eq!(lage("1,85").status, Status::IRattTakt);
    // 1,8517 → 0,6483 exactly: the boundary counts as on track.
    assert_eq!(lage("1,8517").andel, Some(d("0.6483")));
    assert_eq!(lage("1,8517").status, Status::IRattTakt);
    assert_eq!(lage("1,8518").status, Status::EfterPlan);
    // At or past the target value: realised, also when overshot.
    assert_eq!(lage("1,5").status, Status::Realiserad);
    assert_eq!((lage("1.3").andel, lage("1.3").status), (Some(d("1.2000")), Status::Realiserad));
    // The wrong way: a negative share.
    assert_eq!((lage("3").andel, lage("3").status), (Some(d("-0.5000")), Status::EfterPlan));
    assert_eq!(formatera_andel(d("0.7483")), "74,83\u{a0}%");
    assert_eq!(formatera_andel(d("-0.5")), "\u{2212}50,00\u{a0}%");
}

#[test]
fn an_increasing_indicator_and_the_target_date() {
    let mut p = plan(vec![uppf("2027-12-31", "80", None)]);
    (p.nollvarde, p.malvarde) = ("60".into(), "90".into());
    // (80 − 60) / (90 − 60) = 0,6667; time 364 / 731 = 0,4979.
    let l = indikatorlage(&p, "2028-01-15");
    assert_eq!((l.andel, l.tidsandel, l.status), (Some(d("0.6667")), Some(d("0.4979")), Status::IRattTakt));
    // Past the target date only the target itself is on plan; time is 1.
    p.uppfoljningar.push(uppf("2029-03-01", "89", None));
    let l = indikatorlage(&p, "2029-03-02");
    assert_eq!((l.andel, l.tidsandel, l.status), (Some(d("0.9667")), Some(d("1.0000")), Status::EfterPlan));
    // A follow-up before the baseline date, or after today, is not counted
    // (its field refuses both): it is listed, never used.
    let tidig = Effektplan { uppfoljningar: vec![uppf("2026-06-01", "61", None)], ..p.clone() };
    let l = indikatorlage(&tidig, "2026-06-02");
    assert_eq!((l.senaste, l.tidsandel, l.status), (None, None, Status::EjUppfoljd));
    assert_eq!(l.ej_raknade, ["2026-06-01"]);
    let framtida = Effektplan { uppfoljningar: vec![uppf("2030-06-30", "95", None)], ..p };
    let l = indikatorlage(&framtida, "2026-12-01");
    assert_eq!((l.senaste, l.andel, l.status), (None, None, Status::EjUppfoljd));
    assert_eq!(l.ej_raknade, ["2030-06-30"]);
}

#[test]
fn the_latest_measurement_counts_and_bad_values_are_listed_not_used() {
    let p = plan(vec![
        uppf("2028-07-01", "2,0", None),
        uppf("2027-12-31", "2,4", None),
        uppf("2028-03-01", "ungefär 2", None),
        uppf("2028-07-01", "1,9", None),
        uppf("2028-08-01", "", Some((2028, "1000.00"))),
    ]);
    let l = indikatorlage(&p, "2028-09-01");
    // Latest date wins over entry order; on the same date the later entry.
    assert_eq!(l.senaste.map(|m| m.varde), Some(d("1.9")));
    assert_eq!(l.ej_raknade, ["2028-03-01"]);
    // No measured value at all: not followed up, whatever the money.
    let bara_pengar = plan(vec![uppf("2028-08-01", "", Some((2028, "1000.00")))]);
    assert_eq!(indikatorlage(&bara_pengar, "2028-09-01").status, Status::EjUppfoljd);
    assert_eq!(indikatorlage(&plan(vec![]), "2028-09-01").status, Status::EjUppfoljd);
}

#[test]
fn a_plan_without_numbers_or_dates_cannot_be_judged() {
    let mut p = plan(vec![uppf("2028-07-01", "2,0", None)]);
    p.malvarde = "lägre".into();
    assert_eq!(indikatorlage(&p, "2028-09-01").status, Status::KanInteBedomas(SAKNAR_TAL));
    p.malvarde = "2,5".into();
    assert_eq!(indikatorlage(&p, "2028-09-01").status, Status::KanInteBedomas(SAKNAR_TAL));
    p.malvarde = "1,5".into();
    p.malvarde_datum = "2026-01-01".into();
    let l = indikatorlage(&p, "2028-09-01");
    assert_eq!((l.andel, l.tidsandel, l.status), (Some(d("0.5000")), None, Status::KanInteBedomas(SAKNAR_DATUM)));
    // A reached target needs no dates.
    p.uppfoljningar.push(uppf("2028-08-01", "1,4", None));
    assert_eq!(indikatorlage(&p, "2028-09-01").status, Status::Realiserad);
}

#[test]
fn planned_dates_give_the_next_and_the_overdue_follow_ups() {
    // Planned 2027-12-31, 2028-06-30, 2028-12-31 (entered out of order).
    let ingen = indikatorlage(&plan(vec![]), "2028-09-01");
    assert_eq!(ingen.forsenade, ["2027-12-31", "2028-06-30"]);
    assert_eq!(ingen.nasta.as_deref(), Some("2028-12-31"));
    // A follow-up on 2028-07-01 covers every planned date up to it.
    let l = indikatorlage(&plan(vec![uppf("2028-07-01", "", Some((2028, "5.00")))]), "2028-09-01");
    assert!(l.forsenade.is_empty());
    // A planned date today is the next one, not overdue.
    let l = indikatorlage(&plan(vec![uppf("2027-12-31", "2,3", None)]), "2028-06-30");
    assert_eq!((l.forsenade.len(), l.nasta.as_deref()), (0, Some("2028-06-30")));
    assert_eq!(indikatorlage(&plan(vec![]), "2029-02-01").nasta, None);
}
