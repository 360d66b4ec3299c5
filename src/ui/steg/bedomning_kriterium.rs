//! One criterion of step 10: the question, five radio buttons each labelled
//! with its whole level description (read while choosing, not hidden in a
//! tooltip), a motivation and the points as a sum the user can redo. And
//! Ekonomi, which is not chosen but derived from NNK, with its five bands.

use crate::model::tal::{formatera, formatera_kvot};
use crate::model::{kriteriefraga, nivabeskrivning, Bedomning, Kriteriebedomning, Kriterium};
use crate::ui::falt::VisaAllaFel;
use crate::vardering::{ekonominiva, raknad_niva, Poangsattning};
use leptos::prelude::*;
use reactive_stores::Field;
use rust_decimal::Decimal;

/// The label of a level: its number and description; for the negative
/// consequences (where the user rates severity) also the level it scores.
fn etikett(kriterium: Kriterium, niva: u8) -> String {
    let text = nivabeskrivning(kriterium, niva);
    match kriterium {
        Kriterium::NegativaKonsekvenser => {
            format!("{text} Räknas som nivå {}.", raknad_niva(kriterium, niva))
        }
        _ => format!("{niva} – {text}"),
    }
}

fn vikt_text(poang: Memo<Poangsattning>, kriterium: Kriterium) -> impl Fn() -> String + Copy {
    move || poang.with(|p| p.kriterium(kriterium).map(|k| formatera(k.vikt)).unwrap_or_default())
}

fn uttryck(poang: Memo<Poangsattning>, kriterium: Kriterium) -> impl Fn() -> String + Copy {
    move || poang.with(|p| p.kriterium(kriterium).map(|k| k.uttryck()).unwrap_or_default())
}

#[component]
pub fn KriterieFalt(kriterium: Kriterium, bedomning: Field<Bedomning>, poang: Memo<Poangsattning>) -> impl IntoView {
    let kod = kriterium.kod();
    // A level outside 0–4 (from a file) counts as not chosen, as in the score.
    let vald = Memo::new(move |_| bedomning.try_with(|b| b.niva(kriterium)).flatten().filter(|n| *n <= 4));
    // A motivation typed before a level is chosen has no entry to live in
    // yet; it waits here and goes in with the level.
    let vantande = RwSignal::new(String::new());
    let valj = move |niva: u8| {
        let motivering = vantande.get_untracked();
        bedomning.update(|b| match b.nivaer.iter_mut().find(|n| n.kriterium == kriterium) {
            Some(n) => n.niva = niva,
            None => b.nivaer.push(Kriteriebedomning { kriterium, niva, motivering }),
        });
        vantande.set(String::new());
    };
    let motivering = move || {
        bedomning
            .try_with(|b| b.nivaer.iter().find(|n| n.kriterium == kriterium).map(|n| n.motivering.clone()))
            .flatten()
            .unwrap_or_else(|| vantande.get())
    };
    let skriv = move |text: String| {
        let har_post = bedomning.with_untracked(|b| b.nivaer.iter().any(|n| n.kriterium == kriterium));
        if har_post {
            bedomning.update(|b| {
                if let Some(n) = b.nivaer.iter_mut().find(|n| n.kriterium == kriterium) {
                    n.motivering = text;
                }
            });
        } else {
            vantande.set(text);
        }
    };
    let visa_alla = use_context::<VisaAllaFel>().map(|v| v.0);
    let saknas = move || vald.get().is_none() && visa_alla.is_some_and(|v| v.get());
    let fraga_id = format!("fraga-{kod}");
    let fel_id = format!("fel-{kod}");
    let motivering_id = format!("motivering-{kod}");
    let hjalp_id = format!("motivering-{kod}-hjalp");
    let knappar = (0..=4u8)
        .map(|niva| {
            let radio_id = format!("niva-{kod}-{niva}");
            view! {
                <div class="nivaval" class:vald=move || vald.get() == Some(niva)>
                    <input
                        type="radio"
                        id=radio_id.clone()
                        name=format!("niva-{kod}")
                        value=niva.to_string()
                        prop:checked=move || vald.get() == Some(niva)
                        on:change=move |_| valj(niva)
                    />
                    <label for=radio_id>{etikett(kriterium, niva)}</label>
                </div>
            }
        })
        .collect_view();
    let beskrivning = {
        let (fraga_id, fel_id) = (fraga_id.clone(), fel_id.clone());
        move || if saknas() { format!("{fraga_id} {fel_id}") } else { fraga_id.clone() }
    };
    view! {
        <fieldset class="kriterium" class:falt-fel=saknas aria-describedby=beskrivning>
            <legend>
                <h3>{kriterium.namn()}<span class="vikt">" (vikt "{vikt_text(poang, kriterium)}")"</span></h3>
            </legend>
            <p class="fraga" id=fraga_id>{kriteriefraga(kriterium)}</p>
            <div class="nivaer">{knappar}</div>
            <p class="felmeddelande" id=fel_id hidden=move || !saknas()>"Välj en nivå."</p>
            <div class="falt motivering">
                <label for=motivering_id.clone()>"Motivering"</label>
                <p class="hjalptext" id=hjalp_id.clone() hidden=move || vald.get().is_some()>
                    "Motiveringen sparas när en nivå är vald."
                </p>
                <textarea
                    id=motivering_id
                    rows="2"
                    aria-describedby=move || vald.get().is_none().then(|| hjalp_id.clone())
                    prop:value=motivering
                    on:input:target=move |ev| skriv(ev.target().value())
                ></textarea>
            </div>
            <p class="kriteriepoang" id=format!("poang-{kod}")>"Poäng: "{uttryck(poang, kriterium)}</p>
        </fieldset>
    }
}

