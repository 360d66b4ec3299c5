//! The plan's chart: economic effects planned (solid bars) against realised
//! (hatched bars) per year, RAM + FRI. Readable without colour (the pattern
//! and the legend tell the bars apart), with every figure in the chart's
//! description and in the table after it. The frame is `Diagramram`, the
//! scale `diagramskala`; only SVG coordinates are floats.

use crate::diagramskala::{Kolumner, Skala};
use crate::model::tal::formatera_kronor;
use crate::model::Belopp;
use crate::ui::komponenter::diagramram::{Arsaxlar, Diagramram, Monster};
use crate::vardering::Effektuppfoljning;
use leptos::prelude::*;

const BREDD_PX: f64 = 560.0;
const HOJD_PX: f64 = 260.0;
const VANSTER_PX: f64 = 16.0;
const OVER_PX: f64 = 24.0;
const UNDER_PX: f64 = 40.0;

type Arsvarden = Vec<(i32, Belopp, Option<Belopp>)>;

#[component]
pub fn Uppfoljningsdiagram(#[prop(into)] resultat: Signal<Effektuppfoljning>) -> impl IntoView {
    // Each year's planned and realised amount.
    let varden = Memo::new(move |_| {
        resultat.with(|r| r.per_ar.iter().map(|a| (a.ar, a.planerat(), a.realiserat())).collect::<Arsvarden>())
    });
    let skala = Memo::new(move |_| {
        varden.with(|v| {
            let belopp = v.iter().flat_map(|(_, p, r)| std::iter::once(*p).chain(*r));
            Skala::lodrat_over(belopp, OVER_PX, HOJD_PX - OVER_PX - UNDER_PX)
        })
    });
    let staplar = move || {
        let skala = skala.get();
        let varden = varden.get();
        let kolumner = Kolumner::nya(varden.len(), VANSTER_PX, BREDD_PX - VANSTER_PX);
        let stapel_px = kolumner.steg_px * 0.3;
        let stapel = move |x_px: f64, v: Belopp, klass: &'static str, fyllning: &'static str| {
            let s = skala.stapel(v);
            view! { <rect x=x_px y=s.fran_px width=stapel_px height=s.langd_px class=klass fill=fyllning /> }
        };
        varden
            .into_iter()
            .enumerate()
            .map(|(i, (ar, planerat, realiserat))| {
                let mitt_px = kolumner.mitt_px(i);
                view! {
                    {stapel(mitt_px - stapel_px - 1.0, planerat, "stapel", "url(#monster-planerat)")}
                    {realiserat.map(|r| stapel(mitt_px + 1.0, r, "stapel realiserat", "url(#monster-realiserat)"))}
                    <text x=mitt_px y=HOJD_PX - UNDER_PX + 18.0 class="axeltext" text-anchor="middle">{ar}</text>
                }
            })
            .collect_view()
    };
    let beskrivning = Signal::derive(move || {
        varden.with(|v| {
            v.iter()
                .map(|(ar, p, r)| {
                    let realiserat = r.map(formatera_kronor).unwrap_or_else(|| "inget rapporterat".into());
                    format!("{ar}: planerat {}, realiserat {realiserat}.", formatera_kronor(*p))
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
    });
    view! {
        <Diagramram id="uppfoljningsdiagram" titel="Ekonomiska effekter per år: planerat och realiserat" beskrivning
            viewbox=format!("0 0 {BREDD_PX} {HOJD_PX}")
            monster=Monster { heldragen: "monster-planerat", randig: "monster-realiserat", randfarg: "#1b6e3a" }
            tecken=&[
                ("tecken-stapel", " Heldragen stapel: planerat (RAM + FRI). "),
                ("tecken-realiserat", " Randig stapel: realiserat. "),
            ]
            slut="Ett år utan randig stapel har inget rapporterat belopp. Samma siffror finns i tabellen nedan.">
            <Arsaxlar bredd_px=BREDD_PX hojd_px=HOJD_PX kant_px=VANSTER_PX noll_px=Signal::derive(move || skala.with(|s| s.noll_px())) />
            {staplar}
        </Diagramram>
    }
}
