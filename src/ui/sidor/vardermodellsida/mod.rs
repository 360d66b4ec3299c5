//! The värderingsmodell's own page: which model this browser computes new
//! cases under and where it came from; a förvaltning loads the file the
//! team sent; the team edits a model with the engine's field rules and
//! exports it, or uses it in this browser.

mod modellfalt;

use crate::model::modellfil::{modellfilnamn, skriv_modell};
use crate::model::Vardermodell;
use crate::ui::aktiv_modell::{aktiv_modell, las_modelltext, AktivModell, Modellkalla};
use crate::ui::sidor::vardermodellsida::modellfalt::Modellfalten;
use crate::ui::webblasare::fil::{ladda_ned, las_text};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// A file input that reads a model file; `klar` gets the model, or the
/// message says why not.
#[component]
pub fn Modellfilval(
    id: &'static str,
    etikett: &'static str,
    meddelande: RwSignal<Option<String>>,
    klar: Callback<Vardermodell>,
) -> impl IntoView {
    let valj = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(fil) = input.files().and_then(|f| f.get(0)) else { return };
        let filnamn = fil.name();
        input.set_value("");
        spawn_local(async move {
            let modell = match las_text(fil).await {
                Ok(text) => las_modelltext(text).await,
                Err(e) => Err(e),
            };
            match modell {
                Ok(m) => klar.run(m),
                Err(e) => meddelande.set(Some(format!("{filnamn} kunde inte läsas. {e} Inget har ändrats."))),
            }
        });
    };
    view! {
        <span class="import">
            <label for=id class="knapp">{etikett}</label>
            <input id=id class="filval" type="file" accept=".json,application/json" on:change=valj />
        </span>
    }
}

/// Uses `m` in this browser from now on, and says so (or why not).
fn anvand_i_webblasaren(aktiv: AktivModell, m: Vardermodell, meddelande: RwSignal<Option<String>>) {
    let namn = m.visningsnamn();
    spawn_local(async move {
        meddelande.set(Some(match aktiv.anvand_inlast(m).await {
            Ok(()) => format!("”{namn}” används nu i den här webbläsaren för nya förstudier och i portföljen."),
            Err(e) => e,
        }));
    });
}

/// The active model in a sentence, and a way to load the team's file:
/// shown on the start page and the model page.
#[component]
pub fn AktivModellruta() -> impl IntoView {
    let aktiv = aktiv_modell();
    let meddelande = RwSignal::new(None::<String>);
    let anvand = Callback::new(move |m: Vardermodell| anvand_i_webblasaren(aktiv, m, meddelande));
    let glom = move |_| {
        aktiv.glom_inlast();
        meddelande.set(Some(format!(
            "Den inlästa modellen används inte längre. Nu gäller {}.",
            aktiv.modell.with_untracked(|m| m.visningsnamn())
        )));
    };
    view! {
        <section class="aktiv-modell" aria-labelledby="aktiv-modell-rubrik">
            <h2 id="aktiv-modell-rubrik">"Aktiv värderingsmodell"</h2>
            <p id="aktiv-modell">
                "Nya förstudier räknas under "
                <strong>{move || aktiv.modell.with(|m| m.visningsnamn())}</strong>
                {move || aktiv.modell.with(|m| (!m.giltig_fran.is_empty()).then(|| format!(", gäller från {}", m.giltig_fran)))}
                ", "{move || aktiv.kalla.with(|k| k.beskrivning())}"."
            </p>
            <div class="verktygsrad">
                <Modellfilval id="modellfil" etikett="Läs in värderingsmodell (.json)" meddelande klar=anvand />
                {move || (aktiv.kalla.get() == Modellkalla::Inlast).then(|| view! {
                    <button type="button" on:click=glom>"Sluta använda den inlästa modellen"</button>
                })}
            </div>
            <p class="meddelande" role="status">{move || meddelande.get()}</p>
        </section>
    }
}

