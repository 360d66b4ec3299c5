//! Step 8, Kostnader och effekter: the inputs of the valuation model
//! (docs/modell.md: the period, timkostnader, cost and effect lines). The figures computed from
//! them live in `crate::vardering`.

use super::belopp::Belopp;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The largest value one line may have in one year, in kronor (10^12, more
/// than the state's whole budget). Larger values are reported and counted
/// as 0: the cap keeps every later sum, scenario and present value far
/// inside `Decimal`'s 96 bits even for a file of the largest size read, so
/// the engine never overflows.
pub const MAX_RADBELOPP: i64 = 1_000_000_000_000;

/// The fixed list of cost types. The names are editable in the UI only as
/// display text; the identifiers are the contract of the file format.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Kostnadstyp {
    #[default]
    Personal,
    KonsulterOchExternaTjanster,
    Licenser,
    DriftOchForvaltning,
    Investering,
    UtbildningOchForandringsledning,
    Lokaler,
    Ovrigt,
}

impl Kostnadstyp {
    pub const ALLA: [Kostnadstyp; 8] = [
        Kostnadstyp::Personal,
        Kostnadstyp::KonsulterOchExternaTjanster,
        Kostnadstyp::Licenser,
        Kostnadstyp::DriftOchForvaltning,
        Kostnadstyp::Investering,
        Kostnadstyp::UtbildningOchForandringsledning,
        Kostnadstyp::Lokaler,
        Kostnadstyp::Ovrigt,
    ];

    pub fn namn(self) -> &'static str {
        match self {
            Kostnadstyp::Personal => "Personal",
            Kostnadstyp::KonsulterOchExternaTjanster => "Konsulter och externa tjänster",
            Kostnadstyp::Licenser => "Licenser",
            Kostnadstyp::DriftOchForvaltning => "Drift och förvaltning",
            Kostnadstyp::Investering => "Investering",
            Kostnadstyp::UtbildningOchForandringsledning => "Utbildning och förändringsledning",
            Kostnadstyp::Lokaler => "Lokaler",
            Kostnadstyp::Ovrigt => "Övrigt",
        }
    }
}

/// Kalkylperiod: t = 0 … T-1, t = 0 being `startar`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "web", derive(reactive_stores::Store))]
pub struct Kalkylperiod {
    /// Calendar year of t = 0.
    pub startar: i32,
    /// T, 1 to 15.
    pub ar: u32,
}

impl Default for Kalkylperiod {
    fn default() -> Self {
        Kalkylperiod { startar: 2027, ar: 5 }
    }
}

impl Kalkylperiod {
    pub const MAX_AR: u32 = 15;
    /// The calendar years the first year may be, in the field and in a file.
    pub const FORSTA_AR: std::ops::RangeInclusive<i64> = 1900..=2200;
    pub const ARTAL_FEL: &'static str = "Första året ska vara ett årtal mellan 1900 och 2200, till exempel 2027.";
    pub const LANGD_FEL: &'static str = "Kalkylperioden är ett helt antal år, 1–15.";

    /// The rule for the first year, in the field and in a file:
    /// `ARTAL_FEL` when broken.
    pub fn startar_fel(v: Decimal) -> Option<&'static str> {
        let giltig = v.fract().is_zero()
            && v >= Decimal::from(*Self::FORSTA_AR.start())
            && v <= Decimal::from(*Self::FORSTA_AR.end());
        (!giltig).then_some(Self::ARTAL_FEL)
    }

    /// The rule for the number of years, in the field, in a file and in the
    /// engine (which counts with the nearest bound): `LANGD_FEL` when broken.
    pub fn langd_fel(v: Decimal) -> Option<&'static str> {
        let giltig = v.fract().is_zero() && v >= Decimal::ONE && v <= Decimal::from(Self::MAX_AR);
        (!giltig).then_some(Self::LANGD_FEL)
    }
}

/// How an hourly cost is set.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "satt", rename_all = "snake_case")]
pub enum Timsats {
    /// Given directly, SEK per hour.
    Direkt { timkostnad: Belopp },
    /// `månadslön × (1 + påslag/100) / produktiva timmar per månad`,
    /// rounded to öre.
    Harledd {
        manadslon: Belopp,
        /// Percent; default 54.
        paslag_procent: Decimal,
        /// Default 142.
        produktiva_timmar: Decimal,
    },
}

