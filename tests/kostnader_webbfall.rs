//! The case the browser test of step 8 (tests/browser/kostnader.test.mjs)
//! types in, computed by the engine: the figures that test reads from the
//! screen, worked out by hand there, must also be the engine's.

use forstudie::model::{
    Belopp, Effektkategori, Effektrad, Ekonomi, Enhet, Fordelning, Kalkylperiod, Kostnadsrad, Kostnadstyp,
    Modellparametrar, Timkostnad, Timsats,
};
use forstudie::vardering::berakna;
use rust_decimal::Decimal;

fn d(n: i64) -> Decimal {
    Decimal::from(n)
}

fn b(s: &str) -> Belopp {
    Belopp::from_decimal(s.parse().unwrap())
}

#[test]
fn the_browser_case_gives_the_hand_worked_figures() {
    let ekonomi = Ekonomi {
        kalkylperiod: Kalkylperiod { startar: 2027, ar: 3 },
        timkostnader: vec![Timkostnad {
            id: "tk".into(),
            namn: "Handläggare".into(),
            sats: Timsats::Harledd {
                manadslon: Belopp::kronor(35_000),
                paslag_procent: d(54),
                produktiva_timmar: d(142),
            },
        }],
        kostnader: vec![Kostnadsrad {
            id: "k".into(),
            namnd: "Kommunstyrelsen".into(),
            kostnadstyp: Kostnadstyp::Licenser,
            beskrivning: "Systemlicens".into(),
            enhet: Enhet::Kronor,
            fordelning: Fordelning::PerAr { varden: vec![d(100_000), d(50_000), d(50_000)] },
        }],
        effekter: vec![
            Effektrad {
                id: "e1".into(),
                namnd: "Socialnämnden".into(),
                beskrivning: "Minskad övertid".into(),
                kategori: Effektkategori::Ramjustering,
                fordelning: Fordelning::PerAr { varden: vec![d(0), d(60_000), d(60_000)] },
                ..Default::default()
            },
            Effektrad {
                id: "e2".into(),
                namnd: "Socialnämnden".into(),
                beskrivning: "Sparad handläggartid".into(),
                kategori: Effektkategori::FrigjortRamutrymme,
                enhet: Enhet::Timmar { timkostnad_id: "tk".into() },
                fordelning: Fordelning::PerAr { varden: vec![d(200), d(200), d(200)] },
                realisering_procent: vec![d(50), d(100), d(100)],
                ..Default::default()
            },
        ],
    };
    let v = berakna(&ekonomi, &Modellparametrar::default());
    assert!(v.problem.is_empty(), "{:?}", v.problem);
    assert_eq!(v.timkostnader[0].timkostnad, Some(b("379.58")));
    assert_eq!(v.bas.nnv, b("102355.65"));
    assert_eq!(v.bas.aterbetalningsar, Some(1));
    let sn = v.namnder.iter().find(|n| n.namnd == "Socialnämnden").unwrap();
    let ks = v.namnder.iter().find(|n| n.namnd == "Kommunstyrelsen").unwrap();
    assert_eq!((sn.summa.ram, sn.summa.fri, sn.summa.k), (b("120000"), b("189790"), b("0")));
    assert_eq!((ks.summa.ram, ks.summa.fri, ks.summa.k), (b("0"), b("0"), b("200000")));
    assert_eq!((sn.nnv(), ks.nnv()), (b("298029.14"), b("-195673.49")));
    assert_eq!(v.bas.kumulativ_netto, vec![b("-62042"), b("23874"), b("109790")]);
}
