//! Tests of `jamfor`: the example's file tampered in each way a file can be.

use super::*;
use crate::format::{las_import, skriv};
use crate::model::exempelfall;
use serde_json::{json, Value};

fn exempel() -> (Forstudie, Value) {
    let fall = exempelfall([7; 16], "2026-11-26T10:00:00Z");
    let fil = serde_json::from_str(&skriv(&fall, "2026-11-26T10:00:00Z")).unwrap();
    (fall, fil)
}

fn kontroll(fall: &Forstudie, fil: &Value) -> Kontroll {
    let trad = Nod::las(&fil.to_string()).unwrap();
    jamfor(trad.objekt().unwrap(), fall)
}

fn avvikelse(figur: &str, i_filen: &str, omraknat: &str) -> Avvikelse {
    Avvikelse { figur: figur.into(), i_filen: i_filen.into(), omraknat: omraknat.into() }
}

#[test]
fn an_untouched_export_agrees_with_its_recomputation() {
    let (fall, fil) = exempel();
    assert_eq!(kontroll(&fall, &fil), Kontroll::Stammer);
}

#[test]
fn a_tampered_nnv_is_listed_with_both_values() {
    let (fall, mut fil) = exempel();
    // The example's NNV at 3 %, as the browser test also reads it.
    assert_eq!(fil["vardering"]["bas"]["nnv"], "129023.49");
    fil["vardering"]["bas"]["nnv"] = json!("999999.00");
    assert_eq!(kontroll(&fall, &fil), Kontroll::Avviker(vec![avvikelse("NNV (bas)", "999999.00", "129023.49")]));
    // And the import of that file: the case, never the file's figure.
    let import = las_import(&fil.to_string()).unwrap();
    assert_eq!(import.forstudie, fall);
    assert_eq!(import.kontroll.visade().0.len(), 1);
}

#[test]
fn a_tampered_value_per_year_is_named_by_year_and_line() {
    let (fall, mut fil) = exempel();
    let namnder = fil["vardering"]["namnder"].as_array().unwrap();
    let i = namnder.iter().position(|n| n["namnd"] == "Kommunstyrelsen").unwrap();
    let pv = &mut fil["vardering"]["namnder"][i]["nuvarde_per_ar"][1]["netto"];
    let ratt = pv.as_str().unwrap().to_string();
    *pv = json!("1.00");
    // The licence line is cost line 1: 180 000 kr in year 2028 (t = 1).
    assert_eq!(fil["vardering"]["rader"][0]["id"], "k-licens");
    fil["vardering"]["rader"][0]["per_ar"][1]["varde"] = json!("180000.01");
    let Kontroll::Avviker(lista) = kontroll(&fall, &fil) else { panic!() };
    assert_eq!(
        lista,
        [
            avvikelse("NETTO (nuvärde år 2028, Kommunstyrelsen)", "1.00", &ratt),
            avvikelse("Värde (år 2028, kostnadsrad ”Licens för e-tjänsten på plattformen”)", "180000.01", "180000.00"),
        ]
    );
}

#[test]
fn a_line_added_to_the_file_is_listed_alone_not_every_line_after_it() {
    let (fall, mut fil) = exempel();
    let rader = fil["vardering"]["rader"].as_array_mut().unwrap();
    let antal = rader.len();
    assert!(antal > 2);
    let mut inlagd = rader[0].clone();
    inlagd["id"] = json!("k-inlagd");
    rader.insert(0, inlagd);
    let Kontroll::Avviker(lista) = kontroll(&fall, &fil) else { panic!() };
    // Only the inserted line's own figures, each missing from the recomputation.
    assert!(!lista.is_empty());
    assert!(lista.iter().all(|a| a.figur.contains("kostnadsrad k-inlagd") && a.omraknat == "saknas"), "{lista:#?}");
    assert!(lista.contains(&avvikelse("Id (kostnadsrad k-inlagd)", "k-inlagd", "saknas")));

    // And one taken out: only its figures, missing from the file.
    let (fall, mut fil) = exempel();
    let borttagen = fil["vardering"]["rader"].as_array_mut().unwrap().remove(0);
    assert_eq!(borttagen["id"], "k-licens");
    let Kontroll::Avviker(lista) = kontroll(&fall, &fil) else { panic!() };
    assert!(
        lista
            .iter()
            .all(|a| a.figur.contains("kostnadsrad ”Licens för e-tjänsten på plattformen”") && a.i_filen == "saknas"),
        "{lista:#?}"
    );
}

#[test]
fn lists_whose_elements_share_a_name_are_compared_by_position() {
    assert!(unika(&["a".into(), "b".into()]));
    assert!(!unika(&["a".into(), "b".into(), "a".into()]));
    assert!(unika(&[]));
}

