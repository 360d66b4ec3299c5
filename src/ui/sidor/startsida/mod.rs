//! The start page: every case in this browser, damaged entries included.

mod import;
mod importkontroll;

use crate::format::isolera;
use crate::lagring::{self, Post, Sammanfattning};
use crate::model::{exempelfall, Forstudie, Steg};
use crate::ui::aktiv_modell::aktiv_modell;
use crate::ui::komponenter::dialog::stangd;
use crate::ui::komponenter::tabellram::kolumnrubriker;
use crate::ui::sidor::startsida::import::{Import, Listversion};
use crate::ui::sidor::vardermodellsida::AktivModellruta;
use crate::ui::vagar::lank;
use crate::ui::webblasare::fil::ladda_ned;
use crate::ui::webblasare::webblagring::{lagring, nu, slumpbytes, visa_tid};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;
use uuid::Uuid;

/// What the dialog asks about.
#[derive(Clone, Debug, PartialEq)]
enum Fraga {
    TaBort(Sammanfattning),
    BytNamn(Sammanfattning),
}

// Storing, copying and renaming a case read and write whole cases (serde):
// wasm parts of their own, fetched when first used, so that the start page
// itself carries only what its list needs (scripts/dela_wasm.mjs).

/// Stores a new case (made here, or imported) under its own time.
#[lazy]
pub(super) fn spara_nytt(fall: Forstudie) -> Result<(), String> {
    lagring().and_then(|mut l| lagring::spara(&mut l, &fall, &fall.andrad))
}

#[lazy]
fn duplicera_fall(id: Uuid) -> Result<(), String> {
    let mut l = lagring()?;
    let fall = lagring::oppna(&l, id).map_err(|e| e.to_string())?;
    let tid = nu();
    lagring::spara(&mut l, &fall.kopia(slumpbytes(), &tid), &tid)
}

#[lazy]
fn byt_namn(id: Uuid, namn: String) -> Result<(), String> {
    let mut l = lagring()?;
    let mut fall = lagring::oppna(&l, id).map_err(|e| e.to_string())?;
    fall.utvecklingsbehov.titel = namn;
    let tid = nu();
    fall.andrad = tid.clone();
    lagring::spara(&mut l, &fall, &tid)
}

/// Reads in full the cases the stored summaries do not cover (saved by an
/// older version, changed by one, or damaged): the code that parses a case
/// is a wasm part of its own, fetched only when such a case is stored.
#[lazy]
fn las_fullt(nycklar: Vec<String>) -> Result<Vec<Post>, String> {
    lagring().map(|mut l| lagring::las_fullt(&mut l, &nycklar))
}

/// The example case is a wasm part of its own, fetched when it is asked for
/// (scripts/dela_wasm.mjs).
#[lazy]
fn exemplet(id: [u8; 16], nu: String) -> Forstudie {
    exempelfall(id, &nu)
}

