//! Words with their byte offsets, lower-case forms and Snowball stems.

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use std::borrow::Cow;
use std::rc::Rc;

use rust_stemmers::{Algorithm, Stemmer};

use crate::engine::lexicon::{Lexicon, lower_case};

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
    /// The concept as a number, from the same numbering as `word`.
    pub concept_id: u32,
    /// The stem as a number, from the same numbering: sets of stems are
    /// sorted and compared as numbers, not strings.
    pub stem_id: u32,
    /// The word as written, then its form, lower-case form, stem and
    /// concept (see the accessors), in one allocation rather than five.
    text: Box<str>,
    /// Where each of the five parts of `text` ends.
    ends: [u32; 5],
    /// The stem's synonym group (aliases not applied), as alignment's
    /// content-word feature (`w:`), made once per form rather than per use.
    pub content_feature: Rc<str>,
    pub stop: bool,
    pub capital: bool,
    pub numeric: bool,
    /// `%`, `$`, `€`, `£`: symbols that make a number a measure.
    pub symbol: bool,
    /// How many words the longest alias starting with this form has (0:
    /// none), so names look for aliases only where one can start.
    pub alias_start: usize,
    /// Whether a modality or negation cue can start here.
    pub cue_start: bool,
    /// Digits or a number word (cardinal, ordinal, vague, "4th"): where a
    /// quantity can start.
    pub number_like: bool,
}

impl Word {
    fn part(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.text[start..self.ends[i] as usize]
    }

    /// The segment as the text has it: the vocabulary's key.
    fn written(&self) -> &str {
        self.part(0)
    }

    /// As written, possessive and full stops of abbreviations dropped ("U.S" -> "US").
    pub fn form(&self) -> &str {
        self.part(1)
    }

    pub fn lower(&self) -> &str {
        self.part(2)
    }

    pub fn stem(&self) -> &str {
        self.part(3)
    }

    /// What the word means for comparison: an alias's canonical name
    /// ("Ukrainian" -> "ukraine"), else its synonym group's stem.
    pub fn concept(&self) -> &str {
        self.part(4)
    }
}

/// A vocabulary entry, found by the word as written without keeping a
/// second copy of it as the key.
struct Known(Rc<Word>);

impl std::borrow::Borrow<str> for Known {
    fn borrow(&self) -> &str {
        self.0.written()
    }
}

impl std::hash::Hash for Known {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.written().hash(state);
    }
}

impl PartialEq for Known {
    fn eq(&self, other: &Known) -> bool {
        self.0.written() == other.0.written()
    }
}

impl Eq for Known {}

/// Every distinct word of one comparison, analysed once: news repeats its
/// words, so a word as written is looked up rather than lower-cased,
/// stemmed and matched against the lexicon again. Word and concept numbers
/// are only comparable between tokens of the same vocabulary.
pub struct Vocabulary {
    stemmer: Stemmer,
    /// Words as written (punctuation is never kept).
    seen: HashSet<Known>,
    /// Lower-case forms and concepts -> their number.
    ids: HashMap<Box<str>, u32>,
    /// By number, a word with that lower-case form, if the number is one:
    /// "The" and "the", "Talks" and "talks" share a stem, stemmed once.
    by_lower: Vec<Option<Rc<Word>>>,
    /// Where `w:` features are written before they are shared.
    buffer: String,
}

/// About how many distinct words a comparison of a few articles has (the
/// seeds: 1,012): room for them up front spares regrowing the tables.
const EXPECTED_WORDS: usize = 1024;

