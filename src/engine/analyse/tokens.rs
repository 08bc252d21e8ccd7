//! Words with their byte offsets, lower-case forms and Snowball stems.

use std::collections::HashMap;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_segmentation::UnicodeSegmentation;

use crate::engine::lexicon::Lexicon;

/// A word of a sentence. `start..end` are byte offsets in the sentence text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    /// As written, possessive and full stops of abbreviations dropped ("U.S" -> "US").
    pub form: String,
    pub lower: String,
    pub stem: String,
    /// What the word means for comparison: an alias's canonical name
    /// ("Ukrainian" -> "ukraine"), else its synonym group's stem.
    pub concept: String,
    pub stop: bool,
    pub capital: bool,
    pub numeric: bool,
    /// `%`, `$`, `€`, `£`: symbols that make a number a measure.
    pub symbol: bool,
}

/// The English Snowball stemmer with a memory: news repeats its words, and
/// one comparison stems each distinct word once.
pub struct Stems {
    stemmer: Stemmer,
    known: HashMap<String, String>,
}

impl Default for Stems {
    fn default() -> Stems {
        Stems {
            stemmer: Stemmer::create(Algorithm::English),
            known: HashMap::new(),
        }
    }
}

impl Stems {
    pub fn stem(&mut self, lower: &str) -> String {
        if let Some(stem) = self.known.get(lower) {
            return stem.clone();
        }
        let stem = self.stemmer.stem(lower).into_owned();
        self.known.insert(lower.to_owned(), stem.clone());
        stem
    }
}

/// Splits a sentence into words (UAX #29 word boundaries), keeping the
/// symbols that give numbers their unit.
pub fn tokenize(text: &str, lex: &Lexicon, stems: &mut Stems) -> Vec<Token> {
    text.split_word_bound_indices()
        .filter_map(|(start, word)| {
            let symbol = matches!(word, "%" | "$" | "€" | "£");
            if !symbol && !word.chars().any(char::is_alphanumeric) {
                return None;
            }
            let end = start + word.len();
            let form = form_of(word);
            let lower = form.to_lowercase();
            let numeric = lower.chars().any(|c| c.is_ascii_digit())
                && lower
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == ',' || c == '.');
            let stop = lex.is_stopword(&lower);
            // Stop words are never compared by stem: no need to stem them.
            let stem = if numeric {
                lower.replace(',', "")
            } else if stop {
                lower.clone()
            } else {
                stems.stem(&lower)
            };
            let concept = match lex.aliases.get(std::slice::from_ref(&form)) {
                Some(canonical) => canonical.to_lowercase(),
                None => lex.concept(&stem).to_owned(),
            };
            Some(Token {
                concept,
                start,
                end,
                stop,
                capital: form.chars().next().is_some_and(char::is_uppercase),
                numeric,
                symbol,
                form,
                lower,
                stem,
            })
        })
        .collect()
}

/// A word as written, in one pass: curly apostrophes straightened, full stops
/// of abbreviations dropped ("U.S." -> "US"), a possessive removed.
fn form_of(word: &str) -> String {
    let mut form = String::with_capacity(word.len());
    for c in word.chars() {
        match c {
            '’' => form.push('\''),
            '.' => {}
            c => form.push(c),
        }
    }
    if form.len() > 2 && (form.ends_with("'s") || form.ends_with("'S")) {
        form.truncate(form.len() - 2);
    }
    while form.len() > 1 && form.ends_with('\'') {
        form.pop();
    }
    form
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::lexicon::lexicon;

    #[test]
    fn words_carry_offsets_stems_and_flags() {
        let text = "Ukraine’s U.S.-led talks: 20% of 800,000 troops.";
        let tokens = tokenize(text, lexicon(), &mut Stems::default());
        let forms: Vec<&str> = tokens.iter().map(|t| t.form.as_str()).collect();
        assert_eq!(
            forms,
            [
                "Ukraine", "US", "led", "talks", "20", "%", "of", "800,000", "troops"
            ]
        );
        for t in &tokens {
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        }
        assert_eq!(tokens[3].stem, "talk");
        assert!(tokens[6].stop);
        assert!(tokens[7].numeric && tokens[7].stem == "800000");
        assert!(tokens[5].symbol);
    }
}
