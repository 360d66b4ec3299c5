//! The crate's import graph, read from the source text: which file refers to
//! which other file through `crate::…` and `super::…` paths (in `use` lines
//! and inline). Comments and string literals are skipped.
//!
//! A module and its own submodules are one unit here: a child's
//! `super::Typ` and a parent's `pub use child::…` (its public surface) are
//! not edges. Every other reference is an edge from the file that writes it
//! to the file of the longest module prefix of the path.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// A module path, `["ui", "steg", "kostnader"]`; the crate root is empty.
pub type Modul = Vec<String>;

pub struct Graf {
    /// Each file's module and the modules it refers to.
    pub kanter: BTreeMap<Modul, BTreeSet<Modul>>,
    pub filnamn: BTreeMap<Modul, String>,
}

/// The modules declared without `pub`: outside their parent, a path through
/// one names what the parent re-exports (`vardering::finansiering` the
/// function, not the private module of that name).
fn privata(filer: &[(Modul, String, String)]) -> BTreeSet<Modul> {
    let mut ut = BTreeSet::new();
    for (modul, _, text) in filer {
        // Each statement after any attribute or block before it.
        for sats in kod_utan_kommentarer(text).split(';') {
            let sats = sats.rsplit(['}', ']', '{']).next().unwrap_or("").trim();
            if let Some(namn) = sats.strip_prefix("mod ") {
                let mut barn = modul.clone();
                barn.push(namn.trim().to_string());
                ut.insert(barn);
            }
        }
    }
    ut
}

impl Graf {
    pub fn las(src: &Path) -> Graf {
        let mut filer = Vec::new();
        samla(src, src, &mut filer);
        let filnamn: BTreeMap<Modul, String> = filer.iter().map(|(m, f, _)| (m.clone(), f.clone())).collect();
        let privata = privata(&filer);
        let mut kanter = BTreeMap::new();
        for (modul, _, text) in &filer {
            let mut till = BTreeSet::new();
            for sokvag in sokvagar(&kod_utan_kommentarer(text), modul) {
                let Some(mal) = langsta_modul(&sokvag, &filnamn, &privata, modul) else { continue };
                if !slakt(modul, &mal) {
                    till.insert(mal);
                }
            }
            kanter.insert(modul.clone(), till);
        }
        Graf { kanter, filnamn }
    }

    /// The circles: every strongly connected set of more than one file.
    pub fn cirklar(&self) -> Vec<Vec<String>> {
        let moduler: Vec<&Modul> = self.kanter.keys().collect();
        let index: BTreeMap<&Modul, usize> = moduler.iter().enumerate().map(|(i, m)| (*m, i)).collect();
        let grannar: Vec<Vec<usize>> =
            moduler.iter().map(|m| self.kanter[*m].iter().filter_map(|t| index.get(t).copied()).collect()).collect();
        // Reachability by repeated search is plenty for a few hundred files.
        let nar = |fran: usize| {
            let mut sett = vec![false; moduler.len()];
            let mut stack = vec![fran];
            while let Some(n) = stack.pop() {
                for &g in &grannar[n] {
                    if !sett[g] {
                        sett[g] = true;
                        stack.push(g);
                    }
                }
            }
            sett
        };
        let nabara: Vec<Vec<bool>> = (0..moduler.len()).map(nar).collect();
        let mut klar = vec![false; moduler.len()];
        let mut ut = Vec::new();
        for i in 0..moduler.len() {
            if klar[i] || !nabara[i][i] {
                continue;
            }
            let grupp: Vec<usize> = (0..moduler.len()).filter(|&j| nabara[i][j] && nabara[j][i]).collect();
            for &j in &grupp {
                klar[j] = true;
            }
            if grupp.len() > 1 {
                ut.push(grupp.iter().map(|&j| self.filnamn[moduler[j]].clone()).collect());
            }
        }
        ut
    }
}

fn samla(rot: &Path, katalog: &Path, ut: &mut Vec<(Modul, String, String)>) {
    for post in fs::read_dir(katalog).unwrap() {
        let sokvag = post.unwrap().path();
        if sokvag.is_dir() {
            samla(rot, &sokvag, ut);
        } else if sokvag.extension().is_some_and(|e| e == "rs") {
            let relativ = sokvag.strip_prefix(rot).unwrap().with_extension("");
            let mut modul: Modul = relativ.iter().map(|d| d.to_string_lossy().into_owned()).collect();
            if matches!(modul.last().map(String::as_str), Some("mod")) || modul == ["lib"] || modul == ["main"] {
                modul.pop();
            }
            if modul.is_empty() && sokvag.ends_with("main.rs") {
                // The binary is its own crate: it reaches the library by name.
                continue;
            }
            let text = fs::read_to_string(&sokvag).unwrap();
            ut.push((modul, format!("src/{}", sokvag.strip_prefix(rot).unwrap().display()), text));
        }
    }
}

/// One is the other or its ancestor.
fn slakt(a: &Modul, b: &Modul) -> bool {
    a.starts_with(b) || b.starts_with(a)
}

/// The file a path names: its longest prefix that is a module file and that
/// `fran` can see.
fn langsta_modul(
    sokvag: &[String],
    filer: &BTreeMap<Modul, String>,
    privata: &BTreeSet<Modul>,
    fran: &Modul,
) -> Option<Modul> {
    let synlig = |m: &Modul| !privata.contains(m) || fran.starts_with(&m[..m.len() - 1]);
    let mut langst = None;
    for n in 1..=sokvag.len() {
        let m = sokvag[..n].to_vec();
        if !synlig(&m) {
            break;
        }
        if filer.contains_key(&m) {
            langst = Some(m);
        }
    }
    langst
}

