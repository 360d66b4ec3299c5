//! A line's values over the years in step 8's grid: the year cells of a
//! per-year line, and the year(s) and amount of a one-time or recurring one.

use crate::model::tal;
use crate::model::{Enhet, Fordelning, Fordelningstyp};
use crate::ui::talfalt::{Arcell, Utkast};
use crate::vardering::Vardering;
use leptos::prelude::*;
use reactive_stores::Field;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// The unit a line's values are entered in, as each cell shows it.
pub fn enhetstecken(enhet: Field<Enhet>) -> Signal<&'static str> {
    Signal::derive(move || match enhet.try_with(|e| matches!(e, Enhet::Timmar { .. })) {
        Some(true) => "h",
        _ => "kr",
    })
}

/// For a one-time or recurring line: the year(s) and the one value.
#[component]
pub fn Fordelningsval(
    id: String,
    fordelning: Field<Fordelning>,
    ar: Memo<Vec<i32>>,
    typ: Memo<Fordelningstyp>,
    beskrivning: Field<String>,
    enhet: Field<Enhet>,
) -> impl IntoView {
    let enhet = enhetstecken(enhet);
    let utkast: Utkast = RwSignal::new(BTreeMap::new());
    let arval = move |etikett: &'static str, valt: fn(&Fordelning) -> u32, ange: fn(&mut Fordelning, u32)| {
        view! {
            <label class="litet">{etikett}" "
                <select on:change:target=move |ev| {
                    if let Ok(t) = ev.target().value().parse::<u32>() {
                        fordelning.update(|f| ange(f, t));
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
            <Arcell id=format!("{id}-varde") t=0 utkast ar=Signal::derive(|| 1) tomt=Decimal::ZERO visa=tal::formatera_cell enhet
                etikett=Signal::derive(move || format!("{} belopp per tillfälle", beskrivning.try_get().unwrap_or_default()))
                varde=Signal::derive(move || fordelning.try_with(|f| match f {
                    Fordelning::Engangs { varde, .. } | Fordelning::Aterkommande { varde, .. } => *varde,
                    Fordelning::PerAr { .. } => Decimal::ZERO,
                }).unwrap_or_default())
                ange=Callback::new(move |(t, v)| fordelning.update(|f| f.ange(t, v))) />
        };
        match typ.get() {
            Fordelningstyp::PerAr => ().into_any(),
            Fordelningstyp::Engangs => view! {
                {arval("År", |f| if let Fordelning::Engangs { ar, .. } = f { *ar } else { 0 },
                    |f, t| if let Fordelning::Engangs { ar, .. } = f { *ar = t })}
                {varde}
            }
            .into_any(),
            Fordelningstyp::Aterkommande => view! {
                {arval("Från", |f| if let Fordelning::Aterkommande { fran, .. } = f { *fran } else { 0 },
                    |f, t| if let Fordelning::Aterkommande { fran, .. } = f { *fran = t })}
                {arval("Till", |f| if let Fordelning::Aterkommande { till, .. } = f { *till } else { 0 },
                    |f, t| if let Fordelning::Aterkommande { till, .. } = f { *till = t })}
                {varde}
            }
            .into_any(),
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
    #[prop(into)] enhet: Field<Enhet>,
    ar: Memo<Vec<i32>>,
    vardering: Memo<Vardering>,
) -> impl IntoView {
    let utkast: Utkast = RwSignal::new(BTreeMap::new());
    let enhet = enhetstecken(enhet);
    // The years the valuation counts as 0 for being too large, once per
    // row rather than once per cell.
    let for_stora = {
        let id = id.clone();
        Memo::new(move |_| {
            vardering.with(|v| {
                v.rader
                    .iter()
                    .find(|r| r.id == id)
                    .map(|r| (0..r.per_ar.len() as u32).map(|t| r.for_stort(t)).collect::<Vec<_>>())
                    .unwrap_or_default()
            })
        })
    };
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
                            <Arcell id=format!("{id}-{t}") t utkast ar=antal_ar tomt=Decimal::ZERO visa=tal::formatera_cell enhet
                                for_stort=Signal::derive(move || for_stora.with(|f| f.get(t as usize).copied().unwrap_or(false)))
                                etikett=Signal::derive(move || format!("{} {a}", beskrivning.try_get().unwrap_or_default()))
                                varde ange=Callback::new(move |(t, v)| fordelning.update(|f| f.ange(t, v))) />
                        </td>
                    }
                    .into_any()
                } else {
                    view! {
                        <td class="belopp harlett">
                            {move || tal::formatera_cell(varde.get())}
                            {move || (!varde.get().is_zero()).then(|| format!("\u{a0}{}", enhet.get()))}
                        </td>
                    }
                    .into_any()
                }
            })
            .collect_view()
    }
}
