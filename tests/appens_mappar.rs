//! The app's folders keep their order (README.md, "Var delarna finns"): the
//! shell imports the pages, pages import steps, steps import shared
//! components, and everything may use the browser's side; never the other
//! way. So a page never imports `app.rs`, and a new file in `src/ui/` has to
//! be placed in a folder that says what it is.

#[allow(dead_code)]
mod importgraf;

use importgraf::{Graf, Modul};
use std::fs;
use std::path::Path;

/// The app's parts, lowest first. A part may import itself and the parts
/// below it.
const ORDNING: [&[&str]; 6] =
    [&["webblasare"], &["aktiv_modell", "vagar"], &["komponenter"], &["steg"], &["sidor"], &["app"]];

/// Where a module of the app stands in `ORDNING`; `None` for a file outside
/// `src/ui/` or the app's root module.
fn niva(modul: &Modul) -> Option<Result<usize, String>> {
    if modul.first().is_none_or(|m| m != "ui") || modul.len() < 2 {
        return None;
    }
    let del = modul[1].as_str();
    Some(ORDNING.iter().position(|delar| delar.contains(&del)).ok_or_else(|| del.to_string()))
}

fn fel(graf: &Graf) -> Vec<String> {
    let mut fel = Vec::new();
    for (modul, till) in &graf.kanter {
        let Some(fran) = niva(modul) else { continue };
        let fran = match fran {
            Ok(n) => n,
            Err(del) => {
                fel.push(format!("{} ligger i `ui::{del}`, som inte är en av appens delar", graf.filnamn[modul]));
                continue;
            }
        };
        for mal in till {
            if let Some(Ok(n)) = niva(mal) {
                if n > fran {
                    fel.push(format!("{} importerar {}", graf.filnamn[modul], graf.filnamn[mal]));
                }
            }
        }
    }
    fel
}

#[test]
fn appens_delar_importerar_bara_nedat() {
    let graf = Graf::las(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    assert!(graf.kanter.keys().any(|m| m.len() > 2 && m[1] == "sidor"), "read the app's files");
    let fel = fel(&graf);
    assert!(fel.is_empty(), "Importer mot appens ordning:\n{}", fel.join("\n"));
}

/// The rule itself: a page importing the shell, and a file outside the
/// parts, are both found.
#[test]
fn en_sida_som_importerar_skalet_hittas() {
    let dir = std::env::temp_dir().join(format!("appens-mappar-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("ui/sidor")).unwrap();
    fs::write(dir.join("lib.rs"), "pub mod ui;").unwrap();
    fs::write(dir.join("ui/mod.rs"), "mod app; mod sidor; mod vagar; mod losa;").unwrap();
    fs::write(dir.join("ui/app.rs"), "use crate::ui::sidor::start::Start;\npub fn lank() {}").unwrap();
    fs::write(dir.join("ui/vagar.rs"), "pub fn bas() {}").unwrap();
    fs::write(dir.join("ui/losa.rs"), "pub fn x() {}").unwrap();
    fs::write(dir.join("ui/sidor/mod.rs"), "pub mod start;").unwrap();
    fs::write(
        dir.join("ui/sidor/start.rs"),
        "use crate::ui::app::lank;\nuse crate::ui::vagar::bas;\npub struct Start;",
    )
    .unwrap();
    let fel = fel(&Graf::las(&dir));
    assert_eq!(
        fel,
        [
            "src/ui/losa.rs ligger i `ui::losa`, som inte är en av appens delar".to_string(),
            "src/ui/sidor/start.rs importerar src/ui/app.rs".to_string(),
        ]
    );
    let _ = fs::remove_dir_all(&dir);
}
