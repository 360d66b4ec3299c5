//! Number inputs in Swedish form (`model::tal`). What the user typed stays
//! in a local draft while it is not a number, marked and explained at the
//! field; only a valid value is written to the store, so a typo is never
//! saved as 0.

use crate::model::tal::{self, OGILTIGT_TAL};
use crate::ui::falt::beskrivning;
use leptos::prelude::*;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// A labelled number field for one value (a parameter, a salary).
/// `kontroll` adds a domain rule beyond "is a number"; an empty field is
/// refused with `tomt`.
#[component]
pub fn Talfalt(
    id: String,
    etikett: &'static str,
    #[prop(into)] varde: Signal<Decimal>,
    satt: Callback<Decimal>,
    #[prop(optional)] hjalp: Option<&'static str>,
    #[prop(optional)] kontroll: Option<fn(Decimal) -> Option<&'static str>>,
    #[prop(default = "Fältet behöver ett tal.")] tomt: &'static str,
    /// For a calendar year: "2027", not "2 027".
    #[prop(optional)] utan_gruppering: bool,
) -> impl IntoView {
    let visa = move |v: Decimal| if utan_gruppering { v.normalize().to_string() } else { tal::formatera(v) };
    // The text as typed since the field was last left, or while invalid.
    let utkast = RwSignal::new(None::<String>);
    let fel = RwSignal::new(None::<&'static str>);
    let prova = move |text: &str| -> Result<Decimal, &'static str> {
        let v = tal::tolka(text)?.ok_or(tomt)?;
        match kontroll.and_then(|k| k(v)) {
            Some(meddelande) => Err(meddelande),
            None => Ok(v),
        }
    };
    let hjalp_id = format!("{id}-hjalp");
    let fel_id = format!("{id}-fel");
    let beskrivning = beskrivning(&id, hjalp.is_some(), move || fel.get().is_some());
    view! {
        <div class="falt" class:falt-fel=move || fel.get().is_some()>
            <label for=id.clone()>{etikett}</label>
            {hjalp.map(|h| view! { <p class="hjalptext" id=hjalp_id.clone()>{h}</p> })}
            <input
                id=id.clone()
                type="text"
                inputmode="decimal"
                class="tal"
                aria-invalid=move || fel.get().is_some().then_some("true")
                aria-describedby=beskrivning
                prop:value=move || utkast.get().unwrap_or_else(|| visa(varde.get()))
                on:input:target=move |ev| {
                    let text = ev.target().value();
                    match prova(&text) {
                        Ok(v) => {
                            fel.set(None);
                            satt.run(v);
                        }
                        Err(meddelande) => fel.set(Some(meddelande)),
                    }
                    utkast.set(Some(text));
                }
                on:blur=move |_| {
                    // A valid entry is shown back in the app's own form.
                    if fel.get_untracked().is_none() {
                        utkast.set(None);
                    }
                }
            />
            <p class="felmeddelande" id=fel_id.clone() hidden=move || fel.get().is_none()>
                {move || fel.get().unwrap_or_default()}
            </p>
        </div>
    }
}

/// The drafts of one grid row, by year: cells whose text is not (yet) a
/// number. Kept by the row, so a pasted row can mark any of its cells.
pub type Utkast = RwSignal<BTreeMap<u32, String>>;

/// Writes the values of a pasted spreadsheet row from year `fran` on: valid
/// ones to the store through `satt`, invalid ones as drafts. Values past the
/// last year are dropped; the count of them is returned.
pub fn klistra_in(fran: u32, varden: Vec<String>, ar: u32, utkast: Utkast, tomt: Decimal, satt: Callback<(u32, Decimal)>) -> usize {
    let mut utanfor = 0;
    for (i, text) in varden.into_iter().enumerate() {
        let t = fran + i as u32;
        if t >= ar {
            utanfor += 1;
            continue;
        }
        match tal::tolka(&text) {
            Ok(v) => {
                utkast.update(|u| {
                    u.remove(&t);
                });
                satt.run((t, v.unwrap_or(tomt)));
            }
            Err(_) => utkast.update(|u| {
                u.insert(t, text);
            }),
        }
    }
    utanfor
}

/// One year's cell of a grid row. Empty means `tomt` (0 for amounts, 100 %
/// for a ramp-up); `visa` formats the stored value.
#[component]
pub fn Arcell(
    id: String,
    #[prop(into)] etikett: Signal<String>,
    t: u32,
    #[prop(into)] varde: Signal<Decimal>,
    utkast: Utkast,
    #[prop(into)] ar: Signal<u32>,
    tomt: Decimal,
    visa: fn(Decimal) -> String,
    satt: Callback<(u32, Decimal)>,
) -> impl IntoView {
    let ogiltig = move || utkast.with(|u| u.get(&t).is_some_and(|text| tal::tolka(text).is_err()));
    let fel_id = format!("{id}-fel");
    let meddelande = RwSignal::new(None::<String>);
    view! {
        <input
            id=id.clone()
            type="text"
            inputmode="decimal"
            class="cell"
            aria-label=move || etikett.get()
            aria-invalid=move || ogiltig().then_some("true")
            aria-describedby={
                let fel_id = fel_id.clone();
                move || ogiltig().then(|| fel_id.clone())
            }
            prop:value=move || utkast.with(|u| u.get(&t).cloned()).unwrap_or_else(|| visa(varde.get()))
            on:input:target=move |ev| {
                let text = ev.target().value();
                if let Ok(v) = tal::tolka(&text) {
                    satt.run((t, v.unwrap_or(tomt)));
                }
                utkast.update(|u| {
                    u.insert(t, text);
                });
            }
            on:blur=move |_| {
                if !ogiltig() {
                    utkast.update(|u| {
                        u.remove(&t);
                    });
                }
            }
            on:paste=move |ev: leptos::ev::ClipboardEvent| {
                let text = ev.clipboard_data().and_then(|d| d.get_data("text/plain").ok()).unwrap_or_default();
                // An ordinary paste of one value is left to the input.
                if let Some(varden) = tal::klistrad_rad(&text) {
                    ev.prevent_default();
                    let utanfor = klistra_in(t, varden, ar.get_untracked(), utkast, tomt, satt);
                    meddelande.set((utanfor > 0).then(|| {
                        format!("{utanfor} värden efter kalkylperiodens sista år klistrades inte in.")
                    }));
                }
            }
        />
        // Only when there is something to say: a grid has thousands of cells.
        {move || ogiltig().then(|| view! { <span class="cellfel" id=fel_id.clone()>{OGILTIGT_TAL}</span> })}
        {move || meddelande.get().map(|m| view! { <span class="cellinfo" role="status">{m}</span> })}
    }
}
