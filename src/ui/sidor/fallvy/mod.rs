//! One open case: loads it from storage into the store, saves every edit
//! within a second, and shows the stepper and the current step.

mod stepper;

use crate::format;
use crate::lagring::{self, Oppningsfel};
use crate::model::{
    EkonomiStoreFields as _, Kalkylperiod, KonsekvenserStoreFields as _, UtvecklingsbehovStoreFields as _,
};
use crate::model::{Forstudie, ForstudieStoreFields, Steg};
use crate::ui::komponenter::falt::{OgiltigaFalt, VisaAllaFel};
use crate::ui::komponenter::steghuvud::STEGRUBRIK;
use crate::ui::sidor::fallvy::stepper::Stepper;
use crate::ui::steg::arbetsflode::ArbetsflodeSteg;
use crate::ui::steg::bedomning::BedomningSteg;
use crate::ui::steg::effekthemtagning::EffekthemtagningSteg;
use crate::ui::steg::informationsinventering::InformationsinventeringSteg;
use crate::ui::steg::intressentanalys::IntressentanalysSteg;
use crate::ui::steg::konsekvenser::KonsekvenserSteg;
use crate::ui::steg::kostnader::KostnaderSteg;
use crate::ui::steg::logikmodell::LogikmodellSteg;
use crate::ui::steg::malgruppsanalys::MalgruppsanalysSteg;
use crate::ui::steg::orsaksanalys::OrsaksanalysSteg;
use crate::ui::steg::sammanstallning::SammanstallningSteg;
use crate::ui::steg::utvecklingsbehov::UtvecklingsbehovSteg;
use crate::ui::vagar::lank;
use crate::ui::webblasare::fil::ladda_ned;
use crate::ui::webblasare::webblagring::{idag, klockslag, lagring, nu};
use leptos::prelude::*;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_params_map;
use reactive_stores::Store;
use std::time::Duration;
use uuid::Uuid;

/// How long after the last keystroke a save happens.
const SPARFORDROJNING: Duration = Duration::from_millis(400);
/// How often a save that failed is tried again while it is pending.
const OMFORSOK: Duration = Duration::from_secs(3);

#[derive(Clone, Debug, PartialEq)]
enum Sparstatus {
    Sparat(String),
    Osparat,
    /// The save failed and is pending: it is tried again on the next edit,
    /// on leaving a step, on a storage event from another tab and every
    /// `OMFORSOK`, and leaving the page asks first.
    Fel(String),
}

impl Sparstatus {
    fn vantar(&self) -> bool {
        !matches!(self, Sparstatus::Sparat(_))
    }
}

thread_local! {
    /// Cases left with a save still pending (the user went to another page
    /// of the app while storage was full): kept here until the case is
    /// opened again, which shows and retries them, so the edit is never
    /// dropped with the view.
    static OSPARADE: std::cell::RefCell<std::collections::HashMap<Uuid, (Forstudie, String)>> =
        Default::default();
}

#[component]
pub fn FallVy() -> impl IntoView {
    let params = use_params_map();
    // Only the id reloads the case: moving between steps keeps the store.
    let id = Memo::new(move |_| params.read().get("id"));
    move || {
        let text = id.get().unwrap_or_default();
        let id = Uuid::parse_str(&text).map_err(|_| Oppningsfel::Saknas.to_string());
        // An edit whose save is still pending comes before the stored case.
        let osparad = id.as_ref().ok().and_then(|id| OSPARADE.with_borrow_mut(|o| o.remove(id)));
        let oppnat = match osparad {
            Some((fall, fel)) => Ok((fall, Some(fel))),
            None => id.and_then(|id| {
                lagring().and_then(|l| lagring::oppna(&l, id).map(|f| (f, None)).map_err(|e| e.to_string()))
            }),
        };
        match oppnat {
            Ok((fall, fel)) => view! { <Redigering fall fel /> }.into_any(),
            Err(fel) => view! {
                <section class="sida">
                    <h1>"Förstudien kan inte öppnas"</h1>
                    <p role="alert">{fel}</p>
                    <p><a href=lank("/")>"Till startsidan"</a></p>
                </section>
            }
            .into_any(),
        }
    }
}

