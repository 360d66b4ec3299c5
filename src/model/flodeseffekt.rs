//! Step 5 to step 8: the hours a year the future process frees
//! (`Arbetsflode::frigjorda_timmar`) as a frigjort-ramutrymme effect line,
//! priced at a named timkostnad, and whether that line still agrees with the
//! workflow after the workflow was changed.

use super::ekonomi::*;
use super::kartlaggning::Arbetsflode;
use rust_decimal::Decimal;

/// The line's description when it is made.
pub const FLODESEFFEKT_BESKRIVNING: &str = "Frigjord tid enligt arbetsflödesbeskrivningen";

/// Hours a year of an effect line are kept to two decimals: minutes / 60
/// does not end, and nobody enters 545,3333… hours by hand either.
pub fn flodestimmar(flode: &Arbetsflode) -> Decimal {
    flode.frigjorda_timmar().round_dp(2)
}

/// The years of the period as the valuation reads them: 1 to `MAX_AR`.
fn antal_ar(ekonomi: &Ekonomi) -> u32 {
    ekonomi.kalkylperiod.ar.clamp(1, Kalkylperiod::MAX_AR)
}

/// A frigjort-ramutrymme line of the workflow's difference in hours, priced
/// at `timkostnad_id`, recurring over the whole kalkylperiod.
pub fn effektrad_fran_flode(
    flode: &Arbetsflode,
    ekonomi: &Ekonomi,
    timkostnad_id: &str,
    ny_id: &str,
    namnd: &str,
) -> Effektrad {
    Effektrad {
        id: ny_id.to_string(),
        namnd: namnd.trim().to_string(),
        kostnadstyp: Kostnadstyp::Personal,
        beskrivning: FLODESEFFEKT_BESKRIVNING.to_string(),
        kategori: Effektkategori::FrigjortRamutrymme,
        enhet: Enhet::Timmar { timkostnad_id: timkostnad_id.to_string() },
        fordelning: Fordelning::Aterkommande { fran: 0, till: antal_ar(ekonomi) - 1, varde: flodestimmar(flode) },
        realisering_procent: Vec::new(),
        utfall_id: None,
        fran_arbetsflode: true,
    }
}

/// The hours a year a line counts with: its one value, or for a per-year
/// line the first year that has one.
pub fn radens_timmar(rad: &Effektrad, ekonomi: &Ekonomi) -> Decimal {
    match &rad.fordelning {
        Fordelning::Engangs { varde, .. } | Fordelning::Aterkommande { varde, .. } => *varde,
        f @ Fordelning::PerAr { .. } => {
            let ar = antal_ar(ekonomi);
            (0..ar).map(|t| f.varde(t)).find(|v| !v.is_zero()).unwrap_or_default()
        }
    }
}

/// The effect line the workflow is linked to, if it is still there.
pub fn kopplad_effektrad<'a>(flode: &Arbetsflode, ekonomi: &'a Ekonomi) -> Option<&'a Effektrad> {
    let id = flode.effektrad_id.as_deref()?;
    ekonomi.effekter.iter().find(|r| r.id == id)
}

/// `Some((line hours, workflow hours))` when the linked line counts with
/// other hours than the workflow now gives; `None` when they agree or there
/// is no linked line.
pub fn flode_avviker(flode: &Arbetsflode, ekonomi: &Ekonomi) -> Option<(Decimal, Decimal)> {
    let rad = kopplad_effektrad(flode, ekonomi)?;
    let (i_raden, i_flodet) = (radens_timmar(rad, ekonomi), flodestimmar(flode));
    (i_raden != i_flodet).then_some((i_raden, i_flodet))
}

