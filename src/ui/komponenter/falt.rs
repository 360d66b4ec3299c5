//! Labelled form controls that show the domain's message at the field.
//!
//! A message appears once the user has left the field, or when the step asks
//! to show everything that is missing; never while the user is still typing
//! a first value.

use crate::ui::komponenter::faltram::{beskrivning, etikettrad, fel_id, ogiltig, Faltram, Felrad};
use leptos::prelude::*;
use reactive_stores::Field;

/// Whether a step shows every message at once ("Visa vad som saknas").
#[derive(Clone, Copy)]
pub struct VisaAllaFel(pub RwSignal<bool>);

/// The ids of the open step's fields whose text is not a value that can be
/// stored ("ca 900"): the stepper does not call the step complete while
/// any is, since what is typed there does not count.
#[derive(Clone, Copy)]
pub struct OgiltigaFalt(pub RwSignal<std::collections::BTreeSet<String>>);

/// Lets a field report whether its text is invalid (`OgiltigaFalt`); the
/// mark goes when the field does. Call in the component, use the result in
/// its handlers.
pub fn ogiltigmarkering(id: String) -> impl Fn(bool) + Clone + Send + Sync + 'static {
    let ogiltiga = use_context::<OgiltigaFalt>().map(|o| o.0);
    if let Some(o) = ogiltiga {
        let id = id.clone();
        on_cleanup(move || {
            o.try_update(|s| s.remove(&id));
        });
    }
    move |ogiltig: bool| {
        if let Some(o) = ogiltiga {
            if o.with_untracked(|s| s.contains(&id)) != ogiltig {
                o.update(|s| {
                    if ogiltig {
                        s.insert(id.clone());
                    } else {
                        s.remove(&id);
                    }
                });
            }
        }
    }
}

/// The message to show: once the field was left (`rord`) or the step asks
/// for all messages.
pub fn synligt(fel: Signal<Option<&'static str>>, rord: RwSignal<bool>) -> Signal<Option<&'static str>> {
    let visa_alla = use_context::<VisaAllaFel>().map(|v| v.0);
    Signal::derive(move || {
        let visa = rord.get() || visa_alla.map(|v| v.get()).unwrap_or(false);
        if visa {
            fel.get()
        } else {
            None
        }
    })
}

/// A one-line text, date or multi-line text field bound to a `Field<String>`.
#[component]
pub fn Textfalt(
    /// A String so rows can use ids made from their row id.
    #[prop(into)]
    id: String,
    etikett: &'static str,
    #[prop(into)] varde: Field<String>,
    #[prop(into)] fel: Signal<Option<&'static str>>,
    #[prop(optional)] hjalp: Option<&'static str>,
    #[prop(optional)] kravs: bool,
    #[prop(optional)] flerradig: bool,
    #[prop(default = "text")] typ: &'static str,
) -> impl IntoView {
    let rord = RwSignal::new(false);
    let synligt_fel = synligt(fel, rord);
    // What the two kinds of control share, spread onto whichever it is.
    let delat = view! {
        <{..}
            id=id.clone()
            aria-required=kravs.then_some("true")
            aria-invalid=ogiltig(synligt_fel)
            aria-describedby=beskrivning(&id, hjalp.is_some(), synligt_fel)
            prop:value=move || varde.try_get().unwrap_or_default()
            on:input=move |ev| varde.set(event_target_value(&ev))
            on:blur=move |_| rord.set(true)
        />
    };
    let kontroll = if flerradig {
        view! { <textarea {..delat} rows="4"></textarea> }.into_any()
    } else {
        view! { <input {..delat} type=typ /> }.into_any()
    };
    view! { <Faltram id etikett fel=synligt_fel hjalp kravs>{kontroll}</Faltram> }
}

/// A group of checkboxes choosing names from a list.
#[component]
pub fn Flerval(
    id: &'static str,
    etikett: &'static str,
    alternativ: Vec<String>,
    #[prop(into)] valda: Field<Vec<String>>,
    #[prop(into)] fel: Signal<Option<&'static str>>,
    #[prop(optional)] kravs: bool,
) -> impl IntoView {
    let rord = RwSignal::new(false);
    let synligt_fel = synligt(fel, rord);
    let rutor = alternativ
        .into_iter()
        .enumerate()
        .map(|(i, namn)| {
            let ruta_id = format!("{id}-{i}");
            let for_markering = namn.clone();
            let for_andring = namn.clone();
            view! {
                <div class="kryssruta">
                    <input
                        type="checkbox"
                        id=ruta_id.clone()
                        prop:checked=move || valda.read().contains(&for_markering)
                        on:change:target=move |ev| {
                            let markerad = ev.target().checked();
                            let namn = for_andring.clone();
                            valda.update(|v| {
                                v.retain(|s| *s != namn);
                                if markerad {
                                    v.push(namn);
                                }
                            });
                            rord.set(true);
                        }
                    />
                    <label for=ruta_id>{namn}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset
            class="falt"
            class:falt-fel=move || synligt_fel.get().is_some()
            aria-describedby=beskrivning(id, false, synligt_fel)
        >
            <legend>{etikettrad(etikett, kravs)}</legend>
            {rutor}
            <Felrad id=fel_id(id) fel=synligt_fel />
        </fieldset>
    }
}
