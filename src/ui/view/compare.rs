//! The Compare view: two sources in columns, every sentence marked by how it
//! stands against the other column, a selected sentence with its counterparts,
//! and stepping from divergence to divergence.

use crate::engine::{BlockKind, Comparison};
use crate::ui::route::{Page, Route, Side};
use crate::ui::view::links::{Counterpart, LinkIndex, counterparts, standing};
use crate::ui::view::marks::Standing;
use crate::ui::view::sources::{SourceLabel, labels};

/// One sentence as a column shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct SentenceView {
    pub index: usize,
    pub text: String,
    pub standing: Standing,
    pub selected: bool,
    /// A counterpart of the selected sentence: highlighted and scrolled to.
    pub counterpart: bool,
    /// Where selecting it leads.
    pub href: String,
    /// The element id, unique on the page.
    pub anchor: String,
}

/// Consecutive sentences of one paragraph, heading or caption.
#[derive(Debug, Clone, PartialEq)]
pub struct BlockView {
    pub kind: BlockKind,
    pub sentences: Vec<SentenceView>,
}

/// A source's cleaned article, as one column.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnView {
    pub source: SourceLabel,
    pub blocks: Vec<BlockView>,
}

/// The selected sentence and what the other side says about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Selection {
    pub source: SourceLabel,
    pub index: usize,
    pub text: String,
    pub standing: Standing,
    /// Each with the name of its source, for the detail panel.
    pub counterparts: Vec<(SourceLabel, Counterpart)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CompareView {
    pub sources: Vec<SourceLabel>,
    pub left: ColumnView,
    pub right: ColumnView,
    pub swap_href: String,
    pub selection: Option<Selection>,
    pub divergences: usize,
    pub prev_divergence: Option<String>,
    pub next_divergence: Option<String>,
}

/// Builds a column: sentences grouped into their blocks, each marked by
/// `mark(index)` and linked to `href(index)`.
pub fn column(
    comparison: &Comparison,
    label: SourceLabel,
    mark: impl Fn(usize) -> (Standing, bool, bool),
    href: impl Fn(usize) -> String,
) -> ColumnView {
    let source = &comparison.sources[label.index];
    let mut blocks: Vec<BlockView> = Vec::new();
    let mut last_block = None;
    for (n, sentence) in source.sentences.iter().enumerate() {
        let (standing, selected, counterpart) = mark(n);
        let view = SentenceView {
            index: n,
            text: sentence.text.clone(),
            standing,
            selected,
            counterpart,
            href: href(n),
            anchor: anchor(&label.short, n),
        };
        match blocks.last_mut() {
            Some(b) if last_block == Some((sentence.block, sentence.kind)) => {
                b.sentences.push(view)
            }
            _ => blocks.push(BlockView {
                kind: sentence.kind,
                sentences: vec![view],
            }),
        }
        last_block = Some((sentence.block, sentence.kind));
    }
    ColumnView {
        source: label,
        blocks,
    }
}

/// The element id of a sentence: `s-<short id>-<n>`.
pub fn anchor(short: &str, n: usize) -> String {
    format!("s-{short}-{n}")
}

/// The Compare view of sources `a` (left) and `b` (right).
pub fn compare_view(
    comparison: &Comparison,
    a: usize,
    b: usize,
    selected: Option<(Side, usize)>,
) -> CompareView {
    let sources = labels(comparison);
    let index = LinkIndex::new(comparison);
    let (la, lb) = (sources[a].clone(), sources[b].clone());
    let (id_a, id_b) = (la.id.clone(), lb.id.clone());
    let route = |selected| Route::Compare {
        a: la.short.clone(),
        b: lb.short.clone(),
        selected,
    };

    let chosen = selected.map(|(side, n)| (if side == Side::Left { a } else { b }, n));
    let found = chosen.map(|(s, n)| {
        let other = if s == a { &id_b } else { &id_a };
        counterparts(comparison, &index, s, n, &|id| id == other)
    });
    let is_counterpart = |source: usize, n: usize| {
        found
            .as_ref()
            .is_some_and(|f| f.iter().any(|c| c.source == source && c.sentence == n))
    };
    let side_column = |label: &SourceLabel, side: Side| {
        let (me, other) = if side == Side::Left {
            (a, &id_b)
        } else {
            (b, &id_a)
        };
        column(
            comparison,
            label.clone(),
            |n| {
                (
                    standing(comparison, &index, me, n, |id| id == other),
                    chosen == Some((me, n)),
                    is_counterpart(me, n),
                )
            },
            |n| route(Some((side, n))).hash(),
        )
    };
    let left = side_column(&la, Side::Left);
    let right = side_column(&lb, Side::Right);

    let selection = chosen.zip(found).map(|((s, n), found)| Selection {
        source: sources[s].clone(),
        index: n,
        text: comparison.sources[s].sentences[n].text.clone(),
        standing: standing(comparison, &index, s, n, |id| {
            id == if s == a { &id_b } else { &id_a }
        }),
        counterparts: found
            .into_iter()
            .map(|c| (sources[c.source].clone(), c))
            .collect(),
    });

    // Divergences are stepped through in the left column's reading order.
    let targets: Vec<usize> = left
        .blocks
        .iter()
        .flat_map(|b| &b.sentences)
        .filter(|s| s.standing == Standing::Diverging)
        .map(|s| s.index)
        .collect();
    let position = match selected {
        Some((Side::Left, n)) => Some(n),
        Some((Side::Right, _)) => selection
            .as_ref()
            .and_then(|s| s.counterparts.iter().map(|(_, c)| c.sentence).min()),
        None => None,
    };
    let next = targets
        .iter()
        .copied()
        .find(|&t| position.is_none_or(|p| t > p));
    let prev = position.and_then(|p| targets.iter().copied().rev().find(|&t| t < p));
    let step = |t: Option<usize>| t.map(|n| route(Some((Side::Left, n))).hash());

    let swap_href = Route::Compare {
        a: lb.short.clone(),
        b: la.short.clone(),
        selected: selected.map(|(side, n)| {
            (
                if side == Side::Left {
                    Side::Right
                } else {
                    Side::Left
                },
                n,
            )
        }),
    }
    .hash();

    CompareView {
        sources,
        left,
        right,
        swap_href,
        selection,
        divergences: targets.len(),
        prev_divergence: step(prev),
        next_divergence: step(next),
    }
}

