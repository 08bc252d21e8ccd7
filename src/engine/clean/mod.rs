//! Cleaning: scraped page text in, blocks of article text out (headings,
//! captions, body paragraphs), each byte of which remembers where in the raw
//! file it came from.
//!
//! The page debris it removes is described by kinds of evidence (a line made
//! only of navigation words, a bare URL, a dateline, a caption printed twice, a
//! related-stories block, a credit after a caption, a signature after the last
//! paragraph), never by the phrases of any one article.

mod lines;
#[cfg(test)]
mod tests;
mod text;

use std::borrow::Cow;

use super::lexicon::{Lexicon, lexicon};
use super::model::BlockKind;
use lines::{Line, drop_debris_lines, ends_sentence, is_hard_wrapped, plain_words, split_lines};
use text::TextBuilder;

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
    let mut builder = TextBuilder::with_capacity(size);
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
