//! The storage rules, on an in-memory store: a damaged value is listed as
//! damaged, never overwritten and never dropped.

mod fyllt_fall;

use forstudie::format;
use forstudie::lagring::{self, Krock, Lagring, Oppningsfel, Post, Skrivfel};
use forstudie::model::Forstudie;
use std::collections::BTreeMap;

#[derive(Default)]
struct Minne {
    varden: BTreeMap<String, String>,
    fullt: bool,
}

impl Lagring for Minne {
    fn nycklar(&self) -> Vec<String> {
        self.varden.keys().cloned().collect()
    }
    fn hamta(&self, nyckel: &str) -> Option<String> {
        self.varden.get(nyckel).cloned()
    }
    fn ange(&mut self, nyckel: &str, varde: &str) -> Result<(), Skrivfel> {
        if self.fullt {
            return Err(Skrivfel::Fullt);
        }
        self.varden.insert(nyckel.into(), varde.into());
        Ok(())
    }
    fn ta_bort(&mut self, nyckel: &str) {
        self.varden.remove(nyckel);
    }
}

fn fall(byte: u8, titel: &str, andrad: &str) -> Forstudie {
    let mut f = Forstudie::ny([byte; 16], andrad);
    f.utvecklingsbehov.titel = titel.into();
    f
}

