//! Editable rows shared by the steps: add, remove with "Ångra" for the last
//! removal, move up and down. Every action is a real button, so it works
//! from the keyboard, and focus is put back where the user expects it after
//! the list changes (a moved DOM node loses focus in Chromium).
//!
//! The list is any store field holding `Vec<T>` (in practice a keyed
//! subfield, so each row keeps its own `Field` across moves); the step draws
//! the row's controls from the row id, usually via `at_key(id)`.

use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

use crate::ui::webblasare::webblagring::slumpbytes;

/// A fresh row id: a random uuid, unique across cases so rows can be moved
/// between files without clashes.
pub fn nytt_id() -> String {
    uuid::Builder::from_random_bytes(slumpbytes()).into_uuid().to_string()
}

/// Focuses the element with `id` once the DOM has caught up, or, if it is
/// missing or disabled, the first enabled control inside it or the fallback.
pub fn fokusera_senare(id: String, reserv: Option<String>) {
    request_animation_frame(move || {
        let dokument = document();
        for kandidat in std::iter::once(id).chain(reserv) {
            let Some(el) = dokument.get_element_by_id(&kandidat) else { continue };
            let mal = if el.has_attribute("disabled") {
                continue;
            } else if matches!(el.tag_name().as_str(), "LI" | "DIV" | "FIELDSET") {
                el.query_selector("input, select, textarea, button:not([disabled])").ok().flatten()
            } else {
                Some(el)
            };
            if let Some(html) = mal.and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = html.focus();
                return;
            }
        }
    });
}

/// Which rows of the list this editor shows: several editors may share one
/// list (the columns of the logic model), each its own part of it.
pub type Urval<T> = Arc<dyn Fn(&T) -> bool + Send + Sync>;

/// The row that was removed last, where it stood and what to call it.
#[derive(Clone)]
struct Borttagen<T> {
    plats: usize,
    rad: T,
    namn: String,
}

