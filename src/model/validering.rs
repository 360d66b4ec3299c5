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
pub fn giltigt_iso_datum(text: &str) -> bool {
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

#[cfg(test)]
mod tests {
    use super::giltigt_iso_datum;

    #[test]
    fn iso_datum() {
        assert!(giltigt_iso_datum("2026-03-15"));
        assert!(giltigt_iso_datum("2024-02-29"));
        assert!(!giltigt_iso_datum("2025-02-29"));
        assert!(!giltigt_iso_datum("2026-13-01"));
        assert!(!giltigt_iso_datum("2026-3-15"));
        assert!(!giltigt_iso_datum("15/3 2026"));
        assert!(!giltigt_iso_datum(""));
    }
}
