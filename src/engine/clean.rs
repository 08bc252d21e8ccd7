//! Cleaning: scraped page text in, blocks of article text out (headings,
//! captions, body paragraphs), each byte of which remembers where in the raw
//! file it came from.
//!
//! The page debris it removes is described by kinds of evidence (a line made
//! only of navigation words, a bare URL, a dateline, a caption printed twice, a
//! related-stories block, a credit after a caption, a signature after the last
//! paragraph), never by the phrases of any one article.

use std::borrow::Cow;

use foldhash::HashSet;

use super::lexicon::{Lexicon, lexicon, lower_case};
use super::model::BlockKind;

/// A cleaned paragraph. `map[i]` is the raw byte that `text`'s byte `i` came
/// from (an inserted space maps to the raw byte it stands in for).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub text: String,
    pub map: Vec<usize>,
}

impl Block {
    /// The raw byte range behind `text[start..end]`.
    pub fn raw_range(&self, start: usize, end: usize, raw: &str) -> (usize, usize) {
        if start >= end || end > self.map.len() {
            return (0, 0);
        }
        let first = self.map[start];
        let mut last = self.map[end - 1] + 1;
        while last < raw.len() && !raw.is_char_boundary(last) {
            last += 1;
        }
        (first.min(last), last.min(raw.len()))
    }
}

/// One trimmed line of the raw file.
#[derive(Debug, Clone, Copy)]
struct Line<'a> {
    start: usize,
    text: &'a str,
}

impl Line<'_> {
    fn end(&self) -> usize {
        self.start + self.text.len()
    }
}

/// Splits the raw text into article blocks.
#[inline(never)]
pub fn clean(raw: &str) -> Vec<Block> {
    let lex = lexicon();
    let lines = split_lines(raw);
    let kept = drop_debris_lines(&lines, lex);
    let wrapped = is_hard_wrapped(&lines);
    let paragraphs = group_paragraphs(&lines, &kept, wrapped);
    let paragraphs = drop_related_blocks(paragraphs, lex);
    let paragraphs = join_broken_sentences(paragraphs);
    let mut blocks: Vec<Block> = paragraphs
        .iter()
        .filter_map(|p| build_block(p, lex))
        .filter(|b| b.text.chars().any(char::is_alphanumeric))
        .collect();
    drop_trailing_signature(&mut blocks);
    blocks
}

fn split_lines(raw: &str) -> Vec<Line<'_>> {
    let mut lines = Vec::new();
    let mut offset = 0;
    for piece in raw.split_inclusive('\n') {
        let content = piece.trim_end_matches(['\n', '\r']);
        let trimmed_start = content.trim_start();
        let start = offset + (content.len() - trimmed_start.len());
        let text = trimmed_start.trim_end();
        // A BOM or zero-width junk at a line start is not text.
        let skip: usize = text
            .chars()
            .take_while(|c| matches!(c, '\u{feff}' | '\u{200b}' | '\u{200e}' | '\u{200f}'))
            .map(char::len_utf8)
            .sum();
        lines.push(Line {
            start: start + skip,
            text: &text[skip..],
        });
        offset += piece.len();
    }
    lines
}

/// Words of a line: its alphanumeric runs (hyphens kept), lower-cased.
fn plain_words(text: &str) -> impl Iterator<Item = Cow<'_, str>> {
    text.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(lower_case)
}

/// A bare link: after any opening brackets or quotes, it starts with a scheme
/// or "www.". Only the start is looked at, so most words cost one comparison.
fn is_url(token: &str) -> bool {
    let t = token.trim_start_matches(is_link_wrapper);
    t.starts_with("http://") || t.starts_with("https://") || t.starts_with("www.")
}