#[component]
fn Redigering(fall: Forstudie, fel: Option<String>) -> impl IntoView {
    let id = fall.id.to_string();
    let uuid = fall.id;
    let sparstatus = RwSignal::new(match fel {
        Some(fel) => Sparstatus::Fel(fel),
        None => Sparstatus::Sparat(fall.andrad.clone()),
    });
    let strategier = fall.parametrar.strategier.clone();
    let store = Store::new(fall);
    // The valuation, recomputed once per edit of its inputs and shared by
    // the stepper and step 8.
    let vardering =
        Memo::new(move |_| store.ekonomi().with(|e| store.parametrar().with(|p| crate::vardering::berakna(e, p))));
    // The logic model's outcomes, offered in steps 8 and 9.
    let utfall = Memo::new(move |_| store.logikmodell().with(|m| m.utfallsval()));
    let params = use_params_map();
    let steg = Memo::new(move |_| params.read().get("steg").map(|s| Steg::fran_slug(&s)));
    let aktuellt = Memo::new(move |_| steg.get().flatten());
    // "Visa vad som saknas" is for the step it was pressed on: moving to
    // another step hides the messages of fields not yet touched there.
    let visa_alla = RwSignal::new(false);
    provide_context(VisaAllaFel(visa_alla));
    provide_context(OgiltigaFalt(RwSignal::new(Default::default())));
    Effect::new(move |_| {
        aktuellt.track();
        visa_alla.set(false);
    });

    let vantande = StoredValue::new(None::<TimeoutHandle>);
    // Also called by events that may arrive as the view is being disposed
    // (a step change on leaving the case): then there is nothing to save.
    let spara_nu = move || {
        if let Some(handtag) = vantande.try_get_value().flatten() {
            handtag.clear();
            vantande.set_value(None);
        }
        if sparstatus.try_with_untracked(Sparstatus::vantar) != Some(true) {
            return;
        }
        let tid = nu();
        // The store's `andrad` is the version this tab last read or wrote.
        let Some(resultat) =
            store.try_with_untracked(|fall| lagring().and_then(|mut l| lagring::spara_redigering(&mut l, fall, &tid)))
        else {
            return;
        };
        match resultat {
            Ok(()) => {
                // The stored time, without counting as an edit.
                *store.andrad().write_untracked() = tid.clone();
                sparstatus.set(Sparstatus::Sparat(tid));
            }
            Err(fel) => sparstatus.set(Sparstatus::Fel(fel)),
        }
    };
    Effect::new(move |forra: Option<()>| {
        store.track();
        if forra.is_some() {
            sparstatus.set(Sparstatus::Osparat);
            if let Some(handtag) = vantande.get_value() {
                handtag.clear();
            }
            vantande.set_value(set_timeout_with_handle(spara_nu, SPARFORDROJNING).ok());
        }
    });
    // A failed save stays pending and is tried again: every few seconds,
    // when another tab changes storage (it may have freed room), and when
    // the user moves to another step.
    let misslyckad = move || matches!(sparstatus.try_get_untracked(), Some(Sparstatus::Fel(_)));
    if misslyckad() {
        spara_nu();
    }
    let omforsok = set_interval_with_handle(
        move || {
            if misslyckad() {
                spara_nu()
            }
        },
        OMFORSOK,
    )
    .ok();
    let lagringslyssnare = window_event_listener(leptos::ev::storage, move |_| {
        if misslyckad() {
            spara_nu();
        }
    });
    Effect::new(move |forra: Option<()>| {
        // Only a step of this case: leaving the case (no step) is the
        // cleanup's to save.
        if steg.try_get().flatten().is_some() && forra.is_some() {
            spara_nu();
        }
    });
    // Nothing typed is lost when the tab closes or the user leaves the case.
    let lyssnare = window_event_listener(leptos::ev::pagehide, move |_| spara_nu());
    // Leaving the page with a save pending asks first.
    let fore_stangning = window_event_listener(leptos::ev::beforeunload, move |ev| {
        spara_nu();
        if sparstatus.with_untracked(Sparstatus::vantar) {
            ev.prevent_default();
            ev.set_return_value("Ändringen är inte sparad.");
        }
    });
    on_cleanup(move || {
        lyssnare.remove();
        fore_stangning.remove();
        lagringslyssnare.remove();
        if let Some(h) = omforsok {
            h.clear();
        }
        spara_nu();
        // Still not saved: kept for when the case is opened again.
        if let (Some(Sparstatus::Fel(fel)), Some(fall)) = (sparstatus.try_get_untracked(), store.try_get_untracked()) {
            OSPARADE.with_borrow_mut(|o| o.insert(uuid, (fall, fel)));
        }
    });

    let exportera = move |_| {
        spara_nu();
        let fall = store.get_untracked();
        let text = format::skriv(&fall, &nu());
        let namn = format::filnamn(fall.visningsnamn(), &idag());
        if ladda_ned(&namn, &text, "application/json").is_err() {
            sparstatus.set(Sparstatus::Fel("Exporten kunde inte skapas i den här webbläsaren.".into()));
        }
    };

    let titel = move || store.with(|f| f.visningsnamn().to_string());
    let status = move || match sparstatus.get() {
        Sparstatus::Sparat(tid) => format!("Sparat {}", klockslag(&tid)),
        Sparstatus::Osparat => "Sparar …".to_string(),
        Sparstatus::Fel(fel) => format!("{fel} Ändringen finns kvar här och sparas så snart det går."),
    };
    let forsta = format!("/fall/{id}/{}", Steg::ALLA[0].slug());
    let fall_id = id.clone();
    view! {
        <div class="fall">
            <div class="fallhuvud">
                <div>
                    <p class="brodsmulor">
                        // Saved before the start page reads its list (the view's own
                        // cleanup runs only after the next page is built).
                        <a href=lank("/") on:click=move |_| spara_nu()>"Alla förstudier"</a>
                    </p>
                    <h1>{titel}</h1>
                </div>
                <div class="fallatgarder">
                    <p class="sparstatus" role="status" class:sparfel=move || matches!(sparstatus.get(), Sparstatus::Fel(_))>
                        {status}
                    </p>
                    <button type="button" on:click=exportera>"Exportera (.json)"</button>
                    // When the browser refuses to keep the case, the user is told
                    // which case is unsaved and offered its export right there.
                    {move || matches!(sparstatus.get(), Sparstatus::Fel(_)).then(|| view! {
                        <p class="sparerbjudande">
                            {format!("”{}” är inte sparad i webbläsaren. ", titel())}
                            <button type="button" on:click=exportera>{format!("Exportera ”{}” nu (.json)", titel())}</button>
                        </p>
                    })}
                </div>
            </div>
            <div class="fallkropp">
                <Stepper store id=id.clone() aktuellt vardering />
                <section class="steginnehall" aria-labelledby=STEGRUBRIK>
                    {move || match steg.get() {
                        None => view! { <Redirect path=forsta.clone() /> }.into_any(),
                        Some(Some(Steg::Utvecklingsbehov)) => view! {
                            <UtvecklingsbehovSteg behov=store.utvecklingsbehov() strategier=strategier.clone() />
                        }
                        .into_any(),
                        Some(Some(Steg::KostnaderOchEffekter)) => view! {
                            <KostnaderSteg ekonomi=store.ekonomi() parametrar=store.parametrar() modell=store.vardermodell() vardering utfall />
                        }
                        .into_any(),
                        Some(Some(Steg::Orsaksanalys)) => view! {
                            <OrsaksanalysSteg analys=store.orsaksanalys() />
                        }
                        .into_any(),
                        Some(Some(Steg::Malgruppsanalys)) => view! {
                            <MalgruppsanalysSteg analys=store.malgruppsanalys() />
                        }
                        .into_any(),
                        Some(Some(Steg::Intressentanalys)) => view! {
                            <IntressentanalysSteg analys=store.intressentanalys() />
                        }
                        .into_any(),
                        Some(Some(Steg::Arbetsflodesbeskrivning)) => view! {
                            <ArbetsflodeSteg flode=store.arbetsflode() ekonomi=store.ekonomi()
                                namnd=Signal::derive(move || store.utvecklingsbehov().namnd().get()) />
                        }
                        .into_any(),
                        Some(Some(Steg::Informationsinventering)) => view! {
                            <InformationsinventeringSteg inventering=store.informationsinventering() />
                        }
                        .into_any(),
                        Some(Some(Steg::Logikmodell)) => {
                            // Read only: which effects of steps 8 and 9 realise which outcome.
                            let kopplingar = Signal::derive(move || {
                                store.ekonomi().effekter().with(|e| {
                                    store.konsekvenser().kvalitativa_effekter().with(|q| crate::model::kopplingar(e, q))
                                })
                            });
                            view! { <LogikmodellSteg modell=store.logikmodell() kopplingar /> }.into_any()
                        }
                        Some(Some(Steg::Konsekvenser)) => {
                            // The years step 8 sets; financing is entered per year of it.
                            let period = Signal::derive(move || {
                                store.ekonomi().kalkylperiod().with(|p| (p.startar, p.ar.min(Kalkylperiod::MAX_AR)))
                            });
                            view! { <KonsekvenserSteg konsekvenser=store.konsekvenser() utfall period vardering /> }.into_any()
                        }
                        Some(Some(Steg::Bedomning)) => view! {
                            <BedomningSteg bedomning=store.bedomning() parametrar=store.parametrar() modell=store.vardermodell() vardering id=fall_id.clone()
                                team=Signal::derive(move || store.teambedomning().with(|t| t.as_ref().map(|t| t.rubrik()))) />
                        }
                        .into_any(),
                        Some(Some(Steg::Sammanstallning)) => view! {
                            <SammanstallningSteg store vardering />
                        }
                        .into_any(),
                        Some(Some(Steg::Effekthemtagningsplan)) => view! {
                            <EffekthemtagningSteg store vardering />
                        }
                        .into_any(),
                        Some(None) => view! {
                            <h2 id=STEGRUBRIK>"Steget finns inte"</h2>
                            <p>"Välj ett steg i listan."</p>
                        }
                        .into_any(),
                    }}
                    <div class="stegfot">
                        <button type="button" on:click=move |_| visa_alla.set(true)>"Visa vad som saknas"</button>
                        <Stegbyte id=id.clone() aktuellt />
                    </div>
                </section>
            </div>
        </div>
    }
}

