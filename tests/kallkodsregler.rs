//! House rules checked on the source itself: no user text may reach the DOM
//! as markup, money never becomes a float, and the imports go one way.

mod importgraf;

use importgraf::{kod_utan_kommentarer, Graf};
use std::fs;
use std::path::Path;

fn rs_filer(katalog: &Path, ut: &mut Vec<(String, String)>) {
    for post in fs::read_dir(katalog).unwrap() {
        let sokvag = post.unwrap().path();
        if sokvag.is_dir() {
            rs_filer(&sokvag, ut);
        } else if sokvag.extension().is_some_and(|e| e == "rs") {
            ut.push((sokvag.display().to_string(), fs::read_to_string(&sokvag).unwrap()));
        }
    }
}

fn kallkod() -> Vec<(String, String)> {
    let mut filer = Vec::new();
    rs_filer(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut filer);
    assert!(filer.len() > 10, "found the sources");
    filer
}

#[test]
fn no_inner_html_anywhere_in_the_app() {
    // Leptos sets markup only through `inner_html`; text is always escaped.
    let forbjudet = ["inner_html", "set_inner_html", "outer_html", "insert_adjacent_html"];
    for (fil, text) in kallkod() {
        for ord in forbjudet {
            assert!(!text.contains(ord), "{fil} använder {ord}");
        }
    }
}

#[test]
fn the_model_and_vardering_hold_no_floats() {
    for (fil, text) in kallkod() {
        let ren_doman =
            ["/src/model/", "/src/vardering/", "/src/format.rs", "/src/format/", "/src/lagring.rs", "/src/portfolj/"];
        if !ren_doman.iter().any(|d| fil.contains(d)) {
            continue;
        }
        for (nr, rad) in text.lines().enumerate() {
            let kod = rad.split("//").next().unwrap_or("");
            assert!(!(kod.contains("f64") || kod.contains("f32")), "{fil}:{} har ett flyttal: {rad}", nr + 1);
        }
    }
}

fn graf() -> Graf {
    Graf::las(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"))
}

#[test]
fn importer_utan_cirklar() {
    let cirklar = graf().cirklar();
    let text: Vec<String> = cirklar.iter().map(|c| c.join(", ")).collect();
    assert!(
        cirklar.is_empty(),
        "Filer som importerar varandra runt i en cirkel, en cirkel per rad:\n{}",
        text.join("\n")
    );
}

/// The layers, lowest first: json (reading and writing JSON) ← model ←
/// vardering ← format ← the rest. A layer may import itself and the layers
/// below it.
const LAGER: [&str; 4] = ["json", "model", "vardering", "format"];

#[test]
fn lagren_importerar_bara_nedat() {
    let graf = graf();
    let mut fel = Vec::new();
    for (modul, till) in &graf.kanter {
        let Some(niva) = modul.first().and_then(|m| LAGER.iter().position(|l| l == m)) else { continue };
        for mal in till {
            let tillatet = mal.first().is_some_and(|m| LAGER[..=niva].contains(&m.as_str()));
            if !tillatet {
                fel.push(format!("{} importerar {}", graf.filnamn[modul], graf.filnamn[mal]));
            }
        }
    }
    // The app is the top: nothing below it imports it.
    for (modul, till) in &graf.kanter {
        if modul.first().is_some_and(|m| m == "ui") {
            continue;
        }
        for mal in till.iter().filter(|m| m.first().is_some_and(|m| m == "ui")) {
            fel.push(format!("{} importerar appen, {}", graf.filnamn[modul], graf.filnamn[mal]));
        }
    }
    assert!(fel.is_empty(), "Importer mot lagren:\n{}", fel.join("\n"));
}

#[test]
fn importgrafen_laser_grupper_super_och_hoppar_over_text() {
    let dir = std::env::temp_dir().join(format!("importgraf-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("a")).unwrap();
    fs::write(dir.join("lib.rs"), "mod a; mod b; mod c;").unwrap();
    fs::write(dir.join("a/mod.rs"), "pub mod x; pub mod y; mod z; pub use x::X; pub use z::z;").unwrap();
    fs::write(dir.join("a/z.rs"), "pub fn z() {}").unwrap();
    // x → y through super, y → b and c through a group; b names c only in a
    // comment and a string, c names nothing.
    fs::write(dir.join("a/x.rs"), "use super::{y::Y, Z};\npub struct X;").unwrap();
    fs::write(dir.join("a/y.rs"), "use crate::{b::{self, B}, c::C as D};\nfn f() { crate::a::x::X; }").unwrap();
    fs::write(dir.join("b.rs"), "// crate::c::C\nconst T: &str = \"crate::c\"; const K: char = '\"';").unwrap();
    // c calls the function a re-exports from its private module z: that is a.
    fs::write(dir.join("c.rs"), "pub struct C; fn f() { crate::a::z(); }").unwrap();
    let graf = Graf::las(&dir);
    let till = |m: &[&str]| -> Vec<String> {
        let m: Vec<String> = m.iter().map(|s| s.to_string()).collect();
        graf.kanter[&m].iter().map(|t| t.join("::")).collect()
    };
    assert_eq!(till(&["a", "x"]), ["a::y"]);
    assert_eq!(till(&["a", "y"]), ["a::x", "b", "c"]);
    assert!(till(&["b"]).is_empty());
    assert_eq!(till(&["c"]), ["a"]);
    assert!(till(&["a"]).is_empty(), "a parent's surface is not an edge");
    assert_eq!(graf.cirklar(), vec![vec!["src/a/x.rs".to_string(), "src/a/y.rs".to_string()]]);
    assert_eq!(kod_utan_kommentarer("let s = \"a//b\"; // c"), "let s = \"\"; ");
    let _ = fs::remove_dir_all(&dir);
}