#[test]
fn a_figure_missing_from_the_file_or_extra_in_it_is_listed() {
    let (fall, mut fil) = exempel();
    let nnk = fil["vardering"]["bas"]["nnk"].as_str().unwrap().to_string();
    fil["vardering"]["bas"].as_object_mut().unwrap().remove("nnk");
    fil["vardering"]["bas"]["hemlig_bonus"] = json!(5);
    let Kontroll::Avviker(lista) = kontroll(&fall, &fil) else { panic!() };
    assert_eq!(lista, [avvikelse("NNK (bas)", "saknas", &nnk), avvikelse("Hemlig bonus (bas)", "5", "saknas")]);
}

#[test]
fn a_missing_scenario_lists_each_of_its_figures() {
    let (fall, mut fil) = exempel();
    let scenarier = fil["vardering"]["scenarier"].as_array_mut().unwrap();
    assert_eq!(scenarier.len(), 3);
    scenarier.pop();
    let Kontroll::Avviker(lista) = kontroll(&fall, &fil) else { panic!() };
    assert!(lista.iter().all(|a| a.i_filen == "saknas" && a.figur.contains("scenario ”Pessimistisk”")), "{lista:?}");
    assert!(lista.contains(&avvikelse("Namn (scenario ”Pessimistisk”)", "saknas", "Pessimistisk")));
    assert!(lista.iter().any(|a| a.figur == "NNV (scenario ”Pessimistisk”)"));
    assert!(lista.iter().any(|a| a.figur == "K (år 2031, scenario ”Pessimistisk”)"));
}

#[test]
fn a_file_without_results_says_so_and_a_broken_one_is_one_difference() {
    let (fall, mut fil) = exempel();
    fil["vardering"] = Value::Null;
    fil["bedomning"] = Value::Null;
    assert_eq!(kontroll(&fall, &fil), Kontroll::UtanResultat);
    fil.as_object_mut().unwrap().remove("vardering");
    fil.as_object_mut().unwrap().remove("bedomning");
    assert_eq!(kontroll(&fall, &fil), Kontroll::UtanResultat);
    // Keys the app does not write do not count as results on their own.
    fil["kommentar"] = json!("hej");
    assert_eq!(kontroll(&fall, &fil), Kontroll::UtanResultat);
    fil.as_object_mut().unwrap().remove("kommentar");
    fil["vardering"] = json!("trasig");
    fil["bedomning"] = exempel().1["bedomning"].clone();
    let Kontroll::Avviker(lista) = kontroll(&fall, &fil) else { panic!() };
    assert_eq!(lista.len(), 1);
    assert_eq!((lista[0].figur.as_str(), lista[0].i_filen.as_str()), ("Beräknade värden", "trasig"));
    assert!(lista[0].omraknat.starts_with("{\"") && lista[0].omraknat.ends_with('…'), "{}", lista[0].omraknat);
}

#[test]
fn the_assessment_is_checked_too_and_an_older_file_without_it_lists_its_figures() {
    let (fall, mut fil) = exempel();
    let poang = fil["bedomning"]["poang"].as_str().unwrap().to_string();
    fil["bedomning"]["poang"] = json!("100");
    assert_eq!(kontroll(&fall, &fil), Kontroll::Avviker(vec![avvikelse("Poäng (bedömning)", "100", &poang)]));
    let ekonomi = &mut fil["bedomning"]["kriterier"][8];
    assert_eq!(ekonomi["kriterium"], "ekonomi");
    ekonomi["niva"] = json!(0);
    let Kontroll::Avviker(lista) = kontroll(&fall, &fil) else { panic!() };
    assert_eq!(lista[0].figur, "Nivå (kriteriet ”Ekonomi”, bedömning)");
    // A file written before the assessment was exported.
    fil.as_object_mut().unwrap().remove("bedomning");
    let Kontroll::Avviker(lista) = kontroll(&fall, &fil) else { panic!() };
    assert!(lista.iter().all(|a| a.i_filen == "saknas" && a.figur.ends_with("bedömning)")), "{lista:?}");
    assert!(lista.contains(&avvikelse("Poäng (bedömning)", "saknas", &poang)));
}

#[test]
fn a_long_list_is_cut_for_the_view_and_counted() {
    let lista = vec![avvikelse("a", "1", "2"); Kontroll::VISA_HOGST + 5];
    let kontroll = Kontroll::Avviker(lista);
    let (visade, fler) = kontroll.visade();
    assert_eq!((visade.len(), fler), (Kontroll::VISA_HOGST, 5));
    assert_eq!(Kontroll::Stammer.visade(), (&[][..], 0));
}
