//! docs/modell.md ("Så räknar värderingen" in the app) cannot drift from
//! the code: its worked example's input (the JSON in a comment the page
//! does not show) is computed with the engine, and every row of every
//! worked-example table (`<!-- räkneexempel -->`) must equal the engine's
//! figure of the same name. Values are written as a reader reads them
//! ("58 252,43 kr", "22,65 %", "0,970873786…" for the first digits).
//!
//! Names in the tables: `X(n, t)`, `X(t)`, `X(n)` and `X` for X in K, RAM,
//! FRI, NETTO, FIN and PV_ of each (per nämnd and year, per year, per nämnd,
//! overall); `KUM_NETTO(t)`, `KUM_PV_NETTO(t)`, `d(t)`, `PV_EFFEKTER`,
//! `NNV`, `NNV_fin`, `NNV(n)`, `NNV_fin(n)`, `NNK`, `break_even`,
//! `återbetalningsår`, `återbetalningsår_diskonterat` (calendar years),
//! `timkostnad(id)`, `v(rad, t)`, `finansiering(t)`, `skillnad(t)`,
//! `finansiering`, `skillnad`, `underskott`; a suffix `[scenario]` or
//! `[r=ränta]` takes the figure from that scenario or sensitivity rate.
//!
//! The assessment section is checked the same way: the economy bands at
//! their edges, the worked example row by row with the example's NNK, and
//! the gate variations. And the page stays written for its reader: no
//! source paths, crate or test names.

use forstudie::dokument::{las, Block, MODELLDOKUMENTATION};
use forstudie::model::Finansiering;
use forstudie::model::{tal, Bedomning, Belopp, Ekonomi, Kriteriebedomning, Kriterium, Modellparametrar};
use forstudie::vardering::{berakna, berakna_poang, ekonominiva, finansiering, Flode, Kalkyl, Namndkalkyl};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

const MODELL: &str = include_str!("../docs/modell.md");

/// The text between `start` and `slut`.
fn mellan<'a>(text: &'a str, start: &str, slut: &str) -> &'a str {
    let fran = text.find(start).unwrap_or_else(|| panic!("{start} saknas i docs/modell.md")) + start.len();
    let till = text[fran..].find(slut).unwrap_or_else(|| panic!("{slut} saknas efter {start}")) + fran;
    &text[fran..till]
}

fn exempel_indata() -> Ekonomi {
    let json = mellan(MODELL, "<!-- exempel-indata\n```json", "```");
    serde_json::from_str(json).expect("exemplets indata är en giltig Ekonomi")
}

/// (name, value) of every row of every worked-example table.
fn exempel_resultat() -> Vec<(String, String)> {
    let mut rader = Vec::new();
    let mut rest = MODELL;
    while let Some(start) = rest.find("<!-- räkneexempel -->") {
        let tabell = mellan(rest, "<!-- räkneexempel -->", "<!-- /räkneexempel -->");
        rader.extend(namngivna(tabell));
        rest = &rest[start + "<!-- räkneexempel -->".len() + tabell.len()..];
    }
    rader
}

/// (name, value) of the rows of a table whose first cell is a `name`.
fn namngivna(tabell: &str) -> Vec<(String, String)> {
    tabell
        .lines()
        .filter(|rad| rad.starts_with("| `"))
        .map(|rad| {
            let celler: Vec<&str> = rad.split('|').map(str::trim).collect();
            (celler[1].trim_matches('`').to_owned(), celler[2].to_owned())
        })
        .collect()
}

/// Whether the document's value (as a reader reads it) is the engine's
/// (in the export's form: "58252.43", "0.2929", "2029", "ingen", a status).
fn samma(dokument: &str, motor: &str) -> bool {
    if let Some(borjan) = dokument.strip_suffix('…') {
        return motor.replace('.', ",").starts_with(borjan);
    }
    let (text, procent) = match dokument.strip_suffix(" %") {
        Some(t) => (t, true),
        None => (dokument.trim_end_matches(" kr/h").trim_end_matches(" kr"), false),
    };
    match (tal::tolka(text), motor.parse::<Decimal>()) {
        (Ok(Some(d)), Ok(m)) => (if procent { d / Decimal::ONE_HUNDRED } else { d }) == m,
        _ => dokument == motor,
    }
}