#[component]
pub fn Vardermodellsida() -> impl IntoView {
    let aktiv = aktiv_modell();
    let utkast = RwSignal::new(aktiv.modell.get_untracked());
    // Bumped when the draft is replaced whole, so every field shows it.
    let omgang = RwSignal::new(0u32);
    let meddelande = RwSignal::new(None::<String>);
    let brister = Memo::new(move |_| utkast.with(|m| m.brister().len()));
    let ersatt = move |m: Vardermodell, text: String| {
        utkast.set(m);
        omgang.update(|n| *n += 1);
        meddelande.set(Some(text));
    };
    let oppna = Callback::new(move |m: Vardermodell| {
        let text = format!("”{}” är öppnad för redigering. Den används inte förrän du väljer det.", m.visningsnamn());
        ersatt(m, text);
    });
    let fran_aktiv =
        move |_| ersatt(aktiv.modell.get_untracked(), "Redigeringen börjar om från den aktiva modellen.".into());
    let fran_standard =
        move |_| ersatt(Vardermodell::default(), "Redigeringen börjar om från handbokens standardmodell.".into());
    let giltig = move || {
        let antal = brister.get_untracked();
        if antal > 0 {
            meddelande.set(Some(format!(
                "Modellen har {antal} {} att rätta först; se meddelandena vid fälten.",
                if antal == 1 { "brist" } else { "brister" }
            )));
        }
        antal == 0
    };
    let exportera = move |_| {
        if giltig() {
            let m = utkast.get_untracked();
            meddelande.set(Some(match ladda_ned(&modellfilnamn(&m), &skriv_modell(&m), "application/json") {
                Ok(()) => format!("Exporterade {}.", modellfilnamn(&m)),
                Err(_) => "Filen kunde inte skapas i webbläsaren.".into(),
            }));
        }
    };
    let anvand = move |_| {
        if giltig() {
            anvand_i_webblasaren(aktiv, utkast.get_untracked(), meddelande);
        }
    };
    view! {
        <section class="sida vardermodellsida">
            <h1>"Värderingsmodell"</h1>
            <p class="ingress">
                "Värderingsmodellen är värderingsteamets: räntor, scenarier, vikter, tröskelvärden, förval för "
                "timkostnader och kommunens listor. En förstudie räknas under en namngiven version av modellen och "
                "visar dess värden utan att de kan ändras i förstudien."
            </p>
            <AktivModellruta />
            <section class="modellredigering" aria-labelledby="redigering-rubrik">
                <h2 id="redigering-rubrik">"Redigera en modell (värderingsteamet)"</h2>
                <p>
                    "Ändra värdena, ge modellen ett nytt versionsnummer och exportera den som fil. Filen skickas till "
                    "förvaltningarna eller publiceras som vardermodell.json bredvid appen. Samma regler gäller som i beräkningen."
                </p>
                <div class="verktygsrad">
                    <Modellfilval id="redigera-modellfil" etikett="Öppna modellfil för redigering" meddelande klar=oppna />
                    <button type="button" on:click=fran_aktiv>"Börja från den aktiva modellen"</button>
                    <button type="button" on:click=fran_standard>"Börja från standardmodellen"</button>
                </div>
                <form class="modellformular" on:submit=|ev| ev.prevent_default()>
                    {move || { omgang.track(); view! { <Modellfalten utkast /> } }}
                </form>
                <p id="modell-status" class:ej-anvant=move || { brister.get() > 0 }>
                    {move || match brister.get() {
                        0 => "Modellen följer alla regler.".to_string(),
                        1 => "Modellen har 1 brist att rätta.".to_string(),
                        n => format!("Modellen har {n} brister att rätta."),
                    }}
                </p>
                <div class="verktygsrad">
                    <button type="button" class="primar" on:click=exportera>"Exportera modellen (.json)"</button>
                    <button type="button" on:click=anvand>"Använd i den här webbläsaren"</button>
                </div>
                <p class="meddelande" role="status">{move || meddelande.get()}</p>
            </section>
        </section>
    }
}
