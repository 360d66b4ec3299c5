//! Numbers as a Swedish user reads and types them: "1 234 567,50" (space or
//! non-breaking space between thousands, comma before the decimals), and
//! "1234.50" as pasted from other tools. Pure, so it is tested natively;
//! the UI only calls it.

use super::belopp::Belopp;
use rust_decimal::Decimal;

/// Non-breaking space: figures are shown with it so a number never wraps.
pub const HARD_MELLANSLAG: char = '\u{a0}';
/// The typographic minus a figure is shown with (a screen reader says
/// "minus", not "bindestreck").
pub const MINUS: char = '\u{2212}';

/// Why a text is not a number, in Swedish, to show at the field.
pub const OGILTIGT_TAL: &str = "Skriv ett tal med siffror, till exempel 1 234,50 (komma före decimalerna).";
pub const FOR_STORT_TAL: &str = "Talet är för stort.";

/// Reads a number typed or pasted by a user. Empty text is `Ok(None)`:
/// the caller decides what an empty cell means. Anything else that is not a
/// plain number is an error, never a silent zero.
pub fn tolka(text: &str) -> Result<Option<Decimal>, &'static str> {
    let rensad: String =
        text.trim().chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')).collect();
    if rensad.is_empty() {
        return Ok(None);
    }
    let (negativ, siffror) = match rensad.chars().next() {
        Some('-') | Some(MINUS) => (true, &rensad[rensad.chars().next().map_or(0, char::len_utf8)..]),
        Some('+') => (false, &rensad[1..]),
        _ => (false, rensad.as_str()),
    };
    // One decimal separator at most: a comma, or a point when there is no
    // comma. "1.234,50" is refused rather than guessed at.
    if siffror.contains(',') && siffror.contains('.') {
        return Err(OGILTIGT_TAL);
    }
    let normal = siffror.replace(',', ".");
    let (hel, dec) = normal.split_once('.').unwrap_or((normal.as_str(), ""));
    let bara_siffror = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if hel.is_empty() && dec.is_empty()
        || !bara_siffror(hel)
        || !bara_siffror(dec)
        || normal.matches('.').count() > 1
        || (hel.is_empty() && !normal.starts_with('.'))
    {
        return Err(OGILTIGT_TAL);
    }
    let hel = if hel.is_empty() { "0" } else { hel };
    let text = if dec.is_empty() { hel.to_string() } else { format!("{hel}.{dec}") };
    let varde: Decimal = text.parse().map_err(|_| FOR_STORT_TAL)?;
    Ok(Some(if negativ { -varde } else { varde }))
}

/// Groups whole-number digits in threes with a non-breaking space.
fn gruppera(heltal: &str) -> String {
    let mut ut = String::with_capacity(heltal.len() + heltal.len() / 3);
    for (i, c) in heltal.chars().enumerate() {
        if i > 0 && (heltal.len() - i).is_multiple_of(3) {
            ut.push(HARD_MELLANSLAG);
        }
        ut.push(c);
    }
    ut
}

/// A number in Swedish form with the decimals it carries (trailing zeros
/// dropped): 1234.5 → "1 234,5", −3 → "−3".
pub fn formatera(varde: Decimal) -> String {
    formatera_text(&varde.normalize().to_string())
}

/// An amount with exactly two decimals: "1 234 567,50".
pub fn formatera_belopp(belopp: Belopp) -> String {
    formatera_text(&belopp.to_file_string())
}

/// An amount with its unit, to the öre as the model computes it:
/// "1 234 567,50 kr".
pub fn formatera_kronor(belopp: Belopp) -> String {
    format!("{}{HARD_MELLANSLAG}kr", formatera_belopp(belopp))
}

fn formatera_text(text: &str) -> String {
    let (negativ, text) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (hel, dec) = text.split_once('.').unwrap_or((text, ""));
    let mut ut = String::new();
    if negativ {
        ut.push(MINUS);
    }
    ut.push_str(&gruppera(hel));
    if !dec.is_empty() {
        ut.push(',');
        ut.push_str(dec);
    }
    ut
}

/// Decimals every ratio (NNK, NNK för effekterna) is shown with: the model
/// rounds ratios to this many (`vardering::KVOT_DECIMALER`), and showing all
/// of them, trailing zeros too, gives one form everywhere ("0,3630").
pub const KVOT_DECIMALER: u32 = 4;

