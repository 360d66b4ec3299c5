//! Step 8, Kostnader och effekter: the inputs of the valuation model
//! (period, discount rate, hourly costs, cost and effect lines) with the
//! results beside them. Every figure shown comes from `vardering::berakna`,
//! recomputed in one `Memo` as the user types; the UI only formats.

mod angra;
pub mod delat;
pub mod diagram;
mod fordelning;
pub mod forklaring;
mod rader;
mod radslag;
pub mod resultat;
pub mod riskbild;
mod riskdiagram;
mod utfall;

use crate::model::{modellregler, tal};
use crate::model::{
    Belopp, Ekonomi, EkonomiStoreFields, Kalkylperiod, KalkylperiodStoreFields, Modellparametrar, Modellreferens,
    Timkostnad, TimkostnadStoreFields, Timsats,
};
use crate::ui::komponenter::delavsnitt::Delavsnitt;
use crate::ui::komponenter::kalkylmodell::{Modellstatus, Modellvarden};
use crate::ui::komponenter::steghuvud::STEGRUBRIK;
use crate::ui::komponenter::talfalt::Talfalt;
use crate::ui::steg::kostnader::delat::nytt_id;
use crate::ui::steg::kostnader::forklaring::radnamn;
use crate::ui::steg::kostnader::rader::Radrutnat;
use crate::ui::steg::kostnader::resultat::Resultat;
use crate::vardering::Vardering;
use leptos::prelude::*;
use reactive_stores::Field;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

#[component]
pub fn KostnaderSteg(
    #[prop(into)] ekonomi: Field<Ekonomi>,
    #[prop(into)] parametrar: Field<Modellparametrar>,
    /// The model `parametrar` are from (none in older files).
    #[prop(into)]
    modell: Field<Option<Modellreferens>>,
    /// `vardering::berakna` of `ekonomi` and `parametrar`, kept by the case view.
    vardering: Memo<Vardering>,
    /// The logic model's outcomes (id, text) an effect line can realise.
    #[prop(into)]
    utfall: Signal<Vec<(String, String)>>,
) -> impl IntoView {
    let radnamn = radnamn(ekonomi);
    // The nämnder already named, offered when a line's nämnd is typed.
    let namnder = Memo::new(move |_| {
        ekonomi.with(|e| {
            // Borrowed until deduplicated: a large case has hundreds of lines.
            let mut n: Vec<&str> = e
                .kostnader
                .iter()
                .map(|r| r.namnd.as_str())
                .chain(e.effekter.iter().map(|r| r.namnd.as_str()))
                .filter(|n| !n.trim().is_empty())
                .collect();
            n.sort_unstable();
            n.dedup();
            n.into_iter().map(String::from).collect::<Vec<_>>()
        })
    });
    view! {
        <h2 id=STEGRUBRIK>"Kostnader och effekter"</h2>
        <datalist id="namndlista">
            {move || namnder.get().into_iter().map(|n| view! { <option value=n></option> }).collect_view()}
        </datalist>
        <p class="ingress">
            "Fyll i vad initiativet kostar och vilka ekonomiska effekter det ger, per nämnd och år. "
            "Resultatet räknas om medan du skriver. Tal skrivs som 1 234 567,50; du kan också klistra in "
            "en rad med värden från ett kalkylark i en årscell."
        </p>
        <div class="kostnadslayout">
            <div class="kostnadsindata">
                <Kalkylparametrar period=ekonomi.kalkylperiod() parametrar modell />
                <Timkostnader ekonomi parametrar vardering />
                <Radrutnat ekonomi rader=ekonomi.kostnader() vardering tillagg=() />
                <Radrutnat ekonomi rader=ekonomi.effekter() vardering tillagg=utfall>
                    <p class="hjalptext">
                        "Ramjustering tas hem som pengar: nämndens budgetram sänks. Frigjort ramutrymme är tid och resurser "
                        "som används till annat inom ramen. Realiseringen p(t) är hur stor del av effekten som nås det året "
                        "(0–100 %, tom ruta = 100 %). Ett negativt värde är en ekonomisk nackdel. Välj för varje effekt vilket "
                        "effekt i logikmodellen den bidrar till."
                    </p>
                </Radrutnat>
            </div>
            <aside class="resultatpanel" aria-labelledby="resultatrubrik">
                <Resultat vardering radnamn />
            </aside>
        </div>
    }
}

