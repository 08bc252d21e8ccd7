//! Word-level differences between two sentences, from `similar`. Runs fall on
//! word boundaries; passages too different to compare word by word come back
//! as one replaced block.

use similar::DiffOp as Op;
use similar::algorithms::{Capture, Replace, hunt};

use std::borrow::Cow;

use super::analyse::Analysed;
use super::analyse::tokens::{Token, Vocabulary, tokenize};
use super::config::Config;
use super::lexicon::lexicon;
use super::model::{Comparison, DiffOp, DiffTag, Link, Span};

/// The runs that turn one list of word numbers into the other, adjacent
/// deletes and inserts merged into replaces. Hunt-Szymanski finds a longest
/// common subsequence in time that grows with the words the two share, not
/// with how far apart they are: linked sentences often differ in most words,
/// where Myers costs twice as much. No compaction pass (similar's
/// `capture_diff_slices` adds one): it moved under 1% of runs on the seeds,
/// at a sixth of the diff's cost. One diff for every caller also keeps one
/// copy of it in the reader's wasm.
pub(crate) fn number_diff(left: &[u32], right: &[u32]) -> Option<Vec<Op>> {
    let mut hook = Replace::new(Capture::new());
    hunt::diff(&mut hook, left, 0..left.len(), right, 0..right.len()).ok()?;
    Some(hook.into_inner().into_ops())
}

/// The length of the longest common subsequence of two word lists, where
/// the shorter has at most 64 words (`None` otherwise): bit-parallel, one
/// bit per word of the shorter list (Allison and Dix; Hyyrö), with no
/// allocation.
fn common_length(left: &[u32], right: &[u32]) -> Option<usize> {
    let (short, long) = if left.len() <= right.len() {
        (left, right)
    } else {
        (right, left)
    };
    if short.len() > 64 {
        return None;
    }
    let all = if short.len() == 64 {
        u64::MAX
    } else {
        (1u64 << short.len()) - 1
    };
    // A set bit: that word of `short` is not yet in the subsequence.
    let mut v = all;
    for &word in long {
        let matches = short
            .iter()
            .enumerate()
            .filter(|&(_, &w)| w == word)
            .fold(0u64, |m, (i, _)| m | 1 << i);
        let u = v & matches;
        v = (v.wrapping_add(u) | (v - u)) & all;
    }
    Some(short.len() - v.count_ones() as usize)
}

/// One sentence as the diff reads it: its text's length, its words as
/// numbers (the same word, the same number, on both sides) and the tokens
/// that say where each word lies.
struct Side<'s> {
    len: usize,
    words: &'s [u32],
    tokens: &'s [Token],
}

/// Diffs two analysed sentences by their words (case and possessives
/// ignored): the word numbers made when they were analysed. What `compare`
/// gives every link.
#[inline(never)]
pub(crate) fn word_diff(a: &Analysed, b: &Analysed, min_equal_share: f64) -> Vec<DiffOp> {
    fn side(s: &Analysed) -> Side<'_> {
        Side {
            len: s.sentence.text.len(),
            words: &s.words,
            tokens: &s.tokens,
        }
    }
    diff_sides(&side(a), &side(b), min_equal_share)
}

/// Diffs two sentences as `compare` does, from their texts alone, long
/// after their analysis: a view diffs only the links it shows. The texts are
/// split into words again by the analysis's own tokenizer, so the diff is
/// the same.
fn sentence_diff(a_text: &str, b_text: &str, min_equal_share: f64) -> Vec<DiffOp> {
    diff_texts(&mut Vocabulary::default(), a_text, b_text, min_equal_share)
}

/// [`sentence_diff`] in a vocabulary that many diffs share.
#[inline(never)]
fn diff_texts(
    vocabulary: &mut Vocabulary,
    a_text: &str,
    b_text: &str,
    min_equal_share: f64,
) -> Vec<DiffOp> {
    let lex = lexicon();
    let (a, b) = (
        tokenize(a_text, lex, vocabulary),
        tokenize(b_text, lex, vocabulary),
    );
    let words = |tokens: &[Token]| -> Vec<u32> { tokens.iter().map(|t| t.word).collect() };
    let (left, right) = (words(&a), words(&b));
    diff_sides(
        &Side {
            len: a_text.len(),
            words: &left,
            tokens: &a,
        },
        &Side {
            len: b_text.len(),
            words: &right,
            tokens: &b,
        },
        min_equal_share,
    )
}

