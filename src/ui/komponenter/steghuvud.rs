//! The head every step opens with: its heading, which the case view names
//! the step's section by and moves the focus to (`STEGRUBRIK`), and the
//! introduction under it.

use leptos::prelude::*;

/// The id of the open step's heading.
pub const STEGRUBRIK: &str = "stegrubrik";

/// A step's heading and its introduction (`children`, the text).
#[component]
pub fn Steghuvud(rubrik: &'static str, children: Children) -> impl IntoView {
    view! {
        <h2 id=STEGRUBRIK>{rubrik}</h2>
        <p class="ingress">{children()}</p>
    }
}
