//! Tests of the plan rules: prefill, re-sync, checks.

use super::*;
use crate::model::uppfoljningsutkast::{FRAMTIDA_UPPFOLJNING, UPPFOLJNING_FORE_NOLLVARDE};
use crate::model::{Effektrad, KvalitativEffekt, Logikled, Logikpost, Uppfoljningsutkast, UtkastFalt};

fn effekter() -> (Ekonomi, Konsekvenser, Logikmodell) {
    let ekonomi = Ekonomi {
        effekter: vec![Effektrad {
            id: "e1".into(),
            beskrivning: "Frigjord tid".into(),
            kategori: Effektkategori::FrigjortRamutrymme,
            utfall_id: Some("l1".into()),
            ..Default::default()
        }],
        ..Default::default()
    };
    let konsekvenser = Konsekvenser {
        kvalitativa_effekter: vec![KvalitativEffekt {
            id: "q1".into(),
            beskrivning: "Nöjdare sökande".into(),
            indikator: "Nöjd-kund-index".into(),
            ..Default::default()
        }],
        ..Default::default()
    };
    let logik = Logikmodell {
        poster: vec![Logikpost {
            id: "l1".into(),
            led: Logikled::EffekterKort,
            text: "Mindre tid".into(),
            indikator: "Timmar per ansökan".into(),
        }],
        ..Default::default()
    };
    (ekonomi, konsekvenser, logik)
}

fn fylld(p: &mut Effektplan) {
    p.ansvarig = "Eva".into();
    p.nollvarde = "2,5".into();
    p.nollvarde_datum = "2027-01-01".into();
    p.malvarde = "1.5".into();
    p.malvarde_datum = "2029-01-01".into();
    p.matmetod = "Tidsstudie".into();
    p.uppfoljningsdatum = vec!["2027-12-31".into()];
}

#[test]
fn approval_prefills_one_plan_per_effect_with_its_indicator() {
    let (ekonomi, konsekvenser, logik) = effekter();
    let poster = effektposter(&ekonomi, &konsekvenser, &logik);
    let mut h = Effekthemtagning::default();
    assert!(!h.komplett(&poster));
    h.besluta(Beslut { datum: "2027-01-10".into(), referens: "SN 2027/12".into() }, &poster);
    let planer: Vec<_> = h.planer.iter().map(|p| (p.effekt_id.as_str(), p.slag, p.indikator.as_str())).collect();
    assert_eq!(
        planer,
        [("e1", Effektslag::Ekonomisk, "Timmar per ansökan"), ("q1", Effektslag::Kvalitativ, "Nöjd-kund-index")]
    );
    assert_eq!(poster[0].kategori, Some(Effektkategori::FrigjortRamutrymme));
    assert!(h.synkad(&poster));
    // Not complete until the responsible people and plans are filled.
    assert!(h.brister(&poster).iter().any(|b| b.falt == PlanFalt::Ansvarig("q1".into())));
    h.effekthemtagningsansvarig = "Eva Lind".into();
    for p in &mut h.planer {
        fylld(p);
    }
    assert_eq!(h.brister(&poster), vec![]);
    assert!(h.komplett(&poster));
}

#[test]
fn resync_adds_new_effects_and_keeps_plans_of_removed_ones() {
    let (mut ekonomi, mut konsekvenser, logik) = effekter();
    let mut h = Effekthemtagning::default();
    h.besluta(Beslut::default(), &effektposter(&ekonomi, &konsekvenser, &logik));
    h.planer[1].ansvarig = "Per".into();
    // q1 is removed, e2 added, e1 renamed.
    konsekvenser.kvalitativa_effekter.clear();
    ekonomi.effekter[0].beskrivning = "Frigjord handläggartid".into();
    ekonomi.effekter.push(Effektrad { id: "e2".into(), kategori: Effektkategori::Ramjustering, ..Default::default() });
    let poster = effektposter(&ekonomi, &konsekvenser, &logik);
    assert!(!h.synkad(&poster));
    assert!(h.synka(&poster));
    let ids: Vec<_> = h.planer.iter().map(|p| (p.effekt_id.as_str(), p.benamning.as_str())).collect();
    assert_eq!(
        ids,
        [("e1", "Frigjord handläggartid"), ("q1", "Nöjdare sökande"), ("e2", "Ekonomisk effekt utan beskrivning")]
    );
    assert_eq!(h.planer[1].ansvarig, "Per", "the removed effect's plan keeps what was entered");
    assert!(!finns(&h.planer[1], &poster));
    assert!(finns(&h.planer[2], &poster));
    assert!(!h.synka(&poster), "a second sync changes nothing");
    // The removed effect's plan is not required; the new one is.
    let brister = h.brister(&poster);
    assert!(brister.iter().all(|b| !matches!(&b.falt, PlanFalt::Ansvarig(id) if id == "q1")));
    assert!(brister.iter().any(|b| b.falt == PlanFalt::Ansvarig("e2".into())));
}

