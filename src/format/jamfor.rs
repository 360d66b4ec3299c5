//! The import's check of a file's computed results: every figure in the
//! file is set against a recomputation from the file's own inputs, and each
//! one that differs, is missing or is extra is listed by a Swedish name.
//!
//! Both sides are walked as JSON, so a figure added to the results later is
//! compared without a change here; `namn` only gives it a better name.

use super::{skriv, INDATANYCKLAR};
use crate::model::{Ekonomi, Forstudie, Kostnadstyp, Kriterium};
use serde_json::{Map, Value};

/// One figure whose value in the file is not the recomputed one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Avvikelse {
    /// Which figure, e.g. "NNV (bas)" or "NETTO (nuvärde år 2027, Socialnämnden)".
    pub figur: String,
    /// As written in the file, or "saknas".
    pub i_filen: String,
    /// As the app computes it from the file's inputs, or "saknas".
    pub omraknat: String,
}

/// How a file's computed results compare with the recomputation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kontroll {
    /// The file has no computed results (e.g. written before they were
    /// exported): they are computed on import.
    UtanResultat,
    /// Every figure in the file equals the recomputed one.
    Stammer,
    /// The figures that differ, in the order of the results.
    Avviker(Vec<Avvikelse>),
}

impl Kontroll {
    /// The most differences a view lists; the rest are counted.
    pub const VISA_HOGST: usize = 200;

    /// The differences to list and how many more there are.
    pub fn visade(&self) -> (&[Avvikelse], usize) {
        match self {
            Kontroll::Avviker(lista) => {
                let visade = &lista[..lista.len().min(Self::VISA_HOGST)];
                (visade, lista.len() - visade.len())
            }
            _ => (&[], 0),
        }
    }
}

/// Compares the file's computed results (every key of the file but the
/// envelope and the inputs, `INDATANYCKLAR`) with what this app writes for
/// the case. A key of results that is `null` counts as absent.
pub fn jamfor(fil: &Map<String, Value>, fall: &Forstudie) -> Kontroll {
    // Through the text the export writes rather than `to_value`: the same
    // code as the export, and no second serializer in the wasm bundle.
    let Ok(Value::Object(omraknat)) = serde_json::from_str(&skriv(fall, "")) else {
        unreachable!("a written case reads back as an object")
    };
    let resultat = |m: &Map<String, Value>| -> Map<String, Value> {
        m.iter()
            .filter(|(k, v)| !INDATANYCKLAR.contains(&k.as_str()) && !v.is_null())
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    };
    let (fil, omraknat) = (resultat(fil), resultat(&omraknat));
    // Keys the app does not write are listed only beside results it knows.
    if !omraknat.keys().any(|k| fil.contains_key(k)) {
        return Kontroll::UtanResultat;
    }
    let mut vandring = Vandring { startar: fall.ekonomi.kalkylperiod.startar, ekonomi: &fall.ekonomi, ut: Vec::new() };
    vandring.objekt(&[], Some(&fil), Some(&omraknat));
    if vandring.ut.is_empty() {
        Kontroll::Stammer
    } else {
        Kontroll::Avviker(vandring.ut)
    }
}

struct Vandring<'a> {
    startar: i32,
    ekonomi: &'a Ekonomi,
    ut: Vec<Avvikelse>,
}

