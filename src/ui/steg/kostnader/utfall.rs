//! The logic-model outcome an effect line of step 8 realises: one list per
//! effect row, its choices built from one list of the model's outcomes that
//! every row shares. A tie to an outcome that is gone shows as such.
//! Rules: `model::utfallskoppling`.

use crate::model::utfallsalternativ;
use leptos::prelude::*;
use reactive_stores::Field;

#[component]
pub fn Utfallscell(
    id: String,
    #[prop(into)] utfall_id: Field<Option<String>>,
    /// The outcomes as (id, text), computed once for the whole grid.
    utfall: Signal<Vec<(String, String)>>,
) -> impl IntoView {
    let val_id = format!("{id}-utfall");
    // One reactive closure per row: the options are rebuilt only when the
    // row's tie or the list of outcomes changes.
    let alternativ = move || {
        let valt = utfall_id.try_get().flatten();
        utfall
            .with(|u| utfallsalternativ(u, valt.as_deref()))
            .into_iter()
            .map(|(kod, text)| {
                let vald = valt.as_deref().unwrap_or_default() == kod;
                view! { <option value=kod selected=vald>{text}</option> }
            })
            .collect_view()
    };
    view! {
        <td colspan="4" class="utfallscell">
            <label for=val_id.clone()>"Effekt i logikmodellen"</label>
            <select id=val_id on:change:target=move |ev| {
                let kod = ev.target().value();
                utfall_id.set((!kod.is_empty()).then_some(kod));
            }>
                {alternativ}
            </select>
        </td>
    }
}
