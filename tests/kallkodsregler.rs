//! House rules checked on the source itself: no user text may reach the DOM
//! as markup, and money never becomes a float.

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
fn the_model_and_valuation_hold_no_floats() {
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