/// The diff both ways in share. `min_equal_share` is the share of words that
/// must match for a word diff; below it the passages are one replaced block.
fn diff_sides(a: &Side, b: &Side, min_equal_share: f64) -> Vec<DiffOp> {
    let whole = |tag| DiffOp {
        tag,
        a: Span {
            start: 0,
            end: a.len,
        },
        b: Span {
            start: 0,
            end: b.len,
        },
    };
    let (left, right) = (a.words, b.words);
    if left.is_empty() || right.is_empty() {
        return vec![whole(DiffTag::Replace)];
    }
    // No diff keeps more words equal, in order, than the longest common
    // subsequence has, so where that is too short the diff is spared: 48 of
    // the seeds' 73 links. (Counting the words both share, by sorting
    // copies, spared under half as many and cost more than it spared.)
    let enough = min_equal_share * left.len().max(right.len()) as f64;
    if common_length(left, right).is_some_and(|common| (common as f64) < enough) {
        return vec![whole(DiffTag::Replace)];
    }
    let Some(ops) = number_diff(left, right) else {
        return vec![whole(DiffTag::Replace)];
    };
    let equal: usize = ops
        .iter()
        .map(|op| match op {
            Op::Equal { len, .. } => *len,
            _ => 0,
        })
        .sum();
    if (equal as f64) < enough {
        return vec![whole(DiffTag::Replace)];
    }
    let span = |side: &Side, start: usize, len: usize| -> Span {
        let tokens = side.tokens;
        if len == 0 {
            // An empty run sits just before the next word (or at the end).
            let at = tokens
                .get(start)
                .map_or_else(|| tokens.last().map_or(0, |t| t.end), |t| t.start);
            return Span { start: at, end: at };
        }
        Span {
            start: tokens[start].start,
            end: tokens[start + len - 1].end,
        }
    };
    ops.iter()
        .map(|op| {
            let (tag, ai, al, bi, bl) = match *op {
                Op::Equal {
                    old_index,
                    new_index,
                    len,
                } => (DiffTag::Equal, old_index, len, new_index, len),
                Op::Delete {
                    old_index,
                    old_len,
                    new_index,
                } => (DiffTag::Delete, old_index, old_len, new_index, 0),
                Op::Insert {
                    old_index,
                    new_index,
                    new_len,
                } => (DiffTag::Insert, old_index, 0, new_index, new_len),
                Op::Replace {
                    old_index,
                    old_len,
                    new_index,
                    new_len,
                } => (DiffTag::Replace, old_index, old_len, new_index, new_len),
            };
            DiffOp {
                tag,
                a: span(a, ai, al),
                b: span(b, bi, bl),
            }
        })
        .collect()
}

/// A link's word diff: the one it carries, else worked out from its two
/// sentences (an analysis in the reader leaves them until a view shows them).
pub fn link_diff<'c>(c: &'c Comparison, link: &'c Link, config: &Config) -> Cow<'c, [DiffOp]> {
    match &link.diff {
        Some(diff) => Cow::Borrowed(diff),
        None => {
            let (a, b) = texts(c, link);
            Cow::Owned(sentence_diff(a, b, config.min_diff_equal_share))
        }
    }
}

/// The texts of a link's two sentences (empty for one the comparison lacks,
/// which an imported file's checks already refuse).
fn texts<'c>(c: &'c Comparison, link: &Link) -> (&'c str, &'c str) {
    let text = |r| c.sentence(r).map_or("", |s| s.text.as_str());
    (text(&link.a), text(&link.b))
}

/// A copy of the comparison with every link's word diff, as the command line
/// gives it: what the reader's JSON export writes.
#[inline(never)]
pub fn with_diffs(c: &Comparison, config: &Config) -> Comparison {
    let mut full = c.clone();
    fill(&mut full, config);
    full
}

