//! The portfolio in the browser's database (IndexedDB), one record per case
//! in the store "fall" of the database "forstudie-portfolj", keyed by the
//! case's id. web-sys's own IndexedDB bindings behind this small adapter:
//! the app needs one store, get-all, put and delete, and each request is
//! turned into a future with its own success and error handlers, so no
//! wrapper crate (and its runtime) is added to the bundle.
//!
//! What was last written is remembered here, so a change writes only the
//! records of the cases that changed (and deletes the removed ones); a
//! failed write is remembered as not written and tried again with the next
//! change.

use crate::model::Forstudie;
use crate::model::Vardermodell;
use crate::portfolj::{Lastaposter, Portfolj};
use js_sys::{Array, Promise};
use std::cell::RefCell;
use std::collections::HashMap;
use uuid::Uuid;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DomException, IdbDatabase, IdbOpenDbRequest, IdbRequest, IdbTransaction, IdbTransactionMode};

const DATABAS: &str = "forstudie-portfolj";
const LAGER: &str = "fall";

/// What a record last written holds, to tell whether a case changed.
struct Skrivet {
    nummer: u64,
    /// None until the write succeeded.
    innehall: Option<(String, bool, Forstudie)>,
}

thread_local! {
    static DB: RefCell<Option<IdbDatabase>> = const { RefCell::new(None) };
    static SKRIVET: RefCell<HashMap<Uuid, Skrivet>> = RefCell::new(HashMap::new());
    static NASTA: RefCell<u64> = const { RefCell::new(0) };
}

/// The browser's error name: "QuotaExceededError", "UnknownError", …
fn felnamn(v: &JsValue) -> String {
    if let Some(e) = v.dyn_ref::<DomException>() {
        return e.name();
    }
    if let Some(e) = v.dyn_ref::<js_sys::Error>() {
        return String::from(e.name());
    }
    if let Some(ev) = v.dyn_ref::<web_sys::Event>() {
        if let Some(t) = ev.target() {
            if let Some(r) = t.dyn_ref::<IdbRequest>() {
                if let Ok(Some(e)) = r.error() {
                    return e.name();
                }
            }
            if let Some(tx) = t.dyn_ref::<IdbTransaction>() {
                if let Some(e) = tx.error() {
                    return e.name();
                }
            }
        }
    }
    "okänt fel".into()
}

/// A request's result once it succeeds.
async fn svar(req: &IdbRequest) -> Result<JsValue, String> {
    let lofte = Promise::new(&mut |ok, fel| {
        req.set_onsuccess(Some(&ok));
        req.set_onerror(Some(&fel));
    });
    JsFuture::from(lofte).await.map_err(|e| felnamn(&e))?;
    req.result().map_err(|e| felnamn(&e))
}

async fn oppna() -> Result<IdbDatabase, String> {
    if let Some(db) = DB.with(|d| d.borrow().clone()) {
        return Ok(db);
    }
    let fabrik =
        web_sys::window().ok_or("inget fönster")?.indexed_db().map_err(|e| felnamn(&e))?.ok_or("IndexedDB saknas")?;
    let req: IdbOpenDbRequest = fabrik.open_with_u32(DATABAS, 1).map_err(|e| felnamn(&e))?;
    let skapa = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
        let Some(req) = ev.target().and_then(|t| t.dyn_into::<IdbRequest>().ok()) else { return };
        if let Ok(db) = req.result().and_then(|r| r.dyn_into::<IdbDatabase>()) {
            if !db.object_store_names().contains(LAGER) {
                let _ = db.create_object_store(LAGER);
            }
        }
    });
    req.set_onupgradeneeded(Some(skapa.as_ref().unchecked_ref()));
    let db: IdbDatabase = svar(&req).await?.unchecked_into();
    drop(skapa);
    // Another tab upgrading or deleting the database: this connection
    // steps aside and the next write opens a new one.
    let stang = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
        if let Some(db) = DB.with(|d| d.borrow_mut().take()) {
            db.close();
        }
    });
    db.set_onversionchange(Some(stang.as_ref().unchecked_ref()));
    stang.forget();
    DB.with(|d| *d.borrow_mut() = Some(db.clone()));
    Ok(db)
}

