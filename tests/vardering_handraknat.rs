//! Three cases worked out by hand (the arithmetic is in the comments), each
//! figure asserted exactly. Rounding is always to öre, half away from zero
//! ("→" below). d(t) = 1/1.03^t at the default rate 3 %:
//!   d(1) = 0.970873786…, d(2) = 0.942595909…, d(3) = 0.915141659…

use forstudie::model::*;
use forstudie::vardering::*;
use rust_decimal::Decimal;

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn b(s: &str) -> Belopp {
    Belopp::from_decimal(d(s))
}

fn bv(v: &[&str]) -> Vec<Belopp> {
    v.iter().map(|s| b(s)).collect()
}

fn harledd(id: &str, lon: &str, paslag: &str, timmar: &str) -> Timkostnad {
    Timkostnad {
        id: id.into(),
        namn: id.into(),
        sats: Timsats::Harledd { manadslon: b(lon), paslag_procent: d(paslag), produktiva_timmar: d(timmar) },
    }
}

fn kostnad(id: &str, namnd: &str, typ: Kostnadstyp, enhet: Enhet, fordelning: Fordelning) -> Kostnadsrad {
    Kostnadsrad { id: id.into(), namnd: namnd.into(), kostnadstyp: typ, beskrivning: id.into(), enhet, fordelning }
}

fn effekt(
    id: &str,
    namnd: &str,
    kategori: Effektkategori,
    enhet: Enhet,
    fordelning: Fordelning,
    p: &[&str],
) -> Effektrad {
    Effektrad {
        id: id.into(),
        namnd: namnd.into(),
        kategori,
        enhet,
        fordelning,
        realisering_procent: p.iter().map(|s| d(s)).collect(),
        beskrivning: id.into(),
        ..Default::default()
    }
}

fn timmar(id: &str) -> Enhet {
    Enhet::Timmar { timkostnad_id: id.into() }
}

fn ater(fran: u32, till: u32, varde: &str) -> Fordelning {
    Fordelning::Aterkommande { fran, till, varde: d(varde) }
}

fn per_ar(v: &[&str]) -> Fordelning {
    Fordelning::PerAr { varden: v.iter().map(|s| d(s)).collect() }
}

fn namnd<'a>(v: &'a Vardering, namn: &str) -> &'a Namndkalkyl {
    v.namnder.iter().find(|n| n.namnd == namn).expect("nämnden finns")
}

fn kolumn(f: &[Flode], del: fn(&Flode) -> Belopp) -> Vec<Belopp> {
    f.iter().map(del).collect()
}

fn scenario<'a>(v: &'a Vardering, namn: &str) -> &'a Kalkyl {
    &v.scenarier.iter().find(|s| s.namn == namn).expect("scenariot finns").kalkyl
}

fn ranta<'a>(v: &'a Vardering, r: &str) -> &'a Kalkyl {
    v.kanslighetsrantor.iter().find(|k| k.diskonteringsranta_procent == d(r)).expect("räntan finns")
}