/// Ekonomi: read-only, its level follows NNK.
#[component]
pub fn EkonomiKriterium(
    poang: Memo<Poangsattning>,
    nnk: Memo<Option<Decimal>>,
    har_fel: Memo<bool>,
    /// The link to step 8, where NNK comes from.
    kostnader: String,
) -> impl IntoView {
    let kriterium = Kriterium::Ekonomi;
    let niva = Memo::new(move |_| ekonominiva(nnk.get()));
    let lage = move || match (nnk.get(), niva.get()) {
        (Some(kvot), Some(n)) => format!("Nettonuvärdeskvoten (NNK) är {}. Det ger nivå {n}.", formatera_kvot(kvot)),
        _ => "NNK kan inte räknas: förstudien har inga kostnader, och NNK är nettonuvärdet delat med nuvärdet av \
              kostnaderna. Ekonomi saknas därför i bedömningen tills det finns kostnader."
            .to_string(),
    };
    let band = (0..=4u8)
        .map(|n| {
            let aktuell = move || niva.get() == Some(n);
            view! {
                <li class:aktuell=aktuell aria-current=move || aktuell().then_some("true")>
                    {format!("{n} – {}", nivabeskrivning(kriterium, n))}
                    {move || aktuell().then(|| view! { <strong class="markering">" ◀ förstudiens nivå"</strong> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="kriterium ekonomi" aria-labelledby="kriterium-ekonomi">
            <h3 id="kriterium-ekonomi">"Ekonomi"<span class="vikt">" (vikt "{vikt_text(poang, kriterium)}")"</span></h3>
            <p class="fraga">{kriteriefraga(kriterium)}</p>
            <p id="ekonomi-nnk"><strong>{lage}</strong></p>
            {move || har_fel.get().then(|| view! {
                <p class="varning">
                    "Värderingen har fel som räknats som 0 eller ersatts med en gräns; NNK och nivån kan ändras när de är rättade."
                </p>
            })}
            <p>
                "Nivån räknas fram och väljs inte. NNK kommer från "
                <a href=kostnader>"steg 8, Kostnader och effekter"</a>
                ", där den förklaras."
            </p>
            <ul class="ekonomiband" aria-label="Nivåerna för Ekonomi">{band}</ul>
            <p class="kriteriepoang" id="poang-ekonomi">"Poäng: "{uttryck(poang, kriterium)}</p>
        </section>
    }
}