/// The portfolio kept in the database, under the team's model; an
/// unreadable record is counted, not fatal.
pub async fn las(modell: Vardermodell) -> Result<Lastaposter, String> {
    let db = oppna().await?;
    let tx = db.transaction_with_str(LAGER).map_err(|e| felnamn(&e))?;
    let lager = tx.object_store(LAGER).map_err(|e| felnamn(&e))?;
    let alla: Array = svar(&lager.get_all().map_err(|e| felnamn(&e))?).await?.unchecked_into();
    let texter: Vec<String> = alla.iter().filter_map(|v| v.as_string()).collect();
    let lasta = Portfolj::fran_poster(texter.iter().map(String::as_str), modell);
    SKRIVET.with(|s| {
        let mut s = s.borrow_mut();
        s.clear();
        for (fall, nummer) in lasta.portfolj.fall.iter().zip(&lasta.nummer) {
            let innehall = Some((fall.filnamn.clone(), fall.andrad, fall.forstudie.clone()));
            s.insert(fall.forstudie.id, Skrivet { nummer: *nummer, innehall });
        }
    });
    NASTA.with(|n| *n.borrow_mut() = lasta.nummer.last().map_or(0, |m| m + 1));
    Ok(lasta)
}

/// The records to write (id, record, what it holds) and the ids to delete.
pub type Andringar = (Vec<(Uuid, String, (String, bool, Forstudie))>, Vec<Uuid>);

pub fn andringar(p: &Portfolj) -> Andringar {
    SKRIVET.with(|s| {
        let mut s = s.borrow_mut();
        let mut skriv = Vec::new();
        for fall in &p.fall {
            let id = fall.forstudie.id;
            let post = s.entry(id).or_insert_with(|| Skrivet {
                nummer: NASTA.with(|n| {
                    let mut n = n.borrow_mut();
                    *n += 1;
                    *n - 1
                }),
                innehall: None,
            });
            let samma = post.innehall.as_ref().is_some_and(|(namn, andrad, forstudie)| {
                *namn == fall.filnamn && *andrad == fall.andrad && *forstudie == fall.forstudie
            });
            if !samma {
                skriv.push((id, fall.post(post.nummer), (fall.filnamn.clone(), fall.andrad, fall.forstudie.clone())));
            }
        }
        let finns: std::collections::HashSet<Uuid> = p.fall.iter().map(|f| f.forstudie.id).collect();
        let bort = s.keys().filter(|id| !finns.contains(id)).copied().collect();
        (skriv, bort)
    })
}

/// Writes `andringar`: what changed since the last successful write, in one
/// transaction; the browser's error name if it failed (then it is tried
/// again with the next change).
pub async fn spara((skriv, bort): Andringar) -> Result<usize, String> {
    if skriv.is_empty() && bort.is_empty() {
        return Ok(0);
    }
    let db = oppna().await?;
    let tx = db.transaction_with_str_and_mode(LAGER, IdbTransactionMode::Readwrite).map_err(|e| felnamn(&e))?;
    let lager = tx.object_store(LAGER).map_err(|e| felnamn(&e))?;
    let klar = Promise::new(&mut |ok, fel| {
        tx.set_oncomplete(Some(&ok));
        tx.set_onerror(Some(&fel));
        tx.set_onabort(Some(&fel));
    });
    for (id, text, _) in &skriv {
        lager.put_with_key(&JsValue::from_str(text), &JsValue::from_str(&id.to_string())).map_err(|e| felnamn(&e))?;
    }
    for id in &bort {
        lager.delete(&JsValue::from_str(&id.to_string())).map_err(|e| felnamn(&e))?;
    }
    JsFuture::from(klar).await.map_err(|e| felnamn(&e))?;
    let antal = skriv.len() + bort.len();
    SKRIVET.with(|s| {
        let mut s = s.borrow_mut();
        for (id, _, innehall) in skriv {
            if let Some(post) = s.get_mut(&id) {
                post.innehall = Some(innehall);
            }
        }
        for id in bort {
            s.remove(&id);
        }
    });
    Ok(antal)
}
