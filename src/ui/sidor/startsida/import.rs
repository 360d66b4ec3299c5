//! Import of one case from a file. The file is checked completely before
//! anything is stored; a case whose id is already here is never replaced
//! without the user's word, and a damaged stored value never at all. The
//! file's computed results are recomputed: figures that differ are shown
//! before the user accepts, and only the recomputed ones are kept.

use crate::format::{isolera, Kontroll};
use crate::lagring::{self, Krock};
use crate::model::Forstudie;
use crate::ui::komponenter::dialog::stangd;
use crate::ui::sidor::startsida::importkontroll::{kontrollmening, Importkontroll};
use crate::ui::sidor::startsida::spara_nytt;
use crate::ui::webblasare::fil::las_text;
use crate::ui::webblasare::webblagring::{idag, lagring, slumpbytes};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Bumped after every change to storage so the list is read again: the start page
/// provides it, the import bumps it.
#[derive(Clone, Copy)]
pub struct Listversion(pub RwSignal<u32>);

/// An import waiting for the user's answer.
#[derive(Clone, Debug, PartialEq)]
struct Vantande {
    fall: Forstudie,
    krock: Krock,
    kontroll: Kontroll,
}

/// Reading and checking a file (the recomputation and the comparison of
/// every figure) is a wasm part of its own, fetched at the first import:
/// the start page does not carry it (scripts/dela_wasm.mjs).
#[lazy]
fn las_importen(text: String, idag: String) -> Result<crate::format::Import, crate::format::Lasfel> {
    lagring::las_import(&text, &idag)
}

/// Whether the case is here already: it reads the stored case (serde).
#[lazy]
fn krocken(id: uuid::Uuid) -> Result<Krock, String> {
    lagring().map(|l| lagring::krock(&l, id))
}

