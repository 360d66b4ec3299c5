//! The cost and effect lines of step 8 as a grid: one row per line, one
//! column per year. Tab moves across the years; a row pasted from a
//! spreadsheet fills the line from the cell it is pasted in.

use super::kostnader::{kalenderar, nytt_id};
use super::kostnader_angra::{ta_bort_rad, Angra, Borttagen};
use super::kostnader_fordelning::{Arceller, Fordelningsval};
use super::kostnader_utfall::Utfallscell;
use crate::model::sidindelning::Sida;
use crate::model::tal;
use crate::model::{
    Effektkategori, Effektrad, EffektradStoreFields, Ekonomi, EkonomiStoreFields, Enhet, Fordelning, Fordelningstyp,
    Kostnadsrad, KostnadsradStoreFields, Kostnadstyp,
};
use crate::ui::aktiv_modell::aktiv_modell;
use crate::ui::namnval::NamndCell;
use crate::ui::sidvaljare::Sidvaljare;
use crate::ui::talfalt::{Arcell, Utkast};
use crate::vardering::Vardering;
use leptos::prelude::*;
use reactive_stores::Field;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// Lines per page of the grid: an edit in a case with hundreds of lines
/// then lays out one page of fields, not thousands (README, "Prestanda").
pub(super) const PER_SIDA: usize = 15;

/// The page of a list of `antal` lines that is shown.
fn visad_sida(antal: Memo<usize>, sida: RwSignal<usize>) -> Memo<Sida> {
    Memo::new(move |_| Sida::ny(antal.get(), PER_SIDA, sida.get()))
}

// A removed row's closures may run once more before its owner is disposed,
// when its key no longer resolves in the store: every read of a row field
// here is a `try_` read with a harmless default, never a panic.

/// The columns before the years, for the header and the ramp-up row.
fn rubriker(effekt: bool) -> Vec<&'static str> {
    let mut r = vec!["Beskrivning", "Nämnd", "Kostnadstyp"];
    if effekt {
        r.push("Kategori");
    }
    r.extend(["Enhet", "Fördelning"]);
    r
}

#[component]
fn Huvud(effekt: bool, ar: Memo<Vec<i32>>) -> impl IntoView {
    view! {
        <thead>
            <tr>
                {rubriker(effekt).into_iter().map(|r| view! { <th scope="col">{r}</th> }).collect_view()}
                {move || ar.get().into_iter().map(|a| view! { <th scope="col" class="arkolumn">{a}</th> }).collect_view()}
                <th scope="col">"Värde, alla år"</th>
                <th scope="col"><span class="visuellt-dold">"Åtgärd"</span></th>
            </tr>
        </thead>
    }
}

#[component]
pub fn Kostnadsrader(#[prop(into)] ekonomi: Field<Ekonomi>, vardering: Memo<Vardering>) -> impl IntoView {
    let ar = kalenderar(vardering);
    let sida = RwSignal::new(0);
    let borttagen: Borttagen<Kostnadsrad> = RwSignal::new(None);
    let antal = Memo::new(move |_| ekonomi.kostnader().with(Vec::len));
    let visad = visad_sida(antal, sida);
    let lagg_till = move |_| {
        let namnd = ekonomi.with_untracked(|e| e.kostnader.last().map(|r| r.namnd.clone()).unwrap_or_default());
        ekonomi.kostnader().write().push(Kostnadsrad { id: nytt_id("k"), namnd, ..Default::default() });
        // The new line is the last: show its page.
        sida.set(Sida::sista(ekonomi.kostnader().with_untracked(Vec::len), PER_SIDA).nummer);
    };
    // The shown lines' ids: an edit in a line leaves them equal, so the
    // keyed list below is not walked again on every keystroke.
    let synliga_id = Memo::new(move |_| {
        let rader = visad.with(Sida::rader);
        ekonomi.kostnader().with(|v| v.get(rader).unwrap_or_default().iter().map(|r| r.id.clone()).collect::<Vec<_>>())
    });
    let synliga = move || {
        // Read, not only tracked: a memo computes (and finds its sources) when read.
        synliga_id.with(|_| ());
        let rader = visad.with_untracked(Sida::rader);
        untrack(|| ekonomi.kostnader().into_iter().skip(rader.start).take(rader.len()))
    };
    view! {
        <section class="kostnadsdel" aria-labelledby="kostnader-rubrik">
            <h3 id="kostnader-rubrik">"Kostnader"</h3>
            <div class="rutnatsram" role="region" aria-labelledby="kostnader-rubrik" tabindex="0">
                <table class="rutnat" id="kostnadsrutnat">
                    <Huvud effekt=false ar />
                    <tbody>
                        <For each=synliga key=|r| r.clone().id().get_untracked() let:rad>
                            <Kostnadsradvy rad=rad ekonomi vardering ar borttagen />
                        </For>
                    </tbody>
                </table>
            </div>
            <Sidvaljare sida visad etikett="Sidor med kostnader" />
            <div class="radlista-fot">
                <button type="button" on:click=lagg_till>"Lägg till kostnad"</button>
                <Angra id="kostnad-angra" radnamn="kostnaden" borttagen rader=ekonomi.kostnader()
                    namn_av=|r: &Kostnadsrad| r.beskrivning.clone() id_av=|r: &Kostnadsrad| r.id.as_str() sida />
            </div>
        </section>
    }
}

