//! The fields of the model editor on the model page: every parameter of a
//! värderingsmodell, each with the domain's rule (`model::modellregler`) at
//! the field and the model's own problems (`Vardermodell::brister`) beside
//! the group they belong to. The page keeps the draft; these only edit it.

use crate::model::ekonomi::Kostnadstyp;
use crate::model::modellregler::{self, forvaltningsrader, forvaltningstext, rader, Modellfalt};
use crate::model::tal::formatera;
use crate::model::{Kriterium, Modellparametrar, Scenario, Vardermodell};
use crate::ui::talfalt::Talfalt;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// The draft's problems for one field, as a list under it.
#[component]
pub fn Modellbrister(utkast: RwSignal<Vardermodell>, falt: Modellfalt, id: String) -> impl IntoView {
    let brister = Memo::new(move |_| utkast.with(|m| m.brister_for(&falt)));
    view! {
        <div id=id class="brister" hidden=move || brister.with(|b| b.is_empty())>
            {move || brister.get().into_iter().map(|b| view! { <p class="felmeddelande">{b}</p> }).collect_view()}
        </div>
    }
}

/// A one-line text of the model (name, version, date).
#[component]
fn Modelltext(
    utkast: RwSignal<Vardermodell>,
    id: &'static str,
    etikett: &'static str,
    hamta: fn(&Vardermodell) -> String,
    ange: fn(&mut Vardermodell, String),
    falt: Modellfalt,
    #[prop(optional)] hjalp: Option<&'static str>,
) -> impl IntoView {
    let fel_id = format!("{id}-fel");
    let hjalp_id = format!("{id}-hjalp");
    let har_fel = {
        let falt = falt.clone();
        Memo::new(move |_| utkast.with(|m| !m.brister_for(&falt).is_empty()))
    };
    let beskrivning = {
        let (fel_id, hjalp_id) = (fel_id.clone(), hjalp_id.clone());
        move || {
            let mut ids = Vec::new();
            if hjalp.is_some() {
                ids.push(hjalp_id.clone());
            }
            if har_fel.get() {
                ids.push(fel_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="falt" class:falt-fel=move || har_fel.get()>
            <label for=id>{etikett}</label>
            {hjalp.map(|h| view! { <p class="hjalptext" id=hjalp_id.clone()>{h}</p> })}
            <input id=id type="text" aria-invalid=move || har_fel.get().then_some("true") aria-describedby=beskrivning
                prop:value=move || utkast.with(hamta)
                on:input:target=move |ev| utkast.update(|m| ange(m, ev.target().value())) />
            <Modellbrister utkast falt id=fel_id />
        </div>
    }
}

/// A list typed one entry per line. The text stays as typed (blank lines
/// too) while the draft gets the entries.
#[component]
fn Radlista(
    utkast: RwSignal<Vardermodell>,
    id: &'static str,
    etikett: &'static str,
    hjalp: &'static str,
    hamta: fn(&Vardermodell) -> String,
    ange: fn(&mut Vardermodell, &str),
    falt: Modellfalt,
) -> impl IntoView {
    let text = RwSignal::new(utkast.with_untracked(hamta));
    let fel_id = format!("{id}-fel");
    let hjalp_id = format!("{id}-hjalp");
    view! {
        <div class="falt">
            <label for=id>{etikett}</label>
            <p class="hjalptext" id=hjalp_id.clone()>{hjalp}</p>
            <textarea id=id rows="5" aria-describedby=format!("{hjalp_id} {fel_id}")
                prop:value=move || text.get()
                on:input:target=move |ev| {
                    let v = ev.target().value();
                    utkast.update(|m| ange(m, &v));
                    text.set(v);
                }></textarea>
            <Modellbrister utkast falt id=fel_id />
        </div>
    }
}

/// A number of the parameters, with its field rule.
fn parametertal(
    utkast: RwSignal<Vardermodell>,
    id: String,
    etikett: &'static str,
    kontroll: fn(Decimal) -> Option<&'static str>,
    hamta: impl Fn(&Modellparametrar) -> Option<Decimal> + Send + Sync + Copy + 'static,
    ange: impl Fn(&mut Modellparametrar, Decimal) + Send + Sync + Copy + 'static,
) -> impl IntoView {
    let varde = Signal::derive(move || utkast.with(|m| hamta(&m.parametrar)).unwrap_or_default());
    let ange = Callback::new(move |v| utkast.update(|m| ange(&mut m.parametrar, v)));
    view! { <Talfalt id etikett varde ange kontroll /> }
}

#[component]
pub fn Modellfalten(utkast: RwSignal<Vardermodell>) -> impl IntoView {
    let antal_rantor = Memo::new(move |_| utkast.with(|m| m.parametrar.kanslighetsrantor_procent.len()));
    let antal_scenarier = Memo::new(move |_| utkast.with(|m| m.parametrar.scenarier.len()));
    let rantor = move || {
        (0..antal_rantor.get())
            .map(|i| {
                view! {
                    <div class="listrad">
                        {parametertal(utkast, format!("kanslighetsranta-{i}"), "Känslighetsränta (%)", modellregler::ranta,
                            move |p| p.kanslighetsrantor_procent.get(i).copied(),
                            move |p, v| if let Some(r) = p.kanslighetsrantor_procent.get_mut(i) { *r = v })}
                        <button type="button" class="farlig" aria-label=format!("Ta bort känslighetsränta {}", i + 1)
                            on:click=move |_| utkast.update(|m| { if i < m.parametrar.kanslighetsrantor_procent.len() { m.parametrar.kanslighetsrantor_procent.remove(i); } })>
                            "Ta bort"
                        </button>
                        <Modellbrister utkast falt=Modellfalt::Kanslighetsranta(i) id=format!("kanslighetsranta-{i}-brister") />
                    </div>
                }
            })
            .collect_view()
    };
    let scenarier = move || {
        (0..antal_scenarier.get())
            .map(|i| {
                let namn_id = format!("scenario-{i}-namn");
                view! {
                    <fieldset class="listrad scenario">
                        <legend>{move || utkast.with(|m| m.parametrar.scenarier.get(i).map(|s| format!("Scenario {}: {}", i + 1, s.namn)).unwrap_or_default())}</legend>
                        <div class="falt">
                            <label for=namn_id.clone()>"Namn"</label>
                            <input id=namn_id type="text"
                                prop:value=move || utkast.with(|m| m.parametrar.scenarier.get(i).map(|s| s.namn.clone()).unwrap_or_default())
                                on:input:target=move |ev| utkast.update(|m| if let Some(s) = m.parametrar.scenarier.get_mut(i) { s.namn = ev.target().value() }) />
                        </div>
                        {parametertal(utkast, format!("scenario-{i}-kostnad"), "Kostnaderna ökar med (%)", modellregler::kostnad_procent,
                            move |p| p.scenarier.get(i).map(|s| s.kostnad_procent),
                            move |p, v| if let Some(s) = p.scenarier.get_mut(i) { s.kostnad_procent = v })}
                        {parametertal(utkast, format!("scenario-{i}-effekt"), "Effekterna minskar med (%)", modellregler::effekt_procent,
                            move |p| p.scenarier.get(i).map(|s| s.effekt_procent),
                            move |p, v| if let Some(s) = p.scenarier.get_mut(i) { s.effekt_procent = v })}
                        <button type="button" class="farlig" on:click=move |_| utkast.update(|m| { if i < m.parametrar.scenarier.len() { m.parametrar.scenarier.remove(i); } })>
                            "Ta bort scenariot"
                        </button>
                        <Modellbrister utkast falt=Modellfalt::Scenario(i) id=format!("scenario-{i}-brister") />
                    </fieldset>
                }
            })
            .collect_view()
    };
    let vikter = Kriterium::ALLA
        .into_iter()
        .map(|k| {
            view! {
                <div>
                    {parametertal(utkast, format!("modell-vikt-{}", k.kod()), k.namn(), modellregler::vikt,
                        move |p| Some(p.vikt(k)), move |p, v| p.ange_vikt(k, v))}
                    <Modellbrister utkast falt=Modellfalt::Vikt(k) id=format!("modell-vikt-{}-brister", k.kod()) />
                </div>
            }
        })
        .collect_view();
    let kostnadstyper = Kostnadstyp::ALLA
        .into_iter()
        .map(|k| {
            let id = format!("kostnadstyp-{k:?}").to_lowercase();
            view! {
                <div class="kryssruta">
                    <input type="checkbox" id=id.clone() prop:checked=move || utkast.with(|m| m.kostnadstyper.contains(&k))
                        on:change:target=move |ev| {
                            let med = ev.target().checked();
                            utkast.update(|m| {
                                let mut typer: Vec<_> = Kostnadstyp::ALLA.into_iter()
                                    .filter(|t| if *t == k { med } else { m.kostnadstyper.contains(t) }).collect();
                                // Kept in the order a line offers them.
                                typer.dedup();
                                m.kostnadstyper = typer;
                            });
                        } />
                    <label for=id>{k.namn()}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="falt modellgrupp">
            <legend>"Namn och version"</legend>
            <div class="falt-rutnat smalt">
                <Modelltext utkast id="modell-namn" etikett="Modellens namn" falt=Modellfalt::Namn
                    hamta=|m| m.namn.clone() ange=|m, v| m.namn = v />
                <Modelltext utkast id="modell-version" etikett="Version" falt=Modellfalt::Version hjalp="Till exempel 2027.1."
                    hamta=|m| m.version.clone() ange=|m, v| m.version = v />
                <Modelltext utkast id="modell-giltig" etikett="Gäller från (ÅÅÅÅ-MM-DD)" falt=Modellfalt::GiltigFran
                    hamta=|m| m.giltig_fran.clone() ange=|m, v| m.giltig_fran = v.trim().to_string() />
            </div>
        </fieldset>
        <fieldset class="falt modellgrupp">
            <legend>"Räntor"</legend>
            <div class="falt-rutnat smalt">
                {parametertal(utkast, "modell-ranta".into(), "Diskonteringsränta (%)", modellregler::ranta,
                    |p| Some(p.diskonteringsranta_procent), |p, v| p.diskonteringsranta_procent = v)}
            </div>
            <p>"Känslighetsräntor: nettonuvärdet och återbetalningstiden visas också vid de här räntorna."</p>
            <div class="modellista">{rantor}</div>
            <button type="button" on:click=move |_| utkast.update(|m| m.parametrar.kanslighetsrantor_procent.push(Decimal::ZERO))>
                "Lägg till känslighetsränta"
            </button>
        </fieldset>
        <fieldset class="falt modellgrupp">
            <legend>"Scenarier (känslighetsanalys)"</legend>
            <div class="modellista">{scenarier}</div>
            <button type="button" on:click=move |_| utkast.update(|m| m.parametrar.scenarier.push(Scenario {
                namn: String::new(), kostnad_procent: Decimal::ZERO, effekt_procent: Decimal::ZERO }))>
                "Lägg till scenario"
            </button>
        </fieldset>
        <fieldset class="falt modellgrupp">
            <legend>"Förval för timkostnader"</legend>
            <div class="falt-rutnat smalt">
                {parametertal(utkast, "modell-paslag".into(), "Påslag på månadslön (%)", modellregler::paslag,
                    |p| Some(p.paslag_procent), |p, v| p.paslag_procent = v)}
                {parametertal(utkast, "modell-timmar".into(), "Produktiva timmar per månad", modellregler::produktiva_timmar,
                    |p| Some(p.produktiva_timmar_per_manad), |p, v| p.produktiva_timmar_per_manad = v)}
            </div>
        </fieldset>
        <fieldset class="falt modellgrupp" aria-describedby="modell-vikter-summa modell-vikter-brister">
            <legend>"Vikter per kriterium (ska summera till 100)"</legend>
            <div class="falt-rutnat smal">{vikter}</div>
            <p id="modell-vikter-summa">{move || format!("Summa: {} av 100", formatera(utkast.with(|m| m.parametrar.viktsumma())))}</p>
            <Modellbrister utkast falt=Modellfalt::Vikter id="modell-vikter-brister".into() />
        </fieldset>
        <fieldset class="falt modellgrupp" aria-describedby="modell-troskel-brister">
            <legend>"Tröskelvärden för summerad prioritering (poäng)"</legend>
            <div class="falt-rutnat smal">
                {parametertal(utkast, "modell-troskel-hog".into(), "Hög från", modellregler::troskel,
                    |p| Some(p.troskelvarden.hog), |p, v| p.troskelvarden.hog = v)}
                {parametertal(utkast, "modell-troskel-medel".into(), "Medel från", modellregler::troskel,
                    |p| Some(p.troskelvarden.medel), |p, v| p.troskelvarden.medel = v)}
            </div>
            <Modellbrister utkast falt=Modellfalt::Troskelvarden id="modell-troskel-brister".into() />
        </fieldset>
        <fieldset class="falt modellgrupp">
            <legend>"Kostnadstyper en rad kan ha"</legend>
            {kostnadstyper}
            <Modellbrister utkast falt=Modellfalt::Kostnadstyper id="modell-kostnadstyper-brister".into() />
        </fieldset>
        <fieldset class="falt modellgrupp">
            <legend>"Kommunens listor"</legend>
            <Radlista utkast id="modell-strategier" etikett="Strategier" hjalp="En strategi per rad."
                falt=Modellfalt::Strategier hamta=|m| m.parametrar.strategier.join("\n") ange=|m, t| m.parametrar.strategier = rader(t) />
            <Radlista utkast id="modell-namnder" etikett="Nämnder" hjalp="En nämnd per rad, med det namn som ska stå i förstudierna."
                falt=Modellfalt::Namnder hamta=|m| m.namnder.join("\n") ange=|m, t| m.namnder = rader(t) />
            <Radlista utkast id="modell-forvaltningar" etikett="Förvaltningar"
                hjalp="En förvaltning per rad: förvaltningens namn, semikolon, nämnden den hör till. Till exempel: Stadsbyggnadsförvaltningen; Byggnadsnämnden"
                falt=Modellfalt::Forvaltningar hamta=|m| forvaltningstext(&m.forvaltningar) ange=|m, t| m.forvaltningar = forvaltningsrader(t) />
        </fieldset>
    }
}