impl Vandring<'_> {
    fn varde(&mut self, delar: &[String], fil: Option<&Value>, ny: Option<&Value>) {
        match (fil, ny) {
            (Some(Value::Object(a)), Some(Value::Object(b))) => self.objekt(delar, Some(a), Some(b)),
            (Some(Value::Array(a)), Some(Value::Array(b))) => self.lista(delar, Some(a), Some(b)),
            // One side missing: each figure of the other is listed, unless
            // there are none.
            (None, Some(Value::Object(b))) if !b.is_empty() => self.objekt(delar, None, Some(b)),
            (Some(Value::Object(a)), None) if !a.is_empty() => self.objekt(delar, Some(a), None),
            (None, Some(Value::Array(b))) if !b.is_empty() => self.lista(delar, None, Some(b)),
            (Some(Value::Array(a)), None) if !a.is_empty() => self.lista(delar, Some(a), None),
            (a, b) if a != b => self.ut.push(Avvikelse { figur: figur(delar), i_filen: visa(a), omraknat: visa(b) }),
            _ => {}
        }
    }

    /// The recomputed keys in order, then any the file has beyond them.
    fn objekt(&mut self, delar: &[String], fil: Option<&Map<String, Value>>, ny: Option<&Map<String, Value>>) {
        let nycklar = ny.into_iter().flat_map(|m| m.keys());
        let extra = fil.into_iter().flat_map(|m| m.keys()).filter(|k| ny.is_none_or(|m| !m.contains_key(*k)));
        for nyckel in nycklar.chain(extra) {
            let mut egna = delar.to_vec();
            egna.extend(namn(nyckel));
            self.varde(&egna, fil.and_then(|m| m.get(nyckel)), ny.and_then(|m| m.get(nyckel)));
        }
    }

    /// Element by element: years by their calendar year, other lists by
    /// what their element is (a nämnd, a line, a scenario …).
    fn lista(&mut self, delar: &[String], fil: Option<&Vec<Value>>, ny: Option<&Vec<Value>>) {
        let (fil, ny) = (fil.map_or(&[][..], |v| v), ny.map_or(&[][..], |v| v));
        let nyckel = delar.last().cloned().unwrap_or_default();
        let mut yttre = delar.to_vec();
        yttre.pop();
        for i in 0..fil.len().max(ny.len()) {
            let (a, b) = (fil.get(i), ny.get(i));
            let mut egna = yttre.clone();
            egna.push(self.element(&nyckel, i, b.or(a)));
            self.varde(&egna, a, b);
        }
    }

    fn element(&self, lista: &str, i: usize, varde: Option<&Value>) -> String {
        let falt = |k: &str| varde.and_then(|v| v.get(k)).and_then(Value::as_str).unwrap_or("");
        let ar = || self.startar.saturating_add(i32::try_from(i).unwrap_or(i32::MAX));
        let namn = match lista {
            // Per-year lists: the key's name, then the calendar year.
            "år" => format!("år {}", ar()),
            "nuvärde år" | "Kumulativ NETTO år" | "Kumulativ nuvärde av NETTO år" | "Diskonteringsfaktor år" => {
                format!("{lista} {}", ar())
            }
            "rad" => self.rad(falt("id"), falt("slag")),
            "kostnadstyp" => format!("kostnadstyp {}", kostnadstyp(falt("kostnadstyp"))),
            "nämnd och kostnadstyp" => format!("{}, kostnadstyp {}", falt("namnd"), kostnadstyp(falt("kostnadstyp"))),
            "scenario" => format!("scenario ”{}”", falt("namn")),
            "ränta" => format!("räntan {} %", falt("diskonteringsranta_procent")),
            "timkostnad" => format!("timkostnaden ”{}”", falt("namn")),
            "nämnd" => falt("namnd").to_string(),
            "kriterium" => serde_json::from_value::<Kriterium>(Value::String(falt("kriterium").into()))
                .map(|k| format!("kriteriet ”{}”", k.namn()))
                .unwrap_or_default(),
            _ if !falt("namn").is_empty() => format!("{lista} ”{}”", falt("namn")),
            _ => String::new(),
        };
        if namn.trim().is_empty() {
            format!("{lista} nr {}", i + 1)
        } else {
            namn
        }
    }

    /// A line by its description where it has one, as step 8 shows it.
    fn rad(&self, id: &str, slag: &str) -> String {
        let (slag, beskrivning) = if slag == "kostnad" {
            ("kostnadsrad", self.ekonomi.kostnader.iter().find(|r| r.id == id).map(|r| r.beskrivning.trim()))
        } else {
            ("effektrad", self.ekonomi.effekter.iter().find(|r| r.id == id).map(|r| r.beskrivning.trim()))
        };
        match beskrivning {
            Some(b) if !b.is_empty() => format!("{slag} ”{b}”"),
            _ => format!("{slag} {id}"),
        }
    }
}

