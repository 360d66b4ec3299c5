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

/// The list as the list's view needs it, without the rows' type: one copy
/// of the view serves every kind of row. (Generic, the component was
/// compiled once per kind of row, some 5 kB of wasm each.)
trait Lista: Send + Sync {
    /// The shown rows' ids, in order (tracked).
    fn ids(&self) -> Vec<String>;
    /// How many rows are shown (tracked).
    fn antal(&self) -> usize;
    /// The row's place among the shown rows (tracked).
    fn plats(&self, rad_id: &str) -> Option<usize>;
    /// The row's short name (tracked).
    fn namn(&self, rad_id: &str) -> String;
    fn lagg_till(&self, rad_id: String);
    /// Swaps the row with its neighbour among the shown rows.
    fn flytta(&self, rad_id: &str, steg: isize);
    /// Removes the row and keeps it for `angra`; its name.
    fn ta_bort(&self, rad_id: &str) -> Option<String>;
    /// Puts the row removed last back where it stood; its id.
    fn angra(&self) -> Option<String>;
}

struct Rader<T: Send + Sync + 'static, L, N> {
    rader: L,
    ny: N,
    id_av: fn(&T) -> String,
    namn_av: fn(&T) -> String,
    urval: Urval<T>,
    /// The row removed last and where it stood.
    borttagen: StoredValue<Option<(usize, T)>>,
}

impl<T, L, N> Lista for Rader<T, L, N>
where
    T: Clone + Send + Sync + 'static,
    L: Update<Value = Vec<T>> + With<Value = Vec<T>> + Copy + Send + Sync + 'static,
    N: Fn(String) -> T + Copy + Send + Sync + 'static,
{
    fn ids(&self) -> Vec<String> {
        self.rader.with(|v| v.iter().filter(|r| (self.urval)(r)).map(self.id_av).collect())
    }

    fn antal(&self) -> usize {
        self.rader.with(|v| v.iter().filter(|r| (self.urval)(r)).count())
    }

    fn plats(&self, rad_id: &str) -> Option<usize> {
        self.rader.with(|v| v.iter().filter(|r| (self.urval)(r)).position(|r| (self.id_av)(r) == rad_id))
    }

    fn namn(&self, rad_id: &str) -> String {
        self.rader.with(|v| v.iter().find(|r| (self.id_av)(r) == rad_id).map(self.namn_av)).unwrap_or_default()
    }

    fn lagg_till(&self, rad_id: String) {
        // Made before the write: `ny` may read the store, which is locked
        // while `update` runs.
        let rad = (self.ny)(rad_id);
        self.rader.update(|v| v.push(rad));
    }

    fn flytta(&self, rad_id: &str, steg: isize) {
        self.rader.update(|v| {
            if let Some(i) = v.iter().position(|r| (self.id_av)(r) == rad_id) {
                // The neighbour among the shown rows; rows of other parts
                // in between keep their places.
                let granne = if steg < 0 {
                    (0..i).rev().find(|&j| (self.urval)(&v[j]))
                } else {
                    (i + 1..v.len()).find(|&j| (self.urval)(&v[j]))
                };
                if let Some(j) = granne {
                    v.swap(i, j);
                }
            }
        });
    }

    fn ta_bort(&self, rad_id: &str) -> Option<String> {
        let mut tagen = None;
        self.rader.update(|v| {
            if let Some(i) = v.iter().position(|r| (self.id_av)(r) == rad_id) {
                tagen = Some((i, v.remove(i)));
            }
        });
        let namn = tagen.as_ref().map(|(_, rad)| (self.namn_av)(rad));
        if tagen.is_some() {
            self.borttagen.set_value(tagen);
        }
        namn
    }

    fn angra(&self) -> Option<String> {
        let (plats, rad) = self.borttagen.try_update_value(Option::take).flatten()?;
        let rad_id = (self.id_av)(&rad);
        self.rader.update(|v| {
            let plats = plats.min(v.len());
            v.insert(plats, rad);
        });
        Some(rad_id)
    }
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
    let urval = urval.unwrap_or_else(|| Arc::new(|_: &T| true));
    let lista: Arc<dyn Lista> = Arc::new(Rader { rader, ny, id_av, namn_av, urval, borttagen: StoredValue::new(None) });
    let text = Texter { id, radnamn, lagg_till: lagg_till.unwrap_or(radnamn), tom_text };
    radlistans_vy(text, StoredValue::new(lista), Arc::new(rad))
}

#[derive(Clone, Copy)]
struct Texter {
    id: &'static str,
    radnamn: &'static str,
    lagg_till: &'static str,
    tom_text: &'static str,
}

type Radvy = Arc<dyn Fn(String) -> AnyView + Send + Sync>;

fn radlistans_vy(text: Texter, lista: StoredValue<Arc<dyn Lista>>, rad: Radvy) -> AnyView {
    let Texter { id, radnamn, lagg_till, tom_text } = text;
    // The name of the row removed last, while "Ångra" is offered.
    let borttagen = RwSignal::new(None::<String>);
    let antal = Memo::new(move |_| lista.with_value(|l| l.antal()));
    let rad_dom_id = move |rad_id: &str| format!("{id}-rad-{rad_id}");
    let knapp_id = move |rad_id: &str, vad: &str| format!("{id}-{vad}-{rad_id}");

    let lagg_till_rad = move |_| {
        let nytt = nytt_id();
        lista.with_value(|l| l.lagg_till(nytt.clone()));
        fokusera_senare(rad_dom_id(&nytt), None);
    };
    let flytta = move |rad_id: String, steg: isize, vad: &'static str, annan: &'static str| {
        lista.with_value(|l| l.flytta(&rad_id, steg));
        fokusera_senare(knapp_id(&rad_id, vad), Some(knapp_id(&rad_id, annan)));
    };
    let ta_bort = move |rad_id: String| {
        if let Some(namn) = lista.with_value(|l| l.ta_bort(&rad_id)) {
            borttagen.set(Some(namn));
            fokusera_senare(format!("{id}-angra"), Some(format!("{id}-lagg-till")));
        }
    };
    let angra = move |_| {
        if let Some(rad_id) = lista.with_value(|l| l.angra()) {
            borttagen.set(None);
            fokusera_senare(rad_dom_id(&rad_id), None);
        }
    };

    let rad_vy = move |rad_id: String| {
        let plats = Memo::new({
            let rad_id = rad_id.clone();
            move |_| lista.with_value(|l| l.plats(&rad_id))
        });
        let namn = Memo::new({
            let rad_id = rad_id.clone();
            move |_| lista.with_value(|l| l.namn(&rad_id))
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
                <For each=move || lista.with_value(|l| l.ids()) key=|rad_id| rad_id.clone() children=rad_vy />
            </ol>
            <div class="radlista-fot">
                <button type="button" id=format!("{id}-lagg-till") on:click=lagg_till_rad>
                    "+ Lägg till " {lagg_till}
                </button>
                // The removal is announced here, with the way back beside it.
                <p class="borttagen" role="status">
                    {move || borttagen.with(|b| b.as_ref().map(|namn| {
                        let namn = if namn.trim().is_empty() { radnamn.to_string() } else { format!("{radnamn} \u{201d}{namn}\u{201d}") };
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
    .into_any()
}
