//! A block's cleaned text, built word by word with the raw byte each of its
//! bytes came from: white space collapsed, links and invisible characters
//! left out, a missing space after a full stop put back.

use super::Block;
use super::lines::is_url;
use crate::engine::model::BlockKind;

/// Accumulates cleaned text with its raw offsets.
pub(super) struct TextBuilder {
    text: String,
    map: Vec<usize>,
}

impl TextBuilder {
    /// Room for `size` bytes of text.
    pub(super) fn with_capacity(size: usize) -> TextBuilder {
        TextBuilder {
            text: String::with_capacity(size),
            map: Vec::with_capacity(size),
        }
    }

    /// Pushes `piece` byte for byte, so each byte maps to its own raw byte.
    fn push_raw(&mut self, piece: &str, raw_at: usize) {
        self.text.push_str(piece);
        self.map.extend(raw_at..raw_at + piece.len());
    }

    /// Pushes a space standing in for the raw byte at `raw_at`.
    pub(super) fn push_space(&mut self, raw_at: usize) {
        if !self.text.is_empty() && !self.text.ends_with(' ') {
            self.text.push(' ');
            self.map.push(raw_at);
        }
    }

    /// Pushes one line: collapses white space, drops URLs, repairs a missing
    /// space after a full stop ("leadership.A joint").
    /// The line is scanned for bytes that may be white space, ASCII white
    /// space or the start of a non-ASCII character, which alone is decoded.
    /// That scan is a loop of its own, small for the browser's wasm tiering
    /// as well as fast.
    #[inline(never)]
    pub(super) fn push_line(&mut self, line: &str, start: usize) {
        let bytes = line.as_bytes();
        let (mut word_start, mut at) = (0, 0);
        while let Some(skip) = bytes[at..]
            .iter()
            .position(|&b| matches!(b, b' ' | b'\t'..=b'\r') || !b.is_ascii())
        {
            at += skip;
            let (space, len) = if bytes[at].is_ascii() {
                (true, 1)
            } else {
                let Some(c) = line[at..].chars().next() else {
                    break;
                };
                (c.is_whitespace(), c.len_utf8())
            };
            if space {
                self.push_token(&line[word_start..at], start + word_start, Some(start + at));
                word_start = at + len;
            }
            at += len;
        }
        if word_start < line.len() {
            self.push_token(&line[word_start..], start + word_start, None);
        }
    }

    /// Pushes a word and the white space after it (at raw byte `space`),
    /// or neither when the word is a URL.
    fn push_token(&mut self, word: &str, start: usize, space: Option<usize>) {
        if is_url(word) {
            return;
        }
        self.push_word(word, start);
        if let Some(at) = space {
            self.push_space(at);
        }
    }

    /// Pushes one word in runs of kept characters: invisible characters are
    /// left out and a space goes in where two sentences were run together.
    fn push_word(&mut self, word: &str, start: usize) {
        // Most words are plain printable ASCII without a stop or a quote:
        // nothing in them to leave out or split, so they go in whole.
        if word
            .bytes()
            .all(|b| b.is_ascii_graphic() && !matches!(b, b'.' | b'!' | b'?' | b'"'))
        {
            self.push_raw(word, start);
        } else {
            self.push_word_in_runs(word, start);
        }
    }

    /// The rest of `push_word`, for the few words that need it.
    #[inline(never)]
    fn push_word_in_runs(&mut self, word: &str, start: usize) {
        let mut run = 0;
        for (i, c) in word.char_indices() {
            let next = i + c.len_utf8();
            if is_invisible(c) {
                self.push_raw(&word[run..i], start + run);
                run = next;
            } else if missing_space_after(word, i, c) {
                self.push_raw(&word[run..next], start + run);
                self.text.push(' ');
                self.map.push(start + next);
                run = next;
            }
        }
        self.push_raw(&word[run..], start + run);
    }

    pub(super) fn finish(self) -> Block {
        Block {
            kind: BlockKind::Body,
            text: self.text,
            map: self.map,
        }
    }
}

/// Characters that take no place in the cleaned text.
fn is_invisible(c: char) -> bool {
    c.is_whitespace() || c.is_control() || c == '\u{feff}' || c == '\u{200b}'
}

/// After `c`, at byte `at` of `word`, a sentence ended and the next began
/// with no space: two or more lower-case letters, a stop (and maybe a closing
/// quote), then a capitalised word.
fn missing_space_after(word: &str, at: usize, c: char) -> bool {
    let is_stop = |c: char| matches!(c, '.' | '!' | '?');
    let is_close_quote = |c: char| matches!(c, '”' | '"' | '’');
    if !is_stop(c) && !is_close_quote(c) {
        return false; // most characters: nothing to look at around them
    }
    let mut after = word[at + c.len_utf8()..].chars();
    let (next, then) = (after.next(), after.next());
    let mut before = word[..at].chars().rev();
    if is_close_quote(c) && !before.next().is_some_and(is_stop) {
        return false;
    }
    if is_stop(c) && next.is_some_and(is_close_quote) {
        return false; // the quote closes first; decide after it
    }
    let lower_before = before.clone().next().is_some_and(char::is_lowercase);
    let letters_before = before.take_while(|ch| ch.is_alphabetic()).take(2).count();
    letters_before >= 2
        && lower_before
        && next.is_some_and(char::is_uppercase)
        && then.is_none_or(|a| a.is_lowercase() || a.is_whitespace() || a == '\'' || a == '’')
}
