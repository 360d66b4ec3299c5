//! One effect's follow-ups: where it stands (status, realised share, time
//! gone), the follow-ups entered (remove with "Ångra"), and the form that
//! adds one. The form keeps what was typed until it is valid: only a
//! checked follow-up is stored (`Uppfoljningsutkast::som_uppfoljning`).

use crate::model::effektuppfoljning::{formatera_andel, Status};
use crate::model::tal::{self, formatera_kronor};
use crate::model::validering::Brist;
use crate::model::{Effektplan, EffektplanStoreFields, Uppfoljning, Uppfoljningsutkast, UtkastFalt};
use crate::ui::komponenter::faltram::{beskrivning, ogiltig, Faltram};
use crate::ui::komponenter::radlista::fokusera_senare;
use crate::ui::komponenter::tabellram::tabellram;
use crate::ui::webblasare::webblagring::idag;
use crate::vardering::Effektresultat;
use leptos::prelude::*;
use reactive_stores::Field;

/// A measured value as the app shows numbers, or as typed if it is none.
fn visa_varde(text: &str) -> String {
    match tal::tolka(text) {
        Ok(Some(v)) => tal::formatera(v),
        _ => text.to_string(),
    }
}

/// Where the effect stands, in sentences.
fn lagetext(r: &Effektresultat) -> Vec<String> {
    let l = &r.indikator;
    let mut rader = Vec::new();
    if let Some(m) = &l.senaste {
        rader.push(format!("Senaste mätning: {} ({}).", tal::formatera(m.varde), m.datum));
    }
    if let Some(a) = l.andel {
        rader.push(format!("Andel realiserad: {}.", formatera_andel(a)));
    }
    if let Some(t) = l.tidsandel {
        rader.push(format!("Andel av tiden till måldatum: {}.", formatera_andel(t)));
    }
    if let Status::KanInteBedomas(orsak) = l.status {
        rader.push(orsak.to_string());
    }
    if !l.forsenade.is_empty() {
        rader.push(format!("Försenad uppföljning: {}.", l.forsenade.join(", ")));
    }
    if let Some(nasta) = &l.nasta {
        rader.push(format!("Nästa planerade uppföljning: {nasta}."));
    }
    if !l.ej_raknade.is_empty() {
        rader.push(format!("Räknas inte (mätvärdet är inget tal, eller datumet är inget datum, ligger efter i dag eller före nollvärdets datum): {}.", l.ej_raknade.join(", ")));
    }
    rader
}

