//! The two compilations as CSV for Swedish Excel, in the form `csv.rs`
//! explains: one row per nämnd and stage (a form Excel pivots directly),
//! and one row per year of the fund's economy.

use super::csv::{belopp, fil, text};
use super::fondekonomi::Fondekonomi;
use super::status::{Fas, Fassumma, Statussammanstallning};

fn summarad(namnd: &str, fas: &str, s: &Fassumma) -> Vec<String> {
    vec![text(namnd), text(fas), s.antal.to_string(), belopp(s.kostnad), belopp(s.nnv)]
}

/// Nämnd; Fas; Antal; Kostnad; NNV — every nämnd by stage, then all
/// nämnder by stage, then the total.
pub fn status_csv(s: &Statussammanstallning) -> String {
    let mut rader = vec![["Nämnd", "Fas", "Antal", "Kostnad (nominellt)", "NNV"].iter().map(|r| text(r)).collect()];
    for n in &s.per_namnd {
        for (fas, summa) in Fas::ALLA.iter().zip(&n.per_fas) {
            rader.push(summarad(&n.namnd, fas.namn(), summa));
        }
    }
    for (fas, summa) in Fas::ALLA.iter().zip(&s.per_fas) {
        rader.push(summarad("Alla nämnder", fas.namn(), summa));
    }
    rader.push(summarad("Alla nämnder", "Alla faser", &s.totalt));
    fil(rader)
}

/// År; Beviljat; Planerat; Planerade effekter; Realiserade effekter — one
/// row per year, the sums, then the frame and what remains of it.
pub fn ekonomi_csv(e: &Fondekonomi) -> String {
    let rubriker = ["År", "Beviljat ur fonden", "Planerat ur fonden", "Planerade effekter", "Realiserade effekter"];
    let mut rader = vec![rubriker.iter().map(|r| text(r)).collect::<Vec<_>>()];
    for p in &e.per_ar {
        rader.push(vec![
            p.ar.to_string(),
            belopp(p.beviljat),
            belopp(p.planerat),
            belopp(p.planerade_effekter),
            p.realiserade_effekter.map(belopp).unwrap_or_default(),
        ]);
    }
    rader.push(vec![
        text("Summa"),
        belopp(e.beviljat),
        belopp(e.planerat),
        belopp(e.planerade_effekter),
        belopp(e.realiserade_effekter),
    ]);
    rader.push(vec![text("Fondens ram"), belopp(e.ram)]);
    rader.push(vec![text("Återstår efter beviljat"), belopp(e.aterstar_efter_beviljat)]);
    rader.push(vec![text("Återstår om det planerade beviljas"), belopp(e.aterstar_efter_planerat)]);
    fil(rader)
}

#[cfg(test)]
mod tests {
    use super::super::fondekonomi::{Fondar, Fondekonomi};
    use super::*;
    use crate::model::Belopp;

    #[test]
    fn the_economy_as_excel_reads_it() {
        let kr = Belopp::kronor;
        let e = Fondekonomi {
            ram: kr(200_000_000),
            per_ar: vec![
                Fondar {
                    ar: 2027,
                    beviljat: kr(60_000),
                    planerat: kr(0),
                    planerade_effekter: kr(0),
                    realiserade_effekter: None,
                },
                Fondar {
                    ar: 2028,
                    beviljat: kr(40_000),
                    planerat: Belopp::from_decimal("25000.5".parse().unwrap()),
                    planerade_effekter: kr(40_000),
                    realiserade_effekter: Some(kr(-1_000)),
                },
            ],
            fall: vec![],
            beviljat: kr(100_000),
            planerat: Belopp::from_decimal("25000.5".parse().unwrap()),
            aterstar_efter_beviljat: kr(199_900_000),
            aterstar_efter_planerat: Belopp::from_decimal("199874999.5".parse().unwrap()),
            planerade_effekter: kr(40_000),
            realiserade_effekter: kr(-1_000),
            planerade_effekter_uppfoljda_ar: kr(40_000),
        };
        assert_eq!(
            ekonomi_csv(&e),
            "\u{feff}År;Beviljat ur fonden;Planerat ur fonden;Planerade effekter;Realiserade effekter\r\n\
             2027;60000,00;0,00;0,00;\r\n\
             2028;40000,00;25000,50;40000,00;-1000,00\r\n\
             Summa;100000,00;25000,50;40000,00;-1000,00\r\n\
             Fondens ram;200000000,00\r\n\
             Återstår efter beviljat;199900000,00\r\n\
             Återstår om det planerade beviljas;199874999,50\r\n"
        );
    }

    #[test]
    fn the_status_by_namnd_and_stage() {
        use crate::model::exempelfall;
        use crate::vardering::berakna;
        let mut f = exempelfall([1; 16], "2026-11-01T10:00:00Z");
        f.utvecklingsbehov.namnd = "=KS".into();
        let v = berakna(&f.ekonomi, &f.parametrar);
        let s = super::super::status::statussammanstallning([(&f, &v)], "2026-12-02");
        let csv = status_csv(&s);
        let rader: Vec<&str> = csv.trim_start_matches('\u{feff}').strip_suffix("\r\n").unwrap().split("\r\n").collect();
        assert_eq!(rader[0], "Nämnd;Fas;Antal;Kostnad (nominellt);NNV");
        let k = v.bas.summa.k.to_file_string().replace('.', ",");
        let nnv = v.bas.nnv.to_file_string().replace('.', ",");
        // The formula guard on a nämnd that starts with "=".
        assert_eq!(rader[1], "'=KS;Förstudie pågår;0;0,00;0,00");
        assert_eq!(rader[2], format!("'=KS;Klar för värdering;1;{k};{nnv}"));
        assert_eq!(rader.len(), 1 + 6 + 6 + 1, "{rader:?}");
        assert_eq!(rader[13], format!("Alla nämnder;Alla faser;1;{k};{nnv}"));
    }
}