// ---------------------------------------------------------------------------
// Case 1: öre, derived timkostnader and half-öre ties. One nämnd, T = 2.
//
// Timkostnader:
//   hl:  35 000 × 1.54 / 142 = 53 900 / 142 = 379.5774…        → 379.58
//   utv: 40 004.80 × 1.50 / 160 = 60 007.20 / 160 = 375.045 (a tie) → 375.05
//        (half-even would give 375.04)
// Lines (Kommunstyrelsen):
//   K1 licenser, 12 345.665 kr in years 0–1:  12 345.665            → 12 345.67
//   K2 personal, 10.5 h × utv in year 0:  10.5 × 375.05 = 3 938.025 → 3 938.03
//      (with the unrounded rate it would be 10.5 × 375.045 = 3 937.9725 → 3 937.97)
//   E1 FRI, 20 h and 40 h × hl:  20 × 379.58 = 7 591.60;  40 × 379.58 = 15 183.20
//   E2 RAM, 5 000.005 kr in year 1:                                  → 5 000.01
// Sums:
//   t=0: K = 12 345.67 + 3 938.03 = 16 283.70; RAM = 0; FRI = 7 591.60
//        NETTO = 7 591.60 − 16 283.70 = −8 692.10; FIN = −16 283.70
//   t=1: K = 12 345.67; RAM = 5 000.01; FRI = 15 183.20
//        NETTO = 5 000.01 + 15 183.20 − 12 345.67 = 7 837.54; FIN = 5 000.01 − 12 345.67 = −7 345.66
//   cumulative NETTO: −8 692.10; −8 692.10 + 7 837.54 = −854.56 → no payback
// Present values, t=1 (t=0 is d = 1):
//   PV_K = 12 345.67 / 1.03 = 11 986.0873… → 11 986.09
//   PV_RAM = 5 000.01 / 1.03 = 4 854.3786… → 4 854.38
//   PV_FRI = 15 183.20 / 1.03 = 14 740.9708… → 14 740.97
//   PV_NETTO(1) = 4 854.38 + 14 740.97 − 11 986.09 = 7 609.26
// NNV = −8 692.10 + 7 609.26 = −1 082.84
// NNV_fin = (0 − 16 283.70) + (4 854.38 − 11 986.09) = −16 283.70 − 7 131.71 = −23 415.41
// Σ PV_K = 16 283.70 + 11 986.09 = 28 269.79 → NNK = −1 082.84 / 28 269.79 = −0.03830… → −0.0383
// Σ PV effects = 7 591.60 + 4 854.38 + 14 740.97 = 27 186.95
//   → break-even = −1 082.84 / 27 186.95 = −0.03982… → −0.0398
// Försiktig (+25 %, −25 %):
//   K'(0) = 16 283.70 × 1.25 = 20 354.625 (a tie) → 20 354.63; FRI'(0) = 7 591.60 × 0.75 = 5 693.70
//   K'(1) = 12 345.67 × 1.25 = 15 432.0875 → 15 432.09; RAM'(1) = 5 000.01 × 0.75 = 3 750.0075 → 3 750.01
//   FRI'(1) = 15 183.20 × 0.75 = 11 387.40
//   NETTO': 5 693.70 − 20 354.63 = −14 660.93;  3 750.01 + 11 387.40 − 15 432.09 = −294.68
//   PV t=1: 15 432.09/1.03 = 14 982.6116… → 14 982.61; 3 750.01/1.03 = 3 640.7864… → 3 640.79;
//           11 387.40/1.03 = 11 055.7281… → 11 055.73;  net 3 640.79 + 11 055.73 − 14 982.61 = −286.09
//   NNV' = −14 660.93 − 286.09 = −14 947.02
// At 8 %: d(1) = 1/1.08; PV t=1: 12 345.67/1.08 = 11 431.176 → 11 431.18;
//   5 000.01/1.08 = 4 629.6389 → 4 629.64; 15 183.20/1.08 = 14 058.5185 → 14 058.52
//   NNV = −8 692.10 + (4 629.64 + 14 058.52 − 11 431.18 = 7 256.98) = −1 435.12
// ---------------------------------------------------------------------------

fn fall1() -> Ekonomi {
    let ks = "Kommunstyrelsen";
    Ekonomi {
        kalkylperiod: Kalkylperiod { startar: 2027, ar: 2 },
        timkostnader: vec![harledd("hl", "35000.00", "54", "142"), harledd("utv", "40004.80", "50", "160")],
        kostnader: vec![
            kostnad("K1", ks, Kostnadstyp::Licenser, Enhet::Kronor, ater(0, 1, "12345.665")),
            kostnad("K2", ks, Kostnadstyp::Personal, timmar("utv"), Fordelning::Engangs { ar: 0, varde: d("10.5") }),
        ],
        effekter: vec![
            effekt("E1", ks, Effektkategori::FrigjortRamutrymme, timmar("hl"), per_ar(&["20", "40"]), &[]),
            effekt("E2", ks, Effektkategori::Ramjustering, Enhet::Kronor, per_ar(&["0", "5000.005"]), &[]),
        ],
    }
}