/// A named hourly cost (timkostnad) that lines refer to by `id`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "web", derive(reactive_stores::Store))]
pub struct Timkostnad {
    pub id: String,
    pub namn: String,
    pub sats: Timsats,
}

/// What a line's numbers are: kronor, or hours priced at a named timkostnad.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "enhet", rename_all = "snake_case")]
pub enum Enhet {
    #[default]
    Kronor,
    Timmar {
        timkostnad_id: String,
    },
}

/// Which years a line has a value in. Values are in the line's `Enhet`
/// (kronor or hours) as entered; a line's value for one year is rounded to
/// öre where the valuation computes it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "typ", rename_all = "snake_case")]
pub enum Fordelning {
    /// One value per year t = 0 … T-1 (missing years count as 0).
    PerAr { varden: Vec<Decimal> },
    /// Year t only.
    Engangs { ar: u32, varde: Decimal },
    /// The same value every year from `fran` to `till`, both included.
    Aterkommande { fran: u32, till: u32, varde: Decimal },
}

impl Default for Fordelning {
    fn default() -> Self {
        Fordelning::PerAr { varden: Vec::new() }
    }
}

impl Fordelning {
    /// The entered quantity for year t (0 where the line has none).
    pub fn varde(&self, t: u32) -> Decimal {
        match self {
            Fordelning::PerAr { varden } => varden.get(t as usize).copied().unwrap_or_default(),
            Fordelning::Engangs { ar, varde } if *ar == t => *varde,
            Fordelning::Aterkommande { fran, till, varde } if (*fran..=*till).contains(&t) => *varde,
            _ => Decimal::ZERO,
        }
    }
}

/// The three kinds of `Fordelning`, for choosing one in a form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fordelningstyp {
    PerAr,
    Engangs,
    Aterkommande,
}

impl Fordelning {
    pub fn typ(&self) -> Fordelningstyp {
        match self {
            Fordelning::PerAr { .. } => Fordelningstyp::PerAr,
            Fordelning::Engangs { .. } => Fordelningstyp::Engangs,
            Fordelning::Aterkommande { .. } => Fordelningstyp::Aterkommande,
        }
    }

    /// The line as another kind over `ar` years, keeping what the new kind
    /// can hold: every year's value for per-year; the first year with a
    /// value (and its value) for one-time or recurring, recurring to the end.
    pub fn som(&self, typ: Fordelningstyp, ar: u32) -> Fordelning {
        let forsta = (0..ar).find(|t| !self.varde(*t).is_zero()).unwrap_or(0);
        match typ {
            Fordelningstyp::PerAr => Fordelning::PerAr { varden: (0..ar).map(|t| self.varde(t)).collect() },
            Fordelningstyp::Engangs => Fordelning::Engangs { ar: forsta, varde: self.varde(forsta) },
            Fordelningstyp::Aterkommande => Fordelning::Aterkommande {
                fran: forsta,
                till: ar.saturating_sub(1).max(forsta),
                varde: self.varde(forsta),
            },
        }
    }

    /// Sets the value of year t of a per-year line (years before it get 0),
    /// or the one value of a one-time or recurring line.
    pub fn ange(&mut self, t: u32, nytt: Decimal) {
        match self {
            Fordelning::PerAr { varden } => {
                let t = t as usize;
                if varden.len() <= t {
                    varden.resize(t + 1, Decimal::ZERO);
                }
                varden[t] = nytt;
            }
            Fordelning::Engangs { varde, .. } | Fordelning::Aterkommande { varde, .. } => *varde = nytt,
        }
    }
}

/// A cost line (kostnadsrad).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "web", derive(reactive_stores::Store))]
#[serde(default)]
pub struct Kostnadsrad {
    pub id: String,
    pub namnd: String,
    pub kostnadstyp: Kostnadstyp,
    pub beskrivning: String,
    pub enhet: Enhet,
    pub fordelning: Fordelning,
}

/// Ramjustering (taken home as money) or frigjort ramutrymme (capacity).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Effektkategori {
    Ramjustering,
    #[default]
    FrigjortRamutrymme,
}

