//! The chart of NNV per scenario: one horizontal bar per scenario from a
//! zero line, with its name and NNV written above it (one line of text
//! per row, so the chart stays readable on a phone).
//! Readable without colour: a negative bar is hatched and its figure has a
//! minus sign and the word "negativt"; the description and the table after
//! the chart hold every figure drawn. Only SVG coordinates are floats
//! (`_px: f64`); the figures are the engine's `Belopp`s, formatted.

use crate::model::tal::formatera_kronor;
use crate::model::Belopp;
use crate::vardering::Vardering;
use leptos::prelude::*;
use rust_decimal::prelude::ToPrimitive;

const BREDD_PX: f64 = 400.0;
const RAD_PX: f64 = 44.0;
const OVER_PX: f64 = 4.0;
const UNDER_PX: f64 = 22.0;
const STAPEL_FRAN_PX: f64 = 8.0;
const STAPEL_TILL_PX: f64 = 392.0;

fn som_f64(b: Belopp) -> f64 {
    b.value().to_f64().unwrap_or(0.0)
}

#[derive(Clone, Debug, PartialEq)]
struct Stapel {
    namn: String,
    text: String,
    negativ: bool,
    x_px: f64,
    bredd_px: f64,
    y_px: f64,
}

#[derive(Clone, Debug, PartialEq)]
struct Geometri {
    staplar: Vec<Stapel>,
    noll_px: f64,
    hojd_px: f64,
    beskrivning: String,
}

fn geometri(v: &Vardering) -> Geometri {
    let nnv: Vec<Belopp> = v.scenarier.iter().map(|s| s.kalkyl.nnv).collect();
    let max_f64 = nnv.iter().map(|b| som_f64(*b)).fold(0.0_f64, f64::max);
    let min_f64 = nnv.iter().map(|b| som_f64(*b)).fold(0.0_f64, f64::min);
    let spann_f64 = (max_f64 - min_f64).max(1.0);
    let x_px =
        move |varde_f64: f64| STAPEL_FRAN_PX + (varde_f64 - min_f64) / spann_f64 * (STAPEL_TILL_PX - STAPEL_FRAN_PX);
    let noll_px = x_px(0.0);
    let staplar: Vec<Stapel> = v
        .scenarier
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let slut_px = x_px(som_f64(s.kalkyl.nnv));
            let negativ = s.kalkyl.nnv < Belopp::ZERO;
            let text = formatera_kronor(s.kalkyl.nnv);
            Stapel {
                namn: s.namn.clone(),
                text: if negativ { format!("{text} (negativt)") } else { text },
                negativ,
                x_px: slut_px.min(noll_px),
                bredd_px: (slut_px - noll_px).abs().max(1.0),
                y_px: OVER_PX + RAD_PX * i as f64,
            }
        })
        .collect();
    let hojd_px = OVER_PX + RAD_PX * staplar.len().max(1) as f64 + UNDER_PX;
    let beskrivning = format!(
        "Staplar: nettonuvärdet i varje scenario; randig stapel: negativt. {}",
        staplar.iter().map(|s| format!("{}: {}.", s.namn, s.text)).collect::<Vec<_>>().join(" ")
    );
    Geometri { staplar, noll_px, hojd_px, beskrivning }
}

#[component]
pub fn Riskdiagram(vardering: Memo<Vardering>) -> impl IntoView {
    let g = Memo::new(move |_| vardering.with(geometri));
    let staplar = move || {
        g.with(|g| {
            g.staplar
                .iter()
                .map(|s| {
                    view! {
                        <text x=STAPEL_FRAN_PX y={s.y_px + 14.0} class="stapeltext">{format!("{}: {}", s.namn, s.text)}</text>
                        <rect x={s.x_px} y={s.y_px + 20.0} width={s.bredd_px} height={RAD_PX - 26.0}
                            class={if s.negativ { "stapel negativ" } else { "stapel" }}
                            fill={if s.negativ { "url(#riskmonster-negativ)" } else { "url(#riskmonster-positiv)" }} />
                    }
                })
                .collect_view()
        })
    };
    view! {
        <figure class="diagramram riskdiagramram">
            <svg viewBox=move || format!("0 0 {BREDD_PX} {}", g.with(|g| g.hojd_px)) role="img"
                aria-labelledby="riskdiagram-titel riskdiagram-beskrivning" class="diagram riskdiagram"
                xmlns="http://www.w3.org/2000/svg">
                <title id="riskdiagram-titel">"Nettonuvärde per scenario"</title>
                <desc id="riskdiagram-beskrivning">{move || g.with(|g| g.beskrivning.clone())}</desc>
                <defs>
                    <pattern id="riskmonster-positiv" patternUnits="userSpaceOnUse" width="6" height="6">
                        <rect width="6" height="6" fill="#0b5cad" />
                    </pattern>
                    <pattern id="riskmonster-negativ" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
                        <rect width="6" height="6" fill="#fff" />
                        <line x1="0" y1="0" x2="0" y2="6" stroke="#b3261e" stroke-width="3" />
                    </pattern>
                </defs>
                {staplar}
                <line x1=move || g.with(|g| g.noll_px) x2=move || g.with(|g| g.noll_px) y1=OVER_PX + 18.0
                    y2=move || g.with(|g| g.hojd_px - UNDER_PX) class="nollinje" />
                <text x=move || g.with(|g| g.noll_px) y=move || g.with(|g| g.hojd_px - 6.0) class="axeltext" text-anchor="middle">"0 kr"</text>
            </svg>
            <p class="teckenforklaring">
                <span class="tecken-stapel" aria-hidden="true"></span>" Heldragen stapel: positivt nettonuvärde. "
                <span class="tecken-negativ" aria-hidden="true"></span>" Randig stapel: negativt. "
                "Samma siffror finns i tabellen nedan."
            </p>
        </figure>
    }
}