/// The Swedish name of a key: a figure, a context (e.g. "bas"), a list's
/// element kind (resolved in `Vandring::element`), or nothing.
fn namn(nyckel: &str) -> Option<String> {
    let namn = match nyckel {
        // The envelope of the results and a scenario's calculation add nothing.
        "vardering" | "kalkyl" => return None,
        "startar" => "Startår",
        "ar" => "Antal år i kalkylperioden",
        "timkostnader" => "timkostnad",
        "rader" => "rad",
        "namnder" => "nämnd",
        "per_kostnadstyp" => "kostnadstyp",
        "per_namnd_och_kostnadstyp" => "nämnd och kostnadstyp",
        "scenarier" => "scenario",
        "kanslighetsrantor" => "ränta",
        "bas" => "bas",
        "per_ar" => "år",
        "nuvarde_per_ar" => "nuvärde år",
        "kumulativ_netto" => "Kumulativ NETTO år",
        "kumulativ_nuvarde_netto" => "Kumulativ nuvärde av NETTO år",
        "diskonteringsfaktorer" => "Diskonteringsfaktor år",
        "summa" => "summa",
        "nuvarde" => "nuvärde",
        "k" => "K",
        "ram" => "RAM",
        "fri" => "FRI",
        "netto" => "NETTO",
        "fin" => "FIN",
        "nnv" => "NNV",
        "nnv_fin" => "NNV finansiellt",
        "nnk" => "NNK",
        "aterbetalningsar" => "Återbetalningsår",
        "aterbetalningsar_diskonterat" => "Återbetalningsår, diskonterat",
        "break_even_andel" => "Break-even-andel",
        "diskonteringsranta_procent" => "Diskonteringsränta (%)",
        "kostnad_procent" => "Kostnadsökning (%)",
        "effekt_procent" => "Effektminskning (%)",
        "timkostnad" => "Timkostnad",
        "timkostnad_id" => "Timkostnadens id",
        "harledd" => "Härledd",
        "mangd" => "Mängd",
        "realisering_procent" => "Realisering (%)",
        "varde" => "Värde",
        "id" => "Id",
        "namn" => "Namn",
        "namnd" => "Nämnd",
        "kostnadstyp" => "Kostnadstyp",
        "slag" => "Slag",
        "problem" => "problem",
        "allvarlighet" => "Allvarlighet",
        "rad_id" => "Radens id",
        "meddelande" => "Meddelande",
        // The assessment (`Poangsattning`).
        "bedomning" => "bedömning",
        "kriterier" => "kriterium",
        "kriterium" => "Kriterium",
        "vald_niva" => "Vald nivå",
        "niva" => "Nivå",
        "vikt" => "Vikt",
        "poang" => "Poäng",
        "saknas" => "saknat kriterium",
        "prioritering" => "Prioritering",
        annan => return Some(annan.replace('_', " ")),
    };
    Some(namn.to_string())
}

fn kostnadstyp(kod: &str) -> String {
    serde_json::from_value::<Kostnadstyp>(Value::String(kod.into()))
        .map(|k| k.namn().to_lowercase())
        .unwrap_or_else(|_| kod.to_string())
}

/// "NNV (bas)": the innermost name first, its context after it, inner to outer.
fn figur(delar: &[String]) -> String {
    let Some((sista, ovriga)) = delar.split_last() else { return "Beräknade värden".into() };
    let mut text = sista.clone();
    if !ovriga.is_empty() {
        let sammanhang: Vec<&str> = ovriga.iter().rev().map(String::as_str).collect();
        text = format!("{text} ({})", sammanhang.join(", "));
    }
    // The names start in ASCII or å, ä, ö; `char::to_uppercase` would bring
    // Unicode's case tables into the bundle.
    let mut tecken = text.chars();
    let forsta = match tecken.next() {
        Some('å') => 'Å',
        Some('ä') => 'Ä',
        Some('ö') => 'Ö',
        Some(c) => c.to_ascii_uppercase(),
        None => return text,
    };
    std::iter::once(forsta).chain(tecken).collect()
}