#[component]
fn Kalkylparametrar(
    #[prop(into)] period: Field<Kalkylperiod>,
    #[prop(into)] parametrar: Field<Modellparametrar>,
    #[prop(into)] modell: Field<Option<Modellreferens>>,
) -> impl IntoView {
    let startar = period.startar();
    let ar = period.ar();
    view! {
        <Delavsnitt id="parametrar-rubrik" rubrik="Kalkylperiod och värderingsmodell" klass="kostnadsdel">
            <div class="falt-rutnat smalt">
                <Talfalt id="period-start".into() etikett="Första året (år 0)" kontroll=Kalkylperiod::startar_fel utan_gruppering=true
                    ogiltigt="Skriv årtalet med siffror, till exempel 2027." visa_gallande=true
                    varde=Signal::derive(move || Decimal::from(startar.get()))
                    ange=Callback::new(move |v: Decimal| startar.set(v.to_i32().unwrap_or(2027))) />
                <Talfalt id="period-ar".into() etikett="Kalkylperiod (antal år)" kontroll=Kalkylperiod::langd_fel
                    ogiltigt="Skriv antalet år med siffror, 1–15." visa_gallande=true
                    hjalp="1–15 år. Förvalt är 5."
                    varde=Signal::derive(move || Decimal::from(ar.get()))
                    ange=Callback::new(move |v: Decimal| ar.set(v.to_u32().unwrap_or(5))) />
            </div>
            <Modellstatus parametrar referens=modell id="kalkyl-modell">
                <Modellvarden parametrar />
            </Modellstatus>
        </Delavsnitt>
    }
}

#[component]
fn Timkostnader(
    #[prop(into)] ekonomi: Field<Ekonomi>,
    #[prop(into)] parametrar: Field<Modellparametrar>,
    vardering: Memo<Vardering>,
) -> impl IntoView {
    let lagg_till = move |_| {
        let (paslag_procent, produktiva_timmar) =
            parametrar.with_untracked(|p| (p.paslag_procent, p.produktiva_timmar_per_manad));
        ekonomi.timkostnader().write().push(Timkostnad {
            id: nytt_id("tk"),
            namn: String::new(),
            sats: Timsats::Harledd { manadslon: Belopp::ZERO, paslag_procent, produktiva_timmar },
        });
    };
    view! {
        <Delavsnitt id="timkostnader-rubrik" rubrik="Timkostnader" klass="kostnadsdel">
            <p class="hjalptext">
                "En timkostnad räknas fram ur månadslönen: månadslön × (1 + påslag) / produktiva timmar per månad. "
                "Rader i timmar prissätts med den."
            </p>
            <For each=move || ekonomi.timkostnader() key=|tk| tk.clone().id().get_untracked() let:tk>
                <TimkostnadRad tk=tk vardering ekonomi parametrar />
            </For>
            <button type="button" on:click=lagg_till>"Lägg till timkostnad"</button>
        </Delavsnitt>
    }
}

