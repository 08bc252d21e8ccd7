//! The word lists of `data/` read from their text, and written out as Rust
//! for the engine to embed. `build.rs` runs this at build time (it includes
//! this file by path), so the reader and the command line start with every
//! list already lower-cased, stemmed, ordered and checked, instead of doing
//! it at each start. Plain std types only, besides the stemmer.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

/// The contents of the eight data files, in the order of [`Lists::read`].
pub struct Texts<'a> {
    pub stopwords: &'a str,
    pub aliases: &'a str,
    pub numbers: &'a str,
    pub modality: &'a str,
    pub debris: &'a str,
    pub abbreviations: &'a str,
    pub synonyms: &'a str,
    pub titles: &'a str,
}

/// Every list, read. Maps and sets are ordered, so the Rust written from
/// them (and any lookup by binary search in it) has one order.
#[derive(Debug, Default, PartialEq)]
pub struct Lists {
    pub stopwords: BTreeSet<String>,
    /// Alias key (see [`alias_key`]) -> canonical name; the first line
    /// that names a key wins.
    pub aliases: BTreeMap<String, String>,
    pub longest_alias: usize,
    pub alias_starts: BTreeMap<String, usize>,
    pub cardinals: BTreeMap<String, f64>,
    pub ordinals: BTreeMap<String, f64>,
    pub multipliers: BTreeMap<String, f64>,
    pub vague: BTreeMap<String, (f64, f64)>,
    /// Phrase -> the qualifier's kind as written ("more_than"...), known kinds only.
    pub qualifiers: BTreeMap<Vec<String>, String>,
    pub percent: BTreeSet<Vec<String>>,
    pub commitment: BTreeSet<Vec<String>>,
    pub intention: BTreeSet<Vec<String>>,
    pub negation: BTreeSet<Vec<String>>,
    pub refusal: BTreeSet<Vec<String>>,
    pub not_denial: BTreeSet<Vec<String>>,
    pub cue_starts: BTreeSet<String>,
    pub navigation: BTreeSet<String>,
    /// In file order: the markers are tried in turn.
    pub related: Vec<Vec<String>>,
    /// Longest first, so "AP / TASS" wins over "TASS".
    pub credits: Vec<String>,
    pub title_abbr: BTreeSet<String>,
    pub month_abbr: BTreeSet<String>,
    pub other_abbr: BTreeSet<String>,
    pub titles: BTreeSet<String>,
    /// Stem -> the first stem of its synonym group; the first group wins.
    pub synonyms: BTreeMap<String, String>,
}

