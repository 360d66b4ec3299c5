//! What the app's modal dialogs share.

use leptos::ev::Event;
use wasm_bindgen::JsCast;

/// Whether a dialog's `close` event means it is closed now. The browser
/// queues the event: after Escape, a quick Enter on the button that opens
/// the dialog can open it again before the event arrives, and that stale
/// event must not close the dialog the user just opened.
pub fn stangd(ev: &Event) -> bool {
    ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlDialogElement>().ok()).is_none_or(|d| !d.open())
}
