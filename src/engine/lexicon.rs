//! The word lists in `data/`, parsed once. They are data, not code: a newsroom
//! extends them by editing text files, and every list is general English news.

use std::borrow::Cow;
use std::collections::BTreeMap;

use foldhash::{HashMap, HashSet};

// Lookup-only word lists hash (no string comparisons per lookup); nothing
// iterates them where order could show.
use std::sync::OnceLock;

use super::decimal;

const STOPWORDS: &str = include_str!("../../data/stopwords.txt");
const ALIASES: &str = include_str!("../../data/aliases.txt");
const NUMBERS: &str = include_str!("../../data/numbers.txt");
const MODALITY: &str = include_str!("../../data/modality.txt");
const DEBRIS: &str = include_str!("../../data/page-debris.txt");
const ABBREVIATIONS: &str = include_str!("../../data/abbreviations.txt");
const SYNONYMS: &str = include_str!("../../data/synonyms.txt");
const TITLES: &str = include_str!("../../data/titles.txt");

/// How a qualifier bends the number after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Qualifier {
    MoreThan,
    AtLeast,
    AtMost,
    Nearly,
    About,
}

/// Every list the engine reads, parsed.
#[derive(Debug, Default)]
pub struct Lexicon {
    pub stopwords: HashSet<String>,
    /// Alias words (full stops removed) joined by single spaces -> canonical
    /// name: a run of tokens is looked up by its forms joined the same way.
    pub aliases: HashMap<String, String>,
    /// Longest alias, in words.
    pub longest_alias: usize,
    /// First word of an alias -> the most words an alias starting with it has.
    pub alias_starts: HashMap<String, usize>,
    pub cardinals: HashMap<String, f64>,
    pub ordinals: HashMap<String, f64>,
    pub multipliers: HashMap<String, f64>,
    pub vague: HashMap<String, (f64, f64)>,
    /// Qualifier phrase (lower-case words) -> kind.
    pub qualifiers: HashMap<Vec<String>, Qualifier>,
    pub percent: HashSet<Vec<String>>,
    pub commitment: HashSet<Vec<String>>,
    pub intention: HashSet<Vec<String>>,
    pub negation: HashSet<Vec<String>>,
    pub refusal: HashSet<Vec<String>>,
    pub not_denial: HashSet<Vec<String>>,
    /// First words of every modality phrase, to skip words that start none.
    pub cue_starts: HashSet<String>,
    pub navigation: HashSet<String>,
    pub related: Vec<Vec<String>>,
    pub credits: Vec<String>,
    pub title_abbr: HashSet<String>,
    pub month_abbr: HashSet<String>,
    pub other_abbr: HashSet<String>,
    /// Lower-case words of office ("president", "minister").
    pub titles: HashSet<String>,
    /// Stem -> the first stem of its synonym group.
    pub synonyms: HashMap<String, String>,
}

/// The lexicon, parsed on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::parse)
}

/// A word in lower case, as the lists are written; copied only when
/// lower-casing changes it (an ASCII word without capitals is its own).
pub fn lower_case(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

/// "don't", "won't", "isn't": a negation on its own.
pub fn negating_contraction(lower: &str) -> bool {
    lower.ends_with("n't")
}

/// Non-empty, non-comment lines of a data file, grouped by `[section]`.
fn sections(text: &str) -> BTreeMap<&str, Vec<&str>> {
    let mut out: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    let mut current = "";
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            current = name;
            continue;
        }
        out.entry(current).or_default().push(line);
    }
    out
}

/// Lower-case words of a phrase.
fn phrase(text: &str) -> Vec<String> {
    text.split_whitespace().map(str::to_lowercase).collect()
}

/// The words of an alias as the tokenizer will see them (full stops dropped),
/// joined by single spaces.
pub fn alias_key(text: &str) -> String {
    let words: Vec<String> = text
        .split_whitespace()
        .map(|w| w.replace('.', ""))
        .filter(|w| !w.is_empty())
        .collect();
    words.join(" ")
}

