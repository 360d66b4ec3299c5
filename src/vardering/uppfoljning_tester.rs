//! Hand-worked tests of the follow-ups' money (docs/modell.md, the section
//! on effekthemtagning); the plans are those of the model's tests.

use super::*;
use crate::model::effektuppfoljning::tests::{b, d, plan, uppf};
use crate::model::effektuppfoljning::Status;
use crate::model::{Effektrad, Ekonomi, Enhet, Fordelning, Kalkylperiod, Modellparametrar};
use crate::vardering::berakna;

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
