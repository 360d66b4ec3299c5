//! The valuation team's portfolio page (/portfolj): many case files read at
//! once, their figures recomputed under the team's model, a sortable table,
//! totals per nämnd, the assessment editable per case, the team's folder
//! read (again), and exports. The portfolio is kept in the browser's
//! database (`databas.rs`, through `webblasare/portfoljdb.rs`); the user's
//! own cases in local storage are never touched.

mod bedomning;
mod bekraftelse;
mod databas;
mod modell;
mod sammanstallningar;
mod tabell;

use crate::format;
use crate::portfolj::{
    namnd_csv, namndsummor, saknas_text, sortera, tabell_csv, Importfel, Kolumn, Portfolj, Riktning,
};
use crate::ui::aktiv_modell::aktiv_modell;
use crate::ui::sidor::portfolj::bedomning::Bedomningsdialog;
use crate::ui::sidor::portfolj::bekraftelse::{Bekraftelse, Fraga};
use crate::ui::sidor::portfolj::modell::Modellrad;
use crate::ui::sidor::portfolj::sammanstallningar::Sammanstallningar;
use crate::ui::sidor::portfolj::tabell::{Falltabell, Namndtabell};
use crate::ui::vagar::lank;
use crate::ui::webblasare::fil::{ladda_ned, las_text};
use crate::ui::webblasare::mappval::{json_i_poster, json_ur_lista, slappta_mappar};
use crate::ui::webblasare::webblagring::{idag, nu};
use leptos::prelude::*;
use leptos::task::spawn_local;
use uuid::Uuid;

