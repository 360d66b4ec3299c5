//! The frame every labelled field shares: label (with the required mark),
//! help text, the control, and the message at the field, with the ids the
//! control's `aria-describedby` points to. The fields (`falt`, `kontroller`,
//! `talfalt`, `namnval`) put their control inside `Faltram` and take its aria
//! from `ogiltig` and `beskrivning`, so a frame and its control always agree.

use leptos::prelude::*;

/// The id of a field's help text.
pub fn hjalp_id(id: &str) -> String {
    format!("{id}-hjalp")
}

/// The id of a field's message.
pub fn fel_id(id: &str) -> String {
    format!("{id}-fel")
}

/// A control's `aria-describedby`: its help text (`{id}-hjalp`) when it has
/// one, and its message (`{id}-fel`) while the message shows.
pub fn beskrivning(
    id: &str,
    hjalp: bool,
    fel: Signal<Option<&'static str>>,
) -> impl Fn() -> Option<String> + Clone + Send + Sync + 'static {
    let (hjalp_id, fel_id) = (hjalp_id(id), fel_id(id));
    move || {
        let mut ids = Vec::new();
        if hjalp {
            ids.push(hjalp_id.clone());
        }
        if fel.get().is_some() {
            ids.push(fel_id.clone());
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

/// A control's `aria-invalid`: "true" while its message shows.
pub fn ogiltig(fel: Signal<Option<&'static str>>) -> impl Fn() -> Option<&'static str> + Copy + Send + Sync + 'static {
    move || fel.get().is_some().then_some("true")
}

/// A label's or legend's text, with " *" for a required field (hidden from
/// screen readers, which hear `aria-required`).
pub fn etikettrad(etikett: &'static str, kravs: bool) -> impl IntoView {
    view! {
        {etikett}
        {kravs.then(|| view! { <span class="krav" aria-hidden="true">" *"</span> })}
    }
}

/// The message at a field, hidden while there is none; `tillagg` follows it
/// (which value still counts, say).
#[component]
pub fn Felrad(
    #[prop(into)] id: String,
    #[prop(into)] fel: Signal<Option<&'static str>>,
    #[prop(default = None)] tillagg: Option<Signal<String>>,
) -> impl IntoView {
    view! {
        <p class="felmeddelande" id=id hidden=move || fel.get().is_none()>
            {move || fel.get().unwrap_or_default()}
            {tillagg.map(|t| move || t.get())}
        </p>
    }
}

/// A labelled field around its control (`children`): `<div class="falt">`,
/// red while `fel` shows.
#[component]
pub fn Faltram(
    #[prop(into)] id: String,
    etikett: &'static str,
    #[prop(into)] fel: Signal<Option<&'static str>>,
    /// Passed as an Option, so a field hands its own on.
    #[prop(default = None)]
    hjalp: Option<&'static str>,
    #[prop(optional)] kravs: bool,
    /// A class besides `falt`.
    #[prop(optional)]
    klass: Option<&'static str>,
    #[prop(default = None)] tillagg: Option<Signal<String>>,
    children: Children,
) -> impl IntoView {
    let klass = klass.map_or_else(|| "falt".to_string(), |k| format!("falt {k}"));
    view! {
        <div class=klass class:falt-fel=move || fel.get().is_some()>
            <label for=id.clone()>{etikettrad(etikett, kravs)}</label>
            {hjalp.map(|h| view! { <p class="hjalptext" id=hjalp_id(&id)>{h}</p> })}
            {children()}
            <Felrad id=fel_id(&id) fel tillagg />
        </div>
    }
}
