//! Step 12, Effekthemtagningsplan: after the decision, one plan per effect
//! and its follow-ups, with the results (realised share, status, money per
//! year) computed by `model::effektuppfoljning`. Rules: docs/modell.md,
//! the section on effekthemtagning.

mod beslut;
mod diagram;
mod effektplan;
pub mod resultat;
mod uppfoljning;

use crate::model::{
    effektposter, synka_planer, EffekthemtagningStoreFields, Forstudie, ForstudieStoreFields, PlanFalt, Steg,
};
use crate::ui::komponenter::falt::Textfalt;
use crate::ui::komponenter::kontroller::{felsignal, Listmeddelande};
use crate::ui::komponenter::steghuvud::Steghuvud;
use crate::ui::steg::effekthemtagning::beslut::Beslutsdel;
use crate::ui::steg::effekthemtagning::effektplan::Planrad;
use crate::ui::steg::effekthemtagning::resultat::Resultat;
use crate::ui::vagar::lank;
use crate::vardering::folj_upp;
use crate::vardering::Vardering;
use leptos::prelude::*;
use reactive_stores::Store;

use crate::ui::webblasare::webblagring::idag;

#[component]
pub fn EffekthemtagningSteg(store: Store<Forstudie>, vardering: Memo<Vardering>) -> impl IntoView {
    let hemtagning = store.effekthemtagning();
    let effekter = Memo::new(move |_| {
        store.ekonomi().with(|e| store.konsekvenser().with(|k| store.logikmodell().with(|l| effektposter(e, k, l))))
    });
    let beslutad = Memo::new(move |_| hemtagning.beslut().with(|b| b.is_some()));
    // Effects added or renamed after the decision get their plan when the
    // step is shown; plans of removed effects stay (the model never drops them).
    Effect::new(move |_| {
        let poster = effekter.get();
        if beslutad.get() && !hemtagning.with_untracked(|h| h.synkad(&poster)) {
            // Through the keyed list itself, so its rows see the new keys.
            hemtagning.planer().update(|p| {
                synka_planer(p, &poster);
            });
        }
    });
    let brister = Memo::new(move |_| effekter.with(|e| hemtagning.with(|h| h.brister(e))));
    let dag = idag();
    let resultat =
        Memo::new(move |_| effekter.with(|e| vardering.with(|v| hemtagning.with(|h| folj_upp(h, e, v, &dag)))));
    let period = Signal::derive(move || vardering.with(|v| (v.startar, v.ar)));
    let planer = hemtagning.planer();
    let ids =
        move || planer.try_with(|p| p.iter().map(|p| p.effekt_id.clone()).collect::<Vec<_>>()).unwrap_or_default();
    let utskrift = move || lank(&format!("/fall/{}/{}/utskrift", store.id().get(), Steg::Effekthemtagningsplan.slug()));
    view! {
        <Steghuvud rubrik="Effekthemtagningsplan">
            "När förstudien är beslutad planeras hur varje effekt ska tas hem: vem som ansvarar, vad som mäts, "
            "nollvärde och mål, och när effekten följs upp. Vid varje uppföljning skrivs det uppmätta värdet in, "
            "och för ekonomiska effekter det belopp som realiserats."
        </Steghuvud>
        <Listmeddelande fel=felsignal(brister, PlanFalt::Beslut) />
        <Beslutsdel hemtagning effekter />
        <Show when=move || beslutad.get()>
            <Textfalt id="effekthemtagningsansvarig" etikett="Effekthemtagningsansvarig" kravs=true
                hjalp="Den som planerar och följer upp alla effekter efter beslutet."
                varde=hemtagning.effekthemtagningsansvarig()
                fel=felsignal(brister, PlanFalt::Effekthemtagningsansvarig) />
            <p class="ej-utskrift"><a href=utskrift>"Utskriftsvy av planen"</a></p>
            <h3>"Plan per effekt"</h3>
            <Listmeddelande fel=felsignal(brister, PlanFalt::Effekter) />
            <div class="effektplaner">
                <For each=ids key=|id| id.clone() let:id>
                    <Planrad plan=planer.at_key(id.clone()) effekter brister resultat period />
                </For>
            </div>
            <Resultat resultat />
        </Show>
    }
}
