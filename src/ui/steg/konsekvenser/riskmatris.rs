//! The risk matrix of step 9: consequence to the right, likelihood upward,
//! each cell shaded and named by its level (`Riskniva::av`, so the drawing
//! and the rule agree), each risk written in its cell. Whole SVG units.

use crate::model::{Konsekvenser, Riskniva};
use crate::ui::komponenter::rutnat5::{staplade_namn, textrader, Rutnat5};
use leptos::prelude::*;
use reactive_stores::Field;

/// Consequence to the right, likelihood upward.
const RUTNAT: Rutnat5 = Rutnat5 { vanster: 70, topp: 12, ruta: 120 };

#[component]
pub fn Riskmatris(#[prop(into)] konsekvenser: Field<Konsekvenser>) -> impl IntoView {
    let r = RUTNAT;
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
                <rect x=r.x(k) y=r.y(s) width=r.ruta height=r.ruta class=klass />
                <text x=r.x(k) + r.ruta - 4 y=r.y(s) + r.ruta - 6 text-anchor="end" class="risknivatext">
                    {niva.namn()}
                </text>
            }
        })
        .collect_view();
    let risker = move || {
        konsekvenser.with(|k| {
            // Risks sharing a cell are stacked so every name shows in full.
            let namn = staplade_namn(
                k.risker.iter().map(|risk| (risk.beskrivning.as_str(), (risk.konsekvens, risk.sannolikhet))),
                14,
            );
            k.risker
                .iter()
                .zip(namn)
                .map(|(risk, (namn, plats))| {
                    let x = r.x(risk.konsekvens) + 6;
                    let y = r.y(risk.sannolikhet) + 18 + plats * 15;
                    view! { <text class="riskpost">{textrader(namn, x, y, 15)}</text> }
                })
                .collect_view()
        })
    };
    view! {
        {r.figur(
            "risk",
            "riskmatris",
            "Riskmatris: sannolikhet och konsekvens",
            "Konsekvens från 1 till 5 åt höger, sannolikhet från 1 till 5 uppåt. Varje ruta är märkt med sin \
             risknivå, låg, medel eller hög, och varje risk står i sin ruta. Samma innehåll finns som lista under matrisen.",
            "Matrisen ritas av riskerna ovan.",
            view! { {rutor} {r.skalor("Konsekvens", "Sannolikhet")} {risker} },
        )}
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
