//! The portfolio's native tests with the hand-worked cases of testfall.rs.

use super::testfall::*;
use super::*;
use crate::model::{Kriterium, Vardermodell};

const IDAG: &str = "2026-12-01";

#[test]
fn a_broken_file_is_listed_with_its_reason_while_the_rest_load() {
    let mut p = Portfolj::default();
    assert_eq!(p.las_in("a.json", &fil(&fall_a()), IDAG), Ok(()));
    let fel = p.las_in("trasig.json", "{\"schema_version\": 1,", IDAG).unwrap_err();
    assert_eq!(fel.filnamn, "trasig.json");
    assert!(fel.orsak.starts_with("Filen är inte giltig JSON"), "{}", fel.orsak);
    assert_eq!(p.las_in("b.json", &fil(&fall_b()), IDAG), Ok(()));
    assert_eq!(p.fall.len(), 2);
    // The same case again is refused, naming the file it came from.
    let dubblett = p.las_in("a-igen.json", &fil(&fall_a()), IDAG).unwrap_err();
    assert!(
        dubblett.orsak.contains("finns redan i portföljen (från filen \u{2068}a.json\u{2069})"),
        "{}",
        dubblett.orsak
    );
    assert_eq!(p.fall.len(), 2);
}

#[test]
fn the_files_figures_are_never_trusted() {
    let mut json: serde_json::Value = serde_json::from_str(&fil(&fall_a())).unwrap();
    json["vardering"]["bas"]["nnv"] = "999999.00".into();
    json["bedomning"]["poang"] = "100".into();
    let mut p = Portfolj::default();
    p.las_in("a.json", &json.to_string(), IDAG).unwrap();
    let rad = &p.rader()[0];
    assert_eq!(rad.nnv, belopp("3897.52"));
    assert_eq!(rad.poang, d("60.625"));
}

