//! The geometry of the bar charts (steps 8 and 12, the risk picture):
//! where a value lies on a chart's axis, the bar from the zero line to it,
//! and the columns of the years. Pure, so it is tested natively. Amounts
//! stay `Belopp` everywhere else; here they become floats only to be
//! placed in SVG coordinates (the `_px` and `_f64` names say which is
//! which), never to be added or shown.

use crate::model::Belopp;
use rust_decimal::prelude::ToPrimitive;

/// An amount as a float, for placing it on a chart (svg coordinates) only.
pub fn som_f64(b: Belopp) -> f64 {
    b.value().to_f64().unwrap_or(0.0)
}

/// The smallest and largest of `varden_f64` and zero: a chart's bars start
/// at its zero line, so zero is always on the axis.
pub fn omfang(varden_f64: impl IntoIterator<Item = f64>) -> (f64, f64) {
    varden_f64.into_iter().fold((0.0_f64, 0.0_f64), |(min_f64, max_f64), v| (min_f64.min(v), max_f64.max(v)))
}

/// A bar from a chart's zero line: where it starts (the smaller
/// coordinate), its length, and whether its amount is negative (drawn
/// hatched, so it is told apart without colour).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stapelmatt {
    pub fran_px: f64,
    pub langd_px: f64,
    pub negativ: bool,
}

/// A linear axis: the value `ankare_f64` lies at `ankare_px`, and each unit
/// moves `px_per_enhet` pixels (negative on a vertical axis, where larger
/// values are drawn higher up, at smaller y).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Skala {
    ankare_f64: f64,
    ankare_px: f64,
    px_per_enhet: f64,
}

impl Skala {
    /// A vertical axis: `max_f64` at `topp_px`, and `spann_f64` of values
    /// over `hojd_px` pixels downwards. A span under 1 counts as 1.
    pub fn lodrat(max_f64: f64, spann_f64: f64, topp_px: f64, hojd_px: f64) -> Skala {
        Skala { ankare_f64: max_f64, ankare_px: topp_px, px_per_enhet: -hojd_px / spann_f64.max(1.0) }
    }

    /// A horizontal axis: `min_f64` at `fran_px`, and `spann_f64` of values
    /// over `bredd_px` pixels to the right. A span under 1 counts as 1.
    pub fn vagrat(min_f64: f64, spann_f64: f64, fran_px: f64, bredd_px: f64) -> Skala {
        Skala { ankare_f64: min_f64, ankare_px: fran_px, px_per_enhet: bredd_px / spann_f64.max(1.0) }
    }

    /// The vertical axis of a chart of amounts: from the largest of
    /// `belopp` and zero at `topp_px` down to the smallest and zero at
    /// `topp_px + hojd_px`.
    pub fn lodrat_over(belopp: impl IntoIterator<Item = Belopp>, topp_px: f64, hojd_px: f64) -> Skala {
        let (min_f64, max_f64) = omfang(belopp.into_iter().map(som_f64));
        Skala::lodrat(max_f64, max_f64 - min_f64, topp_px, hojd_px)
    }

    /// The horizontal axis of a chart of amounts: from the smallest of
    /// `belopp` and zero at `fran_px` to the largest and zero at
    /// `fran_px + bredd_px`.
    pub fn vagrat_over(belopp: impl IntoIterator<Item = Belopp>, fran_px: f64, bredd_px: f64) -> Skala {
        let (min_f64, max_f64) = omfang(belopp.into_iter().map(som_f64));
        Skala::vagrat(min_f64, max_f64 - min_f64, fran_px, bredd_px)
    }

    /// The bar of `belopp` from the zero line.
    pub fn stapel(&self, belopp: Belopp) -> Stapelmatt {
        let (fran_px, langd_px) = self.stapel_px(som_f64(belopp));
        Stapelmatt { fran_px, langd_px, negativ: belopp < Belopp::ZERO }
    }

    /// Where `varde_f64` lies on the axis (svg coordinate).
    pub fn px(&self, varde_f64: f64) -> f64 {
        self.ankare_px + (varde_f64 - self.ankare_f64) * self.px_per_enhet
    }

    /// Where the zero line lies.
    pub fn noll_px(&self) -> f64 {
        self.px(0.0)
    }

    /// The bar from the zero line to `varde_f64`: its start (the smaller
    /// coordinate) and its length, at least 1 px so a zero is still seen.
    pub fn stapel_px(&self, varde_f64: f64) -> (f64, f64) {
        let (noll_px, slut_px) = (self.noll_px(), self.px(varde_f64));
        (slut_px.min(noll_px), (slut_px - noll_px).abs().max(1.0))
    }
}

/// Equal columns side by side (one per year) between `fran_px` and
/// `till_px`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Kolumner {
    fran_px: f64,
    /// One column's width.
    pub steg_px: f64,
}

impl Kolumner {
    /// `antal` columns (at least one's room) from `fran_px` to `till_px`.
    pub fn nya(antal: usize, fran_px: f64, till_px: f64) -> Kolumner {
        Kolumner { fran_px, steg_px: (till_px - fran_px) / antal.max(1) as f64 }
    }

