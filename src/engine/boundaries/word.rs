//! UAX #29 word boundaries (WB1–WB999) on plain text. With no Extend, Format,
//! ZWJ, Katakana, Hebrew or Regional_Indicator characters the rules come
//! down to: CR LF together, runs of spaces together, and runs of letters,
//! digits and underscores, which a full stop, apostrophe, colon or comma
//! joins only between two letters or two digits.

use super::plain::{WordBreak, word_break_at};

/// Word segments of a plain text with their byte offsets, as
/// `split_word_bound_indices` gives them.
#[derive(Debug, Clone)]
pub struct PlainWordBounds<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> PlainWordBounds<'a> {
    /// Only for texts that [`super::plain::is_plain`] accepts.
    pub fn new(text: &'a str) -> Self {
        Self { text, at: 0 }
    }
}

impl<'a> Iterator for PlainWordBounds<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        let start = self.at;
        let end = start + segment_len(self.text, start)?;
        self.at = end;
        Some((start, self.text.get(start..end)?))
    }
}

/// The length in bytes of the segment starting at `start`; `None` at the end.
fn segment_len(text: &str, start: usize) -> Option<usize> {
    let (first, len) = word_break_at(text, start)?;
    Some(match first {
        // WB3: CR × LF.
        WordBreak::Cr if text.as_bytes().get(start + 1) == Some(&b'\n') => 2,
        // WB3d: WSegSpace × WSegSpace (the only plain one is the space).
        WordBreak::WSegSpace => text
            .get(start..)
            .map_or(len, |rest| rest.bytes().take_while(|&b| b == b' ').count()),
        WordBreak::ALetter | WordBreak::Numeric | WordBreak::ExtendNumLet => {
            word_len(text, start, first, len)
        }
        // WB3a, WB3b, WB999.
        _ => len,
    })
}

/// The length of a run of letters, digits and connectors (WB5–WB13b) that
/// starts at `start` with a character of class `first`, `len` bytes long.
fn word_len(text: &str, start: usize, first: WordBreak, len: usize) -> usize {
    let bytes = text.as_bytes();
    let mut last = first;
    let mut end = start + len;
    loop {
        // Most of a word is ASCII letters or digits: no table needed.
        while let Some(&byte) = bytes.get(end) {
            last = match byte {
                b'a'..=b'z' | b'A'..=b'Z' => WordBreak::ALetter,
                b'0'..=b'9' => WordBreak::Numeric,
                _ => break,
            };
            end += 1;
        }
        let Some((class, len)) = word_break_at(text, end) else {
            break;
        };
        match class {
            // WB5, WB8, WB9, WB10, WB13a, WB13b.
            WordBreak::ALetter | WordBreak::Numeric | WordBreak::ExtendNumLet => {
                last = class;
                end += len;
            }
            // WB6, WB7, WB11, WB12: a separator between two letters or digits.
            _ => match word_break_at(text, end + len) {
                Some((after, after_len)) if joins(last, class, after) => {
                    last = after;
                    end += len + after_len;
                }
                _ => break,
            },
        }
    }
    end - start
}

/// Whether `mid` joins a `before` to an `after` (WB6/WB7 for letters,
/// WB11/WB12 for digits).
fn joins(before: WordBreak, mid: WordBreak, after: WordBreak) -> bool {
    use WordBreak::*;
    match (before, after) {
        (ALetter, ALetter) => matches!(mid, MidLetter | MidNumLet | SingleQuote),
        (Numeric, Numeric) => matches!(mid, MidNum | MidNumLet | SingleQuote),
        _ => false,
    }
}