#[component]
pub fn Effektrader(
    #[prop(into)] ekonomi: Field<Ekonomi>,
    vardering: Memo<Vardering>,
    /// The logic model's outcomes (id, text) a line can realise.
    utfall: Signal<Vec<(String, String)>>,
) -> impl IntoView {
    let ar = kalenderar(vardering);
    let sida = RwSignal::new(0);
    let borttagen: Borttagen<Effektrad> = RwSignal::new(None);
    let antal = Memo::new(move |_| ekonomi.effekter().with(Vec::len));
    let visad = visad_sida(antal, sida);
    let lagg_till = move |_| {
        let namnd = ekonomi.with_untracked(|e| e.effekter.last().map(|r| r.namnd.clone()).unwrap_or_default());
        ekonomi.effekter().write().push(Effektrad { id: nytt_id("e"), namnd, ..Default::default() });
        sida.set(Sida::sista(ekonomi.effekter().with_untracked(Vec::len), PER_SIDA).nummer);
    };
    // The shown lines' ids: an edit in a line leaves them equal, so the
    // keyed list below is not walked again on every keystroke.
    let synliga_id = Memo::new(move |_| {
        let rader = visad.with(Sida::rader);
        ekonomi.effekter().with(|v| v.get(rader).unwrap_or_default().iter().map(|r| r.id.clone()).collect::<Vec<_>>())
    });
    let synliga = move || {
        // Read, not only tracked: a memo computes (and finds its sources) when read.
        synliga_id.with(|_| ());
        let rader = visad.with_untracked(Sida::rader);
        untrack(|| ekonomi.effekter().into_iter().skip(rader.start).take(rader.len()))
    };
    view! {
        <section class="kostnadsdel" aria-labelledby="effekter-rubrik">
            <h3 id="effekter-rubrik">"Ekonomiska effekter"</h3>
            <p class="hjalptext">
                "Ramjustering tas hem som pengar: nämndens budgetram sänks. Frigjort ramutrymme är tid och resurser "
                "som används till annat inom ramen. Realiseringen p(t) är hur stor del av effekten som nås det året "
                "(0–100 %, tom ruta = 100 %). Ett negativt värde är en ekonomisk nackdel. Välj för varje effekt vilket "
                "effekt i logikmodellen den bidrar till."
            </p>
            <div class="rutnatsram" role="region" aria-labelledby="effekter-rubrik" tabindex="0">
                <table class="rutnat" id="effektrutnat">
                    <Huvud effekt=true ar />
                    <For each=synliga key=|r| r.clone().id().get_untracked() let:rad>
                        <Effektradvy rad=rad ekonomi vardering ar utfall borttagen />
                    </For>
                </table>
            </div>
            <Sidvaljare sida visad etikett="Sidor med effekter" />
            <div class="radlista-fot">
                <button type="button" on:click=lagg_till>"Lägg till effekt"</button>
                <Angra id="effekt-angra" radnamn="effekten" borttagen rader=ekonomi.effekter()
                    namn_av=|r: &Effektrad| r.beskrivning.clone() id_av=|r: &Effektrad| r.id.as_str() sida />
            </div>
        </section>
    }
}