/// An economic effect line (ekonomisk effekt). A negative value is an
/// economic drawback for that nämnd.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "web", derive(reactive_stores::Store))]
#[serde(default)]
pub struct Effektrad {
    pub id: String,
    pub namnd: String,
    /// The cost type the effect affects.
    pub kostnadstyp: Kostnadstyp,
    pub beskrivning: String,
    pub kategori: Effektkategori,
    pub enhet: Enhet,
    pub fordelning: Fordelning,
    /// Realisation share p(t) in percent per year t (0–100). A year without
    /// an entry counts as 100.
    pub realisering_procent: Vec<Decimal>,
    /// The logic-model outcome this effect realises, if tied to one.
    pub utfall_id: Option<String>,
    /// Set when the line was made from the workflow step, so a later change
    /// of the workflow can offer to update it.
    pub fran_arbetsflode: bool,
}

impl Effektrad {
    /// p(t) in percent: the entry for year t, or 100.
    pub fn realisering(&self, t: u32) -> Decimal {
        self.realisering_procent.get(t as usize).copied().unwrap_or(Decimal::ONE_HUNDRED)
    }

    /// Sets p(t); years before t without an entry get the default 100.
    pub fn ange_realisering(&mut self, t: u32, procent: Decimal) {
        let t = t as usize;
        if self.realisering_procent.len() <= t {
            self.realisering_procent.resize(t + 1, Decimal::ONE_HUNDRED);
        }
        self.realisering_procent[t] = procent;
    }
}

/// Everything step 8 holds.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "web", derive(reactive_stores::Store))]
#[serde(default)]
pub struct Ekonomi {
    pub kalkylperiod: Kalkylperiod,
    // Keyed by id so the grid's rows keep their own fields (and their
    // half-typed cells) when a row above them is removed.
    #[cfg_attr(feature = "web", store(key: String = |r| r.id.clone()))]
    pub timkostnader: Vec<Timkostnad>,
    #[cfg_attr(feature = "web", store(key: String = |r| r.id.clone()))]
    pub kostnader: Vec<Kostnadsrad>,
    #[cfg_attr(feature = "web", store(key: String = |r| r.id.clone()))]
    pub effekter: Vec<Effektrad>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distribution_values_by_year() {
        let d = |n: i64| Decimal::from(n);
        let per_ar = Fordelning::PerAr { varden: vec![d(1), d(2)] };
        assert_eq!(per_ar.varde(1), d(2));
        assert_eq!(per_ar.varde(4), d(0));
        let engangs = Fordelning::Engangs { ar: 2, varde: d(9) };
        assert_eq!((engangs.varde(1), engangs.varde(2)), (d(0), d(9)));
        let ater = Fordelning::Aterkommande { fran: 1, till: 3, varde: d(5) };
        let years: Vec<_> = (0..5).map(|t| ater.varde(t)).collect();
        assert_eq!(years, vec![d(0), d(5), d(5), d(5), d(0)]);
    }

    #[test]
    fn distributions_convert_and_set() {
        let d = |n: i64| Decimal::from(n);
        let mut f = Fordelning::default();
        f.ange(2, d(7));
        assert_eq!(f, Fordelning::PerAr { varden: vec![d(0), d(0), d(7)] });
        assert_eq!(f.som(Fordelningstyp::Engangs, 5), Fordelning::Engangs { ar: 2, varde: d(7) });
        let ater = f.som(Fordelningstyp::Aterkommande, 5);
        assert_eq!(ater, Fordelning::Aterkommande { fran: 2, till: 4, varde: d(7) });
        assert_eq!(
            ater.som(Fordelningstyp::PerAr, 5),
            Fordelning::PerAr { varden: vec![d(0), d(0), d(7), d(7), d(7)] }
        );
        let mut rad = Effektrad::default();
        rad.ange_realisering(2, d(50));
        assert_eq!(rad.realisering_procent, vec![d(100), d(100), d(50)]);
    }

    #[test]
    fn realisation_defaults_to_full() {
        let rad = Effektrad { realisering_procent: vec![Decimal::from(50)], ..Default::default() };
        assert_eq!(rad.realisering(0), Decimal::from(50));
        assert_eq!(rad.realisering(1), Decimal::ONE_HUNDRED);
    }
}
