//! One open case: loads it from storage into the store, saves every edit
//! within a second, and shows the stepper and the current step.

use crate::format;
use crate::lagring::{self, Oppningsfel};
use crate::model::{Forstudie, ForstudieStoreFields, Steg};
use crate::model::{EkonomiStoreFields as _, Kalkylperiod, KonsekvenserStoreFields as _, UtvecklingsbehovStoreFields as _};
use crate::ui::falt::{OgiltigaFalt, VisaAllaFel};
use crate::ui::fil::ladda_ned;
use crate::ui::steg::kostnader::KostnaderSteg;
use crate::ui::steg::arbetsflode::ArbetsflodeSteg;
use crate::ui::steg::bedomning::BedomningSteg;
use crate::ui::steg::effekthemtagning::EffekthemtagningSteg;
use crate::ui::steg::sammanstallning::SammanstallningSteg;
use crate::ui::steg::informationsinventering::InformationsinventeringSteg;
use crate::ui::steg::intressentanalys::IntressentanalysSteg;
use crate::ui::steg::konsekvenser::KonsekvenserSteg;
use crate::ui::steg::logikmodell::LogikmodellSteg;
use crate::ui::steg::malgruppsanalys::MalgruppsanalysSteg;
use crate::ui::steg::orsaksanalys::OrsaksanalysSteg;
use crate::ui::steg::utvecklingsbehov::UtvecklingsbehovSteg;
use crate::ui::stepper::Stepper;
use crate::ui::webblagring::{idag, klockslag, lagring, nu};
use leptos::prelude::*;
use leptos_router::components::Redirect;
use crate::ui::app::lank;
use leptos_router::hooks::use_params_map;
use reactive_stores::Store;
use std::time::Duration;
use uuid::Uuid;

/// How long after the last keystroke a save happens.
const SPARFORDROJNING: Duration = Duration::from_millis(400);

#[derive(Clone, Debug, PartialEq)]
enum Sparstatus {
    Sparat(String),
    Osparat,
    Fel(String),
}

#[component]
pub fn FallVy() -> impl IntoView {
    let params = use_params_map();
    // Only the id reloads the case: moving between steps keeps the store.
    let id = Memo::new(move |_| params.read().get("id"));
    move || {
        let text = id.get().unwrap_or_default();
        let oppnat = Uuid::parse_str(&text)
            .map_err(|_| Oppningsfel::Saknas.to_string())
            .and_then(|id| lagring().and_then(|l| lagring::oppna(&l, id).map_err(|e| e.to_string())));
        match oppnat {
            Ok(fall) => view! { <Redigering fall /> }.into_any(),
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
fn Redigering(fall: Forstudie) -> impl IntoView {
    let id = fall.id.to_string();
    let sparstatus = RwSignal::new(Sparstatus::Sparat(fall.andrad.clone()));
    let strategier = fall.parametrar.strategier.clone();
    let store = Store::new(fall);
    // The valuation, recomputed once per edit of its inputs and shared by
    // the stepper and step 8.
    let vardering = Memo::new(move |_| {
        store.ekonomi().with(|e| store.parametrar().with(|p| crate::valuation::berakna(e, p)))
    });
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
    let spara_nu = move || {
        if let Some(handtag) = vantande.get_value() {
            handtag.clear();
            vantande.set_value(None);
        }
        if sparstatus.get_untracked() != Sparstatus::Osparat {
            return;
        }
        let tid = nu();
        // The store's `andrad` is the version this tab last read or wrote.
        let resultat = store.with_untracked(|fall| {
            lagring().and_then(|mut l| lagring::spara_redigering(&mut l, fall, &tid))
        });
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
    // Nothing typed is lost when the tab closes or the user leaves the case.
    let lyssnare = window_event_listener(leptos::ev::pagehide, move |_| spara_nu());
    on_cleanup(move || {
        lyssnare.remove();
        spara_nu();
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
        Sparstatus::Fel(fel) => fel,
    };
    let forsta = format!("/fall/{id}/{}", Steg::ALLA[0].slug());
    let fall_id = id.clone();
    view! {
        <div class="fall">
            <div class="fallhuvud">
                <div>
                    <p class="brodsmulor"><a href=lank("/")>"Alla förstudier"</a></p>
                    <h1>{titel}</h1>
                </div>
                <div class="fallatgarder">
                    <p class="sparstatus" role="status" class:sparfel=move || matches!(sparstatus.get(), Sparstatus::Fel(_))>
                        {status}
                    </p>
                    <button type="button" on:click=exportera>"Exportera (.json)"</button>
                </div>
            </div>
            <div class="fallkropp">
                <Stepper store id=id.clone() aktuellt vardering />
                <section class="steginnehall" aria-labelledby="stegrubrik">
                    {move || match steg.get() {
                        None => view! { <Redirect path=forsta.clone() /> }.into_any(),
                        Some(Some(Steg::Utvecklingsbehov)) => view! {
                            <UtvecklingsbehovSteg behov=store.utvecklingsbehov() strategier=strategier.clone() />
                        }
                        .into_any(),
                        Some(Some(Steg::KostnaderOchEffekter)) => view! {
                            <KostnaderSteg ekonomi=store.ekonomi() parametrar=store.parametrar() vardering utfall />
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
                            <BedomningSteg bedomning=store.bedomning() parametrar=store.parametrar() vardering id=fall_id.clone() />
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
                            <h2 id="stegrubrik">"Steget finns inte"</h2>
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