#[test]
fn cases_are_listed_newest_first_and_damaged_values_last_with_their_raw_text() {
    let mut l = Minne::default();
    lagring::spara(&mut l, &fall(1, "Äldre", "2026-01-01T10:00:00Z"), "2026-01-01T10:00:00Z").unwrap();
    lagring::spara(&mut l, &fall(2, "Nyare", "2026-02-01T10:00:00Z"), "2026-02-01T10:00:00Z").unwrap();
    l.varden.insert("forstudie.fall.trasig".into(), "{inte json".into());
    l.varden.insert("annan.app".into(), "rör ej".into());

    let poster = lagring::lista(&mut l);
    assert_eq!(poster.len(), 3);
    let titlar: Vec<_> =
        poster.iter().filter_map(|p| if let Post::Fall(s) = p { Some(s.titel.as_str()) } else { None }).collect();
    assert_eq!(titlar, ["Nyare", "Äldre"]);
    match &poster[2] {
        Post::Skadad { nyckel, ra_text, orsak } => {
            assert_eq!(nyckel, "forstudie.fall.trasig");
            assert_eq!(ra_text, "{inte json");
            assert!(orsak.contains("inte giltig JSON"), "{orsak}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_damaged_value_is_never_overwritten_by_a_save() {
    let mut l = Minne::default();
    let f = fall(3, "Fall", "2026-01-01T10:00:00Z");
    let nyckel = lagring::nyckel(f.id);
    l.varden.insert(nyckel.clone(), "{\"schema_version\": 1, trasig".into());
    let fel = lagring::spara(&mut l, &f, "2026-01-02T10:00:00Z").unwrap_err();
    assert!(fel.contains("skrivs inte över"), "{fel}");
    assert_eq!(l.varden[&nyckel], "{\"schema_version\": 1, trasig");
    assert!(matches!(lagring::oppna(&l, f.id), Err(Oppningsfel::Skadad(_))));
    assert_eq!(lagring::krock(&l, f.id), Krock::Skadad);
}

#[test]
fn a_value_from_a_future_version_is_kept_as_damaged_not_dropped() {
    let mut l = Minne::default();
    let f = fall(4, "Framtid", "2026-01-01T10:00:00Z");
    let nyckel = lagring::nyckel(f.id);
    let framtid = format::skriv(&f, "2026-01-01T10:00:00Z").replace("\"schema_version\": 1", "\"schema_version\": 2");
    l.varden.insert(nyckel.clone(), framtid.clone());
    assert!(matches!(&lagring::lista(&mut l)[0], Post::Skadad { orsak, .. } if orsak.contains("schemaversion 2")));
    assert!(lagring::spara(&mut l, &f, "2026-01-02T10:00:00Z").is_err());
    assert_eq!(l.varden[&nyckel], framtid);
}

#[test]
fn a_case_under_another_cases_key_is_damaged() {
    let mut l = Minne::default();
    let f = fall(5, "Flyttad", "2026-01-01T10:00:00Z");
    l.varden.insert("forstudie.fall.annat-id".into(), format::skriv(&f, "x"));
    assert!(matches!(&lagring::lista(&mut l)[0], Post::Skadad { orsak, .. } if orsak.contains("annan nyckel")));
}

#[test]
fn save_open_delete_and_conflicts() {
    let mut l = Minne::default();
    let f = fyllt_fall::fyllt_fall();
    assert_eq!(lagring::krock(&l, f.id), Krock::Ingen);
    lagring::spara(&mut l, &f, "2026-11-26T15:00:00Z").unwrap();
    assert_eq!(lagring::oppna(&l, f.id).unwrap(), f);
    assert!(matches!(lagring::krock(&l, f.id), Krock::Finns(s) if s.titel == "Digital ansökan om färdtjänst"));
    lagring::radera(&mut l, f.id);
    assert_eq!(lagring::oppna(&l, f.id), Err(Oppningsfel::Saknas));
}

#[test]
fn a_case_is_stored_as_its_file_without_the_computed_results() {
    let mut l = Minne::default();
    let f = fyllt_fall::fyllt_fall();
    lagring::spara(&mut l, &f, "2026-11-27T10:00:00Z").unwrap();
    let lagrat = l.hamta(&lagring::nyckel(f.id)).unwrap();
    let json: serde_json::Value = serde_json::from_str(&lagrat).unwrap();
    let mut nycklar: Vec<&str> = json.as_object().unwrap().keys().map(String::as_str).collect();
    nycklar.sort_unstable();
    assert_eq!(nycklar, ["app_version", "exporterad", "forstudie", "schema_version"]);
    assert_eq!(json["exporterad"], "2026-11-27T10:00:00Z");
    // The same inputs as the export, which also has the results.
    let export: serde_json::Value = serde_json::from_str(&format::skriv(&f, "2026-11-27T10:00:00Z")).unwrap();
    assert_eq!(json["forstudie"], export["forstudie"]);
    assert!(export.get("vardering").is_some() && export.get("bedomning").is_some());
    assert!(lagrat.len() < format::skriv(&f, "2026-11-27T10:00:00Z").len());
    assert_eq!(lagring::oppna(&l, f.id).unwrap(), f);
}

#[test]
fn a_full_storage_reports_the_failure_and_keeps_the_old_value() {
    let mut l = Minne::default();
    let mut f = fall(6, "Före", "2026-01-01T10:00:00Z");
    lagring::spara(&mut l, &f, "2026-01-01T10:00:00Z").unwrap();
    l.fullt = true;
    f.utvecklingsbehov.titel = "Efter".into();
    let fel = lagring::spara(&mut l, &f, "2026-01-02T10:00:00Z").unwrap_err();
    assert!(fel.starts_with("Kunde inte spara"), "{fel}");
    assert_eq!(lagring::oppna(&l, f.id).unwrap().utvecklingsbehov.titel, "Före");
}

#[test]
fn a_case_larger_than_the_whole_storage_says_so_with_its_size_and_the_room() {
    // A 6.6 M-character case where about 5 M are free: it can never fit,
    // and deleting other cases would not help.
    let m = lagring::fullt_meddelande(6_600_000, 0, 250_000);
    assert!(m.contains("för stor för webbläsarens lokala lagring"), "{m}");
    assert!(m.contains("Den tar 6,6 miljoner tecken"), "{m}");
    // 5 × 1 048 576 = 5 242 880 in all; 4 992 880 free.
    assert!(m.contains("rymmer omkring 5,2 miljoner tecken"), "{m}");
    assert!(m.contains("varav omkring 5,0 miljoner är lediga"), "{m}");
    assert!(m.contains("Att ta bort andra förstudier räcker inte"), "{m}");
    // One that fits an empty storage: the storage is full.
    let m = lagring::fullt_meddelande(300_000, 100_000, 5_100_000);
    assert!(m.starts_with("webbläsarens lagringsutrymme är fullt"), "{m}");
    // Free: 5 242 880 − 5 100 000 = 142 880, and the 100 000 it replaces.
    assert!(m.contains("Förstudien tar 300\u{a0}000 tecken och omkring 242\u{a0}880 är lediga"), "{m}");
}

#[test]
fn duplicate_and_new_id_give_new_ids_and_keep_the_content() {
    let f = fyllt_fall::fyllt_fall();
    let kopia = f.kopia([9; 16], "2026-11-27T08:00:00Z");
    assert_ne!(kopia.id, f.id);
    assert_eq!(kopia.utvecklingsbehov.titel, "Kopia av Digital ansökan om färdtjänst");
    assert_eq!(kopia.ekonomi, f.ekonomi);
    assert_eq!(kopia.bedomning, f.bedomning);
    // The filled case is decided and planned; its copy is a new förstudie.
    assert!(f.effekthemtagning.beslut.is_some() && !f.effekthemtagning.planer.is_empty());
    assert_eq!(kopia.effekthemtagning, Default::default());
    let bredvid = f.clone().med_nytt_id([10; 16]);
    assert_eq!(bredvid.utvecklingsbehov, f.utvecklingsbehov);
    assert_ne!(bredvid.id, f.id);
}

#[test]
fn an_edit_is_saved_only_over_the_version_it_was_opened_from() {
    let mut l = Minne::default();
    let oppnad = fall(7, "Öppnad", "2026-01-01T10:00:00Z");
    lagring::spara(&mut l, &oppnad, "2026-01-01T10:00:00Z").unwrap();

    // Tab A saves an edit: fine, and the stored time moves on.
    let mut flik_a = oppnad.clone();
    flik_a.utvecklingsbehov.titel = "Från flik A".into();
    lagring::spara_redigering(&mut l, &flik_a, "2026-01-01T10:05:00Z").unwrap();
    assert_eq!(lagring::oppna(&l, oppnad.id).unwrap().andrad, "2026-01-01T10:05:00Z");

    // Tab B still holds the version from 10:00: its save is refused.
    let mut flik_b = oppnad.clone();
    flik_b.utvecklingsbehov.titel = "Från flik B".into();
    let fel = lagring::spara_redigering(&mut l, &flik_b, "2026-01-01T10:06:00Z").unwrap_err();
    assert!(fel.contains("annan flik"), "{fel}");
    assert_eq!(lagring::oppna(&l, oppnad.id).unwrap().utvecklingsbehov.titel, "Från flik A");

    // A case removed elsewhere is not brought back by a save.
    lagring::radera(&mut l, oppnad.id);
    assert!(lagring::spara_redigering(&mut l, &flik_b, "2026-01-01T10:07:00Z").is_err());
    assert_eq!(lagring::oppna(&l, oppnad.id), Err(Oppningsfel::Saknas));
}

fn titlar(poster: &[Post]) -> Vec<String> {
    poster.iter().filter_map(|p| if let Post::Fall(s) = p { Some(s.titel.clone()) } else { None }).collect()
}

#[test]
fn the_list_is_read_from_the_stored_summaries() {
    let mut l = Minne::default();
    let f = fall(6, "Sammanfattad", "2026-03-01T10:00:00Z");
    lagring::spara(&mut l, &f, "2026-03-01T10:00:00Z").unwrap();
    let s_nyckel = lagring::sammandragsnyckel(f.id);
    let sammandrag = l.varden[&s_nyckel].clone();
    assert!(sammandrag.contains("\n12:Sammanfattad\n"), "{sammandrag}");
    assert!(sammandrag.len() < 200, "small: {sammandrag}");
    // The listed title comes from the summary, not from parsing the case:
    // a summary edited to another title (its check intact) is what shows.
    l.varden.insert(s_nyckel.clone(), sammandrag.replace("12:Sammanfattad", "19:Ur sammanfattningen"));
    assert_eq!(titlar(&lagring::lista(&mut l)), ["Ur sammanfattningen"]);
    // Removing the case removes its summary.
    lagring::radera(&mut l, f.id);
    assert!(l.varden.is_empty(), "{:?}", l.varden.keys());
}

#[test]
fn a_case_without_a_summary_or_with_an_outdated_one_is_read_in_full_and_summarised() {
    let mut l = Minne::default();
    let gammal = fall(7, "Från en äldre version", "2026-01-01T10:00:00Z");
    let ny = fall(8, "Ny", "2026-02-01T10:00:00Z");
    // Stored by an older version: the case's text only.
    l.varden.insert(lagring::nyckel(gammal.id), format::skriv_lagrad(&gammal, "2026-01-01T10:00:00Z"));
    lagring::spara(&mut l, &ny, "2026-02-01T10:00:00Z").unwrap();
    assert_eq!(titlar(&lagring::lista(&mut l)), ["Ny", "Från en äldre version"]);
    let s_gammal = lagring::sammandragsnyckel(gammal.id);
    assert!(l.varden[&s_gammal].contains("Från en äldre version"), "its summary is written once read");
    // Changed in another tab by an older version (the summary is not): the
    // case's text no longer matches, so the case is read and listed anew.
    let mut andrad = ny.clone();
    andrad.utvecklingsbehov.titel = "Ändrad i en annan flik".into();
    andrad.andrad = "2026-02-02T10:00:00Z".into();
    l.varden.insert(lagring::nyckel(ny.id), format::skriv_lagrad(&andrad, "2026-02-02T10:00:00Z"));
    assert_eq!(titlar(&lagring::lista(&mut l)), ["Ändrad i en annan flik", "Från en äldre version"]);
    assert!(l.varden[&lagring::sammandragsnyckel(ny.id)].contains("Ändrad i en annan flik"));
    // A damaged summary costs a full read, nothing else.
    l.varden.insert(s_gammal.clone(), "{trasig".into());
    assert_eq!(titlar(&lagring::lista(&mut l)), ["Ändrad i en annan flik", "Från en äldre version"]);
    assert!(l.varden[&s_gammal].contains("Från en äldre version"));
    // A summary left without its case (removed by an older version) goes.
    l.varden.remove(&lagring::nyckel(gammal.id));
    assert_eq!(titlar(&lagring::lista(&mut l)), ["Ändrad i en annan flik"]);
    assert!(!l.varden.contains_key(&s_gammal));
}

#[test]
fn a_damaged_case_with_a_summary_is_listed_as_damaged_and_kept() {
    let mut l = Minne::default();
    let f = fall(9, "Skadas sedan", "2026-01-01T10:00:00Z");
    lagring::spara(&mut l, &f, "2026-01-01T10:00:00Z").unwrap();
    let nyckel = lagring::nyckel(f.id);
    let trasig = l.varden[&nyckel].replacen('{', "[", 1);
    l.varden.insert(nyckel.clone(), trasig.clone());
    let poster = lagring::lista(&mut l);
    assert!(
        matches!(&poster[..], [Post::Skadad { nyckel: k, ra_text, .. }] if *k == nyckel && *ra_text == trasig),
        "{poster:?}"
    );
    assert_eq!(l.varden[&nyckel], trasig);
}

#[test]
fn a_failed_summary_write_does_not_fail_the_save_and_the_list_still_reads() {
    let mut l = Minne::default();
    let f = fall(10, "Utan plats för sammanfattning", "2026-01-01T10:00:00Z");
    lagring::spara(&mut l, &f, "2026-01-01T10:00:00Z").unwrap();
    // A stale summary and a full storage: the case reads, the stale summary
    // is not trusted (and removed when it cannot be replaced).
    let mut andrad = f.clone();
    andrad.utvecklingsbehov.titel = "Ny titel".into();
    l.varden.insert(lagring::nyckel(f.id), format::skriv_lagrad(&andrad, "2026-01-02T10:00:00Z"));
    l.fullt = true;
    assert_eq!(titlar(&lagring::lista(&mut l)), ["Ny titel"]);
    assert!(!l.varden.contains_key(&lagring::sammandragsnyckel(f.id)));
}

#[test]
fn the_summaries_list_without_reading_any_case_and_name_the_cases_to_read() {
    let mut l = Minne::default();
    let sammanfattad = fall(10, "Sammanfattad", "2026-03-01T10:00:00Z");
    let aldre = fall(11, "Äldre", "2026-04-01T10:00:00Z");
    lagring::spara(&mut l, &sammanfattad, "2026-03-01T10:00:00Z").unwrap();
    l.varden.insert(lagring::nyckel(aldre.id), format::skriv_lagrad(&aldre, "2026-04-01T10:00:00Z"));
    let trasig = "forstudie.fall.inte-ett-id".to_string();
    l.varden.insert(trasig.clone(), "{trasig".into());

    let (poster, olasta) = lagring::lista_ur_sammandrag(&mut l);
    assert_eq!(titlar(&poster), ["Sammanfattad"]);
    assert_eq!(poster.len(), 1, "a damaged case is not judged without reading it: {poster:?}");
    let mut vantade = vec![lagring::nyckel(aldre.id), trasig.clone()];
    vantade.sort();
    assert_eq!(olasta, vantade);
    assert!(!l.varden.contains_key(&lagring::sammandragsnyckel(aldre.id)), "nothing is read, so nothing is written");

    // The full read of those keys, then the list's order: the newer case
    // first, the damaged entry last.
    let lasta = lagring::las_fullt(&mut l, &olasta);
    let ordnad = lagring::ordna(poster.into_iter().chain(lasta).collect());
    assert_eq!(titlar(&ordnad), ["Äldre", "Sammanfattad"]);
    assert!(matches!(&ordnad[2], Post::Skadad { nyckel, .. } if *nyckel == trasig), "{ordnad:?}");
    assert_eq!(ordnad, lagring::lista(&mut l), "the same list as in one go");
    assert_eq!(lagring::lista_ur_sammandrag(&mut l).1, [trasig], "only the damaged one is left to read");
}

#[test]
fn a_full_read_made_before_the_summaries_changed_lists_no_case_twice() {
    let mut l = Minne::default();
    let aldre = fall(12, "Äldre", "2026-04-01T10:00:00Z");
    l.varden.insert(lagring::nyckel(aldre.id), format::skriv_lagrad(&aldre, "2026-04-01T10:00:00Z"));
    let trasig = "forstudie.fall.trasig".to_string();
    l.varden.insert(trasig.clone(), "{trasig".into());
    let (_, olasta) = lagring::lista_ur_sammandrag(&mut l);
    let lasta = lagring::las_fullt(&mut l, &olasta);
    assert_eq!(lasta.len(), 2);
    assert_eq!(lasta[0].nyckel(), lagring::nyckel(aldre.id));

    // The older case now has its summary; the damaged one was removed in
    // another tab. The earlier full read must not add either again.
    l.varden.remove(&trasig);
    let (ur_sammandrag, olasta) = lagring::lista_ur_sammandrag(&mut l);
    assert!(olasta.is_empty());
    let lista = lagring::sla_ihop(ur_sammandrag, &olasta, &lasta);
    assert_eq!(titlar(&lista), ["Äldre"]);
    assert_eq!(lista.len(), 1, "{lista:?}");
}