#[test]
fn hand_worked_rows_and_ranks() {
    // The figures are worked by hand in testfall.rs.
    let rader = portfolj().rader();
    let [a, b, c, dd] = [&rader[0], &rader[1], &rader[2], &rader[3]];
    assert_eq!(
        (a.titel.as_str(), a.forvaltning.as_str(), a.namnd.as_str()),
        ("A Bokning", "Kulturförvaltningen", "Kulturnämnden")
    );
    assert_eq!((a.kostnad, a.kostnad_nuvarde, a.nnv), (belopp("10000"), belopp("10000"), belopp("3897.52")));
    assert_eq!(a.nnk, Some(d("0.3898")));
    assert_eq!((a.aterbetalningsar, a.aterbetalning_kalenderar), (Some(3), Some(2030)));
    assert_eq!((a.poang, a.prioritering), (d("60.625"), Some(Prioritering::Medel)));
    assert_eq!((b.kostnad, b.kostnad_nuvarde, b.nnv), (belopp("24000"), belopp("23717.10"), belopp("-16282.91")));
    assert_eq!((b.nnk, b.aterbetalningsar), (Some(d("-0.6865")), None));
    assert_eq!((b.poang, b.prioritering), (d("35"), Some(Prioritering::Lag)));
    assert_eq!(
        (c.kostnad, c.nnv, c.nnk, c.aterbetalningsar),
        (belopp("6000"), belopp("3292.74"), Some(d("0.5488")), Some(3))
    );
    assert_eq!((c.poang, c.prioritering), (d("59.375"), Some(Prioritering::MasteGoras)));
    assert_eq!((dd.kostnad, dd.nnv, dd.nnk), (belopp("1000"), belopp("-1000"), Some(d("-1"))));
    assert_eq!((dd.poang, dd.prioritering, dd.saknas), (d("7.5"), None, 7));
    assert_eq!(dd.prioritetstext(), "Ej klar: 7 kriterier saknar nivå");
    assert_eq!(a.prioritetstext(), "Medel");
    // Rank: must-do first, then by priority and score; D unranked.
    assert_eq!((c.rang, a.rang, b.rang, dd.rang), (Some(1), Some(2), Some(3), None));
    // The footer is the sum of the rows: 10 000 + 24 000 + 6 000 + 1 000;
    // 3 897.52 − 16 282.91 + 3 292.74 − 1 000.
    let t = Portfolj::totalt(&rader);
    assert_eq!((t.kostnad, t.nnv), (belopp("41000"), belopp("-10092.65")));
    assert_eq!(t.kostnad_nuvarde, belopp("10000") + belopp("23717.10") + belopp("6000") + belopp("1000"));
    assert!(rader.iter().all(|r| !r.har_fel && !r.andrad));
    // Every scenario and rate, with the warning where NNV turns negative.
    let namn: Vec<String> = a.kanslighet.iter().map(|(n, _)| n.replace('\u{a0}', " ")).collect();
    assert_eq!(namn, ["Bas", "Försiktig", "Pessimistisk", "Ränta 0 %", "Ränta 3,5 %", "Ränta 8 %"]);
    assert_eq!(a.kanslighet[0].1, a.nnv);
    // A in Försiktig by hand: K 12 500 at t = 0; FRI 2 250 t = 1…4 in PV
    // 2 184.47 + 2 120.84 + 2 059.07 + 1 999.10 = 8 363.48; RAM 750
    // t = 2…4 in PV 706.95 + 686.36 + 666.37 = 2 059.68; NNV −2 076.84.
    assert_eq!(a.kanslighet[1].1, belopp("-2076.84"));
    let p = portfolj();
    for (rad, fall) in [(a, &p.fall[0]), (b, &p.fall[1])] {
        let v = &fall.vardering;
        let vantat: Vec<Belopp> =
            v.scenarier.iter().map(|s| s.kalkyl.nnv).chain(v.kanslighetsrantor.iter().map(|k| k.nnv)).collect();
        assert_eq!(rad.kanslighet.iter().map(|(_, b)| *b).collect::<Vec<_>>(), vantat);
        let negativa: Vec<&str> =
            rad.kanslighet.iter().filter(|(_, b)| *b < Belopp::ZERO).map(|(n, _)| n.as_str()).collect();
        assert_eq!(rad.negativ.is_some(), !negativa.is_empty(), "{}", rad.titel);
    }
    // B is negative everywhere; its marking names every scenario.
    assert!(
        b.negativ
            .as_deref()
            .is_some_and(|t| t.starts_with("Negativt NNV i scenarierna Bas, Försiktig och Pessimistisk")),
        "{:?}",
        b.negativ
    );
}

#[test]
fn equal_priority_and_score_share_a_rank() {
    let mut p = Portfolj::default();
    let mut a2 = fall_a();
    a2.id = uuid::Uuid::from_bytes([9; 16]);
    a2.utvecklingsbehov.titel = "A2".into();
    for f in [fall_a(), a2, fall_b()] {
        p.las_in("x.json", &fil(&f), IDAG).unwrap();
    }
    let rang: Vec<_> = p.rader().iter().map(|r| r.rang).collect();
    assert_eq!(rang, [Some(1), Some(1), Some(3)]);
}