/// Brackets, quotes and separators that may wrap a link.
fn is_link_wrapper(c: char) -> bool {
    matches!(
        c,
        '(' | ')' | '[' | ']' | '<' | '>' | '"' | '\'' | '“' | '”' | '‘' | '’' | ',' | ';'
    )
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A line that only states a date and time, like a dateline under a headline.
fn is_dateline(text: &str) -> bool {
    if text.len() > 80 || !text.chars().any(|c| c.is_ascii_digit()) {
        return false; // a dateline is short and has numbers
    }
    let is_month = |w: &str| MONTHS.contains(&w);
    plain_words(text).nth(10).is_none()
        && plain_words(text).any(|w| is_month(&w))
        && plain_words(text).all(|w| {
            is_month(&w)
                || w.chars().all(|c| c.is_ascii_digit() || c == '-')
                || matches!(
                    &*w,
                    "am" | "pm" | "gmt" | "utc" | "updated" | "published" | "at"
                )
                || w.starts_with("gmt")
                || w.starts_with("utc")
        })
}

/// A line made only of navigation and share-button words.
fn is_navigation(text: &str, lex: &Lexicon) -> bool {
    // Body lines are long: only short ones are worth splitting into words.
    if text.len() > 80 {
        return false;
    }
    plain_words(text).next().is_some()
        && plain_words(text).nth(8).is_none()
        && plain_words(text).all(|w| lex.navigation.contains(&*w))
}

/// Marks the lines that are page debris on their own; returns which to keep.
fn drop_debris_lines(lines: &[Line], lex: &Lexicon) -> Vec<bool> {
    let mut seen: HashSet<&str> = HashSet::default();
    lines
        .iter()
        .map(|line| {
            let t = line.text;
            if t.is_empty() {
                return false;
            }
            if t.split_whitespace().all(is_url) || is_navigation(t, lex) || is_dateline(t) {
                return false;
            }
            // Printed twice, like a photo caption; short lines may repeat.
            let long = t.split_whitespace().nth(3).is_some();
            !long || seen.insert(t)
        })
        .collect()
}

fn ends_sentence(text: &str) -> bool {
    let t = text.trim_end_matches(|c: char| "\"'”’)]»".contains(c) || c.is_whitespace());
    t.ends_with(['.', '!', '?', '…', ':', ';'])
}

/// Hard-wrapped text: lines of similar, moderate length that mostly stop
/// mid-sentence and run on into the next line.
fn is_hard_wrapped(lines: &[Line]) -> bool {
    let mut runs_on = 0usize;
    let mut candidates = 0usize;
    let mut longest = 0usize;
    for pair in lines.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        // Only whether a line passes 140 characters or 5 words matters.
        longest = longest.max(a.text.chars().take(141).count());
        if a.text.is_empty() || b.text.is_empty() || a.text.split_whitespace().nth(5).is_none() {
            continue;
        }
        candidates += 1;
        if !ends_sentence(a.text) {
            runs_on += 1;
        }
    }
    candidates >= 3 && longest <= 140 && runs_on * 2 >= candidates
}

/// A paragraph: the raw lines that make it up.
type Paragraph<'a> = Vec<Line<'a>>;

fn group_paragraphs<'a>(lines: &[Line<'a>], kept: &[bool], wrapped: bool) -> Vec<Paragraph<'a>> {
    let mut paragraphs: Vec<Paragraph> = Vec::new();
    let mut current: Paragraph = Vec::new();
    for (line, &keep) in lines.iter().zip(kept) {
        if line.text.is_empty() {
            if !current.is_empty() {
                paragraphs.push(std::mem::take(&mut current));
            }
            continue;
        }
        if !keep {
            continue;
        }
        let runs_on = current.last().is_some_and(|prev: &Line| {
            wrapped
                || prev.text.ends_with('-')
                || (!ends_sentence(prev.text) && starts_lower(line.text))
        });
        if !runs_on && !current.is_empty() {
            paragraphs.push(std::mem::take(&mut current));
        }
        current.push(*line);
    }
    if !current.is_empty() {
        paragraphs.push(current);
    }
    paragraphs
}

fn starts_lower(text: &str) -> bool {
    text.trim_start_matches(|c: char| !c.is_alphanumeric())
        .chars()
        .next()
        .is_some_and(char::is_lowercase)
}

/// "Related article: ...", "More From ...", "Related Items" and the list of
/// headlines under it: links to other stories, not this one.
fn drop_related_blocks<'a>(paragraphs: Vec<Paragraph<'a>>, lex: &Lexicon) -> Vec<Paragraph<'a>> {
    let mut out = Vec::with_capacity(paragraphs.len());
    let mut in_list = false;
    for p in paragraphs {
        let first = p.first().map(|l| l.text).unwrap_or("");
        // The markers are a few words at the start of the paragraph.
        let opening = first
            .char_indices()
            .nth(40)
            .map_or(first, |(i, _)| &first[..i]);
        let words: Vec<Cow<str>> = plain_words(opening).collect();
        let opens_related = lex.related.iter().any(|marker| {
            words.len() >= marker.len()
                && words[..marker.len()] == marker[..]
                && (words.len() == marker.len() || first.contains(':') || is_title_case(first))
        });
        if opens_related {
            in_list = true;
            continue;
        }
        if in_list && !ends_sentence(&joined(&p)) {
            continue; // a headline in the list
        }
        in_list = false;
        out.push(p);
    }
    out
}

/// A paragraph's lines as one line.
fn joined(paragraph: &Paragraph) -> String {
    let lines: Vec<&str> = paragraph.iter().map(|l| l.text).collect();
    lines.join(" ")
}

/// Most words capitalised, as in headlines and link lists.
fn is_title_case(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let caps = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    !words.is_empty() && caps * 3 >= words.len() * 2
}

