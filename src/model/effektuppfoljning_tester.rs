//! Hand-worked tests of the follow-up rules (docs/modell.md, the section on effekthemtagning).

use super::*;
use crate::model::{Effektrad, Ekonomi, Enhet, Fordelning, Kalkylperiod, Modellparametrar, Realiserat};
use crate::valuation::berakna;

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn b(s: &str) -> Belopp {
    Belopp::from_decimal(d(s))
}

fn uppf(datum: &str, varde: &str, pengar: Option<(i32, &str)>) -> Uppfoljning {
    Uppfoljning {
        datum: datum.into(),
        varde: varde.into(),
        kommentar: String::new(),
        realiserat: pengar.map(|(ar, belopp)| Realiserat { ar, belopp: b(belopp) }),
    }
}

/// Baseline 2,5 on 2027-01-01, target 1,5 on 2029-01-01: 731 days.
fn plan(uppfoljningar: Vec<Uppfoljning>) -> Effektplan {
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

/// Section 10's effect lines as kronor: e1 FRI 37 958 / 113 874 / 151 832,
/// e2 RAM 0 / 25 000 / 25 000, e3 RAM 0 / −8 000,50 / −8 000,50.
fn vardering() -> Vardering {
    let rad = |id: &str, kategori, varden: [&str; 3]| Effektrad {
        id: id.into(),
        namnd: "SN".into(),
        kategori,
        enhet: Enhet::Kronor,
        fordelning: Fordelning::PerAr { varden: varden.iter().map(|v| d(v)).collect() },
        ..Default::default()
    };
    let ekonomi = Ekonomi {
        kalkylperiod: Kalkylperiod { startar: 2027, ar: 3 },
        effekter: vec![
            rad("e1", Effektkategori::FrigjortRamutrymme, ["37958", "113874", "151832"]),
            rad("e2", Effektkategori::Ramjustering, ["0", "25000", "25000"]),
            rad("e3", Effektkategori::Ramjustering, ["0", "-8000.50", "-8000.50"]),
        ],
        ..Default::default()
    };
    berakna(&ekonomi, &Modellparametrar::default())
}

#[test]
fn money_planned_against_realised_per_year() {
    let v = vardering();
    let p = plan(vec![
        uppf("2027-12-31", "2,1", Some((2027, "30000.00"))),
        uppf("2028-07-01", "2,0", Some((2028, "50000.00"))),
        // An earlier report of 2028 is replaced by the later one.
        uppf("2028-03-01", "", Some((2028, "20000.00"))),
        uppf("2028-08-01", "", Some((2031, "1.00"))),
    ]);
    let pengar = pengar(&p, &v.rader[0], &v);
    assert_eq!(pengar.kategori, Effektkategori::FrigjortRamutrymme);
    let ar: Vec<_> = pengar.per_ar.iter().map(|a| (a.ar, a.planerat, a.realiserat, a.skillnad())).collect();
    assert_eq!(
        ar,
        [
            (2027, b("37958"), Some(b("30000")), Some(b("-7958"))),
            (2028, b("113874"), Some(b("50000")), Some(b("-63874"))),
            (2029, b("151832"), None, None),
        ]
    );
    assert_eq!(pengar.planerat, b("303664"));
    assert_eq!(pengar.realiserat, b("80000"));
    assert_eq!(pengar.planerat_uppfoljda_ar, b("151832"));
    // −7 958 − 63 874; 80 000 / 151 832 = 0,52689… → 0,5269
    assert_eq!(pengar.skillnad, b("-71832"));
    assert_eq!(pengar.andel, Some(d("0.5269")));
    assert_eq!(pengar.utanfor_perioden, [(2031, b("1"))]);
}

#[test]
fn ram_and_fri_per_year_over_the_effects_and_removed_effects_kept_apart() {
    let v = vardering();
    let post = |id: &str, kategori| Effektpost {
        id: id.into(),
        slag: Effektslag::Ekonomisk,
        benamning: id.into(),
        kategori: Some(kategori),
        indikator: String::new(),
    };
    let effekter = [
        post("e1", Effektkategori::FrigjortRamutrymme),
        post("e2", Effektkategori::Ramjustering),
        post("e3", Effektkategori::Ramjustering),
    ];
    let med = |id: &str, u: Vec<Uppfoljning>| Effektplan { effekt_id: id.into(), ..plan(u) };
    let h = Effekthemtagning {
        planer: vec![
            med(
                "e1",
                vec![
                    uppf("2027-12-31", "2,1", Some((2027, "30000"))),
                    uppf("2028-07-01", "2,0", Some((2028, "50000"))),
                ],
            ),
            med("e2", vec![uppf("2028-07-01", "6000", Some((2028, "26000")))]),
            med("e3", vec![uppf("2028-06-30", "0", Some((2028, "-8000.50")))]),
            // A removed effect: shown, not summed.
            med("borta", vec![uppf("2028-06-30", "2", Some((2028, "999")))]),
            Effektplan { effekt_id: "q1".into(), slag: Effektslag::Kvalitativ, ..Default::default() },
        ],
        ..Default::default()
    };
    let u = folj_upp(&h, &effekter, &v, "2028-09-01");
    assert_eq!(u.effekter.iter().map(|e| e.finns).collect::<Vec<_>>(), [true, true, true, false, false]);
    assert!(u.effekter[3].pengar.is_none() && u.effekter[4].pengar.is_none());
    assert_eq!(u.effekter[4].indikator.status, Status::EjUppfoljd);
    let ar2028 = &u.per_ar[1];
    // RAM: 25 000 − 8 000,50 planned; 26 000 − 8 000,50 realised.
    assert_eq!(
        (ar2028.ar, ar2028.planerat_ram, ar2028.realiserat_ram, ar2028.planerat_fri, ar2028.realiserat_fri),
        (2028, b("16999.50"), Some(b("17999.50")), b("113874"), Some(b("50000")))
    );
    assert_eq!((ar2028.planerat(), ar2028.realiserat()), (b("130873.50"), Some(b("67999.50"))));
    // 2027: no RAM reported; 2029: nothing reported.
    assert_eq!((u.per_ar[0].realiserat_ram, u.per_ar[0].realiserat()), (None, Some(b("30000"))));
    assert_eq!(u.per_ar[2].realiserat(), None);
    // Every total is the sum of its shown parts.
    assert_eq!(u.summa.planerat_ram, b("33999"));
    assert_eq!(u.summa.realiserat_ram, Some(b("17999.50")));
    assert_eq!(u.summa.planerat_fri, u.per_ar.iter().map(|a| a.planerat_fri).sum::<Belopp>());
    assert_eq!(u.summa.realiserat_fri, Some(b("80000")));
    assert_eq!(u.summa.realiserat(), Some(b("97999.50")));
}
