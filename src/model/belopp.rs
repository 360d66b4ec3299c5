//! Money (`Belopp`) and the rounding rule of the valuation model.
//!
//! Every amount is SEK held as a `Decimal`. In JSON an amount is a string with
//! exactly two decimals ("12500.00"), so a file reads the same in any tool.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Neg, Sub};

/// An amount in SEK, always held rounded to öre.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Belopp(Decimal);

/// The model's one rounding rule: to öre, half away from zero.
pub fn avrunda_till_ore(value: Decimal) -> Decimal {
    value.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

impl Belopp {
    pub const ZERO: Belopp = Belopp(Decimal::ZERO);

    /// Rounds `value` to öre (half away from zero) once, here.
    pub fn from_decimal(value: Decimal) -> Self {
        let mut rounded = avrunda_till_ore(value);
        rounded.rescale(2);
        Belopp(rounded)
    }

    pub fn kronor(whole: i64) -> Self {
        Self::from_decimal(Decimal::from(whole))
    }

    pub fn value(self) -> Decimal {
        self.0
    }

    pub fn is_zero(self) -> bool {
        self.0.is_zero()
    }

    /// The file format: exactly two decimals, a point, no grouping.
    pub fn to_file_string(self) -> String {
        format!("{:.2}", self.0)
    }

    /// The file format as a regular expression (the JSON Schema's pattern).
    pub const MONSTER: &'static str = r"^-?[0-9]+\.[0-9]{2}$";

    /// Parses the file format strictly: an optional minus, digits, a point and
    /// exactly two decimals.
    pub fn parse_file_string(text: &str) -> Result<Self, String> {
        let digits = text.strip_prefix('-').unwrap_or(text);
        let valid = match digits.split_once('.') {
            Some((whole, ore)) => {
                !whole.is_empty()
                    && whole.bytes().all(|b| b.is_ascii_digit())
                    && ore.len() == 2
                    && ore.bytes().all(|b| b.is_ascii_digit())
            }
            None => false,
        };
        if !valid {
            return Err(format!("\"{text}\" är inget belopp med exakt två decimaler (t.ex. \"12500.00\")"));
        }
        text.parse::<Decimal>().map(Self::from_decimal).map_err(|_| format!("beloppet \"{text}\" är för stort"))
    }
}

impl fmt::Display for Belopp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_file_string())
    }
}

impl Add for Belopp {
    type Output = Belopp;
    fn add(self, rhs: Belopp) -> Belopp {
        Belopp(self.0 + rhs.0)
    }
}

impl AddAssign for Belopp {
    fn add_assign(&mut self, rhs: Belopp) {
        self.0 += rhs.0;
    }
}

impl Sub for Belopp {
    type Output = Belopp;
    fn sub(self, rhs: Belopp) -> Belopp {
        Belopp(self.0 - rhs.0)
    }
}

impl Neg for Belopp {
    type Output = Belopp;
    fn neg(self) -> Belopp {
        Belopp(-self.0)
    }
}

impl Sum for Belopp {
    fn sum<I: Iterator<Item = Belopp>>(iter: I) -> Belopp {
        iter.fold(Belopp::ZERO, Add::add)
    }
}

impl<'a> Sum<&'a Belopp> for Belopp {
    fn sum<I: Iterator<Item = &'a Belopp>>(iter: I) -> Belopp {
        iter.copied().sum()
    }
}

impl Serialize for Belopp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_file_string())
    }
}

impl<'de> Deserialize<'de> for Belopp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Belopp::parse_file_string(&text).map_err(de::Error::custom)
    }
}

/// The JSON Schema says what `parse_file_string` accepts (the `schema` feature only:
/// the schema is written by a test, never by the app).
#[cfg(feature = "schema")]
impl schemars::JsonSchema for Belopp {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Belopp".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "Ett belopp i kronor som text med exakt två decimaler och punkt, utan tusentalsavgränsare.",
            "type": "string",
            "pattern": Belopp::MONSTER,
            "examples": ["12500.00", "-17.05"]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn rounds_half_away_from_zero_to_ore() {
        assert_eq!(Belopp::from_decimal(d("0.005")).to_file_string(), "0.01");
        assert_eq!(Belopp::from_decimal(d("-0.005")).to_file_string(), "-0.01");
        assert_eq!(Belopp::from_decimal(d("2.344")).to_file_string(), "2.34");
        assert_eq!(Belopp::from_decimal(d("0.3")).to_file_string(), "0.30");
        assert_eq!(Belopp::kronor(12500).to_file_string(), "12500.00");
    }

    #[test]
    fn serializes_as_two_decimal_string() {
        let json = serde_json::to_string(&Belopp::from_decimal(d("1234.5"))).unwrap();
        assert_eq!(json, "\"1234.50\"");
        let back: Belopp = serde_json::from_str("\"-17.05\"").unwrap();
        assert_eq!(back.value(), d("-17.05"));
    }

    #[test]
    fn rejects_amounts_without_exactly_two_decimals() {
        for bad in ["\"12\"", "\"12.5\"", "\"12.500\"", "\"1,50\"", "\"abc\"", "12.50", "\".50\""] {
            assert!(serde_json::from_str::<Belopp>(bad).is_err(), "{bad} accepted");
        }
    }
}
