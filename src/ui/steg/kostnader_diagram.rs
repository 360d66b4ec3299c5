//! The chart of step 8: net effect per year as bars and cumulative net as a
//! line, readable without colour (hatched bars for a negative net, the line
//! dashed with square markers, every value written as text) and with a
//! table alternative. Only SVG coordinates are floats (`_px: f64`); the
//! figures written on the chart are the engine's `Belopp`s, formatted.

use crate::model::tal::formatera_kronor;
use crate::model::Belopp;
use crate::valuation::Vardering;
use leptos::prelude::*;
use rust_decimal::prelude::ToPrimitive;

const BREDD_PX: f64 = 560.0;
const HOJD_PX: f64 = 300.0;
const VANSTER_PX: f64 = 16.0;
const OVER_PX: f64 = 28.0;
const UNDER_PX: f64 = 40.0;

/// An amount as a float for placing it on the chart only.
fn som_f64(b: Belopp) -> f64 {
    b.value().to_f64().unwrap_or(0.0)
}

#[component]
pub fn Diagram(vardering: Memo<Vardering>) -> impl IntoView {
    let innehall = move || {
        let v = vardering.get();
        let netto: Vec<Belopp> = v.bas.per_ar.iter().map(|f| f.netto).collect();
        let kumulativ = v.bas.kumulativ_netto.clone();
        let storst_f64 = netto.iter().chain(kumulativ.iter()).map(|b| som_f64(*b).abs()).fold(1.0_f64, f64::max);
        let max_f64 = netto.iter().chain(kumulativ.iter()).map(|b| som_f64(*b)).fold(0.0_f64, f64::max);
        let min_f64 = netto.iter().chain(kumulativ.iter()).map(|b| som_f64(*b)).fold(0.0_f64, f64::min);
        let spann_f64 = (max_f64 - min_f64).max(storst_f64 * 0.1).max(1.0);
        let rityta_px = HOJD_PX - OVER_PX - UNDER_PX;
        let y_px = move |varde_f64: f64| OVER_PX + (max_f64 - varde_f64) / spann_f64 * rityta_px;
        let noll_px = y_px(0.0);
        let n = netto.len().max(1) as f64;
        let steg_px = (BREDD_PX - VANSTER_PX * 2.0) / n;
        let mitt_px = move |t: usize| VANSTER_PX + steg_px * (t as f64 + 0.5);
        let stapel_px = steg_px * 0.5;
        let staplar = netto
            .iter()
            .enumerate()
            .map(|(t, b)| {
                let topp_px = y_px(som_f64(*b)).min(noll_px);
                let hojd_px = (y_px(som_f64(*b)) - noll_px).abs().max(1.0);
                let negativ = b.value().is_sign_negative() && !b.is_zero();
                let text_y_px = if negativ { topp_px + hojd_px + 14.0 } else { topp_px - 4.0 };
                view! {
                    <rect x=mitt_px(t) - stapel_px / 2.0 y=topp_px width=stapel_px height=hojd_px
                        class=if negativ { "stapel negativ" } else { "stapel" }
                        fill=if negativ { "url(#monster-negativ)" } else { "url(#monster-positiv)" } />
                    <text x=mitt_px(t) y=text_y_px class="stapeltext" text-anchor="middle">{formatera_kronor(*b)}</text>
                    <text x=mitt_px(t) y=HOJD_PX - UNDER_PX + 18.0 class="axeltext" text-anchor="middle">{v.kalenderar(t as u32)}</text>
                }
            })
            .collect_view();
        let punkter = kumulativ
            .iter()
            .enumerate()
            .map(|(t, b)| format!("{:.1},{:.1}", mitt_px(t), y_px(som_f64(*b))))
            .collect::<Vec<_>>()
            .join(" ");
        let markorer = kumulativ
            .iter()
            .enumerate()
            .map(|(t, b)| {
                let x_px = mitt_px(t);
                let yy_px = y_px(som_f64(*b));
                view! { <rect x=x_px - 4.0 y=yy_px - 4.0 width=8.0 height=8.0 class="markor" /> }
            })
            .collect_view();
        let beskrivning = format!(
            "Staplar: nettoeffekt per år. Linje: ackumulerat netto. {}",
            (0..v.ar as usize)
                .map(|t| format!(
                    "{}: netto {}, ackumulerat {}.",
                    v.kalenderar(t as u32),
                    formatera_kronor(netto[t]),
                    formatera_kronor(kumulativ[t])
                ))
                .collect::<Vec<_>>()
                .join(" ")
        );
        view! {
            <svg viewBox=format!("0 0 {BREDD_PX} {HOJD_PX}") role="img" aria-labelledby="diagram-titel diagram-beskrivning"
                class="diagram" xmlns="http://www.w3.org/2000/svg">
                <title id="diagram-titel">"Nettoeffekt per år och ackumulerat netto"</title>
                <desc id="diagram-beskrivning">{beskrivning}</desc>
                <defs>
                    <pattern id="monster-positiv" patternUnits="userSpaceOnUse" width="6" height="6">
                        <rect width="6" height="6" fill="#0b5cad" />
                    </pattern>
                    <pattern id="monster-negativ" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
                        <rect width="6" height="6" fill="#fff" />
                        <line x1="0" y1="0" x2="0" y2="6" stroke="#b3261e" stroke-width="3" />
                    </pattern>
                </defs>
                <text x=VANSTER_PX y=14.0 class="axeltext">"kronor"</text>
                <line x1=VANSTER_PX x2=BREDD_PX - VANSTER_PX y1=noll_px y2=noll_px class="nollinje" />
                <text x=BREDD_PX - VANSTER_PX y=noll_px - 4.0 class="axeltext" text-anchor="end">"0"</text>
                {staplar}
                <polyline points=punkter class="kumulativ" fill="none" />
                {markorer}
                <text x=BREDD_PX / 2.0 y=HOJD_PX - 6.0 class="axeltext" text-anchor="middle">"År"</text>
            </svg>
            <p class="teckenforklaring">
                <span class="tecken-stapel" aria-hidden="true"></span>" Heldragen stapel: positivt netto. "
                <span class="tecken-negativ" aria-hidden="true"></span>" Randig stapel: negativt netto. "
                <span class="tecken-linje" aria-hidden="true"></span>" Streckad linje med fyrkanter: ackumulerat netto. "
                "Samma siffror finns i tabellen nedan."
            </p>
        }
    };
    view! { <figure class="diagramram">{innehall}</figure> }
}
