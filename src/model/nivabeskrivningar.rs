//! What each level 0–4 of each criterion means, written so a manager can
//! check it against the förstudie: concrete and observable. Shown wherever a
//! level is chosen (the audit behind the product: managers could not see
//! what they were judged on).

use super::Kriterium;

/// The question a criterion answers.
pub fn kriteriefraga(kriterium: Kriterium) -> &'static str {
    match kriterium {
        Kriterium::AngelagenhetOrganisatorisk => "Hur angeläget är förändringen för verksamheten?",
        Kriterium::AngelagenhetTeknisk => "Hur angeläget är förändringen av tekniska skäl?",
        Kriterium::AngelagenhetLagkrav => "I vilken grad kräver lag eller förordning förändringen?",
        Kriterium::StrategisktVarde => "Hur mycket bidrar initiativet till kommunens digitaliseringsstrategier och mål?",
        Kriterium::Genomforbarhet => "Hur säkert är det att initiativet kan genomföras?",
        Kriterium::PotentialAttRealisera => {
            "Finns det som behövs för att ta hem effekterna: ägare, nollmätning och indikatorer?"
        }
        Kriterium::KvalitativaEffekter => "Hur stor är nyttan utöver pengar, enligt de kvalitativa effekterna?",
        Kriterium::NegativaKonsekvenser => {
            "Hur allvarliga är de negativa konsekvenserna? Välj allvarlighetsgrad; nivån som räknas blir 4 minus allvarlighetsgraden."
        }
        Kriterium::Ekonomi => "Hur lönsamt är initiativet? Nivån räknas fram ur nettonuvärdeskvoten (NNK).",
    }
}

