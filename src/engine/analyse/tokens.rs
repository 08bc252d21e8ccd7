//! Words with their byte offsets, lower-case forms and Snowball stems.

use foldhash::{HashMap, HashMapExt};
use std::rc::Rc;

use rust_stemmers::{Algorithm, Stemmer};

use crate::engine::lexicon::Lexicon;

/// A word of a sentence. `start..end` are byte offsets in the sentence text;
/// what the word is and means is shared with every other occurrence of the
/// same written form in the comparison (see [`Vocabulary`]), and read through
/// `Deref` (`token.stem`, `token.stop`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    word: Rc<Word>,
}

impl std::ops::Deref for Token {
    type Target = Word;

    fn deref(&self) -> &Word {
        &self.word
    }
}

/// A written form, analysed once per comparison.
#[derive(Debug, PartialEq, Eq)]
pub struct Word {
    /// The lower-case form as a number, the same for the same form across
    /// the comparison: word diffs compare numbers, not strings.
    pub word: u32,
    /// As written, possessive and full stops of abbreviations dropped ("U.S" -> "US").
    pub form: Box<str>,
    pub lower: Box<str>,
    pub stem: Box<str>,
    /// What the word means for comparison: an alias's canonical name
    /// ("Ukrainian" -> "ukraine"), else its synonym group's stem.
    pub concept: Box<str>,
    /// The concept as a number, from the same numbering as `word`.
    pub concept_id: u32,
    /// The stem's synonym group (aliases not applied), as alignment's
    /// content-word feature (`w:`), made once per form rather than per use.
    pub content_feature: Rc<str>,
    pub stop: bool,
    pub capital: bool,
    pub numeric: bool,
    /// `%`, `$`, `€`, `£`: symbols that make a number a measure.
    pub symbol: bool,
}

/// Every distinct word of one comparison, analysed once: news repeats its
/// words, so a word as written is looked up rather than lower-cased,
/// stemmed and matched against the lexicon again. Word and concept numbers
/// are only comparable between tokens of the same vocabulary.
pub struct Vocabulary {
    stemmer: Stemmer,
    /// Words as written -> what they are; `None` for punctuation.
    seen: HashMap<Box<str>, Option<Rc<Word>>>,
    /// Lower-case forms and concepts -> their number.
    ids: HashMap<Box<str>, u32>,
}

impl Default for Vocabulary {
    fn default() -> Vocabulary {
        Vocabulary {
            stemmer: Stemmer::create(Algorithm::English),
            seen: HashMap::new(),
            ids: HashMap::new(),
        }
    }
}

impl Vocabulary {
    /// A string's number: the same string always gets the same one.
    fn number(&mut self, s: &str) -> u32 {
        if let Some(&id) = self.ids.get(s) {
            return id;
        }
        let id = self.ids.len() as u32;
        self.ids.insert(s.into(), id);
        id
    }

    /// The word as written; `None` for punctuation.
    fn word(&mut self, word: &str, lex: &Lexicon) -> Option<Rc<Word>> {
        if let Some(known) = self.seen.get(word) {
            return known.clone();
        }
        let analysed = self.analyse(word, lex).map(Rc::new);
        self.seen.insert(word.into(), analysed.clone());
        analysed
    }

    fn analyse(&mut self, word: &str, lex: &Lexicon) -> Option<Word> {
        let symbol = matches!(word, "%" | "$" | "€" | "£");
        if !symbol && !word.chars().any(char::is_alphanumeric) {
            return None;
        }
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
            self.stemmer.stem(&lower).into_owned()
        };
        let group = lex.concept(&stem);
        let content_feature = super::feature("w:", &[group]).into();
        let concept = match lex.aliases.get(form.as_str()) {
            Some(canonical) => canonical.to_lowercase(),
            None => group.to_owned(),
        };
        Some(Word {
            word: self.number(&lower),
            concept_id: self.number(&concept),
            capital: form.chars().next().is_some_and(char::is_uppercase),
            form: form.into(),
            lower: lower.into(),
            stem: stem.into(),
            concept: concept.into(),
            content_feature,
            stop,
            numeric,
            symbol,
        })
    }
}

/// Splits a sentence into words (UAX #29 word boundaries), keeping the
/// symbols that give numbers their unit.
pub fn tokenize(text: &str, lex: &Lexicon, vocabulary: &mut Vocabulary) -> Vec<Token> {
    crate::engine::boundaries::word_bounds(text)
        .filter_map(|(start, word)| {
            Some(Token {
                start,
                end: start + word.len(),
                word: vocabulary.word(word, lex)?,
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
        let tokens = tokenize(text, lexicon(), &mut Vocabulary::default());
        let forms: Vec<&str> = tokens.iter().map(|t| &*t.form).collect();
        assert_eq!(
            forms,
            [
                "Ukraine", "US", "led", "talks", "20", "%", "of", "800,000", "troops"
            ]
        );
        for t in &tokens {
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        }
        assert_eq!(&*tokens[3].stem, "talk");
        assert!(tokens[6].stop);
        assert!(tokens[7].numeric && &*tokens[7].stem == "800000");
        assert!(tokens[5].symbol);
    }
}
