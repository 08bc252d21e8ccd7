//! The crate is the reference: every test compares with `unicode-segmentation`.

use proptest::prelude::*;
use unicode_segmentation::UnicodeSegmentation;

use super::plain::classes;
use super::*;

/// Fails unless all three segmentations of `text` equal the crate's.
fn assert_same(text: &str) {
    let words: Vec<_> = word_bounds(text).collect();
    let want: Vec<_> = text.split_word_bound_indices().collect();
    assert_eq!(words, want, "word bounds of {text:?}");
    let words: Vec<_> = super::words(text).collect();
    let want: Vec<_> = text.unicode_words().collect();
    assert_eq!(words, want, "words of {text:?}");
    let sentences: Vec<_> = sentence_bounds(text).collect();
    let want: Vec<_> = text.split_sentence_bound_indices().collect();
    assert_eq!(sentences, want, "sentence bounds of {text:?}");
}

/// Every plain character (they all lie below U+2200).
fn plain_chars() -> Vec<char> {
    ('\0'..'\u{2200}')
        .filter(|&c| classes(c).is_some())
        .collect()
}

/// One plain character for each pair of classes.
fn representatives() -> Vec<char> {
    let mut seen = Vec::new();
    let mut chars = Vec::new();
    for c in plain_chars() {
        let pair = classes(c);
        if !seen.contains(&pair) {
            seen.push(pair);
            chars.push(c);
        }
    }
    chars
}

#[test]
fn tricky_news_text_splits_as_the_crate_does() {
    let cases = [
        "The U.S. officials left. The U.K. stayed.",
        "Growth was 3.5 percent, or 3,500,000.",
        "It’s Ukraine’s plan, ‘they’ said.",
        "\"We will,\" he said. \"Now.\" Then: “Yes.” — and… ‘no’ – fine.",
        "Wait... what?! Really?? (Yes.) [No!] {Maybe.}",
        "Line one.\r\nLine two\rLine three\n\nLine four.",
        "e.g. the plan, i.e. this one. Etc. And so on.",
        "Jan. 6, 2026. Gen. Alexus G. Grynkewich said. 12.5.",
        "Türkiye, Zürich and Besançon; café-bar; naïve Ångström.",
        "a_b __init__ x1y2 1a 1_000 1'000 a'b a''b a..b 1..2 a.1 1.a",
        "spaces   and\ttabs\u{a0}and\u{b}vertical\u{c}feeds",
        "",
        " ",
        ".",
        "\r",
        "\r\n",
        "said.\" He",
        "said.\" he",
    ];
    for text in cases {
        assert_same(text);
    }
}

#[test]
fn abbreviations_and_decimals_do_not_end_sentences() {
    let split = |text| sentence_bounds(text).map(|(_, s)| s).collect::<Vec<_>>();
    assert_eq!(
        split("U.S. officials met. Then"),
        ["U.S. officials met. ", "Then"]
    );
    assert_eq!(split("It rose 3.5 points."), ["It rose 3.5 points."]);
    assert_eq!(split("e.g. the one"), ["e.g. the one"]);
    assert_eq!(split("He said.\" Then"), ["He said.\" ", "Then"]);
    assert_eq!(split("Wait... No"), ["Wait... ", "No"]);
    assert_eq!(split("One.\r\nTwo"), ["One.\r\n", "Two"]);
    let words: Vec<_> = word_bounds("it’s U.S. 3.5").map(|(_, w)| w).collect();
    assert_eq!(words, ["it’s", " ", "U.S", ".", " ", "3.5"]);
}

#[test]
fn every_plain_character_behaves_as_the_crate_says_in_every_context() {
    let reps: Vec<String> = representatives().iter().map(char::to_string).collect();
    let mut contexts: Vec<String> = vec![String::new()];
    contexts.extend(reps.iter().cloned());
    let prefixes: Vec<String> = ["a.", "1.", "a. ", "A.", "a.)", "a!", "1,", "a’", ". "]
        .iter()
        .map(|s| s.to_string())
        .chain(contexts.iter().cloned())
        .collect();
    let suffixes: Vec<String> = ["a", "A", "1", ".a", " a", "\n", "’a", ")a"]
        .iter()
        .map(|s| s.to_string())
        .chain(contexts.iter().cloned())
        .collect();
    for c in plain_chars() {
        for before in &prefixes {
            for after in &suffixes {
                assert_same(&format!("{before}{c}{after}"));
            }
        }
    }
}

#[test]
fn every_short_string_of_plain_classes_splits_as_the_crate_does() {
    let reps = representatives();
    let mut text = String::new();
    let mut indices = [0usize; 4];
    for len in 0..=indices.len() {
        indices = [0; 4];
        loop {
            text.clear();
            text.extend(indices[..len].iter().map(|&i| reps[i]));
            assert_same(&text);
            // The next string of `len` representatives, like an odometer.
            let Some(place) = indices[..len].iter().position(|&i| i + 1 < reps.len()) else {
                break;
            };
            indices[place] += 1;
            indices[..place].fill(0);
        }
    }
}

/// Plain characters, the ones the rules turn on most often.
fn plain_char() -> impl Strategy<Value = char> {
    let marks = ".,:;'\"’‘“”!?()-–—_ \t\r\n…";
    prop_oneof![
        4 => prop::sample::select(marks.chars().collect::<Vec<_>>()),
        3 => prop::sample::select("aAzZeE19".chars().collect::<Vec<_>>()),
        2 => prop::sample::select(plain_chars()),
    ]
}

fn plain_text() -> impl Strategy<Value = String> {
    prop::collection::vec(plain_char(), 0..48).prop_map(|chars| chars.into_iter().collect())
}

/// Mostly plain, with now and then any character at all.
fn mixed_text() -> impl Strategy<Value = String> {
    let c = prop_oneof![8 => plain_char(), 1 => any::<char>()];
    prop::collection::vec(c, 0..48).prop_map(|chars| chars.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn plain_text_splits_as_the_crate_does(text in plain_text()) {
        assert_same(&text);
    }

    #[test]
    fn mixed_text_splits_as_the_crate_does(text in mixed_text()) {
        assert_same(&text);
    }

    #[test]
    fn any_text_splits_as_the_crate_does(text in any::<String>()) {
        assert_same(&text);
    }
}
