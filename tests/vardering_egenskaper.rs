//! Properties of the valuation for any generated case: every total is the
//! exact sum of its parts, NNV at 0 % is Σ NETTO, the (0, 0) scenario is the
//! base, and rising costs never raise NNV.

use forstudie::model::*;
use forstudie::vardering::*;
use proptest::prelude::*;
use rust_decimal::Decimal;

const NAMNDER: [&str; 4] = ["Kommunstyrelsen", "Socialnämnden", "Tekniska nämnden", "Kultur- och fritidsnämnden"];

/// An amount with 0–3 decimals (so line rounding matters), |x| < 10^7 kr.
fn belopp(negativa: bool) -> impl Strategy<Value = Decimal> {
    let lagsta = if negativa { -10_000_000_000i64 } else { 0 };
    (lagsta..10_000_000_000i64, 0u32..=3).prop_map(|(m, skala)| Decimal::new(m, 3).round_dp(skala))
}

fn timkostnad(i: usize) -> impl Strategy<Value = Timkostnad> {
    let direkt =
        (0i64..200_000).prop_map(|ore| Timsats::Direkt { timkostnad: Belopp::from_decimal(Decimal::new(ore, 2)) });
    let harledd =
        (2_000_000i64..8_000_000, 0i64..800, 100i64..180).prop_map(|(lon, paslag, timmar)| Timsats::Harledd {
            manadslon: Belopp::from_decimal(Decimal::new(lon, 2)),
            paslag_procent: Decimal::new(paslag, 1),
            produktiva_timmar: Decimal::from(timmar),
        });
    prop_oneof![direkt, harledd].prop_map(move |sats| Timkostnad { id: format!("t{i}"), namn: format!("T{i}"), sats })
}

fn enhet() -> impl Strategy<Value = Enhet> {
    prop_oneof![
        3 => Just(Enhet::Kronor),
        // Hours are counted in the same range as kronor here; "t3" never exists.
        2 => (0usize..4).prop_map(|i| Enhet::Timmar { timkostnad_id: format!("t{i}") }),
    ]
}

fn fordelning(ar: u32, negativa: bool) -> impl Strategy<Value = Fordelning> {
    prop_oneof![
        prop::collection::vec(belopp(negativa), 0..=(ar as usize + 1)).prop_map(|varden| Fordelning::PerAr { varden }),
        (0..=ar, belopp(negativa)).prop_map(|(ar, varde)| Fordelning::Engangs { ar, varde }),
        (0..ar, 0..=ar, belopp(negativa)).prop_map(|(fran, till, varde)| Fordelning::Aterkommande {
            fran,
            till,
            varde
        }),
    ]
}

fn typ() -> impl Strategy<Value = Kostnadstyp> {
    prop::sample::select(Kostnadstyp::ALLA.to_vec())
}

fn namnd() -> impl Strategy<Value = String> {
    prop::sample::select(NAMNDER.to_vec()).prop_map(String::from)
}

/// Costs are never negative (a refund is not a cost); effects may be.
fn kostnadsrad(ar: u32) -> impl Strategy<Value = Kostnadsrad> {
    (namnd(), typ(), enhet(), fordelning(ar, false), any::<u16>()).prop_map(
        |(namnd, kostnadstyp, enhet, fordelning, id)| Kostnadsrad {
            id: format!("k{id}"),
            namnd,
            kostnadstyp,
            beskrivning: String::new(),
            enhet,
            fordelning,
        },
    )
}

fn effektrad(ar: u32) -> impl Strategy<Value = Effektrad> {
    let p = prop::collection::vec((0i64..=10_000).prop_map(|p| Decimal::new(p, 2)), 0..=(ar as usize));
    (namnd(), typ(), any::<bool>(), enhet(), fordelning(ar, true), p).prop_map(
        |(namnd, kostnadstyp, ram, enhet, fordelning, realisering_procent)| Effektrad {
            namnd,
            kostnadstyp,
            kategori: if ram { Effektkategori::Ramjustering } else { Effektkategori::FrigjortRamutrymme },
            enhet,
            fordelning,
            realisering_procent,
            ..Default::default()
        },
    )
}

