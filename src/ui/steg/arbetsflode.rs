//! Step 5, Arbetsflödesbeskrivning: today's process and the future one as
//! ordered steps (actor, minutes per case, cases a year), with hours a year
//! per step, in total and the difference. The arithmetic is the model's
//! (`Processsteg::timmar_per_ar`, `Arbetsflode::frigjorda_timmar`).
//! The difference becomes a frigjort-ramutrymme line of step 8 by one
//! action (`model::flodeseffekt`), and a later change of the workflow offers
//! to update that line.

use crate::model::tal;
use crate::model::validering::Brist;
use crate::model::{
    effektrad_fran_flode, flode_avviker, kopplad_effektrad, radens_timmar, uppdatera_effektrad, Arbetsflode,
    ArbetsflodeStoreFields, Ekonomi, EkonomiStoreFields, Enhet, FlodeFalt, Lage, Processsteg, ProcessstegStoreFields,
    Steg,
};
use crate::ui::komponenter::delavsnitt::Delavsnitt;
use crate::ui::komponenter::falt::Textfalt;
use crate::ui::komponenter::kontroller::{felsignal, Decimalfalt, Listmeddelande, Valfalt};
use crate::ui::komponenter::radlista::Radlista;
use crate::ui::komponenter::steghuvud::Steghuvud;
use crate::ui::steg::kostnader::delat::nytt_id;
use crate::ui::vagar::lank;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use reactive_stores::Field;
use rust_decimal::Decimal;

/// Hours shown to one decimal; the model keeps them exact.
fn timmar(t: Decimal) -> String {
    format!("{} timmar", tal::formatera(t.round_dp(1)))
}

#[component]
pub fn ArbetsflodeSteg(
    #[prop(into)] flode: Field<Arbetsflode>,
    /// Step 8's inputs: the timkostnader to price with, the lines to add to.
    #[prop(into)]
    ekonomi: Field<Ekonomi>,
    /// The case's nämnd (step 1), the default nämnd of the effect line.
    #[prop(into)]
    namnd: Signal<String>,
) -> impl IntoView {
    let brister = Memo::new(move |_| flode.with(|f| f.brister()));
    let (nulage, borlage) = (flode.nulage(), flode.borlage());
    let summa = Memo::new(move |_| flode.with(|f| (f.timmar_nulage(), f.timmar_borlage(), f.frigjorda_timmar())));
    // Today's process and the future one: the same list, each its own rows.
    let lista = move |lage: Lage| {
        let (rader, rubrik, id, radnamn, tom_text) = match lage {
            Lage::Nulage => (nulage, "Nuläge", "nulage", "steg i nuläget", "Inga steg i nuläget ännu."),
            Lage::Borlage => (borlage, "Börläge", "borlage", "steg i börläget", "Inga steg i börläget ännu."),
        };
        view! {
            <h3>{rubrik}</h3>
            <Listmeddelande fel=felsignal(brister, FlodeFalt::Lista(lage)) />
            <Radlista id radnamn tom_text lagg_till=radnamn
                rader ny=|id: String| Processsteg { id, ..Default::default() }
                id_av=|s: &Processsteg| s.id.clone() namn_av=|s: &Processsteg| s.beskrivning.clone()
                rad=move |id: String| view! { <StegRad steg=rader.at_key(id) brister /> }.into_any() />
        }
    };
    view! {
        <Steghuvud rubrik="Arbetsflödesbeskrivning">
            "Beskriv processen som den ser ut i dag (nuläge) och som den ska se ut (börläge), steg för steg i ordning: "
            "vem som gör steget, hur många minuter det tar per ärende och hur många ärenden det gäller per år."
        </Steghuvud>
        {lista(Lage::Nulage)}
        {lista(Lage::Borlage)}
        <h3 id="timmar-rubrik">"Timmar per år"</h3>
        <table class="summering" aria-labelledby="timmar-rubrik">
            <tbody>
                <tr><th scope="row">"Nuläge"</th><td id="timmar-nulage">{move || timmar(summa.get().0)}</td></tr>
                <tr><th scope="row">"Börläge"</th><td id="timmar-borlage">{move || timmar(summa.get().1)}</td></tr>
                <tr><th scope="row">"Skillnad (frigjord tid)"</th><td id="timmar-skillnad">{move || timmar(summa.get().2)}</td></tr>
            </tbody>
        </table>
        <Flodeseffekt flode ekonomi namnd />
    }
}

