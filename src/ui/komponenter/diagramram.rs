//! The frame every bar chart shares (steps 8 and 12, the risk picture): an
//! SVG with a title and a description that hold every figure drawn (its
//! text alternative), a solid and a hatched pattern so bars are told apart
//! without colour, and the legend under it. The vertical charts' axes
//! ("kronor", the zero line, "År") are `Arsaxlar`. Where things lie is
//! worked out in `crate::diagramskala`.

use leptos::prelude::*;

/// The ids of a chart's two bar patterns, and the hatched one's colour.
pub struct Monster {
    pub heldragen: &'static str,
    pub randig: &'static str,
    pub randfarg: &'static str,
}

#[component]
pub fn Diagramram(
    /// Prefix of the title's and description's ids (`{id}-titel`, `{id}-beskrivning`).
    id: &'static str,
    titel: &'static str,
    /// Every figure the chart draws, in words.
    #[prop(into)]
    beskrivning: Signal<String>,
    #[prop(into)] viewbox: Signal<String>,
    /// A class of the chart's own ("riskdiagram"), on the svg and, as
    /// "…ram", on the figure.
    #[prop(optional)]
    klass: Option<&'static str>,
    monster: Monster,
    /// The legend: each sign's class and its text, then a closing sentence.
    tecken: &'static [(&'static str, &'static str)],
    slut: &'static str,
    children: Children,
) -> impl IntoView {
    let (figurklass, svgklass) = match klass {
        Some(k) => (format!("diagramram {k}ram"), format!("diagram {k}")),
        None => ("diagramram".to_string(), "diagram".to_string()),
    };
    let (titel_id, beskrivning_id) = (format!("{id}-titel"), format!("{id}-beskrivning"));
    let namngiven_av = format!("{titel_id} {beskrivning_id}");
    view! {
        <figure class=figurklass>
            <svg viewBox=viewbox role="img" aria-labelledby=namngiven_av class=svgklass
                xmlns="http://www.w3.org/2000/svg">
                <title id=titel_id>{titel}</title>
                <desc id=beskrivning_id>{beskrivning}</desc>
                <defs>
                    <pattern id=monster.heldragen patternUnits="userSpaceOnUse" width="6" height="6">
                        <rect width="6" height="6" fill="#0b5cad" />
                    </pattern>
                    <pattern id=monster.randig patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
                        <rect width="6" height="6" fill="#fff" />
                        <line x1="0" y1="0" x2="0" y2="6" stroke=monster.randfarg stroke-width="3" />
                    </pattern>
                </defs>
                {children()}
            </svg>
            <p class="teckenforklaring">
                {tecken.iter().map(|(klass, text)| view! { <span class=*klass aria-hidden="true"></span>{*text} }).collect_view()}
                {slut}
            </p>
        </figure>
    }
}

/// The axes of a chart of years: "kronor" at the top left, the zero line
/// across (with "0" at its end if `nolltext`), and "År" under the years.
#[component]
pub fn Arsaxlar(
    bredd_px: f64,
    hojd_px: f64,
    /// The margin left and right of the columns.
    kant_px: f64,
    #[prop(into)] noll_px: Signal<f64>,
    #[prop(optional)] nolltext: bool,
) -> impl IntoView {
    view! {
        <text x=kant_px y=14.0 class="axeltext">"kronor"</text>
        <line x1=kant_px x2=bredd_px - kant_px y1=noll_px y2=noll_px class="nollinje" />
        {nolltext.then(|| view! {
            <text x=bredd_px - kant_px y=move || noll_px.get() - 4.0 class="axeltext" text-anchor="end">"0"</text>
        })}
        <text x=bredd_px / 2.0 y=hojd_px - 6.0 class="axeltext" text-anchor="middle">"År"</text>
    }
}
