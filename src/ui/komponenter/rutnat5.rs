//! The 5 × 5 grid both the stakeholder grid (step 4) and the risk matrix
//! (step 9) are drawn on: one scale to the right, one upward, each 1–5,
//! with the frame, scales, axis names and the stacking of names that share
//! a cell. Whole SVG user units.

use crate::radbryt::radbryt;
use leptos::prelude::*;
use std::collections::HashMap;

/// Where the grid sits in its SVG and how large a cell is.
#[derive(Clone, Copy)]
pub struct Rutnat5 {
    pub vanster: i32,
    pub topp: i32,
    pub ruta: i32,
}

impl Rutnat5 {
    /// Left edge of column `v` (1–5).
    pub fn x(self, v: u8) -> i32 {
        self.vanster + (i32::from(v.clamp(1, 5)) - 1) * self.ruta
    }

    /// Top edge of row `v` (1–5); 5 is at the top.
    pub fn y(self, v: u8) -> i32 {
        self.topp + (5 - i32::from(v.clamp(1, 5))) * self.ruta
    }

    pub fn hoger(self) -> i32 {
        self.vanster + 5 * self.ruta
    }

    pub fn botten(self) -> i32 {
        self.topp + 5 * self.ruta
    }

    /// The numbers 1–5 under the columns and beside the rows, and the two
    /// axis names.
    pub fn skalor(self, at_hoger: &'static str, uppat: &'static str) -> impl IntoView {
        let mitt_x = self.vanster + 5 * self.ruta / 2;
        let mitt_y = self.topp + 5 * self.ruta / 2;
        let botten = self.botten();
        let siffror = (1..=5u8)
            .map(|v| {
                view! {
                    <text x=self.x(v) + self.ruta / 2 y=botten + 18 text-anchor="middle">{v.to_string()}</text>
                    <text x=self.vanster - 8 y=self.y(v) + self.ruta / 2 + 4 text-anchor="end">{v.to_string()}</text>
                }
            })
            .collect_view();
        view! {
            {siffror}
            <text x=mitt_x y=botten + 40 text-anchor="middle" class="axel">{format!("{at_hoger} →")}</text>
            <text x=16 y=mitt_y text-anchor="middle" class="axel" transform=format!("rotate(-90 16 {mitt_y})")>
                {format!("{uppat} →")}
            </text>
        }
    }

    /// The figure around a grid: a scrollable frame holding the SVG with its
    /// title and description (`id`-titel, `id`-besk), and a caption.
    pub fn figur(
        self,
        id: &'static str,
        klass: &'static str,
        titel: &'static str,
        beskrivning: &'static str,
        bildtext: &'static str,
        innehall: impl IntoView,
    ) -> impl IntoView {
        let (bredd, hojd) = (self.hoger() + 20, self.botten() + 50);
        let titel_id = format!("{id}-titel");
        let besk_id = format!("{id}-besk");
        let etiketter = format!("{titel_id} {besk_id}");
        view! {
            <figure class="diagramram">
                <div class="diagramrulle" tabindex="0" role="group"
                    aria-label=format!("{}, går att rulla i sidled", titel.split(':').next().unwrap_or(titel))>
                    <svg class=format!("diagram {klass}") role="img" aria-labelledby=etiketter
                        viewBox=format!("0 0 {bredd} {hojd}") width=bredd height=hojd
                        style:min-width=format!("{}px", bredd * 12 / 13)>
                        <title id=titel_id>{titel}</title>
                        <desc id=besk_id>{beskrivning}</desc>
                        {innehall}
                    </svg>
                </div>
                <figcaption>{bildtext}</figcaption>
            </figure>
        }
    }
}

/// For items placed in cells (column, row) with the number of lines each
/// takes, the line each item starts at in its cell's stack (0, 2, 3 …), so
/// every name in a shared cell shows in full.
pub fn staplade_rader(poster: impl IntoIterator<Item = ((u8, u8), i32)>) -> Vec<i32> {
    let mut i_rutan: HashMap<(u8, u8), i32> = HashMap::new();
    poster
        .into_iter()
        .map(|(cell, rader)| {
            let rad = i_rutan.entry(cell).or_insert(0);
            *rad += rader;
            *rad - rader
        })
        .collect()
}

/// Each post's name in lines of at most `bredd` characters ("(namnlös)"
/// for an empty one) and the line it starts at in its cell's stack
/// (`staplade_rader`): what both grids write in their cells.
pub fn staplade_namn<'a>(
    poster: impl IntoIterator<Item = (&'a str, (u8, u8))>,
    bredd: usize,
) -> Vec<(Vec<String>, i32)> {
    let namn: Vec<(Vec<String>, (u8, u8))> = poster
        .into_iter()
        .map(|(text, cell)| {
            let rader = radbryt(text, bredd);
            (if rader.is_empty() { vec!["(namnlös)".to_string()] } else { rader }, cell)
        })
        .collect();
    let platser = staplade_rader(namn.iter().map(|(rader, cell)| (*cell, rader.len() as i32)));
    namn.into_iter().map(|(rader, _)| rader).zip(platser).collect()
}

/// Lines of SVG text from `x`, the first at `y`, `radhojd` apart. A space
/// ends each line but the last (and a word split with a hyphen), so the
/// text reads whole when taken as text.
pub fn textrader(rader: Vec<String>, x: i32, y: i32, radhojd: i32) -> impl IntoView {
    let antal = rader.len();
    rader
        .into_iter()
        .enumerate()
        .map(|(i, rad)| {
            let rad = if i + 1 < antal && !rad.ends_with('-') { format!("{rad} ") } else { rad };
            view! { <tspan x=x y=y + i as i32 * radhojd>{rad}</tspan> }
        })
        .collect_view()
}
