//! The logic model drawn left to right: one column per part, a box per item
//! with its text (and indicator for outcomes), arrows for the links, and
//! under each outcome a small box per economic or qualitative effect tied to
//! it. Only arrows the model counts as valid, and only ties to an outcome
//! that exists, are drawn. Whole SVG user units.

use crate::model::{Koppling, Kopplingsslag, Logikled, Logikmodell};
use crate::radbryt::radbryt;
use crate::ui::steg::rutnat5::textrader;
use leptos::prelude::*;
use reactive_stores::Field;
use std::collections::HashMap;

const KOLUMN_SVG: i32 = 190;
const RUTA_BREDD_SVG: i32 = 166;
/// A box is as tall as its text: every label wraps, none is cut
/// (`crate::radbryt`). Lines of `RUTA_TECKEN` characters fit the box at
/// the diagram's text size (style/diagram.css).
const RAD_SVG: i32 = 19;
const RUTA_TECKEN: usize = 17;
const AVSTAND_SVG: i32 = 16;
const TOPP_SVG: i32 = 56;
const MARGINAL_SVG: i32 = 12;
/// A tied effect's box under its outcome, indented.
const BRICKA_INDRAG_SVG: i32 = 10;
const BRICKA_RAD_SVG: i32 = 18;
const BRICKA_AVSTAND_SVG: i32 = 4;
const BRICKA_TECKEN: usize = 16;

/// An item's lines, its indicator's lines after them (outcomes), and the
/// height of its box.
fn postrader(text: &str, indikator: Option<&str>) -> (Vec<String>, Vec<String>, i32) {
    let mut rader = radbryt(text, RUTA_TECKEN);
    if rader.is_empty() {
        rader.push("(tom)".to_string());
    }
    let ind = indikator.map(|i| radbryt(&format!("Indikator: {}", i.trim()), RUTA_TECKEN)).unwrap_or_default();
    let hojd = 10 + RAD_SVG * (rader.len() + ind.len()) as i32;
    (rader, ind, hojd)
}

/// The boxes of the effects tied to the outcome whose box is at (x, y),
/// and the height they take under it.
fn brickor(x: i32, y: i32, ruta_hojd: i32, kopplingar: &[&Koppling]) -> (impl IntoView, i32) {
    let mut by = y + ruta_hojd + BRICKA_AVSTAND_SVG;
    let mut vyer = Vec::with_capacity(kopplingar.len());
    for k in kopplingar {
        let etikett = k.etikett();
        let textrader = radbryt(&etikett, BRICKA_TECKEN);
        let hojd = 9 + BRICKA_RAD_SVG * textrader.len().max(1) as i32;
        let bx = x + BRICKA_INDRAG_SVG;
        let mitt = by + hojd / 2;
        let antal = textrader.len();
        // A space ends each line but the last, so the text reads whole when
        // taken as text.
        let tspans = (0..)
            .zip(textrader)
            .map(|(i, t)| {
                let t = if (i as usize) + 1 < antal { format!("{t} ") } else { t };
                view! { <tspan x=bx + 6 y=by + 16 + BRICKA_RAD_SVG * i>{t}</tspan> }
            })
            .collect_view();
        let klass = match k.slag {
            Kopplingsslag::Ekonomisk => "logik-koppling ekonomisk",
            Kopplingsslag::Kvalitativ => "logik-koppling kvalitativ",
        };
        vyer.push(view! {
            <g class=klass>
                <title>{etikett}</title>
                <path d=format!("M {} {} V {mitt} H {bx}", x + 4, by - BRICKA_AVSTAND_SVG) class="logik-kopplingslinje" />
                <rect x=bx y=by width=RUTA_BREDD_SVG - BRICKA_INDRAG_SVG height=hojd rx=4 />
                <text>{tspans}</text>
            </g>
        });
        by += hojd + BRICKA_AVSTAND_SVG;
    }
    let hojd = if vyer.is_empty() { 0 } else { by - (y + ruta_hojd) };
    (vyer, hojd)
}

