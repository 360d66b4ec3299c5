//! The chart of NNV per scenario: one horizontal bar per scenario from a
//! zero line, with its name and NNV written above it (one line of text
//! per row, so the chart stays readable on a phone).
//! Readable without colour: a negative bar is hatched and its figure has a
//! minus sign and the word "negativt"; the description and the table after
//! the chart hold every figure drawn. The frame is `Diagramram`, the
//! scale `diagramskala`; only SVG coordinates are floats (`_px: f64`), the
//! figures are the engine's `Belopp`s, formatted.

use crate::diagramskala::Skala;
use crate::model::tal::formatera_kronor;
use crate::ui::komponenter::diagramram::{Diagramram, Monster};
use crate::vardering::Vardering;
use leptos::prelude::*;

const BREDD_PX: f64 = 400.0;
const RAD_PX: f64 = 44.0;
const OVER_PX: f64 = 4.0;
const UNDER_PX: f64 = 22.0;
const STAPEL_FRAN_PX: f64 = 8.0;
const STAPEL_TILL_PX: f64 = 392.0;

#[derive(Clone, Debug, Default, PartialEq)]
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
    let skala =
        Skala::vagrat_over(v.scenarier.iter().map(|s| s.kalkyl.nnv), STAPEL_FRAN_PX, STAPEL_TILL_PX - STAPEL_FRAN_PX);
    let noll_px = skala.noll_px();
    let staplar: Vec<Stapel> = v
        .scenarier
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let stapel = skala.stapel(s.kalkyl.nnv);
            let text = formatera_kronor(s.kalkyl.nnv);
            Stapel {
                namn: s.namn.clone(),
                text: if stapel.negativ { format!("{text} (negativt)") } else { text },
                negativ: stapel.negativ,
                x_px: stapel.fran_px,
                bredd_px: stapel.langd_px,
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
    // The elements are made once per number of scenarios; an edit then only
    // sets the attributes and texts whose values changed.
    let g = Memo::new(move |_| vardering.with(geometri));
    let antal = Memo::new(move |_| g.with(|g| g.staplar.len()));
    let tal = move |i: usize, f: fn(&Stapel) -> f64| move || g.with(|g| g.staplar.get(i).map(f).unwrap_or_default());
    let klass =
        move |i: usize, f: fn(&Stapel) -> &'static str| move || g.with(|g| g.staplar.get(i).map(f).unwrap_or_default());
    let staplar = move || {
        (0..antal.get())
            .map(|i| {
                view! {
                    <text x=STAPEL_FRAN_PX y=tal(i, |s| s.y_px + 14.0) class="stapeltext">
                        {move || g.with(|g| g.staplar.get(i).map(|s| format!("{}: {}", s.namn, s.text)).unwrap_or_default())}
                    </text>
                    <rect x=tal(i, |s| s.x_px) y=tal(i, |s| s.y_px + 20.0) width=tal(i, |s| s.bredd_px) height={RAD_PX - 26.0}
                        class=klass(i, |s| if s.negativ { "stapel negativ" } else { "stapel" })
                        fill=klass(i, |s| if s.negativ { "url(#riskmonster-negativ)" } else { "url(#riskmonster-positiv)" }) />
                }
            })
            .collect_view()
    };
    view! {
        <Diagramram id="riskdiagram" klass="riskdiagram" titel="Nettonuvärde per scenario"
            beskrivning=Signal::derive(move || g.with(|g| g.beskrivning.clone()))
            viewbox=Signal::derive(move || format!("0 0 {BREDD_PX} {}", g.with(|g| g.hojd_px)))
            monster=Monster { heldragen: "riskmonster-positiv", randig: "riskmonster-negativ", randfarg: "#b3261e" }
            tecken=&[
                ("tecken-stapel", " Heldragen stapel: positivt nettonuvärde. "),
                ("tecken-negativ", " Randig stapel: negativt. "),
            ]
            slut="Samma siffror finns i tabellen nedan.">
            {staplar}
            <line x1=move || g.with(|g| g.noll_px) x2=move || g.with(|g| g.noll_px) y1=OVER_PX + 18.0
                y2=move || g.with(|g| g.hojd_px - UNDER_PX) class="nollinje" />
            <text x=move || g.with(|g| g.noll_px) y=move || g.with(|g| g.hojd_px - 6.0) class="axeltext" text-anchor="middle">"0 kr"</text>
        </Diagramram>
    }
}
