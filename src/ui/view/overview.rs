//! The overview: each source with what is known of it and how much of it is
//! corroborated, disputed or unique; the story's totals; the fact matrix.

use crate::engine::{Comparison, FactStatus, Relation, SourceStats, Totals};
use crate::ui::route::Route;
use crate::ui::view::sources::{SourceLabel, labels};

#[derive(Debug, Clone, PartialEq)]
pub struct SourceCard {
    pub label: SourceLabel,
    pub stats: SourceStats,
    /// Compare this source with the next one.
    pub compare_href: Option<String>,
}

/// How one source stands on one fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    Agrees,
    Diverges,
    Absent,
}

impl Cell {
    pub fn label(self) -> &'static str {
        match self {
            Cell::Agrees => "reported, agrees",
            Cell::Diverges => "reported, diverges",
            Cell::Absent => "not reported",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct MatrixRow {
    pub fact: usize,
    pub label: String,
    pub status: FactStatus,
    pub href: String,
    /// One per source, in source order.
    pub cells: Vec<Cell>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct OverviewView {
    pub cards: Vec<SourceCard>,
    pub totals: Totals,
    pub sources: Vec<SourceLabel>,
    pub rows: Vec<MatrixRow>,
    pub problems: Vec<String>,
}

pub fn overview_view(comparison: &Comparison) -> OverviewView {
    let sources = labels(comparison);
    let cards = sources
        .iter()
        .map(|label| {
            let next = sources.get((label.index + 1) % sources.len().max(1));
            SourceCard {
                label: label.clone(),
                stats: comparison.sources[label.index].stats.clone(),
                compare_href: next.filter(|n| n.index != label.index).map(|n| {
                    Route::Compare {
                        a: label.short.clone(),
                        b: n.short.clone(),
                        selected: None,
                    }
                    .hash()
                }),
            }
        })
        .collect();
    let rows = comparison
        .facts
        .iter()
        .enumerate()
        .map(|(i, fact)| {
            let cells = comparison
                .sources
                .iter()
                .map(|source| {
                    if !fact.sources.contains(&source.id) {
                        return Cell::Absent;
                    }
                    let diverges = fact
                        .links
                        .iter()
                        .filter_map(|&l| comparison.links.get(l))
                        .any(|link| {
                            link.relation == Relation::Diverge
                                && (link.a.source() == source.id || link.b.source() == source.id)
                        });
                    if diverges {
                        Cell::Diverges
                    } else {
                        Cell::Agrees
                    }
                })
                .collect();
            MatrixRow {
                fact: i,
                label: fact.label.clone(),
                status: fact.status,
                href: Route::Fact(i).hash(),
                cells,
            }
        })
        .collect();
    OverviewView {
        cards,
        totals: comparison.totals.clone(),
        sources,
        rows,
        problems: comparison
            .problems
            .iter()
            .map(|p| format!("{}: {}", p.source, p.message))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::fixture;

    #[test]
    fn matrix_says_who_reports_each_fact_and_how() {
        let view = overview_view(&fixture::comparison());
        assert_eq!(view.rows.len(), 3);
        // Fact 0: alpha diverges from beta, agrees with gamma; all three diverge somewhere.
        assert_eq!(
            view.rows[0].cells,
            [Cell::Diverges, Cell::Diverges, Cell::Diverges]
        );
        assert_eq!(
            view.rows[1].cells,
            [Cell::Diverges, Cell::Diverges, Cell::Absent]
        );
        assert_eq!(
            view.rows[2].cells,
            [Cell::Absent, Cell::Agrees, Cell::Agrees]
        );
        assert_eq!(view.rows[2].href, "#/fact/2");
    }

    #[test]
    fn cards_carry_stats_and_a_way_to_compare() {
        let view = overview_view(&fixture::comparison());
        assert_eq!(
            view.cards[0].stats.unique, 2,
            "the heading and the late talks"
        );
        assert_eq!(
            view.cards[0].compare_href.as_deref(),
            Some("#/compare/alp/bet")
        );
        assert_eq!(
            view.cards[2].compare_href.as_deref(),
            Some("#/compare/gam/alp")
        );
        assert_eq!(view.totals.facts_disputed, 2);
    }
}
