//! The portfolio as CSV that Swedish Excel opens as it is (double-click, no
//! import wizard):
//! - UTF-8 with a byte-order mark, so å, ä and ö survive (without the mark
//!   Excel reads the file as Windows-1252);
//! - `;` between fields: Excel takes the list separator from the regional
//!   settings, and with Swedish settings that is `;` (the comma is the
//!   decimal sign). No "sep=;" line: Excel then ignores the byte-order mark;
//! - decimal comma and no thousands separator ("-16282,91"), which Swedish
//!   Excel reads as a number; a space or non-breaking space between
//!   thousands would make it text;
//! - CRLF line ends; a field with `;`, `"` or a line break in quotes, and
//!   `"` doubled (RFC 4180);
//! - formula injection: a text (title, förvaltning, file name …) that starts
//!   with `=`, `+`, `-`, `@`, a tab or a carriage return would be run as a
//!   formula. Such a text gets a leading apostrophe, as OWASP's "CSV
//!   Injection" advice says. Excel's formula language is localised in
//!   Swedish but these characters start a formula in every locale, so the
//!   same guard holds. Excel may show the apostrophe in the cell (it does
//!   not hide it when opening a CSV as it does when one is typed); the text
//!   is still readable and is never run. Figures the app writes itself
//!   (amounts, which may start with "-") are not texts and are left alone.

use super::namnder::{Namndsumma, Namndtotal};
use super::sortering::Kolumn;
use super::{decimal_med_komma, Fallrad};
use crate::model::Belopp;

/// The UTF-8 byte-order mark, first in every file.
pub const CSV_BOM: char = '\u{feff}';

/// A text field, guarded and quoted as needed.
pub(super) fn text(t: &str) -> String {
    let t = if t.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{t}") } else { t.to_string() };
    if t.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", t.replace('"', "\"\""))
    } else {
        t
    }
}

/// An amount: two decimals, decimal comma, no grouping.
pub(super) fn belopp(b: Belopp) -> String {
    b.to_file_string().replace('.', ",")
}

/// The rows as a file: the byte-order mark, `;` and CRLF.
pub(super) fn fil(rader: Vec<Vec<String>>) -> String {
    let mut ut = String::from(CSV_BOM);
    for rad in rader {
        ut.push_str(&rad.join(";"));
        ut.push_str("\r\n");
    }
    ut
}

/// The case table, rows in the order given (the order on screen), with the
/// file name and the case id last so a row can be traced to its file.
/// Empty cells: a rank only where the case is ranked, NNK only where the
/// case has costs, a payback year only where it pays back in the period.
pub fn tabell_csv(rader: &[Fallrad]) -> String {
    let mut ut = vec![Kolumn::ALLA.iter().map(|k| text(k.rubrik())).chain(["Fil".into(), "Id".into()]).collect()];
    for r in rader {
        ut.push(vec![
            r.rang.map(|r| r.to_string()).unwrap_or_default(),
            text(&r.titel),
            text(&r.forvaltning),
            text(&r.namnd),
            belopp(r.kostnad),
            belopp(r.kostnad_nuvarde),
            belopp(r.nnv),
            r.nnk.map(decimal_med_komma).unwrap_or_default(),
            r.aterbetalning_kalenderar.map(|a| a.to_string()).unwrap_or_default(),
            decimal_med_komma(r.poang),
            text(&r.prioritetstext()),
            text(&r.filnamn),
            r.id.to_string(),
        ]);
    }
    fil(ut)
}

/// The headers of the per-nämnd table, in the page and the CSV file.
pub const NAMNDRUBRIKER: [&str; 6] = [
    "Nämnd",
    "Kostnad K, nominell (kr)",
    "Ramjustering RAM, nominell (kr)",
    "Frigjort ramutrymme FRI, nominell (kr)",
    "NNV (kr)",
    "Antal förstudier",
];

/// The per-nämnd totals with the sum row last.
pub fn namnd_csv(summor: &[Namndsumma], total: &Namndtotal) -> String {
    let mut ut = vec![NAMNDRUBRIKER.iter().map(|r| text(r)).collect::<Vec<_>>()];
    for s in summor {
        ut.push(vec![
            text(&s.namnd),
            belopp(s.k),
            belopp(s.ram),
            belopp(s.fri),
            belopp(s.nnv),
            s.delar.len().to_string(),
        ]);
    }
    ut.push(vec![
        "Totalt".into(),
        belopp(total.k),
        belopp(total.ram),
        belopp(total.fri),
        belopp(total.nnv),
        String::new(),
    ]);
    fil(ut)
}