/// Föregående/Nästa at the end of a step: a long step (Bedömning) need not
/// be scrolled back up to the stepper.
#[component]
fn Stegbyte(id: String, aktuellt: Memo<Option<Steg>>) -> impl IntoView {
    let lank_till = move |steg: Steg, rel: &'static str| {
        let href = lank(&format!("/fall/{id}/{}", steg.slug()));
        let (fore, text, efter) = if rel == "prev" { ("← ", "Föregående: ", "") } else { ("", "Nästa: ", " →") };
        view! {
            <a class=format!("knapp stegbyte-{rel}") rel=rel href=href>
                <span aria-hidden="true">{fore}</span>{text}{steg.rubrik()}<span aria-hidden="true">{efter}</span>
            </a>
        }
    };
    view! {
        <nav class="stegbyte" aria-label="Föregående och nästa steg">
            {move || {
                let plats = aktuellt.get().and_then(|s| Steg::ALLA.iter().position(|x| *x == s));
                let forra = plats.and_then(|i| i.checked_sub(1)).map(|i| Steg::ALLA[i]);
                let nasta = plats.and_then(|i| Steg::ALLA.get(i + 1).copied());
                view! {
                    {forra.map(|s| lank_till(s, "prev"))}
                    {nasta.map(|s| lank_till(s, "next"))}
                }
            }}
        </nav>
    }
}
