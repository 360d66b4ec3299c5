//! Förvaltning and nämnd chosen from the värderingsmodell's lists, with
//! "Annan …" to name one the list lacks (a text field appears; the portfolio
//! then flags the case). A model without lists (the built-in default) keeps
//! free text. Which name is in the list is the domain's rule
//! (src/model/namnlista.rs: spelling, case, spaces and the model's aliases).

use crate::model::Vardermodell;
use crate::ui::aktiv_modell::aktiv_modell;
use crate::ui::komponenter::falt::{synligt, Textfalt};
use crate::ui::komponenter::faltram::{beskrivning, ogiltig, Faltram};
use leptos::prelude::*;
use reactive_stores::Field;

/// The select's value for "Annan …": never a name.
const ANNAN: &str = "\u{1}annan";

/// Which nämnder or förvaltningar a control offers.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Lista {
    Namnder,
    Forvaltningar,
}

impl Lista {
    fn namn(self, modell: RwSignal<Vardermodell>) -> Signal<Vec<String>> {
        Signal::derive(move || {
            modell.with(|m| match self {
                Lista::Namnder => m.namnder.clone(),
                Lista::Forvaltningar => m.forvaltningar.iter().map(|f| f.namn.clone()).collect(),
            })
        })
    }

    /// The list's spelling of `text`, if the list has it.
    fn ur_listan(self, modell: RwSignal<Vardermodell>, text: &str) -> Option<String> {
        modell.with_untracked(|m| match self {
            Lista::Namnder => m.namnd_ur_listan(text).map(String::from),
            Lista::Forvaltningar => m.forvaltning_ur_listan(text).map(|f| f.namn.clone()),
        })
    }
}

/// What the select shows for a stored name.
fn valt(lista: Lista, modell: RwSignal<Vardermodell>, text: &str, annan: bool) -> String {
    if text.trim().is_empty() {
        return if annan { ANNAN.into() } else { String::new() };
    }
    // Tracked, so a model loaded later redraws the choice.
    modell.track();
    lista.ur_listan(modell, text).unwrap_or_else(|| ANNAN.into())
}

/// The select's options: "Välj …", the list, "Annan …".
fn alternativ(
    namn: Signal<Vec<String>>,
    vald: impl Fn() -> String + Copy + Send + Sync + 'static,
    annan_text: &'static str,
) -> impl IntoView {
    view! {
        <option value="" prop:selected=move || vald().is_empty()>"Välj …"</option>
        {move || namn.get().into_iter().map(|n| {
            let (jamfor, varde) = (n.clone(), n.clone());
            view! { <option value=varde prop:selected=move || vald() == jamfor>{n}</option> }
        }).collect_view()}
        <option value=ANNAN prop:selected=move || vald() == ANNAN>{annan_text}</option>
    }
}

/// Step 1's förvaltning or nämnd: a labelled select from the model's list
/// with "Annan …", or free text when the model has no list.
#[component]
pub fn Namnval(
    id: &'static str,
    etikett: &'static str,
    lista: Lista,
    #[prop(into)] varde: Field<String>,
    #[prop(into)] fel: Signal<Option<&'static str>>,
    #[prop(optional)] kravs: bool,
    /// Called with the list's name when one is chosen.
    #[prop(optional)]
    vid_val: Option<Callback<String>>,
) -> impl IntoView {
    let modell = aktiv_modell().modell;
    let namn = lista.namn(modell);
    let har_lista = Memo::new(move |_| namn.with(|n| !n.is_empty()));
    move || {
        if !har_lista.get() {
            return view! { <Textfalt id etikett kravs varde fel /> }.into_any();
        }
        let annan = RwSignal::new(false);
        let rord = RwSignal::new(false);
        let synligt_fel = synligt(fel, rord);
        let vald = move || valt(lista, modell, &varde.get(), annan.get());
        let annan_id = format!("{id}-annan");
        let byt = move |v: String| {
            if v == ANNAN {
                annan.set(true);
                if lista.ur_listan(modell, &varde.get_untracked()).is_some() {
                    varde.set(String::new());
                }
                // The field to write the name in appears; focus goes there.
                request_animation_frame(move || {
                    if let Some(f) = document().get_element_by_id(&format!("{id}-annan")) {
                        use wasm_bindgen::JsCast;
                        let _ = f.dyn_into::<web_sys::HtmlElement>().map(|f| f.focus());
                    }
                });
            } else {
                annan.set(false);
                varde.set(v.clone());
                if let (Some(cb), false) = (vid_val, v.is_empty()) {
                    cb.run(v);
                }
            }
        };
        view! {
            <Faltram id etikett fel=synligt_fel kravs klass="namnval"
                hjalp=Some("Ur värderingsmodellens lista. Saknas den: välj ”Annan …” och skriv namnet.")>
                <select id=id aria-required=kravs.then_some("true")
                    aria-invalid=ogiltig(synligt_fel)
                    aria-describedby=beskrivning(id, true, synligt_fel)
                    on:change:target=move |ev| byt(ev.target().value())
                    on:blur=move |_| rord.set(true)>
                    {alternativ(namn, vald, "Annan … (skriv namnet)")}
                </select>
                {move || (vald() == ANNAN).then(|| view! {
                    <label for=annan_id.clone() class="namnval-annan">{format!("{etikett} som inte finns i listan")}</label>
                    <input type="text" id=annan_id.clone()
                        prop:value=move || varde.try_get().unwrap_or_default()
                        on:input:target=move |ev| varde.set(ev.target().value())
                        on:blur=move |_| rord.set(true) />
                })}
            </Faltram>
        }
        .into_any()
    }
}

/// A step 8 line's nämnd: the model's list with "Annan …", or free text
/// with the case's nämnder suggested (`#namndlista`) when there is no list.
#[component]
pub fn NamndCell(id: String, #[prop(into)] namnd: Field<String>) -> impl IntoView {
    let modell = aktiv_modell().modell;
    let namn = Lista::Namnder.namn(modell);
    let har_lista = Memo::new(move |_| namn.with(|n| !n.is_empty()));
    move || {
        let id = id.clone();
        if !har_lista.get() {
            return view! {
                <input type="text" id=format!("{id}-namnd") aria-label="Nämnd" list="namndlista"
                    prop:value=move || namnd.try_get().unwrap_or_default() on:input:target=move |ev| namnd.set(ev.target().value()) />
            }
            .into_any();
        }
        let annan = RwSignal::new(false);
        let vald = move || valt(Lista::Namnder, modell, &namnd.try_get().unwrap_or_default(), annan.get());
        let byt = move |v: String| {
            if v == ANNAN {
                annan.set(true);
                if Lista::Namnder.ur_listan(modell, &namnd.get_untracked()).is_some() {
                    namnd.set(String::new());
                }
            } else {
                annan.set(false);
                namnd.set(v);
            }
        };
        view! {
            <select id=format!("{id}-namnd") aria-label="Nämnd" on:change:target=move |ev| byt(ev.target().value())>
                {alternativ(namn, vald, "Annan …")}
            </select>
            {move || (vald() == ANNAN).then(|| view! {
                <input type="text" id=format!("{id}-namnd-annan") class="namnval-annan" aria-label="Nämnd som inte finns i listan"
                    prop:value=move || namnd.try_get().unwrap_or_default() on:input:target=move |ev| namnd.set(ev.target().value()) />
            })}
        }
        .into_any()
    }
}
