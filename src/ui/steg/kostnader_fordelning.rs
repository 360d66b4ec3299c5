//! A line's values over the years in step 8's grid: the year cells of a
//! per-year line, and the year(s) and amount of a one-time or recurring one.

use crate::model::tal;
use crate::model::{Fordelning, Fordelningstyp};
use crate::ui::talfalt::{Arcell, Utkast};
use leptos::prelude::*;
use reactive_stores::Field;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// For a one-time or recurring line: the year(s) and the one value.
#[component]
pub fn Fordelningsval(
    id: String,
    fordelning: Field<Fordelning>,
    ar: Memo<Vec<i32>>,
    typ: Memo<Fordelningstyp>,
    beskrivning: Field<String>,
) -> impl IntoView {
    let utkast: Utkast = RwSignal::new(BTreeMap::new());
    let arval = move |etikett: &'static str, valt: fn(&Fordelning) -> u32, satt: fn(&mut Fordelning, u32)| {
        view! {
            <label class="litet">{etikett}" "
                <select on:change:target=move |ev| {
                    if let Ok(t) = ev.target().value().parse::<u32>() {
                        fordelning.update(|f| satt(f, t));
                    }
                }>
                    {move || ar.get().into_iter().enumerate().map(|(t, a)| {
                        let t = t as u32;
                        view! { <option value=t.to_string() selected=move || fordelning.try_with(valt) == Some(t)>{a}</option> }
                    }).collect_view()}
                </select>
            </label>
        }
    };
    move || {
        let id = id.clone();
        let varde = view! {
            <Arcell id=format!("{id}-varde") t=0 utkast ar=Signal::derive(|| 1) tomt=Decimal::ZERO visa=tal::formatera_cell
                etikett=Signal::derive(move || format!("{} belopp per tillfälle", beskrivning.try_get().unwrap_or_default()))
                varde=Signal::derive(move || fordelning.try_with(|f| match f {
                    Fordelning::Engangs { varde, .. } | Fordelning::Aterkommande { varde, .. } => *varde,
                    Fordelning::PerAr { .. } => Decimal::ZERO,
                }).unwrap_or_default())
                satt=Callback::new(move |(t, v)| fordelning.update(|f| f.satt(t, v))) />
        };
        match typ.get() {
            Fordelningstyp::PerAr => ().into_any(),
            Fordelningstyp::Engangs => view! {
                {arval("År", |f| if let Fordelning::Engangs { ar, .. } = f { *ar } else { 0 },
                    |f, t| if let Fordelning::Engangs { ar, .. } = f { *ar = t })}
                {varde}
            }.into_any(),
            Fordelningstyp::Aterkommande => view! {
                {arval("Från", |f| if let Fordelning::Aterkommande { fran, .. } = f { *fran } else { 0 },
                    |f, t| if let Fordelning::Aterkommande { fran, .. } = f { *fran = t })}
                {arval("Till", |f| if let Fordelning::Aterkommande { till, .. } = f { *till } else { 0 },
                    |f, t| if let Fordelning::Aterkommande { till, .. } = f { *till = t })}
                {varde}
            }.into_any(),
        }
    }
}

/// The year cells: editable for a per-year line, the resulting values as
/// text for a one-time or recurring line (edited in its own column).
#[component]
pub fn Arceller(
    id: String,
    #[prop(into)] beskrivning: Field<String>,
    #[prop(into)] fordelning: Field<Fordelning>,
    ar: Memo<Vec<i32>>,
) -> impl IntoView {
    let utkast: Utkast = RwSignal::new(BTreeMap::new());
    let typ = Memo::new(move |_| fordelning.try_with(|f| f.typ()).unwrap_or(Fordelningstyp::PerAr));
    let antal_ar = Signal::derive(move || ar.with(|a| a.len() as u32));
    move || {
        let per_ar = typ.get() == Fordelningstyp::PerAr;
        let id = id.clone();
        ar.get()
            .into_iter()
            .enumerate()
            .map(|(t, a)| {
                let t = t as u32;
                let varde = Signal::derive(move || fordelning.try_with(|f| f.varde(t)).unwrap_or_default());
                if per_ar {
                    view! {
                        <td>
                            <Arcell id=format!("{id}-{t}") t utkast ar=antal_ar tomt=Decimal::ZERO visa=tal::formatera_cell
                                etikett=Signal::derive(move || format!("{} {a}", beskrivning.try_get().unwrap_or_default()))
                                varde satt=Callback::new(move |(t, v)| fordelning.update(|f| f.satt(t, v))) />
                        </td>
                    }
                    .into_any()
                } else {
                    view! { <td class="belopp harlett">{move || tal::formatera_cell(varde.get())}</td> }.into_any()
                }
            })
            .collect_view()
    }
}