#[component]
pub fn Radlista<T, L, N, R>(
    /// Prefix for element ids; unique on the page.
    id: &'static str,
    /// What one row is called, lower case, in button names: "orsak".
    radnamn: &'static str,
    /// The text "Lägg till …" completes: "orsak", "en målgrupp" reads badly.
    #[prop(optional)]
    lagg_till: Option<&'static str>,
    /// Shown while the list is empty.
    tom_text: &'static str,
    rader: L,
    /// A new, blank row with the given id.
    ny: N,
    id_av: fn(&T) -> String,
    /// A short name of the row for button names and announcements.
    namn_av: fn(&T) -> String,
    /// The row's controls, from its id.
    rad: R,
    /// Only these rows are shown, numbered and moved among; all by default.
    #[prop(optional)]
    urval: Option<Urval<T>>,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    L: Update<Value = Vec<T>> + With<Value = Vec<T>> + Copy + Send + Sync + 'static,
    N: Fn(String) -> T + Copy + Send + Sync + 'static,
    R: Fn(String) -> AnyView + Clone + Send + Sync + 'static,
{
    let borttagen = RwSignal::new(None::<Borttagen<T>>);
    let urval = StoredValue::new(urval.unwrap_or_else(|| Arc::new(|_: &T| true)));
    let synlig = move |r: &T| urval.with_value(|f| f(r));
    let ids = move || rader.with(|v| v.iter().filter(|r| synlig(r)).map(id_av).collect::<Vec<_>>());
    let antal = Memo::new(move |_| rader.with(|v| v.iter().filter(|r| synlig(r)).count()));
    let rad_dom_id = move |rad_id: &str| format!("{id}-rad-{rad_id}");
    let knapp_id = move |rad_id: &str, vad: &str| format!("{id}-{vad}-{rad_id}");
    let lagg_till_text = lagg_till.unwrap_or(radnamn);

    let lagg_till_rad = move |_| {
        let nytt = nytt_id();
        // Made before the write: `ny` may read the store, which is locked
        // while `update` runs.
        let rad = ny(nytt.clone());
        rader.update(|v| v.push(rad));
        fokusera_senare(rad_dom_id(&nytt), None);
    };
    let flytta = move |rad_id: String, steg: isize, vad: &'static str, annan: &'static str| {
        rader.update(|v| {
            if let Some(i) = v.iter().position(|r| id_av(r) == rad_id) {
                // The neighbour among the shown rows; rows of other parts
                // in between keep their places.
                let granne = if steg < 0 {
                    (0..i).rev().find(|&j| synlig(&v[j]))
                } else {
                    (i + 1..v.len()).find(|&j| synlig(&v[j]))
                };
                if let Some(j) = granne {
                    v.swap(i, j);
                }
            }
        });
        fokusera_senare(knapp_id(&rad_id, vad), Some(knapp_id(&rad_id, annan)));
    };
    let ta_bort = move |rad_id: String| {
        let mut tagen = None;
        rader.update(|v| {
            if let Some(i) = v.iter().position(|r| id_av(r) == rad_id) {
                let rad = v.remove(i);
                tagen = Some(Borttagen { plats: i, namn: namn_av(&rad), rad });
            }
        });
        if tagen.is_some() {
            borttagen.set(tagen);
            fokusera_senare(format!("{id}-angra"), Some(format!("{id}-lagg-till")));
        }
    };
    let angra = move |_| {
        if let Some(b) = borttagen.get_untracked() {
            let rad_id = id_av(&b.rad);
            rader.update(|v| {
                let plats = b.plats.min(v.len());
                v.insert(plats, b.rad);
            });
            borttagen.set(None);
            fokusera_senare(rad_dom_id(&rad_id), None);
        }
    };

    let rad_vy = move |rad_id: String| {
        let plats = Memo::new({
            let rad_id = rad_id.clone();
            move |_| rader.with(|v| v.iter().filter(|r| synlig(r)).position(|r| id_av(r) == rad_id))
        });
        let namn = Memo::new({
            let rad_id = rad_id.clone();
            move |_| rader.with(|v| v.iter().find(|r| id_av(r) == rad_id).map(namn_av)).unwrap_or_default()
        });
        let beskrivning = move || {
            let nr = plats.get().map(|p| p + 1).unwrap_or(0);
            let namn = namn.get();
            if namn.trim().is_empty() {
                format!("{radnamn} {nr}")
            } else {
                format!("{radnamn} {nr}: {namn}")
            }
        };
        let forsta = move || plats.get() == Some(0);
        let sista = move || plats.get().map(|p| p + 1 >= antal.get()).unwrap_or(true);
        let (upp, ned, bort) = (rad_id.clone(), rad_id.clone(), rad_id.clone());
        view! {
            <li class="rad" id=rad_dom_id(&rad_id)>
                <div class="radinnehall">{rad(rad_id.clone())}</div>
                <div class="radknappar">
                    <button type="button" id=knapp_id(&rad_id, "upp") disabled=forsta
                        aria-label=move || format!("Flytta upp {}", beskrivning())
                        on:click=move |_| flytta(upp.clone(), -1, "upp", "ned")>"↑ Flytta upp"</button>
                    <button type="button" id=knapp_id(&rad_id, "ned") disabled=sista
                        aria-label=move || format!("Flytta ned {}", beskrivning())
                        on:click=move |_| flytta(ned.clone(), 1, "ned", "upp")>"↓ Flytta ned"</button>
                    <button type="button" class="farlig"
                        aria-label=move || format!("Ta bort {}", beskrivning())
                        on:click=move |_| ta_bort(bort.clone())>"Ta bort"</button>
                </div>
            </li>
        }
    };

    view! {
        <div class="radlista" id=id>
            <Show when=move || antal.get() == 0>
                <p class="tomt">{tom_text}</p>
            </Show>
            <ol class="rader">
                <For each=ids key=|rad_id| rad_id.clone() children=rad_vy />
            </ol>
            <div class="radlista-fot">
                <button type="button" id=format!("{id}-lagg-till") on:click=lagg_till_rad>
                    "+ Lägg till " {lagg_till_text}
                </button>
                // The removal is announced here, with the way back beside it.
                <p class="borttagen" role="status">
                    {move || borttagen.with(|b| b.as_ref().map(|b| {
                        let namn = if b.namn.trim().is_empty() { radnamn.to_string() } else { format!("{radnamn} \u{201d}{}\u{201d}", b.namn) };
                        format!("Tog bort {namn}.")
                    }))}
                </p>
                <Show when=move || borttagen.with(|b| b.is_some())>
                    <button type="button" id=format!("{id}-angra") on:click=angra
                        aria-label=format!("Ångra borttagningen av {radnamn}")>"Ångra"</button>
                </Show>
            </div>
        </div>
    }
}
