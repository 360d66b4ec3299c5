//! The team's shared folder as files: every *.json inside, at any depth,
//! whether the folder was picked (`<input webkitdirectory>`, which lists
//! every file with its relative path) or dropped (the entries API, whose
//! directory reader hands out entries in batches until one comes back
//! empty).

use js_sys::{Array, Function, Promise};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{DataTransfer, File, FileList, FileSystemDirectoryEntry, FileSystemEntry, FileSystemFileEntry};

fn ar_json(namn: &str) -> bool {
    namn.to_lowercase().ends_with(".json")
}

/// The JSON files of a picked folder, in path order so a folder reads in
/// the same order every time.
pub fn json_ur_lista(lista: &FileList) -> Vec<File> {
    let mut filer: Vec<File> =
        (0..lista.length()).filter_map(|i| lista.get(i)).filter(|f| ar_json(&f.name())).collect();
    filer.sort_by_cached_key(|f| {
        js_sys::Reflect::get(f, &JsValue::from_str("webkitRelativePath"))
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_else(|| f.name())
    });
    filer
}

/// The dropped entries when a folder is among them; None for loose files
/// (read as before). Must be called in the drop handler: the items are
/// gone once it returns.
pub fn slappta_mappar(data: &DataTransfer) -> Option<Vec<FileSystemEntry>> {
    let items = data.items();
    let poster: Vec<FileSystemEntry> = (0..items.length())
        .filter_map(|i| items.get(i))
        .filter_map(|it| it.webkit_get_as_entry().ok().flatten())
        .collect();
    poster.iter().any(|p| p.is_directory()).then_some(poster)
}

/// Turns a callback API into a future: `anrop(lyckad, misslyckad)`.
async fn vanta(anrop: impl FnOnce(&Function, &Function)) -> Result<JsValue, JsValue> {
    let mut anrop = Some(anrop);
    let lofte = Promise::new(&mut |lyckad, misslyckad| {
        if let Some(a) = anrop.take() {
            a(&lyckad, &misslyckad);
        }
    });
    JsFuture::from(lofte).await
}

/// Every JSON file under the dropped entries (folders walked to any depth),
/// sorted by path. An entry that cannot be read is left out and counted.
pub async fn json_i_poster(poster: Vec<FileSystemEntry>) -> (Vec<(String, File)>, usize) {
    let mut filer = Vec::new();
    let mut olasta = 0;
    let mut kvar = poster;
    while let Some(post) = kvar.pop() {
        if post.is_directory() {
            let mapp: FileSystemDirectoryEntry = post.unchecked_into();
            let lasare = mapp.create_reader();
            loop {
                let omgang = vanta(|ok, fel| {
                    let _ = lasare.read_entries_with_callback_and_callback(ok, fel);
                })
                .await;
                let Ok(omgang) = omgang else {
                    olasta += 1;
                    break;
                };
                let omgang: Array = omgang.unchecked_into();
                if omgang.length() == 0 {
                    break;
                }
                kvar.extend(omgang.iter().map(|p| p.unchecked_into::<FileSystemEntry>()));
            }
        } else if post.is_file() && ar_json(&post.name()) {
            let stig = post.full_path();
            let fil: FileSystemFileEntry = post.unchecked_into();
            match vanta(|ok, fel| fil.file_with_callback_and_callback(ok, fel)).await {
                Ok(f) => filer.push((stig, f.unchecked_into::<File>())),
                Err(_) => olasta += 1,
            }
        }
    }
    filer.sort_by(|a, b| a.0.cmp(&b.0));
    (filer, olasta)
}
