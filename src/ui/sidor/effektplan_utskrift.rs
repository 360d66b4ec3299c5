//! The printable benefits-realisation plan (/fall/:id/effekthemtagningsplan/
//! utskrift): the decision, each effect's plan and follow-ups, and the
//! results, read-only, as one document. The print stylesheet hides the
//! app's frame and buttons.

use crate::lagring::{self, Oppningsfel};
use crate::model::tal::{self, formatera_kronor};
use crate::model::{effektposter, Effektplan, Forstudie, Steg};
use crate::ui::komponenter::tabellram::{kolumnrubriker, tabellram};
use crate::ui::steg::effekthemtagning::resultat::Resultat;
use crate::ui::vagar::lank;
use crate::ui::webblasare::webblagring::idag;
use crate::ui::webblasare::webblagring::lagring;
use crate::vardering::{folj_upp, Effektuppfoljning};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use uuid::Uuid;

#[component]
pub fn EffektplanUtskrift() -> impl IntoView {
    let params = use_params_map();
    move || {
        let text = params.read().get("id").unwrap_or_default();
        let oppnat = Uuid::parse_str(&text)
            .map_err(|_| Oppningsfel::Saknas.to_string())
            .and_then(|id| lagring().and_then(|l| lagring::oppna(&l, id).map_err(|e| e.to_string())));
        match oppnat {
            Ok(fall) => view! { <Plan fall /> }.into_any(),
            Err(fel) => view! {
                <section class="sida">
                    <h1>"Planen kan inte visas"</h1>
                    <p role="alert">{fel}</p>
                    <p><a href=lank("/")>"Till startsidan"</a></p>
                </section>
            }
            .into_any(),
        }
    }
}

/// A measured or planned value as the app shows numbers.
fn tal_text(text: &str) -> String {
    match tal::tolka(text) {
        Ok(Some(v)) => tal::formatera(v),
        _ => text.to_string(),
    }
}

fn eller_streck(text: &str) -> String {
    if text.trim().is_empty() {
        "–".into()
    } else {
        text.to_string()
    }
}

#[component]
fn Plan(fall: Forstudie) -> impl IntoView {
    let tillbaka = lank(&format!("/fall/{}/{}", fall.id, Steg::Effekthemtagningsplan.slug()));
    let poster = effektposter(&fall.ekonomi, &fall.konsekvenser, &fall.logikmodell);
    let vardering = crate::vardering::berakna(&fall.ekonomi, &fall.parametrar);
    let h = fall.effekthemtagning.clone();
    let resultat: Effektuppfoljning = folj_upp(&h, &poster, &vardering, &idag());
    let titel = fall.visningsnamn().to_string();
    let skriv_ut = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    let innehall = match &h.beslut {
        None => view! {
            <p>"Förstudien är inte markerad som beslutad. Planen görs efter beslutet."</p>
        }
        .into_any(),
        Some(beslut) => {
            let planer = h.planer.iter().map(|p| plandel(p, poster.iter().any(|e| e.id == p.effekt_id))).collect_view();
            view! {
                <dl class="utskrift-fakta">
                    <dt>"Beslut"</dt><dd>{format!("{}, {}", beslut.datum, beslut.referens)}</dd>
                    <dt>"Effekthemtagningsansvarig"</dt><dd>{eller_streck(&h.effekthemtagningsansvarig)}</dd>
                    <dt>"Uppföljningen räknad per"</dt><dd>{idag()}</dd>
                </dl>
                <h2>"Plan per effekt"</h2>
                {planer}
                <Resultat resultat=Signal::stored(resultat) />
            }
            .into_any()
        }
    };
    view! {
        <article class="sida utskrift">
            <div class="ej-utskrift utskrift-knappar">
                <a href=tillbaka>"Tillbaka till planen"</a>
                <button type="button" class="primar" on:click=skriv_ut>"Skriv ut"</button>
            </div>
            <h1>"Effekthemtagningsplan: "{titel}</h1>
            {innehall}
        </article>
    }
}

fn plandel(p: &Effektplan, finns: bool) -> impl IntoView {
    let rubrik = if finns { p.benamning.clone() } else { format!("{} (effekten finns inte längre)", p.benamning) };
    let uppfoljningar = p
        .uppfoljningar
        .iter()
        .map(|u| {
            let pengar = u.realiserat.as_ref().map(|r| format!("{} ({})", formatera_kronor(r.belopp), r.ar));
            view! {
                <tr>
                    <th scope="row">{u.datum.clone()}</th>
                    <td class="tal">{eller_streck(&tal_text(&u.varde))}</td>
                    <td class="belopp">{pengar.unwrap_or_else(|| "–".into())}</td>
                    <td>{eller_streck(&u.kommentar)}</td>
                </tr>
            }
        })
        .collect_view();
    let datum = if p.uppfoljningsdatum.is_empty() { "–".to_string() } else { p.uppfoljningsdatum.join(", ") };
    view! {
        <section class="utskrift-plan">
            <h3>{rubrik}</h3>
            <dl class="utskrift-fakta">
                <dt>"Ansvarig"</dt><dd>{eller_streck(&p.ansvarig)}</dd>
                <dt>"Indikator"</dt><dd>{eller_streck(&p.indikator)}</dd>
                <dt>"Nollvärde"</dt><dd>{format!("{} ({})", eller_streck(&tal_text(&p.nollvarde)), eller_streck(&p.nollvarde_datum))}</dd>
                <dt>"Målvärde"</dt><dd>{format!("{} ({})", eller_streck(&tal_text(&p.malvarde)), eller_streck(&p.malvarde_datum))}</dd>
                <dt>"Mätmetod"</dt><dd>{eller_streck(&p.matmetod)}</dd>
                <dt>"Planerade uppföljningar"</dt><dd>{datum}</dd>
            </dl>
            {(!p.uppfoljningar.is_empty()).then(|| view! {
                {tabellram("Effekterna, går att rulla i sidled", view! {
                    <table class="effekttabell">
                    <caption>{format!("Uppföljningar: {}", p.benamning)}</caption>
                    {kolumnrubriker(["Datum", "Uppmätt värde", "Realiserat belopp (år)", "Kommentar"])}
                    <tbody>{uppfoljningar}</tbody>
                </table>
                })}
            })}
        </section>
    }
}