#[test]
fn fall1_ore_och_harledd_timkostnad() {
    let v = berakna(&fall1(), &Modellparametrar::default());
    assert!(v.problem.is_empty(), "{:?}", v.problem);
    assert_eq!(v.timkostnader[0].timkostnad, Some(b("379.58")));
    assert_eq!(v.timkostnader[1].timkostnad, Some(b("375.05")));

    // Line values, once rounded.
    let rad = |id: &str| v.rader.iter().find(|r| r.id == id).unwrap();
    assert_eq!(rad("K1").per_ar.iter().map(|a| a.varde).collect::<Vec<_>>(), bv(&["12345.67", "12345.67"]));
    assert_eq!(rad("K2").varde(0), b("3938.03"));
    assert_eq!(rad("K2").timkostnad, Some(b("375.05")));
    assert_eq!(rad("E1").varde(1), b("15183.20"));
    assert_eq!(rad("E1").per_ar[1].realisering_procent, Some(d("100")));
    assert_eq!(rad("E2").varde(1), b("5000.01"));

    let ks = namnd(&v, "Kommunstyrelsen");
    assert_eq!(kolumn(&ks.per_ar, |f| f.k), bv(&["16283.70", "12345.67"]));
    assert_eq!(kolumn(&ks.per_ar, |f| f.ram), bv(&["0", "5000.01"]));
    assert_eq!(kolumn(&ks.per_ar, |f| f.fri), bv(&["7591.60", "15183.20"]));
    assert_eq!(kolumn(&ks.per_ar, |f| f.netto), bv(&["-8692.10", "7837.54"]));
    assert_eq!(kolumn(&ks.per_ar, |f| f.fin), bv(&["-16283.70", "-7345.66"]));
    assert_eq!(ks.nuvarde_per_ar[1], Flode::new(b("11986.09"), b("4854.38"), b("14740.97")));
    assert_eq!(ks.nuvarde_per_ar[1].netto, b("7609.26"));
    assert_eq!((ks.nnv(), ks.nnv_fin()), (b("-1082.84"), b("-23415.41")));

    let bas = &v.bas;
    assert_eq!(bas.diskonteringsfaktorer, vec![d("1"), d("0.9708737864077669902912621359")]);
    assert_eq!(bas.kumulativ_netto, bv(&["-8692.10", "-854.56"]));
    assert_eq!(bas.kumulativ_nuvarde_netto, bv(&["-8692.10", "-1082.84"]));
    assert_eq!(bas.nnv, b("-1082.84"));
    assert_eq!(bas.nnv_fin, b("-23415.41"));
    assert_eq!(bas.nuvarde.k, b("28269.79"));
    assert_eq!(bas.nuvarde.effekter(), b("27186.95"));
    assert_eq!(bas.nnk, Some(d("-0.0383")));
    assert_eq!(bas.break_even_andel, Some(d("-0.0398")));
    assert_eq!((bas.aterbetalningsar, bas.aterbetalningsar_diskonterat), (None, None));

    let forsiktig = scenario(&v, "Försiktig");
    assert_eq!(forsiktig.per_ar[0], Flode::new(b("20354.63"), b("0"), b("5693.70")));
    assert_eq!(forsiktig.per_ar[1], Flode::new(b("15432.09"), b("3750.01"), b("11387.40")));
    assert_eq!(kolumn(&forsiktig.per_ar, |f| f.netto), bv(&["-14660.93", "-294.68"]));
    assert_eq!(forsiktig.nuvarde_per_ar[1], Flode::new(b("14982.61"), b("3640.79"), b("11055.73")));
    assert_eq!(forsiktig.nnv, b("-14947.02"));

    let atta = ranta(&v, "8");
    assert_eq!(atta.nuvarde_per_ar[1], Flode::new(b("11431.18"), b("4629.64"), b("14058.52")));
    assert_eq!(atta.nnv, b("-1435.12"));
    assert_eq!(atta.aterbetalningsar_diskonterat, None);
}

