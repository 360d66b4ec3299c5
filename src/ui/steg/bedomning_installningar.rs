//! "Vikter och tröskelvärden": the valuation team's settings for step 10.
//! The fields edit a draft; the draft reaches the case (and so the score
//! and the export) only while `bedomningsbrister()` finds nothing, so
//! weights that do not sum to 100 are refused with the reason at the fields
//! and the saved ones stay in force.

use crate::model::tal::formatera;
use crate::model::{Bedomningsfalt, Kriterium, Modellparametrar};
use crate::ui::talfalt::Talfalt;
use leptos::prelude::*;
use reactive_stores::Field;
use rust_decimal::Decimal;

fn vikt_kontroll(v: Decimal) -> Option<&'static str> {
    if v < Decimal::ZERO {
        Some("Vikten ska vara 0 eller mer.")
    } else if v > Decimal::ONE_HUNDRED {
        Some("En vikt kan inte vara mer än 100.")
    } else {
        None
    }
}

fn troskel_kontroll(v: Decimal) -> Option<&'static str> {
    (v < Decimal::ZERO || v > Decimal::ONE_HUNDRED).then_some("Tröskelvärdet ska ligga mellan 0 och 100 poäng.")
}

/// The messages of a list of problems, shown at a group of fields.
#[component]
fn Brister(id: &'static str, #[prop(into)] brister: Signal<Vec<String>>) -> impl IntoView {
    view! {
        <div id=id class="brister" hidden=move || brister.with(|b| b.is_empty())>
            {move || brister.get().into_iter().map(|b| view! { <p class="felmeddelande">{b}</p> }).collect_view()}
        </div>
    }
}

#[component]
pub fn Installningar(#[prop(into)] parametrar: Field<Modellparametrar>) -> impl IntoView {
    let oppen = RwSignal::new(false);
    let utkast = RwSignal::new(parametrar.get_untracked());
    // Bumped by "Återställ standardvärden" so every field shows the new value,
    // even one left holding text that was not a number.
    let omgang = RwSignal::new(0u32);
    let brister = Memo::new(move |_| utkast.with(|u| u.bedomningsbrister_per_falt()));
    let for_falt = move |villkor: fn(Bedomningsfalt) -> bool| {
        Signal::derive(move || {
            brister.with(|b| b.iter().filter(|b| villkor(b.falt)).map(|b| b.meddelande.clone()).collect::<Vec<_>>())
        })
    };
    let vikt_brister = for_falt(|f| matches!(f, Bedomningsfalt::Vikter | Bedomningsfalt::Vikt(_)));
    let troskel_brister = for_falt(|f| f == Bedomningsfalt::Troskelvarden);
    let sparat = move || {
        let (vikter, troskel) = utkast.with(|u| (u.vikter.clone(), u.troskelvarden.clone()));
        parametrar.try_with(|p| p.vikter == vikter && p.troskelvarden == troskel).unwrap_or(false)
    };
    // Only a draft without problems reaches the case.
    let anvand = move || {
        let (vikter, troskel, giltigt) = utkast
            .with_untracked(|u| (u.vikter.clone(), u.troskelvarden.clone(), u.bedomningsbrister_per_falt().is_empty()));
        let andrat = parametrar.with_untracked(|p| p.vikter != vikter || p.troskelvarden != troskel);
        if giltigt && andrat {
            parametrar.update(|p| {
                p.vikter = vikter;
                p.troskelvarden = troskel;
            });
        }
    };
    let aterstall = move |_| {
        let standard = Modellparametrar::default();
        utkast.update(|u| {
            u.vikter = standard.vikter;
            u.troskelvarden = standard.troskelvarden;
        });
        omgang.update(|n| *n += 1);
        anvand();
    };
    let falten = move || {
        omgang.track();
        let vikter = Kriterium::ALLA
            .into_iter()
            .map(|k| {
                let varde = Signal::derive(move || utkast.with(|u| u.vikt(k)));
                let satt = Callback::new(move |v| {
                    utkast.update(|u| u.satt_vikt(k, v));
                    anvand();
                });
                view! { <Talfalt id=format!("vikt-{}", k.kod()) etikett=k.namn() varde satt kontroll=vikt_kontroll /> }
            })
            .collect_view();
        let troskel = |id: &str, etikett, hamta: fn(&Modellparametrar) -> Decimal, satt: fn(&mut Modellparametrar, Decimal)| {
            let varde = Signal::derive(move || utkast.with(hamta));
            let satt = Callback::new(move |v| {
                utkast.update(|u| satt(u, v));
                anvand();
            });
            view! { <Talfalt id=id.to_string() etikett varde satt kontroll=troskel_kontroll /> }
        };
        view! {
            <fieldset class="falt" aria-describedby="vikter-summa vikter-brister">
                <legend>"Vikter per kriterium (ska summera till 100)"</legend>
                <div class="falt-rutnat smal">{vikter}</div>
                <p id="vikter-summa">
                    {move || format!("Summa: {} av 100", formatera(utkast.with(|u| u.viktsumma())))}
                </p>
                <Brister id="vikter-brister" brister=vikt_brister />
            </fieldset>
            <fieldset class="falt" aria-describedby="troskel-brister">
                <legend>"Tröskelvärden för summerad prioritering (poäng)"</legend>
                <div class="falt-rutnat smal troskelvarden">
                    {troskel("troskel-hog", "Hög från", |p| p.troskelvarden.hog, |p, v| p.troskelvarden.hog = v)}
                    {troskel("troskel-medel", "Medel från", |p| p.troskelvarden.medel, |p, v| p.troskelvarden.medel = v)}
                </div>
                <Brister id="troskel-brister" brister=troskel_brister />
            </fieldset>
        }
    };
    view! {
        <section class="installningar" aria-labelledby="installningar-rubrik">
            <h3 id="installningar-rubrik">"Vikter och tröskelvärden"</h3>
            <p>
                "För värderingsteamet. Vikterna och tröskelvärdena gäller den här förstudien och följer med i exporten. "
                "En ändring används först när vikterna summerar till exakt 100 och tröskelvärdena går ihop."
            </p>
            <button
                type="button"
                aria-expanded=move || if oppen.get() { "true" } else { "false" }
                aria-controls="installningar-formular"
                on:click=move |_| oppen.update(|o| *o = !*o)
            >
                {move || if oppen.get() { "Dölj vikter och tröskelvärden" } else { "Ändra vikter och tröskelvärden" }}
            </button>
            <div id="installningar-formular" class="installningsformular" hidden=move || !oppen.get()>
                {falten}
                <p id="installningar-status" class="installningsstatus" aria-live="polite" class:ej-anvant=move || !sparat()>
                    {move || if sparat() {
                        "Värdena ovan används i poängen."
                    } else {
                        "Ändringen används inte förrän bristerna är rättade; poängen räknas med de senast godkända värdena."
                    }}
                </p>
                <button type="button" on:click=aterstall>"Återställ standardvärden"</button>
            </div>
        </section>
    }
}
