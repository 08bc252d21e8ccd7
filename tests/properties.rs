//! Properties of `compare` over inputs no test writer would think of: it never
//! panics, every sentence points back into its raw text, and the comparison's
//! cross-references hold together.

mod common;

use parallax::engine::{Comparison, Config, RawArticle, compare};
use proptest::prelude::*;

/// Pieces of scraped news text and of the things that break parsers of it:
/// quote marks, stops, abbreviations, URLs, line breaks, invisible and
/// case-changing characters, numbers and page furniture.
const FRAGMENTS: &[&str] = &[
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "\u{85}",
    "\u{2028}",
    "\u{a0}",
    ".",
    ". ",
    "...",
    "…",
    "!",
    "?",
    ":",
    ";",
    ",",
    "-",
    "—",
    "(",
    ")",
    "[",
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "'",
    "«",
    "»",
    "\"\"",
    "”.",
    ".”",
    ".\"",
    "http://example.com/a.b",
    "https://x.y/z?q=1&r=2.",
    "www.news.org",
    "(https://t.co/x)",
    "U.S.",
    "U.K.",
    "Gen.",
    "Jan. 6",
    "Dec.",
    "G.",
    "Mr.",
    "Dr.",
    "e.g.",
    "No.",
    "said",
    "said.",
    "he said.",
    "Macron said.",
    "told",
    "not",
    "no",
    "never",
    "rejects",
    "ruled out",
    "pledged",
    "intends",
    "may",
    "The",
    "the",
    "and",
    "of",
    "a",
    "leadership.A",
    "Russia.Prospects",
    "Macron",
    "Emmanuel Macron",
    "Kyiv",
    "Kiev",
    "Türkiye",
    "Turkey",
    "Zelenskyy",
    "United States",
    "NATO",
    "Coalition of the Willing",
    "Alexus G. Grynkewich",
    "35",
    "35 countries",
    "27",
    "1,000",
    "800,000",
    "3.5",
    "20 percent",
    "20%",
    "two dozen",
    "more than two dozen",
    "nearly four years",
    "$5 million",
    "2026",
    "(AFP Photo)",
    "(L)",
    "(R)",
    "Photo",
    "BigPhoto",
    "Related Items",
    "More From",
    "Related article:",
    "Close",
    "Share",
    "January 06, 2026 09:55 PM GMT+03:00",
    "\u{feff}",
    "\u{200b}",
    "\u{200e}",
    "\u{200f}",
    "\u{0}",
    "\u{7}",
    "é",
    "e\u{301}",
    "ß",
    "ﬁ",
    "İ",
    "ǅ",
    "Σ",
    "ΐ",
    "👍🏽",
    "🇺🇦",
    "中文",
    "عربي",
];

fn scraped_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..80).prop_map(|parts| {
        let mut text = String::new();
        for (i, part) in parts.iter().enumerate() {
            // Words mostly apart, sometimes glued to their neighbour.
            if i % 3 != 2 {
                text.push(' ');
            }
            text.push_str(part);
        }
        text
    })
}

fn articles_of(texts: Vec<String>) -> Vec<RawArticle> {
    texts
        .into_iter()
        .enumerate()
        .map(|(i, text)| RawArticle {
            id: format!("a{i:04}"),
            text,
            meta: Default::default(),
        })
        .collect()
}

/// Compares, then checks everything a comparison promises about its input.
fn check(articles: &[RawArticle]) -> Comparison {
    let c = compare(articles, &Config::default());
    common::assert_provenance(articles, &c);
    common::assert_well_formed(&c);
    assert_eq!(
        c.sources.len() + c.problems.len(),
        articles.len(),
        "every article is compared or named as a problem"
    );
    c
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn arbitrary_unicode_never_breaks_it(texts in prop::collection::vec(any::<String>(), 0..5)) {
        check(&articles_of(texts));
    }

    #[test]
    fn scraped_looking_text_never_breaks_it(texts in prop::collection::vec(scraped_text(), 1..5)) {
        check(&articles_of(texts));
    }

    #[test]
    fn whitespace_only_articles_are_problems(
        texts in prop::collection::vec("[ \t\n\r\u{a0}\u{2028}\u{3000}]{0,40}", 1..4),
    ) {
        let c = check(&articles_of(texts));
        prop_assert!(c.sources.is_empty());
    }

    #[test]
    fn repeated_ids_and_texts_are_problems_not_panics(
        picks in prop::collection::vec((0..3usize, 0..3usize), 1..6),
        texts in prop::collection::vec(scraped_text(), 3),
    ) {
        let mut articles: Vec<RawArticle> = picks
            .iter()
            .map(|&(id, text)| RawArticle {
                id: format!("s{id}"),
                text: texts[text].clone(),
                meta: Default::default(),
            })
            .collect();
        check(&articles);
        // Whatever order the articles come in.
        articles.reverse();
        check(&articles);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(16))]

    /// The same input twice gives the same comparison, whatever the input.
    #[test]
    fn it_is_deterministic(texts in prop::collection::vec(scraped_text(), 2..4)) {
        let articles = articles_of(texts);
        prop_assert_eq!(
            compare(&articles, &Config::default()),
            compare(&articles, &Config::default())
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2))]

    /// A wire feed of headlines: thousands of one-to-three-word articles.
    #[test]
    fn thousands_of_tiny_articles(
        words in prop::collection::vec(
            prop::collection::vec(prop::sample::select(FRAGMENTS), 1..=3),
            2000,
        ),
    ) {
        let texts: Vec<String> = words
            .iter()
            .enumerate()
            .map(|(i, w)| format!("{} {i}", w.join(" ")))
            .collect();
        check(&articles_of(texts));
    }
}

#[test]
fn no_articles_at_all() {
    let c = check(&[]);
    assert!(c.sources.is_empty() && c.links.is_empty() && c.facts.is_empty());
    assert_eq!(c.totals, Default::default());
}

#[test]
fn one_huge_sentence_without_a_full_stop() {
    let words = [
        "allies",
        "Macron",
        "agreed",
        "on",
        "35",
        "countries",
        "and",
        "the",
        "U.S.",
        "monitoring",
        "Kyiv",
        "“quoted”",
        "troops",
        "2026",
        "Jan.",
        "6",
    ];
    let mut text = String::new();
    let mut i = 0usize;
    while text.len() < 200_000 {
        text.push_str(words[i % words.len()]);
        text.push(if i % 97 == 96 { '\n' } else { ' ' });
        i = i.wrapping_mul(31).wrapping_add(7) % 1_000_003;
    }
    let other = "Macron said allies agreed on monitoring with 35 countries. Troops come later.";
    check(&articles_of(vec![text, other.to_owned()]));
}
