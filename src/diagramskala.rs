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