#[component]
pub fn Startsida() -> impl IntoView {
    let version = Listversion(RwSignal::new(0));
    provide_context(version);
    let meddelande = RwSignal::new(None::<String>);
    // Another tab or window that adds, changes or removes a case updates
    // this list too.
    let lyssnare = window_event_listener(leptos::ev::storage, move |ev| {
        let var_fall = ev.key().is_none_or(|k| k.starts_with(lagring::NYCKELPREFIX));
        if var_fall {
            version.0.update(|v| *v += 1);
        }
    });
    on_cleanup(move || lyssnare.remove());
    // Listed from the stored summaries at once; a case without a current
    // one (older version, damaged) is read in full in a part of its own.
    let ur_sammandrag = Memo::new(move |_| {
        version.0.track();
        lagring().map(|mut l| lagring::lista_ur_sammandrag(&mut l))
    });
    let fullt_lasta = LocalResource::new(move || {
        // Read again on every change: a case can change under the same key.
        version.0.track();
        let olasta = ur_sammandrag.with(|r| r.as_ref().map(|(_, olasta)| olasta.clone()).unwrap_or_default());
        async move {
            if olasta.is_empty() {
                return Ok(Vec::new());
            }
            las_fullt(olasta).await
        }
    });
    // Nothing until the first full read is done, so the list never shows a
    // case missing; a later read keeps the previous one meanwhile.
    let poster = Memo::new(move |_| -> Result<Option<Vec<Post>>, String> {
        let (poster, olasta) = ur_sammandrag.get()?;
        if olasta.is_empty() {
            return Ok(Some(lagring::ordna(poster)));
        }
        Ok(match fullt_lasta.get() {
            None => None,
            Some(lasta) => Some(lagring::sla_ihop(poster, &olasta, &lasta?)),
        })
    });
    let fraga = RwSignal::new(None::<Fraga>);
    let efter = move |resultat: Result<(), String>, klart: String| {
        meddelande.set(Some(match resultat {
            Ok(()) => klart,
            Err(fel) => fel,
        }));
        version.0.update(|v| *v += 1);
    };

    // Stores a new case and opens its first step.
    let navigate = use_navigate();
    let oppna_nytt = move |fall: Forstudie| {
        let id = fall.id;
        let navigate = navigate.clone();
        spawn_local(async move {
            match spara_nytt(fall).await {
                Ok(()) => navigate(&format!("/fall/{id}/{}", Steg::ALLA[0].slug()), Default::default()),
                Err(fel) => meddelande.set(Some(fel)),
            }
        });
    };
    // A new case (the example too) is computed under the active model.
    let aktiv = aktiv_modell();
    let under_modellen = move |mut fall: Forstudie| {
        aktiv.modell.with_untracked(|m| fall.anvand_modell(m));
        fall
    };
    let oppna = oppna_nytt.clone();
    let skapa = move |_| oppna(under_modellen(Forstudie::ny(slumpbytes(), &nu())));
    // A filled example, so a new user never has to start from a blank form.
    let exempel = move |_| {
        let oppna = oppna_nytt.clone();
        spawn_local(async move { oppna(under_modellen(exemplet(slumpbytes(), nu()).await)) });
    };
    let duplicera = move |s: Sammanfattning| {
        spawn_local(async move {
            let resultat = duplicera_fall(s.id).await;
            efter(resultat, format!("Kopierade ”{}”.", isolera(&s.titel)));
        });
    };

    let rad = move |s: Sammanfattning| {
        let href = format!("/fall/{}/{}", s.id, Steg::ALLA[0].slug());
        let (s1, s2, s3) = (s.clone(), s.clone(), s.clone());
        let titel = s.titel.clone();
        view! {
            <tr>
                <th scope="row"><a href=lank(&href)><bdi>{titel}</bdi></a></th>
                <td>{if s.forvaltning.is_empty() { "–".to_string() } else { s.forvaltning.clone() }}</td>
                <td>{visa_tid(&s.andrad)}</td>
                // The buttons in a box of their own: a flex cell would no
                // longer be a table cell (its border out of line) nor keep
                // its gaps on a phone, where the cells are blocks.
                <td><div class="knappar">
                    <button type="button" aria-label=format!("Byt namn på {}", s.titel)
                        on:click=move |_| fraga.set(Some(Fraga::BytNamn(s1.clone())))>"Byt namn"</button>
                    <button type="button" aria-label=format!("Duplicera {}", s.titel)
                        on:click=move |_| duplicera(s2.clone())>"Duplicera"</button>
                    <button type="button" class="farlig" aria-label=format!("Ta bort {}", s.titel)
                        on:click=move |_| fraga.set(Some(Fraga::TaBort(s3.clone())))>"Ta bort"</button>
                </div></td>
            </tr>
        }
    };

    let lista = move || match poster.get() {
        Ok(None) => ().into_any(),
        Err(fel) => view! { <p role="alert">{fel}</p> }.into_any(),
        Ok(Some(poster)) => {
            let (fall, skadade): (Vec<_>, Vec<_>) = poster.into_iter().partition(|p| matches!(p, Post::Fall(_)));
            let fall: Vec<Sammanfattning> =
                fall.into_iter().filter_map(|p| if let Post::Fall(s) = p { Some(s) } else { None }).collect();
            view! {
                {if fall.is_empty() {
                    view! { <p class="tomt">"Det finns inga förstudier i den här webbläsaren ännu."</p> }.into_any()
                } else {
                    view! {
                        <table class="fallista">
                            <caption class="visuellt-dold">"Förstudier i den här webbläsaren"</caption>
                            {kolumnrubriker(["Titel", "Förvaltning", "Senast ändrad", "Åtgärder"])}
                            <tbody>{fall.into_iter().map(rad).collect_view()}</tbody>
                        </table>
                    }.into_any()
                }}
                {(!skadade.is_empty()).then(|| view! { <Skadade poster=skadade /> })}
            }
            .into_any()
        }
    };

    view! {
        <section class="sida">
            <h1>"Förstudier"</h1>
            <p class="ingress">
                "Här finns förstudierna du arbetat med i den här webbläsaren. Allt sparas automatiskt "
                "här och lämnar aldrig datorn förutom när du exporterar en fil."
            </p>
            <div class="verktygsrad">
                <button type="button" class="primar" on:click=skapa>"Ny förstudie"</button>
                <button type="button" on:click=exempel>"Öppna ett exempel"</button>
                <Import meddelande />
                <a class="knapp" href=lank("/portfolj")>"Portfölj (värderingsteamet)"</a>
            </div>
            <p class="meddelande" role="status">{move || meddelande.get()}</p>
            // Busy while cases without a current summary are read in full.
            <div class="fallistan" aria-busy=move || if matches!(poster.get(), Ok(None)) { "true" } else { "false" }>
                {lista}
            </div>
            <AktivModellruta />
        </section>
        <Dialog fraga efter />
    }
}

