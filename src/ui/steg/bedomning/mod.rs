//! Step 10, Bedömning: each criterion scored 0–4 with every level's
//! description in view, Ekonomi derived from NNK, and the score and summed
//! priority beside them, recomputed on every choice. The weights and
//! thresholds are the model's, shown further down (`installningar`). All
//! figures come from `vardering::berakna_poang`; this file only shows them.

mod installningar;
mod kriterium;
mod summering;

use crate::model::{Bedomning, Modellparametrar, Modellreferens, Steg};
use crate::ui::komponenter::steghuvud::STEGRUBRIK;
use crate::ui::steg::bedomning::installningar::Installningar;
use crate::ui::steg::bedomning::kriterium::{EkonomiKriterium, KriterieFalt};
use crate::ui::steg::bedomning::summering::Summering;
use crate::ui::vagar::lank;
use crate::vardering::bedomning::bedomda_kriterier;
use crate::vardering::{berakna_poang, Vardering};
use leptos::prelude::*;
use reactive_stores::Field;

#[component]
pub fn BedomningSteg(
    #[prop(into)] bedomning: Field<Bedomning>,
    #[prop(into)] parametrar: Field<Modellparametrar>,
    /// The model the parameters are from.
    #[prop(into)]
    modell: Field<Option<Modellreferens>>,
    /// The case's valuation (shared with the stepper and step 8): NNK.
    vardering: Memo<Vardering>,
    /// The case's id, for the link to step 8.
    id: String,
    /// `Teambedomning::rubrik` when the värderingsteam has assessed the case.
    #[prop(into)]
    team: Signal<Option<String>>,
) -> impl IntoView {
    let nnk = Memo::new(move |_| vardering.with(|v| v.bas.nnk));
    let har_fel = Memo::new(move |_| vardering.with(|v| v.har_fel()));
    let poang = Memo::new(move |_| {
        bedomning
            .try_with(|b| parametrar.with(|p| berakna_poang(b, nnk.get(), p)))
            .unwrap_or_else(|| berakna_poang(&Bedomning::default(), None, &Modellparametrar::default()))
    });
    let kostnader = lank(&format!("/fall/{id}/{}", Steg::KostnaderOchEffekter.slug()));
    let falt = bedomda_kriterier().map(|kriterium| view! { <KriterieFalt kriterium bedomning poang /> }).collect_view();
    view! {
        <h2 id=STEGRUBRIK>"Bedömning"</h2>
        <p class="forslagsmarkering" id="bedomning-forslag">
            <strong>"Förvaltningens förslag."</strong>
            " Det här är förvaltningens egen bedömning. Värderingsteamet gör den fastställda bedömningen i sin portfölj."
            {move || team.get().map(|t| format!(" {t} finns i förstudien, och det är den sammanställningen visar."))}
        </p>
        <p class="ingress">
            "Bedöm initiativet mot varje kriterium. Varje nivå beskriver vad som ska gå att se i förstudien; "
            "välj den beskrivning som stämmer och skriv kort varför. Ekonomin räknas fram ur nettonuvärdeskvoten. "
            "Poängen är vikt × nivå / 4 per kriterium, summerad till högst 100."
        </p>
        <div class="bedomningslayout">
            <div class="kriterielista">
                {falt}
                <EkonomiKriterium poang nnk har_fel kostnader />
            </div>
            <Summering poang parametrar nnk />
        </div>
        <Installningar parametrar referens=modell />
    }
}
