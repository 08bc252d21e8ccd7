//! Analysis: cleaned blocks in, sentences with their features out: stems,
//! names, quantities, quotations with speakers, and the cues of modality and
//! negation that classification reads.

pub mod names;
pub mod numbers;
pub mod quotes;
pub mod tokens;

use std::rc::Rc;

use super::clean::Block;
use super::lexicon::{Lexicon, lexicon, negating_contraction};
use super::model::{Quotation, Sentence, Span};
use super::segment;
use names::{Name, find_names, short_key};
use numbers::{CALENDAR, find_quantities};
use tokens::{Token, Vocabulary, tokenize};

/// Which words of a sentence set how firmly it holds its content.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cues {
    pub commitment: Vec<Span>,
    pub intention: Vec<Span>,
    /// Negations and refusals ("not", "rejects", "ruled out").
    pub negation: Vec<Span>,
}

/// A sentence with everything the later stages read.
#[derive(Debug, Clone)]
pub struct Analysed {
    pub sentence: Sentence,
    pub tokens: Vec<Token>,
    /// Each token's word number, in order: what word diffs compare, made
    /// once per sentence rather than once per link.
    pub words: Vec<u32>,
    /// Alignment features: `w:` stem, `b:` stem pair, `e:` name, `n:` number;
    /// sorted, without repeats.
    pub features: Vec<Rc<str>>,
    pub cues: Cues,
}

impl Analysed {
    /// Whether the sentence has a feature (see [`Analysed::features`]).
    pub fn has_feature(&self, feature: &str) -> bool {
        self.features
            .binary_search_by(|f| (**f).cmp(feature))
            .is_ok()
    }
}

/// Segments and analyses the blocks of one article, in reading order.
#[inline(never)]
pub fn analyse_blocks(blocks: &[Block], raw: &str, vocabulary: &mut Vocabulary) -> Vec<Analysed> {
    let lex = lexicon();
    let mut out = Vec::new();
    let mut last_person: Option<String> = None;
    for (block_index, block) in blocks.iter().enumerate() {
        let quotes = quotes::quote_spans(&block.text);
        for (start, end) in segment::sentences(&block.text) {
            let sentence = SentenceAt {
                block,
                block_index,
                start,
                end,
                quotes: &quotes,
            };
            out.push(analyse_sentence(
                &sentence,
                raw,
                lex,
                vocabulary,
                &mut last_person,
            ));
        }
    }
    out
}

/// Where a sentence is: its block, its byte range there, the block's quotations.
struct SentenceAt<'a> {
    block: &'a Block,
    block_index: usize,
    start: usize,
    end: usize,
    quotes: &'a [quotes::QuoteSpan],
}

/// Analyses one sentence. `last_person` is the person a "he" or "she" would
/// mean here; a person named in the sentence takes their place.
#[inline(never)]
fn analyse_sentence(
    at: &SentenceAt,
    raw: &str,
    lex: &Lexicon,
    vocabulary: &mut Vocabulary,
    last_person: &mut Option<String>,
) -> Analysed {
    let (block, start, end) = (at.block, at.start, at.end);
    let text = &block.text[start..end];
    let (raw_start, raw_end) = block.raw_range(start, end, raw);
    let tokens = tokenize(text, lex, vocabulary);
    let names = find_names(&tokens, lex);
    let quantities = find_quantities(&tokens, lex);
    let mut quotations = Vec::new();
    for q in at.quotes.iter().filter(|q| q.start < end && q.end > start) {
        let (qs, qe) = (q.start.max(start), q.end.min(end));
        let inner = &block.text[qs..qe];
        if !inner.chars().any(char::is_alphanumeric) {
            continue;
        }
        let speaker = q
            .speaker
            .as_deref()
            .map(|s| resolve_speaker(s, last_person.as_deref()));
        quotations.push(Quotation {
            span: Span {
                start: qs - start,
                end: qe - start,
            },
            text: inner.to_owned(),
            speaker: speaker.flatten(),
        });
    }
    // People named here become "he"/"she" for what follows.
    if let Some(person) = quotations
        .iter()
        .rev()
        .find_map(|q| q.speaker.clone())
        .or_else(|| last_person_named(&names))
        && person.chars().next().is_some_and(char::is_uppercase)
    {
        *last_person = Some(person);
    }
    let features = features(&tokens, &names, &quantities, lex);
    let cues = cues(&tokens, lex);
    let mut names: Vec<String> = names.into_iter().map(|n| n.canonical).collect();
    super::sort::sort(&mut names);
    names.dedup();
    Analysed {
        sentence: Sentence {
            text: text.to_owned(),
            kind: block.kind,
            block: at.block_index,
            raw: Span {
                start: raw_start,
                end: raw_end,
            },
            names,
            quantities,
            quotations,
        },
        words: tokens.iter().map(|t| t.word).collect(),
        tokens,
        features,
        cues,
    }
}

