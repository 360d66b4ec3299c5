//! Step 1, Utvecklingsbehov: the pattern every step follows. The step takes
//! only the store field it edits; the rules come from the domain
//! (`Utvecklingsbehov::brister`).

use crate::model::{BehovFalt, Utvecklingsbehov, UtvecklingsbehovStoreFields};
use crate::ui::aktiv_modell::aktiv_modell;
use crate::ui::komponenter::falt::{Flerval, Textfalt};
use crate::ui::komponenter::namnval::{Lista, Namnval};
use crate::ui::komponenter::steghuvud::Steghuvud;
use leptos::prelude::*;
use reactive_stores::Field;

#[component]
pub fn UtvecklingsbehovSteg(
    #[prop(into)] behov: Field<Utvecklingsbehov>,
    /// The municipality's strategies to choose from.
    strategier: Vec<String>,
) -> impl IntoView {
    let brister = Memo::new(move |_| behov.with(|b| b.brister()));
    let fel = move |falt: BehovFalt| {
        Signal::derive(move || brister.with(|b| b.iter().find(|x| x.falt == falt).map(|x| x.meddelande)))
    };
    // A förvaltning chosen from the model's list fills in its nämnd.
    let modell = aktiv_modell().modell;
    let fyll_namnd = Callback::new(move |forvaltning: String| {
        let namnd = modell.with_untracked(|m| m.forvaltning_ur_listan(&forvaltning).map(|f| f.namnd.clone()));
        if let Some(namnd) = namnd.filter(|n| !n.trim().is_empty()) {
            behov.namnd().set(namnd);
        }
    });
    // Strategies already chosen stay listed even if the list has changed.
    let mut alternativ = strategier;
    for vald in behov.strategier().get_untracked() {
        if !alternativ.contains(&vald) {
            alternativ.push(vald);
        }
    }
    view! {
        <Steghuvud rubrik="Utvecklingsbehov">
            "Beskriv behovet med egna ord: vad som är problemet eller möjligheten, vilka som berörs "
            "och vad som händer om ingenting görs. Fält markerade med * behövs för att steget ska vara klart."
        </Steghuvud>
        <div class="falt-rutnat">
            <Textfalt id="behov-titel" etikett="Titel på initiativet" kravs=true hjalp="Högst 120 tecken."
                varde=behov.titel() fel=fel(BehovFalt::Titel) />
            <Textfalt id="behov-datum" etikett="Datum" kravs=true typ="date"
                varde=behov.datum() fel=fel(BehovFalt::Datum) />
            <Namnval id="behov-forvaltning" etikett="Förvaltning" kravs=true lista=Lista::Forvaltningar
                varde=behov.forvaltning() fel=fel(BehovFalt::Forvaltning) vid_val=fyll_namnd />
            <Namnval id="behov-namnd" etikett="Nämnd" kravs=true lista=Lista::Namnder
                varde=behov.namnd() fel=fel(BehovFalt::Namnd) />
            <Textfalt id="behov-kontaktperson" etikett="Kontaktperson" kravs=true
                varde=behov.kontaktperson() fel=fel(BehovFalt::Kontaktperson) />
            <Textfalt id="behov-roll" etikett="Kontaktpersonens roll" kravs=true
                varde=behov.roll() fel=fel(BehovFalt::Roll) />
        </div>
        <Textfalt id="behov-problem" etikett="Problem eller möjlighet" kravs=true flerradig=true
            hjalp="Med vanliga ord: vad fungerar inte i dag, eller vad skulle kunna bli bättre?"
            varde=behov.problem() fel=fel(BehovFalt::Problem) />
        <Textfalt id="behov-berorda" etikett="Vilka berörs?" kravs=true flerradig=true
            hjalp="Invånare, företag, medarbetare eller andra nämnder som påverkas."
            varde=behov.berorda() fel=fel(BehovFalt::Berorda) />
        <Textfalt id="behov-nollalternativ" etikett="Nollalternativ: vad händer om ingenting görs?"
            kravs=true flerradig=true
            varde=behov.nollalternativ() fel=fel(BehovFalt::Nollalternativ) />
        <Flerval id="behov-strategier" etikett="Strategier som initiativet bidrar till" kravs=true
            alternativ=alternativ valda=behov.strategier() fel=fel(BehovFalt::Strategier) />
        <Textfalt id="behov-perspektiv" etikett="Digitala perspektiv" flerradig=true
            hjalp="Till exempel digitalt först, återanvändning av data, e-tjänst i stället för blankett."
            varde=behov.digitala_perspektiv() fel=Signal::derive(|| None) />
        <Textfalt id="behov-relaterade" etikett="Relaterade initiativ" flerradig=true
            varde=behov.relaterade_initiativ() fel=Signal::derive(|| None) />
    }
}