#[component]
pub fn Uppfoljningar(
    #[prop(into)] plan: Field<Effektplan>,
    id: String,
    ekonomisk: Signal<bool>,
    period: Signal<(i32, u32)>,
    lage: Signal<Option<Effektresultat>>,
) -> impl IntoView {
    let uppfoljningar = plan.uppfoljningar();
    let utkast = RwSignal::new(Uppfoljningsutkast::default());
    let fel = RwSignal::new(Vec::<Brist<UtkastFalt>>::new());
    let besked = RwSignal::new(String::new());
    let borttagen = RwSignal::new(None::<(usize, Uppfoljning)>);
    let fid = {
        let id = id.clone();
        move |namn: &str| format!("uppf-{id}-{namn}")
    };

    let lagg_till = {
        let fid = fid.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let noll = plan.nollvarde_datum().get_untracked();
            let svar = utkast.with_untracked(|u| {
                u.som_uppfoljning(ekonomisk.get_untracked(), period.get_untracked(), &idag(), &noll)
            });
            match svar {
                Ok(ny) => {
                    besked.set(format!("Uppföljningen {} är inlagd.", ny.datum));
                    uppfoljningar.update(|v| v.push(ny));
                    utkast.set(Uppfoljningsutkast::default());
                    fel.set(Vec::new());
                    borttagen.set(None);
                }
                Err(brister) => {
                    let forsta = match brister[0].falt {
                        UtkastFalt::Datum => "datum",
                        UtkastFalt::Varde => "varde",
                        UtkastFalt::Belopp => "belopp",
                        UtkastFalt::Ar => "ar",
                    };
                    fel.set(brister);
                    fokusera_senare(fid(forsta), None);
                }
            }
        }
    };
    let ta_bort = {
        let fid = fid.clone();
        move |plats: usize| {
            let mut tagen = None;
            uppfoljningar.update(|v| {
                if plats < v.len() {
                    tagen = Some(v.remove(plats));
                }
            });
            if let Some(u) = tagen {
                besked.set(format!("Tog bort uppföljningen {}.", u.datum));
                borttagen.set(Some((plats, u)));
                fokusera_senare(fid("angra"), Some(fid("datum")));
            }
        }
    };
    let angra = {
        let fid = fid.clone();
        move |_| {
            if let Some((plats, u)) = borttagen.get_untracked() {
                besked.set(format!("Uppföljningen {} är tillbaka.", u.datum));
                let mut ny_plats = plats;
                uppfoljningar.update(|v| {
                    ny_plats = plats.min(v.len());
                    v.insert(ny_plats, u);
                });
                borttagen.set(None);
                // The undo button goes away: focus the restored row's button.
                fokusera_senare(fid(&format!("bort-{ny_plats}")), Some(fid("datum")));
            }
        }
    };

    let bort_id = fid.clone();
    let tabell = move || {
        let rader = uppfoljningar.try_get().unwrap_or_default();
        if rader.is_empty() {
            return view! { <p class="tomt">"Inga uppföljningar ännu."</p> }.into_any();
        }
        let pengar = ekonomisk.get();
        let ta_bort = ta_bort.clone();
        view! {
            {tabellram("Uppföljningar, går att rulla i sidled", view! {
                <table class="effekttabell uppfoljningar">
                <caption>"Inlagda uppföljningar"</caption>
                <thead><tr>
                    <th scope="col">"Datum"</th><th scope="col">"Uppmätt värde"</th>
                    {pengar.then(|| view! { <th scope="col">"Realiserat belopp"</th><th scope="col">"Avser år"</th> })}
                    <th scope="col">"Kommentar"</th><th scope="col"><span class="visuellt-dold">"Åtgärd"</span></th>
                </tr></thead>
                <tbody>
                    {rader.into_iter().enumerate().map(|(plats, u)| {
                        let ta_bort = ta_bort.clone();
                        let datum = u.datum.clone();
                        let knapp_id = bort_id(&format!("bort-{plats}"));
                        view! {
                            <tr>
                                <th scope="row">{u.datum.clone()}</th>
                                <td class="tal">{visa_varde(&u.varde)}</td>
                                {pengar.then(|| view! {
                                    <td class="belopp">{u.realiserat.as_ref().map(|r| formatera_kronor(r.belopp)).unwrap_or_else(|| "–".into())}</td>
                                    <td>{u.realiserat.as_ref().map(|r| r.ar.to_string()).unwrap_or_else(|| "–".into())}</td>
                                })}
                                <td>{u.kommentar.clone()}</td>
                                <td><button type="button" class="farlig" id=knapp_id aria-label=format!("Ta bort uppföljningen {datum}")
                                    on:click=move |_| ta_bort(plats)>"Ta bort"</button></td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            })}
        }
        .into_any()
    };

    let meddelande = move |falt: UtkastFalt| fel.with(|f| f.iter().find(|b| b.falt == falt).map(|b| b.meddelande));
    // One labelled text input of the form, bound to one part of the draft.
    let falt = {
        let fid = fid.clone();
        move |namn: &'static str,
              etikett: &'static str,
              typ: &'static str,
              vilket: Option<UtkastFalt>,
              las: fn(&Uppfoljningsutkast) -> String,
              skriv: fn(&mut Uppfoljningsutkast, String)| {
            let falt_id = fid(namn);
            let syns = Signal::derive(move || vilket.and_then(meddelande));
            view! {
                <Faltram id=falt_id.clone() etikett fel=syns>
                    <input id=falt_id.clone() type=typ inputmode=(typ == "text" && vilket.is_some()).then_some("decimal")
                        aria-invalid=ogiltig(syns)
                        aria-describedby=beskrivning(&falt_id, false, syns)
                        prop:value=move || utkast.with(las)
                        on:input:target=move |ev| { let v = ev.target().value(); utkast.update(|u| skriv(u, v)); } />
                </Faltram>
            }
        }
    };
    let falt_pengar = falt.clone();
    let ar_id = fid("ar");
    let ar_fel = Signal::derive(move || meddelande(UtkastFalt::Ar));
    let arval = move || {
        let (forsta, antal) = period.get();
        let valt = utkast.with(|u| u.ar.clone());
        let mut val = vec![view! { <option value="" selected=valt.is_empty()>"– välj år –"</option> }.into_any()];
        val.extend((0..antal as i32).map(|t| {
            let ar = (forsta + t).to_string();
            let vald = ar == valt;
            view! { <option value=ar.clone() selected=vald>{ar.clone()}</option> }.into_any()
        }));
        val
    };

    view! {
        <div class="uppfoljning">
            <h5>"Uppföljning"</h5>
            <p class="effektstatus">
                "Status: "
                <strong class=move || lage.with(|l| format!("status {}", l.as_ref().map_or("ej-uppfoljd", |l| l.indikator.status.kod())))>
                    {move || lage.with(|l| l.as_ref().map_or("Ej uppföljd", |l| l.indikator.status.text()))}
                </strong>
            </p>
            <ul class="lagetext">
                {move || lage.with(|l| l.as_ref().map(lagetext).unwrap_or_default()).into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}
            </ul>
            {tabell}
            <p class="besked" role="status">{move || besked.get()}</p>
            <Show when=move || borttagen.with(|b| b.is_some())>
                <button type="button" id=fid("angra") on:click=angra.clone()>"Ångra borttagningen"</button>
            </Show>
            <form class="ny-uppfoljning" on:submit=lagg_till novalidate>
                <fieldset>
                    <legend>"Ny uppföljning"</legend>
                    <div class="falt-rutnat">
                        {falt("datum", "Datum för uppföljningen", "date", Some(UtkastFalt::Datum), |u| u.datum.clone(), |u, v| {
                            // The year the money is for starts as the date's year.
                            if u.ar.is_empty() && v.len() == 10 { u.ar = v[..4].to_string(); }
                            u.datum = v;
                        })}
                        {falt("varde", "Uppmätt värde", "text", Some(UtkastFalt::Varde), |u| u.varde.clone(), |u, v| u.varde = v)}
                    </div>
                    <Show when=move || ekonomisk.get()>
                        <div class="falt-rutnat">
                            {falt_pengar.clone()("belopp", "Realiserat belopp (kr)", "text", Some(UtkastFalt::Belopp), |u| u.belopp.clone(), |u, v| u.belopp = v)}
                            {
                                // The frame's control is built in its own closure, which takes the id along.
                                let ar_id = ar_id.clone();
                                view! {
                                    <Faltram id=ar_id.clone() etikett="Beloppet avser år" fel=ar_fel>
                                        <select id=ar_id.clone()
                                            aria-invalid=ogiltig(ar_fel)
                                            aria-describedby=beskrivning(&ar_id, false, ar_fel)
                                            on:change:target=move |ev| { let v = ev.target().value(); utkast.update(|u| u.ar = v); }>
                                            {arval}
                                        </select>
                                    </Faltram>
                                }
                            }
                        </div>
                    </Show>
                    {falt("kommentar", "Kommentar", "text", None, |u| u.kommentar.clone(), |u, v| u.kommentar = v)}
                    <button type="submit">"Lägg till uppföljningen"</button>
                </fieldset>
            </form>
        </div>
    }
}