#[component]
pub fn Import(meddelande: RwSignal<Option<String>>) -> impl IntoView {
    let version = expect_context::<Listversion>().0;
    let fel = RwSignal::new(None::<String>);
    let vantande = RwSignal::new(None::<Vantande>);
    let dialog = NodeRef::<leptos::html::Dialog>::new();

    let lagra = move |fall: Forstudie, klart: String| {
        spawn_local(async move {
            match spara_nytt(fall).await {
                Ok(()) => {
                    fel.set(None);
                    meddelande.set(Some(klart));
                    version.update(|v| *v += 1);
                }
                Err(e) => fel.set(Some(format!("Importen misslyckades. {e} Inget har ändrats."))),
            }
        });
    };

    // Opening the file picker (a click on the label or the input, by mouse
    // or keyboard) fetches the import's parts meanwhile: choosing a file
    // takes the user longer than loading them.
    let forladda = move |_| {
        spawn_local(async {
            __preload_las_importen().await;
            __preload_krocken().await;
            super::__preload_spara_nytt().await;
        })
    };

    let valj_fil = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(fil) = input.files().and_then(|f| f.get(0)) else { return };
        // The name is the user's text: isolated in the app's sentences.
        let filnamn = isolera(&fil.name());
        // The same file can be picked again after a failed attempt.
        input.set_value("");
        spawn_local(async move {
            let text = match las_text(fil).await {
                Ok(text) => text,
                Err(e) => {
                    fel.set(Some(format!("Importen av {filnamn} misslyckades. {e} Inget har ändrats.")));
                    return;
                }
            };
            let import = match las_importen(text, idag()).await {
                Ok(import) => import,
                Err(e) => {
                    fel.set(Some(format!("Importen av {filnamn} misslyckades. {e} Inget har ändrats.")));
                    return;
                }
            };
            let (fall, kontroll) = (import.forstudie, import.kontroll);
            let krock = match krocken(fall.id).await {
                Ok(krock) => krock,
                Err(e) => {
                    fel.set(Some(e));
                    return;
                }
            };
            let titel = isolera(fall.visningsnamn());
            match krock {
                // Nothing to ask: no case is replaced and no figure differs.
                Krock::Ingen if !matches!(kontroll, Kontroll::Avviker(_)) => {
                    lagra(fall, format!("Importerade ”{titel}”. {}", kontrollmening(&kontroll)))
                }
                krock => {
                    fel.set(None);
                    vantande.set(Some(Vantande { fall, krock, kontroll }));
                    if let Some(d) = dialog.get_untracked() {
                        let _ = d.show_modal();
                    }
                }
            }
        });
    };

    let stang = move || {
        vantande.set(None);
        if let Some(d) = dialog.get_untracked() {
            d.close();
        }
    };
    let ersatt = move || {
        if let Some(v) = vantande.get_untracked() {
            let titel = isolera(v.fall.visningsnamn());
            lagra(v.fall, format!("Ersatte ”{titel}” med den importerade filen."));
        }
        stang();
    };
    let behall_bada = move || {
        if let Some(v) = vantande.get_untracked() {
            let titel = isolera(v.fall.visningsnamn());
            lagra(
                v.fall.med_nytt_id(slumpbytes()),
                format!("Importerade ”{titel}” som en ny förstudie bredvid den befintliga."),
            );
        }
        stang();
    };
    let importera = move || {
        if let Some(v) = vantande.get_untracked() {
            let titel = isolera(v.fall.visningsnamn());
            lagra(v.fall, format!("Importerade ”{titel}” med omräknade värden."));
        }
        stang();
    };
    let fraga = move || {
        vantande.get().map(|v| {
            let (rubrik, beskrivning) = match &v.krock {
                Krock::Finns(s) => ("Förstudien finns redan", format!(
                    "Förstudien ”{}” i filen finns redan här som ”{}”. Vill du ersätta den som finns här med filens innehåll, eller behålla båda?",
                    isolera(v.fall.visningsnamn()),
                    isolera(&s.titel)
                )),
                Krock::Skadad => ("Förstudien finns redan", format!(
                    "Förstudien ”{}” har samma id som en skadad post här. Den skadade posten lämnas orörd; filen kan bara importeras som en ny förstudie.",
                    isolera(v.fall.visningsnamn())
                )),
                Krock::Ingen => ("Filens värden stämmer inte", format!(
                    "Förstudien ”{}” kan importeras, men filens beräknade värden skiljer sig från appens omräkning av filens indata. Vill du importera den med de omräknade värdena?",
                    isolera(v.fall.visningsnamn())
                )),
            };
            let knappar = match v.krock {
                Krock::Ingen => view! {
                    <button type="button" class="primar" on:click=move |_| importera()>"Importera med omräknade värden"</button>
                }
                .into_any(),
                krock => view! {
                    {matches!(krock, Krock::Finns(_)).then(|| view! {
                        <button type="button" class="farlig" on:click=move |_| ersatt()>"Ersätt den befintliga"</button>
                    })}
                    <button type="button" class="primar" on:click=move |_| behall_bada()>"Behåll båda"</button>
                }
                .into_any(),
            };
            view! {
                <h2 id="importrubrik">{rubrik}</h2>
                <p>{beskrivning}</p>
                <Importkontroll kontroll=v.kontroll />
                <div class="knappar">
                    {knappar}
                    <button type="button" on:click=move |_| stang()>"Avbryt importen"</button>
                </div>
            }
        })
    };

    view! {
        <div class="import">
            <label for="importfil" class="knapp">"Importera förstudie (.json)"</label>
            <input id="importfil" class="filval" type="file" accept=".json,application/json" on:click=forladda on:change=valj_fil />
            <p class="importfel" role="alert">{move || fel.get()}</p>
        </div>
        <dialog node_ref=dialog class="importdialog" aria-labelledby="importrubrik" on:close=move |ev| if stangd(&ev) { vantande.set(None) }>
            {fraga}
        </dialog>
    }
}
