//! UAX #29 sentence boundaries (SB1–SB998) on plain text. Past the start, a
//! boundary only follows a line break (SB4) or a terminator with its closing
//! marks and spaces (SB11), so the scan jumps from one `.`, `!`, `?`, CR or
//! LF to the next (all of them ASCII) and applies the rules there.

use super::plain::{SentenceBreak, classes, sentence_break_at};

/// Sentence segments of a plain text with their byte offsets, as
/// `split_sentence_bound_indices` gives them.
#[derive(Debug, Clone)]
pub struct PlainSentenceBounds<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> PlainSentenceBounds<'a> {
    /// Only for texts that [`super::plain::is_plain`] accepts.
    pub fn new(text: &'a str) -> Self {
        Self { text, at: 0 }
    }
}

impl<'a> Iterator for PlainSentenceBounds<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        let start = self.at;
        if start >= self.text.len() {
            return None;
        }
        let end = next_boundary(self.text, start);
        self.at = end;
        Some((start, self.text.get(start..end)?))
    }
}

/// The first boundary after `start`, or the end of the text (SB2).
fn next_boundary(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut from = start;
    while let Some(at) = next_mark(bytes, from) {
        match bytes.get(at) {
            // SB4: a boundary after every line break.
            Some(b'\n') => return at + 1,
            // SB3: not between CR and LF.
            Some(b'\r') => return at + 1 + usize::from(bytes.get(at + 1) == Some(&b'\n')),
            _ => match after_terminator(text, at) {
                (end, true) => return end,
                (end, false) => from = end,
            },
        }
    }
    text.len()
}

/// Where the next terminator or line break is, from byte `from` on.
fn next_mark(bytes: &[u8], from: usize) -> Option<usize> {
    let ahead = bytes.get(from..)?;
    let offset = ahead
        .iter()
        .position(|b| matches!(b, b'.' | b'!' | b'?' | b'\n' | b'\r'))?;
    Some(from + offset)
}

/// After the terminator at `at`: where its closing marks and spaces end
/// (SB9, SB10) and whether a boundary falls there (SB11) rather than one of
/// SB6–SB8a keeping the sentence going.
fn after_terminator(text: &str, at: usize) -> (usize, bool) {
    use SentenceBreak::*;
    let full_stop = text.as_bytes().get(at) == Some(&b'.');
    let end = skip(text, skip(text, at + 1, Close), Sp);
    let Some((next, _)) = sentence_break_at(text, end) else {
        return (end, false); // the end of the text
    };
    let kept = match next {
        // SB9, SB10: the line break takes the boundary after it.
        Cr | Lf => true,
        // SB8a.
        SContinue | STerm | ATerm => true,
        _ if !full_stop => false,
        // SB6: "3.5".
        Numeric if end == at + 1 => true,
        // SB7: "U.S".
        Upper if end == at + 1 && cased_before(text, at) => true,
        // SB8: "e.g. the".
        _ => lower_ahead(text, end),
    };
    (end, !kept)
}

/// The first byte from `from` on whose character is not of `class`.
fn skip(text: &str, from: usize, class: SentenceBreak) -> usize {
    let mut at = from;
    while let Some((found, len)) = sentence_break_at(text, at) {
        if found != class {
            break;
        }
        at += len;
    }
    at
}

/// Whether the character before byte `at` is an upper- or lower-case letter.
fn cased_before(text: &str, at: usize) -> bool {
    text.get(..at)
        .and_then(|before| before.chars().next_back())
        .and_then(classes)
        .is_some_and(|(_, class)| matches!(class, SentenceBreak::Upper | SentenceBreak::Lower))
}

/// SB8: whether a lower-case letter comes before any other letter, line
/// break or terminator from byte `from` on.
fn lower_ahead(text: &str, from: usize) -> bool {
    use SentenceBreak::*;
    let mut at = from;
    while let Some((class, len)) = sentence_break_at(text, at) {
        match class {
            Lower => return true,
            Upper | Cr | Lf | STerm | ATerm => return false,
            _ => at += len,
        }
    }
    false
}