/// Sets the linked line's hours to the workflow's: the one value of a
/// one-time or recurring line, every year of a per-year line. False when
/// there is no linked line.
pub fn uppdatera_effektrad(flode: &Arbetsflode, ekonomi: &mut Ekonomi) -> bool {
    let (timmar, ar) = (flodestimmar(flode), antal_ar(ekonomi));
    let Some(id) = flode.effektrad_id.as_deref() else { return false };
    let Some(rad) = ekonomi.effekter.iter_mut().find(|r| r.id == id) else { return false };
    match &mut rad.fordelning {
        f @ Fordelning::PerAr { .. } => (0..ar).for_each(|t| f.ange(t, timmar)),
        f => f.ange(0, timmar),
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::kartlaggning::Processsteg;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    fn steg(minuter: &str, arenden: &str) -> Processsteg {
        Processsteg { minuter_per_arende: d(minuter), arenden_per_ar: d(arenden), ..Default::default() }
    }

    /// 12 min × 1 500 + 7,5 min × 2 000 = 550 h; 0,5 min × 600 = 5 h: 545 h freed.
    fn flode() -> Arbetsflode {
        Arbetsflode {
            nulage: vec![steg("12", "1500"), steg("7.5", "2000")],
            borlage: vec![steg("0.5", "600")],
            ..Default::default()
        }
    }

    fn ekonomi(ar: u32) -> Ekonomi {
        Ekonomi { kalkylperiod: Kalkylperiod { startar: 2027, ar }, ..Default::default() }
    }

    #[test]
    fn the_difference_becomes_a_recurring_frigjort_line_in_hours() {
        let rad = effektrad_fran_flode(&flode(), &ekonomi(3), "tk-1", "e-1", " Socialnämnden ");
        assert_eq!(rad.id, "e-1");
        assert_eq!(rad.namnd, "Socialnämnden");
        assert_eq!(rad.kategori, Effektkategori::FrigjortRamutrymme);
        assert_eq!(rad.enhet, Enhet::Timmar { timkostnad_id: "tk-1".into() });
        assert_eq!(rad.fordelning, Fordelning::Aterkommande { fran: 0, till: 2, varde: d("545") });
        assert_eq!(
            (0..4).map(|t| rad.fordelning.varde(t)).collect::<Vec<_>>(),
            vec![d("545"), d("545"), d("545"), d("0")]
        );
        assert!(rad.fran_arbetsflode);
        assert_eq!(rad.beskrivning, "Frigjord tid enligt arbetsflödesbeskrivningen");
        assert_eq!(rad.realisering(0), Decimal::ONE_HUNDRED);
    }

    #[test]
    fn hours_are_kept_to_two_decimals_and_a_costlier_future_is_negative() {
        // 7 min × 1 case = 0,11666… h.
        let f = Arbetsflode { nulage: vec![steg("7", "1")], ..Default::default() };
        assert_eq!(flodestimmar(&f), d("0.12"));
        let dyrare =
            Arbetsflode { nulage: vec![steg("1", "60")], borlage: vec![steg("3", "60")], ..Default::default() };
        let rad = effektrad_fran_flode(&dyrare, &ekonomi(5), "tk", "e", "");
        assert_eq!(rad.fordelning, Fordelning::Aterkommande { fran: 0, till: 4, varde: d("-2") });
    }

    #[test]
    fn a_changed_workflow_is_noticed_and_the_line_updated() {
        let mut f = flode();
        let mut ek = ekonomi(3);
        assert_eq!(flode_avviker(&f, &ek), None, "no linked line");
        ek.effekter.push(effektrad_fran_flode(&f, &ek, "tk", "e-1", "SN"));
        f.effektrad_id = Some("e-1".into());
        assert_eq!(flode_avviker(&f, &ek), None);
        // 1 500 cases take 10 minutes instead of 12: 50 hours fewer.
        f.nulage[0].minuter_per_arende = d("10");
        assert_eq!(flode_avviker(&f, &ek), Some((d("545"), d("495"))));
        assert!(uppdatera_effektrad(&f, &mut ek));
        assert_eq!(flode_avviker(&f, &ek), None);
        assert_eq!(ek.effekter[0].fordelning, Fordelning::Aterkommande { fran: 0, till: 2, varde: d("495") });
    }

    #[test]
    fn a_line_made_per_year_in_step_8_is_read_and_set_every_year() {
        let mut f = flode();
        let mut ek = ekonomi(3);
        let mut rad = effektrad_fran_flode(&f, &ek, "tk", "e-1", "SN");
        rad.fordelning = rad.fordelning.som(Fordelningstyp::PerAr, 3);
        ek.effekter.push(rad);
        f.effektrad_id = Some("e-1".into());
        assert_eq!(flode_avviker(&f, &ek), None);
        f.borlage.clear();
        assert_eq!(flode_avviker(&f, &ek), Some((d("545"), d("550"))));
        uppdatera_effektrad(&f, &mut ek);
        assert_eq!(ek.effekter[0].fordelning, Fordelning::PerAr { varden: vec![d("550"); 3] });
    }

    #[test]
    fn a_line_removed_in_step_8_is_no_longer_linked() {
        let mut f = flode();
        f.effektrad_id = Some("borta".into());
        let mut ek = ekonomi(3);
        assert!(kopplad_effektrad(&f, &ek).is_none());
        assert_eq!(flode_avviker(&f, &ek), None);
        assert!(!uppdatera_effektrad(&f, &mut ek));
    }
}