/// The source with comments and the contents of string and char literals
/// removed (so that `"crate::x"` in a text is not a reference).
pub fn kod_utan_kommentarer(text: &str) -> String {
    let tecken: Vec<char> = text.chars().collect();
    let mut ut = String::with_capacity(text.len());
    let mut i = 0;
    while i < tecken.len() {
        let c = tecken[i];
        let nasta = tecken.get(i + 1).copied();
        if c == '/' && nasta == Some('/') {
            while i < tecken.len() && tecken[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && nasta == Some('*') {
            let mut djup = 0;
            while i < tecken.len() {
                if tecken[i] == '/' && tecken.get(i + 1) == Some(&'*') {
                    djup += 1;
                    i += 2;
                } else if tecken[i] == '*' && tecken.get(i + 1) == Some(&'/') {
                    djup -= 1;
                    i += 2;
                    if djup == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
            ut.push(' ');
        } else if c == 'r' && matches!(nasta, Some('"') | Some('#')) && !foregas_av_ord(&tecken, i) {
            // A raw string: r"…", r#"…"#.
            let mut j = i + 1;
            let mut hashar = 0;
            while tecken.get(j) == Some(&'#') {
                hashar += 1;
                j += 1;
            }
            if tecken.get(j) != Some(&'"') {
                ut.push(c);
                i += 1;
                continue;
            }
            j += 1;
            while j < tecken.len() {
                if tecken[j] == '"' && (0..hashar).all(|h| tecken.get(j + 1 + h) == Some(&'#')) {
                    j += 1 + hashar;
                    break;
                }
                j += 1;
            }
            ut.push_str("\"\"");
            i = j;
        } else if c == '"' {
            i += 1;
            while i < tecken.len() && tecken[i] != '"' {
                i += if tecken[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            ut.push_str("\"\"");
        } else if c == '\'' {
            // A char literal ('x', '\n', '\u{…}'), or else a lifetime's quote.
            if nasta == Some('\\') {
                i += 2;
                while i < tecken.len() && tecken[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if tecken.get(i + 2) == Some(&'\'') {
                i += 3;
            } else {
                i += 1;
            }
            ut.push(' ');
        } else {
            ut.push(c);
            i += 1;
        }
    }
    ut
}

fn foregas_av_ord(tecken: &[char], i: usize) -> bool {
    i > 0 && (tecken[i - 1].is_alphanumeric() || tecken[i - 1] == '_')
}

/// Every absolute module path the code names through `crate::` or `super::`,
/// with `{…}` groups expanded; `pub use` of a module's own children (its
/// surface) is left out by `slakt`.
fn sokvagar(kod: &str, modul: &Modul) -> Vec<Vec<String>> {
    let tecken: Vec<char> = kod.chars().collect();
    let mut ut = Vec::new();
    let mut i = 0;
    while i < tecken.len() {
        if foregas_av_ord(&tecken, i) || (i > 1 && tecken[i - 1] == ':' && tecken[i - 2] == ':') {
            i += 1;
            continue;
        }
        let rest: String = tecken[i..tecken.len().min(i + 7)].iter().collect();
        let bas: Option<(Modul, usize)> = if rest.starts_with("crate::") {
            Some((Vec::new(), 7))
        } else if rest.starts_with("super::") {
            // super::super::… climbs once per `super`.
            let mut bas = modul.clone();
            let mut j = i;
            while tecken[j..].iter().take(7).collect::<String>() == "super::" {
                bas.pop();
                j += 7;
            }
            Some((bas, j - i))
        } else {
            None
        };
        let Some((bas, langd)) = bas else {
            i += 1;
            continue;
        };
        let (slut, funna) = las_trad(&tecken, i + langd, bas);
        ut.extend(funna);
        i = slut.max(i + 1);
    }
    ut
}

/// Reads `a::b::{c, d::e}` from `i` below `bas`; the paths and where it ended.
fn las_trad(tecken: &[char], mut i: usize, bas: Modul) -> (usize, Vec<Vec<String>>) {
    let mut sokvag = bas;
    loop {
        while tecken.get(i).is_some_and(|c| c.is_whitespace()) {
            i += 1;
        }
        if tecken.get(i) == Some(&'{') {
            i += 1;
            let mut alla = Vec::new();
            loop {
                while tecken.get(i).is_some_and(|c| c.is_whitespace() || *c == ',') {
                    i += 1;
                }
                match tecken.get(i) {
                    None => return (i, alla),
                    Some('}') => return (i + 1, alla),
                    _ => {}
                }
                let (slut, funna) = las_trad(tecken, i, sokvag.clone());
                alla.extend(funna);
                // Skip an `as` rename or anything else up to the next item.
                i = slut;
                while tecken.get(i).is_some_and(|c| *c != ',' && *c != '}') {
                    i += 1;
                }
            }
        }
        let start = i;
        while tecken.get(i).is_some_and(|c| c.is_alphanumeric() || *c == '_') {
            i += 1;
        }
        if i == start {
            return (i, vec![sokvag]);
        }
        let ord: String = tecken[start..i].iter().collect();
        if ord != "self" {
            sokvag.push(ord);
        }
        if tecken.get(i) == Some(&':') && tecken.get(i + 1) == Some(&':') {
            i += 2;
        } else {
            return (i, vec![sokvag]);
        }
    }
}
