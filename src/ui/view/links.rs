//! Following links from a sentence: which sentences of which sources report
//! the same thing, how they stand, and how their words differ.

use std::collections::HashMap;

use crate::engine::Span;
use crate::engine::{Comparison, Link, Relation, SentenceRef};
use crate::ui::view::marks::{
    End, Piece, Standing, diff_pieces, is_wholesale, mark_layers, shown_diff,
};

/// Links by the sentences they touch, built once per render so no view scans
/// every link for every sentence.
pub struct LinkIndex {
    by_sentence: HashMap<(usize, usize), Vec<usize>>,
}

impl LinkIndex {
    pub fn new(comparison: &Comparison) -> LinkIndex {
        let position: HashMap<&str, usize> = comparison
            .sources
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.as_str(), i))
            .collect();
        let mut by_sentence: HashMap<(usize, usize), Vec<usize>> = HashMap::new();
        for (l, link) in comparison.links.iter().enumerate() {
            for end in [&link.a, &link.b] {
                if let Some(&s) = position.get(end.source()) {
                    by_sentence.entry((s, end.index())).or_default().push(l);
                }
            }
        }
        LinkIndex { by_sentence }
    }

    /// Indexes of the links touching sentence `n` of source `source`.
    pub fn of(&self, source: usize, n: usize) -> &[usize] {
        self.by_sentence
            .get(&(source, n))
            .map_or(&[], Vec::as_slice)
    }
}

/// The end of `link` that is sentence `n` of `id`, and the other end.
pub fn ends<'a>(link: &'a Link, id: &str, n: usize) -> (End, &'a SentenceRef) {
    if link.a.source() == id && link.a.index() == n {
        (End::A, &link.b)
    } else {
        (End::B, &link.a)
    }
}

/// The words a link's divergence names on one end (none when it agrees).
pub fn divergence_spans(comparison: &Comparison, link: &Link, end: End) -> Vec<Span> {
    link.divergence
        .and_then(|d| comparison.divergences.get(d))
        .map(|d| {
            if end == End::A {
                d.a_spans.clone()
            } else {
                d.b_spans.clone()
            }
        })
        .unwrap_or_default()
}

/// How sentence `n` of `source` stands against the sources `among` accepts.
pub fn standing(
    comparison: &Comparison,
    index: &LinkIndex,
    source: usize,
    n: usize,
    among: impl Fn(&str) -> bool,
) -> Standing {
    let id = &comparison.sources[source].id;
    let mut result = Standing::Unique;
    for &l in index.of(source, n) {
        let link = &comparison.links[l];
        let (_, other) = ends(link, id, n);
        if !among(other.source()) {
            continue;
        }
        match link.relation {
            Relation::Diverge => return Standing::Diverging,
            Relation::Agree => result = Standing::Corroborated,
        }
    }
    result
}

/// Another source's sentence that reports the same thing as the selected one,
/// with both sides' differing words marked.
#[derive(Debug, Clone, PartialEq)]
pub struct Counterpart {
    pub source: usize,
    pub sentence: usize,
    pub relation: Relation,
    /// The divergence's kind in words, e.g. "different number".
    pub kind: Option<&'static str>,
    /// The engine's account of the difference, e.g. `“35” vs “two dozen”`.
    pub summary: Option<String>,
    /// The selected sentence, marked against this counterpart.
    pub this: Vec<Piece>,
    pub other: Vec<Piece>,
    /// The diff found no words in common worth showing.
    pub wholesale: bool,
    pub fact: Option<usize>,
}

