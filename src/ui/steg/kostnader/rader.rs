//! The cost and effect lines of step 8 as grids: one row per line, one
//! column per year. Tab moves across the years; a row pasted from a
//! spreadsheet fills the line from the cell it is pasted in. One grid
//! component serves both kinds of line (`Radrutnat`); what differs between
//! them (texts, an effect's category and realisation row) is the
//! `Rutnatsrad` of the line kind (`radslag.rs`).

use crate::model::sidindelning::Sida;
use crate::model::tal;
use crate::model::{Ekonomi, EkonomiStoreFields, Enhet, Fordelning, Fordelningstyp, Kostnadstyp};
use crate::ui::aktiv_modell::aktiv_modell;
use crate::ui::komponenter::delavsnitt::Delavsnitt;
use crate::ui::komponenter::namnval::NamndCell;
use crate::ui::komponenter::sidvaljare::Sidvaljare;
use crate::ui::steg::kostnader::angra::{ta_bort_rad, Angra, Borttagen};
use crate::ui::steg::kostnader::delat::{kalenderar, nytt_id, PER_SIDA};
use crate::ui::steg::kostnader::fordelning::{Arceller, Fordelningsval};
use crate::ui::steg::kostnader::radslag::{Radfalt, Radfaltet, Radlista, Rutnatsrad};
use crate::vardering::Vardering;
use leptos::prelude::*;
use reactive_stores::Field;

// A removed row's closures may run once more before its owner is disposed,
// when its key no longer resolves in the store: every read of a row field
// here is a `try_` read with a harmless default, never a panic.

#[component]
fn Huvud(kolumner: &'static [&'static str], ar: Memo<Vec<i32>>) -> impl IntoView {
    view! {
        <thead>
            <tr>
                {kolumner.iter().map(|r| view! { <th scope="col">{*r}</th> }).collect_view()}
                {move || ar.get().into_iter().map(|a| view! { <th scope="col" class="arkolumn">{a}</th> }).collect_view()}
                <th scope="col">"Värde, alla år"</th>
                <th scope="col"><span class="visuellt-dold">"Åtgärd"</span></th>
            </tr>
        </thead>
    }
}

/// The grid of one kind of line, a page at a time, with "Lägg till" and
/// "Ångra" under it.
#[component]
pub fn Radrutnat<R: Rutnatsrad>(
    #[prop(into)] ekonomi: Field<Ekonomi>,
    /// The lines of this kind in `ekonomi`.
    rader: Radlista<R>,
    vardering: Memo<Vardering>,
    /// The kind's own columns' needs (`Rutnatsrad::Tillagg`).
    tillagg: R::Tillagg,
    /// A help text above the grid.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let texter = &R::TEXTER;
    let ar = kalenderar(vardering);
    let sida = RwSignal::new(0);
    let borttagen: Borttagen<R> = RwSignal::new(None);
    let antal = Memo::new(move |_| rader.with(Vec::len));
    let visad = Memo::new(move |_| Sida::ny(antal.get(), PER_SIDA, sida.get()));
    let lagg_till = move |_| {
        let namnd = rader.with_untracked(|v| v.last().map(|r| r.namnd().to_string()).unwrap_or_default());
        rader.write().push(R::ny(nytt_id(R::TEXTER.id_prefix), namnd));
        // The new line is the last: show its page.
        sida.set(Sida::sista(rader.with_untracked(Vec::len), PER_SIDA).nummer);
    };
    // The shown lines' ids: an edit in a line leaves them equal, so the
    // keyed list below is not walked again on every keystroke.
    let synliga_id = Memo::new(move |_| {
        let omrade = visad.with(Sida::rader);
        rader.with(|v| v.get(omrade).unwrap_or_default().iter().map(|r| r.id().to_string()).collect::<Vec<_>>())
    });
    let synliga = move || {
        // Read, not only tracked: a memo computes (and finds its sources) when read.
        synliga_id.with(|_| ());
        let omrade = visad.with_untracked(Sida::rader);
        // The keyed fields go to the rows as they are: a `Field` made here
        // would belong to this closure and be dropped when it runs again.
        untrack(|| rader.into_iter().skip(omrade.start).take(omrade.len()))
    };
    let nyckel = |r: &Radfaltet<R>| r.with_untracked(|r| r.id().to_string());
    view! {
        <Delavsnitt id=texter.rubrik_id rubrik=texter.rubrik klass="kostnadsdel">
            {children.map(|c| c())}
            <div class="rutnatsram" role="region" aria-labelledby=texter.rubrik_id tabindex="0">
                <table class="rutnat" id=texter.tabell_id>
                    <Huvud kolumner=texter.kolumner ar />
                    <For each=synliga key=nyckel let:rad>
                        <Radvy rad ekonomi rader vardering ar tillagg=tillagg.clone() borttagen />
                    </For>
                </table>
            </div>
            <Sidvaljare sida visad etikett=texter.sidor />
            <div class="radlista-fot">
                <button type="button" on:click=lagg_till>{texter.lagg_till}</button>
                <Angra id=texter.angra_id radnamn=texter.radnamn borttagen rader
                    namn_av=|r: &R| r.beskrivning() id_av=|r: &R| r.id() sida />
            </div>
        </Delavsnitt>
    }
}

/// One line: its own row of fields and year cells, and the kind's extra row.
#[component]
fn Radvy<R: Rutnatsrad>(
    rad: Radfaltet<R>,
    ekonomi: Field<Ekonomi>,
    rader: Radlista<R>,
    vardering: Memo<Vardering>,
    ar: Memo<Vec<i32>>,
    tillagg: R::Tillagg,
    borttagen: Borttagen<R>,
) -> impl IntoView {
    let rad: Field<R> = rad.into();
    let id = rad.with_untracked(|r| r.id().to_string());
    let ta_bort = {
        let id = id.clone();
        move |_| ta_bort_rad(rader, |r: &R| r.id(), &id, borttagen, R::TEXTER.angra_id)
    };
    let Radfalt { beskrivning, namnd, kostnadstyp, enhet, fordelning } = R::falt(rad);
    view! {
        <tbody class=R::TEXTER.radklass>
            <tr>
                <Radkolumner id=id.clone() beskrivning namnd kostnadstyp enhet fordelning ekonomi ar
                    kategori=R::kategori(rad, &id) />
                <Arceller id=id.clone() beskrivning fordelning enhet ar vardering />
                <Radvarde id=id.clone() vardering />
                <td><button type="button" class="farlig liten" on:click=ta_bort>"Ta bort"</button></td>
            </tr>
            {R::efter(rad, &id, ar, tillagg)}
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
    /// An effect line's category column.
    kategori: Option<AnyView>,
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
