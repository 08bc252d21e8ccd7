//! The word lists in `data/`. They are data, not code: a newsroom extends
//! them by editing text files, and every list is general English news.
//! `build.rs` reads them at build time (`source.rs`): lower-cased, stemmed
//! and ordered there, they are static slices here, and start-up only puts
//! the word lists into hash sets, with no text to parse.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::sync::OnceLock;

use foldhash::{HashMap, HashSet};

#[cfg(test)]
mod source;

/// How a qualifier bends the number after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Qualifier {
    MoreThan,
    AtLeast,
    AtMost,
    Nearly,
    About,
}

/// Phrases (lower-case words) with a value each, ordered by their words, so
/// that one is found by binary search. Few words start a phrase, and only
/// those are looked up.
#[derive(Debug)]
pub struct Phrases<V: 'static>(&'static [(&'static [&'static str], V)]);

impl<V> Phrases<V> {
    /// The value of the phrase made of `words`.
    pub fn get<S: AsRef<str>>(&self, words: &[S]) -> Option<&V> {
        self.0
            .binary_search_by(|(phrase, _)| compare_words(phrase, words))
            .ok()
            .map(|at| &self.0[at].1)
    }

    /// Whether `words` are one of the phrases.
    pub fn contains<S: AsRef<str>>(&self, words: &[S]) -> bool {
        self.get(words).is_some()
    }
}

/// Word by word, as `Vec<String>` orders phrases.
fn compare_words<S: AsRef<str>>(phrase: &[&str], words: &[S]) -> Ordering {
    phrase.iter().copied().cmp(words.iter().map(AsRef::as_ref))
}

/// The lists as `build.rs` writes them (see `source.rs`).
struct Static {
    stopwords: &'static [&'static str],
    aliases: &'static [(&'static str, &'static str)],
    longest_alias: usize,
    alias_starts: &'static [(&'static str, usize)],
    cardinals: &'static [(&'static str, f64)],
    ordinals: &'static [(&'static str, f64)],
    multipliers: &'static [(&'static str, f64)],
    vague: &'static [(&'static str, (f64, f64))],
    qualifiers: Phrases<Qualifier>,
    percent: Phrases<()>,
    commitment: Phrases<()>,
    intention: Phrases<()>,
    negation: Phrases<()>,
    refusal: Phrases<()>,
    not_denial: Phrases<()>,
    cue_starts: &'static [&'static str],
    navigation: &'static [&'static str],
    related: &'static [&'static [&'static str]],
    credits: &'static [&'static str],
    title_abbr: &'static [&'static str],
    month_abbr: &'static [&'static str],
    other_abbr: &'static [&'static str],
    titles: &'static [&'static str],
    synonyms: &'static [(&'static str, &'static str)],
}

static LISTS: Static = include!(concat!(env!("OUT_DIR"), "/lexicon.rs"));

/// Every list the engine reads. Words are looked up by hash: no string
/// comparisons per lookup; nothing iterates the sets where order could show.
#[derive(Debug)]
pub struct Lexicon {
    pub stopwords: HashSet<&'static str>,
    /// Alias words (full stops removed) joined by single spaces -> canonical
    /// name: a run of tokens is looked up by its forms joined the same way.
    pub aliases: HashMap<&'static str, &'static str>,
    /// Longest alias, in words.
    pub longest_alias: usize,
    /// First word of an alias -> the most words an alias starting with it has.
    pub alias_starts: HashMap<&'static str, usize>,
    pub cardinals: HashMap<&'static str, f64>,
    pub ordinals: HashMap<&'static str, f64>,
    pub multipliers: HashMap<&'static str, f64>,
    pub vague: HashMap<&'static str, (f64, f64)>,
    /// Qualifier phrase (lower-case words) -> kind.
    pub qualifiers: &'static Phrases<Qualifier>,
    pub percent: &'static Phrases<()>,
    pub commitment: &'static Phrases<()>,
    pub intention: &'static Phrases<()>,
    pub negation: &'static Phrases<()>,
    pub refusal: &'static Phrases<()>,
    pub not_denial: &'static Phrases<()>,
    /// First words of every modality phrase, to skip words that start none.
    pub cue_starts: HashSet<&'static str>,
    pub navigation: HashSet<&'static str>,
    /// Markers of a related-stories block, in the order they are tried.
    pub related: &'static [&'static [&'static str]],
    /// Photo credits, longest first, so "AP / TASS" wins over "TASS".
    pub credits: &'static [&'static str],
    pub title_abbr: HashSet<&'static str>,
    pub month_abbr: HashSet<&'static str>,
    pub other_abbr: HashSet<&'static str>,
    /// Lower-case words of office ("president", "minister").
    pub titles: HashSet<&'static str>,
    /// Stem -> the first stem of its synonym group.
    pub synonyms: HashMap<&'static str, &'static str>,
}