impl Lexicon {
    fn parse() -> Lexicon {
        let mut lex = Lexicon {
            stopwords: sections(STOPWORDS)
                .into_values()
                .flatten()
                .map(str::to_lowercase)
                .collect(),
            ..Lexicon::default()
        };
        for line in sections(ALIASES).into_values().flatten() {
            let names: Vec<&str> = line
                .split('|')
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .collect();
            let Some(canonical) = names.first() else {
                continue;
            };
            for name in &names {
                let key = alias_key(name);
                let words = key.split(' ').count();
                lex.longest_alias = lex.longest_alias.max(words);
                if let Some(first) = key.split(' ').next().filter(|w| !w.is_empty()) {
                    let longest = lex.alias_starts.entry(first.to_owned()).or_default();
                    *longest = (*longest).max(words);
                }
                lex.aliases
                    .entry(key)
                    .or_insert_with(|| (*canonical).to_owned());
            }
        }
        let numbers = sections(NUMBERS);
        let value_pairs = |name: &str| -> HashMap<String, f64> {
            numbers
                .get(name)
                .into_iter()
                .flatten()
                .filter_map(|l| {
                    let (w, v) = l.rsplit_once(' ')?;
                    Some((w.to_lowercase(), decimal::read_numeral(v)?))
                })
                .collect()
        };
        lex.cardinals = value_pairs("cardinal");
        lex.ordinals = value_pairs("ordinal");
        lex.multipliers = value_pairs("multiplier");
        lex.vague = numbers
            .get("vague")
            .into_iter()
            .flatten()
            .filter_map(|l| {
                let mut parts = l.split_whitespace();
                let word = parts.next()?.to_lowercase();
                let low = decimal::read_numeral(parts.next()?)?;
                let high = decimal::read_numeral(parts.next()?)?;
                Some((word, (low, high)))
            })
            .collect();
        lex.qualifiers = numbers
            .get("qualifier")
            .into_iter()
            .flatten()
            .filter_map(|l| {
                let (words, kind) = l.split_once('|')?;
                let kind = match kind.trim() {
                    "more_than" => Qualifier::MoreThan,
                    "at_least" => Qualifier::AtLeast,
                    "at_most" => Qualifier::AtMost,
                    "nearly" => Qualifier::Nearly,
                    "about" => Qualifier::About,
                    _ => return None,
                };
                Some((phrase(words), kind))
            })
            .collect();
        lex.percent = numbers
            .get("percent")
            .into_iter()
            .flatten()
            .map(|l| phrase(l))
            .collect();

        let modality = sections(MODALITY);
        let set = |name: &str| -> HashSet<Vec<String>> {
            modality
                .get(name)
                .into_iter()
                .flatten()
                .map(|l| phrase(l))
                .collect()
        };
        lex.commitment = set("commitment");
        lex.intention = set("intention");
        lex.negation = set("negation");
        lex.refusal = set("refusal");
        lex.not_denial = set("not-denial");
        lex.cue_starts = [
            &lex.commitment,
            &lex.intention,
            &lex.negation,
            &lex.refusal,
            &lex.not_denial,
        ]
        .into_iter()
        .flatten()
        .filter_map(|phrase| phrase.first().cloned())
        .collect();

        let debris = sections(DEBRIS);
        lex.navigation = debris
            .get("navigation")
            .into_iter()
            .flatten()
            .map(|l| l.to_lowercase())
            .collect();
        lex.related = debris
            .get("related")
            .into_iter()
            .flatten()
            .map(|l| phrase(l))
            .collect();
        lex.credits = debris
            .get("credit")
            .into_iter()
            .flatten()
            .map(|l| (*l).to_owned())
            .collect();
        // Longest credits first, so "AP / TASS" wins over "TASS".
        super::sort::sort_by_key(&mut lex.credits, |c| std::cmp::Reverse(c.len()));

        let abbr = sections(ABBREVIATIONS);
        let words = |name: &str| -> HashSet<String> {
            abbr.get(name)
                .into_iter()
                .flatten()
                .map(|l| (*l).to_owned())
                .collect()
        };
        lex.title_abbr = words("title");
        lex.month_abbr = words("month");
        lex.other_abbr = words("other");

        lex.titles = sections(TITLES)
            .into_values()
            .flatten()
            .map(str::to_lowercase)
            .collect();

        let stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
        for line in sections(SYNONYMS).into_values().flatten() {
            let stems: Vec<String> = line
                .split('|')
                .map(|w| w.trim().to_lowercase())
                .filter(|w| !w.is_empty() && !w.contains(' '))
                .map(|w| stemmer.stem(&w).into_owned())
                .collect();
            if let Some(first) = stems.first() {
                for stem in &stems {
                    lex.synonyms
                        .entry(stem.clone())
                        .or_insert_with(|| first.clone());
                }
            }
        }
        lex
    }