// ---------------------------------------------------------------------------
// Case 2: a ramp-up p(t) and a negative effect. Two nämnder, T = 4.
//
// Timkostnad handl: given directly, 412.37 kr/h.
// Kommunstyrelsen (KS):
//   K1 investering 250 000 in year 0;  K2 licenser 48 000 in years 1–3
//   E3 RAM 30 000 in years 2–3 (p default 100)
// Socialnämnden (SN):
//   E1 FRI 600 h × 412.37 = 247 422.00 every year, p = 0, 33.3, 66.7, (100):
//      t0: 0;  t1: 247 422 × 0.333 = 82 391.526 → 82 391.53;
//      t2: 247 422 × 0.667 = 165 030.474 → 165 030.47;  t3: 247 422.00
//   E2 RAM −18 500 (a drawback) in years 1–3, p = 100, 50:
//      t1: −18 500 × 0.5 = −9 250.00;  t2, t3: −18 500.00
// Per nämnd:
//   KS NETTO: −250 000; −48 000; 30 000 − 48 000 = −18 000; −18 000   (FIN the same: no FRI)
//   SN NETTO: 0; −9 250 + 82 391.53 = 73 141.53; −18 500 + 165 030.47 = 146 530.47;
//             −18 500 + 247 422 = 228 922.00
//   SN FIN:   0; −9 250; −18 500; −18 500
// Total NETTO per year: −250 000; 25 141.53; 128 530.47; 210 922.00
// Cumulative: −250 000; −224 858.47; −96 328.00; 114 594.00 → payback t = 3
// Present values (3 %):
//   KS K:  t1 48 000/1.03 = 46 601.9417 → 46 601.94;  t2 48 000/1.0609 = 45 244.6036 → 45 244.60;
//          t3 48 000/1.092727 = 43 926.7996 → 43 926.80
//   KS RAM: t2 30 000/1.0609 = 28 277.8773 → 28 277.88;  t3 30 000/1.092727 = 27 454.2498 → 27 454.25
//   NNV(KS) = −250 000 − 46 601.94 + (28 277.88 − 45 244.60) + (27 454.25 − 43 926.80)
//           = −250 000 − 46 601.94 − 16 966.72 − 16 472.55 = −330 041.21
//   SN RAM: t1 −9 250/1.03 = −8 980.5825 → −8 980.58;  t2 −18 500/1.0609 = −17 438.0243 → −17 438.02;
//           t3 −18 500/1.092727 = −16 930.1207 → −16 930.12
//   SN FRI: t1 82 391.53/1.03 = 79 991.7767 → 79 991.78;  t2 165 030.47/1.0609 = 155 557.0459 → 155 557.05;
//           t3 247 422/1.092727 = 226 426.1796 → 226 426.18
//   NNV(SN) = (79 991.78 − 8 980.58) + (155 557.05 − 17 438.02) + (226 426.18 − 16 930.12)
//           = 71 011.20 + 138 119.03 + 209 496.06 = 418 626.29
//   NNV_fin(SN) = −8 980.58 − 17 438.02 − 16 930.12 = −43 348.72
// NNV = −330 041.21 + 418 626.29 = 88 585.08;  NNV_fin = −330 041.21 − 43 348.72 = −373 389.93
// Discounted cumulative: −250 000; + (−46 601.94 + 71 011.20 = 24 409.26) = −225 590.74;
//   + (−16 966.72 + 138 119.03 = 121 152.31) = −104 438.43; + (−16 472.55 + 209 496.06 = 193 023.51)
//   = 88 585.08 → discounted payback t = 3
// Σ PV_K = 250 000 + 46 601.94 + 45 244.60 + 43 926.80 = 385 773.34
//   NNK = 88 585.08 / 385 773.34 = 0.22963… → 0.2296
// Σ PV effects = 28 277.88 + 27 454.25 − 8 980.58 − 17 438.02 − 16 930.12
//              + 79 991.78 + 155 557.05 + 226 426.18 = 474 358.42
//   break-even = 88 585.08 / 474 358.42 = 0.18674… → 0.1867
// Pessimistisk (+50 %, −50 %), per year K' = 1.5 K, RAM', FRI' = 0.5 X:
//   SN FRI' t1 = 82 391.53 × 0.5 = 41 195.765 (a tie) → 41 195.77
//   NETTO': −375 000; −72 000 − 4 625 + 41 195.77 = −35 429.23; −72 000 + 15 000 − 9 250 + 82 515.24
//   = 16 265.24 (FRI' t2 = 165 030.47 × 0.5 = 82 515.235 → 82 515.24); −72 000 + 15 000 − 9 250 + 123 711
//   = 57 461.00 → cumulative −375 000; −410 429.23; −394 163.99; −336 702.99: no payback.
// At 0 %: NNV = Σ NETTO = 114 594.00 (d = 1).
// ---------------------------------------------------------------------------

fn fall2() -> Ekonomi {
    let (ks, sn) = ("Kommunstyrelsen", "Socialnämnden");
    Ekonomi {
        kalkylperiod: Kalkylperiod { startar: 2027, ar: 4 },
        timkostnader: vec![Timkostnad {
            id: "handl".into(),
            namn: "Handläggare".into(),
            sats: Timsats::Direkt { timkostnad: b("412.37") },
        }],
        kostnader: vec![
            kostnad(
                "K1",
                ks,
                Kostnadstyp::Investering,
                Enhet::Kronor,
                Fordelning::Engangs { ar: 0, varde: d("250000") },
            ),
            kostnad("K2", ks, Kostnadstyp::Licenser, Enhet::Kronor, ater(1, 3, "48000")),
        ],
        effekter: vec![
            effekt(
                "E1",
                sn,
                Effektkategori::FrigjortRamutrymme,
                timmar("handl"),
                ater(0, 3, "600"),
                &["0", "33.3", "66.7"],
            ),
            effekt("E2", sn, Effektkategori::Ramjustering, Enhet::Kronor, ater(1, 3, "-18500"), &["100", "50"]),
            effekt("E3", ks, Effektkategori::Ramjustering, Enhet::Kronor, ater(2, 3, "30000"), &[]),
        ],
    }
}