impl Default for Vocabulary {
    fn default() -> Vocabulary {
        Vocabulary {
            stemmer: Stemmer::create(Algorithm::English),
            seen: HashSet::with_capacity(EXPECTED_WORDS),
            ids: HashMap::with_capacity(EXPECTED_WORDS),
            by_lower: Vec::with_capacity(EXPECTED_WORDS),
            buffer: String::new(),
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
        self.by_lower.push(None);
        id
    }

    /// The word as written; `None` for punctuation and spaces.
    fn word(&mut self, word: &str, lex: &Lexicon) -> Option<Rc<Word>> {
        let symbol = matches!(word, "%" | "$" | "€" | "£");
        if !symbol && !word.chars().any(char::is_alphanumeric) {
            return None;
        }
        if let Some(known) = self.seen.get(word) {
            return Some(Rc::clone(&known.0));
        }
        let analysed = Rc::new(self.analyse(word, symbol, lex));
        self.seen.insert(Known(Rc::clone(&analysed)));
        let slot = &mut self.by_lower[analysed.word as usize];
        if slot.is_none() {
            *slot = Some(Rc::clone(&analysed));
        }
        Some(analysed)
    }

    #[inline(never)]
    fn analyse(&mut self, written: &str, symbol: bool, lex: &Lexicon) -> Word {
        let form = form_of(written);
        let lower = lower_case(&form);
        let word = self.number(&lower);
        // A form differing only in case ("The", "the") shares the analysis
        // of the lower-case form.
        let same = self.by_lower[word as usize].clone();
        let (stem, content_feature, stop, numeric) = match &same {
            Some(same) => (
                Cow::Borrowed(same.stem()),
                Rc::clone(&same.content_feature),
                same.stop,
                same.numeric,
            ),
            None => {
                let numeric = lower.chars().any(|c| c.is_ascii_digit())
                    && lower
                        .chars()
                        .all(|c| c.is_ascii_digit() || c == ',' || c == '.');
                let stop = lex.is_stopword(&lower);
                // Stop words are never compared by stem: no need to stem them.
                let stem = if numeric {
                    Cow::Owned(lower.replace(',', ""))
                } else if stop {
                    Cow::Borrowed(&*lower)
                } else {
                    self.stemmer.stem(&lower)
                };
                let content_feature = super::feature(&mut self.buffer, "w:", &[lex.concept(&stem)]);
                (stem, content_feature, stop, numeric)
            }
        };
        let group = lex.concept(&stem);
        let alias = lex.aliases.get(&*form).map(|c| c.to_lowercase());
        let concept = alias.as_deref().unwrap_or(group);
        let concept_id = self.number(concept);
        let stem_id = match &same {
            Some(same) => same.stem_id,
            // Most stems are their own concept: numbered already.
            None if concept == &*stem => concept_id,
            None => self.number(&stem),
        };
        let parts = [written, &form, &lower, &stem, concept];
        let mut text = String::with_capacity(parts.iter().map(|p| p.len()).sum());
        let mut ends = [0; 5];
        for (end, part) in ends.iter_mut().zip(parts) {
            text.push_str(part);
            *end = text.len() as u32;
        }
        Word {
            alias_start: lex.alias_starts.get(&*form).copied().unwrap_or(0),
            cue_start: lex.starts_cue(&lower),
            number_like: numeric || lex.number_word(&lower).is_some(),
            word,
            concept_id,
            stem_id,
            capital: form.chars().next().is_some_and(char::is_uppercase),
            text: text.into(),
            ends,
            content_feature,
            stop,
            numeric,
            symbol,
        }
    }
}

/// Splits a sentence into words (UAX #29 word boundaries), keeping the
/// symbols that give numbers their unit.
#[inline(never)]
pub fn tokenize(text: &str, lex: &Lexicon, vocabulary: &mut Vocabulary) -> Vec<Token> {
    // News averages over five bytes a word with its space: room for all
    // of a sentence's words at once, rather than doubling up to it.
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    tokens.extend(
        crate::engine::boundaries::word_bounds(text).filter_map(|(start, word)| {
            Some(Token {
                start,
                end: start + word.len(),
                word: vocabulary.word(word, lex)?,
            })
        }),
    );
    tokens
}

/// A word as written, in one pass: curly apostrophes straightened, full stops
/// of abbreviations dropped ("U.S." -> "US"), a possessive removed. Most
/// words have none of these and are their own form.
fn form_of(word: &str) -> Cow<'_, str> {
    if !word.contains(['’', '.', '\'']) {
        return Cow::Borrowed(word);
    }
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
    Cow::Owned(form)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::lexicon::lexicon;

    #[test]
    fn words_carry_offsets_stems_and_flags() {
        let text = "Ukraine’s U.S.-led talks: 20% of 800,000 troops.";
        let tokens = tokenize(text, lexicon(), &mut Vocabulary::default());
        let forms: Vec<&str> = tokens.iter().map(|t| t.form()).collect();
        assert_eq!(
            forms,
            [
                "Ukraine", "US", "led", "talks", "20", "%", "of", "800,000", "troops"
            ]
        );
        for t in &tokens {
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        }
        assert_eq!(tokens[3].stem(), "talk");
        assert!(tokens[6].stop);
        assert!(tokens[7].numeric && tokens[7].stem() == "800000");
        assert!(tokens[5].symbol);
    }
}
