//! Reading the team's shared folder into the portfolio, and reading it
//! again: a case whose file has the same id and a later `andrad` is
//! updated (computed again) but keeps the assessment the team already
//! made here, unless the file brings a later one; new ids are added;
//! cases no longer among the files are listed, never removed silently.

use super::{Importfel, Portfolj, Portfoljfall};
use crate::format;
use std::collections::HashSet;
use uuid::Uuid;

/// What reading a folder did, for the page to say.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Mappresultat {
    /// Titles of the cases added.
    pub nya: Vec<String>,
    /// Titles of the cases updated from a later file.
    pub uppdaterade: Vec<String>,
    /// How many files held a case already here, not later.
    pub oforandrade: usize,
    /// The cases here whose id no file in the folder holds: (id, title).
    pub saknas: Vec<(Uuid, String)>,
    /// Files refused (a case twice in the folder).
    pub fel: Vec<Importfel>,
}

impl Mappresultat {
    /// "Mappen lästes: 1 ny, 1 uppdaterad, 2 oförändrade."
    pub fn text(&self) -> String {
        let mut text = format!(
            "Mappen lästes: {} {}, {} {}, {} {}.",
            self.nya.len(),
            if self.nya.len() == 1 { "ny" } else { "nya" },
            self.uppdaterade.len(),
            if self.uppdaterade.len() == 1 { "uppdaterad" } else { "uppdaterade" },
            self.oforandrade,
            if self.oforandrade == 1 { "oförändrad" } else { "oförändrade" },
        );
        if !self.saknas.is_empty() {
            text.push_str(&format!(" {} finns inte längre i mappen; se listan.", self.saknas.len()));
        }
        text
    }
}

/// "Finns inte längre i mappen: A Bokning, B Arkiv".
pub fn saknas_text(saknas: &[(Uuid, String)]) -> String {
    let titlar: Vec<String> = saknas.iter().map(|(_, t)| format!("”{}”", format::isolera(t))).collect();
    format!("Finns inte längre i mappen: {}", titlar.join(", "))
}

impl Portfolj {
    /// Takes in every case read from a folder (`las_fil` per file).
    pub fn las_mapp(&mut self, lasta: Vec<Portfoljfall>) -> Mappresultat {
        let mut resultat = Mappresultat::default();
        let mut sedda: HashSet<Uuid> = HashSet::new();
        for mut ny in lasta {
            let id = ny.forstudie.id;
            if !sedda.insert(id) {
                resultat.fel.push(Importfel {
                    orsak: format!(
                        "Förstudien ”{}” finns i flera filer i mappen; den första lästes in.",
                        format::isolera(ny.forstudie.visningsnamn())
                    ),
                    filnamn: ny.filnamn,
                });
                continue;
            }
            let Some(plats) = self.fall.iter().position(|f| f.forstudie.id == id) else {
                resultat.nya.push(ny.forstudie.visningsnamn().to_string());
                self.fall.push(ny);
                continue;
            };
            let gammal = &self.fall[plats];
            // `andrad` is RFC 3339 in UTC as the app writes it, so the text
            // order is the time order.
            if ny.forstudie.andrad <= gammal.forstudie.andrad {
                resultat.oforandrade += 1;
                continue;
            }
            let behall = match (&gammal.forstudie.teambedomning, &ny.forstudie.teambedomning) {
                (Some(_), None) => true,
                (Some(g), Some(n)) => n.tidpunkt < g.tidpunkt,
                (None, _) => false,
            };
            let andrad = if behall {
                let mut forstudie = ny.forstudie.clone();
                forstudie.teambedomning = gammal.forstudie.teambedomning.clone();
                ny = Portfoljfall::ny(ny.filnamn, forstudie, &self.modell, &self.hash);
                gammal.andrad
            } else {
                false
            };
            resultat.uppdaterade.push(ny.forstudie.visningsnamn().to_string());
            self.fall[plats] = Portfoljfall { andrad, ..ny };
        }
        resultat.saknas = self
            .fall
            .iter()
            .filter(|f| !sedda.contains(&f.forstudie.id))
            .map(|f| (f.forstudie.id, f.forstudie.visningsnamn().to_string()))
            .collect();
        resultat
    }
}

#[cfg(test)]
mod tests {
    use super::super::testfall::*;
    use super::*;
    use crate::model::{Forstudie, Kriterium};

    const IDAG: &str = "2026-12-01";

    fn las(p: &Portfolj, namn: &str, f: &Forstudie) -> Portfoljfall {
        p.las_fil(namn, &fil(f), IDAG).unwrap()
    }

    fn senare(mut f: Forstudie, andrad: &str) -> Forstudie {
        f.andrad = andrad.into();
        f
    }

