//! The app's paths: the base it is published under and in-app links. Pages
//! import `lank` from here, never from the shell (app.rs), which imports the
//! pages.

use leptos::prelude::*;

/// The path the app is published under ("" at the root, "/forstudie" under a
/// sub-path), read from the `<base>` Trunk writes, so one build serves where
/// it was built for and routes and reloads resolve against it.
pub fn bas() -> String {
    let bas = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|uri| web_sys::Url::new(&uri).ok())
        .map(|url| url.pathname())
        .unwrap_or_default();
    bas.trim_end_matches('/').to_string()
}

/// The base path, for links: `<A>` loses the router's base in some
/// navigations (after history moves, outside a matched route), so the app's
/// links are plain anchors with the base written out. The router still
/// handles their clicks within the page.
#[derive(Clone)]
pub struct Bas(pub String);

/// An in-app path ("/fall/…") as an href under the base.
pub fn lank(sokvag: &str) -> String {
    let bas = use_context::<Bas>().map(|b| b.0).unwrap_or_default();
    format!("{bas}{sokvag}")
}