/// A speaker as comparable across sources: a person's surname, a pronoun
/// resolved to the last person named, or a role as written.
fn resolve_speaker(speaker: &str, last_person: Option<&str>) -> Option<String> {
    if quotes::is_pronoun(speaker) {
        return last_person.map(str::to_owned);
    }
    let only_titles = speaker
        .split(' ')
        .all(|w| lexicon().titles.contains(w.to_lowercase().as_str()));
    if speaker.chars().next().is_some_and(char::is_uppercase) && !only_titles {
        return Some(short_key(speaker).to_owned());
    }
    Some(speaker.to_lowercase())
}

/// The last multi-word name that is not a known place or body, nor only a
/// title ("Prime Minister"): a person.
fn last_person_named(names: &[Name]) -> Option<String> {
    let lex = lexicon();
    names
        .iter()
        .rev()
        .filter(|n| !n.known && n.last > n.first && !n.canonical.contains(" of "))
        .find(|n| {
            !lex.titles
                .contains(short_key(&n.canonical).to_lowercase().as_str())
        })
        .map(|n| short_key(&n.canonical).to_owned())
}

/// The features alignment indexes: content stems (synonyms folded), stem
/// pairs, names and numbers. A name counts once, as a name: its words are not
/// also content words, and a person is known by the short form of the name.
#[inline(never)]
fn features(
    tokens: &[Token],
    names: &[Name],
    quantities: &[super::model::Quantity],
    lex: &Lexicon,
) -> Vec<Rc<str>> {
    // Content words in reading order; a name's words are not content words.
    let content: Vec<&Rc<str>> = tokens
        .iter()
        .enumerate()
        .filter(|&(i, t)| {
            !names.iter().any(|n| n.first <= i && i <= n.last)
                && !t.stop
                && !t.symbol
                && !t.numeric
                && t.stem().chars().count() > 1
        })
        .map(|(_, t)| &t.content_feature)
        .collect();
    // Each kind is pushed and sorted on its own: their prefixes ("b:" <
    // "e:" < "n:" < "w:") already order the kinds, and sorting four short
    // runs compares less than sorting them together.
    let mut out: Vec<Rc<str>> =
        Vec::with_capacity(2 * content.len() + names.len() + 2 * quantities.len());
    fn concept(f: &str) -> &str {
        f.strip_prefix("w:").unwrap_or_default()
    }
    let mut buffer = String::new();
    for pair in content.windows(2) {
        let parts = [concept(pair[0]), " ", concept(pair[1])];
        out.push(feature(&mut buffer, "b:", &parts));
    }
    let names_at = out.len();
    for n in names {
        out.push(feature(&mut buffer, "e:", &[name_key(n)]));
    }
    let numbers_at = out.len();
    for q in quantities {
        let value = if q.low == q.high || q.high == f64::MAX {
            q.low.round()
        } else {
            ((q.low + q.high) / 2.0).round()
        };
        if q.unit != CALENDAR {
            out.push(format!("n:{value}:{}", lex.concept(&q.unit)).into());
        }
        out.push(format!("n:{value}").into());
    }
    let words_at = out.len();
    out.extend(content.iter().map(|&f| Rc::clone(f)));
    let end = out.len();
    for kind in [
        0..names_at,
        names_at..numbers_at,
        numbers_at..words_at,
        words_at..end,
    ] {
        super::sort::sort(&mut out[kind]);
    }
    debug_assert!(out.is_sorted());
    out.dedup();
    out
}

