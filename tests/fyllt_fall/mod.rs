//! A case with every step filled, for tests that must see every field.
// Each test binary uses a different part of this module.
#![allow(dead_code)]

use forstudie::model::*;
use rust_decimal::Decimal;

pub fn d(text: &str) -> Decimal {
    text.parse().unwrap()
}

pub fn fyllt_fall() -> Forstudie {
    let mut f = Forstudie::ny([7; 16], "2026-11-26T13:32:00.000Z");
    f.andrad = "2026-11-26T14:05:09.123Z".into();
    f.utvecklingsbehov = Utvecklingsbehov {
        titel: "Digital ansökan om färdtjänst".into(),
        forvaltning: "Socialförvaltningen".into(),
        namnd: "Socialnämnden".into(),
        kontaktperson: "Eva Lind".into(),
        roll: "Verksamhetsutvecklare".into(),
        datum: "2026-03-15".into(),
        problem: "Blanketter på papper, \"citat\" och <taggar> & radbrytning\nrad två".into(),
        berorda: "Sökande, anhöriga, handläggare".into(),
        nollalternativ: "Köerna växer".into(),
        strategier: vec!["Utgå från medborgarnas behov och livshändelser".into()],
        digitala_perspektiv: "Digitalt först".into(),
        relaterade_initiativ: "E-arkiv".into(),
    };
    f.orsaksanalys.problemformulering = "Lång handläggningstid".into();
    f.orsaksanalys.orsaker.push(Orsak {
        id: "o1".into(),
        kategori_id: "metod".into(),
        beskrivning: "Manuell inskrivning".into(),
        varfor: vec!["Blankett på papper".into(), "Ingen e-tjänst".into()],
        grundorsak: true,
    });
    f.malgruppsanalys.grupper.push(Malgrupp {
        id: "m1".into(),
        namn: "Sökande".into(),
        storlek: Some(1200),
        behov: "Snabbt besked".into(),
        kanal_idag: "Post".into(),
        forandring: "E-tjänst".into(),
    });
    f.intressentanalys.intressenter.push(Intressent {
        id: "i1".into(),
        namn: "Färdtjänsthandläggare".into(),
        inflytande: 4,
        intresse: 5,
        attityd_nu: Attityd::Negativ,
        attityd_onskad: Attityd::Positiv,
        strategi: "Hantera nära".into(),
    });
    let steg = |id: &str, min: &str| Processsteg {
        id: id.into(),
        beskrivning: "Registrera ansökan".into(),
        aktor: "Handläggare".into(),
        minuter_per_arende: d(min),
        arenden_per_ar: d("1200"),
    };
    f.arbetsflode = Arbetsflode {
        nulage: vec![steg("n1", "25")],
        borlage: vec![steg("b1", "7.5")],
        effektrad_id: Some("e2".into()),
        timkostnad_id: Some("t1".into()),
    };
    f.informationsinventering.tillgangar.push(Informationstillgang {
        id: "a1".into(),
        namn: "Ansökningar".into(),
        system: "Treserva".into(),
        agare: "Socialnämnden".into(),
        personuppgifter: true,
        sekretess: true,
        rattslig_grund: "Myndighetsutövning".into(),
    });
    f.logikmodell.poster.push(Logikpost {
        id: "l1".into(),
        led: Logikled::EffekterKort,
        text: "Kortare handläggningstid".into(),
        indikator: "Dagar från ansökan till beslut".into(),
    });
    f.logikmodell.pilar.push(Logikpil { fran: "l0".into(), till: "l1".into() });
    f.ekonomi = Ekonomi {
        kalkylperiod: Kalkylperiod { startar: 2027, ar: 5 },
        timkostnader: vec![Timkostnad {
            id: "t1".into(),
            namn: "Handläggare".into(),
            sats: Timsats::Harledd {
                manadslon: Belopp::kronor(35000),
                paslag_procent: d("54"),
                produktiva_timmar: d("142"),
            },
        }],
        kostnader: vec![Kostnadsrad {
            id: "k1".into(),
            namnd: "Socialnämnden".into(),
            kostnadstyp: Kostnadstyp::Licenser,
            beskrivning: "E-tjänstplattform".into(),
            enhet: Enhet::Kronor,
            fordelning: Fordelning::Aterkommande { fran: 0, till: 4, varde: d("120000.50") },
        }],
        effekter: vec![
            Effektrad {
                id: "e1".into(),
                namnd: "Socialnämnden".into(),
                kostnadstyp: Kostnadstyp::Ovrigt,
                beskrivning: "Porto".into(),
                kategori: Effektkategori::Ramjustering,
                enhet: Enhet::Kronor,
                fordelning: Fordelning::PerAr { varden: vec![d("0"), d("15000"), d("-2000.25")] },
                realisering_procent: vec![d("0"), d("50"), d("100")],
                utfall_id: Some("l1".into()),
                fran_arbetsflode: false,
            },
            Effektrad {
                id: "e2".into(),
                namnd: "Socialnämnden".into(),
                kostnadstyp: Kostnadstyp::Personal,
                beskrivning: "Frigjord handläggartid".into(),
                kategori: Effektkategori::FrigjortRamutrymme,
                enhet: Enhet::Timmar { timkostnad_id: "t1".into() },
                fordelning: Fordelning::Engangs { ar: 1, varde: d("350") },
                realisering_procent: vec![],
                utfall_id: None,
                fran_arbetsflode: true,
            },
        ],
    };
    f.konsekvenser = Konsekvenser {
        kvalitativa_effekter: vec![KvalitativEffekt {
            id: "q1".into(),
            beskrivning: "Tryggare sökande".into(),
            mottagare: Mottagare::Medborgare,
            positiv: true,
            styrka: 3,
            utfall_id: Some("l1".into()),
            indikator: "NKI".into(),
        }],
        risker: vec![Risk {
            id: "r1".into(),
            beskrivning: "Låg användning".into(),
            sannolikhet: 2,
            konsekvens: 4,
            atgard: "Kommunikation".into(),
        }],
        konsekvenser_att_beakta: "Facklig samverkan".into(),
        forutsattningar: "E-legitimation".into(),
        tidsplan: vec![Fas {
            id: "f1".into(),
            namn: "Upphandling".into(),
            start: "2027-01-01".into(),
            slut: "2027-06-30".into(),
        }],
        finansiering: vec![Finansiering {
            id: "fi1".into(),
            kalla: "Digitaliseringsportföljen".into(),
            belopp_per_ar: vec![Belopp::kronor(100000), Belopp::from_decimal(d("0.3"))],
        }],
        forandringsledning: Forandringsledning {
            ansvarig: "Enhetschef".into(),
            utbildning: "Två halvdagar".into(),
            kommunikation: "Intranät".into(),
        },
    };
    f.bedomning.nivaer.push(Kriteriebedomning {
        kriterium: Kriterium::Genomforbarhet,
        niva: 3,
        motivering: "Beprövad plattform".into(),
    });
    f.effekthemtagning = Effekthemtagning {
        beslut: Some(Beslut { datum: "2027-01-10".into(), referens: "SN 2027/12".into() }),
        effekthemtagningsansvarig: "Eva Lind".into(),
        planer: vec![Effektplan {
            effekt_id: "e2".into(),
            slag: Effektslag::Ekonomisk,
            benamning: "Mindre handläggningstid".into(),
            ansvarig: "Eva Lind".into(),
            indikator: "Timmar per ärende".into(),
            nollvarde: "0.42".into(),
            nollvarde_datum: "2026-12-31".into(),
            malvarde: "0.13".into(),
            malvarde_datum: "2028-12-31".into(),
            matmetod: "Tidsstudie".into(),
            uppfoljningsdatum: vec!["2027-12-31".into()],
            uppfoljningar: vec![Uppfoljning {
                datum: "2027-12-31".into(),
                varde: "0.30".into(),
                kommentar: "På väg".into(),
                realiserat: Some(Realiserat { ar: 2027, belopp: Belopp::from_decimal(d("12500.50")) }),
            }],
        }],
    };
    f.parametrar.diskonteringsranta_procent = d("3.5");
    f
}
