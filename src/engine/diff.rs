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
    // Passages that keep too few words equal are one replaced block. No diff
    // keeps more words equal, in order, than the longest common subsequence
    // has, so where that is too short the diff is spared: 48 of the seeds'
    // 73 links. (Counting the words both share, by sorting copies, spared
    // under half as many and cost more than it spared.)
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

    proptest! {
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
    fn common_length_at_the_edges() {
        assert_eq!(common_length(&[], &[1, 2]), Some(0));
        let long: Vec<u32> = (0..64).collect();
        assert_eq!(common_length(&long, &long), Some(64));
        let longer: Vec<u32> = (0..65).collect();
        assert_eq!(common_length(&longer, &longer), None);
        assert_eq!(common_length(&[3, 3, 1], &[1, 3, 3, 3]), Some(2));
    }

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
