//! The list of steps with a mark for complete / incomplete, in text as well
//! as colour. On a phone the list folds into a "Steg 3 av 12" button that
//! opens it (style/fall.css hides the button on wider screens).

use crate::model::{EffekthemtagningStoreFields, Forstudie, ForstudieStoreFields, Steg};
use crate::ui::app::lank;
use crate::vardering::Vardering;
use leptos::prelude::*;
use reactive_stores::Store;

#[component]
pub fn Stepper(
    store: Store<Forstudie>,
    id: String,
    aktuellt: Memo<Option<Steg>>,
    /// The case's valuation, computed once per edit for the whole view.
    vardering: Memo<Vardering>,
) -> impl IntoView {
    // The open step is not complete while one of its fields holds text
    // that is not stored (falt.rs, `OgiltigaFalt`).
    let ogiltiga = use_context::<crate::ui::falt::OgiltigaFalt>().map(|o| o.0);
    let poster = Steg::ALLA
        .into_iter()
        .enumerate()
        .map(|(i, steg)| {
            let klar_i_fallet = Memo::new(move |_| match steg {
                // Not a second valuation per keystroke: the shared one.
                Steg::KostnaderOchEffekter => {
                    store.ekonomi().with(|e| Steg::kostnader_komplett(e, vardering.with(|v| v.har_fel())))
                }
                _ => store.with(|f| steg.komplett_med(f, &|| vardering.with(|v| v.har_fel()))),
            });
            let klar = Memo::new(move |_| {
                let har_ogiltiga = aktuellt.get() == Some(steg) && ogiltiga.is_some_and(|o| o.with(|s| !s.is_empty()));
                !har_ogiltiga && klar_i_fallet.get()
            });
            // The plan (step 12) is not a missing step before the decision.
            let efter_beslut = Memo::new(move |_| {
                steg == Steg::Effekthemtagningsplan && store.effekthemtagning().beslut().with(|b| b.is_none())
            });
            let href = format!("/fall/{id}/{}", steg.slug());
            view! {
                <li class:klar=move || klar.get() class:efter-beslut=move || efter_beslut.get()
                    class:aktuellt=move || aktuellt.get() == Some(steg)>
                    <a href=lank(&href) aria-current=move || (aktuellt.get() == Some(steg)).then_some("step")>
                        <span class="stegnummer">{i + 1}". "</span>
                        <span class="stegnamn">{steg.rubrik()}</span>
                        <span class="stegstatus">
                            {move || if efter_beslut.get() {
                                "Efter beslut"
                            } else if klar.get() {
                                "✓ Klar"
                            } else {
                                "○ Ej klar"
                            }}
                        </span>
                    </a>
                </li>
            }
        })
        .collect_view();
    let oppen = RwSignal::new(false);
    // A step picked from the open menu closes it.
    Effect::new(move |_| {
        aktuellt.track();
        oppen.set(false);
    });
    let sammanfattning = move || match aktuellt.get() {
        Some(steg) => {
            let nummer = Steg::ALLA.iter().position(|s| *s == steg).unwrap_or(0) + 1;
            format!("Steg {nummer} av {}: {}", Steg::ALLA.len(), steg.rubrik())
        }
        None => "Förstudiens steg".to_string(),
    };
    view! {
        <nav class="stepper" class:oppen=move || oppen.get() aria-label="Förstudiens steg">
            <button type="button" class="stegmeny-knapp" aria-expanded=move || oppen.get().to_string()
                aria-controls="steglista" on:click=move |_| oppen.update(|o| *o = !*o)>
                {sammanfattning}
            </button>
            <ol id="steglista">{poster}</ol>
        </nav>
    }
}
