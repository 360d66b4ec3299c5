//! The risk matrix of step 9: consequence to the right, likelihood upward,
//! each cell shaded and named by its level (`Riskniva::av`, so the drawing
//! and the rule agree), each risk written in its cell. Whole SVG units.

use crate::model::{Konsekvenser, Riskniva};
use crate::ui::steg::fiskben::kortad;
use leptos::prelude::*;
use reactive_stores::Field;
use std::collections::HashMap;

const VANSTER_SVG: i32 = 70;
const TOPP_SVG: i32 = 12;
const RUTA_SVG: i32 = 96;

fn x_svg(konsekvens: u8) -> i32 {
    VANSTER_SVG + (i32::from(konsekvens.clamp(1, 5)) - 1) * RUTA_SVG
}

fn y_svg(sannolikhet: u8) -> i32 {
    TOPP_SVG + (5 - i32::from(sannolikhet.clamp(1, 5))) * RUTA_SVG
}

#[component]
pub fn Riskmatris(#[prop(into)] konsekvenser: Field<Konsekvenser>) -> impl IntoView {
    let botten = TOPP_SVG + 5 * RUTA_SVG;
    let hoger = VANSTER_SVG + 5 * RUTA_SVG;
    let rutor = (1..=5u8)
        .flat_map(|s| (1..=5u8).map(move |k| (s, k)))
        .map(|(s, k)| {
            let niva = Riskniva::av(s, k);
            let klass = match niva {
                Riskniva::Lag => "riskruta risk-lag",
                Riskniva::Medel => "riskruta risk-medel",
                Riskniva::Hog => "riskruta risk-hog",
            };
            view! {
                <rect x=x_svg(k) y=y_svg(s) width=RUTA_SVG height=RUTA_SVG class=klass />
                <text x=x_svg(k) + RUTA_SVG - 4 y=y_svg(s) + RUTA_SVG - 6 text-anchor="end" class="risknivatext">
                    {niva.namn()}
                </text>
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
    let risker = move || {
        konsekvenser.with(|k| {
            let mut i_rutan: HashMap<(u8, u8), i32> = HashMap::new();
            k.risker
                .iter()
                .map(|r| {
                    let plats = i_rutan.entry((r.sannolikhet, r.konsekvens)).or_insert(0);
                    let y = y_svg(r.sannolikhet) + 18 + *plats * 16;
                    *plats += 1;
                    let namn = if r.beskrivning.trim().is_empty() { "(namnlös)".to_string() } else { kortad(&r.beskrivning, 13) };
                    view! { <text x=x_svg(r.konsekvens) + 6 y=y class="riskpost">{namn}</text> }
                })
                .collect_view()
        })
    };
    let (bredd, hojd) = (hoger + 20, botten + 50);
    view! {
        <figure class="diagramram">
            <div class="diagramrulle" tabindex="0" role="group" aria-label="Riskmatris, går att rulla i sidled">
                <svg class="diagram riskmatris" role="img" aria-labelledby="risk-titel risk-besk"
                    viewBox=format!("0 0 {bredd} {hojd}") width=bredd height=hojd>
                    <title id="risk-titel">"Riskmatris: sannolikhet och konsekvens"</title>
                    <desc id="risk-besk">
                        "Konsekvens från 1 till 5 åt höger, sannolikhet från 1 till 5 uppåt. Varje ruta är märkt med sin "
                        "risknivå, låg, medel eller hög, och varje risk står i sin ruta. Samma innehåll finns som lista under matrisen."
                    </desc>
                    {rutor}
                    {skalor}
                    <text x=VANSTER_SVG + 5 * RUTA_SVG / 2 y=botten + 40 text-anchor="middle" class="axel">"Konsekvens →"</text>
                    <text x=16 y=TOPP_SVG + 5 * RUTA_SVG / 2 text-anchor="middle" class="axel"
                        transform=format!("rotate(-90 16 {})", TOPP_SVG + 5 * RUTA_SVG / 2)>"Sannolikhet →"</text>
                    {risker}
                </svg>
            </div>
            <figcaption>"Matrisen ritas av riskerna ovan."</figcaption>
        </figure>
        <details class="textalternativ">
            <summary>"Riskmatrisen som text"</summary>
            <ul>
                {move || konsekvenser.with(|k| k.risker.iter().map(|r| {
                    let text = format!("{}: sannolikhet {}, konsekvens {}, risknivå {}", r.beskrivning, r.sannolikhet,
                        r.konsekvens, r.niva().namn().to_lowercase());
                    view! { <li>{text}</li> }
                }).collect_view())}
            </ul>
        </details>
    }
}