#[test]
fn the_teams_assessment_rescores_and_reranks_and_keeps_the_proposal() {
    use Kriterium::*;
    let mut p = portfolj();
    let b = fall_b().id;
    let forslag = fall_b().bedomning;
    let ange = |p: &mut Portfolj, andringar: &[(Kriterium, u8)]| {
        let mut bedomning = p.hamta(b).unwrap().forstudie.gallande_bedomning().clone();
        for (k, niva) in andringar {
            bedomning.nivaer.iter_mut().find(|n| n.kriterium == *k).unwrap().niva = *niva;
        }
        p.ange_teambedomning(b, bedomning, " Eva  Ek ", "2026-12-02T09:30:00.000Z");
        p.rader().into_iter().find(|r| r.id == b).unwrap()
    };
    // B from 35: genomförbarhet 2 → 4 adds 12.5 × 2/4 = 6.25, strategiskt
    // värde 7.5 × 2/4 = 3.75 and kvalitativa 10 × 2/4 = 5: 50, exactly
    // the Medel threshold.
    let rad = ange(&mut p, &[(Genomforbarhet, 4), (StrategisktVarde, 4), (KvalitativaEffekter, 4)]);
    assert_eq!(
        (rad.poang, rad.prioritering, rad.rang, rad.andrad),
        (d("50"), Some(Prioritering::Medel), Some(3), true)
    );
    assert_eq!(rad.bedomd_av.as_deref(), Some("Eva  Ek"));
    // Organisatorisk and teknisk 3.75 each and potential 6.25 more: 63.75,
    // ahead of A (60.625), which falls to third.
    let rad = ange(&mut p, &[(AngelagenhetOrganisatorisk, 4), (AngelagenhetTeknisk, 4), (PotentialAttRealisera, 4)]);
    assert_eq!((rad.poang, rad.rang), (d("63.75"), Some(2)));
    assert_eq!(p.rader()[0].rang, Some(3));
    // Potential 0 sends it back: no rank, and A is second again.
    let rad = ange(&mut p, &[(PotentialAttRealisera, 0)]);
    assert_eq!((rad.prioritering, rad.rang), (Some(Prioritering::Aterremiss), None));
    assert_eq!(p.rader()[0].rang, Some(2));
    // The file carries the team's assessment (who, when, which model) beside
    // the förvaltning's untouched proposal, and reads back with it.
    let fall = &p.hamta(b).unwrap().forstudie;
    assert_eq!(fall.bedomning, forslag);
    let team = fall.teambedomning.as_ref().unwrap();
    assert_eq!((team.bedomd_av.as_str(), team.tidpunkt.as_str()), ("Eva  Ek", "2026-12-02T09:30:00.000Z"));
    assert_eq!(team.modell, crate::model::Vardermodell::default().referens());
    assert_eq!(team.bedomning.niva(PotentialAttRealisera), Some(0));
    assert_eq!(team.rubrik(), "Värderingsteamets bedömning, Eva  Ek, 2026-12-02, Handbokens standardmodell, version 1");
    let text = format::skriv(fall, "2026-12-02T10:00:00Z");
    let tillbaka = format::las(&text).unwrap().forstudie;
    assert_eq!(tillbaka.teambedomning.as_ref(), Some(team));
    assert_eq!(tillbaka.bedomning, forslag);
    let mut q = Portfolj::default();
    q.las_in("b.json", &text, IDAG).unwrap();
    let rad = q.rader().into_iter().next().unwrap();
    assert_eq!(
        (rad.prioritering, rad.bedomd_av.as_deref(), rad.andrad),
        (Some(Prioritering::Aterremiss), Some("Eva  Ek"), false)
    );
    // The same assessment again by the same person is no change.
    let mut q = portfolj();
    let samma = q.hamta(b).unwrap().forstudie.bedomning.clone();
    q.ange_teambedomning(b, samma.clone(), "Eva", "2026-12-02T09:00:00Z");
    assert!(q.hamta(b).unwrap().andrad, "confirming the proposal is the team's assessment");
    q.fall[1].andrad = false;
    q.ange_teambedomning(b, samma, "Eva", "2026-12-02T11:00:00Z");
    assert!(!q.hamta(b).unwrap().andrad);
    assert_eq!(q.hamta(b).unwrap().forstudie.teambedomning.as_ref().unwrap().tidpunkt, "2026-12-02T09:00:00Z");
}

