//! Text broken into lines of at most a given number of characters, for the
//! labels of the SVG diagrams: SVG text does not wrap by itself, and a label
//! cut short ("andläggare saknar tid fö…") cannot be read. Words are kept
//! whole where they fit; a word longer than a line is split with a hyphen.
//! Nothing is left out.

/// The lines of `text` (whitespace collapsed), each at most `bredd`
/// characters (at least 2). Empty text gives no lines.
pub fn radbryt(text: &str, bredd: usize) -> Vec<String> {
    let bredd = bredd.max(2);
    let mut rader: Vec<String> = Vec::new();
    let mut rad = String::new();
    for ord in text.split_whitespace() {
        let mut ord: Vec<char> = ord.chars().collect();
        loop {
            let plats = if rad.is_empty() { bredd } else { bredd.saturating_sub(rad.chars().count() + 1) };
            if ord.len() <= plats {
                if !rad.is_empty() {
                    rad.push(' ');
                }
                rad.extend(ord.iter());
                break;
            }
            if !rad.is_empty() {
                // The word goes on a line of its own (or starts one).
                rader.push(std::mem::take(&mut rad));
                continue;
            }
            // A word longer than a whole line: split it.
            let del: String = ord[..bredd - 1].iter().collect();
            rader.push(format!("{del}-"));
            ord.drain(..bredd - 1);
        }
    }
    if !rad.is_empty() {
        rader.push(rad);
    }
    rader
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_kept_whole_and_nothing_is_cut() {
        assert_eq!(
            radbryt("Handläggare saknar tid för uppföljning", 14),
            vec!["Handläggare", "saknar tid för", "uppföljning"]
        );
        assert_eq!(radbryt("  Kort   text ", 20), vec!["Kort text"]);
        assert_eq!(radbryt("", 10), Vec::<String>::new());
    }

    #[test]
    fn a_word_longer_than_a_line_is_split_with_a_hyphen() {
        assert_eq!(radbryt("Bygglovshandläggare", 10), vec!["Bygglovsh-", "andläggare"]);
        assert_eq!(radbryt("Nya bygglovshandläggarna", 10), vec!["Nya", "bygglovsh-", "andläggar-", "na"]);
        let text = "Förvaltningsövergripande digitaliseringssamordning och uppföljning";
        let rader = radbryt(text, 12);
        assert!(rader.iter().all(|r| r.chars().count() <= 12), "{rader:?}");
        // Joined again, the lines are the text: nothing is left out.
        assert_eq!(rader.join(" ").replace("- ", ""), text);
    }
}
