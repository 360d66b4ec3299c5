//! Step 3, Målgruppsanalys: who the initiative is for, how many they are,
//! what they need, how they reach the förvaltning today and what changes.
//! Rules: `Malgruppsanalys::brister`.

use crate::model::validering::Brist;
use crate::model::{Malgrupp, MalgruppFalt, MalgruppStoreFields, Malgruppsanalys, MalgruppsanalysStoreFields};
use crate::ui::komponenter::falt::Textfalt;
use crate::ui::komponenter::kontroller::{felsignal, Heltalsfalt, Listmeddelande};
use crate::ui::komponenter::radlista::Radlista;
use crate::ui::komponenter::steghuvud::Steghuvud;
use leptos::prelude::*;
use reactive_stores::Field;

#[component]
pub fn MalgruppsanalysSteg(#[prop(into)] analys: Field<Malgruppsanalys>) -> impl IntoView {
    let brister = Memo::new(move |_| analys.with(|a| a.brister()));
    let grupper = analys.grupper();
    view! {
        <Steghuvud rubrik="Målgruppsanalys">
            "Beskriv de grupper som berörs – invånare, företag, medarbetare eller andra – hur många de är, "
            "vad de behöver, hur de når er i dag och vad som förändras för dem."
        </Steghuvud>
        <Listmeddelande fel=felsignal(brister, MalgruppFalt::Grupper) />
        <Radlista id="malgrupper" radnamn="målgrupp" tom_text="Inga målgrupper ännu."
            rader=grupper
            ny=|id| Malgrupp { id, ..Default::default() }
            id_av=|g: &Malgrupp| g.id.clone()
            namn_av=|g: &Malgrupp| g.namn.clone()
            rad=move |id: String| view! { <MalgruppRad grupp=grupper.at_key(id) brister /> }.into_any() />
    }
}

#[component]
fn MalgruppRad(#[prop(into)] grupp: Field<Malgrupp>, brister: Memo<Vec<Brist<MalgruppFalt>>>) -> impl IntoView {
    let id = grupp.id().get_untracked();
    view! {
        <div class="falt-rutnat">
            <Textfalt id=format!("grupp-namn-{id}") etikett="Målgrupp" kravs=true varde=grupp.namn()
                fel=felsignal(brister, MalgruppFalt::Namn(id.clone())) />
            <Heltalsfalt id=format!("grupp-storlek-{id}") etikett="Storlek (personer eller ärenden per år)"
                varde=grupp.storlek() />
        </div>
        <Textfalt id=format!("grupp-behov-{id}") etikett="Behov" kravs=true flerradig=true varde=grupp.behov()
            fel=felsignal(brister, MalgruppFalt::Behov(id.clone())) />
        <div class="falt-rutnat">
            <Textfalt id=format!("grupp-kanal-{id}") etikett="Kanal i dag" varde=grupp.kanal_idag()
                fel=Signal::derive(|| None) />
            <Textfalt id=format!("grupp-forandring-{id}") etikett="Vad förändras för gruppen?" varde=grupp.forandring()
                fel=Signal::derive(|| None) />
        </div>
    }
}