#[component]
pub fn Logikdiagram(
    #[prop(into)] modell: Field<Logikmodell>,
    /// Every effect tied to an outcome (`model::kopplingar`).
    kopplingar: Signal<Vec<Koppling>>,
) -> impl IntoView {
    let ritning = move || {
        kopplingar.with(|alla| modell.with(|m| {
            // Where each item's box is and its height, for the arrows.
            let mut plats: HashMap<&str, (i32, i32, i32)> = HashMap::new();
            let mut hogst = 0;
            let mut rutor = Vec::new();
            for led in Logikled::ALLA {
                let x = MARGINAL_SVG + led.index() as i32 * KOLUMN_SVG;
                // Boxes stack down the column; an outcome's tied effects
                // take room under it.
                let mut y = TOPP_SVG;
                for p in m.i_led(led) {
                    let (rader, ind, ruta_hojd) = postrader(&p.text, led.effektled().then_some(p.indikator.as_str()));
                    let (brickvy, under) = brickor(x, y, ruta_hojd, &m.kopplingar_till(&p.id, alla));
                    plats.insert(p.id.as_str(), (x, y, ruta_hojd));
                    hogst = hogst.max(y + ruta_hojd + under);
                    let antal = rader.len() as i32;
                    let texten = textrader(rader, x + 8, y + 20, RAD_SVG);
                    let indikator = (!ind.is_empty()).then(|| {
                        view! { <text class="logik-indikator">{textrader(ind, x + 8, y + 20 + RAD_SVG * antal, RAD_SVG)}</text> }
                    });
                    rutor.push(view! {
                        <g class="logikpost">
                            <rect x=x y=y width=RUTA_BREDD_SVG height=ruta_hojd rx=6 />
                            <text>{texten}</text>
                            {indikator}
                        </g>
                        {brickvy}
                    });
                    y += ruta_hojd + under + AVSTAND_SVG;
                }
            }
            let pilar = m
                .giltiga_pilar()
                .filter_map(|p| {
                    let (x1, y1, h1) = *plats.get(p.fran.as_str())?;
                    let (x2, y2, h2) = *plats.get(p.till.as_str())?;
                    Some(view! {
                        <line x1=x1 + RUTA_BREDD_SVG y1=y1 + h1 / 2 x2=x2 - 2 y2=y2 + h2 / 2
                            class="logikpil" marker-end="url(#logik-pilspets)" />
                    })
                })
                .collect_view();
            let rubriker = Logikled::ALLA
                .into_iter()
                .map(|led| {
                    let x = MARGINAL_SVG + led.index() as i32 * KOLUMN_SVG;
                    let delar = textrader(radbryt(led.namn(), 20), x, 18, 16);
                    view! { <text class="logik-rubrik">{delar}</text> }
                })
                .collect_view();
            let bredd = MARGINAL_SVG * 2 + 5 * KOLUMN_SVG + RUTA_BREDD_SVG;
            let hojd = hogst.max(TOPP_SVG + RAD_SVG * 2) + MARGINAL_SVG;
            view! {
                <svg class="diagram logikdiagram" role="img" aria-labelledby="logik-titel logik-besk"
                    viewBox=format!("0 0 {bredd} {hojd}") width=bredd height=hojd
                    style:min-width=format!("{}px", bredd * 12 / 15)>
                    <title id="logik-titel">"Logikmodell"</title>
                    <desc id="logik-besk">
                        "Sex kolumner från vänster till höger: resurser, aktiviteter, prestationer och effekter på kort, "
                        "medellång och lång sikt. Pilar visar vad som leder till vad. Under varje effekt står de ekonomiska "
                        "och kvalitativa effekter som är kopplade till den. Samma innehåll finns som lista under diagrammet."
                    </desc>
                    <defs>
                        <marker id="logik-pilspets" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto">
                            <path d="M 0 0 L 10 5 L 0 10 z" class="logik-pilspets" />
                        </marker>
                    </defs>
                    {rubriker}
                    {rutor}
                    {pilar}
                </svg>
            }
        }))
    };
    view! {
        <figure class="diagramram">
            <div class="diagramrulle" tabindex="0" role="group" aria-label="Logikmodell, går att rulla i sidled">{ritning}</div>
            <figcaption>"Diagrammet ritas av posterna och länkarna ovan."</figcaption>
        </figure>
        <details class="textalternativ">
            <summary>"Logikmodellen som text"</summary>
            <Textversion modell kopplingar />
        </details>
    }
}

#[component]
fn Textversion(modell: Field<Logikmodell>, kopplingar: Signal<Vec<Koppling>>) -> impl IntoView {
    move || {
        kopplingar.with(|alla| {
            modell.with(|m| {
                Logikled::ALLA
                    .into_iter()
                    .map(|led| {
                        let poster = m
                            .i_led(led)
                            .map(|p| {
                                let mal: Vec<String> = m
                                    .giltiga_pilar()
                                    .filter(|pil| pil.fran == p.id)
                                    .filter_map(|pil| m.post(&pil.till).map(|t| t.text.clone()))
                                    .collect();
                                let indikator = led.effektled().then(|| format!(" (indikator: {})", p.indikator));
                                let leder = (!mal.is_empty()).then(|| format!(" – leder till: {}", mal.join(", ")));
                                let bundna: Vec<_> = m
                                    .kopplingar_till(&p.id, alla)
                                    .into_iter()
                                    .map(|k| view! { <li>{k.beskrivning()}</li> })
                                    .collect();
                                let bundna = (!bundna.is_empty()).then(|| {
                                    view! { " – kopplade effekter:" <ul class="kopplade">{bundna}</ul> }
                                });
                                view! { <li>{p.text.clone()}{indikator}{leder}{bundna}</li> }
                            })
                            .collect_view();
                        view! { <h4>{led.namn()}</h4><ul>{poster}</ul> }
                    })
                    .collect_view()
            })
        })
    }
}