#[cfg(test)]
mod tests {
    use super::super::namnder::namndsummor;
    use super::super::sortering::{sortera, Riktning};
    use super::super::testfall::portfolj;
    use super::*;

    #[test]
    fn the_case_table_byte_for_byte() {
        let mut rader = portfolj().rader();
        sortera(&mut rader, Kolumn::Rang, Riktning::Stigande);
        let csv = tabell_csv(&rader);
        let vantat = "\u{feff}Rang;Förstudie;Förvaltning;Nämnd;Total kostnad, nominell (kr);Total kostnad, nuvärde (kr);NNV (kr);NNK;Återbetalningsår;Poäng (0–100);Summerad prioritering;Fil;Id\r\n\
            1;C Lagkrav;Miljöförvaltningen;Miljö- och byggnämnden;6000,00;6000,00;3292,74;0,5488;2030;59,375;Måste genomföras – prioritera hur;c.json;03030303-0303-4303-8303-030303030303\r\n\
            2;A Bokning;Kulturförvaltningen;Kulturnämnden;10000,00;10000,00;3897,52;0,3898;2030;60,625;Medel;a.json;01010101-0101-4101-8101-010101010101\r\n\
            3;B Arkiv;Socialförvaltningen;Socialnämnden;24000,00;23717,10;-16282,91;-0,6865;;35;Låg;b.json;02020202-0202-4202-8202-020202020202\r\n\
            ;D Ofärdig;Kulturförvaltningen;Kulturnämnden;1000,00;1000,00;-1000,00;-1;;7,5;Ej klar: 7 kriterier saknar nivå;d.json;04040404-0404-4404-8404-040404040404\r\n";
        assert_eq!(csv, vantat);
        assert!(csv.as_bytes().starts_with(&[0xEF, 0xBB, 0xBF, b'R']));
    }

    #[test]
    fn the_namnd_totals_byte_for_byte() {
        let (summor, total) = namndsummor(&portfolj());
        let vantat = "\u{feff}Nämnd;Kostnad K, nominell (kr);Ramjustering RAM, nominell (kr);Frigjort ramutrymme FRI, nominell (kr);NNV (kr);Antal förstudier\r\n\
            Kommunstyrelsen;3000,00;3000,00;0,00;-253,77;2\r\n\
            Kulturnämnden;9000,00;0,00;12000,00;2151,29;2\r\n\
            Miljö- och byggnämnden;5000,00;0,00;10000,00;4292,74;1\r\n\
            Socialnämnden;24000,00;8000,00;0,00;-16282,91;1\r\n\
            Totalt;41000,00;11000,00;22000,00;-10092,65;\r\n";
        assert_eq!(namnd_csv(&summor, &total), vantat);
    }

    #[test]
    fn texts_are_quoted_and_guarded_against_formulas() {
        assert_eq!(text("Vanlig text"), "Vanlig text");
        assert_eq!(text("a;b"), "\"a;b\"");
        assert_eq!(text("Säg \"hej\""), "\"Säg \"\"hej\"\"\"");
        assert_eq!(text("rad1\nrad2"), "\"rad1\nrad2\"");
        assert_eq!(text("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(text("+46"), "'+46");
        assert_eq!(text("-minus"), "'-minus");
        assert_eq!(text("@SUMMA(A1)"), "'@SUMMA(A1)");
        assert_eq!(text("\tflik"), "'\tflik");
        assert_eq!(text("\rvagn"), "\"'\rvagn\"");
        assert_eq!(text("a=b"), "a=b");
        assert_eq!(belopp(Belopp::from_decimal("-1234.5".parse().unwrap())), "-1234,50");
    }

    #[test]
    fn a_hostile_title_reaches_the_file_as_text() {
        let mut p = portfolj();
        p.fall[0].forstudie.utvecklingsbehov.titel = "=1+1;\"x\"".into();
        let csv = tabell_csv(&p.rader());
        let rad = csv.split("\r\n").nth(1).unwrap();
        assert!(rad.starts_with("2;\"'=1+1;\"\"x\"\"\";Kulturförvaltningen;"), "{rad}");
    }
}
