//! "Vikter och tröskelvärden": the weights and thresholds step 10 scores
//! with, read-only. They are the värderingsmodell's (the team edits them on
//! the model page); a case whose own differ says so and can adopt the model.

use crate::model::{Modellparametrar, Modellreferens};
use crate::ui::komponenter::delavsnitt::Delavsnitt;
use crate::ui::komponenter::kalkylmodell::{Modellstatus, ViktTabell};
use leptos::prelude::*;
use reactive_stores::Field;

#[component]
pub fn Installningar(
    #[prop(into)] parametrar: Field<Modellparametrar>,
    #[prop(into)] referens: Field<Option<Modellreferens>>,
) -> impl IntoView {
    view! {
        <Delavsnitt id="installningar-rubrik" rubrik="Vikter och tröskelvärden" klass="installningar">
            <Modellstatus parametrar referens id="bedomning-modell">
                <ViktTabell parametrar />
            </Modellstatus>
        </Delavsnitt>
    }
}
