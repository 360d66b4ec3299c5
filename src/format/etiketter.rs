//! The Swedish names of the case file's keys, as the steps label their
//! fields, for messages that say where a file is wrong (`tolkning`).

use super::tolkning::Etiketter;

/// Keys that only group others add no words; a key not named here is
/// shown as it stands in the file.
pub const FALT: &[(&str, &str)] = &[
    ("forstudie", ""),
    ("fordelning", ""),
    ("sats", ""),
    ("schema_version", "schemaversion"),
    ("app_version", "appversion"),
    ("exporterad", "exportdatum"),
    ("id", "id"),
    ("skapad", "skapad"),
    ("andrad", "ändrad"),
    ("utvecklingsbehov", "Utvecklingsbehov"),
    ("orsaksanalys", "Orsaksanalys"),
    ("malgruppsanalys", "Målgruppsanalys"),
    ("intressentanalys", "Intressentanalys"),
    ("arbetsflode", "Arbetsflödesbeskrivning"),
    ("informationsinventering", "Informationsinventering"),
    ("logikmodell", "Logikmodell"),
    ("ekonomi", ""),
    ("konsekvenser", "Konsekvenser"),
    ("bedomning", "Bedömning"),
    ("effekthemtagning", "Effekthemtagningsplan"),
    ("parametrar", "Modellparametrar"),
    ("titel", "titel"),
    ("forvaltning", "förvaltning"),
    ("namnd", "nämnd"),
    ("kalkylperiod", "Kalkylperiod"),
    ("startar", "första året (år 0)"),
    ("ar", "år"),
    ("fran", "från år"),
    ("till", "till år"),
    ("varde", "värde"),
    ("varden", "värden"),
    ("kostnadstyp", "kostnadstyp"),
    ("kategori", "kategori"),
    ("beskrivning", "beskrivning"),
    ("enhet", "enhet"),
    ("typ", "typ"),
    ("namn", "namn"),
    ("timkostnad", "timkostnad"),
    ("manadslon", "månadslön"),
    ("paslag_procent", "påslag (%)"),
    ("produktiva_timmar", "produktiva timmar per månad"),
    ("diskonteringsranta_procent", "diskonteringsränta (%)"),
    ("datum", "datum"),
    ("nollvarde", "nollvärde"),
    ("nollvarde_datum", "nollvärdets datum"),
    ("malvarde", "målvärde"),
    ("malvarde_datum", "måldatum"),
    ("belopp", "belopp"),
    ("realiserat", "realiserat belopp"),
    ("kommentar", "kommentar"),
    ("niva", "nivå"),
    ("vikt", "vikt"),
    ("beslut", "beslut"),
    ("referens", "referens"),
];

/// List key → the name of one element.
pub const ELEMENT: &[(&str, &str)] = &[
    ("kostnader", "Kostnad"),
    ("effekter", "Effekt"),
    ("timkostnader", "Timkostnad"),
    ("finansiering", "Finansiering"),
    ("risker", "Risk"),
    ("kvalitativa_effekter", "Kvalitativ effekt"),
    ("intressenter", "Intressent"),
    ("grupper", "Målgrupp"),
    ("orsaker", "Orsak"),
    ("planer", "Plan"),
    ("uppfoljningar", "Uppföljning"),
    ("uppfoljningsdatum", "uppföljningsdatum"),
    ("kriterier", "Kriterium"),
    ("strategier", "Strategi"),
    ("tillgangar", "Informationstillgång"),
    ("rader", "Rad"),
    ("poster", "Post"),
];

/// A case file's labels; `forsta_ar` is the file's first year of the
/// period, when it has one, so a year's value is named by its year.
pub fn forstudie(forsta_ar: Option<i32>) -> Etiketter<'static> {
    Etiketter {
        falt: FALT,
        element: ELEMENT,
        arlistor: &["varden", "belopp_per_ar"],
        forsta_ar,
        arvarde_giltigt: decimal,
    }
}

/// A year's value as a case file writes it: a decimal number as text.
fn decimal(v: &crate::json::Nod) -> bool {
    v.text().is_some_and(|t| t.parse::<rust_decimal::Decimal>().is_ok())
}
