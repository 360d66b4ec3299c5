//! Step 6, Informationsinventering: the information the initiative touches,
//! where it lives, who owns it, whether it holds personal or confidential
//! data and on what legal basis; and the list the dataskyddsombud reviews.
//! Rules: `Informationsinventering::brister` and `granskningslista`.

use crate::model::validering::Brist;
use crate::model::{
    InfoFalt, Informationsinventering, InformationsinventeringStoreFields, Informationstillgang,
    InformationstillgangStoreFields,
};
use crate::ui::komponenter::falt::Textfalt;
use crate::ui::komponenter::kontroller::{felsignal, Kryssfalt, Listmeddelande};
use crate::ui::komponenter::radlista::Radlista;
use crate::ui::komponenter::steghuvud::Steghuvud;
use leptos::prelude::*;
use reactive_stores::Field;

#[component]
pub fn InformationsinventeringSteg(#[prop(into)] inventering: Field<Informationsinventering>) -> impl IntoView {
    let brister = Memo::new(move |_| inventering.with(|i| i.brister()));
    let tillgangar = inventering.tillgangar();
    let granskning = Memo::new(move |_| inventering.with(|i| i.granskningslista()));
    view! {
        <Steghuvud rubrik="Informationsinventering">
            "Lista den information som initiativet använder eller skapar: i vilket system den finns, vem som äger den, "
            "om den innehåller personuppgifter eller omfattas av sekretess och vilken rättslig grund som gäller."
        </Steghuvud>
        <Listmeddelande fel=felsignal(brister, InfoFalt::Tillgangar) />
        <Radlista id="tillgangar" radnamn="informationstillgång" tom_text="Inga informationstillgångar ännu."
            rader=tillgangar
            ny=|id| Informationstillgang { id, ..Default::default() }
            id_av=|t: &Informationstillgang| t.id.clone()
            namn_av=|t: &Informationstillgang| t.namn.clone()
            rad=move |id: String| view! { <TillgangRad tillgang=tillgangar.at_key(id) brister /> }.into_any() />

        <h3 id="granskning-rubrik">"Behöver granskas av dataskyddsombudet"</h3>
        <div aria-labelledby="granskning-rubrik" role="region" class="granskning">
            {move || {
                let lista = granskning.get();
                if lista.is_empty() {
                    view! { <p class="tomt">"Ingen informationstillgång är markerad med personuppgifter eller sekretess."</p> }
                        .into_any()
                } else {
                    view! {
                        <ul>
                            {lista.into_iter().map(|g| {
                                let namn = if g.namn.trim().is_empty() { "(namnlös)".to_string() } else { g.namn };
                                view! { <li><strong>{namn}</strong> ": " {g.skal.join(", ")}</li> }
                            }).collect_view()}
                        </ul>
                    }
                    .into_any()
                }
            }}
        </div>
    }
}

#[component]
fn TillgangRad(
    #[prop(into)] tillgang: Field<Informationstillgang>,
    brister: Memo<Vec<Brist<InfoFalt>>>,
) -> impl IntoView {
    let id = tillgang.id().get_untracked();
    let ingen = || Signal::derive(|| None);
    view! {
        <div class="falt-rutnat">
            <Textfalt id=format!("info-namn-{id}") etikett="Informationstillgång" kravs=true varde=tillgang.namn()
                fel=felsignal(brister, InfoFalt::Namn(id.clone())) />
            <Textfalt id=format!("info-system-{id}") etikett="System" varde=tillgang.system() fel=ingen() />
            <Textfalt id=format!("info-agare-{id}") etikett="Informationsägare" varde=tillgang.agare() fel=ingen() />
        </div>
        <Kryssfalt id=format!("info-pu-{id}") etikett="Innehåller personuppgifter" varde=tillgang.personuppgifter() />
        <Kryssfalt id=format!("info-sekretess-{id}") etikett="Omfattas av sekretess" varde=tillgang.sekretess() />
        <Textfalt id=format!("info-grund-{id}") etikett="Rättslig grund"
            hjalp="Krävs när tillgången innehåller personuppgifter eller sekretess."
            varde=tillgang.rattslig_grund() fel=felsignal(brister, InfoFalt::RattsligGrund(id.clone())) />
    }
}