    /// The stem that stands for a word's synonym group (itself if none).
    pub fn concept<'a>(&'a self, stem: &'a str) -> &'a str {
        self.synonyms.get(stem).map_or(stem, String::as_str)
    }

    pub fn is_stopword(&self, lower: &str) -> bool {
        self.stopwords.contains(lower)
    }

    /// Whether a modality or negation cue can start at this lower-case
    /// word: a phrase's first word, or a negating contraction.
    pub fn starts_cue(&self, lower: &str) -> bool {
        self.cue_starts.contains(lower) || negating_contraction(lower)
    }

    /// A number in words, as tokens flag where a quantity can start and the
    /// quantity reader reads it: cardinal, vague ("dozens"), ordinal or a
    /// digit ordinal ("4th").
    pub fn number_word(&self, lower: &str) -> Option<NumberWord> {
        if let Some(&v) = self.cardinals.get(lower) {
            return Some(NumberWord::Cardinal(v));
        }
        if let Some(&(low, high)) = self.vague.get(lower) {
            return Some(NumberWord::Vague(low, high));
        }
        self.ordinals
            .get(lower)
            .copied()
            .or_else(|| crate::engine::analyse::numbers::digit_ordinal(lower))
            .map(NumberWord::Ordinal)
    }
}

/// What a number word stands for (see [`Lexicon::number_word`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NumberWord {
    Cardinal(f64),
    /// A range, low to high ("dozens").
    Vague(f64, f64),
    Ordinal(f64),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_parses_and_is_non_empty() {
        let lex = lexicon();
        assert!(lex.stopwords.contains("the"));
        assert_eq!(
            lex.aliases.get(&alias_key("U.S.")).map(String::as_str),
            Some("United States")
        );
        assert_eq!(
            lex.aliases.get(&alias_key("Türkiye")).map(String::as_str),
            Some("Turkey")
        );
        assert_eq!(
            lex.aliases.get(&alias_key("Kiev")).map(String::as_str),
            Some("Kyiv")
        );
        assert_eq!(
            lex.aliases.get(&alias_key("Zelenskyy")).map(String::as_str),
            Some("Zelensky")
        );
        assert_eq!(lex.cardinals.get("dozen"), Some(&12.0));
        assert_eq!(lex.vague.get("several"), Some(&(3.0, 9.0)));
        assert_eq!(
            lex.qualifiers.get(&phrase("more than")),
            Some(&Qualifier::MoreThan)
        );
        assert!(lex.percent.contains(&phrase("per cent")));
        assert!(lex.commitment.contains(&phrase("pledged")));
        assert!(lex.refusal.contains(&phrase("rule out")));
        assert!(lex.navigation.contains("bigphoto"));
        assert!(lex.title_abbr.contains("Gen"));
        assert!(lex.longest_alias >= 4);
        assert_eq!(lex.concept("truce"), "ceasefir");
        assert_eq!(lex.concept("led"), "lead");
        assert_eq!(lex.concept("table"), "table");
        assert_eq!(
            lex.credits.first().map(String::len),
            lex.credits.iter().map(String::len).max()
        );
    }
}