#[test]
fn fall2_upprampning_och_negativ_effekt() {
    let v = berakna(&fall2(), &Modellparametrar::default());
    assert!(v.problem.is_empty(), "{:?}", v.problem);
    let e1 = v.rader.iter().find(|r| r.id == "E1").unwrap();
    assert_eq!(e1.per_ar.iter().map(|a| a.varde).collect::<Vec<_>>(), bv(&["0", "82391.53", "165030.47", "247422.00"]));
    assert_eq!(
        e1.per_ar.iter().map(|a| a.realisering_procent.unwrap()).collect::<Vec<_>>(),
        vec![d("0"), d("33.3"), d("66.7"), d("100")]
    );
    assert_eq!(v.rader.iter().find(|r| r.id == "E2").unwrap().varde(1), b("-9250"));

    let ks = namnd(&v, "Kommunstyrelsen");
    let sn = namnd(&v, "Socialnämnden");
    assert_eq!(kolumn(&ks.per_ar, |f| f.netto), bv(&["-250000", "-48000", "-18000", "-18000"]));
    assert_eq!(kolumn(&ks.per_ar, |f| f.fin), bv(&["-250000", "-48000", "-18000", "-18000"]));
    assert_eq!(kolumn(&sn.per_ar, |f| f.ram), bv(&["0", "-9250", "-18500", "-18500"]));
    assert_eq!(kolumn(&sn.per_ar, |f| f.netto), bv(&["0", "73141.53", "146530.47", "228922.00"]));
    assert_eq!(kolumn(&sn.per_ar, |f| f.fin), bv(&["0", "-9250", "-18500", "-18500"]));
    assert_eq!(kolumn(&ks.nuvarde_per_ar, |f| f.k), bv(&["250000", "46601.94", "45244.60", "43926.80"]));
    assert_eq!(kolumn(&ks.nuvarde_per_ar, |f| f.ram), bv(&["0", "0", "28277.88", "27454.25"]));
    assert_eq!(kolumn(&sn.nuvarde_per_ar, |f| f.ram), bv(&["0", "-8980.58", "-17438.02", "-16930.12"]));
    assert_eq!(kolumn(&sn.nuvarde_per_ar, |f| f.fri), bv(&["0", "79991.78", "155557.05", "226426.18"]));
    assert_eq!((ks.nnv(), ks.nnv_fin()), (b("-330041.21"), b("-330041.21")));
    assert_eq!((sn.nnv(), sn.nnv_fin()), (b("418626.29"), b("-43348.72")));

    let bas = &v.bas;
    assert_eq!(kolumn(&bas.per_ar, |f| f.netto), bv(&["-250000", "25141.53", "128530.47", "210922.00"]));
    assert_eq!(bas.kumulativ_netto, bv(&["-250000", "-224858.47", "-96328.00", "114594.00"]));
    assert_eq!(bas.kumulativ_nuvarde_netto, bv(&["-250000", "-225590.74", "-104438.43", "88585.08"]));
    assert_eq!((bas.nnv, bas.nnv_fin), (b("88585.08"), b("-373389.93")));
    assert_eq!(bas.nuvarde.k, b("385773.34"));
    assert_eq!(bas.nuvarde.effekter(), b("474358.42"));
    assert_eq!(bas.nnk, Some(d("0.2296")));
    assert_eq!(bas.break_even_andel, Some(d("0.1867")));
    assert_eq!((bas.aterbetalningsar, bas.aterbetalningsar_diskonterat), (Some(3), Some(3)));
    assert_eq!(v.kalenderar(3), 2030);

    let pess = scenario(&v, "Pessimistisk");
    assert_eq!(pess.per_ar[1].fri, b("41195.77"));
    assert_eq!(kolumn(&pess.per_ar, |f| f.netto), bv(&["-375000", "-35429.23", "16265.24", "57461.00"]));
    assert_eq!(pess.kumulativ_netto, bv(&["-375000", "-410429.23", "-394163.99", "-336702.99"]));
    assert_eq!(pess.aterbetalningsar, None);
    assert_eq!(pess.nnv, b("-341480.81"));

    let noll = ranta(&v, "0");
    assert_eq!(noll.nnv, b("114594.00"));
    assert_eq!(noll.aterbetalningsar_diskonterat, Some(3));
    assert_eq!(ranta(&v, "8").nnv, b("50910.04"));
    assert_eq!(ranta(&v, "3.5").nnv, b("84515.46"));
}

