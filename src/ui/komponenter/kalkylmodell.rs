//! The model a case is computed under, read-only: its name and version, its
//! parameters (step 8: rates and scenarios; step 10: weights and
//! thresholds), and how they stand to the active model (`model::modellage`).
//! A case whose parameters differ lists each difference with both values and
//! offers "Räkna under <modell>", the only way its parameters change.

use crate::model::tal::formatera;
use crate::model::{
    modellage, scenariotext, Kriterium, Modellage, Modellparametrar, Modellreferens, Parameterskillnad,
};
use crate::ui::aktiv_modell::aktiv_modell;
use crate::ui::komponenter::tabellram::kolumnrubriker;
use crate::ui::vagar::lank;
use leptos::prelude::*;
use reactive_stores::Field;

fn procent(v: rust_decimal::Decimal) -> String {
    format!("{}\u{a0}%", formatera(v))
}

/// "Handbokens standardmodell, version 1", or what a case without a
/// reference is computed under.
fn modellnamn(referens: &Option<Modellreferens>) -> String {
    referens
        .as_ref()
        .map(|r| r.visningsnamn())
        .unwrap_or_else(|| "förstudiens egna parametrar (ingen modell angiven)".into())
}

#[component]
fn Skillnadstabell(skillnader: Vec<Parameterskillnad>, modell: String) -> impl IntoView {
    view! {
        <div class="tabellram">
            <table class="skillnadstabell">
                <caption>"Parametrar som skiljer sig från " {modell}</caption>
                {kolumnrubriker(["Parameter", "I förstudien", "I modellen"])}
                <tbody>
                    {skillnader.into_iter().map(|s| view! {
                        <tr><th scope="row">{s.parameter}</th><td data-etikett="I förstudien">{s.i_fallet}</td><td data-etikett="I modellen">{s.i_modellen}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// Which model the case is computed under and how it stands to the active
/// model, with "Räkna under <modell>" when they differ.
#[component]
pub fn Modellstatus(
    #[prop(into)] parametrar: Field<Modellparametrar>,
    #[prop(into)] referens: Field<Option<Modellreferens>>,
    /// An id prefix, so step 8 and the summary do not share ids.
    id: &'static str,
    /// The parameters shown read-only under the model's name.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let aktiv = aktiv_modell();
    let lage = Memo::new(move |_| {
        let ref_ = referens.try_get().flatten();
        parametrar.try_with(|p| aktiv.modell.with(|m| modellage(p, ref_.as_ref(), m))).unwrap_or(Modellage::Samma)
    });
    let anvand = move |_| {
        let m = aktiv.modell.get_untracked();
        parametrar.set(m.parametrar.clone());
        referens.set(Some(m.referens()));
    };
    let aktivt_namn = move || aktiv.modell.with(|m| m.visningsnamn());
    let knapp = move || {
        view! {
            <button type="button" class="primar" on:click=anvand>{move || format!("Räkna under {}", aktivt_namn())}</button>
        }
    };
    view! {
        <div class="modellstatus" id=id role="group" aria-label="Förstudiens värderingsmodell">
            <p>
                "Räknas under "<strong>{move || modellnamn(&referens.try_get().flatten())}</strong>"."
                " Parametrarna ändras inte i förstudien; de är värderingsteamets ("
                <a href=lank("/vardermodell")>"värderingsmodellen"</a>")."
            </p>
            {children.map(|c| c())}
            {move || match lage.get() {
                Modellage::Samma => ().into_any(),
                Modellage::SammaParametrar { fallets } => view! {
                    <p class="modellavvikelse">
                        {match fallets {
                            Some(r) => format!("Den aktiva modellen är {}, inte {}. Parametrarna är desamma; bara modelluppgiften skiljer sig.", aktivt_namn(), r.visningsnamn()),
                            None => format!("Förstudien anger ingen modell. Parametrarna är desamma som i {}.", aktivt_namn()),
                        }}
                    </p>
                    {knapp()}
                }.into_any(),
                Modellage::Skiljer { fallets: _, skillnader } => {
                    let antal = skillnader.len();
                    view! {
                        <p class="modellavvikelse varning">
                            <strong>{format!(
                                "Förstudiens parametrar skiljer sig från värderingsmodellen ({}): {antal} {}.",
                                aktivt_namn(),
                                if antal == 1 { "parameter" } else { "parametrar" }
                            )}</strong>
                            " Siffrorna nedan räknas med förstudiens parametrar tills du väljer att räkna under modellen."
                        </p>
                        <Skillnadstabell skillnader modell=aktivt_namn() />
                        {knapp()}
                    }.into_any()
                }
            }}
        </div>
    }
}

/// The rates, scenarios and timkostnad defaults of the case, read-only.
#[component]
pub fn Modellvarden(#[prop(into)] parametrar: Field<Modellparametrar>) -> impl IntoView {
    let p = move || parametrar.try_get().unwrap_or_default();
    view! {
        <dl class="modellvarden">
            <div><dt>"Diskonteringsränta"</dt><dd id="modell-ranta-varde">{move || procent(p().diskonteringsranta_procent)}</dd></div>
            <div><dt>"Känslighetsräntor"</dt><dd>{move || {
                let r = p().kanslighetsrantor_procent;
                if r.is_empty() { "inga".to_string() } else { r.into_iter().map(procent).collect::<Vec<_>>().join("; ") }
            }}</dd></div>
            <div><dt>"Scenarier"</dt><dd><ul class="scenariolista">{move || p().scenarier.into_iter().map(|s| view! {
                <li>{format!("{}: {}", s.namn, scenariotext(&s))}</li>
            }).collect_view()}</ul></dd></div>
            <div><dt>"Förval för timkostnader"</dt><dd>{move || {
                let p = p();
                format!("påslag {}, {} produktiva timmar per månad", procent(p.paslag_procent), formatera(p.produktiva_timmar_per_manad))
            }}</dd></div>
        </dl>
    }
}

/// Step 10's weights and thresholds, read-only.
#[component]
pub fn ViktTabell(#[prop(into)] parametrar: Field<Modellparametrar>) -> impl IntoView {
    let p = move || parametrar.try_get().unwrap_or_default();
    view! {
        <div class="tabellram">
            <table class="vikttabell">
                <caption>"Vikter per kriterium"</caption>
                {kolumnrubriker(["Kriterium", "Vikt"])}
                <tbody>
                    {Kriterium::ALLA.into_iter().map(|k| view! {
                        <tr><th scope="row">{k.namn()}</th><td id=format!("vikt-{}", k.kod())>{move || formatera(p().vikt(k))}</td></tr>
                    }).collect_view()}
                </tbody>
                <tfoot><tr><th scope="row">"Summa"</th><td>{move || formatera(p().viktsumma())}</td></tr></tfoot>
            </table>
        </div>
        <p id="troskelvarden">{move || {
            let t = p().troskelvarden;
            format!("Tröskelvärden: Hög från {} poäng, Medel från {} poäng, Låg under {} poäng.", formatera(t.hog), formatera(t.medel), formatera(t.medel))
        }}</p>
    }
}