/// A value as the table shows it: text and numbers as written, anything
/// longer than a cell cut short.
fn visa(varde: Option<&Value>) -> String {
    const LANGST: usize = 80;
    let text = match varde {
        None => "saknas".into(),
        Some(Value::Null) => "inget värde".into(),
        Some(Value::Bool(b)) => if *b { "ja" } else { "nej" }.into(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Array(a)) if a.is_empty() => "tom lista".into(),
        Some(Value::Object(o)) if o.is_empty() => "tomt objekt".into(),
        Some(annat) => annat.to_string(),
    };
    match text.char_indices().nth(LANGST) {
        Some((slut, _)) => format!("{}…", &text[..slut]),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::{las_import, skriv};
    use crate::model::exempelfall;
    use serde_json::json;

    fn exempel() -> (Forstudie, Value) {
        let fall = exempelfall([7; 16], "2026-11-26T10:00:00Z");
        let fil = serde_json::from_str(&skriv(&fall, "2026-11-26T10:00:00Z")).unwrap();
        (fall, fil)
    }

    fn kontroll(fall: &Forstudie, fil: &Value) -> Kontroll {
        jamfor(fil.as_object().unwrap(), fall)
    }

    fn avvikelse(figur: &str, i_filen: &str, omraknat: &str) -> Avvikelse {
        Avvikelse { figur: figur.into(), i_filen: i_filen.into(), omraknat: omraknat.into() }
    }

    #[test]
    fn an_untouched_export_agrees_with_its_recomputation() {
        let (fall, fil) = exempel();
        assert_eq!(kontroll(&fall, &fil), Kontroll::Stammer);
    }

    #[test]
    fn a_tampered_nnv_is_listed_with_both_values() {
        let (fall, mut fil) = exempel();
        // The example's NNV at 3 %, as the browser test also reads it.
        assert_eq!(fil["vardering"]["bas"]["nnv"], "129023.49");
        fil["vardering"]["bas"]["nnv"] = json!("999999.00");
        assert_eq!(kontroll(&fall, &fil), Kontroll::Avviker(vec![avvikelse("NNV (bas)", "999999.00", "129023.49")]));
        // And the import of that file: the case, never the file's figure.
        let import = las_import(&fil.to_string()).unwrap();
        assert_eq!(import.forstudie, fall);
        assert_eq!(import.kontroll.visade().0.len(), 1);
    }

    #[test]
    fn a_tampered_value_per_year_is_named_by_year_and_line() {
        let (fall, mut fil) = exempel();
        let namnder = fil["vardering"]["namnder"].as_array().unwrap();
        let i = namnder.iter().position(|n| n["namnd"] == "Kommunstyrelsen").unwrap();
        let pv = &mut fil["vardering"]["namnder"][i]["nuvarde_per_ar"][1]["netto"];
        let ratt = pv.as_str().unwrap().to_string();
        *pv = json!("1.00");
        // The licence line is cost line 1: 180 000 kr in year 2028 (t = 1).
        assert_eq!(fil["vardering"]["rader"][0]["id"], "k-licens");
        fil["vardering"]["rader"][0]["per_ar"][1]["varde"] = json!("180000.01");
        let Kontroll::Avviker(lista) = kontroll(&fall, &fil) else { panic!() };
        assert_eq!(
            lista,
            [
                avvikelse("NETTO (nuvärde år 2028, Kommunstyrelsen)", "1.00", &ratt),
                avvikelse("Värde (år 2028, kostnadsrad ”Licens för e-tjänsten på plattformen”)", "180000.01", "180000.00"),
            ]
        );
    }

    #[test]
    fn a_figure_missing_from_the_file_or_extra_in_it_is_listed() {
        let (fall, mut fil) = exempel();
        let nnk = fil["vardering"]["bas"]["nnk"].as_str().unwrap().to_string();
        fil["vardering"]["bas"].as_object_mut().unwrap().remove("nnk");
        fil["vardering"]["bas"]["hemlig_bonus"] = json!(5);
        let Kontroll::Avviker(lista) = kontroll(&fall, &fil) else { panic!() };
        assert_eq!(lista, [avvikelse("NNK (bas)", "saknas", &nnk), avvikelse("Hemlig bonus (bas)", "5", "saknas")]);
    }

    #[test]
    fn a_missing_scenario_lists_each_of_its_figures() {
        let (fall, mut fil) = exempel();
        let scenarier = fil["vardering"]["scenarier"].as_array_mut().unwrap();
        assert_eq!(scenarier.len(), 3);
        scenarier.pop();
        let Kontroll::Avviker(lista) = kontroll(&fall, &fil) else { panic!() };
        assert!(lista.iter().all(|a| a.i_filen == "saknas" && a.figur.contains("scenario ”Pessimistisk”")), "{lista:?}");
        assert!(lista.contains(&avvikelse("Namn (scenario ”Pessimistisk”)", "saknas", "Pessimistisk")));
        assert!(lista.iter().any(|a| a.figur == "NNV (scenario ”Pessimistisk”)"));
        assert!(lista.iter().any(|a| a.figur == "K (år 2031, scenario ”Pessimistisk”)"));
    }

    #[test]
    fn a_file_without_results_says_so_and_a_broken_one_is_one_difference() {
        let (fall, mut fil) = exempel();
        fil["vardering"] = Value::Null;
        fil["bedomning"] = Value::Null;
        assert_eq!(kontroll(&fall, &fil), Kontroll::UtanResultat);
        fil.as_object_mut().unwrap().remove("vardering");
        fil.as_object_mut().unwrap().remove("bedomning");
        assert_eq!(kontroll(&fall, &fil), Kontroll::UtanResultat);
        // Keys the app does not write do not count as results on their own.
        fil["kommentar"] = json!("hej");
        assert_eq!(kontroll(&fall, &fil), Kontroll::UtanResultat);
        fil.as_object_mut().unwrap().remove("kommentar");
        fil["vardering"] = json!("trasig");
        fil["bedomning"] = exempel().1["bedomning"].clone();
        let Kontroll::Avviker(lista) = kontroll(&fall, &fil) else { panic!() };
        assert_eq!(lista.len(), 1);
        assert_eq!((lista[0].figur.as_str(), lista[0].i_filen.as_str()), ("Beräknade värden", "trasig"));
        assert!(lista[0].omraknat.starts_with("{\"") && lista[0].omraknat.ends_with('…'), "{}", lista[0].omraknat);
    }

    #[test]
    fn the_assessment_is_checked_too_and_an_older_file_without_it_lists_its_figures() {
        let (fall, mut fil) = exempel();
        let poang = fil["bedomning"]["poang"].as_str().unwrap().to_string();
        fil["bedomning"]["poang"] = json!("100");
        assert_eq!(kontroll(&fall, &fil), Kontroll::Avviker(vec![avvikelse("Poäng (bedömning)", "100", &poang)]));
        let ekonomi = &mut fil["bedomning"]["kriterier"][8];
        assert_eq!(ekonomi["kriterium"], "ekonomi");
        ekonomi["niva"] = json!(0);
        let Kontroll::Avviker(lista) = kontroll(&fall, &fil) else { panic!() };
        assert_eq!(lista[0].figur, "Nivå (kriteriet ”Ekonomi”, bedömning)");
        // A file written before the assessment was exported.
        fil.as_object_mut().unwrap().remove("bedomning");
        let Kontroll::Avviker(lista) = kontroll(&fall, &fil) else { panic!() };
        assert!(lista.iter().all(|a| a.i_filen == "saknas" && a.figur.ends_with("bedömning)")), "{lista:?}");
        assert!(lista.contains(&avvikelse("Poäng (bedömning)", "saknas", &poang)));
    }

    #[test]
    fn a_long_list_is_cut_for_the_view_and_counted() {
        let lista = vec![avvikelse("a", "1", "2"); Kontroll::VISA_HOGST + 5];
        let kontroll = Kontroll::Avviker(lista);
        let (visade, fler) = kontroll.visade();
        assert_eq!((visade.len(), fler), (Kontroll::VISA_HOGST, 5));
        assert_eq!(Kontroll::Stammer.visade(), (&[][..], 0));
    }
}