fn text_belopp(b: Belopp) -> String {
    b.to_file_string()
}

fn text_kvot(k: Option<Decimal>) -> String {
    k.map_or("ingen".into(), |k| k.to_string())
}

/// A payback year as its calendar year.
fn text_ar(startar: i32, t: Option<u32>) -> String {
    t.map_or("ingen".into(), |t| (startar + t as i32).to_string())
}

/// One part of a `Flode`, by its name in the table.
type Del = (&'static str, fn(&Flode) -> Belopp);

const DELAR: [Del; 5] =
    [("K", |f| f.k), ("RAM", |f| f.ram), ("FRI", |f| f.fri), ("NETTO", |f| f.netto), ("FIN", |f| f.fin)];

/// Every named figure of one kalkyl and its nämnder, with `tillagg` after
/// each name.
fn figurer(kalkyl: &Kalkyl, namnder: &[Namndkalkyl], startar: i32, tillagg: &str, ut: &mut BTreeMap<String, String>) {
    let mut ange = |namn: String, varde: String| {
        ut.insert(format!("{namn}{tillagg}"), varde);
    };
    for (x, del) in DELAR {
        for (prefix, per_ar, summa) in
            [("", &kalkyl.per_ar, &kalkyl.summa), ("PV_", &kalkyl.nuvarde_per_ar, &kalkyl.nuvarde)]
        {
            ange(format!("{prefix}{x}"), text_belopp(del(summa)));
            for (t, f) in per_ar.iter().enumerate() {
                ange(format!("{prefix}{x}({t})"), text_belopp(del(f)));
            }
        }
        for n in namnder {
            let nn = &n.namnd;
            ange(format!("{x}({nn})"), text_belopp(del(&n.summa)));
            ange(format!("PV_{x}({nn})"), text_belopp(del(&n.nuvarde)));
            for t in 0..n.per_ar.len() {
                ange(format!("{x}({nn}, {t})"), text_belopp(del(&n.per_ar[t])));
                ange(format!("PV_{x}({nn}, {t})"), text_belopp(del(&n.nuvarde_per_ar[t])));
            }
        }
    }
    for n in namnder {
        ange(format!("NNV({})", n.namnd), text_belopp(n.nnv()));
        ange(format!("NNV_fin({})", n.namnd), text_belopp(n.nnv_fin()));
    }
    for (t, d) in kalkyl.diskonteringsfaktorer.iter().enumerate() {
        ange(format!("d({t})"), d.to_string());
        ange(format!("KUM_NETTO({t})"), text_belopp(kalkyl.kumulativ_netto[t]));
        ange(format!("KUM_PV_NETTO({t})"), text_belopp(kalkyl.kumulativ_nuvarde_netto[t]));
    }
    ange("PV_EFFEKTER".into(), text_belopp(kalkyl.nuvarde.effekter()));
    ange("NNV".into(), text_belopp(kalkyl.nnv));
    ange("NNV_fin".into(), text_belopp(kalkyl.nnv_fin));
    ange("NNK".into(), text_kvot(kalkyl.nnk));
    ange("break_even".into(), text_kvot(kalkyl.break_even_andel));
    ange("återbetalningsår".into(), text_ar(startar, kalkyl.aterbetalningsar));
    ange("återbetalningsår_diskonterat".into(), text_ar(startar, kalkyl.aterbetalningsar_diskonterat));
}

#[test]
fn raknexemplet_stammer_med_motorn() {
    let parametrar = Modellparametrar::default();
    let v = berakna(&exempel_indata(), &parametrar);
    assert!(v.problem.is_empty(), "exemplet ska räknas utan problem: {:?}", v.problem);

    let mut kanda = BTreeMap::new();
    figurer(&v.bas, &v.namnder, v.startar, "", &mut kanda);
    let ranta = v.bas.diskonteringsranta_procent;
    for s in &v.scenarier {
        let (kalkyl, namnder) = v.kalkyl(s.kostnad_procent, s.effekt_procent, ranta);
        assert_eq!(kalkyl, s.kalkyl, "scenariot {} i detalj", s.namn);
        figurer(&kalkyl, &namnder, v.startar, &format!("[{}]", s.namn), &mut kanda);
    }
    for r in &v.kanslighetsrantor {
        let (kalkyl, namnder) = v.kalkyl(Decimal::ZERO, Decimal::ZERO, r.diskonteringsranta_procent);
        assert_eq!(&kalkyl, r);
        figurer(&kalkyl, &namnder, v.startar, &format!("[r={}]", r.diskonteringsranta_procent), &mut kanda);
    }
    for tk in &v.timkostnader {
        kanda.insert(format!("timkostnad({})", tk.id), tk.timkostnad.map_or("ingen".into(), text_belopp));
    }
    for rad in &v.rader {
        for t in 0..v.ar {
            kanda.insert(format!("v({}, {t})", rad.id), text_belopp(rad.varde(t)));
        }
    }

    let kallor: Vec<Finansiering> =
        serde_json::from_str(mellan(MODELL, "<!-- exempel-finansiering\n```json", "```")).expect("källorna");
    let f = finansiering(&v, &kallor);
    for (t, a) in f.per_ar.iter().enumerate() {
        kanda.insert(format!("finansiering({t})"), text_belopp(a.finansiering));
        kanda.insert(format!("skillnad({t})"), text_belopp(a.skillnad));
    }
    kanda.insert("finansiering".into(), text_belopp(f.summa.finansiering));
    kanda.insert("skillnad".into(), text_belopp(f.summa.skillnad));
    kanda.insert("underskott".into(), text_belopp(f.underskott_summa));

    let rader = exempel_resultat();
    let mut fel = Vec::new();
    for (namn, varde) in &rader {
        match kanda.get(namn) {
            None => fel.push(format!("{namn}: okänd storhet")),
            Some(raknat) if !samma(varde, raknat) => {
                fel.push(format!("{namn}: dokumentet säger {varde}, motorn {raknat}"))
            }
            Some(_) => {}
        }
    }
    assert!(fel.is_empty(), "docs/modell.md stämmer inte med motorn:\n{}", fel.join("\n"));

    // The example must keep showing every kind of figure.
    let namn: Vec<&str> = rader.iter().map(|(n, _)| n.as_str()).collect();
    for kravs in [
        "timkostnad(handlaggare)",
        "d(1)",
        "NNV",
        "NNV_fin",
        "NNK",
        "break_even",
        "återbetalningsår",
        "återbetalningsår_diskonterat",
        "KUM_NETTO(2)",
        "NNV[Försiktig]",
        "NNV[r=8]",
        "finansiering(0)",
        "underskott",
    ] {
        assert!(namn.contains(&kravs), "räkneexemplet saknar {kravs}");
    }
    assert!(rader.len() >= 40, "räkneexemplet har bara {} rader", rader.len());
}

/// The cells of every row of the table between the two markers.
fn tabell(start: &str, slut: &str) -> Vec<Vec<String>> {
    mellan(MODELL, start, slut)
        .lines()
        .filter(|rad| rad.starts_with('|') && !rad.starts_with("|---"))
        .skip(1)
        .map(|rad| rad.trim().trim_matches('|').split('|').map(|c| c.trim().to_owned()).collect())
        .collect()
}

/// A number as the document writes it ("7,5"); "–" is none.
fn tal_i(cell: &str) -> Option<Decimal> {
    if cell == "–" {
        return None;
    }
    Some(tal::tolka(cell).unwrap_or_else(|e| panic!("{cell}: {e}")).unwrap_or_else(|| panic!("tom cell")))
}

fn kriterium(namn: &str) -> Kriterium {
    Kriterium::ALLA.into_iter().find(|k| k.namn() == namn).unwrap_or_else(|| panic!("okänt kriterium {namn}"))
}

#[test]
fn bedomningens_ekonomiband_stammer_med_koden() {
    let band = tabell("<!-- bedomning-band -->", "<!-- /bedomning-band -->");
    assert_eq!(band.len(), 5);
    let steg: Decimal = "0.0001".parse().unwrap();
    for (i, rad) in band.iter().enumerate() {
        let niva: u8 = rad[2].parse().unwrap();
        assert_eq!(usize::from(niva), i);
        if let Some(fran) = tal_i(&rad[0]) {
            assert_eq!(ekonominiva(Some(fran)), Some(niva), "NNK {fran} ska ge nivå {niva}");
        }
        if let Some(under) = tal_i(&rad[1]) {
            assert_eq!(ekonominiva(Some(under - steg)), Some(niva), "strax under {under}");
            assert_eq!(ekonominiva(Some(under)), Some(niva + 1), "{under} hör till nästa band");
        }
    }
}

#[test]
fn bedomningsexemplet_stammer_med_koden() {
    let parametrar = Modellparametrar::default();
    let nnk = berakna(&exempel_indata(), &parametrar).bas.nnk.expect("räkneexemplet har kostnader");
    let rader = tabell("<!-- bedomning-exempel -->", "<!-- /bedomning-exempel -->");
    let (summarad, kriterierader) = rader.split_last().expect("rader");
    assert_eq!(kriterierader.len(), 9, "ett kriterium per rad");

    let mut bedomning = Bedomning::default();
    for rad in kriterierader {
        let k = kriterium(&rad[0]);
        match k {
            Kriterium::Ekonomi => assert_eq!(rad[1], format!("NNK {}", tal::formatera(nnk)), "NNK från avsnitt 10"),
            Kriterium::NegativaKonsekvenser => {
                let allvar = rad[1].strip_prefix("allvarlighet ").expect("allvarlighet n").parse().unwrap();
                bedomning.nivaer.push(Kriteriebedomning { kriterium: k, niva: allvar, motivering: String::new() });
            }
            _ => bedomning.nivaer.push(Kriteriebedomning {
                kriterium: k,
                niva: rad[1].parse().unwrap(),
                motivering: String::new(),
            }),
        }
    }
    let p = berakna_poang(&bedomning, Some(nnk), &parametrar);
    assert!(p.saknas.is_empty(), "{:?}", p.saknas);
    for rad in kriterierader {
        let k = p.kriterium(kriterium(&rad[0])).unwrap();
        let namn = &rad[0];
        assert_eq!(k.niva.map(|n| n.to_string()).as_deref(), Some(rad[2].as_str()), "{namn}: nivå som räknas");
        assert_eq!(Some(k.vikt), tal_i(&rad[3]), "{namn}: vikt");
        assert_eq!(k.poang, tal_i(&rad[4]), "{namn}: poäng");
    }
    assert_eq!(summarad[0], "Summa");
    assert_eq!(tal_i(&summarad[3]), Some(parametrar.viktsumma()));
    assert_eq!(tal_i(&summarad[4]), Some(p.poang));

    // The variations: one level changed (Ekonomi through an NNK at its band's
    // lower edge), the score and the priority's name.
    let varianter = tabell("<!-- bedomning-sparrar -->", "<!-- /bedomning-sparrar -->");
    assert!(varianter.len() >= 3);
    let mut sag = Vec::new();
    for rad in &varianter {
        let mut b = bedomning.clone();
        let mut kvot = nnk;
        if rad[0] != "ingen" {
            let (namn, niva) = rad[0].split_once(" = ").expect("Kriterium = nivå");
            let niva: u8 = niva.parse().unwrap();
            match kriterium(namn) {
                Kriterium::Ekonomi => {
                    let band = tabell("<!-- bedomning-band -->", "<!-- /bedomning-band -->");
                    kvot = tal_i(&band[usize::from(niva)][0]).expect("bandet har en nedre gräns");
                }
                k => b.nivaer.iter_mut().find(|n| n.kriterium == k).expect("bedömt").niva = niva,
            }
        }
        let v = berakna_poang(&b, Some(kvot), &parametrar);
        assert_eq!(tal_i(&rad[1]), Some(v.poang), "{}: poäng", rad[0]);
        let prioritering = v.prioritering.expect("avgjord");
        assert_eq!(rad[2], prioritering.namn(), "{}: prioritering", rad[0]);
        sag.push(prioritering);
    }
    use forstudie::vardering::Prioritering::*;
    for kravs in [Aterremiss, MasteGoras, Medel] {
        assert!(sag.contains(&kravs), "exemplet ska visa {kravs:?}");
    }
}

/// (name, value) of every row of a result table between two markers.
fn namngivna_rader(start: &str, slut: &str) -> Vec<(String, String)> {
    namngivna(mellan(MODELL, start, slut))
}

/// The follow-up example on the example's effects. Names:
/// `andel(e)`, `tidsandel(e)`, `status(e)`, `nästa(e)`, `försenade(e)`,
/// `planerat(e, år)`, `realiserat(e, år)`, `skillnad(e, år)`, `planerat(e)`,
/// `realiserat(e)`, `planerat_uppföljda_år(e)`, `skillnad(e)`,
/// `pengaandel(e)`, `RAM_/FRI_planerat(år)`, `RAM_/FRI_realiserat(år)` and
/// the same without a year for the period's sums.
#[test]
fn uppfoljningsexemplet_stammer_med_reglerna() {
    use forstudie::model::effektuppfoljning::Status;
    use forstudie::model::{effektposter, Effekthemtagning, Konsekvenser, Logikmodell};
    use forstudie::vardering::{folj_upp, Totalar};

    let ekonomi = exempel_indata();
    let v = berakna(&ekonomi, &Modellparametrar::default());
    let json = mellan(MODELL, "<!-- uppfoljning-indata\n```json", "```");
    let hemtagning: Effekthemtagning =
        serde_json::from_str(json).expect("exemplets plan är en giltig Effekthemtagning");
    let idag = mellan(MODELL, "<!-- uppfoljning-idag: ", " -->");
    let poster = effektposter(&ekonomi, &Konsekvenser::default(), &Logikmodell::default());
    assert!(hemtagning.komplett(&poster), "exemplets plan är klar: {:?}", hemtagning.brister(&poster));
    let u = folj_upp(&hemtagning, &poster, &v, idag);

    let kvot = |k: Option<Decimal>| text_kvot(k);
    let valfritt = |b: Option<Belopp>| b.map_or("ingen".into(), text_belopp);
    let mut kanda = BTreeMap::new();
    for e in &u.effekter {
        let id = &e.effekt_id;
        let l = &e.indikator;
        kanda.insert(format!("andel({id})"), kvot(l.andel));
        kanda.insert(format!("tidsandel({id})"), kvot(l.tidsandel));
        kanda.insert(format!("status({id})"), l.status.text().to_string());
        kanda.insert(format!("nästa({id})"), l.nasta.clone().unwrap_or("ingen".into()));
        let forsenade = if l.forsenade.is_empty() { "inga".into() } else { l.forsenade.join(", ") };
        kanda.insert(format!("försenade({id})"), forsenade);
        if let Some(p) = &e.pengar {
            for a in &p.per_ar {
                kanda.insert(format!("planerat({id}, {})", a.ar), text_belopp(a.planerat));
                kanda.insert(format!("realiserat({id}, {})", a.ar), valfritt(a.realiserat));
                kanda.insert(format!("skillnad({id}, {})", a.ar), valfritt(a.skillnad()));
            }
            kanda.insert(format!("planerat({id})"), text_belopp(p.planerat));
            kanda.insert(format!("realiserat({id})"), text_belopp(p.realiserat));
            kanda.insert(format!("planerat_uppföljda_år({id})"), text_belopp(p.planerat_uppfoljda_ar));
            kanda.insert(format!("skillnad({id})"), text_belopp(p.skillnad));
            kanda.insert(format!("pengaandel({id})"), kvot(p.andel));
        }
    }
    let mut totalt = |a: &Totalar, suffix: String| {
        kanda.insert(format!("RAM_planerat{suffix}"), text_belopp(a.planerat_ram));
        kanda.insert(format!("RAM_realiserat{suffix}"), valfritt(a.realiserat_ram));
        kanda.insert(format!("FRI_planerat{suffix}"), text_belopp(a.planerat_fri));
        kanda.insert(format!("FRI_realiserat{suffix}"), valfritt(a.realiserat_fri));
    };
    for a in &u.per_ar {
        totalt(a, format!("({})", a.ar));
    }
    totalt(&u.summa, String::new());

    let rader = namngivna_rader("<!-- uppfoljning-resultat -->", "<!-- /uppfoljning-resultat -->");
    let mut fel = Vec::new();
    for (namn, varde) in &rader {
        match kanda.get(namn) {
            None => fel.push(format!("{namn}: okänd storhet")),
            Some(raknat) if !samma(varde, raknat) => {
                fel.push(format!("{namn}: dokumentet säger {varde}, koden {raknat}"))
            }
            Some(_) => {}
        }
    }
    assert!(fel.is_empty(), "docs/modell.md (uppföljningen) stämmer inte med koden:\n{}", fel.join("\n"));
    // The example keeps showing each status a measured effect can have.
    let statusar: Vec<&str> = rader.iter().filter(|(n, _)| n.starts_with("status(")).map(|(_, v)| v.as_str()).collect();
    for s in [Status::EfterPlan, Status::IRattTakt, Status::Realiserad] {
        assert!(statusar.contains(&s.text()), "exemplet saknar statusen {}", s.text());
    }
    assert!(rader.len() >= 25, "uppföljningsexemplet har bara {} rader", rader.len());
}

/// Every visible text of the model page, as the app shows it.
fn sidans_text() -> Vec<String> {
    las(MODELLDOKUMENTATION)
        .into_iter()
        .flat_map(|b| match b {
            Block::Rubrik { text, .. } | Block::Stycke(text) | Block::Kod(text) => vec![text],
            Block::Lista(punkter) => punkter,
            Block::Tabell { huvud, rader } => huvud.into_iter().chain(rader.into_iter().flatten()).collect(),
        })
        .collect()
}

#[test]
fn modellsidan_namner_inga_kallfiler_crates_eller_tester() {
    let forbjudna = [
        "src/",
        ".rs",
        "rust_decimal",
        "Decimal",
        "../",
        "shared/",
        "tests/",
        "docs/",
        "cargo",
        "serde",
        "crate",
        "modell_dokumentation",
        "raknexemplet_stammer",
        "json",
        "JSON",
        "testet",
    ];
    let mut fel = Vec::new();
    for text in sidans_text() {
        for f in forbjudna {
            if text.contains(f) {
                fel.push(format!("”{f}” i: {text}"));
            }
        }
    }
    assert!(fel.is_empty(), "modellsidan är skriven för en förvaltningschef:\n{}", fel.join("\n"));
    // The worked examples' input is there for the check, not for the reader.
    assert!(MODELL.contains("<!-- exempel-indata"));
    assert!(!sidans_text().iter().any(|t| t.contains("kalkylperiod\"")));
}

#[test]
fn varje_formel_har_ett_raknexempel() {
    for avsnitt in MODELL.split("\n## ").skip(1) {
        let rubrik = avsnitt.lines().next().unwrap_or_default();
        if avsnitt.contains("```text") {
            assert!(
                ["<!-- räkneexempel -->", "<!-- bedomning-exempel -->", "<!-- uppfoljning-resultat -->"]
                    .iter()
                    .any(|m| avsnitt.contains(m)),
                "avsnittet ”{rubrik}” har en formel men inget räkneexempel"
            );
        }
    }
}