#[test]
fn plan_fields_are_checked_with_swedish_messages() {
    let (ekonomi, konsekvenser, logik) = effekter();
    let poster = effektposter(&ekonomi, &konsekvenser, &logik);
    let mut h = Effekthemtagning { effekthemtagningsansvarig: "Eva".into(), ..Default::default() };
    h.besluta(Beslut::default(), &poster);
    for p in &mut h.planer {
        fylld(p);
    }
    let p = &mut h.planer[0];
    p.nollvarde = "två".into();
    p.malvarde = "2,50".into();
    p.malvarde_datum = "2026-12-31".into();
    p.uppfoljningsdatum.push("31/12".into());
    let meddelanden: Vec<_> = h.brister(&poster).into_iter().map(|b| (b.falt, b.meddelande)).collect();
    assert_eq!(
        meddelanden,
        [
            (PlanFalt::Nollvarde("e1".into()), OGILTIGT_TAL),
            (PlanFalt::MalvardeDatum("e1".into()), "Måldatumet måste komma efter nollvärdets datum."),
            (PlanFalt::Uppfoljningsdatum("e1".into()), DATUMFORMAT),
        ]
    );
    h.planer[0].nollvarde = "2.5".into();
    assert!(h.brister(&poster).iter().any(|b| b.meddelande == "Målvärdet måste skilja sig från nollvärdet."));
    assert_eq!(
        Effekthemtagning::default().brister(&[]).into_iter().map(|b| b.falt).collect::<Vec<_>>(),
        [PlanFalt::Beslut, PlanFalt::Effekthemtagningsansvarig, PlanFalt::Effekter]
    );
}

#[test]
fn a_decision_needs_a_date_and_a_reference() {
    assert_eq!(
        nytt_beslut(" 2027-01-10 ", " SN 2027/12 "),
        Ok(Beslut { datum: "2027-01-10".into(), referens: "SN 2027/12".into() })
    );
    let fel = nytt_beslut("10 jan", "").unwrap_err();
    assert_eq!(fel.iter().map(|b| b.falt).collect::<Vec<_>>(), [BeslutFalt::Datum, BeslutFalt::Referens]);
}

#[test]
fn a_follow_up_is_checked_before_it_is_added() {
    let period = (2027, 5);
    let utkast = Uppfoljningsutkast {
        datum: "2028-07-01".into(),
        varde: "2,0".into(),
        belopp: "150 000".into(),
        ar: "2028".into(),
        kommentar: " Halvår ".into(),
    };
    assert_eq!(
        utkast.som_uppfoljning(true, period, IDAG, NOLL),
        Ok(Uppfoljning {
            datum: "2028-07-01".into(),
            varde: "2,0".into(),
            kommentar: "Halvår".into(),
            realiserat: Some(Realiserat { ar: 2028, belopp: Belopp::kronor(150_000) }),
        })
    );
    // A qualitative effect ignores money and needs a value.
    let utan_varde = Uppfoljningsutkast { varde: String::new(), ..utkast.clone() };
    let falt =
        |r: Result<Uppfoljning, Vec<Brist<UtkastFalt>>>| r.unwrap_err().into_iter().map(|b| b.falt).collect::<Vec<_>>();
    assert_eq!(falt(utan_varde.som_uppfoljning(false, period, IDAG, NOLL)), [UtkastFalt::Varde]);
    assert!(
        utan_varde.som_uppfoljning(true, period, IDAG, NOLL).is_ok(),
        "money alone is a follow-up of an economic effect"
    );
    let fel =
        Uppfoljningsutkast { datum: "1 juli".into(), varde: "2,0,1".into(), belopp: "mycket".into(), ..utkast.clone() };
    assert_eq!(
        falt(fel.som_uppfoljning(true, period, IDAG, NOLL)),
        [UtkastFalt::Datum, UtkastFalt::Varde, UtkastFalt::Belopp]
    );
    let fel_ar = Uppfoljningsutkast { ar: "2032".into(), ..utkast.clone() };
    assert_eq!(falt(fel_ar.som_uppfoljning(true, period, IDAG, NOLL)), [UtkastFalt::Ar]);
    let for_stort = Uppfoljningsutkast { belopp: "2000000000000".into(), ..utkast.clone() };
    assert_eq!(falt(for_stort.som_uppfoljning(true, period, IDAG, NOLL)), [UtkastFalt::Belopp]);
}

const IDAG: &str = "2028-12-01";
const NOLL: &str = "2027-01-15";

#[test]
fn a_follow_up_is_dated_between_the_baseline_and_today() {
    let utkast = Uppfoljningsutkast { datum: "2028-12-01".into(), varde: "2,0".into(), ..Default::default() };
    let meddelanden = |datum: &str, noll: &str| {
        Uppfoljningsutkast { datum: datum.into(), ..utkast.clone() }
            .som_uppfoljning(false, (2027, 5), IDAG, noll)
            .err()
            .map(|b| b.into_iter().map(|b| b.meddelande).collect::<Vec<_>>())
    };
    // Today and the baseline date itself are allowed.
    assert_eq!(meddelanden("2028-12-01", NOLL), None);
    assert_eq!(meddelanden("2027-01-15", NOLL), None);
    assert_eq!(meddelanden("2028-12-02", NOLL), Some(vec![FRAMTIDA_UPPFOLJNING]));
    assert_eq!(meddelanden("2030-06-30", NOLL), Some(vec![FRAMTIDA_UPPFOLJNING]));
    assert_eq!(meddelanden("2027-01-14", NOLL), Some(vec![UPPFOLJNING_FORE_NOLLVARDE]));
    // Without a baseline date only today bounds it.
    assert_eq!(meddelanden("1999-01-01", ""), None);
    assert_eq!(meddelanden("2027-02-30", NOLL), Some(vec![DATUMFORMAT]));
}

#[test]
fn older_files_without_the_new_fields_still_read() {
    let plan: Effektplan = serde_json::from_str(
        r#"{"effekt_id": "e2", "nollvarde": "0.42", "uppfoljningar": [{"datum": "2027-12-31", "varde": "0.30"}]}"#,
    )
    .unwrap();
    assert_eq!(plan.slag, Effektslag::Kvalitativ);
    assert_eq!(plan.uppfoljningar[0].realiserat, None);
    let h: Effekthemtagning = serde_json::from_str("{}").unwrap();
    assert_eq!(h, Effekthemtagning::default());
}
