//! Number inputs in Swedish form (`model::tal`). What the user typed stays
//! in a local draft while it is not a number, marked and explained at the
//! field; only a valid value is written to the store, so a typo is never
//! saved as 0.

use crate::model::tal::{self, OGILTIGT_TAL};
use crate::ui::komponenter::faltram::{beskrivning, ogiltig, Faltram};
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
    ange: Callback<Decimal>,
    #[prop(optional)] hjalp: Option<&'static str>,
    #[prop(optional)] kontroll: Option<fn(Decimal) -> Option<&'static str>>,
    #[prop(default = "Fältet behöver ett tal.")] tomt: &'static str,
    /// For a calendar year: "2027", not "2 027".
    #[prop(optional)]
    utan_gruppering: bool,
    /// The message for text that is not a number, when the general one (an
    /// amount, "1 234,50") would mislead: a year, a count of years.
    #[prop(optional)]
    ogiltigt: Option<&'static str>,
    /// Says under a message which value is still used ("Räknar med 2027
    /// tills du rättar"): for inputs whose old value keeps counting.
    #[prop(optional)]
    visa_gallande: bool,
) -> impl IntoView {
    let visa = move |v: Decimal| if utan_gruppering { v.normalize().to_string() } else { tal::formatera(v) };
    // The text as typed since the field was last left, or while invalid.
    let utkast = RwSignal::new(None::<String>);
    let fel = RwSignal::new(None::<&'static str>);
    let markera = crate::ui::komponenter::falt::ogiltigmarkering(id.clone());
    let prova = move |text: &str| -> Result<Decimal, &'static str> {
        let v = tal::tolka(text).map_err(|e| if e == OGILTIGT_TAL { ogiltigt.unwrap_or(e) } else { e })?.ok_or(tomt)?;
        match kontroll.and_then(|k| k(v)) {
            Some(meddelande) => Err(meddelande),
            None => Ok(v),
        }
    };
    let beskrivning = beskrivning(&id, hjalp.is_some(), fel.into());
    // Which value still counts while the text is not one.
    let gallande = Signal::derive(move || {
        if visa_gallande && fel.get().is_some() {
            format!(" Räknar med {} tills du rättar.", visa(varde.get()))
        } else {
            String::new()
        }
    });
    view! {
        <Faltram id=id.clone() etikett fel hjalp tillagg=Some(gallande)>
            <input
                id=id.clone()
                type="text"
                inputmode="decimal"
                class="tal"
                aria-invalid=ogiltig(fel.into())
                aria-describedby=beskrivning
                prop:value=move || utkast.get().unwrap_or_else(|| visa(varde.get()))
                on:input:target=move |ev| {
                    let text = ev.target().value();
                    match prova(&text) {
                        Ok(v) => {
                            fel.set(None);
                            ange.run(v);
                        }
                        Err(meddelande) => fel.set(Some(meddelande)),
                    }
                    markera(fel.get_untracked().is_some());
                    utkast.set(Some(text));
                }
                on:blur=move |_| {
                    // A valid entry is shown back in the app's own form.
                    if fel.get_untracked().is_none() {
                        utkast.set(None);
                    }
                }
            />
        </Faltram>
    }
}

/// The drafts of one grid row, by year: cells whose text is not (yet) a
/// number. Kept by the row, so a pasted row can mark any of its cells.
pub type Utkast = RwSignal<BTreeMap<u32, String>>;

/// Writes the values of a pasted spreadsheet row from year `fran` on: valid
/// ones to the store through `ange`, invalid ones as drafts. Values past the
/// last year are dropped; the count of them is returned.
pub fn klistra_in(
    fran: u32,
    varden: Vec<String>,
    ar: u32,
    utkast: Utkast,
    tomt: Decimal,
    ange: Callback<(u32, Decimal)>,
) -> usize {
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
                ange.run((t, v.unwrap_or(tomt)));
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
    ange: Callback<(u32, Decimal)>,
    /// The unit shown after the value ("kr", "h", "%"); the row's Enhet
    /// column says it to a screen reader.
    #[prop(optional)]
    enhet: Option<Signal<&'static str>>,
    /// Whether the valuation counts this year as 0 because the value is too
    /// large (`Radvardering::for_stort`): said at the cell.
    #[prop(optional)]
    for_stort: Option<Signal<bool>>,
) -> impl IntoView {
    let ogiltig = move || utkast.with(|u| u.get(&t).is_some_and(|text| tal::tolka(text).is_err()));
    let markera = crate::ui::komponenter::falt::ogiltigmarkering(id.clone());
    let for_stort = move || !ogiltig() && for_stort.is_some_and(|f| f.get());
    let har_fel = move || ogiltig() || for_stort();
    let enhetstext = move || enhet.map(|e| e.get()).unwrap_or("");
    // Which value the valuation uses while the cell's text is not a number.
    let raknas_som = move || {
        let v = varde.get();
        let enhet = enhetstext();
        let text = tal::formatera(v);
        if enhet.is_empty() {
            format!("Räknas som {text}.")
        } else {
            format!("Räknas som {text}\u{a0}{enhet}.")
        }
    };
    let fel_id = format!("{id}-fel");
    let meddelande = RwSignal::new(None::<String>);
    view! {
        <input
            id=id.clone()
            type="text"
            inputmode="decimal"
            class="cell"
            aria-label=move || etikett.get()
            aria-invalid=move || har_fel().then_some("true")
            aria-describedby={
                let fel_id = fel_id.clone();
                move || har_fel().then(|| fel_id.clone())
            }
            prop:value=move || utkast.with(|u| u.get(&t).cloned()).unwrap_or_else(|| visa(varde.get()))
            on:input:target=move |ev| {
                let text = ev.target().value();
                let giltig = tal::tolka(&text).map(|v| ange.run((t, v.unwrap_or(tomt)))).is_ok();
                markera(!giltig);
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
                    let utanfor = klistra_in(t, varden, ar.get_untracked(), utkast, tomt, ange);
                    meddelande.set((utanfor > 0).then(|| {
                        format!("{utanfor} värden efter kalkylperiodens sista år klistrades inte in.")
                    }));
                }
            }
        />
        {move || {
            let e = enhetstext();
            (!e.is_empty()).then(|| view! { <span class="cellenhet" aria-hidden="true">{e}</span> })
        }}
        // Only when there is something to say: a grid has thousands of cells.
        {
            let fel_id = fel_id.clone();
            move || ogiltig().then(|| view! {
                <span class="cellfel" id=fel_id.clone()>{OGILTIGT_TAL}" "<span class="raknas">{raknas_som}</span></span>
            })
        }
        {move || for_stort().then(|| view! {
            <span class="cellfel" id=fel_id.clone()>{crate::vardering::for_stort_meddelande()}</span>
        })}
        {move || meddelande.get().map(|m| view! { <span class="cellinfo" role="status">{m}</span> })}
    }
}
