//! Undo of a removed line in step 8's grids: the line goes back where it
//! stood, as in the templates' lists (`src/ui/komponenter/radlista.rs`).

use crate::ui::komponenter::radlista::fokusera_senare;
use crate::ui::steg::kostnader::delat::PER_SIDA;
use leptos::prelude::*;

/// The line removed last from a grid and where it stood, so "Ångra" puts
/// it back (the pattern of `radlista.rs`).
pub type Borttagen<T> = RwSignal<Option<(usize, T)>>;

/// Removes the line `id` from `rader`, keeping it in `borttagen`, and moves
/// the focus to "Ångra" (the row's own button is gone).
pub fn ta_bort_rad<T: Clone + Send + Sync + 'static>(
    rader: impl Update<Value = Vec<T>>,
    id_av: fn(&T) -> &str,
    id: &str,
    borttagen: Borttagen<T>,
    angra_id: &str,
) {
    let mut tagen = None;
    rader.update(|v| {
        if let Some(i) = v.iter().position(|r| id_av(r) == id) {
            tagen = Some((i, v.remove(i)));
        }
    });
    if tagen.is_some() {
        borttagen.set(tagen);
        fokusera_senare(angra_id.to_string(), None);
    }
}

/// "Tog bort …" and "Ångra" under a grid: the line goes back where it stood
/// and its page is shown.
#[component]
pub fn Angra<T, L>(
    id: &'static str,
    /// "kostnaden", "effekten".
    radnamn: &'static str,
    borttagen: Borttagen<T>,
    rader: L,
    namn_av: fn(&T) -> String,
    id_av: fn(&T) -> &str,
    sida: RwSignal<usize>,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    L: Update<Value = Vec<T>> + Copy + Send + Sync + 'static,
{
    let angra = move |_| {
        if let Some((plats, rad)) = borttagen.get_untracked() {
            let rad_id = id_av(&rad).to_string();
            let mut ny_plats = plats;
            rader.update(|v| {
                ny_plats = plats.min(v.len());
                v.insert(ny_plats, rad);
            });
            borttagen.set(None);
            sida.set(ny_plats / PER_SIDA);
            fokusera_senare(format!("{rad_id}-beskrivning"), None);
        }
    };
    view! {
        <p class="borttagen" role="status">
            {move || borttagen.with(|b| b.as_ref().map(|(_, r)| {
                let namn = namn_av(r);
                if namn.trim().is_empty() { format!("Tog bort {radnamn}.") } else { format!("Tog bort {radnamn} \u{201d}{namn}\u{201d}.") }
            }))}
        </p>
        <Show when=move || borttagen.with(|b| b.is_some())>
            <button type="button" id=id on:click=angra aria-label=format!("Ångra borttagningen av {radnamn}")>"Ångra"</button>
        </Show>
    }
}
