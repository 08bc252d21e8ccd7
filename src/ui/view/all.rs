//! All sources at once: every source a column (wide screens), each sentence
//! marked against all the others, a selection's counterparts in every column.

use crate::engine::Comparison;
use crate::ui::route::Route;
use crate::ui::view::compare::{ColumnView, Selection, column};
use crate::ui::view::links::{LinkIndex, counterparts, standing};
use crate::ui::view::sources::labels;

#[derive(Debug, Clone, PartialEq)]
pub struct AllView {
    pub columns: Vec<ColumnView>,
    pub selection: Option<Selection>,
}

pub fn all_view(comparison: &Comparison, selected: Option<(usize, usize)>) -> AllView {
    let sources = labels(comparison);
    let index = LinkIndex::new(comparison);
    let found = selected.map(|(s, n)| {
        let id = &comparison.sources[s].id;
        counterparts(comparison, &index, s, n, &|other| other != id)
    });
    let columns = sources
        .iter()
        .map(|label| {
            let me = label.index;
            let id = &label.id;
            column(
                comparison,
                label.clone(),
                |n| {
                    let counterpart = found
                        .as_ref()
                        .is_some_and(|f| f.iter().any(|c| c.source == me && c.sentence == n));
                    (
                        standing(comparison, &index, me, n, |other| other != id),
                        selected == Some((me, n)),
                        counterpart,
                    )
                },
                |n| {
                    Route::All {
                        selected: Some((label.short.clone(), n)),
                    }
                    .hash()
                },
            )
        })
        .collect();
    let selection = selected.zip(found).map(|((s, n), found)| Selection {
        source: sources[s].clone(),
        index: n,
        text: comparison.sources[s].sentences[n].text.clone(),
        standing: standing(comparison, &index, s, n, |other| {
            other != comparison.sources[s].id
        }),
        counterparts: found
            .into_iter()
            .map(|c| (sources[c.source].clone(), c))
            .collect(),
    });
    AllView { columns, selection }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::fixture;
    use crate::ui::view::marks::Standing;

    #[test]
    fn every_source_is_a_column_marked_against_all_others() {
        let c = fixture::comparison();
        let view = all_view(&c, Some((2, 1)));
        assert_eq!(view.columns.len(), 3);
        let gamma_1 = &view.columns[2].blocks[0].sentences[1];
        assert!(gamma_1.selected);
        assert_eq!(gamma_1.standing, Standing::Diverging);
        assert_eq!(gamma_1.href, "#/all/gam/1");
        let selection = view.selection.expect("selection");
        let found: Vec<(usize, usize)> = selection
            .counterparts
            .iter()
            .map(|(_, c)| (c.source, c.sentence))
            .collect();
        assert_eq!(found, [(1, 1), (0, 1)], "the divergence first");
    }
}