/// The page a Compare view falls back to when the reader picks a pair.
pub fn pair_route(sources: &[SourceLabel], a: usize, b: usize) -> Route {
    Route::Compare {
        a: sources[a].short.clone(),
        b: sources[b].short.clone(),
        selected: None,
    }
}

/// The pair the Compare tab opens with: the two sources that share the most
/// links, so the first view shows something to compare.
pub fn default_pair(comparison: &Comparison) -> Option<Page> {
    let n = comparison.sources.len();
    let mut best: Option<(usize, usize, usize)> = None;
    for a in 0..n {
        for b in a + 1..n {
            let (ia, ib) = (&comparison.sources[a].id, &comparison.sources[b].id);
            let shared = comparison
                .links
                .iter()
                .filter(|l| {
                    (l.a.source() == ia && l.b.source() == ib)
                        || (l.a.source() == ib && l.b.source() == ia)
                })
                .count();
            if best.is_none_or(|(_, _, s)| shared > s) {
                best = Some((a, b, shared));
            }
        }
    }
    best.map(|(a, b, _)| Page::Compare {
        a,
        b,
        selected: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::fixture;

    fn sentence(column: &ColumnView, n: usize) -> &SentenceView {
        column
            .blocks
            .iter()
            .flat_map(|b| &b.sentences)
            .find(|s| s.index == n)
            .expect("sentence in column")
    }

    #[test]
    fn columns_keep_blocks_and_mark_against_the_other_side() {
        let c = fixture::comparison();
        let view = compare_view(&c, 0, 2, None);
        let kinds: Vec<BlockKind> = view.left.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Heading,
                BlockKind::Body,
                BlockKind::Caption,
                BlockKind::Body
            ]
        );
        // Against gamma, alpha's 35 countries agree; the quote is alpha's alone.
        assert_eq!(sentence(&view.left, 1).standing, Standing::Corroborated);
        assert_eq!(sentence(&view.left, 2).standing, Standing::Unique);
        assert_eq!(sentence(&view.left, 1).href, "#/compare/alp/gam/s/1");
        assert_eq!(sentence(&view.right, 1).anchor, "s-gam-1");
        assert_eq!(view.divergences, 0);
    }

    #[test]
    fn selecting_marks_counterparts_and_explains_the_difference() {
        let c = fixture::comparison();
        let view = compare_view(&c, 0, 1, Some((Side::Left, 1)));
        assert!(sentence(&view.left, 1).selected);
        assert!(sentence(&view.right, 1).counterpart);
        assert!(!sentence(&view.right, 2).counterpart);
        let selection = view.selection.expect("a selection");
        assert_eq!(selection.counterparts.len(), 1, "only the right column's");
        assert_eq!(selection.counterparts[0].1.kind, Some("different number"));
    }

    #[test]
    fn divergences_step_in_reading_order_and_swap_keeps_the_selection() {
        let c = fixture::comparison();
        let start = compare_view(&c, 0, 1, None);
        assert_eq!(start.divergences, 2);
        assert_eq!(start.prev_divergence, None);
        assert_eq!(
            start.next_divergence.as_deref(),
            Some("#/compare/alp/bet/s/1")
        );
        let first = compare_view(&c, 0, 1, Some((Side::Left, 1)));
        assert_eq!(
            first.next_divergence.as_deref(),
            Some("#/compare/alp/bet/s/2")
        );
        assert_eq!(first.prev_divergence, None);
        let second = compare_view(&c, 0, 1, Some((Side::Left, 2)));
        assert_eq!(second.next_divergence, None);
        assert_eq!(
            second.prev_divergence.as_deref(),
            Some("#/compare/alp/bet/s/1")
        );
        assert_eq!(second.swap_href, "#/compare/bet/alp/r/2");
    }

    #[test]
    fn default_pair_shares_the_most_links() {
        let c = fixture::comparison();
        assert_eq!(
            default_pair(&c),
            Some(Page::Compare {
                a: 0,
                b: 1,
                selected: None
            })
        );
    }
}
