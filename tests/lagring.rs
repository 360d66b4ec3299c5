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

    let poster = lagring::lista(&l);
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
    assert!(matches!(&lagring::lista(&l)[0], Post::Skadad { orsak, .. } if orsak.contains("schemaversion 2")));
    assert!(lagring::spara(&mut l, &f, "2026-01-02T10:00:00Z").is_err());
    assert_eq!(l.varden[&nyckel], framtid);
}

#[test]
fn a_case_under_another_cases_key_is_damaged() {
    let mut l = Minne::default();
    let f = fall(5, "Flyttad", "2026-01-01T10:00:00Z");
    l.varden.insert("forstudie.fall.annat-id".into(), format::skriv(&f, "x"));
    assert!(matches!(&lagring::lista(&l)[0], Post::Skadad { orsak, .. } if orsak.contains("annan nyckel")));
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
