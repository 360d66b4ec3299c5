//! Frozen samples of every released schema version (tests/schema/): each
//! must import with the current code and its values intact. A new schema
//! version adds a sample here and a migration in `format`; old samples are
//! never edited.

mod fyllt_fall;

use forstudie::format;
use forstudie::model::*;
use fyllt_fall::d;

#[test]
fn version_1_sample_imports_with_its_values() {
    let text = include_str!("schema/v1.json");
    let fil = format::las(text).expect("the v1 sample imports");
    assert_eq!(fil.schema_version, 1);
    let f = fil.forstudie;
    assert_eq!(f.id.to_string(), "07070707-0707-4707-8707-070707070707");
    assert_eq!(f.utvecklingsbehov.titel, "Digital ansökan om färdtjänst");
    assert_eq!(f.utvecklingsbehov.strategier, ["Utgå från medborgarnas behov och livshändelser"]);
    assert_eq!(f.orsaksanalys.orsaker[0].varfor, ["Blankett på papper", "Ingen e-tjänst"]);
    assert_eq!(f.intressentanalys.intressenter[0].inflytande, 4);
    assert_eq!(f.arbetsflode.borlage[0].minuter_per_arende, d("7.5"));
    assert_eq!(f.ekonomi.kalkylperiod, Kalkylperiod { startar: 2027, ar: 5 });
    assert_eq!(
        f.ekonomi.timkostnader[0].sats,
        Timsats::Harledd { manadslon: Belopp::kronor(35000), paslag_procent: d("54"), produktiva_timmar: d("142") }
    );
    assert_eq!(f.ekonomi.kostnader[0].fordelning, Fordelning::Aterkommande { fran: 0, till: 4, varde: d("120000.50") });
    assert_eq!(f.ekonomi.effekter[0].realisering_procent, [d("0"), d("50"), d("100")]);
    assert_eq!(f.ekonomi.effekter[1].enhet, Enhet::Timmar { timkostnad_id: "t1".into() });
    assert_eq!(f.konsekvenser.finansiering[0].belopp_per_ar[1], Belopp::from_decimal(d("0.30")));
    assert_eq!(f.konsekvenser.risker[0].konsekvens, 4);
    assert_eq!(f.bedomning.niva(Kriterium::Genomforbarhet), Some(3));
    assert_eq!(f.effekthemtagning.planer[0].uppfoljningar[0].varde, "0.30");
    assert_eq!(f.parametrar.diskonteringsranta_procent, d("3.5"));
}
