//! Tillgänglighetsredogörelse, required of Swedish public-sector web
//! (lagen om tillgänglighet till digital offentlig service, DOS-lagen).

use leptos::prelude::*;

#[component]
pub fn Tillganglighet() -> impl IntoView {
    view! {
        <section class="sida textsida">
            <h1>"Tillgänglighetsredogörelse"</h1>
            <p>
                "Kommunen står bakom den här webbapplikationen för förstudier och nyttovärdering. "
                "Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur den "
                "uppfyller lagen om tillgänglighet till digital offentlig service, kända brister "
                "och hur du kan rapportera problem så att vi kan åtgärda dem."
            </p>
            <h2>"Hur tillgänglig är applikationen?"</h2>
            <p>
                "Applikationen är byggd för att uppfylla WCAG 2.1 nivå AA: alla fält har etiketter, "
                "allt går att använda med tangentbord, fokus syns tydligt, texten har tillräcklig "
                "kontrast och status som ”klar” eller ”sparat” visas i text, inte bara med färg. "
                "Den fungerar utan nätverk när den väl har laddats och skickar inga uppgifter någonstans."
            </p>
            <h2>"Kända brister"</h2>
            <p>
                "Applikationen är under utveckling. Alla steg i förstudiemallen finns ännu inte, och "
                "de steg som kommer (bland annat diagram) granskas mot WCAG 2.1 AA innan de tas i bruk."
            </p>
            <h2>"Rapportera brister i tillgängligheten"</h2>
            <p>
                "Om du upplever problem som inte beskrivs här, eller behöver innehållet i ett annat "
                "format, kontakta kommunens digitaliseringsenhet via kommunens kontaktcenter eller "
                "funktionsbrevlåda och ange ”Förstudieappen – tillgänglighet” i ämnesraden. "
                "Beskriv vad du försökte göra, vilken webbläsare du använde och vad som hände. "
                "Vi svarar inom fem arbetsdagar."
            </p>
            <h2>"Tillsyn"</h2>
            <p>
                "Myndigheten för digital förvaltning (DIGG) har ansvaret för tillsyn över lagen om "
                "tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar "
                "dina synpunkter kan du kontakta DIGG och påtala det."
            </p>
            <h2>"Hur vi testat"</h2>
            <p>
                "Applikationen testas automatiskt i webbläsaren Chromium vid varje ändring, bland annat "
                "med tangentbordsnavigering. Redogörelsen uppdaterades senast 2026-11-26."
            </p>
        </section>
    }
}
