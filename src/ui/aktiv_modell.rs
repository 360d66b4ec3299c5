//! The värderingsmodell this browser uses: the built-in default until the
//! deployment's `vardermodell.json` or a model file the user loaded says
//! otherwise. Provided once at the root; pages read it with `aktiv_modell()`.
//!
//! Order: a model the user loaded in this browser (local storage, its own
//! key) wins; else the deployment's `vardermodell.json` beside index.html,
//! fetched once at start while the app already runs with the default; else
//! the default. A file that cannot be used leaves the default (or the loaded
//! model) in force with a message on every page.

use crate::lagring::Lagring;
use crate::model::modellfil::{las_modell, skriv_modell};
use crate::model::Vardermodell;
use crate::ui::webblasare::webblagring::lagring;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Where the active model came from, so the page can say so.
#[derive(Clone, Debug, PartialEq)]
pub enum Modellkalla {
    /// No model file: the handbook's default built into the app.
    Inbyggd,
    /// `vardermodell.json` beside index.html.
    Server,
    /// A file the user loaded in this browser.
    Inlast,
}

impl Modellkalla {
    /// "inbyggd i appen", as the page says where the model is from.
    pub fn beskrivning(&self) -> &'static str {
        match self {
            Modellkalla::Inbyggd => "inbyggd i appen",
            Modellkalla::Server => "publicerad av kommunen tillsammans med appen (vardermodell.json)",
            Modellkalla::Inlast => "inläst från en fil i den här webbläsaren",
        }
    }
}

/// The local-storage key of a model loaded in this browser (never a case's:
/// cases live under `lagring::NYCKELPREFIX`).
pub const MODELLNYCKEL: &str = "forstudie.vardermodell";
/// The deployment's model, relative to the `<base>` (beside index.html).
pub const MODELLFIL: &str = "vardermodell.json";

#[derive(Clone, Copy)]
pub struct AktivModell {
    pub modell: RwSignal<Vardermodell>,
    pub kalla: RwSignal<Modellkalla>,
    /// A Swedish message when a model file could not be used (the default
    /// is then in use).
    pub meddelande: RwSignal<Option<String>>,
    /// The deployment's model, once fetched and usable.
    pub server: RwSignal<Option<Vardermodell>>,
}

/// Puts the built-in model in context; called once by the root component.
pub fn tillhandahall() -> AktivModell {
    let aktiv = AktivModell {
        modell: RwSignal::new(Vardermodell::default()),
        kalla: RwSignal::new(Modellkalla::Inbyggd),
        meddelande: RwSignal::new(None),
        server: RwSignal::new(None),
    };
    provide_context(aktiv);
    aktiv
}

/// The active model (the built-in default outside the app's root).
pub fn aktiv_modell() -> AktivModell {
    use_context::<AktivModell>().unwrap_or_else(tillhandahall)
}

/// Reads a model file's text: the code that reads one is a wasm part of its
/// own (scripts/dela_wasm.mjs), fetched only when there is a model to read.
#[lazy]
pub(crate) fn las_modelltext(text: String) -> Result<Vardermodell, String> {
    las_modell(&text).map_err(|e| e.to_string())
}

/// Stores a model as the one loaded in this browser; writing a model file
/// is in the same part as reading one.
#[lazy]
fn spara_modell(modell: Vardermodell) -> Result<(), String> {
    let mut l = lagring()?;
    l.ange(MODELLNYCKEL, &skriv_modell(&modell)).map_err(|e| format!("Modellen kunde inte sparas: {e}"))
}

/// The model loaded in this browser, if there is one: read before the app
/// is shown (`ui::start`), so no page ever starts from the default when a
/// loaded model is in force.
pub async fn las_lagrad() -> Option<Result<Vardermodell, String>> {
    let text = lagring().ok()?.hamta(MODELLNYCKEL)?;
    Some(las_modelltext(text).await)
}

impl AktivModell {
    /// At start: the model loaded in this browser (`las_lagrad`), then the
    /// deployment's file in the background. The app renders with the
    /// default meanwhile.
    pub fn starta(self, lagrad: Option<Result<Vardermodell, String>>) {
        match lagrad {
            None => {}
            Some(Ok(m)) => {
                self.modell.set(m);
                self.kalla.set(Modellkalla::Inlast);
            }
            // Kept as it is: the user can load a new file over it.
            Some(Err(e)) => self.meddelande.set(Some(format!(
                "Värderingsmodellen som lästs in i den här webbläsaren kunde inte användas: {e} Appen räknar med handbokens standardmodell."
            ))),
        }
        leptos::task::spawn_local(async move {
            let serverns = match hamta_serverns().await {
                Ok(Some(text)) => las_modelltext(text).await.map(Some),
                annat => annat.map(|_| None),
            };
            match serverns {
                Ok(None) => {}
                Ok(Some(m)) => {
                    self.server.set(Some(m.clone()));
                    if self.kalla.get_untracked() == Modellkalla::Inbyggd {
                        self.modell.set(m);
                        self.kalla.set(Modellkalla::Server);
                    }
                }
                Err(fel) => {
                    let anvands = self.modell.with_untracked(|m| m.visningsnamn());
                    self.meddelande.set(Some(format!(
                        "Kommunens värderingsmodell ({MODELLFIL}) kunde inte användas: {fel} Appen räknar med {anvands}."
                    )));
                }
            }
        });
    }

    /// Uses `modell` in this browser from now on (stored under its own key).
    pub async fn anvand_inlast(self, modell: Vardermodell) -> Result<(), String> {
        spara_modell(modell.clone()).await?;
        self.modell.set(modell);
        self.kalla.set(Modellkalla::Inlast);
        self.meddelande.set(None);
        Ok(())
    }

    /// Stops using the loaded model: the deployment's, else the default.
    pub fn glom_inlast(self) {
        if let Ok(mut l) = lagring() {
            l.ta_bort(MODELLNYCKEL);
        }
        match self.server.get_untracked() {
            Some(m) => {
                self.modell.set(m);
                self.kalla.set(Modellkalla::Server);
            }
            None => {
                self.modell.set(Vardermodell::default());
                self.kalla.set(Modellkalla::Inbyggd);
            }
        }
        self.meddelande.set(None);
    }
}

/// The deployment's model file: `Ok(None)` when there is none (404, or the
/// server's index.html in its place, as a server answering every unknown
/// path with the app does), else its text or why it cannot be fetched.
async fn hamta_serverns() -> Result<Option<String>, String> {
    use wasm_bindgen_futures::JsFuture;
    let fonster = web_sys::window().ok_or("inget fönster")?;
    let init = web_sys::RequestInit::new();
    // A redeployed model is used at the next start, not when a cache expires.
    init.set_cache(web_sys::RequestCache::NoCache);
    // Relative: resolved against the document's <base>, beside index.html.
    let svar = JsFuture::from(fonster.fetch_with_str_and_init(MODELLFIL, &init))
        .await
        .map_err(|_| "filen gick inte att hämta.".to_string())?;
    let svar: web_sys::Response = svar.dyn_into().map_err(|_| "svaret gick inte att läsa.".to_string())?;
    if svar.status() == 404 {
        return Ok(None);
    }
    if !svar.ok() {
        return Err(format!("servern svarade {}.", svar.status()));
    }
    let typ = svar.headers().get("content-type").ok().flatten().unwrap_or_default();
    if typ.starts_with("text/html") {
        return Ok(None);
    }
    let text = JsFuture::from(svar.text().map_err(|_| "svaret gick inte att läsa.".to_string())?)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or("svaret gick inte att läsa.")?;
    Ok(Some(text))
}
