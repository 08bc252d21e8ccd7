//! Word-level differences between two sentences, from `similar`. Runs fall on
//! word boundaries; passages too different to compare word by word come back
//! as one replaced block.

use similar::DiffOp as Op;
use similar::algorithms::{Capture, Replace, hunt};

use super::analyse::Analysed;
use super::analyse::tokens::Token;
use super::model::{DiffOp, DiffTag, Span};

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

/// Diffs two sentences by their words (case and possessives ignored).
/// `min_equal_share` is the share of words that must match for a word diff.
#[inline(never)]
pub fn word_diff(a: &Analysed, b: &Analysed, min_equal_share: f64) -> Vec<DiffOp> {
    let (a_text, b_text) = (&a.sentence.text, &b.sentence.text);
    let whole = |tag| DiffOp {
        tag,
        a: Span {
            start: 0,
            end: a_text.len(),
        },
        b: Span {
            start: 0,
            end: b_text.len(),
        },
    };
    let (left, right) = (&a.words, &b.words);
    if left.is_empty() || right.is_empty() {
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
    // Passages that keep too few words equal are one replaced block. (A count
    // of shared words before the diff, to spare it, cost more than it spared:
    // sorting two copies per link, on synthetic corpora and the seeds alike.)
    if (equal as f64) < min_equal_share * left.len().max(right.len()) as f64 {
        return vec![whole(DiffTag::Replace)];
    }
    let span = |tokens: &[Token], start: usize, len: usize| -> Span {
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
                a: span(&a.tokens, ai, al),
                b: span(&b.tokens, bi, bl),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::analyse::{analyse_blocks, tokens::Vocabulary};
    use crate::engine::clean::clean;

    fn diff(a: &str, b: &str) -> Vec<(DiffTag, String, String)> {
        let mut vocabulary = Vocabulary::default();
        let mut one = |text: &str| {
            let raw = format!("{text}\n");
            analyse_blocks(&clean(&raw), &raw, &mut vocabulary).remove(0)
        };
        let (sa, sb) = (one(a), one(b));
        word_diff(&sa, &sb, 0.2)
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