/// The qualifier kinds `numbers.txt` may name, with their `Qualifier` variant.
pub const QUALIFIERS: [(&str, &str); 5] = [
    ("more_than", "MoreThan"),
    ("at_least", "AtLeast"),
    ("at_most", "AtMost"),
    ("nearly", "Nearly"),
    ("about", "About"),
];

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
pub fn phrase(text: &str) -> Vec<String> {
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

/// Digits with at most one decimal point, as the lists write numbers.
fn numeral(text: &str) -> Option<f64> {
    let digits = text.bytes().filter(u8::is_ascii_digit).count();
    let points = text.bytes().filter(|&b| b == b'.').count();
    if digits == 0 || points > 1 || digits + points != text.len() {
        return None;
    }
    text.parse().ok()
}

impl Lists {
    /// Reads the eight files of `data/`, each by its name through `read`.
    pub fn from_files(mut read: impl FnMut(&str) -> String) -> Lists {
        let [
            stopwords,
            aliases,
            numbers,
            modality,
            debris,
            abbreviations,
            synonyms,
            titles,
        ] = [
            "stopwords.txt",
            "aliases.txt",
            "numbers.txt",
            "modality.txt",
            "page-debris.txt",
            "abbreviations.txt",
            "synonyms.txt",
            "titles.txt",
        ]
        .map(&mut read);
        Lists::read(&Texts {
            stopwords: &stopwords,
            aliases: &aliases,
            numbers: &numbers,
            modality: &modality,
            debris: &debris,
            abbreviations: &abbreviations,
            synonyms: &synonyms,
            titles: &titles,
        })
    }

    pub fn read(texts: &Texts) -> Lists {
        let mut lists = Lists {
            stopwords: sections(texts.stopwords)
                .into_values()
                .flatten()
                .map(str::to_lowercase)
                .collect(),
            ..Lists::default()
        };
        for line in sections(texts.aliases).into_values().flatten() {
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
                lists.longest_alias = lists.longest_alias.max(words);
                if let Some(first) = key.split(' ').next().filter(|w| !w.is_empty()) {
                    let longest = lists.alias_starts.entry(first.to_owned()).or_default();
                    *longest = (*longest).max(words);
                }
                lists
                    .aliases
                    .entry(key)
                    .or_insert_with(|| (*canonical).to_owned());
            }
        }
        let numbers = sections(texts.numbers);
        let lines = |name: &str| numbers.get(name).into_iter().flatten();
        // A later line for the same word replaces an earlier one.
        let value_pairs = |name: &str| -> BTreeMap<String, f64> {
            lines(name)
                .filter_map(|l| {
                    let (w, v) = l.rsplit_once(' ')?;
                    Some((w.to_lowercase(), numeral(v)?))
                })
                .collect()
        };
        lists.cardinals = value_pairs("cardinal");
        lists.ordinals = value_pairs("ordinal");
        lists.multipliers = value_pairs("multiplier");
        lists.vague = lines("vague")
            .filter_map(|l| {
                let mut parts = l.split_whitespace();
                let word = parts.next()?.to_lowercase();
                let low = numeral(parts.next()?)?;
                let high = numeral(parts.next()?)?;
                Some((word, (low, high)))
            })
            .collect();
        lists.qualifiers = lines("qualifier")
            .filter_map(|l| {
                let (words, kind) = l.split_once('|')?;
                let kind = QUALIFIERS.iter().find(|(k, _)| *k == kind.trim())?.0;
                Some((phrase(words), kind.to_owned()))
            })
            .collect();
        lists.percent = lines("percent").map(|l| phrase(l)).collect();

        let modality = sections(texts.modality);
        let set = |name: &str| -> BTreeSet<Vec<String>> {
            modality
                .get(name)
                .into_iter()
                .flatten()
                .map(|l| phrase(l))
                .collect()
        };
        lists.commitment = set("commitment");
        lists.intention = set("intention");
        lists.negation = set("negation");
        lists.refusal = set("refusal");
        lists.not_denial = set("not-denial");
        lists.cue_starts = [
            &lists.commitment,
            &lists.intention,
            &lists.negation,
            &lists.refusal,
            &lists.not_denial,
        ]
        .into_iter()
        .flatten()
        .filter_map(|phrase| phrase.first().cloned())
        .collect();

        let debris = sections(texts.debris);
        let lines = |name: &str| debris.get(name).into_iter().flatten();
        lists.navigation = lines("navigation").map(|l| l.to_lowercase()).collect();
        lists.related = lines("related").map(|l| phrase(l)).collect();
        lists.credits = lines("credit").map(|l| (*l).to_owned()).collect();
        // Stable: credits of one length keep their file order.
        lists.credits.sort_by_key(|c| std::cmp::Reverse(c.len()));

        let abbreviations = sections(texts.abbreviations);
        let words = |name: &str| -> BTreeSet<String> {
            abbreviations
                .get(name)
                .into_iter()
                .flatten()
                .map(|l| (*l).to_owned())
                .collect()
        };
        lists.title_abbr = words("title");
        lists.month_abbr = words("month");
        lists.other_abbr = words("other");

        lists.titles = sections(texts.titles)
            .into_values()
            .flatten()
            .map(str::to_lowercase)
            .collect();

        let stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
        for line in sections(texts.synonyms).into_values().flatten() {
            let stems: Vec<String> = line
                .split('|')
                .map(|w| w.trim().to_lowercase())
                .filter(|w| !w.is_empty() && !w.contains(' '))
                .map(|w| stemmer.stem(&w).into_owned())
                .collect();
            if let Some(first) = stems.first() {
                for stem in &stems {
                    lists
                        .synonyms
                        .entry(stem.clone())
                        .or_insert_with(|| first.clone());
                }
            }
        }
        lists
    }

    /// The lists as the Rust expression of a `Static` (see the lexicon
    /// module), for `build.rs` to write: every list a static slice, in the
    /// order of its map or set, so phrases can be found by binary search.
    pub fn rust(&self) -> String {
        let mut out = String::from("Static {\n");
        let mut field = |name: &str, value: String| {
            let _ = writeln!(out, "    {name}: {value},");
        };
        field("stopwords", words(&self.stopwords));
        field("aliases", pairs(&self.aliases, |v| format!("{v:?}")));
        field("longest_alias", self.longest_alias.to_string());
        field("alias_starts", pairs(&self.alias_starts, usize::to_string));
        field("cardinals", pairs(&self.cardinals, float));
        field("ordinals", pairs(&self.ordinals, float));
        field("multipliers", pairs(&self.multipliers, float));
        field(
            "vague",
            pairs(&self.vague, |&(low, high)| {
                format!("({}, {})", float(&low), float(&high))
            }),
        );
        let qualifiers: Vec<String> = self
            .qualifiers
            .iter()
            .map(|(words, kind)| {
                let variant = QUALIFIERS
                    .iter()
                    .find(|(k, _)| k == kind)
                    .map_or("", |q| q.1);
                format!("({}, Qualifier::{variant})", phrase_slice(words))
            })
            .collect();
        field(
            "qualifiers",
            format!("Phrases(&[{}])", qualifiers.join(", ")),
        );
        for (name, set) in [
            ("percent", &self.percent),
            ("commitment", &self.commitment),
            ("intention", &self.intention),
            ("negation", &self.negation),
            ("refusal", &self.refusal),
            ("not_denial", &self.not_denial),
        ] {
            let phrases: Vec<String> = set
                .iter()
                .map(|p| format!("({}, ())", phrase_slice(p)))
                .collect();
            field(name, format!("Phrases(&[{}])", phrases.join(", ")));
        }
        field("cue_starts", words(&self.cue_starts));
        field("navigation", words(&self.navigation));
        let related: Vec<String> = self.related.iter().map(|p| phrase_slice(p)).collect();
        field("related", format!("&[{}]", related.join(", ")));
        field("credits", format!("&{:?}", self.credits));
        field("title_abbr", words(&self.title_abbr));
        field("month_abbr", words(&self.month_abbr));
        field("other_abbr", words(&self.other_abbr));
        field("titles", words(&self.titles));
        field("synonyms", pairs(&self.synonyms, |v| format!("{v:?}")));
        out.push('}');
        out
    }
}

fn words(set: &BTreeSet<String>) -> String {
    format!("&{:?}", set.iter().collect::<Vec<_>>())
}

fn pairs<V>(map: &BTreeMap<String, V>, value: impl Fn(&V) -> String) -> String {
    let pairs: Vec<String> = map
        .iter()
        .map(|(k, v)| format!("({k:?}, {})", value(v)))
        .collect();
    format!("&[{}]", pairs.join(", "))
}

fn phrase_slice(words: &[String]) -> String {
    format!("&{words:?}")
}

/// A float as a Rust literal that reads back as the same double.
fn float(v: &f64) -> String {
    format!("{v:?}")
}
