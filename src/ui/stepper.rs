//! The list of steps with a mark for complete / incomplete, in text as well
//! as colour.

use crate::model::{EffekthemtagningStoreFields, Forstudie, ForstudieStoreFields, Steg};
use crate::valuation::Vardering;
use leptos::prelude::*;
use crate::ui::app::lank;
use reactive_stores::Store;

#[component]
pub fn Stepper(
    store: Store<Forstudie>,
    id: String,
    aktuellt: Memo<Option<Steg>>,
    /// The case's valuation, computed once per edit for the whole view.
    vardering: Memo<Vardering>,
) -> impl IntoView {
    let poster = Steg::ALLA
        .into_iter()
        .enumerate()
        .map(|(i, steg)| {
            let klar = Memo::new(move |_| match steg {
                // Not a second valuation per keystroke: the shared one.
                Steg::KostnaderOchEffekter => store
                    .ekonomi()
                    .with(|e| Steg::kostnader_komplett(e, vardering.with(|v| v.har_fel()))),
                _ => store.with(|f| steg.ar_komplett_med(f, &|| vardering.with(|v| v.har_fel()))),
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
    view! {
        <nav class="stepper" aria-label="Förstudiens steg">
            <ol>{poster}</ol>
        </nav>
    }
}
