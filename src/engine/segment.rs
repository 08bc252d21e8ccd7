//! Sentences: Unicode sentence boundaries (UAX #29, as `unicode-segmentation`
//! finds them, by way of `engine::boundaries`)
//! with what they lack for news text: abbreviations and initials that do not
//! end a sentence ("Gen.", "Jan. 6", "Alexus G. Grynkewich") and attribution
//! fragments left behind by a quotation ("Macron said.").

use super::boundaries::{sentence_bounds, words};
use super::lexicon::{Lexicon, lexicon};

/// Byte ranges `[start, end)` of the sentences of `text`, trimmed of spaces.
#[inline(never)]
pub fn sentences(text: &str) -> Vec<(usize, usize)> {
    let lex = lexicon();
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (start, piece) in sentence_bounds(text) {
        let end = start + piece.len();
        let joins = out
            .last()
            .is_some_and(|&(ps, pe)| continues(&text[ps..pe], piece, lex));
        match out.last_mut() {
            Some(last) if joins => last.1 = end,
            _ => out.push((start, end)),
        }
    }
    out.into_iter()
        .filter_map(|(s, e)| {
            let piece = &text[s..e];
            let lead = piece.len() - piece.trim_start().len();
            let trimmed = piece.trim();
            (!trimmed.is_empty()).then(|| (s + lead, s + lead + trimmed.len()))
        })
        .collect()
}

/// Whether `next` carries on the sentence `prev` instead of starting one.
fn continues(prev: &str, next: &str, lex: &Lexicon) -> bool {
    let prev = prev.trim_end();
    let next_trim = next.trim();
    if !next_trim.chars().any(char::is_alphanumeric) {
        return true; // a stray closing quote or bracket
    }
    if is_attribution_fragment(next_trim) && !prev.is_empty() {
        return true;
    }
    let Some(before_stop) = prev.strip_suffix('.') else {
        return false;
    };
    let last_word = before_stop
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .next()
        .unwrap_or("");
    let first_char = next_trim.chars().next();
    if lex.title_abbr.contains(last_word) {
        return true;
    }
    if lex.month_abbr.contains(last_word) && first_char.is_some_and(|c| c.is_ascii_digit()) {
        return true;
    }
    if lex.other_abbr.contains(last_word) && first_char.is_some_and(char::is_lowercase) {
        return true;
    }
    // An initial: one capital letter, then a capitalised name.
    let mut chars = last_word.chars();
    let is_initial = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
    is_initial && first_char.is_some_and(char::is_uppercase)
}

/// "he said." or "Macron added." left over after a closing quotation mark.
fn is_attribution_fragment(piece: &str) -> bool {
    const VERBS: [&str; 10] = [
        "said", "says", "added", "told", "wrote", "stated", "stressed", "warned", "noted",
        "insisted",
    ];
    // Five words are enough to know it has more than four.
    let words: Vec<&str> = words(piece).take(5).collect();
    words.len() <= 4
        && words
            .iter()
            .any(|w| VERBS.contains(&w.to_lowercase().as_str()))
        && !piece.contains(['"', '“'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text)
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect()
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        let cases: &[(&str, &[&str])] = &[
            (
                "NATO's top commander, US Gen. Alexus G. Grynkewich, joined. Army chiefs met.",
                &[
                    "NATO's top commander, US Gen. Alexus G. Grynkewich, joined.",
                    "Army chiefs met.",
                ],
            ),
            (
                "He met them on Jan. 6, 2026. Then he left.",
                &["He met them on Jan. 6, 2026.", "Then he left."],
            ),
            (
                "The U.S. officials left. The U.K. stayed.",
                &["The U.S. officials left.", "The U.K. stayed."],
            ),
            (
                "Dr. Smith came. Mr. Jones went.",
                &["Dr. Smith came.", "Mr. Jones went."],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(split(text), *want, "{text}");
        }
    }

    #[test]
    fn quotations_keep_their_attribution() {
        let text = "But he warned: \"We can get there. And so we must.\" Starmer said. \"This only hardens our resolve,\" he added.";
        assert_eq!(
            split(text),
            vec![
                "But he warned: \"We can get there.",
                "And so we must.\" Starmer said.",
                "\"This only hardens our resolve,\" he added."
            ]
        );
    }

    #[test]
    fn empty_and_space_only_text_has_no_sentences() {
        assert!(sentences("").is_empty());
        assert!(sentences("   ").is_empty());
    }
}
