//! The small part of Markdown the model documentation uses (headings,
//! paragraphs, lists, code blocks, tables), read into blocks the app renders
//! as ordinary elements: the text is never treated as markup.

#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// `id` from a trailing `{#id}`: the anchor a link to the section uses.
    Rubrik {
        niva: u8,
        text: String,
        id: Option<String>,
    },
    Stycke(String),
    Lista(Vec<String>),
    Kod(String),
    Tabell {
        huvud: Vec<String>,
        rader: Vec<Vec<String>>,
    },
}

/// Inline emphasis and code marks dropped: `**fet**` and `` `kod` `` read as
/// their text.
fn ren(text: &str) -> String {
    text.replace("**", "").replace('`', "")
}

fn celler(rad: &str) -> Vec<String> {
    rad.trim().trim_matches('|').split('|').map(|c| ren(c.trim())).collect()
}

fn avskiljarrad(rad: &str) -> bool {
    rad.trim().trim_matches('|').split('|').all(|c| {
        let c = c.trim();
        !c.is_empty() && c.chars().all(|t| matches!(t, '-' | ':'))
    })
}

pub fn las(text: &str) -> Vec<Block> {
    let mut block = Vec::new();
    let mut rader = text.lines().peekable();
    let mut stycke: Vec<String> = Vec::new();
    let tom_stycke = |stycke: &mut Vec<String>, block: &mut Vec<Block>| {
        if !stycke.is_empty() {
            block.push(Block::Stycke(ren(&stycke.join(" "))));
            stycke.clear();
        }
    };
    while let Some(rad) = rader.next() {
        let trimmad = rad.trim_start();
        if trimmad.starts_with("```") {
            tom_stycke(&mut stycke, &mut block);
            let mut kod = Vec::new();
            for inre in rader.by_ref() {
                if inre.trim_start().starts_with("```") {
                    break;
                }
                kod.push(inre);
            }
            block.push(Block::Kod(kod.join("\n")));
        } else if let Some(rubrik) = trimmad.strip_prefix('#') {
            tom_stycke(&mut stycke, &mut block);
            let niva = 1 + rubrik.chars().take_while(|c| *c == '#').count();
            let rubrik = rubrik.trim_start_matches('#').trim();
            let (text, id) = match rubrik.strip_suffix('}').and_then(|r| r.rsplit_once("{#")) {
                Some((text, id)) => (text.trim(), Some(id.to_string())),
                None => (rubrik, None),
            };
            block.push(Block::Rubrik { niva: niva.min(6) as u8, text: ren(text), id });
        } else if trimmad.starts_with('|') {
            tom_stycke(&mut stycke, &mut block);
            let huvud = celler(trimmad);
            let mut tabellrader = Vec::new();
            while let Some(nasta) = rader.peek() {
                if !nasta.trim_start().starts_with('|') {
                    break;
                }
                let nasta = rader.next().unwrap_or_default();
                if !avskiljarrad(nasta) {
                    tabellrader.push(celler(nasta));
                }
            }
            block.push(Block::Tabell { huvud, rader: tabellrader });
        } else if let Some(punkt) = trimmad.strip_prefix("- ").or_else(|| trimmad.strip_prefix("* ")) {
            tom_stycke(&mut stycke, &mut block);
            let mut punkter = vec![punkt.trim().to_string()];
            while let Some(nasta) = rader.peek() {
                let n = nasta.trim_start();
                if let Some(p) = n.strip_prefix("- ").or_else(|| n.strip_prefix("* ")) {
                    punkter.push(p.trim().to_string());
                } else if !n.is_empty() && nasta.starts_with("  ") {
                    // A continuation line of the previous point.
                    if let Some(sista) = punkter.last_mut() {
                        sista.push(' ');
                        sista.push_str(n);
                    }
                } else {
                    break;
                }
                rader.next();
            }
            block.push(Block::Lista(punkter.iter().map(|p| ren(p)).collect()));
        } else if trimmad.is_empty() || (trimmad.starts_with("<!--") && trimmad.ends_with("-->")) {
            // A comment line marks a block for the tests; the reader never sees it.
            tom_stycke(&mut stycke, &mut block);
        } else if trimmad.starts_with("<!--") {
            // A comment over several lines holds what only the tests read
            // (the worked example's input as the app's file format).
            tom_stycke(&mut stycke, &mut block);
            for inre in rader.by_ref() {
                if inre.trim_end().ends_with("-->") {
                    break;
                }
            }
        } else {
            stycke.push(trimmad.to_string());
        }
    }
    tom_stycke(&mut stycke, &mut block);
    block
}