fn ekonomi() -> impl Strategy<Value = Ekonomi> {
    (1u32..=15).prop_flat_map(|ar| {
        (
            prop::collection::vec(0usize..3, 1..=3)
                .prop_flat_map(|v| v.into_iter().enumerate().map(|(i, _)| timkostnad(i)).collect::<Vec<_>>()),
            prop::collection::vec(kostnadsrad(ar), 0..10),
            prop::collection::vec(effektrad(ar), 0..10),
        )
            .prop_map(move |(timkostnader, kostnader, effekter)| Ekonomi {
                kalkylperiod: Kalkylperiod { startar: 2027, ar },
                timkostnader,
                kostnader,
                effekter,
            })
    })
}

fn parametrar() -> impl Strategy<Value = Modellparametrar> {
    (0i64..=150).prop_map(|r| Modellparametrar { diskonteringsranta_procent: Decimal::new(r, 1), ..Default::default() })
}

/// NETTO and FIN follow from K, RAM, FRI.
fn konsistent(f: &Flode) -> bool {
    f.netto == f.ram + f.fri - f.k && f.fin == f.ram - f.k
}

fn summa<'a>(f: impl IntoIterator<Item = &'a Flode>) -> Flode {
    f.into_iter().fold(Flode::default(), |s, f| Flode::new(s.k + f.k, s.ram + f.ram, s.fri + f.fri))
}