/// Joins a paragraph that stops mid-sentence to the next when that one carries
/// on in lower case: a sentence cut in two by debris that was removed.
fn join_broken_sentences(paragraphs: Vec<Paragraph<'_>>) -> Vec<Paragraph<'_>> {
    let mut out: Vec<Paragraph> = Vec::with_capacity(paragraphs.len());
    for p in paragraphs {
        let carries_on = out.last().and_then(|prev| prev.last()).is_some_and(|last| {
            !ends_sentence(last.text) && p.first().is_some_and(|l| starts_lower(l.text))
        });
        match out.last_mut() {
            Some(prev) if carries_on => prev.extend(p),
            _ => out.push(p),
        }
    }
    out
}

/// Builds the cleaned text of a paragraph and decides its kind.
fn build_block(paragraph: &Paragraph, lex: &Lexicon) -> Option<Block> {
    let size = paragraph.iter().map(|l| l.text.len() + 1).sum();
    let mut builder = TextBuilder {
        text: String::with_capacity(size),
        map: Vec::with_capacity(size),
    };
    for (i, line) in paragraph.iter().enumerate() {
        if i > 0 {
            let prev = paragraph[i - 1];
            // "U.S.-" + "led": a compound broken at its hyphen rejoins without a space.
            if !(prev.text.ends_with('-') && starts_lower(line.text)) {
                builder.push_space(prev.end());
            }
        }
        builder.push_line(line.text, line.start);
    }
    let mut block = builder.finish();
    let credit = strip_credit(&mut block, lex);
    let positions = has_position_marker(&block.text);
    block.kind = if credit || positions {
        BlockKind::Caption
    } else if looks_like_heading(&block.text) {
        BlockKind::Heading
    } else {
        BlockKind::Body
    };
    trim_block(&mut block);
    (!block.text.is_empty()).then_some(block)
}

/// "(L)", "(R)", "(C)", "(centre)": people placed in a photo.
fn has_position_marker(text: &str) -> bool {
    const INSIDE: [&str; 9] = [
        "L)", "R)", "C)", "l)", "r)", "centre)", "center)", "left)", "right)",
    ];
    // One pass over the opening brackets rather than one search per marker.
    text.match_indices('(')
        .any(|(i, _)| INSIDE.iter().any(|m| text[i + 1..].starts_with(m)))
}

/// Removes a photo credit at the end of a caption ("(AFP Photo)", ". AP / TASS");
/// says whether there was one.
fn strip_credit(block: &mut Block, lex: &Lexicon) -> bool {
    let text = block.text.trim_end();
    let cut = lex.credits.iter().find_map(|credit| {
        let bracketed = text
            .strip_suffix(')')
            .and_then(|t| t.strip_suffix(*credit))
            .and_then(|t| t.strip_suffix('('));
        if let Some(before) = bracketed {
            return Some(before.len());
        }
        let before = text.strip_suffix(*credit)?;
        // A bare credit must follow the caption's last full stop.
        let prev = before.trim_end();
        (prev.ends_with('.') && before.len() > prev.len()).then_some(prev.len())
    });
    match cut {
        Some(at) if at > 0 => {
            block.text.truncate(at);
            block.map.truncate(at);
            true
        }
        _ => false,
    }
}

/// Short, unpunctuated lines that introduce what follows.
fn looks_like_heading(text: &str) -> bool {
    // Counting stops past the limit: body paragraphs are long.
    let words = text.split_whitespace().take(21).count();
    (1..=20).contains(&words) && !ends_sentence(text)
}

fn trim_block(block: &mut Block) {
    let end = block.text.trim_end().len();
    block.text.truncate(end);
    block.map.truncate(end);
    let start = block.text.len() - block.text.trim_start().len();
    if start > 0 {
        block.text.drain(..start);
        block.map.drain(..start);
    }
}

/// Heading-like lines after the last body paragraph are a signature or
/// byline, not a heading of anything.
fn drop_trailing_signature(blocks: &mut Vec<Block>) {
    while blocks.last().is_some_and(|b| b.kind == BlockKind::Heading) && blocks.len() > 1 {
        blocks.pop();
    }
}

/// Accumulates cleaned text with its raw offsets.
struct TextBuilder {
    text: String,
    map: Vec<usize>,
}

impl TextBuilder {
    /// Pushes `piece` byte for byte, so each byte maps to its own raw byte.
    fn push_raw(&mut self, piece: &str, raw_at: usize) {
        self.text.push_str(piece);
        self.map.extend(raw_at..raw_at + piece.len());
    }

    /// Pushes a space standing in for the raw byte at `raw_at`.
    fn push_space(&mut self, raw_at: usize) {
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
    fn push_line(&mut self, line: &str, start: usize) {
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

    fn finish(self) -> Block {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(raw: &str) -> Vec<(BlockKind, String)> {
        clean(raw).into_iter().map(|b| (b.kind, b.text)).collect()
    }

    #[test]
    fn navigation_urls_and_datelines_are_debris() {
        let raw = "Close\nnewsletters Newsletters\nX Instagram Youtube\n\nA headline here\n\nJanuary 06, 2026 09:55 PM GMT+03:00\nThe body says something.\nhttps://example.com/a/b\n";
        assert_eq!(
            texts(raw),
            vec![
                (BlockKind::Heading, "A headline here".to_owned()),
                (BlockKind::Body, "The body says something.".to_owned())
            ]
        );
    }

    #[test]
    fn hard_wrapped_lines_rejoin_and_compounds_keep_their_hyphen() {
        let raw = "Allies agreed key guarantees for the country including a U.S.-\nled monitoring mechanism and a force that would be deployed after a\nceasefire in the war against its neighbour today.\n\nThe second paragraph has a line that goes on and on and\nthen stops here. And one more line follows it in this text.\n";
        let t = texts(raw);
        assert_eq!(t.len(), 2, "{t:?}");
        assert!(t[0].1.contains("U.S.-led monitoring"), "{}", t[0].1);
        assert!(t[0].1.contains("after a ceasefire"));
    }

    #[test]
    fn a_sentence_cut_by_removed_urls_is_joined() {
        let raw = "\"These are not just words. There is a joint declaration by all the coalition\n\nhttps://example.com/x\nhttps://example.com/x\n\n\ncountries and a trilateral one,\" he said.\n";
        let t = texts(raw);
        assert_eq!(t.len(), 1, "{t:?}");
        assert!(
            t[0].1
                .ends_with("coalition countries and a trilateral one,\" he said.")
        );
    }

    #[test]
    fn captions_lose_credits_and_duplicates() {
        let raw = "Leaders react during a family photo in Paris, on Jan. 6, 2026. (AFP Photo)\nPhoto\nBigPhoto\nLeaders react during a family photo in Paris, on Jan. 6, 2026. (AFP Photo)\nThe meeting began on time.\n";
        let t = texts(raw);
        assert_eq!(t.len(), 2, "{t:?}");
        assert_eq!(
            t[0],
            (
                BlockKind::Caption,
                "Leaders react during a family photo in Paris, on Jan. 6, 2026.".to_owned()
            )
        );
    }

    #[test]
    fn related_lists_and_signatures_go() {
        let raw = "The story ends here.\nNewsroom Team\n\n\nRelated Items\nSome other headline: Someone\nAt least 5 killed in another story\n";
        assert_eq!(
            texts(raw),
            vec![(BlockKind::Body, "The story ends here.".to_owned())]
        );
        let raw = "First part.\n\nRelated article: For Some Figures, a Stark Reminder of\nAnother Story\n\nSecond part.\n";
        assert_eq!(texts(raw).len(), 2);
    }

    #[test]
    fn any_white_space_separates_words_and_collapses() {
        // No-break, em and ideographic spaces, a tab and a vertical tab are
        // white space like the ASCII space; runs of it become one space, and
        // a link between them goes with the space after it.
        let raw = "Talks\u{a0}resumed\u{2003}in  Paris\tand\u{b}https://x.example/a \u{3000}Rome today.\n";
        let t = texts(raw);
        assert_eq!(t[0].1, "Talks resumed in Paris and Rome today.");
        // Every byte still maps to the raw byte it came from.
        let block = &clean(raw)[0];
        let (start, end) = block.raw_range(0, block.text.len(), raw);
        assert!(raw[start..end].starts_with("Talks") && raw[start..end].ends_with("today."));
    }

    #[test]
    fn missing_space_after_full_stop_is_repaired() {
        let t = texts(
            "Officials agreed under US leadership.A joint statement said so. Then Russia.Prospects dimmed.\n",
        );
        assert_eq!(
            t[0].1,
            "Officials agreed under US leadership. A joint statement said so. Then Russia. Prospects dimmed."
        );
        // Not inside abbreviations, domains or numbers.
        let t = texts("The U.S.A. team met at example.com at 3.5 percent.\n");
        assert_eq!(t[0].1, "The U.S.A. team met at example.com at 3.5 percent.");
    }

    #[test]
    fn every_byte_maps_into_the_raw_text() {
        let raw = " Line one wraps here and\ngoes on.A second.\n\nhttps://x.y\n“Quoted” end.\n";
        for b in clean(raw) {
            assert_eq!(b.text.len(), b.map.len());
            let (s, e) = b.raw_range(0, b.text.len(), raw);
            assert!(raw.is_char_boundary(s) && raw.is_char_boundary(e) && s < e);
        }
    }
}