/// A feature's text, its kind's prefix then its parts: built without the
/// formatting machinery, as a sentence has dozens of features, in a buffer
/// the caller reuses, so a feature costs one allocation. Every feature name
/// is made here, so the prefixes live in one place.
pub(super) fn feature(buffer: &mut String, prefix: &str, parts: &[&str]) -> Rc<str> {
    buffer.clear();
    buffer.push_str(prefix);
    for p in parts {
        buffer.push_str(p);
    }
    Rc::from(buffer.as_str())
}

/// A name as compared across sources: known names by their canonical form,
/// other multi-word names by their last word ("Keir Starmer" -> "Starmer").
fn name_key(n: &Name) -> &str {
    if n.known || n.last == n.first || n.canonical.contains(" of ") {
        &n.canonical
    } else {
        short_key(&n.canonical)
    }
}

/// Finds modality and negation cues by whole words or phrases.
#[inline(never)]
fn cues(tokens: &[Token], lex: &Lexicon) -> Cues {
    let mut cues = Cues::default();
    let mut i = 0;
    while i < tokens.len() {
        let mut step = 1;
        if !tokens[i].cue_start {
            i += 1;
            continue;
        }
        // The longest phrase first: up to three words, cut one at a time.
        let mut words: Vec<String> = tokens[i..(i + 3).min(tokens.len())]
            .iter()
            .map(|t| t.lower().to_string())
            .collect();
        for n in (1..=words.len()).rev() {
            words.truncate(n);
            let span = Span {
                start: tokens[i].start,
                end: tokens[i + n - 1].end,
            };
            let negated = n == 1 && negating_contraction(&words[0]);
            if lex.not_denial.contains(&words) {
                step = n; // "not just words" denies nothing
            } else if lex.commitment.contains(&words) {
                cues.commitment.push(span);
            } else if lex.intention.contains(&words) {
                cues.intention.push(span);
            } else if negated || lex.negation.contains(&words) || lex.refusal.contains(&words) {
                cues.negation.push(span);
            } else {
                continue;
            }
            break;
        }
        i += step;
    }
    cues
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::clean::clean;

    fn analyse(raw: &str) -> Vec<Analysed> {
        analyse_blocks(&clean(raw), raw, &mut tokens::Vocabulary::default())
    }

    #[test]
    fn a_pronoun_speaker_resolves_to_the_last_person_named() {
        let a = analyse("French President Emmanuel Macron spoke. \"We agreed,\" he said.\n");
        assert_eq!(
            a[1].sentence.quotations[0].speaker.as_deref(),
            Some("Macron")
        );
    }

    #[test]
    fn sentences_map_back_to_their_raw_bytes() {
        let raw = "A first line that wraps\nonto a second. Then more.\n";
        for s in analyse(raw) {
            let slice = &raw[s.sentence.raw.start..s.sentence.raw.end];
            let squash = |t: &str| t.split_whitespace().collect::<String>();
            assert_eq!(squash(slice), squash(&s.sentence.text));
        }
    }

    #[test]
    fn cues_mark_commitment_intention_and_negation() {
        let a = analyse(
            "They signed a declaration committing to deploy.\nA declaration of intent that foresees troops.\nIt was not in the text and Moscow rejected it.\n",
        );
        assert_eq!(a[0].cues.commitment.len(), 1);
        assert_eq!(a[1].cues.intention.len(), 2);
        assert_eq!(a[2].cues.negation.len(), 2);
    }
}
