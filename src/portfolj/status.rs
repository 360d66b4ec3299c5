//! The first of the portfolio's two compilations: the status of the
//! development needs. Each case's stage follows from its own data (rules in
//! `Fas::av`); the compilation counts the cases and sums their cost and NNV
//! per stage and per nämnd, every total an exact sum of its parts.

use super::sortering::svensk_nyckel;
use crate::model::{Belopp, Forstudie, Steg};
use crate::vardering::Vardering;

/// Where a case stands, in the order a case moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Fas {
    ForstudiePagar,
    KlarForVardering,
    Varderad,
    Beslutad,
    Genomfors,
    Effekthemtagning,
}

impl Fas {
    pub const ALLA: [Fas; 6] = [
        Fas::ForstudiePagar,
        Fas::KlarForVardering,
        Fas::Varderad,
        Fas::Beslutad,
        Fas::Genomfors,
        Fas::Effekthemtagning,
    ];

    pub fn namn(self) -> &'static str {
        match self {
            Fas::ForstudiePagar => "Förstudie pågår",
            Fas::KlarForVardering => "Klar för värdering",
            Fas::Varderad => "Värderad",
            Fas::Beslutad => "Beslutad",
            Fas::Genomfors => "Genomförs",
            Fas::Effekthemtagning => "Effekthemtagning",
        }
    }

    /// The rule, from the case's own data, first match wins:
    /// 1. decided (step 12 has a decision) and some effect has a follow-up:
    ///    Effekthemtagning;
    /// 2. decided and the calculation period has begun (this calendar year
    ///    is its first year or later): Genomförs;
    /// 3. decided: Beslutad;
    /// 4. the värderingsteam has assessed it: Värderad;
    /// 5. steps 1–10 complete: Klar för värdering;
    /// 6. otherwise: Förstudie pågår.
    ///
    /// `idag` is the local date (YYYY-MM-DD); `vardering` the case's own.
    pub fn av(fall: &Forstudie, vardering: &Vardering, idag: &str) -> Fas {
        let hemtagning = &fall.effekthemtagning;
        if hemtagning.beslut.is_some() {
            let uppfoljd = hemtagning.planer.iter().any(|p| !p.uppfoljningar.is_empty());
            let i_ar: Option<i32> = idag.get(..4).and_then(|a| a.parse().ok());
            return if uppfoljd {
                Fas::Effekthemtagning
            } else if i_ar.is_some_and(|ar| ar >= fall.ekonomi.kalkylperiod.startar) {
                Fas::Genomfors
            } else {
                Fas::Beslutad
            };
        }
        if fall.teambedomning.is_some() {
            return Fas::Varderad;
        }
        let har_fel = || vardering.har_fel();
        let klar =
            Steg::ALLA.iter().take_while(|s| **s != Steg::Sammanstallning).all(|s| s.komplett_med(fall, &har_fel));
        if klar {
            Fas::KlarForVardering
        } else {
            Fas::ForstudiePagar
        }
    }
}

/// Count, Σ K (nominal, over the case's period) and NNV of some cases.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Fassumma {
    pub antal: usize,
    pub kostnad: Belopp,
    pub nnv: Belopp,
}

impl Fassumma {
    fn lagg_till(&mut self, kostnad: Belopp, nnv: Belopp) {
        self.antal += 1;
        self.kostnad += kostnad;
        self.nnv += nnv;
    }

    fn plus(self, annan: Fassumma) -> Fassumma {
        Fassumma { antal: self.antal + annan.antal, kostnad: self.kostnad + annan.kostnad, nnv: self.nnv + annan.nnv }
    }
}

/// One nämnd's cases by stage.
#[derive(Clone, Debug, PartialEq)]
pub struct Namndstatus {
    /// As first spelled; names differing only in case or spacing are one.
    pub namnd: String,
    /// In `Fas::ALLA` order.
    pub per_fas: [Fassumma; 6],
    pub totalt: Fassumma,
}