/// Counterparts of sentence `n` of `source` in the sources `among` accepts,
/// diverging ones first, then by source and position. `among` is a trait
/// object, not a generic: the two views that call this share one copy of it
/// (and of its sort) in the reader's wasm.
pub fn counterparts(
    comparison: &Comparison,
    index: &LinkIndex,
    source: usize,
    n: usize,
    among: &dyn Fn(&str) -> bool,
) -> Vec<Counterpart> {
    let id = &comparison.sources[source].id;
    let this_text = comparison.sources[source]
        .sentences
        .get(n)
        .map_or("", |s| s.text.as_str());
    let mut found: Vec<Counterpart> = index
        .of(source, n)
        .iter()
        .filter_map(|&l| {
            let link = &comparison.links[l];
            let (end, other) = ends(link, id, n);
            if !among(other.source()) {
                return None;
            }
            let other_source = comparison.sources.iter().position(|s| *s.id == *other.0)?;
            let other_text = comparison.sentence(other)?.text.as_str();
            let other_end = if end == End::A { End::B } else { End::A };
            let divergence = link.divergence.and_then(|d| comparison.divergences.get(d));
            let diff = shown_diff(comparison, link);
            let wholesale = is_wholesale(&diff);
            let marked = |text: &str, end: End| {
                let key = divergence_spans(comparison, link, end);
                if wholesale {
                    mark_layers(text, &[], &key)
                } else {
                    diff_pieces(text, &diff, end, &key)
                }
            };
            Some(Counterpart {
                source: other_source,
                sentence: other.index(),
                relation: link.relation,
                kind: divergence.map(|d| d.kind.describe()),
                summary: divergence.map(|d| d.summary.clone()),
                this: marked(this_text, end),
                other: marked(other_text, other_end),
                wholesale,
                fact: link.fact,
            })
        })
        .collect();
    crate::engine::sort::sort_by_key(&mut found, |c| {
        (c.relation != Relation::Diverge, c.source, c.sentence)
    });
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::fixture;

    #[test]
    fn standing_depends_on_which_sources_are_read() {
        let c = fixture::comparison();
        let index = LinkIndex::new(&c);
        // alpha 1 agrees with gamma and diverges from beta.
        assert_eq!(
            standing(&c, &index, 0, 1, |s| s == "gamma"),
            Standing::Corroborated
        );
        assert_eq!(
            standing(&c, &index, 0, 1, |s| s == "beta"),
            Standing::Diverging
        );
        assert_eq!(standing(&c, &index, 0, 1, |_| true), Standing::Diverging);
        assert_eq!(standing(&c, &index, 0, 4, |_| true), Standing::Unique);
    }

    #[test]
    fn diffs_left_out_are_worked_out_as_shown() {
        let articles = crate::corpus::embedded();
        let full = crate::engine::compare(&articles, &Default::default());
        let mut lean = full.clone();
        for link in &mut lean.links {
            link.diff = None;
        }
        let (index, lean_index) = (LinkIndex::new(&full), LinkIndex::new(&lean));
        let mut wholesale = 0;
        for (s, source) in full.sources.iter().enumerate() {
            for n in 0..source.sentences.len() {
                let shown = counterparts(&full, &index, s, n, &|_| true);
                assert_eq!(shown, counterparts(&lean, &lean_index, s, n, &|_| true));
                wholesale += shown.iter().filter(|c| c.wholesale).count();
            }
        }
        // Both kinds of diff were compared: word by word and wholesale.
        assert!(wholesale > 0 && wholesale < 2 * full.links.len());
        for id in 0..full.facts.len() {
            assert_eq!(
                crate::ui::view::fact::fact_view(&full, id),
                crate::ui::view::fact::fact_view(&lean, id)
            );
        }
    }

    #[test]
    fn counterparts_put_divergences_first_and_mark_both_sides() {
        let c = fixture::comparison();
        let index = LinkIndex::new(&c);
        let found = counterparts(&c, &index, 0, 1, &|_| true);
        assert_eq!(found.len(), 2);
        assert_eq!((found[0].source, found[0].sentence), (1, 1));
        assert_eq!(found[0].kind, Some("different number"));
        let changed: Vec<&str> = found[0]
            .this
            .iter()
            .filter(|p| p.changed)
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(changed, ["35"]);
        let other: Vec<&str> = found[0]
            .other
            .iter()
            .filter(|p| p.changed)
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(other, ["more than two dozen"]);
        assert!(
            found[0].this.iter().any(|p| p.key && p.text == "35"),
            "the divergence's own words are the key marks"
        );
        assert!(
            found[1].this.iter().all(|p| !p.key),
            "agreeing links have none"
        );
        assert_eq!(found[1].relation, Relation::Agree);
    }
}
