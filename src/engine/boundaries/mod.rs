//! Word and sentence boundaries (UAX #29), exactly as `unicode-segmentation`
//! finds them, but fast on plain text. The crate looks every character up in
//! the general Unicode tables; news text is nearly all ASCII with a few curly
//! quotes and dashes, so a text made only of [`plain`] characters takes the
//! rules on that small alphabet instead, and any other text goes to the crate.

mod plain;
mod sentence;
mod word;

use unicode_segmentation::UnicodeSegmentation;

use plain::is_plain;
use sentence::PlainSentenceBounds;
use word::PlainWordBounds;

/// The word segments of `text` with their byte offsets: the items of
/// `split_word_bound_indices`.
pub fn word_bounds(text: &str) -> impl Iterator<Item = (usize, &str)> {
    if is_plain(text) {
        Segments::Plain(PlainWordBounds::new(text))
    } else {
        Segments::Unicode(text.split_word_bound_indices())
    }
}

/// The word segments of `text` holding a letter or digit: the items of
/// `unicode_words`.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    if is_plain(text) {
        let words = PlainWordBounds::new(text)
            .map(|(_, segment)| segment)
            .filter(|segment| segment.chars().any(char::is_alphanumeric));
        Segments::Plain(words)
    } else {
        Segments::Unicode(text.unicode_words())
    }
}

/// The sentence segments of `text` with their byte offsets: the items of
/// `split_sentence_bound_indices`.
pub fn sentence_bounds(text: &str) -> impl Iterator<Item = (usize, &str)> {
    if is_plain(text) {
        Segments::Plain(PlainSentenceBounds::new(text))
    } else {
        Segments::Unicode(text.split_sentence_bound_indices())
    }
}

/// The segments of a text from whichever of two iterators suits it.
enum Segments<P, U> {
    Plain(P),
    Unicode(U),
}

impl<T, P: Iterator<Item = T>, U: Iterator<Item = T>> Iterator for Segments<P, U> {
    type Item = T;

    #[inline]
    fn next(&mut self) -> Option<T> {
        match self {
            Segments::Plain(segments) => segments.next(),
            Segments::Unicode(segments) => segments.next(),
        }
    }
}

#[cfg(test)]
mod tests;
