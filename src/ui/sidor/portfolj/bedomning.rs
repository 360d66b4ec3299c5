//! The portfolio's own compact assessment editor: a dialog with, per
//! criterion, a select whose options carry the level descriptions (the
//! criteria are visible where they are scored) and a reason. Ekonomi is
//! shown, not chosen: it follows from NNK. Saving writes the värderingsteam's
//! assessment into the case (who — a name typed once per tab —, when, under
//! the team's model); the förvaltning's proposal is its starting point and
//! stays in the file as it was. Kept apart so it can later give way to a
//! component shared with the Bedömning step.

use crate::model::{
    kriteriefraga, nivabeskrivning,
    tal::{formatera, formatera_kvot, formatera_poang},
    Kriterium,
};
use crate::portfolj::{bedomd_av, raknad_niva, Bedomningsutkast, Portfolj};
use crate::ui::komponenter::dialog::stangd;
use crate::ui::komponenter::faltram::{beskrivning, ogiltig, Faltram};
use crate::ui::webblasare::webblagring::nu;
use crate::vardering::{berakna_poang, Poangsattning};
use leptos::prelude::*;
use uuid::Uuid;
use wasm_bindgen::JsCast;

/// The session-storage key of the name the team's assessments are saved with.
const NAMNNYCKEL: &str = "forstudie.portfolj.namn";

fn sessionslagring() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.session_storage().ok().flatten())
}

fn ide(kriterium: Kriterium) -> String {
    format!("pb-{kriterium:?}").to_lowercase()
}

fn alternativtext(kriterium: Kriterium, n: u8) -> String {
    let text = nivabeskrivning(kriterium, n);
    match kriterium {
        // The description already says "Allvarlighet n: …".
        Kriterium::NegativaKonsekvenser => format!("{text} Ger nivå {}.", raknad_niva(kriterium, n)),
        _ => format!("Nivå {n}: {text}"),
    }
}