/// One case's line in the compilation.
#[derive(Clone, Debug, PartialEq)]
pub struct Statusfall {
    pub titel: String,
    pub namnd: String,
    pub fas: Fas,
    pub kostnad: Belopp,
    pub nnv: Belopp,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Statussammanstallning {
    pub fall: Vec<Statusfall>,
    /// In `Fas::ALLA` order.
    pub per_fas: [Fassumma; 6],
    /// Swedish alphabetical order; a case without a nämnd under "Ingen nämnd angiven".
    pub per_namnd: Vec<Namndstatus>,
    pub totalt: Fassumma,
}

pub const UTAN_NAMND: &str = "Ingen nämnd angiven";

/// The compilation of `fall` (each case with its valuation) as of `idag`.
pub fn statussammanstallning<'a>(
    fall: impl IntoIterator<Item = (&'a Forstudie, &'a Vardering)>,
    idag: &str,
) -> Statussammanstallning {
    let mut rader = Vec::new();
    let mut per_fas = [Fassumma::default(); 6];
    let mut per_namnd: Vec<(String, Namndstatus)> = Vec::new();
    for (f, v) in fall {
        let fas = Fas::av(f, v, idag);
        let namnd = match f.utvecklingsbehov.namnd.split_whitespace().collect::<Vec<_>>().join(" ") {
            n if n.is_empty() => UTAN_NAMND.to_string(),
            n => n,
        };
        let (kostnad, nnv) = (v.bas.summa.k, v.bas.nnv);
        let i = fas as usize;
        per_fas[i].lagg_till(kostnad, nnv);
        let nyckel = namnd.to_lowercase();
        let plats = match per_namnd.iter().position(|(k, _)| *k == nyckel) {
            Some(p) => p,
            None => {
                let ny = Namndstatus {
                    namnd: namnd.clone(),
                    per_fas: [Fassumma::default(); 6],
                    totalt: Fassumma::default(),
                };
                per_namnd.push((nyckel, ny));
                per_namnd.len() - 1
            }
        };
        let n = &mut per_namnd[plats].1;
        n.per_fas[i].lagg_till(kostnad, nnv);
        n.totalt.lagg_till(kostnad, nnv);
        rader.push(Statusfall { titel: f.visningsnamn().to_string(), namnd, fas, kostnad, nnv });
    }
    let mut per_namnd: Vec<Namndstatus> = per_namnd.into_iter().map(|(_, n)| n).collect();
    per_namnd.sort_by_cached_key(|n| svensk_nyckel(&n.namnd));
    let totalt = per_fas.iter().fold(Fassumma::default(), |s, f| s.plus(*f));
    Statussammanstallning { fall: rader, per_fas, per_namnd, totalt }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{exempelfall, Beslut, Modellreferens, Teambedomning, Uppfoljning};
    use crate::vardering::berakna;

    fn med_vardering(f: Forstudie) -> (Forstudie, Vardering) {
        let v = berakna(&f.ekonomi, &f.parametrar);
        (f, v)
    }

    fn team(f: &mut Forstudie) {
        f.teambedomning = Some(Teambedomning {
            bedomning: f.bedomning.clone(),
            bedomd_av: "Värderingsteamet".into(),
            tidpunkt: "2026-12-01T10:00:00Z".into(),
            modell: Modellreferens { namn: "M".into(), version: "1".into(), hash: "sha256:0".into() },
        });
    }

    #[test]
    fn each_stage_follows_from_the_case() {
        let klar = exempelfall([1; 16], "2026-11-01T10:00:00Z");
        let (f, v) = med_vardering(klar.clone());
        assert_eq!(Fas::av(&f, &v, "2026-12-02"), Fas::KlarForVardering);

        let mut pagar = klar.clone();
        pagar.bedomning.nivaer.clear();
        let (f, v) = med_vardering(pagar);
        assert_eq!(Fas::av(&f, &v, "2026-12-02"), Fas::ForstudiePagar);

        let mut varderad = klar.clone();
        team(&mut varderad);
        let (f, v) = med_vardering(varderad.clone());
        assert_eq!(Fas::av(&f, &v, "2026-12-02"), Fas::Varderad);

        // Decided: before the period's first year, during it, and followed up.
        let mut beslutad = varderad;
        beslutad.effekthemtagning.beslut = Some(Beslut { datum: "2026-11-30".into(), referens: "KS §12".into() });
        let start = beslutad.ekonomi.kalkylperiod.startar;
        let (f, v) = med_vardering(beslutad.clone());
        assert_eq!(Fas::av(&f, &v, &format!("{}-12-31", start - 1)), Fas::Beslutad);
        assert_eq!(Fas::av(&f, &v, &format!("{start}-01-01")), Fas::Genomfors);
        let mut foljd = beslutad;
        foljd.effekthemtagning.planer = vec![crate::model::Effektplan {
            uppfoljningar: vec![Uppfoljning { datum: format!("{start}-06-01"), ..Default::default() }],
            ..Default::default()
        }];
        let (f, v) = med_vardering(foljd);
        assert_eq!(Fas::av(&f, &v, &format!("{start}-06-02")), Fas::Effekthemtagning);
    }

    #[test]
    fn counts_and_sums_per_stage_and_namnd_add_up() {
        let a = exempelfall([1; 16], "2026-11-01T10:00:00Z");
        let mut b = a.clone();
        b.utvecklingsbehov.namnd = format!("  {} ", a.utvecklingsbehov.namnd.to_uppercase());
        team(&mut b);
        let mut c = a.clone();
        c.utvecklingsbehov.namnd = String::new();
        c.bedomning.nivaer.clear();
        let fall: Vec<(Forstudie, Vardering)> = [a.clone(), b, c].into_iter().map(med_vardering).collect();
        let s = statussammanstallning(fall.iter().map(|(f, v)| (f, v)), "2026-12-02");
        let (k, nnv) = (fall[0].1.bas.summa.k, fall[0].1.bas.nnv);
        let en = |antal: usize| Fassumma {
            antal,
            kostnad: Belopp::from_decimal(k.value() * rust_decimal::Decimal::from(antal)),
            nnv: Belopp::from_decimal(nnv.value() * rust_decimal::Decimal::from(antal)),
        };
        assert_eq!(s.per_fas[Fas::ForstudiePagar as usize], en(1));
        assert_eq!(s.per_fas[Fas::KlarForVardering as usize], en(1));
        assert_eq!(s.per_fas[Fas::Varderad as usize], en(1));
        assert_eq!(s.per_fas[Fas::Beslutad as usize], Fassumma::default());
        assert_eq!(s.totalt, en(3));
        // The example's nämnd in two spellings is one nämnd; the case without one stands apart.
        assert_eq!(s.per_namnd.len(), 2, "{:?}", s.per_namnd.iter().map(|n| &n.namnd).collect::<Vec<_>>());
        let egen = s.per_namnd.iter().find(|n| n.namnd == a.utvecklingsbehov.namnd).expect("the example's nämnd");
        assert_eq!(egen.totalt, en(2));
        assert_eq!(egen.per_fas[Fas::Varderad as usize].antal, 1);
        let utan = s.per_namnd.iter().find(|n| n.namnd == UTAN_NAMND).expect("no nämnd");
        assert_eq!(utan.per_fas[Fas::ForstudiePagar as usize], en(1));
        // Every total is the sum of its parts.
        let summa_namnder = s.per_namnd.iter().fold(Fassumma::default(), |acc, n| acc.plus(n.totalt));
        assert_eq!(summa_namnder, s.totalt);
        for n in &s.per_namnd {
            assert_eq!(n.per_fas.iter().fold(Fassumma::default(), |acc, f| acc.plus(*f)), n.totalt);
        }
        assert_eq!(s.fall.len(), 3);
    }
}