#[component]
fn Skadade(poster: Vec<Post>) -> impl IntoView {
    let rader = poster
        .into_iter()
        .filter_map(|p| match p {
            Post::Skadad { nyckel, ra_text, orsak } => Some((nyckel, ra_text, orsak)),
            Post::Fall(_) => None,
        })
        .map(|(nyckel, ra_text, orsak)| {
            let filnamn = format!("{}.txt", nyckel.replace('.', "-"));
            view! {
                <li>
                    <p><strong>{nyckel.clone()}</strong>": "{orsak}</p>
                    <button type="button" on:click=move |_| { let _ = ladda_ned(&filnamn, &ra_text, "text/plain"); }>
                        "Ladda ned rå text"
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="skadade" aria-labelledby="skadade-rubrik">
            <h2 id="skadade-rubrik">"Skadade poster"</h2>
            <p>
                "De här sparade värdena går inte att läsa som förstudier. Appen lämnar dem orörda. "
                "Ladda ned den råa texten och skicka den till värderingsteamet eller din IT-kontakt om du behöver den."
            </p>
            <ul>{rader}</ul>
        </section>
    }
}

/// The modal that confirms a removal or asks for a new name.
#[component]
fn Dialog(
    fraga: RwSignal<Option<Fraga>>,
    efter: impl Fn(Result<(), String>, String) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let nytt_namn = RwSignal::new(String::new());
    Effect::new(move |_| {
        let oppen = fraga.with(|f| f.is_some());
        if let Some(d) = dialog.get() {
            if oppen && !d.open() {
                if let Some(Fraga::BytNamn(s)) = fraga.get_untracked() {
                    nytt_namn.set(s.titel);
                }
                let _ = d.show_modal();
            } else if !oppen && d.open() {
                d.close();
            }
        }
    });
    let stang = move || fraga.set(None);
    let bekrafta = move || {
        match fraga.get_untracked() {
            Some(Fraga::TaBort(s)) => {
                let resultat = lagring().map(|mut l| lagring::radera(&mut l, s.id));
                efter(resultat, format!("Tog bort ”{}”.", isolera(&s.titel)));
            }
            Some(Fraga::BytNamn(s)) => {
                let namn = nytt_namn.get_untracked().trim().to_string();
                spawn_local(async move {
                    let resultat = byt_namn(s.id, namn.clone()).await;
                    efter(resultat, format!("Bytte namn till ”{namn}”."));
                });
            }
            None => {}
        }
        stang();
    };
    let innehall = move || {
        match fraga.get() {
        Some(Fraga::TaBort(s)) => view! {
            <h2 id="dialogrubrik">"Ta bort förstudien?"</h2>
            <p>"”"<bdi>{s.titel}</bdi>"” tas bort från den här webbläsaren. Det går inte att ångra. Exportera den först om du vill behålla en kopia."</p>
            <div class="knappar">
                <button type="button" class="farlig" on:click=move |_| bekrafta()>"Ta bort"</button>
                <button type="button" on:click=move |_| stang()>"Avbryt"</button>
            </div>
        }
        .into_any(),
        Some(Fraga::BytNamn(_)) => view! {
            <h2 id="dialogrubrik">"Byt namn"</h2>
            <form on:submit=move |ev| { ev.prevent_default(); bekrafta(); }>
                <div class="falt">
                    <label for="nytt-namn">"Ny titel"</label>
                    <input id="nytt-namn" type="text" prop:value=move || nytt_namn.get()
                        on:input:target=move |ev| nytt_namn.set(ev.target().value()) />
                </div>
                <div class="knappar">
                    <button type="submit" class="primar">"Spara namnet"</button>
                    <button type="button" on:click=move |_| stang()>"Avbryt"</button>
                </div>
            </form>
        }
        .into_any(),
        None => ().into_any(),
    }
    };
    view! {
        <dialog node_ref=dialog aria-labelledby="dialogrubrik" on:close=move |ev| if stangd(&ev) { stang() }>
            {innehall}
        </dialog>
    }
}