    /// The middle of column `i`.
    pub fn mitt_px(&self, i: usize) -> f64 {
        self.fran_px + self.steg_px * (i as f64 + 0.5)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;

    #[test]
    fn range_always_holds_zero() {
        assert_eq!(omfang([3.0, 5.0]), (0.0, 5.0));
        assert_eq!(omfang([-2.0, -7.5]), (-7.5, 0.0));
        assert_eq!(omfang([-2.0, 4.0]), (-2.0, 4.0));
        assert_eq!(omfang([]), (0.0, 0.0));
    }

    #[test]
    fn vertical_axis_puts_larger_values_higher() {
        // Values 100 … −50 (span 150) over 300 px from y = 20: 2 px a unit.
        let s = Skala::lodrat(100.0, 150.0, 20.0, 300.0);
        assert_eq!(s.px(100.0), 20.0);
        assert_eq!(s.px(-50.0), 320.0);
        assert_eq!(s.noll_px(), 220.0);
        // A bar of 40 rises from the zero line: 80 px from y = 140.
        assert_eq!(s.stapel_px(40.0), (140.0, 80.0));
        // A bar of −25 hangs under it: 50 px from the zero line.
        assert_eq!(s.stapel_px(-25.0), (220.0, 50.0));
        // A zero is a 1 px line on the zero line.
        assert_eq!(s.stapel_px(0.0), (220.0, 1.0));
    }

    #[test]
    fn horizontal_axis_runs_from_the_smallest_value() {
        // −100 … 300 (span 400) over 384 px from x = 8: 0,96 px a unit.
        let s = Skala::vagrat(-100.0, 400.0, 8.0, 384.0);
        assert_eq!(s.px(-100.0), 8.0);
        assert_eq!(s.px(300.0), 392.0);
        assert_eq!(s.noll_px(), 104.0);
        assert_eq!(s.stapel_px(-100.0), (8.0, 96.0));
    }

    #[test]
    fn an_empty_span_counts_as_one() {
        // All values zero: no division by zero, the zero line at the top.
        let s = Skala::lodrat(0.0, 0.0, 10.0, 100.0);
        assert_eq!(s.noll_px(), 10.0);
        assert_eq!(s.px(-1.0), 110.0);
    }

    fn kr(ore: i64) -> Belopp {
        Belopp::from_decimal(Decimal::new(ore, 2))
    }

    #[test]
    fn a_vertical_axis_of_amounts_spans_them_and_zero() {
        // 300 kr and −100 kr (span 400) over 200 px from y = 10: 0,5 px a
        // krona; the zero line 150 px under the top, at y = 160.
        let s = Skala::lodrat_over([kr(30_000), kr(-10_000)], 10.0, 200.0);
        assert_eq!(s.noll_px(), 160.0);
        assert_eq!(s.px(300.0), 10.0);
        assert_eq!(s.px(-100.0), 210.0);
        // Only positive amounts: zero is the bottom. 50 and 200 kr over
        // 100 px from y = 0: the zero line at 100, 200 kr at the top.
        let s = Skala::lodrat_over([kr(5_000), kr(20_000)], 0.0, 100.0);
        assert_eq!((s.noll_px(), s.px(200.0), s.px(50.0)), (100.0, 0.0, 75.0));
    }

    #[test]
    fn a_horizontal_axis_of_amounts_starts_at_the_smallest() {
        // −50 and 150 kr (span 200) over 400 px from x = 8: 2 px a krona,
        // the zero line at 8 + 100 = 108.
        let s = Skala::vagrat_over([kr(-5_000), kr(15_000)], 8.0, 400.0);
        assert_eq!(s.noll_px(), 108.0);
        assert_eq!(s.px(150.0), 408.0);
        // Only negative amounts: zero is the right end.
        let s = Skala::vagrat_over([kr(-2_000)], 0.0, 100.0);
        assert_eq!((s.px(-20.0), s.noll_px()), (0.0, 100.0));
    }

    #[test]
    fn a_bar_of_an_amount_knows_its_sign() {
        // 0,5 px a krona, zero line at y = 160 (as above).
        let s = Skala::lodrat_over([kr(30_000), kr(-10_000)], 10.0, 200.0);
        assert_eq!(s.stapel(kr(10_000)), Stapelmatt { fran_px: 110.0, langd_px: 50.0, negativ: false });
        assert_eq!(s.stapel(kr(-4_000)), Stapelmatt { fran_px: 160.0, langd_px: 20.0, negativ: true });
        // Zero, also a "negative zero" (−0,00), is not negative: a 1 px line.
        assert_eq!(s.stapel(kr(0)), Stapelmatt { fran_px: 160.0, langd_px: 1.0, negativ: false });
        let minus_noll = Belopp::from_decimal(-Decimal::new(0, 2));
        assert!(!s.stapel(minus_noll).negativ);
    }

    #[test]
    fn columns_split_the_width_evenly() {
        // Five years over 16 … 544 px: 105,6 px each, middles 68,8 + i × 105,6.
        let k = Kolumner::nya(5, 16.0, 544.0);
        assert!((k.steg_px - 105.6).abs() < 1e-9);
        assert!((k.mitt_px(0) - 68.8).abs() < 1e-9);
        assert!((k.mitt_px(4) - 491.2).abs() < 1e-9);
        // No columns still gives room for one.
        assert_eq!(Kolumner::nya(0, 0.0, 100.0).mitt_px(0), 50.0);
    }

    #[test]
    fn amounts_become_floats_only_for_placing() {
        assert_eq!(som_f64(Belopp::from_decimal(Decimal::new(-123_456, 2))), -1234.56);
    }
}