#[test]
fn the_session_copy_reads_back_with_figures_recomputed() {
    let mut p = portfolj();
    let b = fall_b().id;
    let mut bedomning = p.hamta(b).unwrap().forstudie.bedomning.clone();
    bedomning.nivaer.pop();
    p.ange_teambedomning(b, bedomning, "Eva", "2026-12-02T09:00:00Z");
    let tillbaka = Portfolj::fran_session(&p.till_session(), Default::default()).unwrap();
    assert_eq!(tillbaka, p);
    assert_eq!(Portfolj::fran_session("[{\"nej\":1}]", Default::default()), None);
    assert_eq!(Portfolj::fran_session("[]", Default::default()), Some(Portfolj::default()));
}

/// A with the team's model named in it, as a case made under the model.
fn a_under_modellen() -> Forstudie {
    let mut a = fall_a();
    a.vardermodell = Some(Vardermodell::default().referens());
    a
}

#[test]
fn each_case_is_named_by_how_it_relates_to_the_teams_model() {
    let modell = Vardermodell::default();
    let hash = modell.hash();
    let status = |f: &Forstudie| Modellstatus::av(f, &modell, &hash);
    assert_eq!(status(&a_under_modellen()), Modellstatus::Samma);
    assert_eq!(Modellstatus::Samma.markering(), None);
    // Written before models were named.
    assert_eq!(status(&fall_a()).markering().as_deref(), Some("Ingen modell angiven"));
    // The model named, a threshold changed in the case.
    let mut egen = a_under_modellen();
    egen.parametrar.troskelvarden.hog = d("50");
    assert_eq!(status(&egen).markering().as_deref(), Some("Egna parametrar"));
    // "3.00" is the model's 3.0: not a difference.
    let mut samma = a_under_modellen();
    samma.parametrar.diskonteringsranta_procent = d("3.00");
    assert_eq!(status(&samma), Modellstatus::Samma);
    // Another model: a different hash.
    let mut annan = a_under_modellen();
    annan.vardermodell = Some(crate::model::Modellreferens {
        namn: "Kommunens modell".into(),
        version: "2026.2".into(),
        hash: "sha256:00".into(),
    });
    assert_eq!(status(&annan).markering().as_deref(), Some("Annan modell (Kommunens modell, version 2026.2)"));
    let mut p = Portfolj::default();
    for (i, f) in [a_under_modellen(), egen, annan].into_iter().enumerate() {
        let mut f = f;
        f.id = uuid::Uuid::from_bytes([20 + i as u8; 16]);
        p.las_in("x.json", &fil(&f), IDAG).unwrap();
    }
    assert_eq!(p.avvikande(), 2);
    assert_eq!(p.rader().iter().map(|r| r.modellmarkering.is_some()).collect::<Vec<_>>(), [false, true, true]);
}

#[test]
fn a_copy_with_hog_from_50_is_ranked_by_the_teams_thresholds() {
    // The example: A (60.625, Medel under Hög from 70) and a copy
    // whose own parameters say Hög from 50. By its own thresholds the copy
    // would be Hög and rank above A; under the team's model it is Medel
    // with A's 60.625 and shares A's rank, behind C (must be done).
    let mut kopia = a_under_modellen();
    kopia.id = uuid::Uuid::from_bytes([7; 16]);
    kopia.utvecklingsbehov.titel = "A Kopia".into();
    kopia.parametrar.troskelvarden.hog = d("50");
    let mut p = portfolj();
    p.las_in("kopia.json", &fil(&kopia), IDAG).unwrap();
    let rader = p.rader();
    let (a, c, k) = (&rader[0], &rader[2], &rader[4]);
    assert_eq!((k.poang, k.prioritering, k.rang), (d("60.625"), Some(Prioritering::Medel), Some(2)));
    assert_eq!((a.rang, c.rang), (Some(2), Some(1)));
    assert_eq!(k.modellmarkering.as_deref(), Some("Egna parametrar"));
    let avvikelse = k.avvikelse.as_ref().unwrap();
    assert_eq!(
        avvikelse.skillnader,
        vec![crate::model::Parameterskillnad {
            parameter: "Tröskelvärde Hög (poäng)".into(),
            i_fallet: "50".into(),
            i_modellen: "70".into()
        }]
    );
    // Side by side: the same NNV and score; Hög by its own, Medel by the model.
    assert_eq!(
        (avvikelse.egna.nnv, avvikelse.egna.poang, avvikelse.egna.prioritering),
        (belopp("3897.52"), d("60.625"), Some(Prioritering::Hog))
    );
    assert_eq!(
        (avvikelse.modellens.nnv, avvikelse.modellens.prioritering),
        (belopp("3897.52"), Some(Prioritering::Medel))
    );
    assert_eq!(avvikelse.egna.prioritetstext(), "Hög");
}

