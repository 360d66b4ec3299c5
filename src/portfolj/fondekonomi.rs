//! The second compilation: the portfolio's economy. The team enters the
//! fund's frame (for example 200 mnkr) and the name its cases give it as a
//! financing source (step 9). Per calendar year:
//! - granted (beviljat): the fund's financing of the decided cases;
//! - planned (planerat): the fund's financing asked for by cases ready for
//!   valuation or valued but not yet decided;
//! - the frame that remains after what is granted, and after what is
//!   planned as well;
//! - the decided cases' planned effects (RAM + FRI) against the realised
//!   money of their follow-ups.
//!
//! Every total is an exact sum of the years shown with it.

use super::status::Fas;
use crate::model::{effektposter, Belopp, Forstudie};
use crate::vardering::folj_upp;
use crate::vardering::Vardering;
use std::collections::BTreeMap;

/// The fund as the team enters it.
#[derive(Clone, Debug, PartialEq)]
pub struct Fond {
    /// The financing source's name in the cases, e.g. "Digitaliseringsportföljen".
    pub namn: String,
    pub ram: Belopp,
}

impl Fond {
    /// Before the team has entered its fund: the usual source name, no frame.
    pub fn standard() -> Self {
        Fond { namn: "Digitaliseringsportföljen".into(), ram: Belopp::ZERO }
    }

    /// The frame field's rule: whole kronor and öre, not negative.
    pub fn ram_brist(ram: rust_decimal::Decimal) -> Option<&'static str> {
        if ram.is_sign_negative() && !ram.is_zero() {
            Some("Ramen kan inte vara negativ.")
        } else if ram.normalize().scale() > 2 {
            Some("Skriv ramen i kronor med högst två decimaler.")
        } else if ram > rust_decimal::Decimal::from(crate::model::ekonomi::MAX_RADBELOPP) {
            Some("Ramen är större än appen kan räkna med.")
        } else {
            None
        }
    }

    /// Whether a financing source names this fund (case and spacing aside).
    pub fn stammer_med(&self, kalla: &str) -> bool {
        let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
        !self.namn.trim().is_empty() && norm(kalla) == norm(&self.namn)
    }
}

/// One calendar year.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fondar {
    pub ar: i32,
    pub beviljat: Belopp,
    pub planerat: Belopp,
    pub planerade_effekter: Belopp,
    /// `None` when no decided case reported realised money for the year.
    pub realiserade_effekter: Option<Belopp>,
}