/// Gives every link that has none its word diff, as the command line and the
/// JSON export show them.
pub fn fill(c: &mut Comparison, config: &Config) {
    let mut vocabulary = Vocabulary::default();
    for k in 0..c.links.len() {
        if c.links[k].diff.is_none() {
            let (a, b) = texts(c, &c.links[k]);
            let diff = diff_texts(&mut vocabulary, a, b, config.min_diff_equal_share);
            c.links[k].diff = Some(diff);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::analyse::analyse_blocks;
    use crate::engine::clean::clean;
    use proptest::prelude::*;

    /// The longest common subsequence's length by the textbook table.
    fn lcs_by_table(a: &[u32], b: &[u32]) -> usize {
        let mut row = vec![0; b.len() + 1];
        for &x in a {
            let mut diagonal = 0;
            for (j, &y) in b.iter().enumerate() {
                let above = row[j + 1];
                row[j + 1] = if x == y {
                    diagonal + 1
                } else {
                    above.max(row[j])
                };
                diagonal = above;
            }
        }
        row[b.len()]
    }

    /// Word lists over a small vocabulary, so that they share words, repeats
    /// included; up to 70 words, past the 64 the bit-parallel count takes.
    fn words() -> impl Strategy<Value = Vec<u32>> {
        prop::collection::vec(0u32..12, 0..70)
    }

    /// Sentences of words a word diff must see through (case, curly and
    /// straight possessives, stops of abbreviations) or keep apart (symbols,
    /// numbers, letters that change length in lower case), with punctuation.
    fn sentence() -> impl Strategy<Value = String> {
        const WORDS: &[&str] = &[
            "The",
            "the",
            "THE",
            "U.S.",
            "US",
            "us",
            "army’s",
            "Army's",
            "army",
            "armies'",
            "20",
            "20%",
            "$",
            "€",
            "£",
            "2,000",
            "2.5",
            "naïve",
            "Naïve",
            "İstanbul",
            "ß",
            "SS",
            "—",
            "-",
            ",",
            "\"",
            "“",
            "”",
            "said",
            "e.g.",
            "don't",
            "don’t",
            "’",
            "4th",
            "x.y",
        ];
        prop::collection::vec(prop::sample::select(WORDS), 0..24)
            .prop_map(|w| format!("{}.", w.join(" ")))
    }

    proptest! {
        /// Worked out again from the texts, every diff is the analysis's.
        #[test]
        fn from_the_texts_the_diff_is_the_analysis_s(a in sentence(), b in sentence()) {
            let mut vocabulary = Vocabulary::default();
            let mut analyse = |raw: &str| analyse_blocks(&clean(raw), raw, &mut vocabulary);
            let (xs, ys) = (analyse(&a), analyse(&b));
            for x in &xs {
                for y in &ys {
                    prop_assert_eq!(
                        sentence_diff(&x.sentence.text, &y.sentence.text, 0.2),
                        word_diff(x, y, 0.2)
                    );
                }
            }
        }

        #[test]
        fn common_length_is_the_longest_common_subsequence(a in words(), b in words()) {
            match common_length(&a, &b) {
                Some(n) => prop_assert_eq!(n, lcs_by_table(&a, &b)),
                None => prop_assert!(a.len().min(b.len()) > 64),
            }
        }

        /// So sparing the diff where it is short changes nothing.
        #[test]
        fn no_diff_keeps_more_words_equal(a in words(), b in words()) {
            let equal: usize = number_diff(&a, &b)
                .unwrap_or_default()
                .iter()
                .map(|op| match op {
                    Op::Equal { len, .. } => *len,
                    _ => 0,
                })
                .sum();
            prop_assert!(equal <= lcs_by_table(&a, &b));
        }
    }

    #[test]
    fn a_carried_diff_is_kept_and_a_missing_one_worked_out() {
        let mut c = crate::engine::compare(&crate::corpus::embedded(), &Default::default());
        let carried = c.links[0].diff.clone().expect("compare gives every diff");
        let k = c.links.len() - 1;
        let worked_out = c.links[k].diff.take().expect("compare gives every diff");
        let config = Config::default();
        assert!(matches!(link_diff(&c, &c.links[0], &config), Cow::Borrowed(d) if *d == carried));
        assert!(matches!(link_diff(&c, &c.links[k], &config), Cow::Owned(d) if d == worked_out));
        // `fill` leaves a carried diff as it is, however it was made.
        c.links[0].diff = Some(Vec::new());
        fill(&mut c, &config);
        assert_eq!(c.links[0].diff, Some(Vec::new()));
        assert_eq!(c.links[k].diff, Some(worked_out));
    }

    #[test]
    fn case_possessives_and_abbreviation_stops_are_no_difference() {
        let d = diff("The U.S. army’s new plan", "the US Army's new plan");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].0, DiffTag::Equal);
    }

    #[test]
    fn common_length_at_the_edges() {
        assert_eq!(common_length(&[], &[1, 2]), Some(0));
        let long: Vec<u32> = (0..64).collect();
        assert_eq!(common_length(&long, &long), Some(64));
        let longer: Vec<u32> = (0..65).collect();
        assert_eq!(common_length(&longer, &longer), None);
        assert_eq!(common_length(&[3, 3, 1], &[1, 3, 3, 3]), Some(2));
    }

    fn diff(a: &str, b: &str) -> Vec<(DiffTag, String, String)> {
        sentence_diff(a, b, 0.2)
            .into_iter()
            .map(|op| {
                (
                    op.tag,
                    a[op.a.start..op.a.end].to_owned(),
                    b[op.b.start..op.b.end].to_owned(),
                )
            })
            .collect()
    }

    #[test]
    fn differences_fall_on_word_boundaries() {
        let d = diff(
            "a coordination cell that will integrate",
            "a coordination core that will integrate",
        );
        assert_eq!(
            d,
            [
                (
                    DiffTag::Equal,
                    "a coordination".into(),
                    "a coordination".into()
                ),
                (DiffTag::Replace, "cell".into(), "core".into()),
                (
                    DiffTag::Equal,
                    "that will integrate".into(),
                    "that will integrate".into()
                ),
            ]
        );
    }

    #[test]
    fn unrelated_passages_are_one_block() {
        let d = diff("Russia occupies territory", "The weather was fine today");
        assert_eq!(
            d,
            [(
                DiffTag::Replace,
                "Russia occupies territory".into(),
                "The weather was fine today".into()
            )]
        );
    }
}