/// The lexicon, its word lists hashed on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| Lexicon::new(&LISTS))
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

impl Lexicon {
    fn new(lists: &'static Static) -> Lexicon {
        let set = |words: &'static [&'static str]| words.iter().copied().collect();
        Lexicon {
            stopwords: set(lists.stopwords),
            aliases: lists.aliases.iter().copied().collect(),
            longest_alias: lists.longest_alias,
            alias_starts: lists.alias_starts.iter().copied().collect(),
            cardinals: lists.cardinals.iter().copied().collect(),
            ordinals: lists.ordinals.iter().copied().collect(),
            multipliers: lists.multipliers.iter().copied().collect(),
            vague: lists.vague.iter().copied().collect(),
            qualifiers: &lists.qualifiers,
            percent: &lists.percent,
            commitment: &lists.commitment,
            intention: &lists.intention,
            negation: &lists.negation,
            refusal: &lists.refusal,
            not_denial: &lists.not_denial,
            cue_starts: set(lists.cue_starts),
            navigation: set(lists.navigation),
            related: lists.related,
            credits: lists.credits,
            title_abbr: set(lists.title_abbr),
            month_abbr: set(lists.month_abbr),
            other_abbr: set(lists.other_abbr),
            titles: set(lists.titles),
            synonyms: lists.synonyms.iter().copied().collect(),
        }
    }

    /// The stem that stands for a word's synonym group (itself if none).
    pub fn concept<'a>(&'a self, stem: &'a str) -> &'a str {
        self.synonyms.get(stem).copied().unwrap_or(stem)
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
    use super::source::{Lists, Texts, alias_key, phrase};
    use super::*;

    fn data() -> Lists {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        Lists::from_files(|name| std::fs::read_to_string(dir.join(name)).expect("data/ reads"))
    }

    #[test]
    fn every_list_parses_and_is_non_empty() {
        let lex = lexicon();
        assert!(lex.stopwords.contains("the"));
        let alias = |name: &str| lex.aliases.get(alias_key(name).as_str()).copied();
        assert_eq!(alias("U.S."), Some("United States"));
        assert_eq!(alias("Türkiye"), Some("Turkey"));
        assert_eq!(alias("Kiev"), Some("Kyiv"));
        assert_eq!(alias("Zelenskyy"), Some("Zelensky"));
        assert_eq!(lex.cardinals.get("dozen"), Some(&12.0));
        assert_eq!(lex.vague.get("several"), Some(&(3.0, 9.0)));
        assert_eq!(
            lex.qualifiers.get(&phrase("more than")),
            Some(&Qualifier::MoreThan)
        );
        assert!(lex.percent.contains(&phrase("per cent")));
        assert!(lex.commitment.contains(&phrase("pledged")));
        assert!(lex.refusal.contains(&phrase("rule out")));
        assert!(!lex.refusal.contains(&phrase("rule")));
        assert!(!lex.refusal.contains(&phrase("rule out now")));
        assert!(lex.navigation.contains("bigphoto"));
        assert!(lex.title_abbr.contains("Gen"));
        assert!(lex.longest_alias >= 4);
        assert_eq!(lex.concept("truce"), "ceasefir");
        assert_eq!(lex.concept("led"), "lead");
        assert_eq!(lex.concept("table"), "table");
        assert_eq!(
            lex.credits.first().map(|c| c.len()),
            lex.credits.iter().map(|c| c.len()).max()
        );
    }

    /// What build.rs embedded answers every lookup as the data files read
    /// now do: the written Rust (escapes, float literals, phrase order for
    /// the binary search) loses nothing.
    #[test]
    fn the_embedded_lists_are_the_data_files() {
        let (lists, lex) = (data(), lexicon());
        for (name, set, words) in [
            ("stopwords", &lex.stopwords, &lists.stopwords),
            ("cue_starts", &lex.cue_starts, &lists.cue_starts),
            ("navigation", &lex.navigation, &lists.navigation),
            ("title_abbr", &lex.title_abbr, &lists.title_abbr),
            ("month_abbr", &lex.month_abbr, &lists.month_abbr),
            ("other_abbr", &lex.other_abbr, &lists.other_abbr),
            ("titles", &lex.titles, &lists.titles),
        ] {
            assert_eq!(set.len(), words.len(), "{name}");
            assert!(words.iter().all(|w| set.contains(w.as_str())), "{name}");
        }
        fn same_map<V: PartialEq<W> + std::fmt::Debug, W: std::fmt::Debug>(
            name: &str,
            map: &HashMap<&str, V>,
            pairs: &std::collections::BTreeMap<String, W>,
        ) {
            assert_eq!(map.len(), pairs.len(), "{name}");
            for (k, w) in pairs {
                let v = map.get(k.as_str());
                assert!(v.is_some_and(|v| v == w), "{name}: {k}: {v:?}, not {w:?}");
            }
        }
        same_map("aliases", &lex.aliases, &lists.aliases);
        same_map("synonyms", &lex.synonyms, &lists.synonyms);
        same_map("alias_starts", &lex.alias_starts, &lists.alias_starts);
        same_map("cardinals", &lex.cardinals, &lists.cardinals);
        same_map("ordinals", &lex.ordinals, &lists.ordinals);
        same_map("multipliers", &lex.multipliers, &lists.multipliers);
        same_map("vague", &lex.vague, &lists.vague);
        assert_eq!(lex.longest_alias, lists.longest_alias);
        assert_eq!(lex.qualifiers.0.len(), lists.qualifiers.len());
        for (words, kind) in &lists.qualifiers {
            let found = lex.qualifiers.get(words).map(|q| format!("{q:?}"));
            let variant = source::QUALIFIERS
                .iter()
                .find(|(k, _)| k == kind)
                .map(|q| q.1);
            assert_eq!(found.as_deref(), variant, "{words:?}");
        }
        for (name, phrases, set) in [
            ("percent", lex.percent, &lists.percent),
            ("commitment", lex.commitment, &lists.commitment),
            ("intention", lex.intention, &lists.intention),
            ("negation", lex.negation, &lists.negation),
            ("refusal", lex.refusal, &lists.refusal),
            ("not_denial", lex.not_denial, &lists.not_denial),
        ] {
            assert_eq!(phrases.0.len(), set.len(), "{name}");
            assert!(set.iter().all(|p| phrases.contains(p)), "{name}");
        }
        assert_eq!(lex.related, lists.related);
        assert_eq!(lex.credits, lists.credits);
    }

    #[test]
    fn the_embedded_rust_is_what_the_data_files_read_to() {
        assert_eq!(
            data().rust(),
            include_str!(concat!(env!("OUT_DIR"), "/lexicon.rs"))
        );
    }

    #[test]
    fn reading_the_lists() {
        let lists = Lists::read(&Texts {
            stopwords: "# comment\nThe\n\n  of  \n",
            aliases: "Kyiv | Kiev\nKievan | Kiev | K. Y. | Kyiv Oblast\n",
            numbers: "[cardinal]\nDozen 12\ndozen 13\nscore x\n[vague]\nsome 2 5\nmany 3\n\
                      [qualifier]\nmore than | more_than\nway more | lots\n[percent]\nPer Cent\n",
            modality: "[negation]\nnot\nrule out\n[commitment]\nvowed\n",
            debris: "[credit]\nAP\nTASS\nAP / TASS\nAFP\n[related]\nRelated Stories\nMore\n",
            abbreviations: "[title]\nGen\n",
            synonyms: "truce | ceasefire\nceasefire | armistice\n",
            titles: "President\n",
        });
        assert_eq!(lists.stopwords.iter().collect::<Vec<_>>(), ["of", "the"]);
        // The first line naming an alias wins; the longest counts per first word.
        assert_eq!(lists.aliases["Kiev"], "Kyiv");
        assert_eq!(lists.aliases["K Y"], "Kievan");
        assert_eq!(lists.alias_starts["Kyiv"], 2);
        assert_eq!(lists.longest_alias, 2);
        // A later number for the same word wins; unreadable lines are skipped.
        assert_eq!(lists.cardinals.get("dozen"), Some(&13.0));
        assert_eq!(lists.cardinals.len(), 1);
        assert_eq!(lists.vague.get("some"), Some(&(2.0, 5.0)));
        assert!(!lists.vague.contains_key("many"));
        assert_eq!(lists.qualifiers.len(), 1, "an unknown kind is dropped");
        assert!(lists.percent.contains(&phrase("per cent")));
        assert_eq!(
            lists.cue_starts.iter().collect::<Vec<_>>(),
            ["not", "rule", "vowed"]
        );
        assert_eq!(lists.credits, ["AP / TASS", "TASS", "AFP", "AP"]);
        assert_eq!(lists.related, [phrase("related stories"), phrase("more")]);
        assert_eq!(lists.synonyms["truce"], "truce");
        assert_eq!(lists.synonyms["ceasefir"], "truce");
        assert_eq!(lists.synonyms["armistic"], "ceasefir");
        assert_eq!(lists.titles.iter().collect::<Vec<_>>(), ["president"]);
    }
}
