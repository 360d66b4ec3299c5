//! The plan's chart: economic effects planned (solid bars) against realised
//! (hatched bars) per year, RAM + FRI. Readable without colour (the pattern
//! and the legend tell the bars apart), with every figure in the chart's
//! description and in the table after it. Only SVG coordinates are floats.

use crate::model::tal::formatera_kronor;
use crate::model::Belopp;
use crate::vardering::Effektuppfoljning;
use leptos::prelude::*;
use rust_decimal::prelude::ToPrimitive;

const BREDD_PX: f64 = 560.0;
const HOJD_PX: f64 = 260.0;
const VANSTER_PX: f64 = 16.0;
const OVER_PX: f64 = 24.0;
const UNDER_PX: f64 = 40.0;

fn som_f64(b: Belopp) -> f64 {
    b.value().to_f64().unwrap_or(0.0)
}

#[component]
pub fn Uppfoljningsdiagram(#[prop(into)] resultat: Signal<Effektuppfoljning>) -> impl IntoView {
    let innehall = move || {
        let per_ar = resultat.with(|r| r.per_ar.clone());
        let varden: Vec<(i32, Belopp, Option<Belopp>)> =
            per_ar.iter().map(|a| (a.ar, a.planerat(), a.realiserat())).collect();
        let alla_f64: Vec<f64> =
            varden.iter().flat_map(|(_, p, r)| [som_f64(*p), r.map(som_f64).unwrap_or(0.0)]).collect();
        let max_f64 = alla_f64.iter().copied().fold(0.0_f64, f64::max);
        let min_f64 = alla_f64.iter().copied().fold(0.0_f64, f64::min);
        let spann_f64 = (max_f64 - min_f64).max(1.0);
        let rityta_px = HOJD_PX - OVER_PX - UNDER_PX;
        let y_px = move |v_f64: f64| OVER_PX + (max_f64 - v_f64) / spann_f64 * rityta_px;
        let noll_px = y_px(0.0);
        let steg_px = (BREDD_PX - VANSTER_PX * 2.0) / varden.len().max(1) as f64;
        let stapel_px = steg_px * 0.3;
        let stapel = move |x_px: f64, v: Belopp, klass: &'static str, fyllning: &'static str| {
            let topp_px = y_px(som_f64(v)).min(noll_px);
            let hojd_px = (y_px(som_f64(v)) - noll_px).abs().max(1.0);
            view! { <rect x=x_px y=topp_px width=stapel_px height=hojd_px class=klass fill=fyllning /> }
        };
        let staplar = varden
            .iter()
            .enumerate()
            .map(|(i, (ar, planerat, realiserat))| {
                let mitt_px = VANSTER_PX + steg_px * (i as f64 + 0.5);
                view! {
                    {stapel(mitt_px - stapel_px - 1.0, *planerat, "stapel", "url(#monster-planerat)")}
                    {realiserat.map(|r| stapel(mitt_px + 1.0, r, "stapel realiserat", "url(#monster-realiserat)"))}
                    <text x=mitt_px y=HOJD_PX - UNDER_PX + 18.0 class="axeltext" text-anchor="middle">{*ar}</text>
                }
            })
            .collect_view();
        let beskrivning = varden
            .iter()
            .map(|(ar, p, r)| {
                let realiserat = r.map(formatera_kronor).unwrap_or_else(|| "inget rapporterat".into());
                format!("{ar}: planerat {}, realiserat {realiserat}.", formatera_kronor(*p))
            })
            .collect::<Vec<_>>()
            .join(" ");
        view! {
            <svg viewBox=format!("0 0 {BREDD_PX} {HOJD_PX}") role="img"
                aria-labelledby="uppfoljningsdiagram-titel uppfoljningsdiagram-beskrivning"
                class="diagram" xmlns="http://www.w3.org/2000/svg">
                <title id="uppfoljningsdiagram-titel">"Ekonomiska effekter per år: planerat och realiserat"</title>
                <desc id="uppfoljningsdiagram-beskrivning">{beskrivning}</desc>
                <defs>
                    <pattern id="monster-planerat" patternUnits="userSpaceOnUse" width="6" height="6">
                        <rect width="6" height="6" fill="#0b5cad" />
                    </pattern>
                    <pattern id="monster-realiserat" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
                        <rect width="6" height="6" fill="#fff" />
                        <line x1="0" y1="0" x2="0" y2="6" stroke="#1b6e3a" stroke-width="3" />
                    </pattern>
                </defs>
                <text x=VANSTER_PX y=14.0 class="axeltext">"kronor"</text>
                <line x1=VANSTER_PX x2=BREDD_PX - VANSTER_PX y1=noll_px y2=noll_px class="nollinje" />
                {staplar}
                <text x=BREDD_PX / 2.0 y=HOJD_PX - 6.0 class="axeltext" text-anchor="middle">"År"</text>
            </svg>
            <p class="teckenforklaring">
                <span class="tecken-stapel" aria-hidden="true"></span>" Heldragen stapel: planerat (RAM + FRI). "
                <span class="tecken-realiserat" aria-hidden="true"></span>" Randig stapel: realiserat. "
                "Ett år utan randig stapel har inget rapporterat belopp. Samma siffror finns i tabellen nedan."
            </p>
        }
    };
    view! { <figure class="diagramram">{innehall}</figure> }
}
