//! The fishbone (Ishikawa) diagram of step 2, drawn from what was entered:
//! the problem at the head, one bone per category with its causes, root
//! causes in bold. SVG from view! elements with a title, a description and
//! the same content as nested lists below it for screen readers and print.
//! Coordinates are whole SVG user units, so no floating point is needed.

use crate::model::{Orsaksanalys, Orsakskategori};
use crate::radbryt::radbryt;
use crate::ui::komponenter::rutnat5::textrader;
use leptos::prelude::*;
use reactive_stores::Field;

const KOLUMN_SVG: i32 = 230;
/// One line of a label; a cause takes as many as its text needs.
const RADHOJD_SVG: i32 = 17;
/// Space between two causes on a bone.
const ORSAKSAVSTAND_SVG: i32 = 8;
const MARGINAL_SVG: i32 = 40;
const HUVUD_SVG: i32 = 190;
/// Characters per line of a label: labels wrap, never cut
/// (`crate::radbryt`); a line fits the column left of its bone.
const RADBREDD_TECKEN: usize = 24;

/// The lines a cause is drawn with, root causes marked.
fn orsaksrader(beskrivning: &str, grundorsak: bool) -> Vec<String> {
    let markering = if grundorsak { "◆ " } else { "" };
    let mut rader = radbryt(&format!("{markering}{}", beskrivning.trim()), RADBREDD_TECKEN);
    if rader.is_empty() {
        rader.push(format!("{markering}(tom orsak)"));
    }
    rader
}

/// How long a bone must be for its causes, one below the other.
fn benlangd(analys: &Orsaksanalys, kategori: &Orsakskategori) -> i32 {
    analys
        .orsaker_i(&kategori.id)
        .map(|o| orsaksrader(&o.beskrivning, o.grundorsak).len() as i32 * RADHOJD_SVG + ORSAKSAVSTAND_SVG)
        .sum::<i32>()
}

fn ben(analys: &Orsaksanalys, nr: usize, kategori: &Orsakskategori, langd: i32, rygg_y: i32) -> impl IntoView {
    let kolumn = (nr / 2) as i32;
    let uppat = nr.is_multiple_of(2);
    let bas_x = MARGINAL_SVG + (kolumn + 1) * KOLUMN_SVG;
    let yttre_x = bas_x - 70;
    let yttre_y = if uppat { rygg_y - langd } else { rygg_y + langd };
    // From the outer end toward the spine, each cause after the one before.
    let mut avstand = RADHOJD_SVG / 2;
    let orsaker = analys
        .orsaker_i(&kategori.id)
        .map(|orsak| {
            let rader = orsaksrader(&orsak.beskrivning, orsak.grundorsak);
            let hojd = rader.len() as i32 * RADHOJD_SVG;
            // The cause's block of lines, `avstand` in from the outer end:
            // below it on an upward bone, above it on a downward one, so no
            // line reaches the category's name or the next cause.
            let topp = if uppat { yttre_y + avstand } else { yttre_y - avstand - hojd };
            avstand += hojd + ORSAKSAVSTAND_SVG;
            let forsta_y = topp + RADHOJD_SVG - 4;
            let y = forsta_y;
            let x = yttre_x + (bas_x - yttre_x) * (y - 4 - yttre_y).abs() / langd.max(1);
            let vikt = if orsak.grundorsak { "700" } else { "400" };
            view! {
                <g class="fiskben-orsak">
                    <line x1=x - 14 y1=y - 4 x2=x y2=y - 4 class="fiskben-linje" />
                    <text text-anchor="end" font-weight=vikt>{textrader(rader, x - 18, forsta_y, RADHOJD_SVG)}</text>
                </g>
            }
        })
        .collect_view();
    let namn = radbryt(&kategori.namn, RADBREDD_TECKEN);
    let namnhojd = namn.len() as i32 * RADHOJD_SVG;
    let etikett_y = if uppat { yttre_y - 8 - namnhojd + RADHOJD_SVG } else { yttre_y + 18 };
    view! {
        <g class="fiskben-kategori">
            <line x1=yttre_x y1=yttre_y x2=bas_x y2=rygg_y class="fiskben-linje" />
            <text text-anchor="middle" font-weight="700">{textrader(namn, yttre_x, etikett_y, RADHOJD_SVG)}</text>
            {orsaker}
        </g>
    }
}

#[component]
pub fn Fiskben(#[prop(into)] analys: Field<Orsaksanalys>) -> impl IntoView {
    let ritning = move || {
        analys.with(|a| {
            let mest = a.kategorier.iter().map(|k| benlangd(a, k)).max().unwrap_or(0);
            let namnrader =
                a.kategorier.iter().map(|k| radbryt(&k.namn, RADBREDD_TECKEN).len()).max().unwrap_or(1) as i32;
            let langd = 30 + mest;
            let kolumner = (a.kategorier.len() as i32 + 1) / 2;
            let rygg_y = MARGINAL_SVG + 10 + namnrader * RADHOJD_SVG + langd;
            let rygg_slut = MARGINAL_SVG + kolumner.max(1) * KOLUMN_SVG + 20;
            let bredd = rygg_slut + HUVUD_SVG + MARGINAL_SVG;
            let problem = if a.problemformulering.trim().is_empty() {
                vec!["(Problemet är inte formulerat)".to_string()]
            } else {
                radbryt(&a.problemformulering, 22)
            };
            // The head grows with the problem's lines, centred on the spine.
            let huvud_hojd = problem.len() as i32 * RADHOJD_SVG + 14;
            let huvud_y = (rygg_y - huvud_hojd / 2).max(MARGINAL_SVG);
            let hojd = (rygg_y + langd + 20 + namnrader * RADHOJD_SVG).max(huvud_y + huvud_hojd + MARGINAL_SVG);
            let problemrader = textrader(problem, rygg_slut + 10, huvud_y + RADHOJD_SVG + 2, RADHOJD_SVG);
            let ben = a.kategorier.iter().enumerate().map(|(nr, k)| ben(a, nr, k, langd, rygg_y)).collect_view();
            view! {
                <svg class="diagram fiskben" role="img" aria-labelledby="fiskben-titel fiskben-besk"
                    viewBox=format!("0 0 {bredd} {hojd}") width=bredd height=hojd
                    style:min-width=format!("{}px", bredd * 12 / 13)>
                    <title id="fiskben-titel">"Fiskbensdiagram"</title>
                    <desc id="fiskben-besk">
                        "Problemet står i fiskens huvud till höger; varje ben är en kategori med sina orsaker. "
                        "Grundorsaker är markerade med ◆ och fetstil. Samma innehåll finns som lista under diagrammet."
                    </desc>
                    <line x1=MARGINAL_SVG y1=rygg_y x2=rygg_slut y2=rygg_y class="fiskben-rygg" />
                    <rect x=rygg_slut y=huvud_y width=HUVUD_SVG height=huvud_hojd rx=8 class="fiskben-huvud" />
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
                                let svar =
                                    o.varfor.iter().filter(|s| !s.trim().is_empty()).cloned().collect::<Vec<_>>();
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