// ---------------------------------------------------------------------------
// Case 3: 15 years, three nämnder.
//
// Timkostnad lärare: 38 000 × 1.54 / 142 = 58 520 / 142 = 412.1126… → 412.11
// Barn- och utbildningsnämnden (BUN):
//   K investering 1 200 000 in year 0; K licenser 85 000 in years 1–14
//   FRI 1 500 h × 412.11 = 618 165.00 in years 1–14, p = 0, 50, (100 …):
//       t1: 618 165 × 0.5 = 309 082.50; t2–t14: 618 165.00
// Socialnämnden (SN): K utbildning 150 000 in years 0 and 1; RAM 120 000 in years 2–14
// Tekniska nämnden (TN): K drift 40 000.50 in years 0–14; RAM −10 000 in years 5–14 (a drawback)
// Per year over nämnder:
//   t0: K = 1 200 000 + 150 000 + 40 000.50 = 1 390 000.50; NETTO = −1 390 000.50
//   t1: K = 85 000 + 150 000 + 40 000.50 = 275 000.50; FRI = 309 082.50; NETTO = 34 082.00
//   t2–4: K = 125 000.50; RAM = 120 000; FRI = 618 165; NETTO = 613 164.50
//   t5–14: RAM = 120 000 − 10 000 = 110 000; NETTO = 603 164.50
//   cumulative: −1 390 000.50; −1 355 918.50; −742 754.00; −129 589.50; 483 575.00 → payback t = 4
//   Σ NETTO = −1 390 000.50 + 34 082 + 3 × 613 164.50 + 10 × 603 164.50 = 6 515 220.00
// Totals per nämnd over the years:
//   BUN: K = 1 200 000 + 14 × 85 000 = 2 390 000; FRI = 309 082.50 + 13 × 618 165 = 8 345 227.50
//   SN:  K = 300 000; RAM = 13 × 120 000 = 1 560 000
//   TN:  K = 15 × 40 000.50 = 600 007.50; RAM = 10 × −10 000 = −100 000
// Present values at 3 %, a few terms (each rounded per nämnd and year):
//   BUN t1: K 85 000/1.03 = 82 524.27; FRI 309 082.50/1.03 = 300 080.0971 → 300 080.10
//   BUN t14: K 85 000 × 0.6611178… = 56 195.0135 → 56 195.01; FRI 618 165 × 0.6611178… = 408 679.89
//   TN t5: K 40 000.50 × 0.8626087… = 34 504.7827 → 34 504.78; RAM −10 000 × 0.8626087… = −8 626.09
// Summing all 3 × 15 rounded terms (a table in the comment would be 135 lines;
// the discounted cumulative below is its running total):
//   discounted cumulative: −1 390 000.50; −1 356 911.18; −778 944.83; −217 812.45; 326 976.27 …
//   4 898 344.80 → discounted payback t = 4
//   NNV = 4 898 344.80 = NNV(BUN) 4 522 590.76 + NNV(SN) 943 392.86 + NNV(TN) −567 638.82
//   NNV_fin = −1 784 412.16;  Σ PV_K = 2 947 646.34 → NNK = 1.66178… → 1.6618
//   Σ PV effects = 7 845 991.14 → break-even = 0.62431… → 0.6243
// Försiktig: TN K'(t) = 40 000.50 × 1.25 = 50 000.625 (a tie) → 50 000.63;
//   cumulative NETTO' crosses 0 at t = 6 (122 426.22), the discounted one only at t = 7
//   (−92 082.60 at t = 6, 224 919.93 at t = 7); NNV' = 2 199 935.33.
// At 8 %: NNV = 3 079 564.34; at 3.5 %: 4 674 100.45; at 0 %: Σ NETTO = 6 515 220.00.
// ---------------------------------------------------------------------------

const BUN: &str = "Barn- och utbildningsnämnden";
const SN: &str = "Socialnämnden";
const TN: &str = "Tekniska nämnden";

fn fall3() -> Ekonomi {
    Ekonomi {
        kalkylperiod: Kalkylperiod { startar: 2026, ar: 15 },
        timkostnader: vec![harledd("larare", "38000.00", "54", "142")],
        kostnader: vec![
            kostnad(
                "B1",
                BUN,
                Kostnadstyp::Investering,
                Enhet::Kronor,
                Fordelning::Engangs { ar: 0, varde: d("1200000") },
            ),
            kostnad("B2", BUN, Kostnadstyp::Licenser, Enhet::Kronor, ater(1, 14, "85000")),
            kostnad(
                "S1",
                SN,
                Kostnadstyp::UtbildningOchForandringsledning,
                Enhet::Kronor,
                per_ar(&["150000", "150000"]),
            ),
            kostnad("T1", TN, Kostnadstyp::DriftOchForvaltning, Enhet::Kronor, ater(0, 14, "40000.50")),
        ],
        effekter: vec![
            effekt("B3", BUN, Effektkategori::FrigjortRamutrymme, timmar("larare"), ater(1, 14, "1500"), &["0", "50"]),
            effekt("S2", SN, Effektkategori::Ramjustering, Enhet::Kronor, ater(2, 14, "120000"), &[]),
            effekt("T2", TN, Effektkategori::Ramjustering, Enhet::Kronor, ater(5, 14, "-10000"), &[]),
        ],
    }
}