/// The written description of a level (0–4; higher levels than 4 have none).
pub fn nivabeskrivning(kriterium: Kriterium, niva: u8) -> &'static str {
    let texter: [&'static str; 5] = match kriterium {
        Kriterium::AngelagenhetOrganisatorisk => [
            "Inget organisatoriskt behov är beskrivet; verksamheten klarar sitt uppdrag som i dag.",
            "Behovet gäller enstaka medarbetare eller moment; inga problem som köer, fel eller övertid är redovisade.",
            "Behovet gäller en enhet; problem som väntetider, omarbete eller manuella moment är beskrivna men inte mätta.",
            "Problemen är mätta (till exempel handläggningstid eller antal kompletteringar) och växer enligt nollalternativet.",
            "Verksamheten klarar inte sitt uppdrag utan förändring: mätta brister i service eller arbetsmiljö finns redan, eller nollalternativet kräver mer personal inom två år.",
        ],
        Kriterium::AngelagenhetTeknisk => [
            "Nuvarande system och verktyg fungerar och har leverantörsstöd under hela kalkylperioden.",
            "Mindre tekniska brister som användarna kan arbeta runt; systemet har stöd.",
            "Bristerna kräver dubbelregistrering eller manuella överföringar; systemet har stöd men saknar funktioner som behövs.",
            "Systemet förlorar stödet inom tre år, saknar integrationer som verksamheten behöver eller har återkommande driftstörningar.",
            "Systemet saknar redan stöd, har kända säkerhetsbrister eller riskerar att sluta fungera; det finns ingen rimlig väg att fortsätta utan förändring.",
        ],
        Kriterium::AngelagenhetLagkrav => [
            "Inget lagkrav berörs.",
            "Initiativet gör det lättare att följa lagkrav som redan uppfylls i dag.",
            "Initiativet behövs för att uppfylla befintliga krav bättre; bristerna har inte påtalats av revision eller tillsyn.",
            "Brister mot lagkrav är påtalade av revision eller tillsyn, eller nya krav träder i kraft inom kalkylperioden och initiativet är ett av flera sätt att möta dem.",
            "Ett lagkrav med fastställt datum kan inte uppfyllas utan initiativet. Spärr: initiativet måste genomföras, poängen avgör hur det prioriteras.",
        ],
        Kriterium::StrategisktVarde => [
            "Initiativet bidrar inte till någon av kommunens digitaliseringsstrategier.",
            "Initiativet bidrar indirekt till en strategi, utan att sambandet är beskrivet.",
            "Initiativet bidrar tydligt till en strategi, och sambandet är beskrivet i utvecklingsbehovet.",
            "Initiativet bidrar tydligt till två strategier, eller till en strategi och ett av kommunfullmäktiges mål.",
            "Initiativet bidrar till tre eller fler strategier, eller är en förutsättning för andra prioriterade initiativ.",
        ],
        Kriterium::Genomforbarhet => [
            "Lösningen är inte känd, eller kräver teknik, kompetens eller resurser som kommunen varken har eller kan skaffa.",
            "Lösningen är skissad men stora osäkerheter kvarstår (teknik, upphandling, kompetens); inga resurser är avsatta.",
            "Lösningen är känd; resurser och kompetens går att skaffa men är inte säkrade; flera risker har hög nivå.",
            "Lösningen är beprövad, till exempel i en annan kommun; resurserna finns i planen och riskerna har åtgärder.",
            "Lösningen finns redan eller är enkel att införa; resurser, kompetens och finansiering är säkrade.",
        ],
        Kriterium::PotentialAttRealisera => [
            "Effekterna saknar ägare, nollmätning och indikatorer. Spärr: förstudien skickas tillbaka (återremiss).",
            "Effekterna har ägare, men nollmätning och indikatorer saknas.",
            "Ägare och indikatorer finns för de flesta effekter; nollmätningen saknas eller är bara planerad.",
            "Ägare, nollmätning och indikator finns för varje effekt, och förändringsledningen i linjen är beskriven.",
            "Som nivå 3, och hemtagningen är planerad i linjens budget (ramjustering eller omfördelning av frigjord tid).",
        ],
        Kriterium::KvalitativaEffekter => [
            "Inga kvalitativa effekter är beskrivna.",
            "Enstaka kvalitativa effekter för en mottagare, utan indikator.",
            "Tydliga kvalitativa effekter för en mottagare (till exempel medarbetare), med indikator.",
            "Tydliga kvalitativa effekter för flera mottagare (invånare, medarbetare, organisationen), med indikatorer.",
            "Stora, mätbara förbättringar för invånare eller brukare (kvalitet, rättssäkerhet, tillgänglighet eller arbetsmiljö), med indikatorer och nollvärden.",
        ],
        Kriterium::NegativaKonsekvenser => [
            "Allvarlighet 0: inga negativa konsekvenser är kända.",
            "Allvarlighet 1: små och tillfälliga negativa konsekvenser för en grupp, med åtgärd.",
            "Allvarlighet 2: märkbara negativa konsekvenser för en grupp (till exempel ändrade arbetsuppgifter eller invånare utan e-legitimation), med åtgärd.",
            "Allvarlighet 3: märkbara negativa konsekvenser för flera grupper, eller konsekvenser som saknar åtgärd.",
            "Allvarlighet 4: allvarliga konsekvenser för rättssäkerhet, integritet, likabehandling eller arbetsmiljö som inte kan åtgärdas inom initiativet.",
        ],
        Kriterium::Ekonomi => [
            "NNK under 0: nuvärdet av effekterna täcker inte kostnaderna.",
            "NNK från 0 till under 0,25.",
            "NNK från 0,25 till under 0,5.",
            "NNK från 0,5 till under 1.",
            "NNK 1 eller mer: varje investerad krona ger minst en krona tillbaka utöver sig själv, i nuvärde.",
        ],
    };
    texter.get(usize::from(niva)).copied().unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_level_of_every_criterion_has_its_own_description() {
        for kriterium in Kriterium::ALLA {
            assert!(!kriteriefraga(kriterium).is_empty());
            let texter: Vec<_> = (0..=4).map(|n| nivabeskrivning(kriterium, n)).collect();
            for (n, text) in texter.iter().enumerate() {
                assert!(text.len() > 15, "{kriterium:?} {n}");
                assert_eq!(texter.iter().filter(|t| *t == text).count(), 1, "{kriterium:?} {n} repeats");
            }
            assert_eq!(nivabeskrivning(kriterium, 5), "");
        }
    }
}