/// The sections of the model page the app's explanations link to
/// (/modell#id): the ids are the `{#id}` of docs/modell.md's headings, and
/// a test keeps every one there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Avsnitt {
    Radvarden,
    Summor,
    Nuvarde,
    Nnk,
    Aterbetalning,
    BreakEven,
    Kanslighet,
    Finansiering,
    Bedomning,
}

impl Avsnitt {
    pub const ALLA: [Avsnitt; 9] = [
        Avsnitt::Radvarden,
        Avsnitt::Summor,
        Avsnitt::Nuvarde,
        Avsnitt::Nnk,
        Avsnitt::Aterbetalning,
        Avsnitt::BreakEven,
        Avsnitt::Kanslighet,
        Avsnitt::Finansiering,
        Avsnitt::Bedomning,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Avsnitt::Radvarden => "radvarden",
            Avsnitt::Summor => "summor",
            Avsnitt::Nuvarde => "nuvarde",
            Avsnitt::Nnk => "nnk",
            Avsnitt::Aterbetalning => "aterbetalning",
            Avsnitt::BreakEven => "break-even",
            Avsnitt::Kanslighet => "kanslighet",
            Avsnitt::Finansiering => "finansiering",
            Avsnitt::Bedomning => "bedomning",
        }
    }

    pub fn rubrik(self) -> &'static str {
        match self {
            Avsnitt::Radvarden => "radernas värde per år",
            Avsnitt::Summor => "summor per nämnd och år",
            Avsnitt::Nuvarde => "nuvärde och nettonuvärde",
            Avsnitt::Nnk => "nettonuvärdeskvoten",
            Avsnitt::Aterbetalning => "återbetalningsåret",
            Avsnitt::BreakEven => "hur mycket effekterna kan minska",
            Avsnitt::Kanslighet => "scenarier och känslighet",
            Avsnitt::Finansiering => "finansiering mot kostnader",
            Avsnitt::Bedomning => "bedömning och prioritering",
        }
    }
}

/// The model documentation, as shipped in the app.
pub const MODELLDOKUMENTATION: &str = include_str!("../docs/modell.md");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_each_kind_of_block() {
        let text = "# Titel\n\nEtt **fett** stycke\nsom fortsätter.\n<!-- markör -->\n- ett\n- två\n  fortsatt\n\n```text\nNNV = Σ x\n```\n<!-- dold\n{\"x\": 1}\n-->\n## Avsnitt {#avsnitt}\n| a | b |\n|---|---|\n| 1 | `2` |\n";
        assert_eq!(
            las(text),
            vec![
                Block::Rubrik { niva: 1, text: "Titel".into(), id: None },
                Block::Stycke("Ett fett stycke som fortsätter.".into()),
                Block::Lista(vec!["ett".into(), "två fortsatt".into()]),
                Block::Kod("NNV = Σ x".into()),
                Block::Rubrik { niva: 2, text: "Avsnitt".into(), id: Some("avsnitt".into()) },
                Block::Tabell { huvud: vec!["a".into(), "b".into()], rader: vec![vec!["1".into(), "2".into()]] },
            ]
        );
    }

    #[test]
    fn the_model_documentation_reads_whole() {
        let block = las(MODELLDOKUMENTATION);
        let rubriker: Vec<_> = block
            .iter()
            .filter_map(|b| if let Block::Rubrik { niva: 2, text, .. } = b { Some(text.as_str()) } else { None })
            .collect();
        assert!(rubriker.contains(&"Pengar och avrundning"), "{rubriker:?}");
        assert!(rubriker.contains(&"Scenarier och känslighet"), "{rubriker:?}");
        assert!(rubriker.contains(&"Bedömning och summerad prioritering"), "{rubriker:?}");
        assert!(block.iter().any(|b| matches!(b, Block::Tabell { rader, .. } if rader.len() > 15)));
        assert!(!block.iter().any(|b| format!("{b:?}").contains("<!--")), "test markers are not shown");
        assert!(
            !block.iter().any(|b| format!("{b:?}").contains("\"kalkylperiod\"")),
            "the input for the check is not shown"
        );
    }

    #[test]
    fn every_section_an_explanation_links_to_has_its_heading() {
        let ider: Vec<String> = las(MODELLDOKUMENTATION)
            .into_iter()
            .filter_map(|b| if let Block::Rubrik { id, .. } = b { id } else { None })
            .collect();
        for a in Avsnitt::ALLA {
            assert!(ider.iter().any(|i| i == a.id()), "#{} saknas bland rubrikerna: {ider:?}", a.id());
        }
        // Ids are unique, so a link lands on one heading.
        let mut unika = ider.clone();
        unika.sort();
        unika.dedup();
        assert_eq!(unika.len(), ider.len());
    }
}