#[component]
pub fn Portfoljsida() -> impl IntoView {
    let aktiv = aktiv_modell().modell;
    let portfolj = RwSignal::new(Portfolj::ny(aktiv.get_untracked()));
    // Until the database has been read, nothing is written to it.
    let laddad = RwSignal::new(false);
    // A model loaded while the page is open: every case computed again.
    Effect::new(move |_| {
        let modell = aktiv.get();
        if portfolj.with_untracked(|p| p.modell != modell) {
            portfolj.update(|p| p.byt_modell(modell));
        }
    });
    let fel = RwSignal::new(Vec::<Importfel>::new());
    let meddelande = RwSignal::new(None::<String>);
    let sparfel = RwSignal::new(None::<String>);
    let sortering = RwSignal::new((Kolumn::Rang, Riktning::Stigande));
    let bedoms = RwSignal::new(None::<Uuid>);
    let fraga = RwSignal::new(None::<Fraga>);
    let drar = RwSignal::new(false);
    // (files read, files picked) while a batch is being read.
    let framsteg = RwSignal::new(None::<(usize, usize)>);

    let saknas = RwSignal::new(Vec::<(Uuid, String)>::new());
    databas::hall_i_databasen(portfolj, aktiv, laddad, sparfel);

    let rader = Memo::new(move |_| {
        let mut rader = portfolj.with(|p| p.rader());
        let (kolumn, riktning) = sortering.get();
        sortera(&mut rader, kolumn, riktning);
        rader
    });
    let summor = Memo::new(move |_| portfolj.with(namndsummor));

    // `mapp`: the files are the team's folder, read again (`las_mapp`).
    let las_filer = move |filer: Vec<web_sys::File>, mapp: bool| {
        if filer.is_empty() {
            meddelande.set(Some(if mapp {
                "Mappen innehåller inga JSON-filer.".into()
            } else {
                "Inga filer valdes.".into()
            }));
            return;
        }
        spawn_local(async move {
            let antal = filer.len();
            // Each file is read and recomputed on its own (reading yields to
            // the browser, so the page stays responsive and shows progress);
            // the portfolio changes once, at the end: a change per file would
            // redo the table, ranks and storage every time.
            let (mut lasta, mut nya_fel) = (Vec::new(), Vec::new());
            for (i, fil) in filer.into_iter().enumerate() {
                framsteg.try_set(Some((i, antal)));
                let filnamn = fil.name();
                // `las_text` refuses an oversized file before reading it.
                let resultat = match las_text(fil).await {
                    Ok(text) => {
                        portfolj.try_with_untracked(|p| p.las_fil(&filnamn, &text, &idag())).unwrap_or_else(|| {
                            Err(Importfel { filnamn: filnamn.clone(), orsak: "Sidan stängdes.".into() })
                        })
                    }
                    Err(orsak) => Err(Importfel { filnamn, orsak }),
                };
                match resultat {
                    Ok(fall) => lasta.push((i, fall)),
                    Err(e) => nya_fel.push((i, e)),
                }
            }
            if mapp {
                let resultat = portfolj.try_update(|p| p.las_mapp(lasta.into_iter().map(|(_, f)| f).collect()));
                framsteg.try_set(None);
                let Some(resultat) = resultat else { return };
                let mut fel_lista: Vec<Importfel> = nya_fel.into_iter().map(|(_, e)| e).collect();
                let mut text = resultat.text();
                if !fel_lista.is_empty() || !resultat.fel.is_empty() {
                    text.push_str(&format!(
                        " {} filer kunde inte läsas in; se listan.",
                        fel_lista.len() + resultat.fel.len()
                    ));
                }
                fel_lista.extend(resultat.fel);
                meddelande.try_set(Some(text));
                fel.try_set(fel_lista);
                saknas.try_set(resultat.saknas);
                return;
            }
            // A case already in the portfolio (or twice among the files) is
            // refused here; the failures keep the order the files were picked.
            portfolj.try_update(|p| {
                for (i, fall) in lasta {
                    if let Err(e) = p.lagg_till(fall) {
                        nya_fel.push((i, e));
                    }
                }
            });
            framsteg.try_set(None);
            nya_fel.sort_by_key(|(i, _)| *i);
            let nya_fel: Vec<Importfel> = nya_fel.into_iter().map(|(_, e)| e).collect();
            let lasta = antal - nya_fel.len();
            let text = if nya_fel.is_empty() {
                format!("Läste in {lasta} av {antal} filer.")
            } else {
                format!("Läste in {lasta} av {antal} filer. {} kunde inte läsas in; se listan.", nya_fel.len())
            };
            meddelande.try_set(Some(text));
            fel.try_set(nya_fel);
        });
    };

    let valj_filer = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(lista) = input.files() else { return };
        if lista.length() == 0 {
            return;
        }
        las_filer((0..lista.length()).filter_map(|i| lista.get(i)).collect(), false);
        // The same files can be picked again.
        input.set_value("");
    };
    let slapp = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        drar.set(false);
        let Some(data) = ev.data_transfer() else { return };
        // A dropped folder is read as the team's folder; loose files as before.
        if let Some(poster) = slappta_mappar(&data) {
            spawn_local(async move {
                let (filer, olasta) = json_i_poster(poster).await;
                if olasta > 0 {
                    meddelande.try_set(Some(format!("{olasta} filer eller mappar i mappen kunde inte läsas.")));
                }
                las_filer(filer.into_iter().map(|(_, f)| f).collect(), true);
            });
            return;
        }
        let Some(lista) = data.files() else { return };
        las_filer((0..lista.length()).filter_map(|i| lista.get(i)).collect(), false);
    };
    let valj_mapp = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(lista) = input.files() else { return };
        las_filer(json_ur_lista(&lista), true);
        input.set_value("");
    };

    let exportera_csv = move |_| {
        let text = tabell_csv(&rader.get_untracked());
        let namn = format!("portfolj-{}.csv", idag());
        if ladda_ned(&namn, &text, "text/csv;charset=utf-8").is_err() {
            meddelande.set(Some("Exporten kunde inte skapas i den här webbläsaren.".into()));
        }
    };
    let exportera_namnder = move |_| {
        let (s, total) = summor.get_untracked();
        let namn = format!("portfolj-namnder-{}.csv", idag());
        if ladda_ned(&namn, &namnd_csv(&s, &total), "text/csv;charset=utf-8").is_err() {
            meddelande.set(Some("Exporten kunde inte skapas i den här webbläsaren.".into()));
        }
    };
    let exportera_fall = move |id: Uuid| {
        let Some((namn, text)) = portfolj.with_untracked(|p| {
            p.hamta(id)
                .map(|f| (format::filnamn(f.forstudie.visningsnamn(), &idag()), format::skriv(&f.forstudie, &nu())))
        }) else {
            return false;
        };
        ladda_ned(&namn, &text, "application/json").is_ok()
    };
    // One file per case, so each can go back to its förvaltning and be
    // imported there. The downloads follow one another; Chromium asks once
    // whether the page may download several files.
    let exportera_alla = move |_| {
        let ids: Vec<Uuid> = rader.get_untracked().iter().map(|r| r.id).collect();
        spawn_local(async move {
            let antal = ids.len();
            let mut klara = 0;
            for (i, id) in ids.into_iter().enumerate() {
                if i > 0 {
                    gloo_timers::future::TimeoutFuture::new(300).await;
                }
                if exportera_fall(id) {
                    klara += 1;
                }
            }
            meddelande.try_set(Some(format!(
                "Exporterade {klara} av {antal} förstudier som JSON-filer, en fil per förstudie."
            )));
        });
    };

    let utfor = move |f: Fraga| match f {
        Fraga::Rensa => {
            portfolj.set(Portfolj::ny(aktiv.get_untracked()));
            fel.set(Vec::new());
            saknas.set(Vec::new());
            meddelande.set(Some("Portföljen är tömd.".into()));
        }
        Fraga::TaBort(id, titel) => {
            portfolj.update(|p| p.ta_bort(id));
            saknas.update(|s| s.retain(|(i, _)| *i != id));
            meddelande.set(Some(format!("Tog bort ”{titel}” ur portföljen.")));
        }
    };
    let bekrafta = move || {
        if let Some(f) = fraga.get_untracked() {
            utfor(f);
        }
        fraga.set(None);
    };
    // Only a change made here is lost by removing (the files are where they
    // were); ask only then.
    let rensa = move |_| {
        if portfolj.with_untracked(|p| p.fall.iter().any(|f| f.andrad)) {
            fraga.set(Some(Fraga::Rensa));
        } else {
            utfor(Fraga::Rensa);
        }
    };
    let ta_bort = Callback::new(move |id: Uuid| {
        let Some((titel, andrad)) =
            portfolj.with_untracked(|p| p.hamta(id).map(|f| (f.forstudie.visningsnamn().to_string(), f.andrad)))
        else {
            return;
        };
        if andrad {
            fraga.set(Some(Fraga::TaBort(id, titel)));
        } else {
            utfor(Fraga::TaBort(id, titel));
        }
    });
    let exportera_ett = Callback::new(move |id: Uuid| {
        if !exportera_fall(id) {
            meddelande.set(Some("Exporten kunde inte skapas i den här webbläsaren.".into()));
        }
    });
    let bedom = Callback::new(move |id: Uuid| bedoms.set(Some(id)));

    let tom = move || portfolj.with(|p| p.fall.is_empty());
    // Cases whose files are no longer in the folder: listed, removed only
    // when the user says so.
    let saknaslista = move || {
        let lista = saknas.get();
        (!lista.is_empty()).then(|| {
            let text = saknas_text(&lista);
            view! {
                <section class="portfoljfel saknas" aria-labelledby="saknas-rubrik">
                    <h2 id="saknas-rubrik">"Förstudier som inte längre finns i mappen"</h2>
                    <p>{text}</p>
                    <ul>
                        {lista.into_iter().map(|(id, titel)| {
                            let etikett = format!("Ta bort {titel} ur portföljen");
                            view! {
                                <li>
                                    <bdi>{titel}</bdi>" "
                                    <button type="button" class="liten farlig" aria-label=etikett
                                        on:click=move |_| ta_bort.run(id)>"Ta bort"</button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    <button type="button" on:click=move |_| saknas.set(Vec::new())>"Behåll dem och dölj listan"</button>
                </section>
            }
        })
    };
    let fellista = move || {
        let fel = fel.get();
        (!fel.is_empty()).then(|| {
            view! {
                <section class="portfoljfel" aria-labelledby="portfoljfel-rubrik">
                    <h2 id="portfoljfel-rubrik">"Filer som inte kunde läsas in"</h2>
                    <ul>
                        {fel.into_iter().map(|f| view! { <li><strong><bdi>{f.filnamn}</bdi></strong>": "{f.orsak}</li> }).collect_view()}
                    </ul>
                </section>
            }
        })
    };

    view! {
        <section class="sida portfolj">
            <p class="brodsmulor"><a href=lank("/")>"Alla förstudier"</a></p>
            <h1>"Portfölj för värderingsteamet"</h1>
            <p class="importfel" role="alert">{move || sparfel.get()}</p>
            <p class="ingress">
                "Läs in förstudier som JSON-filer från förvaltningarna, jämför och rangordna dem, och bedöm dem här. "
                "Varje siffra räknas om från förstudiens indata; filens egna resultat används inte. "
                "Portföljen sparas i webbläsarens databas på den här datorn och finns kvar när du öppnar sidan igen; "
                "den ändrar aldrig förvaltningarnas egna förstudier i webbläsarens lokala lagring."
            </p>
            <div class="slappyta" class:drar=move || drar.get()
                on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); drar.set(true); }
                on:dragleave=move |_| drar.set(false)
                on:drop=slapp>
                <label for="portfoljfiler" class="knapp primar">"Välj JSON-filer …"</label>
                <input id="portfoljfiler" class="filval" type="file" multiple accept=".json,application/json"
                    on:change=valj_filer />
                <label for="portfoljmapp" class="knapp">"Läs in teamets mapp …"</label>
                <input id="portfoljmapp" class="filval" type="file" prop:webkitdirectory=true multiple
                    on:change=valj_mapp />
                <span>" eller släpp filer eller en mapp här. Läser du in samma mapp igen uppdateras ändrade förstudier, nya läggs till och de som inte längre finns i mappen listas; teamets bedömningar behålls."</span>
            </div>
            {move || framsteg.get().map(|(lasta, antal)| view! {
                <p class="framsteg">
                    <label for="portfoljframsteg">{format!("Läser in {lasta} av {antal} filer …")}</label>
                    " "
                    <progress id="portfoljframsteg" max=antal value=lasta></progress>
                </p>
            })}
            <p class="meddelande" role="status">{move || meddelande.get()}</p>
            {fellista}
            {saknaslista}
            {move || if !laddad.get() {
                view! { <p class="tomt">"Läser portföljen från webbläsarens databas …"</p> }.into_any()
            } else if tom() {
                view! { <p class="tomt">"Portföljen är tom. Välj en eller flera filer för att börja."</p> }.into_any()
            } else {
                view! {
                    <Modellrad portfolj />
                    <Falltabell rader sortering bedom exportera=exportera_ett ta_bort />
                    <div class="verktygsrad">
                        <button type="button" on:click=exportera_csv>"Exportera tabellen (CSV)"</button>
                        <button type="button" on:click=exportera_alla>"Exportera bedömda fall (JSON)"</button>
                        <button type="button" class="farlig" on:click=rensa>"Rensa portföljen"</button>
                    </div>
                    <p class="hjalptext">
                        "CSV-filen öppnas direkt i Excel med svenska inställningar (semikolon, decimalkomma, UTF-8). "
                        "Tomma celler: rang saknas för återremitterade och ofärdiga bedömningar, NNK för förstudier "
                        "utan kostnader, återbetalningsår för förstudier som inte betalar sig inom kalkylperioden. "
                        "JSON-exporten ger en fil per förstudie, i samma format som förvaltningen importerar."
                    </p>
                    <Namndtabell summor />
                    <button type="button" on:click=exportera_namnder>"Exportera nämndsummorna (CSV)"</button>
                    <Sammanstallningar portfolj meddelande />
                }.into_any()
            }}
        </section>
        <Bedomningsdialog portfolj bedoms meddelande />
        <Bekraftelse fraga bekrafta />
    }
}
