//! The import's check of a file's computed results: every figure in the
//! file is set against a recomputation from the file's own inputs, and each
//! one that differs, is missing or is extra is listed by a Swedish name.
//!
//! Both sides are walked as JSON trees (`Nod`: the recomputed side as the
//! export writes it), so a figure added to the results later is compared
//! without a change here, and a file's extra, missing or reshaped figures
//! are listed too; `namn` only gives a figure a better name.

use super::{skriv, INDATANYCKLAR};
use crate::json::{skriv_json, Nod};
use crate::model::{Ekonomi, Forstudie, Kostnadstyp, Kriterium};
use std::collections::BTreeMap;

type Map = BTreeMap<String, Nod>;

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
pub fn jamfor(fil: &Map, fall: &Forstudie) -> Kontroll {
    // Through the text the export writes: the same code as the export, and
    // no second serializer in the wasm bundle.
    let Ok(Nod::Objekt(omraknat)) = Nod::las(&skriv(fall, "")) else {
        unreachable!("a written case reads back as an object")
    };
    let resultat = |m: &Map| -> Map {
        m.iter()
            .filter(|(k, v)| !INDATANYCKLAR.contains(&k.as_str()) && **v != Nod::Null)
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
    fn varde(&mut self, delar: &[String], fil: Option<&Nod>, ny: Option<&Nod>) {
        match (fil, ny) {
            (Some(Nod::Objekt(a)), Some(Nod::Objekt(b))) => self.objekt(delar, Some(a), Some(b)),
            (Some(Nod::Lista(a)), Some(Nod::Lista(b))) => self.lista(delar, Some(a), Some(b)),
            // One side missing: each figure of the other is listed, unless
            // there are none.
            (None, Some(Nod::Objekt(b))) if !b.is_empty() => self.objekt(delar, None, Some(b)),
            (Some(Nod::Objekt(a)), None) if !a.is_empty() => self.objekt(delar, Some(a), None),
            (None, Some(Nod::Lista(b))) if !b.is_empty() => self.lista(delar, None, Some(b)),
            (Some(Nod::Lista(a)), None) if !a.is_empty() => self.lista(delar, Some(a), None),
            (a, b) if a != b => self.ut.push(Avvikelse { figur: figur(delar), i_filen: visa(a), omraknat: visa(b) }),
            _ => {}
        }
    }

    /// The recomputed keys in order, then any the file has beyond them.
    fn objekt(&mut self, delar: &[String], fil: Option<&Map>, ny: Option<&Map>) {
        let nycklar = ny.into_iter().flat_map(|m| m.keys());
        let extra = fil.into_iter().flat_map(|m| m.keys()).filter(|k| ny.is_none_or(|m| !m.contains_key(*k)));
        for nyckel in nycklar.chain(extra) {
            let mut egna = delar.to_vec();
            egna.extend(namn(nyckel));
            self.varde(&egna, fil.and_then(|m| m.get(nyckel)), ny.and_then(|m| m.get(nyckel)));
        }
    }

    /// Element by element: years by their calendar year, other lists by
    /// what their element is (a nämnd, a line, a scenario …). Where every
    /// element of both lists has a name of its own, they are paired by it,
    /// so a line added to or taken from the file is listed alone rather
    /// than shifting every line after it; otherwise by position.
    fn lista(&mut self, delar: &[String], fil: Option<&Vec<Nod>>, ny: Option<&Vec<Nod>>) {
        let (fil, ny) = (fil.map_or(&[][..], |v| v), ny.map_or(&[][..], |v| v));
        let nyckel = delar.last().cloned().unwrap_or_default();
        let mut yttre = delar.to_vec();
        yttre.pop();
        let namnen = |lista: &[Nod]| -> Vec<String> {
            lista.iter().enumerate().map(|(i, v)| self.element(&nyckel, i, Some(v))).collect()
        };
        let (namn_fil, namn_ny) = (namnen(fil), namnen(ny));
        let par: Vec<(String, Option<&Nod>, Option<&Nod>)> = if unika(&namn_fil) && unika(&namn_ny) {
            let i_filen = |namn: &String| namn_fil.iter().position(|n| n == namn).map(|j| &fil[j]);
            let nya = namn_ny.iter().zip(ny).map(|(n, b)| (n.clone(), i_filen(n), Some(b)));
            let extra =
                namn_fil.iter().zip(fil).filter(|(n, _)| !namn_ny.contains(n)).map(|(n, a)| (n.clone(), Some(a), None));
            nya.chain(extra).collect()
        } else {
            (0..fil.len().max(ny.len()))
                .map(|i| {
                    let namn = namn_ny.get(i).or(namn_fil.get(i)).cloned().unwrap_or_default();
                    (namn, fil.get(i), ny.get(i))
                })
                .collect()
        };
        for (namn, a, b) in par {
            let mut egna = yttre.clone();
            egna.push(namn);
            self.varde(&egna, a, b);
        }
    }

    fn element(&self, lista: &str, i: usize, varde: Option<&Nod>) -> String {
        let falt = |k: &str| varde.and_then(|v| v.get(k)).and_then(Nod::text).unwrap_or("");
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
            "kriterium" => Kriterium::ALLA
                .into_iter()
                .find(|k| k.kod() == falt("kriterium"))
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

fn unika(namn: &[String]) -> bool {
    let mut sorterade: Vec<&String> = namn.iter().collect();
    sorterade.sort_unstable();
    sorterade.windows(2).all(|w| w[0] != w[1])
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
    // By the name the file gives it (its serde name), without reading it as
    // a type (no second deserializer).
    Kostnadstyp::ALLA
        .into_iter()
        .find(|k| skriv_json(k, false).trim_matches('"') == kod)
        .map(|k| k.namn().to_lowercase())
        .unwrap_or_else(|| kod.to_string())
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
fn visa(varde: Option<&Nod>) -> String {
    const LANGST: usize = 80;
    let text = match varde {
        None => "saknas".into(),
        Some(Nod::Null) => "inget värde".into(),
        Some(Nod::Bool(b)) => if *b { "ja" } else { "nej" }.into(),
        Some(Nod::Text(s)) => s.clone(),
        Some(tal @ Nod::Tal(_)) => tal.to_string(),
        Some(Nod::Lista(a)) if a.is_empty() => "tom lista".into(),
        Some(Nod::Objekt(o)) if o.is_empty() => "tomt objekt".into(),
        Some(annat) => annat.to_string(),
    };
    match text.char_indices().nth(LANGST) {
        Some((slut, _)) => format!("{}…", &text[..slut]),
        None => text,
    }
}

#[cfg(test)]
#[path = "jamfor_tester.rs"]
mod tests;