/// The effect line made from the difference: made by one action, shown
/// while it exists, and offered an update when the workflow has changed.
#[component]
fn Flodeseffekt(flode: Field<Arbetsflode>, ekonomi: Field<Ekonomi>, namnd: Signal<String>) -> impl IntoView {
    let fall = use_params_map().read_untracked().get("id").unwrap_or_default();
    let till_steg8 = lank(&format!("/fall/{fall}/{}", Steg::KostnaderOchEffekter.slug()));
    let timkostnader = Memo::new(move |_| {
        ekonomi.timkostnader().with(|t| {
            t.iter()
                .map(|t| {
                    let namn =
                        if t.namn.trim().is_empty() { "Namnlös timkostnad".to_string() } else { t.namn.clone() };
                    (t.id.clone(), namn)
                })
                .collect::<Vec<_>>()
        })
    });
    // The chosen rate, or the first one while none is chosen (or the chosen
    // one was removed).
    let vald_tk = Memo::new(move |_| {
        let lista = timkostnader.get();
        let vald = flode.timkostnad_id().get();
        vald.filter(|v| lista.iter().any(|(id, _)| id == v)).or_else(|| lista.first().map(|(id, _)| id.clone()))
    });
    let namnd_val = RwSignal::new(namnd.get_untracked());
    // (hours, rate's name, nämnd) of the linked line while it exists.
    let kopplad = Memo::new(move |_| {
        flode.with(|f| {
            ekonomi.with(|e| {
                kopplad_effektrad(f, e).map(|r| {
                    let pris = match &r.enhet {
                        Enhet::Timmar { timkostnad_id } => e
                            .timkostnader
                            .iter()
                            .find(|t| t.id == *timkostnad_id)
                            .map(|t| t.namn.clone())
                            .unwrap_or_else(|| "en borttagen timkostnad".into()),
                        Enhet::Kronor => "kronor (enheten är ändrad i steg 8)".into(),
                    };
                    (radens_timmar(r, e), pris, r.namnd.clone())
                })
            })
        })
    });
    let avvikelse = Memo::new(move |_| flode.with(|f| ekonomi.with(|e| flode_avviker(f, e))));
    let borttagen = Memo::new(move |_| flode.effektrad_id().with(|id| id.is_some()) && kopplad.with(|k| k.is_none()));
    let skapa = move |_| {
        let Some(tk) = vald_tk.get_untracked() else { return };
        let id = nytt_id("e");
        let rad = flode.with_untracked(|f| {
            ekonomi.with_untracked(|e| effektrad_fran_flode(f, e, &tk, &id, &namnd_val.get_untracked()))
        });
        ekonomi.effekter().write().push(rad);
        flode.timkostnad_id().set(Some(tk));
        flode.effektrad_id().set(Some(id));
    };
    let uppdatera = move |_| {
        let f = flode.get_untracked();
        ekonomi.update(|e| {
            uppdatera_effektrad(&f, e);
        });
    };
    let namnd_id = "flode-effekt-namnd";
    let skapa_form = move || {
        let till_steg8 = till_steg8.clone();
        if timkostnader.with(|t| t.is_empty()) {
            return view! {
                <p id="flode-effekt-saknar-timkostnad">
                    "För att räkna om timmarna till kronor behövs en timkostnad. Lägg till en i steget "
                    <a href=till_steg8>"Kostnader och effekter"</a>
                    " och kom sedan tillbaka hit."
                </p>
            }
            .into_any();
        }
        view! {
            <div class="falt-rutnat smalt">
                <Valfalt id="flode-effekt-timkostnad" etikett="Timkostnad att räkna med"
                    alternativ=Signal::derive(move || timkostnader.get())
                    valt=Signal::derive(move || vald_tk.get().unwrap_or_default())
                    pa_val=Callback::new(move |v: String| flode.timkostnad_id().set(Some(v))) />
                <div class="falt">
                    <label for=namnd_id>"Nämnd som får effekten"</label>
                    <input id=namnd_id type="text" prop:value=move || namnd_val.get()
                        on:input:target=move |ev| namnd_val.set(ev.target().value()) />
                </div>
            </div>
            <button type="button" on:click=skapa>"Skapa effektrad i Kostnader och effekter"</button>
        }
        .into_any()
    };
    view! {
        <Delavsnitt id="flode-effekt-rubrik" rubrik="Frigjord tid som ekonomisk effekt" klass="kostnadsdel">
            <p class="hjalptext">
                "Skillnaden i timmar per år kan bli en effektrad (frigjort ramutrymme) i steget Kostnader och effekter, "
                "prissatt med en timkostnad och återkommande varje år i kalkylperioden."
            </p>
            {move || match kopplad.get() {
                Some((h, pris, n)) => {
                    let for_namnd = if n.trim().is_empty() { String::new() } else { format!(" för {n}") };
                    view! {
                        <p id="flode-effekt-kopplad">
                            {format!("Kopplad effektrad: {} timmar/år × {pris}{for_namnd}.", tal::formatera(h))}
                        </p>
                    }
                    .into_any()
                }
                None => view! {
                    <p hidden=move || !borttagen.get()>
                        "Effektraden som skapades ur flödet har tagits bort i Kostnader och effekter. Du kan skapa den igen."
                    </p>
                    {skapa_form.clone()}
                }
                .into_any(),
            }}
            <div id="flode-effekt-notis" aria-live="polite">
                {move || avvikelse.get().map(|(i_raden, i_flodet)| view! {
                    <p>
                        {format!(
                            "Arbetsflödet har ändrats: effektraden räknar med {} timmar/år, flödet ger nu {}.",
                            tal::formatera(i_raden),
                            tal::formatera(i_flodet)
                        )}
                    </p>
                    <button type="button" on:click=uppdatera>"Uppdatera effektraden"</button>
                })}
            </div>
        </Delavsnitt>
    }
}

