//! The logic model drawn left to right: one column per part, a box per item
//! with its text (and indicator for outcomes), arrows for the links, and
//! under each outcome a small box per economic or qualitative effect tied to
//! it. Only arrows the model counts as valid, and only ties to an outcome
//! that exists, are drawn. Whole SVG user units.

use crate::model::{Koppling, Kopplingsslag, Logikled, Logikmodell};
use crate::ui::steg::fiskben::{kortad, rader};
use leptos::prelude::*;
use reactive_stores::Field;
use std::collections::HashMap;

const KOLUMN_SVG: i32 = 190;
const RUTA_BREDD_SVG: i32 = 166;
const RUTA_HOJD_SVG: i32 = 66;
const AVSTAND_SVG: i32 = 16;
const TOPP_SVG: i32 = 56;
const MARGINAL_SVG: i32 = 12;
/// A tied effect's box under its outcome: indented, its label on up to
/// three lines of `BRICKA_TECKEN` characters (what fits at 11 px).
const BRICKA_INDRAG_SVG: i32 = 10;
const BRICKA_RAD_SVG: i32 = 13;
const BRICKA_AVSTAND_SVG: i32 = 4;
const BRICKA_TECKEN: usize = 25;

/// The boxes of the effects tied to the outcome whose box is at (x, y),
/// and the height they take under it.
fn brickor(x: i32, y: i32, kopplingar: &[&Koppling]) -> (impl IntoView, i32) {
    let mut by = y + RUTA_HOJD_SVG + BRICKA_AVSTAND_SVG;
    let mut vyer = Vec::with_capacity(kopplingar.len());
    for k in kopplingar {
        let etikett = k.etikett();
        let textrader = rader(&etikett, BRICKA_TECKEN);
        let hojd = 7 + BRICKA_RAD_SVG * textrader.len().max(1) as i32;
        let bx = x + BRICKA_INDRAG_SVG;
        let mitt = by + hojd / 2;
        let antal = textrader.len();
        // A space ends each line but the last, so the text reads whole when
        // taken as text.
        let tspans = (0..)
            .zip(textrader)
            .map(|(i, t)| {
                let t = if (i as usize) + 1 < antal { format!("{t} ") } else { t };
                view! { <tspan x=bx + 6 y=by + 14 + BRICKA_RAD_SVG * i>{t}</tspan> }
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
    let hojd = if vyer.is_empty() { 0 } else { by - (y + RUTA_HOJD_SVG) };
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
            // Where each item's box is, for the arrows.
            let mut plats: HashMap<&str, (i32, i32)> = HashMap::new();
            let mut hogst = 0;
            let mut rutor = Vec::new();
            for led in Logikled::ALLA {
                let x = MARGINAL_SVG + led.index() as i32 * KOLUMN_SVG;
                // Boxes stack down the column; an outcome's tied effects
                // take room under it.
                let mut y = TOPP_SVG;
                for p in m.i_led(led) {
                    let (brickvy, under) = brickor(x, y, &m.kopplingar_till(&p.id, alla));
                    plats.insert(p.id.as_str(), (x, y));
                    hogst = hogst.max(y + RUTA_HOJD_SVG + under);
                    let mut textrader = rader(&p.text, 22);
                    textrader.truncate(2);
                    let textrader = textrader
                        .into_iter()
                        .enumerate()
                        .map(|(i, t)| view! { <tspan x=x + 8 y=y + 20 + 17 * i as i32>{t}</tspan> })
                        .collect_view();
                    let indikator = led.ar_effekt().then(|| {
                        view! {
                            <text x=x + 8 y=y + RUTA_HOJD_SVG - 8 class="logik-indikator">
                                {format!("Indikator: {}", kortad(&p.indikator, 16))}
                            </text>
                        }
                    });
                    rutor.push(view! {
                        <g class="logikpost">
                            <rect x=x y=y width=RUTA_BREDD_SVG height=RUTA_HOJD_SVG rx=6 />
                            <text>{textrader}</text>
                            {indikator}
                        </g>
                        {brickvy}
                    });
                    y += RUTA_HOJD_SVG + under + AVSTAND_SVG;
                }
            }
            let pilar = m
                .giltiga_pilar()
                .filter_map(|p| {
                    let (x1, y1) = *plats.get(p.fran.as_str())?;
                    let (x2, y2) = *plats.get(p.till.as_str())?;
                    Some(view! {
                        <line x1=x1 + RUTA_BREDD_SVG y1=y1 + RUTA_HOJD_SVG / 2 x2=x2 - 2 y2=y2 + RUTA_HOJD_SVG / 2
                            class="logikpil" marker-end="url(#logik-pilspets)" />
                    })
                })
                .collect_view();
            let rubriker = Logikled::ALLA
                .into_iter()
                .map(|led| {
                    let x = MARGINAL_SVG + led.index() as i32 * KOLUMN_SVG;
                    let mut delar = rader(led.namn(), 20);
                    delar.truncate(2);
                    let delar = delar
                        .into_iter()
                        .enumerate()
                        .map(|(i, t)| view! { <tspan x=x y=18 + 16 * i as i32>{t}</tspan> })
                        .collect_view();
                    view! { <text class="logik-rubrik">{delar}</text> }
                })
                .collect_view();
            let bredd = MARGINAL_SVG * 2 + 5 * KOLUMN_SVG + RUTA_BREDD_SVG;
            let hojd = hogst.max(TOPP_SVG + RUTA_HOJD_SVG) + MARGINAL_SVG;
            view! {
                <svg class="diagram logikdiagram" role="img" aria-labelledby="logik-titel logik-besk"
                    viewBox=format!("0 0 {bredd} {hojd}") width=bredd height=hojd>
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
        kopplingar.with(|alla| modell.with(|m| {
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
                            let indikator = led.ar_effekt().then(|| format!(" (indikator: {})", p.indikator));
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
        }))
    }
}
