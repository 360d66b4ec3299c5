//! The valuation model of ../shared/spec/valuation.md, computed from the
//! case's inputs. Pure Rust, all money `Decimal`.