#[component]
pub fn Bedomningsdialog(
    portfolj: RwSignal<Portfolj>,
    bedoms: RwSignal<Option<Uuid>>,
    meddelande: RwSignal<Option<String>>,
) -> impl IntoView {
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let utkast = RwSignal::new(None::<Bedomningsutkast>);
    let visa_fel = RwSignal::new(false);
    let namn = RwSignal::new(sessionslagring().and_then(|s| s.get_item(NAMNNYCKEL).ok().flatten()).unwrap_or_default());
    let namnfel = move || visa_fel.get() && namn.with(|n| bedomd_av(n).is_err());
    let namnfel_text = Signal::derive(move || namnfel().then_some(crate::portfolj::NAMN_SAKNAS));
    Effect::new(move |_| {
        let id = bedoms.get();
        let Some(d) = dialog.get() else { return };
        // The team's earlier assessment, else the förvaltning's proposal.
        match id.and_then(|id| {
            portfolj.with_untracked(|p| p.hamta(id).map(|f| Bedomningsutkast::av(f.forstudie.gallande_bedomning())))
        }) {
            Some(u) => {
                utkast.set(Some(u));
                visa_fel.set(false);
                if !d.open() {
                    let _ = d.show_modal();
                }
            }
            None => {
                if d.open() {
                    d.close();
                }
            }
        }
    });
    // The score as it would be with the draft, from the domain.
    let forhand = Memo::new(move |_| {
        let id = bedoms.get()?;
        let bedomning = utkast.with(|u| u.as_ref().map(|u| u.bedomning()))?;
        portfolj.with_untracked(|p| {
            let parametrar = &p.modell.parametrar;
            p.hamta(id).map(|f| {
                let p = berakna_poang(&bedomning, f.vardering.bas.nnk, parametrar);
                let t = &parametrar.troskelvarden;
                let skal = p.prioritering.map(|pr| pr.skal(p.poang, t.hog, t.medel));
                (p, skal, f.vardering.bas.nnk)
            })
        })
    });

    let spara = move || {
        let (Some(id), Some(u)) = (bedoms.get_untracked(), utkast.get_untracked()) else { return };
        match (u.spara(), bedomd_av(&namn.get_untracked())) {
            (Ok(bedomning), Ok(vem)) => {
                if let Some(s) = sessionslagring() {
                    // Only a convenience: without it the name is typed again.
                    let _ = s.set_item(NAMNNYCKEL, &vem);
                }
                portfolj.update(|p| p.ange_teambedomning(id, bedomning, &vem, &nu()));
                let titel = portfolj.with_untracked(|p| p.hamta(id).map(|f| f.forstudie.visningsnamn().to_string()));
                meddelande.set(Some(format!(
                    "Bedömningen av ”{}” är sparad i portföljen. Exportera förstudien för att skicka tillbaka den.",
                    titel.unwrap_or_default()
                )));
                bedoms.set(None);
                // The row was drawn again; focus goes back to its button.
                request_animation_frame(move || {
                    let knapp = document()
                        .get_element_by_id(&format!("bedom-{id}"))
                        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
                    if let Some(k) = knapp {
                        let _ = k.focus();
                    }
                });
            }
            (_, namnet) => {
                visa_fel.set(true);
                if namnet.is_err() {
                    if let Some(f) =
                        document().get_element_by_id("pb-namn").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                    {
                        let _ = f.focus();
                    }
                }
            }
        }
    };

    let kriterium = move |k: Kriterium| {
        let id = ide(k);
        let (fraga_id, mot_id, fel_id) = (format!("{id}-fraga"), format!("{id}-motivering"), format!("{id}-fel"));
        let niva = move || utkast.with(|u| u.as_ref().and_then(|u| u.rader.iter().find(|r| r.kriterium == k)?.niva));
        let motivering = move || {
            utkast.with(|u| {
                u.as_ref().and_then(|u| u.rader.iter().find(|r| r.kriterium == k).map(|r| r.motivering.clone()))
            })
        };
        let fel = move || {
            visa_fel.get() && utkast.with(|u| u.as_ref().is_some_and(|u| u.fel().iter().any(|f| f.kriterium == k)))
        };
        let poang = move || {
            forhand.with(|f| {
                let kp = f.as_ref()?.0.kriterier.iter().find(|p| p.kriterium == k)?;
                Some(format!(
                    "{} av {} poäng",
                    kp.poang.map(formatera).unwrap_or_else(|| "–".into()),
                    formatera(kp.vikt)
                ))
            })
        };
        let alternativ = (0..=4u8)
            .map(|n| view! { <option value=n.to_string() prop:selected=move || niva() == Some(n)>{alternativtext(k, n)}</option> })
            .collect_view();
        let fel_id2 = fel_id.clone();
        view! {
            <fieldset class="kriteriebedomning">
                <legend>{k.namn()}<span class="kriteriepoang">" · "{poang}</span></legend>
                <p class="hjalptext" id=fraga_id.clone()>{kriteriefraga(k)}</p>
                <div class="falt">
                    <label for=id.clone()>{if k == Kriterium::NegativaKonsekvenser { "Allvarlighet" } else { "Nivå" }}</label>
                    <select id=id aria-describedby=fraga_id
                        on:change:target=move |ev| {
                            let niva = ev.target().value().parse::<u8>().ok();
                            utkast.update(|u| if let Some(u) = u { u.ange_niva(k, niva) });
                        }>
                        <option value="" prop:selected=move || niva().is_none()>"Ej bedömd"</option>
                        {alternativ}
                    </select>
                    // The whole description of the chosen level: a closed
                    // select cuts long options.
                    <p class="valdniva">{move || niva().map(|n| alternativtext(k, n))}</p>
                </div>
                <div class="falt">
                    <label for=mot_id.clone()>"Motivering"</label>
                    <textarea id=mot_id rows="2" aria-invalid=move || fel().then_some("true")
                        aria-describedby=move || fel().then(|| fel_id2.clone())
                        prop:value=move || motivering().unwrap_or_default()
                        on:input:target=move |ev| {
                            let text = ev.target().value();
                            utkast.update(|u| if let Some(u) = u { u.ange_motivering(k, text) });
                        }></textarea>
                    {move || fel().then(|| view! {
                        <p class="felmeddelande" id=fel_id.clone()>{crate::portfolj::MOTIVERING_UTAN_NIVA}</p>
                    })}
                </div>
            </fieldset>
        }
    };

    let ekonomi = move || {
        forhand.with(|f| {
            let (p, _, nnk) = f.as_ref()?;
            let kp = p.kriterier.iter().find(|k| k.kriterium == Kriterium::Ekonomi)?;
            Some(match (kp.niva, nnk) {
                (Some(n), Some(nnk)) => format!(
                    "Nivå {n}, räknad ur förstudiens NNK {}: {} Ger {} av {} poäng.",
                    formatera_kvot(*nnk),
                    nivabeskrivning(Kriterium::Ekonomi, n),
                    kp.poang.map(formatera).unwrap_or_default(),
                    formatera(kp.vikt)
                ),
                _ => "Ingen nivå: förstudien har inga kostnader, så NNK saknas.".to_string(),
            })
        })
    };
    let summering = move || {
        forhand.with(|f| {
            let (p, skal, _): &(Poangsattning, Option<String>, _) = f.as_ref()?;
            let prioritet = match p.prioritering {
                Some(pr) => pr.namn().to_string(),
                None => format!("ej klar, {} kriterier saknar nivå", p.saknas.len()),
            };
            Some(format!(
                "Poäng med de här nivåerna, under värderingsteamets modell: {} av 100. Summerad prioritering: {prioritet}. {}",
                formatera_poang(p.poang),
                skal.clone().unwrap_or_default()
            ))
        })
    };
    let rubrik = move || {
        let titel = bedoms
            .get()
            .and_then(|id| portfolj.with_untracked(|p| p.hamta(id).map(|f| f.forstudie.visningsnamn().to_string())));
        format!("Bedöm ”{}”", titel.unwrap_or_default())
    };
    // Where the levels start from, and the model the score follows.
    let utgangslage = move || {
        let id = bedoms.get()?;
        portfolj.with_untracked(|p| {
            let f = p.hamta(id)?;
            let grund = match &f.forstudie.teambedomning {
                Some(t) => format!("Nivåerna är värderingsteamets senaste bedömning ({}).", t.rubrik()),
                None => "Nivåerna är förvaltningens förslag; när du sparar blir de värderingsteamets bedömning, och förslaget finns kvar i filen.".to_string(),
            };
            Some(format!("{grund} Poängen räknas med vikterna och tröskelvärdena i {}.", p.modell.visningsnamn()))
        })
    };
    // Drawn again only when another case opens, so typing keeps its focus.
    let innehall = move || {
        bedoms.get().map(|_| {
            view! {
                <div class="kriterielista">
                    {Kriterium::ALLA.into_iter().filter(|k| *k != Kriterium::Ekonomi).map(kriterium).collect_view()}
                    <fieldset class="kriteriebedomning">
                        <legend>{Kriterium::Ekonomi.namn()}</legend>
                        <p class="hjalptext">{kriteriefraga(Kriterium::Ekonomi)}</p>
                        <p id="pb-ekonomi">{ekonomi}</p>
                    </fieldset>
                </div>
            }
        })
    };
    view! {
        <dialog node_ref=dialog class="bedomningsdialog" aria-labelledby="bedomningsrubrik"
            on:close=move |ev| if stangd(&ev) { bedoms.set(None) }>
            <h2 id="bedomningsrubrik">{rubrik}</h2>
            <form on:submit=move |ev| { ev.prevent_default(); spara(); }>
                <p class="hjalptext" id="pb-utgangslage">{utgangslage}</p>
                <Faltram id="pb-namn" etikett="Bedömd av (ditt namn)" fel=namnfel_text kravs=true
                    hjalp=Some("Sparas med bedömningen. Du skriver det en gång; fliken kommer ihåg det.")>
                    <input id="pb-namn" type="text" autocomplete="name" aria-required="true"
                        aria-invalid=ogiltig(namnfel_text)
                        aria-describedby=beskrivning("pb-namn", true, namnfel_text)
                        prop:value=move || namn.get()
                        on:input:target=move |ev| namn.set(ev.target().value()) />
                </Faltram>
                {innehall}
                <div class="bedomningsfot">
                    <p class="bedomningssummering" id="pb-summering" role="status">{summering}</p>
                    <div class="knappar">
                        <button type="submit" class="primar">"Spara bedömningen"</button>
                        <button type="button" on:click=move |_| bedoms.set(None)>"Avbryt"</button>
                    </div>
                </div>
            </form>
        </dialog>
    }
}
