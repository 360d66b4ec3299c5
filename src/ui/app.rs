//! The shell: header, routes, footer.

use super::sidor::effektplan_utskrift::EffektplanUtskrift;
use super::sidor::fallvy::FallVy;
use super::sidor::modellsida::Modellsida;
use super::sidor::portfolj::Portfoljsida;
use super::sidor::startsida::Startsida;
use super::sidor::tillganglighet::Tillganglighet;
use super::sidor::vardermodellsida::Vardermodellsida;
use super::vagar::{bas, Bas};
use crate::model::Vardermodell;
use leptos::prelude::*;
use leptos_router::{
    components::{Route, Router, Routes},
    lazy_route, path, Lazy, LazyRoute,
};

/// A page whose code is a wasm part of its own, loaded when its route is
/// first visited (scripts/dela_wasm.mjs splits the build): the start page
/// loads only the shell and its own code. Each page's component stays as it
/// is; the route names a unit type whose `view` is the split point.
macro_rules! lat_sida {
    ($typ:ident, $komponent:ident) => {
        struct $typ;

        #[lazy_route]
        impl LazyRoute for $typ {
            fn data() -> Self {
                $typ
            }

            fn view(_this: Self) -> AnyView {
                view! { <$komponent /> }.into_any()
            }
        }
    };
}

lat_sida!(FallVyDel, FallVy);
lat_sida!(UtskriftDel, EffektplanUtskrift);
lat_sida!(TillganglighetDel, Tillganglighet);
lat_sida!(ModellDel, Modellsida);
lat_sida!(PortfoljDel, Portfoljsida);
lat_sida!(VardermodellDel, Vardermodellsida);

/// Starts fetching the wasm part of the page a deep link opens, before the
/// app is mounted (`ui::start`): its download overlaps the shell's own
/// start instead of following it. The paths are the routes' below.
pub fn forladda_sidan(sokvag: &str) {
    let bas = bas();
    let sida = sokvag.strip_prefix(bas.as_str()).unwrap_or(sokvag);
    let forladdning: Option<std::pin::Pin<Box<dyn std::future::Future<Output = ()>>>> = match sida {
        s if s.starts_with("/fall/") && s.ends_with("/utskrift") => Some(Box::pin(UtskriftDel::preload())),
        s if s.starts_with("/fall/") => Some(Box::pin(FallVyDel::preload())),
        "/portfolj" => Some(Box::pin(PortfoljDel::preload())),
        "/vardermodell" => Some(Box::pin(VardermodellDel::preload())),
        "/modell" => Some(Box::pin(ModellDel::preload())),
        "/tillganglighet" => Some(Box::pin(TillganglighetDel::preload())),
        _ => None,
    };
    if let Some(f) = forladdning {
        wasm_bindgen_futures::spawn_local(f);
    }
}

/// `lagrad`: the model loaded in this browser, read before the app shows
/// (`aktiv_modell::las_lagrad`).
#[component]
pub fn App(lagrad: Option<Result<Vardermodell, String>>) -> impl IntoView {
    let bas = bas();
    provide_context(Bas(bas.clone()));
    let aktiv = super::aktiv_modell::tillhandahall();
    aktiv.starta(lagrad);
    let hem = format!("{bas}/");
    let redogorelse = format!("{bas}/tillganglighet");
    let modell = format!("{bas}/modell");
    let portfolj = format!("{bas}/portfolj");
    let vardermodell = format!("{bas}/vardermodell");
    let hem_igen = hem.clone();
    view! {
        <Router base=bas>
            <a class="hoppa" href="#huvudinnehall" on:click=hoppa_till_innehallet>"Hoppa till innehållet"</a>
            <header class="sidhuvud">
                <a href=hem class="varumarke">"Förstudie och nyttovärdering"</a>
                <a href=portfolj class="sidhuvud-lank">"Portfölj (värderingsteamet)"</a>
                <a href=vardermodell class="sidhuvud-lank">"Värderingsmodell"</a>
                <span class="sidhuvud-info">"Allt sparas bara i den här webbläsaren"</span>
            </header>
            // A model file that could not be used is said on every page; the
            // app goes on with the model named in the message.
            <div class="modellbanner" role="alert" hidden=move || aktiv.meddelande.with(|m| m.is_none())>
                {move || aktiv.meddelande.get()}
            </div>
            <main id="huvudinnehall" tabindex="-1">
                <Routes fallback=move || view! { <SidanFinnsInte hem=hem_igen.clone() /> }>
                    <Route path=path!("/") view=Startsida />
                    <Route path=path!("/fall/:id/:steg") view={Lazy::<FallVyDel>::new()} />
                    <Route path=path!("/fall/:id") view={Lazy::<FallVyDel>::new()} />
                    <Route path=path!("/fall/:id/effekthemtagningsplan/utskrift") view={Lazy::<UtskriftDel>::new()} />
                    <Route path=path!("/tillganglighet") view={Lazy::<TillganglighetDel>::new()} />
                    <Route path=path!("/modell") view={Lazy::<ModellDel>::new()} />
                    <Route path=path!("/portfolj") view={Lazy::<PortfoljDel>::new()} />
                    <Route path=path!("/vardermodell") view={Lazy::<VardermodellDel>::new()} />
                </Routes>
            </main>
            <footer class="sidfot">
                <a href=redogorelse>"Tillgänglighetsredogörelse"</a>
                " · "
                <a href=modell>"Så räknar värderingen"</a>
                <span>" · Förstudien lämnar aldrig webbläsaren förutom som fil du själv exporterar."</span>
            </footer>
        </Router>
    }
}

/// The router would treat "#huvudinnehall" as a navigation; the skip link
/// only has to move focus to the content.
fn hoppa_till_innehallet(ev: leptos::ev::MouseEvent) {
    use wasm_bindgen::JsCast;
    ev.prevent_default();
    let main = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("huvudinnehall"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(main) = main {
        let _ = main.focus();
    }
}

#[component]
fn SidanFinnsInte(hem: String) -> impl IntoView {
    view! {
        <section class="sida">
            <h1>"Sidan finns inte"</h1>
            <p><a href=hem>"Till startsidan"</a></p>
        </section>
    }
}