#[component]
fn TimkostnadRad(
    #[prop(into)] tk: Field<Timkostnad>,
    vardering: Memo<Vardering>,
    #[prop(into)] ekonomi: Field<Ekonomi>,
    #[prop(into)] parametrar: Field<Modellparametrar>,
) -> impl IntoView {
    let id = tk.id().get_untracked();
    let sats = tk.sats();
    let harledd = Memo::new(move |_| sats.try_with(|s| matches!(s, Timsats::Harledd { .. })).unwrap_or(false));
    let namn_id = format!("{id}-namn");
    let satt_id = format!("{id}-satt");
    let for_varde = id.clone();
    let framraknad = move || {
        vardering.with(|v| {
            v.timkostnader.iter().find(|t| t.id == for_varde).and_then(|t| t.timkostnad).map(tal::formatera_kronor)
        })
    };
    let byt_satt = move |harledd: bool| {
        // A derived rate starts from the model's defaults.
        let (paslag_procent, produktiva_timmar) =
            parametrar.with_untracked(|p| (p.paslag_procent, p.produktiva_timmar_per_manad));
        sats.update(|s| {
            *s = if harledd {
                Timsats::Harledd { manadslon: Belopp::ZERO, paslag_procent, produktiva_timmar }
            } else {
                Timsats::Direkt { timkostnad: Belopp::ZERO }
            }
        })
    };
    let for_borttag = id.clone();
    let ta_bort = move |_| ekonomi.timkostnader().write().retain(|t| t.id != for_borttag);
    let falt = {
        let id = id.clone();
        move || {
            let id = id.clone();
            let del = move |f: fn(&Timsats) -> Option<Decimal>| {
                Signal::derive(move || sats.try_with(f).flatten().unwrap_or_default())
            };
            if harledd.get() {
                view! {
                    <Talfalt id=format!("{id}-lon") etikett="Månadslön (kr)" visa_gallande=true
                        varde=del(|s| match s { Timsats::Harledd { manadslon, .. } => Some(manadslon.value()), _ => None })
                        ange=Callback::new(move |v| sats.update(|s| if let Timsats::Harledd { manadslon, .. } = s { *manadslon = Belopp::from_decimal(v) })) />
                    <Talfalt id=format!("{id}-paslag") etikett="Påslag (%)" visa_gallande=true
                        hjalp="Semesterersättning och arbetsgivaravgifter. Förvalt enligt värderingsmodellen." kontroll=modellregler::paslag
                        varde=del(|s| match s { Timsats::Harledd { paslag_procent, .. } => Some(*paslag_procent), _ => None })
                        ange=Callback::new(move |v| sats.update(|s| if let Timsats::Harledd { paslag_procent, .. } = s { *paslag_procent = v })) />
                    <Talfalt id=format!("{id}-timmar") etikett="Produktiva timmar per månad" visa_gallande=true
                        hjalp="Förvalt enligt värderingsmodellen." kontroll=modellregler::produktiva_timmar
                        varde=del(|s| match s { Timsats::Harledd { produktiva_timmar, .. } => Some(*produktiva_timmar), _ => None })
                        ange=Callback::new(move |v| sats.update(|s| if let Timsats::Harledd { produktiva_timmar, .. } = s { *produktiva_timmar = v })) />
                }
                .into_any()
            } else {
                view! {
                    <Talfalt id=format!("{id}-direkt") etikett="Timkostnad (kr per timme)" visa_gallande=true
                        varde=del(|s| match s { Timsats::Direkt { timkostnad } => Some(timkostnad.value()), _ => None })
                        ange=Callback::new(move |v| sats.update(|s| if let Timsats::Direkt { timkostnad } = s { *timkostnad = Belopp::from_decimal(v) })) />
                }
                .into_any()
            }
        }
    };
    let namn = tk.namn();
    view! {
        <fieldset class="timkostnad">
            <legend>{move || { let n = namn.try_get().unwrap_or_default(); if n.trim().is_empty() { "Ny timkostnad".to_string() } else { n } }}</legend>
            <div class="falt-rutnat smalt">
                <div class="falt">
                    <label for=namn_id.clone()>"Namn på timkostnaden"</label>
                    <input id=namn_id type="text" prop:value=move || namn.try_get().unwrap_or_default()
                        on:input:target=move |ev| namn.set(ev.target().value()) />
                </div>
                <div class="falt">
                    <label for=satt_id.clone()>"Hur timkostnaden anges"</label>
                    <select id=satt_id on:change:target=move |ev| byt_satt(ev.target().value() == "harledd")>
                        <option value="harledd" selected=move || harledd.get()>"Räknas fram ur månadslön"</option>
                        <option value="direkt" selected=move || !harledd.get()>"Anges direkt"</option>
                    </select>
                </div>
                {falt}
            </div>
            <p class="framraknad" aria-live="polite">
                "Timkostnad: "
                <strong>{move || framraknad().map(|k| format!("{k} per timme")).unwrap_or_else(|| "kan inte räknas ut ännu".into())}</strong>
            </p>
            <button type="button" class="farlig" on:click=ta_bort>"Ta bort timkostnaden"</button>
        </fieldset>
    }
}
