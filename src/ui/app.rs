//! The shell: header, routes, footer.

use super::{fallvy::FallVy, startsida::Startsida, tillganglighet::Tillganglighet};
use leptos::prelude::*;
use leptos_router::{
    components::{Route, Router, Routes, A},
    path,
};

/// The path the app is published under ("" at the root, "/forstudie" under a
/// sub-path), read from the `<base>` Trunk writes, so one build serves where
/// it was built for and routes and reloads resolve against it.
fn bas() -> String {
    let bas = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|uri| web_sys::Url::new(&uri).ok())
        .map(|url| url.pathname())
        .unwrap_or_default();
    bas.trim_end_matches('/').to_string()
}

#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router base=bas()>
            <a class="hoppa" href="#huvudinnehall">"Hoppa till innehållet"</a>
            <header class="sidhuvud">
                <A href="/" attr:class="varumarke">"Förstudie och nyttovärdering"</A>
                <span class="sidhuvud-info">"Allt sparas bara i den här webbläsaren"</span>
            </header>
            <main id="huvudinnehall" tabindex="-1">
                <Routes fallback=|| view! { <SidanFinnsInte /> }>
                    <Route path=path!("/") view=Startsida />
                    <Route path=path!("/fall/:id/:steg") view=FallVy />
                    <Route path=path!("/fall/:id") view=FallVy />
                    <Route path=path!("/tillganglighet") view=Tillganglighet />
                </Routes>
            </main>
            <footer class="sidfot">
                <A href="/tillganglighet">"Tillgänglighetsredogörelse"</A>
                <span>" · Förstudien lämnar aldrig webbläsaren förutom som fil du själv exporterar."</span>
            </footer>
        </Router>
    }
}

#[component]
fn SidanFinnsInte() -> impl IntoView {
    view! {
        <section class="sida">
            <h1>"Sidan finns inte"</h1>
            <p><A href="/">"Till startsidan"</A></p>
        </section>
    }
}