    #[test]
    fn a_folder_read_again_updates_adds_and_lists_the_missing() {
        let mut p = Portfolj::default();
        let forsta: Vec<_> = [("a.json", fall_a()), ("b.json", fall_b()), ("c.json", fall_c())]
            .iter()
            .map(|(n, f)| las(&p, n, f))
            .collect();
        let r = p.las_mapp(forsta);
        assert_eq!(r.nya, ["A Bokning", "B Arkiv", "C Lagkrav"]);
        assert_eq!(r.text(), "Mappen lästes: 3 nya, 0 uppdaterade, 0 oförändrade.");
        // The team assesses B here.
        let b = fall_b().id;
        let mut bedomning = fall_b().bedomning;
        bedomning.nivaer.iter_mut().find(|n| n.kriterium == Kriterium::Genomforbarhet).unwrap().niva = 4;
        p.ange_teambedomning(b, bedomning.clone(), "Eva", "2026-12-02T09:00:00Z");
        // 35 + genomförbarhet 2 → 4: 12.5 × 2/4 = 6.25 (tester.rs).
        assert_eq!(p.rader()[1].poang, d("41.25"));

        // Again: A unchanged, B changed by its förvaltning (a cost halved,
        // no team assessment in the file), C gone, D new.
        let mut ny_b = senare(fall_b(), "2026-12-03T08:00:00Z");
        ny_b.utvecklingsbehov.titel = "B Arkiv 2".into();
        let andra = vec![las(&p, "a.json", &fall_a()), las(&p, "b.json", &ny_b), las(&p, "d.json", &fall_d())];
        let r = p.las_mapp(andra);
        assert_eq!(
            (r.nya.as_slice(), r.uppdaterade.as_slice(), r.oforandrade),
            (&["D Ofärdig".to_string()][..], &["B Arkiv 2".to_string()][..], 1)
        );
        assert_eq!(r.saknas, vec![(fall_c().id, "C Lagkrav".to_string())]);
        assert_eq!(
            r.text(),
            "Mappen lästes: 1 ny, 1 uppdaterad, 1 oförändrad. 1 finns inte längre i mappen; se listan."
        );
        assert_eq!(saknas_text(&r.saknas), "Finns inte längre i mappen: ”\u{2068}C Lagkrav\u{2069}”");
        // C is still there until the user removes it.
        assert_eq!(p.fall.len(), 4);
        let fall_b_nu = p.hamta(b).unwrap();
        assert_eq!(fall_b_nu.forstudie.visningsnamn(), "B Arkiv 2");
        let team = fall_b_nu.forstudie.teambedomning.as_ref().unwrap();
        assert_eq!((team.bedomd_av.as_str(), &team.bedomning), ("Eva", &bedomning));
        assert!(fall_b_nu.andrad, "the assessment made here is still not in any file");
        assert_eq!(p.rader()[1].poang, d("41.25"));
    }

    #[test]
    fn a_later_assessment_in_the_file_wins_and_an_older_file_changes_nothing() {
        let mut p = Portfolj::default();
        let a = las(&p, "a.json", &fall_a());
        p.las_mapp(vec![a]);
        let id = fall_a().id;
        p.ange_teambedomning(id, fall_a().bedomning, "Eva", "2026-12-02T09:00:00Z");
        let mut nyare = p.hamta(id).unwrap().forstudie.clone();
        nyare.andrad = "2026-12-04T00:00:00Z".into();
        let mut team = nyare.teambedomning.clone().unwrap();
        team.bedomd_av = "Per".into();
        team.tidpunkt = "2026-12-03T00:00:00Z".into();
        nyare.teambedomning = Some(team);
        let r = p.las_mapp(vec![las(&p, "a.json", &nyare)]);
        assert_eq!(r.uppdaterade.len(), 1);
        let fall = p.hamta(id).unwrap();
        assert_eq!(fall.forstudie.teambedomning.as_ref().unwrap().bedomd_av, "Per");
        assert!(!fall.andrad, "the file holds the assessment now");
        // An older file: nothing changes.
        let aldre = senare(fall_a(), "2020-01-01T00:00:00Z");
        let r = p.las_mapp(vec![las(&p, "a.json", &aldre)]);
        assert_eq!((r.oforandrade, r.uppdaterade.len()), (1, 0));
        assert_eq!(p.hamta(id).unwrap().forstudie.teambedomning.as_ref().unwrap().bedomd_av, "Per");
    }

    #[test]
    fn a_case_twice_in_the_folder_is_refused_once() {
        let mut p = Portfolj::default();
        let r = p.las_mapp(vec![las(&p, "a.json", &fall_a()), las(&p, "a-kopia.json", &fall_a())]);
        assert_eq!((r.nya.len(), p.fall.len()), (1, 1));
        assert_eq!(r.fel.len(), 1);
        assert_eq!(r.fel[0].filnamn, "a-kopia.json");
    }
}
