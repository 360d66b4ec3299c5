//! The portfolio page's tie to the browser's database
//! (`webblasare/portfoljdb.rs`): the stored portfolio is read once when the
//! page opens, and every change after that is written; leaving the page
//! while a write is under way asks first.

use crate::model::Vardermodell;
use crate::portfolj::{databasfel, Portfolj};
use crate::ui::webblasare::portfoljdb;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Reads the stored portfolio into `portfolj` (files read meanwhile are
/// kept), sets `laddad` once read, and from then on writes every change; a
/// read or write the database refuses is said in `sparfel`.
pub fn hall_i_databasen(
    portfolj: RwSignal<Portfolj>,
    aktiv: RwSignal<Vardermodell>,
    laddad: RwSignal<bool>,
    sparfel: RwSignal<Option<String>>,
) {
    spawn_local(async move {
        match portfoljdb::las(aktiv.get_untracked()).await {
            Ok(lasta) => {
                // Files read while the database was read are kept too.
                portfolj.try_update(|p| {
                    let nya = std::mem::replace(p, lasta.portfolj);
                    for fall in nya.fall {
                        let _ = p.lagg_till(fall);
                    }
                    // The database was read under the model of the page's
                    // start; a model that arrived meanwhile (the deployment's
                    // file) applies to every case.
                    let modell = aktiv.get_untracked();
                    if p.modell != modell {
                        p.byt_modell(modell);
                    }
                });
                if lasta.olasbara > 0 {
                    sparfel.try_set(Some(format!(
                        "{} förstudier i webbläsarens databas kunde inte läsas och visas inte.",
                        lasta.olasbara
                    )));
                }
            }
            Err(namn) => {
                sparfel.try_set(Some(databasfel(&namn, true)));
            }
        }
        laddad.try_set(true);
    });
    // Every change is kept in the browser's database (only the cases that
    // changed are written), so a reload or a new browser session loses no
    // assessment. A refused write keeps everything on the page.
    let skriver = StoredValue::new(0usize);
    Effect::new(move |_| {
        let andringar = portfolj.with(portfoljdb::andringar);
        if !laddad.get() {
            return;
        }
        skriver.update_value(|n| *n += 1);
        spawn_local(async move {
            let svar = portfoljdb::spara(andringar).await;
            skriver.try_update_value(|n| *n -= 1);
            match svar {
                Ok(_) => {
                    sparfel.try_update(|f| {
                        if f.as_deref()
                            .is_some_and(|t| t.contains("kunde inte sparas") || t.contains("lagringsutrymme"))
                        {
                            *f = None;
                        }
                    });
                }
                Err(namn) => {
                    sparfel.try_set(Some(databasfel(&namn, false)));
                }
            }
        });
    });
    // The page shows a change before the database has it: leaving (a
    // reload, closing the tab) while a write is under way asks first, as
    // the case view does with a save pending.
    let lyssnare = window_event_listener(leptos::ev::beforeunload, move |ev| {
        if skriver.try_get_value().unwrap_or(0) > 0 {
            ev.prevent_default();
            ev.set_return_value("Portföljen sparas fortfarande.");
        }
    });
    on_cleanup(move || lyssnare.remove());
}
