//! What keeps a step from being complete, said at the field it concerns.

/// One missing or invalid entry: which field, and a Swedish message for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Brist<F> {
    pub falt: F,
    pub meddelande: &'static str,
}

impl<F> Brist<F> {
    pub fn new(falt: F, meddelande: &'static str) -> Self {
        Brist { falt, meddelande }
    }
}

/// `YYYY-MM-DD` with a month 1–12 and a day that exists in that month.
pub fn is_iso_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [y, m, d] = parts.as_slice() else { return false };
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return false;
    }
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<u32>(), m.parse::<u32>(), d.parse::<u32>()) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

/// A number as a Swedish user types it: decimal comma or point, spaces
/// (also non-breaking) grouping thousands, a leading minus or "−".
pub fn las_tal(text: &str) -> Option<rust_decimal::Decimal> {
    let rent: String = text
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            ',' => '.',
            '\u{2212}' => '-',
            c => c,
        })
        .collect();
    if rent.is_empty() || rent.matches('.').count() > 1 {
        return None;
    }
    rent.parse().ok()
}

/// A number written the Swedish way: decimal comma, no trailing zeros.
pub fn visa_tal(tal: rust_decimal::Decimal) -> String {
    tal.normalize().to_string().replace('.', ",")
}

#[cfg(test)]
mod tests {
    use super::{is_iso_date, las_tal, visa_tal};
    use rust_decimal::Decimal;

    #[test]
    fn swedish_numbers_read_and_write() {
        assert_eq!(las_tal("7,5"), Some(Decimal::new(75, 1)));
        assert_eq!(las_tal(" 12 000 "), Some(Decimal::from(12000)));
        assert_eq!(las_tal("−3"), Some(Decimal::from(-3)));
        assert_eq!(las_tal("1,2,3"), None);
        assert_eq!(las_tal("tolv"), None);
        assert_eq!(las_tal(""), None);
        assert_eq!(visa_tal(Decimal::new(7500, 3)), "7,5");
        assert_eq!(visa_tal(Decimal::from(300)), "300");
    }

    #[test]
    fn iso_dates() {
        assert!(is_iso_date("2026-03-15"));
        assert!(is_iso_date("2024-02-29"));
        assert!(!is_iso_date("2025-02-29"));
        assert!(!is_iso_date("2026-13-01"));
        assert!(!is_iso_date("2026-3-15"));
        assert!(!is_iso_date("15/3 2026"));
        assert!(!is_iso_date(""));
    }
}
