//! The power/interest grid of step 4: interest to the right, influence
//! upward, the four quadrants named, each stakeholder a dot with its name.
//! The quadrant lines sit where `Intressent::kvadrant` splits the scales, so
//! the drawing and the suggested strategy always agree. Whole SVG user units.

use crate::model::{Intressentanalys, Kvadrant, HOG_FRAN};
use crate::ui::steg::fiskben::kortad;
use leptos::prelude::*;
use reactive_stores::Field;
use std::collections::HashMap;

const VANSTER_SVG: i32 = 70;
const TOPP_SVG: i32 = 20;
const RUTA_SVG: i32 = 84;
const YTA_SVG: i32 = 5 * RUTA_SVG;

/// Left edge of the column of interest `v` (1–5).
fn x_svg(v: u8) -> i32 {
    VANSTER_SVG + (i32::from(v.clamp(1, 5)) - 1) * RUTA_SVG
}

/// Top edge of the row of influence `v` (1–5); 5 is at the top.
fn y_svg(v: u8) -> i32 {
    TOPP_SVG + (5 - i32::from(v.clamp(1, 5))) * RUTA_SVG
}

#[component]
pub fn Intressentrutnat(#[prop(into)] analys: Field<Intressentanalys>) -> impl IntoView {
    let delning_x = x_svg(HOG_FRAN);
    let delning_y = y_svg(HOG_FRAN) + RUTA_SVG;
    let hoger = VANSTER_SVG + YTA_SVG;
    let botten = TOPP_SVG + YTA_SVG;
    let kvadranter = [
        (Kvadrant::HallNojd, VANSTER_SVG, TOPP_SVG, delning_x, delning_y),
        (Kvadrant::HanteraNara, delning_x, TOPP_SVG, hoger, delning_y),
        (Kvadrant::Bevaka, VANSTER_SVG, delning_y, delning_x, botten),
        (Kvadrant::HallInformerad, delning_x, delning_y, hoger, botten),
    ]
    .into_iter()
    .map(|(k, x1, y1, x2, y2)| {
        let klass = format!("kvadrant kvadrant-{}", Kvadrant::ALLA.iter().position(|a| *a == k).unwrap_or(0));
        view! {
            <rect x=x1 y=y1 width=x2 - x1 height=y2 - y1 class=klass />
            <text x=x1 + 6 y=y2 - 8 class="kvadrantnamn">{k.namn()}</text>
        }
    })
    .collect_view();
    let skalor = (1..=5u8)
        .map(|v| {
            view! {
                <text x=x_svg(v) + RUTA_SVG / 2 y=botten + 18 text-anchor="middle">{v.to_string()}</text>
                <text x=VANSTER_SVG - 8 y=y_svg(v) + RUTA_SVG / 2 + 4 text-anchor="end">{v.to_string()}</text>
            }
        })
        .collect_view();
    let prickar = move || {
        analys.with(|a| {
            // Stakeholders sharing a cell are stacked so every name shows.
            let mut i_rutan: HashMap<(u8, u8), i32> = HashMap::new();
            a.intressenter
                .iter()
                .map(|i| {
                    let plats = i_rutan.entry((i.intresse, i.inflytande)).or_insert(0);
                    let y = y_svg(i.inflytande) + 14 + *plats * 16;
                    *plats += 1;
                    let x = x_svg(i.intresse) + 10;
                    let namn = if i.namn.trim().is_empty() { "(namnlös)".to_string() } else { kortad(&i.namn, 16) };
                    view! {
                        <g class="intressentprick">
                            <circle cx=x cy=y r=5 />
                            <text x=x + 9 y=y + 4>{namn}</text>
                        </g>
                    }
                })
                .collect_view()
        })
    };
    let bredd = hoger + 20;
    let hojd = botten + 50;
    view! {
        <figure class="diagramram">
            <div class="diagramrulle" tabindex="0" role="group" aria-label="Intressentrutnät, går att rulla i sidled">
                <svg class="diagram rutnat" role="img" aria-labelledby="rutnat-titel rutnat-besk"
                    viewBox=format!("0 0 {bredd} {hojd}") width=bredd height=hojd>
                    <title id="rutnat-titel">"Intressentrutnät: inflytande och intresse"</title>
                    <desc id="rutnat-besk">
                        "Intresse från 1 till 5 åt höger, inflytande från 1 till 5 uppåt. Från 3 räknas som högt. "
                        "Fyra fält: Hantera nära, Håll nöjd, Håll informerad och Bevaka. Varje intressent är en punkt "
                        "med sitt namn. Samma innehåll finns som lista under rutnätet."
                    </desc>
                    {kvadranter}
                    {skalor}
                    <text x=VANSTER_SVG + YTA_SVG / 2 y=botten + 40 text-anchor="middle" class="axel">"Intresse →"</text>
                    <text x=16 y=TOPP_SVG + YTA_SVG / 2 text-anchor="middle" class="axel"
                        transform=format!("rotate(-90 16 {})", TOPP_SVG + YTA_SVG / 2)>"Inflytande →"</text>
                    {prickar}
                </svg>
            </div>
            <figcaption>"Rutnätet ritas av intressenterna ovan."</figcaption>
        </figure>
        <details class="textalternativ">
            <summary>"Intressentrutnätet som text"</summary>
            <ul>
                {move || analys.with(|a| Kvadrant::ALLA.into_iter().map(|k| {
                    let namn: Vec<String> = a.intressenter.iter().filter(|i| i.kvadrant() == k)
                        .map(|i| format!("{} (inflytande {}, intresse {})", i.namn, i.inflytande, i.intresse)).collect();
                    let lista = if namn.is_empty() { "ingen".to_string() } else { namn.join("; ") };
                    view! { <li>{k.namn()} ": " {lista}</li> }
                }).collect_view())}
            </ul>
        </details>
    }
}