#[component]
fn Kostnadsradvy(
    #[prop(into)] rad: Field<Kostnadsrad>,
    #[prop(into)] ekonomi: Field<Ekonomi>,
    vardering: Memo<Vardering>,
    ar: Memo<Vec<i32>>,
    borttagen: Borttagen<Kostnadsrad>,
) -> impl IntoView {
    let id = rad.id().get_untracked();
    let ta_bort = {
        let id = id.clone();
        move |_| ta_bort_rad(ekonomi.kostnader(), |r: &Kostnadsrad| r.id.as_str(), &id, borttagen, "kostnad-angra")
    };
    view! {
        <tr>
            <Radkolumner id=id.clone() beskrivning=rad.beskrivning() namnd=rad.namnd() kostnadstyp=rad.kostnadstyp()
                enhet=rad.enhet() fordelning=rad.fordelning() ekonomi ar />
            <Arceller id=id.clone() beskrivning=rad.beskrivning() fordelning=rad.fordelning() enhet=rad.enhet() ar vardering />
            <Radvarde id=id.clone() vardering />
            <td><button type="button" class="farlig liten" on:click=ta_bort>"Ta bort"</button></td>
        </tr>
    }
}

#[component]
fn Effektradvy(
    #[prop(into)] rad: Field<Effektrad>,
    #[prop(into)] ekonomi: Field<Ekonomi>,
    vardering: Memo<Vardering>,
    ar: Memo<Vec<i32>>,
    utfall: Signal<Vec<(String, String)>>,
    borttagen: Borttagen<Effektrad>,
) -> impl IntoView {
    let id = rad.id().get_untracked();
    let kategori = rad.kategori();
    let kategori_id = format!("{id}-kategori");
    let ta_bort = {
        let id = id.clone();
        move |_| ta_bort_rad(ekonomi.effekter(), |r: &Effektrad| r.id.as_str(), &id, borttagen, "effekt-angra")
    };
    let beskrivning = rad.beskrivning();
    let utkast: Utkast = RwSignal::new(BTreeMap::new());
    let antal_ar = Signal::derive(move || ar.with(|a| a.len() as u32));
    let p_id = id.clone();
    let realisering = move || {
        let id = p_id.clone();
        ar.get()
            .into_iter()
            .enumerate()
            .map(|(t, a)| {
                let t = t as u32;
                let id = id.clone();
                view! {
                    <td>
                        <Arcell id=format!("{id}-p-{t}") t utkast ar=antal_ar tomt=Decimal::ONE_HUNDRED visa=tal::formatera enhet=Signal::derive(|| "%")
                            etikett=Signal::derive(move || format!("Realisering {} {a} (%)", beskrivning.try_get().unwrap_or_default()))
                            varde=Signal::derive(move || rad.try_with(|r| r.realisering(t)).unwrap_or(Decimal::ONE_HUNDRED))
                            ange=Callback::new(move |(t, v)| rad.update(|r| r.ange_realisering(t, v))) />
                    </td>
                }
            })
            .collect_view()
    };
    view! {
        <tbody class="effektrad">
            <tr>
                <Radkolumner id=id.clone() beskrivning=rad.beskrivning() namnd=rad.namnd() kostnadstyp=rad.kostnadstyp()
                    enhet=rad.enhet() fordelning=rad.fordelning() ekonomi ar
                    kategori=view! {
                        <td>
                            <select id=kategori_id aria-label="Kategori"
                                on:change:target=move |ev| kategori.set(if ev.target().value() == "ram" {
                                    Effektkategori::Ramjustering
                                } else {
                                    Effektkategori::FrigjortRamutrymme
                                })>
                                <option value="fri" selected=move || kategori.try_get().unwrap_or_default() == Effektkategori::FrigjortRamutrymme>
                                    "Frigjort ramutrymme"
                                </option>
                                <option value="ram" selected=move || kategori.try_get().unwrap_or_default() == Effektkategori::Ramjustering>
                                    "Ramjustering"
                                </option>
                            </select>
                        </td>
                    }.into_any() />
                <Arceller id=id.clone() beskrivning=rad.beskrivning() fordelning=rad.fordelning() enhet=rad.enhet() ar vardering />
                <Radvarde id=id.clone() vardering />
                <td><button type="button" class="farlig liten" on:click=ta_bort>"Ta bort"</button></td>
            </tr>
            <tr class="realisering">
                <Utfallscell id=id.clone() utfall_id=rad.utfall_id() utfall />
                <th scope="row" colspan="2" class="hoger">"Realisering p(t), %"</th>
                {realisering}
                <td colspan="2"></td>
            </tr>
        </tbody>
    }
}

/// The line's value over all years, as the valuation priced it.
#[component]
fn Radvarde(id: String, vardering: Memo<Vardering>) -> impl IntoView {
    // A memo, so only a row whose value changed touches the DOM: a text
    // change in the grid makes the browser lay out the whole table again.
    let text = Memo::new(move |_| {
        vardering
            .with(|v| v.rader.iter().find(|r| r.id == id).map(|r| tal::formatera_kronor(r.summa())).unwrap_or_default())
    });
    view! { <td class="belopp">{text}</td> }
}