#[test]
fn fall3_femton_ar_flera_namnder() {
    let v = berakna(&fall3(), &Modellparametrar::default());
    assert!(v.problem.is_empty(), "{:?}", v.problem);
    assert_eq!(v.timkostnader[0].timkostnad, Some(b("412.11")));
    assert_eq!(v.namnder.iter().map(|n| n.namnd.as_str()).collect::<Vec<_>>(), [BUN, SN, TN]);

    let bun = namnd(&v, BUN);
    assert_eq!(bun.per_ar[1], Flode::new(b("85000"), b("0"), b("309082.50")));
    assert_eq!(bun.per_ar[14], Flode::new(b("85000"), b("0"), b("618165.00")));
    assert_eq!(bun.summa, Flode::new(b("2390000"), b("0"), b("8345227.50")));
    assert_eq!(bun.nuvarde_per_ar[1], Flode::new(b("82524.27"), b("0"), b("300080.10")));
    assert_eq!(bun.nuvarde_per_ar[14], Flode::new(b("56195.01"), b("0"), b("408679.89")));
    assert_eq!(namnd(&v, SN).summa, Flode::new(b("300000"), b("1560000"), b("0")));
    let tn = namnd(&v, TN);
    assert_eq!(tn.summa, Flode::new(b("600007.50"), b("-100000"), b("0")));
    assert_eq!(tn.nuvarde_per_ar[5], Flode::new(b("34504.78"), b("-8626.09"), b("0")));
    assert_eq!(v.namnder.iter().map(|n| n.nnv()).collect::<Vec<_>>(), bv(&["4522590.76", "943392.86", "-567638.82"]));

    let bas = &v.bas;
    assert_eq!(bas.diskonteringsfaktorer.len(), 15);
    assert_eq!(bas.per_ar[0].netto, b("-1390000.50"));
    assert_eq!(bas.per_ar[1], Flode::new(b("275000.50"), b("0"), b("309082.50")));
    assert_eq!(bas.per_ar[4].netto, b("613164.50"));
    assert_eq!(bas.per_ar[5], Flode::new(b("125000.50"), b("110000"), b("618165")));
    assert_eq!(bas.per_ar[5].netto, b("603164.50"));
    assert_eq!(
        bas.kumulativ_netto[..5].to_vec(),
        bv(&["-1390000.50", "-1355918.50", "-742754.00", "-129589.50", "483575.00"])
    );
    assert_eq!(bas.summa.netto, b("6515220.00"));
    assert_eq!(
        bas.kumulativ_nuvarde_netto[..5].to_vec(),
        bv(&["-1390000.50", "-1356911.18", "-778944.83", "-217812.45", "326976.27"])
    );
    assert_eq!(bas.nnv, b("4898344.80"));
    assert_eq!(bas.nnv_fin, b("-1784412.16"));
    assert_eq!(bas.nuvarde.k, b("2947646.34"));
    assert_eq!(bas.nuvarde.effekter(), b("7845991.14"));
    assert_eq!(bas.nnk, Some(d("1.6618")));
    assert_eq!(bas.break_even_andel, Some(d("0.6243")));
    assert_eq!((bas.aterbetalningsar, bas.aterbetalningsar_diskonterat), (Some(4), Some(4)));

    let forsiktig = scenario(&v, "Försiktig");
    assert_eq!(forsiktig.per_ar[0].k, b("1737500.63")); // 1 500 000 + 187 500 + 50 000.63
    assert_eq!(forsiktig.kumulativ_netto[6], b("122426.22"));
    assert_eq!(forsiktig.kumulativ_nuvarde_netto[6..8].to_vec(), bv(&["-92082.60", "224919.93"]));
    assert_eq!((forsiktig.aterbetalningsar, forsiktig.aterbetalningsar_diskonterat), (Some(6), Some(7)));
    assert_eq!(forsiktig.nnv, b("2199935.33"));
    assert_eq!(scenario(&v, "Bas"), bas);
    assert_eq!(scenario(&v, "Pessimistisk").nnv, b("-498473.98"));

    // The per-nämnd detail of a scenario, on demand.
    let (kalkyl, namnder) = v.kalkyl(d("25"), d("25"), d("3"));
    assert_eq!(&kalkyl, forsiktig);
    assert_eq!(namnder[2].per_ar[0].k, b("50000.63"));
    assert_eq!(namnder.iter().map(|n| n.nnv()).collect::<Vec<_>>(), bv(&["2311859.96", "559729.10", "-671653.73"]));

    assert_eq!(ranta(&v, "8").nnv, b("3079564.34"));
    assert_eq!(ranta(&v, "8").nnk, Some(d("1.2032")));
    assert_eq!(ranta(&v, "3.5").nnv, b("4674100.45"));
    assert_eq!(ranta(&v, "0").nnv, b("6515220.00"));
    assert_eq!(ranta(&v, "0").aterbetalningsar_diskonterat, Some(4));
}