/// One case's part.
#[derive(Clone, Debug, PartialEq)]
pub struct Fondfall {
    pub titel: String,
    pub fas: Fas,
    /// Σ over the years of its financing from the fund.
    pub fran_fonden: Belopp,
    /// Granted (decided) or planned (ready, valued).
    pub beviljat: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Fondekonomi {
    pub ram: Belopp,
    /// Every year any case has fund financing or a decided effect, in order.
    pub per_ar: Vec<Fondar>,
    /// Cases with financing from the fund, in reading order.
    pub fall: Vec<Fondfall>,
    pub beviljat: Belopp,
    pub planerat: Belopp,
    /// ram − beviljat.
    pub aterstar_efter_beviljat: Belopp,
    /// ram − beviljat − planerat.
    pub aterstar_efter_planerat: Belopp,
    pub planerade_effekter: Belopp,
    /// Σ of the years with realised money.
    pub realiserade_effekter: Belopp,
    /// Σ planned effects of the years with realised money, to set against it.
    pub planerade_effekter_uppfoljda_ar: Belopp,
}

fn beviljad(fas: Fas) -> bool {
    matches!(fas, Fas::Beslutad | Fas::Genomfors | Fas::Effekthemtagning)
}

fn planerad(fas: Fas) -> bool {
    matches!(fas, Fas::KlarForVardering | Fas::Varderad)
}

/// The economy of `fall` (each case with its valuation) as of `idag`.
pub fn fondekonomi<'a>(
    fall: impl IntoIterator<Item = (&'a Forstudie, &'a Vardering)>,
    fond: &Fond,
    idag: &str,
) -> Fondekonomi {
    let mut ar: BTreeMap<i32, Fondar> = BTreeMap::new();
    let mut delar = Vec::new();
    for (f, v) in fall {
        let fas = Fas::av(f, v, idag);
        let (bev, plan) = (beviljad(fas), planerad(fas));
        if bev || plan {
            let mut fran_fonden = Belopp::ZERO;
            for rad in f.konsekvenser.finansiering.iter().filter(|r| fond.stammer_med(&r.kalla)) {
                for (t, belopp) in rad.belopp_per_ar.iter().enumerate().take(v.ar as usize) {
                    let post = ar.entry(v.kalenderar(t as u32)).or_default();
                    if bev {
                        post.beviljat += *belopp;
                    } else {
                        post.planerat += *belopp;
                    }
                    fran_fonden += *belopp;
                }
            }
            if !fran_fonden.is_zero() {
                delar.push(Fondfall { titel: f.visningsnamn().to_string(), fas, fran_fonden, beviljat: bev });
            }
        }
        if bev {
            let poster = effektposter(&f.ekonomi, &f.konsekvenser, &f.logikmodell);
            let uppfoljning = folj_upp(&f.effekthemtagning, &poster, v, idag);
            for totalar in &uppfoljning.per_ar {
                let post = ar.entry(totalar.ar).or_default();
                post.planerade_effekter += totalar.planerat();
                if let Some(r) = totalar.realiserat() {
                    post.realiserade_effekter = Some(post.realiserade_effekter.unwrap_or_default() + r);
                }
            }
        }
    }
    let per_ar: Vec<Fondar> = ar
        .into_iter()
        .map(|(a, mut p)| {
            p.ar = a;
            p
        })
        .collect();
    let summa = |f: fn(&Fondar) -> Belopp| per_ar.iter().map(f).sum::<Belopp>();
    let beviljat = summa(|p| p.beviljat);
    let planerat = summa(|p| p.planerat);
    Fondekonomi {
        ram: fond.ram,
        aterstar_efter_beviljat: fond.ram - beviljat,
        aterstar_efter_planerat: fond.ram - beviljat - planerat,
        planerade_effekter: summa(|p| p.planerade_effekter),
        realiserade_effekter: per_ar.iter().filter_map(|p| p.realiserade_effekter).sum(),
        planerade_effekter_uppfoljda_ar: per_ar
            .iter()
            .filter(|p| p.realiserade_effekter.is_some())
            .map(|p| p.planerade_effekter)
            .sum(),
        beviljat,
        planerat,
        fall: delar,
        per_ar,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        Beslut, Effektkategori, Effektplan, Effektrad, Effektslag, Enhet, Finansiering, Fordelning, Kalkylperiod,
        Kostnadsrad, Modellreferens, Realiserat, Teambedomning, Uppfoljning,
    };
    use crate::vardering::berakna;
    use rust_decimal::Decimal;

    fn kr(v: i64) -> Belopp {
        Belopp::kronor(v)
    }

    /// A case whose steps need not be complete: decided ones skip the rule,
    /// and `valuerad` gives a team assessment (Värderad).
    fn fall(nr: u8, startar: i32, fond: &[i64], annan: &[i64], beslutad: bool, varderad: bool) -> Forstudie {
        let mut f = Forstudie::ny([nr; 16], "2026-11-01T10:00:00Z");
        f.utvecklingsbehov.titel = format!("Fall {nr}");
        f.ekonomi.kalkylperiod = Kalkylperiod { startar, ar: 3 };
        f.ekonomi.kostnader = vec![Kostnadsrad {
            id: "k".into(),
            namnd: "KS".into(),
            enhet: Enhet::Kronor,
            fordelning: Fordelning::Engangs { ar: 0, varde: Decimal::from(100_000) },
            ..Default::default()
        }];
        // RAM 40 000 a year from year 1.
        f.ekonomi.effekter = vec![Effektrad {
            id: "e".into(),
            namnd: "KS".into(),
            kategori: Effektkategori::Ramjustering,
            enhet: Enhet::Kronor,
            fordelning: Fordelning::Aterkommande { fran: 1, till: 2, varde: Decimal::from(40_000) },
            realisering_procent: vec![Decimal::ONE_HUNDRED; 3],
            beskrivning: "Lägre licenskostnad".into(),
            ..Default::default()
        }];
        f.konsekvenser.finansiering = vec![
            Finansiering {
                id: "f1".into(),
                kalla: " digitaliserings portföljen".into(),
                belopp_per_ar: fond.iter().map(|v| kr(*v)).collect(),
            },
            Finansiering {
                id: "f2".into(),
                kalla: "Egen ram".into(),
                belopp_per_ar: annan.iter().map(|v| kr(*v)).collect(),
            },
        ];
        if varderad || beslutad {
            f.teambedomning = Some(Teambedomning {
                bedomning: Default::default(),
                bedomd_av: "Team".into(),
                tidpunkt: "2026-11-20T10:00:00Z".into(),
                modell: Modellreferens { namn: "M".into(), version: "1".into(), hash: "sha256:0".into() },
            });
        }
        if beslutad {
            f.effekthemtagning.beslut = Some(Beslut { datum: "2026-11-25".into(), referens: "KS §1".into() });
        }
        f
    }

    #[test]
    fn granted_planned_remaining_and_effects_by_hand() {
        // A: decided, 2026–2028, fund 60 000 + 40 000, own frame 10 000; a
        //    follow-up reports 30 000 realised in 2027 (planned 40 000).
        let mut a = fall(1, 2026, &[60_000, 40_000, 0], &[10_000, 0, 0], true, false);
        a.effekthemtagning.planer = vec![Effektplan {
            effekt_id: "e".into(),
            slag: Effektslag::Ekonomisk,
            uppfoljningar: vec![Uppfoljning {
                datum: "2027-12-01".into(),
                realiserat: Some(Realiserat { ar: 2027, belopp: kr(30_000) }),
                ..Default::default()
            }],
            ..Default::default()
        }];
        // B: valued, not decided, 2027–2029, fund 25 000 in 2027 and 2028.
        let b = fall(2, 2027, &[25_000, 25_000, 0], &[], false, true);
        // C: still being written (no steps complete): not counted.
        let c = fall(3, 2027, &[999_000, 0, 0], &[], false, false);
        let fall: Vec<(Forstudie, Vardering)> = [a, b, c]
            .into_iter()
            .map(|f| {
                let v = berakna(&f.ekonomi, &f.parametrar);
                (f, v)
            })
            .collect();
        let fond = Fond { namn: "Digitaliserings portföljen".into(), ram: kr(200_000_000) };
        let e = fondekonomi(fall.iter().map(|(f, v)| (f, v)), &fond, "2027-12-02");

        assert_eq!(e.fall.len(), 2);
        assert_eq!(
            (e.fall[0].fas, e.fall[0].fran_fonden, e.fall[0].beviljat),
            (Fas::Effekthemtagning, kr(100_000), true)
        );
        assert_eq!((e.fall[1].fas, e.fall[1].fran_fonden, e.fall[1].beviljat), (Fas::Varderad, kr(50_000), false));
        let ar: Vec<(i32, Belopp, Belopp, Belopp, Option<Belopp>)> = e
            .per_ar
            .iter()
            .map(|p| (p.ar, p.beviljat, p.planerat, p.planerade_effekter, p.realiserade_effekter))
            .collect();
        assert_eq!(
            ar,
            vec![
                (2026, kr(60_000), kr(0), kr(0), None),
                (2027, kr(40_000), kr(25_000), kr(40_000), Some(kr(30_000))),
                (2028, kr(0), kr(25_000), kr(40_000), None),
                (2029, kr(0), kr(0), kr(0), None),
            ]
        );
        assert_eq!((e.beviljat, e.planerat), (kr(100_000), kr(50_000)));
        // 200 000 000 − 100 000 = 199 900 000; − 50 000 more = 199 850 000.
        assert_eq!(e.aterstar_efter_beviljat, kr(199_900_000));
        assert_eq!(e.aterstar_efter_planerat, kr(199_850_000));
        assert_eq!(
            (e.planerade_effekter, e.realiserade_effekter, e.planerade_effekter_uppfoljda_ar),
            (kr(80_000), kr(30_000), kr(40_000))
        );
    }

    #[test]
    fn the_frame_field_rule() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        assert_eq!(Fond::ram_brist(d("200000000")), None);
        assert_eq!(Fond::ram_brist(d("0")), None);
        assert_eq!(Fond::ram_brist(d("12.50")), None);
        assert_eq!(Fond::ram_brist(d("-1")), Some("Ramen kan inte vara negativ."));
        assert_eq!(Fond::ram_brist(d("1.005")), Some("Skriv ramen i kronor med högst två decimaler."));
    }

    #[test]
    fn a_fund_without_a_name_matches_nothing() {
        let fond = Fond { namn: "  ".into(), ram: kr(1) };
        assert!(!fond.stammer_med(""));
        assert!(!fond.stammer_med("  "));
        assert!(Fond { namn: "Fonden".into(), ram: kr(1) }.stammer_med(" FONDEN "));
    }
}
