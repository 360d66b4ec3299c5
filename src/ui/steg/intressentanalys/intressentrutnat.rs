//! The power/interest grid of step 4: interest to the right, influence
//! upward, the four quadrants named, each stakeholder a dot with its name.
//! The quadrant lines sit where `Intressent::kvadrant` splits the scales, so
//! the drawing and the suggested strategy always agree. Whole SVG user units.

use crate::model::{Intressentanalys, Kvadrant, HOG_FRAN};
use crate::ui::komponenter::rutnat5::{staplade_namn, textrader, Rutnat5};
use leptos::prelude::*;
use reactive_stores::Field;

/// Interest to the right, influence upward.
const RUTNAT: Rutnat5 = Rutnat5 { vanster: 70, topp: 20, ruta: 120 };
/// Characters per line of a name: names wrap within their cell, never cut.
const NAMNBREDD_TECKEN: usize = 14;
const RADHOJD: i32 = 15;

#[component]
pub fn Intressentrutnat(#[prop(into)] analys: Field<Intressentanalys>) -> impl IntoView {
    let r = RUTNAT;
    let delning_x = r.x(HOG_FRAN);
    let delning_y = r.y(HOG_FRAN) + r.ruta;
    let (hoger, botten) = (r.hoger(), r.botten());
    let kvadranter = [
        (Kvadrant::HallNojd, r.vanster, r.topp, delning_x, delning_y),
        (Kvadrant::HanteraNara, delning_x, r.topp, hoger, delning_y),
        (Kvadrant::Bevaka, r.vanster, delning_y, delning_x, botten),
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
    let prickar = move || {
        analys.with(|a| {
            // Stakeholders sharing a cell are stacked so every name shows.
            let namn = staplade_namn(
                a.intressenter.iter().map(|i| (i.namn.as_str(), (i.intresse, i.inflytande))),
                NAMNBREDD_TECKEN,
            );
            a.intressenter
                .iter()
                .zip(namn)
                .map(|(i, (namn, plats))| {
                    let y = r.y(i.inflytande) + 14 + plats * RADHOJD;
                    let x = r.x(i.intresse) + 8;
                    view! {
                        <g class="intressentprick">
                            <circle cx=x cy=y r=5 />
                            <text>{textrader(namn, x + 8, y + 4, RADHOJD)}</text>
                        </g>
                    }
                })
                .collect_view()
        })
    };
    view! {
        {r.figur(
            "rutnat",
            "rutnat",
            "Intressentrutnät: inflytande och intresse",
            "Intresse från 1 till 5 åt höger, inflytande från 1 till 5 uppåt. Från 3 räknas som högt. \
             Fyra fält: Hantera nära, Håll nöjd, Håll informerad och Bevaka. Varje intressent är en punkt \
             med sitt namn. Samma innehåll finns som lista under rutnätet.",
            "Rutnätet ritas av intressenterna ovan.",
            view! { {kvadranter} {r.skalor("Intresse", "Inflytande")} {prickar} },
        )}
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