/// A ratio in the one form the app shows ratios in: "0,3630", "−0,0074",
/// "−1,0000".
pub fn formatera_kvot(kvot: Decimal) -> String {
    let mut v = kvot.round_dp_with_strategy(KVOT_DECIMALER, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    if v.is_zero() {
        v = Decimal::ZERO;
    }
    v.rescale(KVOT_DECIMALER);
    formatera_text(&v.to_string())
}

/// A score (a criterion's points, the total of 100) with at most one
/// decimal: 65,625 → "65,6", 35 → "35". Cut, not rounded up, so a score
/// below a priority threshold (60) is never shown as reaching it.
pub fn formatera_poang(poang: Decimal) -> String {
    formatera(poang.round_dp_with_strategy(1, rust_decimal::RoundingStrategy::ToZero))
}

/// A number as the file writes it ("9999999.00", "-0.0074") in Swedish
/// form with the decimals it has ("9 999 999,00", "−0,0074"), for showing a
/// file's figures beside the app's; any other text ("saknas") unchanged. A
/// whole number of four digits or fewer is likely a year and stays as is.
pub fn formatera_filtal(text: &str) -> String {
    let siffror = text.strip_prefix('-').unwrap_or(text);
    let (hel, dec) = siffror.split_once('.').unwrap_or((siffror, ""));
    let tal = !hel.is_empty()
        && hel.bytes().all(|b| b.is_ascii_digit())
        && dec.bytes().all(|b| b.is_ascii_digit())
        && siffror.contains('.') != dec.is_empty();
    if !tal || (dec.is_empty() && hel.len() <= 4) {
        return text.to_string();
    }
    formatera_text(text)
}

/// A value as an input cell shows it: empty for zero, so an untouched grid
/// reads as blank rather than a wall of zeros.
pub fn formatera_cell(varde: Decimal) -> String {
    if varde.is_zero() {
        String::new()
    } else {
        formatera(varde)
    }
}

/// The values of one pasted spreadsheet row: the first line, split at tabs.
/// `None` for text without a tab or line break (an ordinary paste).
pub fn klistrad_rad(text: &str) -> Option<Vec<String>> {
    if !text.contains('\t') && !text.trim_end().contains('\n') {
        return None;
    }
    let rad = text.lines().next().unwrap_or("");
    Some(rad.split('\t').map(|s| s.trim().to_string()).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn reads_swedish_and_point_forms() {
        assert_eq!(tolka("1 234 567,50"), Ok(Some(d("1234567.50"))));
        assert_eq!(tolka("1\u{a0}234\u{a0}567,50"), Ok(Some(d("1234567.50"))));
        assert_eq!(tolka("1\u{202f}000"), Ok(Some(d("1000"))));
        assert_eq!(tolka("1234.50"), Ok(Some(d("1234.50"))));
        assert_eq!(tolka(" -12,5 "), Ok(Some(d("-12.5"))));
        assert_eq!(tolka("−12,5"), Ok(Some(d("-12.5"))));
        assert_eq!(tolka("+7"), Ok(Some(d("7"))));
        assert_eq!(tolka(",5"), Ok(Some(d("0.5"))));
        assert_eq!(tolka("0"), Ok(Some(d("0"))));
        assert_eq!(tolka(""), Ok(None));
        assert_eq!(tolka("   "), Ok(None));
    }

    #[test]
    fn refuses_what_is_not_a_number() {
        for fel in ["abc", "12a", "1,2,3", "1.234,50", "1..2", "-", ",", "12 kr", "1e5", "--1", "1-"] {
            assert_eq!(tolka(fel), Err(OGILTIGT_TAL), "{fel}");
        }
        assert_eq!(tolka("99999999999999999999999999999999"), Err(FOR_STORT_TAL));
    }

    #[test]
    fn formats_with_grouping_and_comma() {
        assert_eq!(formatera(d("1234567.50")), "1\u{a0}234\u{a0}567,5");
        assert_eq!(formatera(d("-1000")), "−1\u{a0}000");
        assert_eq!(formatera(d("100")), "100");
        assert_eq!(formatera(d("12.345")), "12,345");
        assert_eq!(formatera_belopp(Belopp::from_decimal(d("1234567.5"))), "1\u{a0}234\u{a0}567,50");
        assert_eq!(formatera_belopp(Belopp::from_decimal(d("-0.5"))), "−0,50");
        assert_eq!(formatera_kronor(Belopp::kronor(379)), "379,00\u{a0}kr");
        assert_eq!(formatera_cell(Decimal::ZERO), "");
    }

    #[test]
    fn ratios_have_four_decimals_and_scores_at_most_one() {
        assert_eq!(formatera_kvot(d("0.363")), "0,3630");
        assert_eq!(formatera_kvot(d("-0.0074")), "−0,0074");
        assert_eq!(formatera_kvot(d("0.8929")), "0,8929");
        assert_eq!(formatera_kvot(d("-1")), "−1,0000");
        assert_eq!(formatera_kvot(d("12345.67891")), "12\u{a0}345,6789");
        assert_eq!(formatera_kvot(d("-0.00001")), "0,0000");
        assert_eq!(formatera_poang(d("65.625")), "65,6");
        assert_eq!(formatera_poang(d("59.96")), "59,9");
        assert_eq!(formatera_poang(d("35")), "35");
        assert_eq!(formatera_poang(d("7.5")), "7,5");
        assert_eq!(formatera_poang(d("100.00")), "100");
    }

    #[test]
    fn a_files_numbers_in_swedish_form() {
        assert_eq!(formatera_filtal("9999999.00"), "9\u{a0}999\u{a0}999,00");
        assert_eq!(formatera_filtal("778075.14"), "778\u{a0}075,14");
        assert_eq!(formatera_filtal("-0.0074"), "−0,0074");
        assert_eq!(formatera_filtal("123456"), "123\u{a0}456");
        assert_eq!(formatera_filtal("2027"), "2027");
        assert_eq!(formatera_filtal("saknas"), "saknas");
        assert_eq!(formatera_filtal("1.2.3"), "1.2.3");
        assert_eq!(formatera_filtal("12."), "12.");
        assert_eq!(formatera_filtal("\"text\""), "\"text\"");
    }

    #[test]
    fn formatted_numbers_read_back() {
        for s in ["0.01", "-987654321.12", "100", "1000000"] {
            assert_eq!(tolka(&formatera(d(s))), Ok(Some(d(s))), "{s}");
        }
    }

    #[test]
    fn a_pasted_row_splits_at_tabs() {
        assert_eq!(klistrad_rad("100\t200\t300"), Some(vec!["100".into(), "200".into(), "300".into()]));
        assert_eq!(klistrad_rad("1 000,5\t2\r\n3\t4\n"), Some(vec!["1 000,5".into(), "2".into()]));
        assert_eq!(klistrad_rad("1 234"), None);
    }
}