fn kalkyl_summerar(k: &Kalkyl) -> Result<(), TestCaseError> {
    prop_assert!(k.per_ar.iter().chain(&k.nuvarde_per_ar).all(konsistent));
    prop_assert!(konsistent(&k.summa) && konsistent(&k.nuvarde));
    prop_assert_eq!(summa(&k.per_ar), k.summa);
    prop_assert_eq!(summa(&k.nuvarde_per_ar), k.nuvarde);
    prop_assert_eq!((k.nnv, k.nnv_fin), (k.nuvarde.netto, k.nuvarde.fin));
    prop_assert_eq!(k.kumulativ_netto.last(), Some(&k.summa.netto));
    prop_assert_eq!(k.kumulativ_nuvarde_netto.last(), Some(&k.nnv));
    if let Some(t) = k.aterbetalningsar {
        prop_assert!(k.kumulativ_netto[t as usize] >= Belopp::ZERO);
        prop_assert!(k.kumulativ_netto[..t as usize].iter().all(|b| *b < Belopp::ZERO));
    } else {
        prop_assert!(k.kumulativ_netto.iter().all(|b| *b < Belopp::ZERO));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn varje_summa_ar_summan_av_sina_delar(ekonomi in ekonomi(), p in parametrar()) {
        let v = berakna(&ekonomi, &p);
        let ar = v.ar as usize;
        kalkyl_summerar(&v.bas)?;

        // Per year over nämnder, nominal and discounted; per nämnd over years.
        for t in 0..ar {
            prop_assert_eq!(summa(v.namnder.iter().map(|n| &n.per_ar[t])), v.bas.per_ar[t]);
            prop_assert_eq!(summa(v.namnder.iter().map(|n| &n.nuvarde_per_ar[t])), v.bas.nuvarde_per_ar[t]);
        }
        for n in &v.namnder {
            prop_assert!(n.per_ar.iter().chain(&n.nuvarde_per_ar).all(konsistent));
            prop_assert_eq!(summa(&n.per_ar), n.summa);
            prop_assert_eq!(summa(&n.nuvarde_per_ar), n.nuvarde);
        }
        prop_assert_eq!(summa(v.namnder.iter().map(|n| &n.summa)), v.bas.summa);
        let nnv: Belopp = v.namnder.iter().map(|n| n.nnv()).sum();
        let nnv_fin: Belopp = v.namnder.iter().map(|n| n.nnv_fin()).sum();
        prop_assert_eq!((nnv, nnv_fin), (v.bas.nnv, v.bas.nnv_fin));

        // Per kostnadstyp, and per nämnd and kostnadstyp.
        for t in 0..ar {
            prop_assert_eq!(summa(v.per_kostnadstyp.iter().map(|k| &k.per_ar[t])), v.bas.per_ar[t]);
        }
        for k in &v.per_kostnadstyp {
            prop_assert_eq!(summa(&k.per_ar), k.summa);
            let delar = v.per_namnd_och_kostnadstyp.iter().filter(|nk| nk.kostnadstyp == k.kostnadstyp);
            prop_assert_eq!(summa(delar.map(|nk| &nk.summa)), k.summa);
        }
        for n in &v.namnder {
            let delar = v.per_namnd_och_kostnadstyp.iter().filter(|nk| nk.namnd == n.namnd);
            prop_assert_eq!(summa(delar.map(|nk| &nk.summa)), n.summa);
        }

        // Each cell is the sum of the lines it names.
        for n in &v.namnder {
            for t in 0..ar as u32 {
                let rader = |slag| v.rader_i(Some(&n.namnd), slag, None).map(|r| r.varde(t)).sum::<Belopp>();
                let cell = &n.per_ar[t as usize];
                prop_assert_eq!(rader(Radslag::Kostnad), cell.k);
                prop_assert_eq!(rader(Radslag::Ramjustering), cell.ram);
                prop_assert_eq!(rader(Radslag::FrigjortRamutrymme), cell.fri);
            }
        }
        for s in &v.scenarier {
            kalkyl_summerar(&s.kalkyl)?;
        }
        for k in &v.kanslighetsrantor {
            kalkyl_summerar(k)?;
        }
    }

    #[test]
    fn nnv_vid_noll_procent_ar_summan_av_netto(ekonomi in ekonomi(), p in parametrar()) {
        let v = berakna(&ekonomi, &p);
        let noll = v.kanslighetsrantor.iter().find(|k| k.diskonteringsranta_procent.is_zero()).unwrap();
        prop_assert_eq!(noll.nnv, v.bas.summa.netto);
        prop_assert_eq!(noll.nnv_fin, v.bas.summa.fin);
        prop_assert_eq!(noll.aterbetalningsar_diskonterat, v.bas.aterbetalningsar);
        prop_assert!(noll.diskonteringsfaktorer.iter().all(|d| *d == Decimal::ONE));
    }

    #[test]
    fn scenario_noll_noll_ar_basen(ekonomi in ekonomi(), p in parametrar()) {
        let v = berakna(&ekonomi, &p);
        prop_assert_eq!(&v.scenarier[0].kalkyl, &v.bas);
        let (kalkyl, namnder) = v.kalkyl(Decimal::ZERO, Decimal::ZERO, p.diskonteringsranta_procent);
        prop_assert_eq!(kalkyl, v.bas.clone());
        prop_assert_eq!(namnder, v.namnder.clone());
    }

    #[test]
    fn hogre_kostnader_hojer_aldrig_nnv(ekonomi in ekonomi(), p in parametrar(), a in 1i64..=5_000) {
        let v = berakna(&ekonomi, &p);
        let a = Decimal::new(a, 1);
        let (hogre, _) = v.kalkyl(a, Decimal::ZERO, p.diskonteringsranta_procent);
        prop_assert!(hogre.nnv <= v.bas.nnv);
        prop_assert!(hogre.nnv_fin <= v.bas.nnv_fin);
        prop_assert!(hogre.nuvarde.k >= v.bas.nuvarde.k);
    }

    #[test]
    fn resultatet_klarar_json(ekonomi in ekonomi(), p in parametrar()) {
        let v = berakna(&ekonomi, &p);
        let json = serde_json::to_string(&v).unwrap();
        let tillbaka: Vardering = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(tillbaka, v);
    }
}