/// A line naming a timkostnad that does not exist counts as 0 and is listed.
#[test]
fn saknad_timkostnad_listas_och_raknas_som_noll() {
    let mut ekonomi = fall1();
    ekonomi.kostnader[1].enhet = timmar("finns-inte");
    let v = berakna(&ekonomi, &Modellparametrar::default());
    let k2 = v.rader.iter().find(|r| r.id == "K2").unwrap();
    assert_eq!(k2.varde(0), Belopp::ZERO);
    assert_eq!(k2.per_ar[0].mangd, d("10.5"));
    assert_eq!(v.namnder[0].per_ar[0].k, b("12345.67"));
    assert_eq!(v.problem.len(), 1);
    assert_eq!(v.problem[0].allvarlighet, Allvarlighet::Fel);
    assert_eq!(v.problem[0].rad_id.as_deref(), Some("K2"));
    assert!(v.problem[0].meddelande.contains("”finns-inte”, som inte finns"), "{}", v.problem[0].meddelande);
}

/// Present values whose exact value is a half öre. With d(t) rounded to 28
/// decimals first, each of these gives …,4999… öre and rounds down; decided
/// on the exact value they round away from zero:
///   4 %:  0,13 kr / 1,04   = 0,125 exactly → 0,13
///   12 %: 0,14 kr / 1,12   = 0,125 exactly → 0,13
///   20 %: 0,15 kr / 1,2    = 0,125 exactly → 0,13; 0,18 kr / 1,44 = 0,125 → 0,13 (year 2)
///   and a negative effect −0,15 kr / 1,2 = −0,125 → −0,13.
#[test]
fn half_ore_ties_are_decided_on_the_exact_value() {
    let fall = |ranta: &str, kostnad_ar1: &str, kostnad_ar2: &str, fri_ar1: &str, vantat: [&str; 3]| {
        let ekonomi = Ekonomi {
            kalkylperiod: Kalkylperiod { startar: 2027, ar: 3 },
            kostnader: vec![
                kostnad(
                    "k1",
                    "KS",
                    Kostnadstyp::Licenser,
                    Enhet::Kronor,
                    Fordelning::Engangs { ar: 1, varde: d(kostnad_ar1) },
                ),
                kostnad(
                    "k2",
                    "KS",
                    Kostnadstyp::Licenser,
                    Enhet::Kronor,
                    Fordelning::Engangs { ar: 2, varde: d(kostnad_ar2) },
                ),
            ],
            effekter: vec![effekt(
                "e1",
                "KS",
                Effektkategori::FrigjortRamutrymme,
                Enhet::Kronor,
                Fordelning::Engangs { ar: 1, varde: d(fri_ar1) },
                &["100", "100", "100"],
            )],
            ..Default::default()
        };
        let p = Modellparametrar { diskonteringsranta_procent: d(ranta), ..Default::default() };
        let v = berakna(&ekonomi, &p);
        assert!(v.problem.is_empty(), "{:?}", v.problem);
        let pv = &v.bas.nuvarde_per_ar;
        assert_eq!([pv[1].k, pv[2].k, pv[1].fri], [b(vantat[0]), b(vantat[1]), b(vantat[2])], "at {ranta} %");
        // NNV is the sum of the rounded terms.
        assert_eq!(v.bas.nnv, pv[1].fri - pv[1].k - pv[2].k);
    };
    // Year 2 at 4 %: 0,13 / 1,0816 = 0,1201… → 0,12; FRI −0,13 / 1,04 = −0,125 → −0,13.
    fall("4", "0.13", "0.13", "-0.13", ["0.13", "0.12", "-0.13"]);
    // Year 2 at 12 %: 0,14 / 1,2544 = 0,1116… → 0,11.
    fall("12", "0.14", "0.14", "0.14", ["0.13", "0.11", "0.13"]);
    fall("20", "0.15", "0.18", "-0.15", ["0.13", "0.13", "-0.13"]);
    // The same tie in a sensitivity rate and a scenario: at 4 % as a
    // sensitivity rate, and Försiktig (+25 %) turning 0,104 kr into 0,13 kr.
    let ekonomi = Ekonomi {
        kalkylperiod: Kalkylperiod { startar: 2027, ar: 2 },
        kostnader: vec![kostnad(
            "k1",
            "KS",
            Kostnadstyp::Licenser,
            Enhet::Kronor,
            Fordelning::Engangs { ar: 1, varde: d("0.104") },
        )],
        ..Default::default()
    };
    let p = Modellparametrar {
        diskonteringsranta_procent: d("4"),
        kanslighetsrantor_procent: vec![d("4")],
        ..Default::default()
    };
    let v = berakna(&ekonomi, &p);
    // The line is 0,104 → 0,10 kr; at 4 %: 0,10 / 1,04 = 0,0961… → 0,10.
    assert_eq!(v.bas.nnv, b("-0.10"));
    // Försiktig: K' = 0,10 × 1,25 = 0,125 → 0,13; PV = 0,13 / 1,04 = 0,125 → 0,13.
    assert_eq!(v.scenarier[1].kalkyl.nnv, b("-0.13"));
    assert_eq!(v.kanslighetsrantor[0].nnv, b("-0.10"));
}
