//! Moving between the pages of a long list (`model::sidindelning`): which
//! rows are shown, in words, and buttons to the first, previous, next and
//! last page. Shown only when the list has more than one page.

use crate::model::sidindelning::Sida;
use leptos::prelude::*;

#[component]
pub fn Sidvaljare(
    /// The page asked for; `visad` clamps it to the list.
    sida: RwSignal<usize>,
    visad: Memo<Sida>,
    /// The name of the controls' group, e.g. "Sidor med kostnader".
    etikett: &'static str,
) -> impl IntoView {
    // A button at the end it cannot pass is marked, not disabled, so the
    // keyboard focus stays on it.
    let knapp = move |text: &'static str, vid_slutet: fn(&Sida) -> bool, mal: fn(&Sida) -> usize| {
        view! {
            <button type="button" class="liten" aria-disabled=move || visad.with(vid_slutet).then_some("true")
                on:click=move |_| {
                    let s = visad.get_untracked();
                    if !vid_slutet(&s) {
                        sida.set(mal(&s));
                    }
                }>
                {text}
            </button>
        }
    };
    let flera = Memo::new(move |_| visad.with(Sida::flera));
    move || {
        flera.get().then(|| {
            view! {
                <div class="sidvaljare">
                    <p role="status">{move || visad.with(Sida::text)}</p>
                    <nav aria-label=etikett>
                        {knapp("Första sidan", Sida::forsta, |_| 0)}
                        {knapp("Föregående sida", Sida::forsta, Sida::foregaende)}
                        {knapp("Nästa sida", Sida::sist, Sida::nasta)}
                        {knapp("Sista sidan", Sida::sist, Sida::sista_nummer)}
                    </nav>
                </div>
            }
        })
    }
}
