//! Labelled controls the row-based steps need besides `Textfalt`: a choice
//! list, a checkbox, a whole-number field and a list-level message. Ids are
//! Strings because rows build them from their row id.

use crate::ui::komponenter::falt::VisaAllaFel;
use crate::ui::komponenter::faltram::{beskrivning, ogiltig, Faltram};
use leptos::prelude::*;
use reactive_stores::Field;

/// A `<select>`; `alternativ` are (value, text) pairs.
#[component]
pub fn Valfalt(
    #[prop(into)] id: String,
    etikett: &'static str,
    #[prop(into)] alternativ: Signal<Vec<(String, String)>>,
    #[prop(into)] valt: Signal<String>,
    pa_val: Callback<String>,
    #[prop(into, optional)] fel: Option<Signal<Option<&'static str>>>,
) -> impl IntoView {
    let fel = fel.unwrap_or_else(|| Signal::derive(|| None));
    view! {
        <Faltram id=id.clone() etikett fel>
            <select
                id=id.clone()
                aria-invalid=ogiltig(fel)
                aria-describedby=beskrivning(&id, false, fel)
                on:change:target=move |ev| pa_val.run(ev.target().value())
            >
                {move || {
                    let valt = valt.get();
                    let mut lista = alternativ.get();
                    // A value not offered (a removed category) is shown as
                    // such rather than silently replaced by the first option.
                    if !lista.iter().any(|(kod, _)| *kod == valt) {
                        lista.insert(0, (valt.clone(), "– välj –".to_string()));
                    }
                    lista
                        .into_iter()
                        .map(|(kod, text)| {
                            let vald = kod == valt;
                            view! { <option value=kod selected=vald>{text}</option> }
                        })
                        .collect_view()
                }}
            </select>
        </Faltram>
    }
}

#[component]
pub fn Kryssfalt(#[prop(into)] id: String, etikett: &'static str, #[prop(into)] varde: Field<bool>) -> impl IntoView {
    view! {
        <div class="kryssruta">
            <input
                type="checkbox"
                id=id.clone()
                prop:checked=move || varde.try_get().unwrap_or_default()
                on:change:target=move |ev| varde.set(ev.target().checked())
            />
            <label for=id>{etikett}</label>
        </div>
    }
}

/// A whole number that may be left empty. What cannot be read as a number
/// is kept in the field with a message and not stored.
#[component]
pub fn Heltalsfalt(
    #[prop(into)] id: String,
    etikett: &'static str,
    #[prop(into)] varde: Field<Option<u64>>,
    #[prop(optional)] hjalp: Option<&'static str>,
) -> impl IntoView {
    // Shown with thousands apart ("12 000"), like every number in the app.
    let text = RwSignal::new(varde.get_untracked().map(|v| crate::model::tal::formatera(v.into())).unwrap_or_default());
    let fel = RwSignal::new(None::<&'static str>);
    let beskrivning = beskrivning(&id, hjalp.is_some(), fel.into());
    let markera = crate::ui::komponenter::falt::ogiltigmarkering(id.clone());
    let las = move |ny: String| {
        // Spaces group thousands in Swedish ("12 000").
        let rent: String = ny.chars().filter(|c| !c.is_whitespace()).collect();
        if rent.is_empty() {
            varde.set(None);
            fel.set(None);
        } else if let Ok(tal) = rent.parse::<u64>() {
            varde.set(Some(tal));
            fel.set(None);
        } else {
            fel.set(Some("Skriv bara siffror, till exempel 1 200 (inte ”ca 1 200”). Texten sparas inte, och steget är inte klart förrän fältet har ett heltal eller är tomt."));
        }
        markera(fel.get_untracked().is_some());
        text.set(ny);
    };
    view! {
        <Faltram id=id.clone() etikett fel hjalp>
            <input
                id=id.clone()
                type="text"
                inputmode="numeric"
                aria-invalid=ogiltig(fel.into())
                aria-describedby=beskrivning
                prop:value=move || text.get()
                on:input:target=move |ev| las(ev.target().value())
            />
        </Faltram>
    }
}

/// A message about the whole list ("Lägg till minst en …"), shown once the
/// user asks what is missing, so an empty new step does not start in red.
#[component]
pub fn Listmeddelande(#[prop(into)] fel: Signal<Option<&'static str>>) -> impl IntoView {
    let visa_alla = use_context::<VisaAllaFel>().map(|v| v.0);
    let synligt = move || if visa_alla.map(|v| v.get()).unwrap_or(false) { fel.get() } else { None };
    view! {
        <p class="felmeddelande" hidden=move || synligt().is_none()>{move || synligt().unwrap_or_default()}</p>
    }
}

/// The message for one field out of a step's `brister()`.
pub fn felsignal<F>(brister: Memo<Vec<crate::model::validering::Brist<F>>>, falt: F) -> Signal<Option<&'static str>>
where
    F: PartialEq + Send + Sync + 'static,
{
    Signal::derive(move || brister.with(|b| b.iter().find(|x| x.falt == falt).map(|x| x.meddelande)))
}

/// A decimal number typed the Swedish way ("7,5"). What cannot be read is
/// kept in the field with a message and not stored; `fel` adds the domain's
/// message (a negative time, say).
#[component]
pub fn Decimalfalt(
    #[prop(into)] id: String,
    etikett: &'static str,
    #[prop(into)] varde: Field<rust_decimal::Decimal>,
    #[prop(into, optional)] fel: Option<Signal<Option<&'static str>>>,
) -> impl IntoView {
    use crate::model::tal;
    let fel = fel.unwrap_or_else(|| Signal::derive(|| None));
    let text = RwSignal::new(tal::formatera(varde.get_untracked()));
    let lasfel = RwSignal::new(None::<&'static str>);
    let synligt = Signal::derive(move || lasfel.get().or_else(|| fel.get()));
    let las = move |ny: String| {
        match tal::tolka(&ny) {
            Ok(tal) => {
                varde.set(tal.unwrap_or_default());
                lasfel.set(None);
            }
            Err(meddelande) => lasfel.set(Some(meddelande)),
        }
        text.set(ny);
    };
    view! {
        <Faltram id=id.clone() etikett fel=synligt>
            <input
                id=id.clone()
                type="text"
                inputmode="decimal"
                aria-invalid=ogiltig(synligt)
                aria-describedby=beskrivning(&id, false, synligt)
                prop:value=move || text.get()
                on:input:target=move |ev| las(ev.target().value())
            />
        </Faltram>
    }
}