#[test]
fn a_case_with_its_own_rate_is_recomputed_at_the_models() {
    // A at 0 %: every present value is nominal. FRI 4 × 3 000 = 12 000,
    // RAM 3 × 1 000 = 3 000, K 10 000: NNV 5 000, NNK 0.5 → Ekonomi level
    // 3 (under 1) → 30 × 3/4 = 22.5 instead of 15: 60.625 + 7.5 = 68.125.
    // Under the model's 3 % it is A's 3 897.52, NNK 0.3898, 60.625.
    let mut noll = a_under_modellen();
    noll.parametrar.diskonteringsranta_procent = d("0");
    let mut p = Portfolj::default();
    p.las_in("noll.json", &fil(&noll), IDAG).unwrap();
    let rad = &p.rader()[0];
    assert_eq!((rad.nnv, rad.nnk, rad.poang), (belopp("3897.52"), Some(d("0.3898")), d("60.625")));
    let a = rad.avvikelse.as_ref().unwrap();
    assert_eq!((a.egna.nnv, a.egna.nnk, a.egna.poang), (belopp("5000"), Some(d("0.5")), d("68.125")));
    assert_eq!(
        (a.modellens.nnv, a.modellens.nnk, a.modellens.poang),
        (belopp("3897.52"), Some(d("0.3898")), d("60.625"))
    );
    assert_eq!(a.skillnader[0].parameter, "Diskonteringsränta");
    assert_eq!((a.skillnader[0].i_fallet.as_str(), a.skillnader[0].i_modellen.as_str()), ("0\u{a0}%", "3\u{a0}%"));
    // A new team model (4 % say) recomputes and renames it: now the case's 0 %
    // and the model's 4 % differ, and the model named in the file is another.
    let mut ny = Vardermodell { version: "2".into(), ..Default::default() };
    ny.parametrar.diskonteringsranta_procent = d("4");
    p.byt_modell(ny);
    let rad = &p.rader()[0];
    assert_eq!(rad.modellmarkering.as_deref(), Some("Annan modell (Handbokens standardmodell, version 1)"));
    assert!(rad.nnv < belopp("3897.52"), "a higher rate lowers NNV: {}", rad.nnv);
}

#[test]
fn cases_outside_the_models_lists_are_flagged() {
    use crate::model::namnlista::tests::kommunens_modell;
    let mut p = Portfolj::ny(kommunens_modell());
    p.las_in("a.json", &fil(&fall_a()), IDAG).unwrap();
    p.las_in("c.json", &fil(&fall_c()), IDAG).unwrap();
    let rader = p.rader();
    // A: Kulturförvaltningen, Kulturnämnden, Kommunstyrelsen are all listed.
    assert_eq!(rader[0].namnavvikelser, vec![]);
    // C: neither Miljöförvaltningen nor Miljö- och byggnämnden is.
    assert_eq!(
        rader[1].namnavvikelser,
        vec![
            crate::model::Namnavvikelse::Forvaltning("Miljöförvaltningen".into()),
            crate::model::Namnavvikelse::Namnd("Miljö- och byggnämnden".into())
        ]
    );
    assert_eq!(p.utanfor_listorna(), 1);
}
