//! The fishbone (Ishikawa) diagram of step 2, drawn from what was entered:
//! the problem at the head, one bone per category with its causes, root
//! causes in bold. SVG from view! elements with a title, a description and
//! the same content as nested lists below it for screen readers and print.
//! Coordinates are whole SVG user units, so no floating point is needed.

use crate::model::{Orsaksanalys, Orsakskategori};
use leptos::prelude::*;
use reactive_stores::Field;

const KOLUMN_SVG: i32 = 210;
const RADHOJD_SVG: i32 = 20;
const MARGINAL_SVG: i32 = 20;
const HUVUD_SVG: i32 = 190;
/// Longer texts are shortened in the drawing; the full text is in the list.
const MAX_TECKEN: usize = 26;

pub fn kortad(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let mut kort: String = text.chars().take(max - 1).collect();
        kort.push('…');
        kort
    }
}

/// Splits the problem into at most three lines for the head of the fish.
pub fn rader(text: &str, bredd: usize) -> Vec<String> {
    let mut rader: Vec<String> = Vec::new();
    for ord in text.split_whitespace() {
        match rader.last_mut() {
            Some(rad) if rad.chars().count() + 1 + ord.chars().count() <= bredd => {
                rad.push(' ');
                rad.push_str(ord);
            }
            _ => rader.push(ord.to_string()),
        }
    }
    if rader.len() > 3 {
        rader.truncate(3);
        let sista = format!("{}…", rader[2]);
        rader[2] = kortad(&sista, bredd);
    }
    rader
}

fn ben(analys: &Orsaksanalys, nr: usize, kategori: &Orsakskategori, langd: i32, rygg_y: i32) -> impl IntoView {
    let kolumn = (nr / 2) as i32;
    let uppat = nr % 2 == 0;
    let bas_x = MARGINAL_SVG + (kolumn + 1) * KOLUMN_SVG;
    let yttre_x = bas_x - 70;
    let riktning = if uppat { -1 } else { 1 };
    let yttre_y = rygg_y + riktning * langd;
    let orsaker: Vec<_> = analys.orsaker_i(&kategori.id).collect();
    let antal = orsaker.len() as i32;
    let orsaker = orsaker
        .into_iter()
        .enumerate()
        .map(|(j, orsak)| {
            // Evenly along the bone, the first cause nearest the outer end.
            let steg = (j as i32 + 1) * langd / (antal + 1);
            let y = yttre_y - riktning * steg;
            let x = yttre_x + (bas_x - yttre_x) * steg / langd;
            let vikt = if orsak.grundorsak { "700" } else { "400" };
            let markering = if orsak.grundorsak { "◆ " } else { "" };
            view! {
                <g class="fiskben-orsak">
                    <line x1=x - 14 y1=y x2=x y2=y class="fiskben-linje" />
                    <text x=x - 18 y=y + 4 text-anchor="end" font-weight=vikt>
                        {format!("{markering}{}", kortad(&orsak.beskrivning, MAX_TECKEN))}
                    </text>
                </g>
            }
        })
        .collect_view();
    let etikett_y = if uppat { yttre_y - 8 } else { yttre_y + 18 };
    view! {
        <g class="fiskben-kategori">
            <line x1=yttre_x y1=yttre_y x2=bas_x y2=rygg_y class="fiskben-linje" />
            <text x=yttre_x y=etikett_y text-anchor="middle" font-weight="700">
                {kortad(&kategori.namn, MAX_TECKEN)}
            </text>
            {orsaker}
        </g>
    }
}

#[component]
pub fn Fiskben(#[prop(into)] analys: Field<Orsaksanalys>) -> impl IntoView {
    let ritning = move || {
        analys.with(|a| {
            let mest = a.kategorier.iter().map(|k| a.orsaker_i(&k.id).count()).max().unwrap_or(0) as i32;
            let langd = 50 + mest * RADHOJD_SVG;
            let kolumner = (a.kategorier.len() as i32 + 1) / 2;
            let rygg_y = MARGINAL_SVG + 20 + langd;
            let rygg_slut = MARGINAL_SVG + kolumner.max(1) * KOLUMN_SVG + 20;
            let bredd = rygg_slut + HUVUD_SVG + MARGINAL_SVG;
            let hojd = rygg_y + langd + 40;
            let problem = if a.problemformulering.trim().is_empty() {
                vec!["(Problemet är inte formulerat)".to_string()]
            } else {
                rader(&a.problemformulering, 24)
            };
            let huvud_y = rygg_y - 10 - 9 * problem.len() as i32;
            let problemrader = problem
                .into_iter()
                .enumerate()
                .map(|(i, rad)| view! { <tspan x=rygg_slut + 10 y=huvud_y + 18 + 18 * i as i32>{rad}</tspan> })
                .collect_view();
            let ben = a
                .kategorier
                .iter()
                .enumerate()
                .map(|(nr, k)| ben(a, nr, k, langd, rygg_y))
                .collect_view();
            view! {
                <svg class="diagram fiskben" role="img" aria-labelledby="fiskben-titel fiskben-besk"
                    viewBox=format!("0 0 {bredd} {hojd}") width=bredd height=hojd>
                    <title id="fiskben-titel">"Fiskbensdiagram"</title>
                    <desc id="fiskben-besk">
                        "Problemet står i fiskens huvud till höger; varje ben är en kategori med sina orsaker. "
                        "Grundorsaker är markerade med ◆ och fetstil. Samma innehåll finns som lista under diagrammet."
                    </desc>
                    <line x1=MARGINAL_SVG y1=rygg_y x2=rygg_slut y2=rygg_y class="fiskben-rygg" />
                    <rect x=rygg_slut y=huvud_y width=HUVUD_SVG height=18 * 3 + 10 rx=8 class="fiskben-huvud" />
                    <text class="fiskben-problem">{problemrader}</text>
                    {ben}
                </svg>
            }
        })
    };
    view! {
        <figure class="diagramram">
            <div class="diagramrulle" tabindex="0" role="group" aria-label="Fiskbensdiagram, går att rulla i sidled">{ritning}</div>
            <figcaption>"Fiskbensdiagrammet ritas av det du skriver ovan."</figcaption>
        </figure>
        <details class="textalternativ">
            <summary>"Fiskbensdiagrammet som text"</summary>
            <Textversion analys />
        </details>
    }
}

#[component]
fn Textversion(analys: Field<Orsaksanalys>) -> impl IntoView {
    move || {
        analys.with(|a| {
            let kategorier = a
                .kategorier
                .iter()
                .map(|k| {
                    let orsaker = a
                        .orsaker_i(&k.id)
                        .map(|o| {
                            let grund = if o.grundorsak { " (grundorsak)" } else { "" };
                            let kedja = (!o.varfor.is_empty()).then(|| {
                                let svar = o.varfor.iter().filter(|s| !s.trim().is_empty()).cloned().collect::<Vec<_>>();
                                format!(" – varför: {}", svar.join(" → "))
                            });
                            view! { <li>{o.beskrivning.clone()}{grund}{kedja}</li> }
                        })
                        .collect_view();
                    view! { <li>{k.namn.clone()}<ul>{orsaker}</ul></li> }
                })
                .collect_view();
            view! {
                <p>"Problem: " {a.problemformulering.clone()}</p>
                <ul>{kategorier}</ul>
            }
        })
    }
}