/// Description, nämnd, kostnadstyp, (category), unit and distribution:
/// the fields cost and effect lines share.
#[component]
fn Radkolumner(
    id: String,
    #[prop(into)] beskrivning: Field<String>,
    #[prop(into)] namnd: Field<String>,
    #[prop(into)] kostnadstyp: Field<Kostnadstyp>,
    #[prop(into)] enhet: Field<Enhet>,
    #[prop(into)] fordelning: Field<Fordelning>,
    #[prop(into)] ekonomi: Field<Ekonomi>,
    ar: Memo<Vec<i32>>,
    #[prop(optional)] kategori: Option<AnyView>,
) -> impl IntoView {
    let modell = aktiv_modell().modell;
    let timkostnader = Memo::new(move |_| {
        // Only the rates' path: an edit elsewhere in the case does not
        // rerun this in every row.
        ekonomi.timkostnader().with(|t| t.iter().map(|t| (t.id.clone(), t.namn.clone())).collect::<Vec<_>>())
    });
    let enhetsval = move || match enhet.try_get().unwrap_or_default() {
        Enhet::Kronor => "kr".to_string(),
        Enhet::Timmar { timkostnad_id } => format!("tim:{timkostnad_id}"),
    };
    let typ = Memo::new(move |_| fordelning.try_with(|f| f.typ()).unwrap_or(Fordelningstyp::PerAr));
    let antal_ar = move || ar.with(|a| a.len() as u32);
    view! {
        <td>
            <input type="text" id=format!("{id}-beskrivning") aria-label="Beskrivning"
                prop:value=move || beskrivning.try_get().unwrap_or_default() on:input:target=move |ev| beskrivning.set(ev.target().value()) />
        </td>
        <td>
            <NamndCell id=id.clone() namnd />
        </td>
        <td>
            <select aria-label="Kostnadstyp" on:change:target=move |ev| {
                if let Some(k) = ev.target().value().parse::<usize>().ok().and_then(|i| Kostnadstyp::ALLA.get(i)) {
                    kostnadstyp.set(*k);
                }
            }>
                {move || {
                    // The model's cost types (and the line's own, if the model lacks it);
                    // the value is the type's place in the fixed list, so it never shifts.
                    let typer = modell.with(|m| m.kostnadstyper_for(kostnadstyp.try_get().unwrap_or_default()));
                    typer.into_iter().map(|k| {
                        let i = Kostnadstyp::ALLA.iter().position(|a| *a == k).unwrap_or_default();
                        view! { <option value=i.to_string() selected=move || kostnadstyp.try_get().unwrap_or_default() == k>{k.namn()}</option> }
                    }).collect_view()
                }}
            </select>
        </td>
        {kategori}
        <td>
            <select aria-label="Enhet" on:change:target=move |ev| {
                let v = ev.target().value();
                enhet.set(match v.strip_prefix("tim:") {
                    Some(id) => Enhet::Timmar { timkostnad_id: id.to_string() },
                    None => Enhet::Kronor,
                });
            }>
                <option value="kr" selected=move || enhetsval() == "kr">"Kronor"</option>
                {move || timkostnader.get().into_iter().map(|(tid, namn)| {
                    let varde = format!("tim:{tid}");
                    let jamfor = varde.clone();
                    view! { <option value=varde selected=move || enhetsval() == jamfor>{format!("Timmar × {namn}")}</option> }
                }).collect_view()}
            </select>
        </td>
        <td class="fordelning">
            <select aria-label="Fördelning" on:change:target=move |ev| {
                let ny = match ev.target().value().as_str() {
                    "engang" => Fordelningstyp::Engangs,
                    "ater" => Fordelningstyp::Aterkommande,
                    _ => Fordelningstyp::PerAr,
                };
                let t = antal_ar();
                fordelning.update(|f| *f = f.som(ny, t));
            }>
                <option value="per_ar" selected=move || typ.get() == Fordelningstyp::PerAr>"Per år"</option>
                <option value="engang" selected=move || typ.get() == Fordelningstyp::Engangs>"Engångs"</option>
                <option value="ater" selected=move || typ.get() == Fordelningstyp::Aterkommande>"Återkommande"</option>
            </select>
            <Fordelningsval id fordelning ar typ beskrivning enhet />
        </td>
    }
}