#[component]
fn StegRad(#[prop(into)] steg: Field<Processsteg>, brister: Memo<Vec<Brist<FlodeFalt>>>) -> impl IntoView {
    let id = steg.id().get_untracked();
    let per_ar = move || steg.try_with(|s| timmar(s.timmar_per_ar())).unwrap_or_default();
    view! {
        <div class="falt-rutnat">
            <Textfalt id=format!("flode-steg-{id}") etikett="Steg" kravs=true varde=steg.beskrivning()
                fel=felsignal(brister, FlodeFalt::Beskrivning(id.clone())) />
            <Textfalt id=format!("flode-aktor-{id}") etikett="Aktör" varde=steg.aktor() fel=Signal::derive(|| None) />
        </div>
        <div class="falt-rutnat smal">
            <Decimalfalt id=format!("flode-minuter-{id}") etikett="Minuter per ärende" varde=steg.minuter_per_arende()
                fel=felsignal(brister, FlodeFalt::Minuter(id.clone())) />
            <Decimalfalt id=format!("flode-arenden-{id}") etikett="Ärenden per år" varde=steg.arenden_per_ar()
                fel=felsignal(brister, FlodeFalt::Arenden(id.clone())) />
            <p class="utdata">"Timmar per år: " <output>{per_ar}</output></p>
        </div>
    }
}
