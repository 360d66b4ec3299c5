//! The chart of step 8: net effect per year as bars and cumulative net as a
//! line, readable without colour (hatched bars for a negative net, the line
//! dashed with square markers, every value written as text) and with a
//! table alternative. The frame is `Diagramram`, the scale
//! `diagramskala`; only SVG coordinates are floats (`_px: f64`), the
//! figures written on the chart are the engine's `Belopp`s, formatted.

use crate::diagramskala::{som_f64, Kolumner, Skala};
use crate::model::tal::formatera_kronor;
use crate::model::Belopp;
use crate::ui::komponenter::diagramram::{Arsaxlar, Diagramram, Monster};
use crate::vardering::Vardering;
use leptos::prelude::*;

const BREDD_PX: f64 = 560.0;
const HOJD_PX: f64 = 300.0;
const VANSTER_PX: f64 = 16.0;
const OVER_PX: f64 = 32.0;
const UNDER_PX: f64 = 40.0;
/// Room under the lowest bar for its value, above the years: a negative
/// year's figure never lies on the year under it.
const TEXTRAD_PX: f64 = 18.0;
/// With more years than this the bars are too narrow for their figures;
/// the table under the chart has them.
const MAX_AR_MED_TEXT: usize = 6;

/// One year's bar, its value written above (or below) it, and the
/// cumulative line's marker.
#[derive(Clone, Debug, Default, PartialEq)]
struct Stapel {
    ar: i32,
    x_px: f64,
    bredd_px: f64,
    mitt_px: f64,
    topp_px: f64,
    hojd_px: f64,
    negativ: bool,
    text_y_px: f64,
    text: String,
    markor_y_px: f64,
}

/// Everything the chart draws, computed once per valuation.
#[derive(Clone, Debug, Default, PartialEq)]
struct Geometri {
    staplar: Vec<Stapel>,
    noll_px: f64,
    punkter: String,
    beskrivning: String,
}

fn geometri(v: &Vardering) -> Geometri {
    let netto: Vec<Belopp> = v.bas.per_ar.iter().map(|f| f.netto).collect();
    let kumulativ = &v.bas.kumulativ_netto;
    let skala = Skala::lodrat_over(
        netto.iter().chain(kumulativ.iter()).copied(),
        OVER_PX,
        HOJD_PX - OVER_PX - UNDER_PX - TEXTRAD_PX,
    );
    let noll_px = skala.noll_px();
    let kolumner = Kolumner::nya(netto.len(), VANSTER_PX, BREDD_PX - VANSTER_PX);
    let bredd_px = kolumner.steg_px * 0.5;
    let staplar = netto
        .iter()
        .zip(kumulativ)
        .enumerate()
        .map(|(t, (b, k))| {
            let stapel = skala.stapel(*b);
            let (topp_px, hojd_px, negativ) = (stapel.fran_px, stapel.langd_px, stapel.negativ);
            let mitt_px = kolumner.mitt_px(t);
            Stapel {
                ar: v.kalenderar(t as u32),
                x_px: mitt_px - bredd_px / 2.0,
                bredd_px,
                mitt_px,
                topp_px,
                hojd_px,
                negativ,
                text_y_px: if negativ { topp_px + hojd_px + 14.0 } else { topp_px - 4.0 },
                text: if netto.len() <= MAX_AR_MED_TEXT { formatera_kronor(*b) } else { String::new() },
                markor_y_px: skala.px(som_f64(*k)),
            }
        })
        .collect::<Vec<_>>();
    let punkter =
        staplar.iter().map(|s| format!("{:.1},{:.1}", s.mitt_px, s.markor_y_px)).collect::<Vec<_>>().join(" ");
    let beskrivning = format!(
        "Staplar: nettoeffekt per år. Linje: ackumulerat netto. {}",
        staplar
            .iter()
            .zip(kumulativ)
            .zip(&netto)
            .map(|((s, k), n)| format!(
                "{}: netto {}, ackumulerat {}.",
                s.ar,
                formatera_kronor(*n),
                formatera_kronor(*k)
            ))
            .collect::<Vec<_>>()
            .join(" ")
    );
    Geometri { staplar, noll_px, punkter, beskrivning }
}

#[component]
pub fn Diagram(vardering: Memo<Vardering>) -> impl IntoView {
    // The elements are made once per number of years; an edit then only
    // sets the attributes and texts whose values changed (a re-rendered
    // chart would set every attribute of every element again).
    let g = Memo::new(move |_| vardering.with(geometri));
    let antal = Memo::new(move |_| g.with(|g| g.staplar.len()));
    // A bar's figures; a year past a shortened period reads as 0 while its
    // elements are being removed. One closure type per kind of value keeps
    // the generated code small.
    let tal = move |t: usize, f: fn(&Stapel) -> f64| move || g.with(|g| g.staplar.get(t).map(f).unwrap_or_default());
    let klass =
        move |t: usize, f: fn(&Stapel) -> &'static str| move || g.with(|g| g.staplar.get(t).map(f).unwrap_or_default());
    let text =
        move |t: usize, f: fn(&Stapel) -> String| move || g.with(|g| g.staplar.get(t).map(f).unwrap_or_default());
    let staplar = move || {
        (0..antal.get())
            .map(|t| {
                view! {
                    <rect x=tal(t, |s| s.x_px) y=tal(t, |s| s.topp_px) width=tal(t, |s| s.bredd_px) height=tal(t, |s| s.hojd_px)
                        class=klass(t, |s| if s.negativ { "stapel negativ" } else { "stapel" })
                        fill=klass(t, |s| if s.negativ { "url(#monster-negativ)" } else { "url(#monster-positiv)" }) />
                    <text x=tal(t, |s| s.mitt_px) y=tal(t, |s| s.text_y_px) class="stapeltext" text-anchor="middle">
                        {text(t, |s| s.text.clone())}
                    </text>
                    <text x=tal(t, |s| s.mitt_px) y=HOJD_PX - UNDER_PX + 18.0 class="axeltext" text-anchor="middle">
                        {text(t, |s| s.ar.to_string())}
                    </text>
                }
            })
            .collect_view()
    };
    let markorer = move || {
        (0..antal.get())
            .map(|t| {
                view! {
                    <rect x=tal(t, |s| s.mitt_px - 4.0) y=tal(t, |s| s.markor_y_px - 4.0) width=8.0 height=8.0 class="markor" />
                }
            })
            .collect_view()
    };
    let noll_px = move || g.with(|g| g.noll_px);
    view! {
        <Diagramram id="diagram" titel="Nettoeffekt per år och ackumulerat netto"
            beskrivning=Signal::derive(move || g.with(|g| g.beskrivning.clone()))
            viewbox=format!("0 0 {BREDD_PX} {HOJD_PX}")
            monster=Monster { heldragen: "monster-positiv", randig: "monster-negativ", randfarg: "#b3261e" }
            tecken=&[
                ("tecken-stapel", " Heldragen stapel: positivt netto. "),
                ("tecken-negativ", " Randig stapel: negativt netto. "),
                ("tecken-linje", " Streckad linje med fyrkanter: ackumulerat netto. "),
            ]
            slut="Samma siffror finns i tabellen nedan.">
            <Arsaxlar bredd_px=BREDD_PX hojd_px=HOJD_PX kant_px=VANSTER_PX noll_px=Signal::derive(noll_px) nolltext=true />
            {staplar}
            <polyline points=move || g.with(|g| g.punkter.clone()) class="kumulativ" fill="none" />
            {markorer}
        </Diagramram>
    }
}
