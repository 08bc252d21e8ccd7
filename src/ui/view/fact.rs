//! One fact: every source's version of it, the words that differ from the
//! fact's central version marked, and its divergences named.

use crate::engine::{Comparison, FactStatus, SentenceRef};
use crate::ui::route::Route;
use crate::ui::view::links::{divergence_spans, ends};
use crate::ui::view::marks::{Piece, diff_pieces, is_wholesale, mark_layers, plain, shown_diff};
use crate::ui::view::sources::{SourceLabel, labels};

#[derive(Debug, Clone, PartialEq)]
pub struct VersionSentence {
    pub index: usize,
    pub pieces: Vec<Piece>,
    /// The version the others are marked against.
    pub reference: bool,
    /// Worded so differently that no single words are marked.
    pub wholesale: bool,
    /// The sentence in the all-sources reading view.
    pub href: String,
}

/// One source's version; no sentences means the source does not report it.
#[derive(Debug, Clone, PartialEq)]
pub struct Version {
    pub source: SourceLabel,
    pub sentences: Vec<VersionSentence>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DivergenceNote {
    pub kind: &'static str,
    pub summary: String,
    pub between: (String, String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct FactView {
    pub id: usize,
    pub label: String,
    pub status: FactStatus,
    pub versions: Vec<Version>,
    pub divergences: Vec<DivergenceNote>,
    pub prev: Option<String>,
    pub next: Option<String>,
}

pub fn fact_view(comparison: &Comparison, id: usize) -> FactView {
    let sources = labels(comparison);
    let fact = &comparison.facts[id];
    let fact_links: Vec<usize> = fact
        .links
        .iter()
        .copied()
        .filter(|&l| l < comparison.links.len())
        .collect();
    let degree = |m: &SentenceRef| {
        fact_links
            .iter()
            .filter(|&&l| comparison.links[l].a == *m || comparison.links[l].b == *m)
            .count()
    };
    // The most linked member stands in the middle; the first wins a tie.
    let reference = fact
        .members
        .iter()
        .fold(None::<(&SentenceRef, usize)>, |best, m| {
            let d = degree(m);
            match best {
                Some((_, bd)) if bd >= d => best,
                _ => Some((m, d)),
            }
        })
        .map(|(m, _)| m.clone());

    let version_of = |m: &SentenceRef, label: &SourceLabel| -> Option<VersionSentence> {
        let text = comparison.sentence(m)?.text.as_str();
        let is_reference = reference.as_ref() == Some(m);
        // Against the reference when linked to it, else against any fact link.
        let touching: Vec<usize> = fact_links
            .iter()
            .copied()
            .filter(|&l| comparison.links[l].a == *m || comparison.links[l].b == *m)
            .collect();
        let to_reference = touching.iter().copied().find(|&l| {
            let link = &comparison.links[l];
            reference
                .as_ref()
                .is_some_and(|r| link.a == *r || link.b == *r)
        });
        let (pieces, wholesale) = if is_reference {
            // The reference marks only what a divergence names in it.
            let spans: Vec<_> = touching
                .iter()
                .flat_map(|&l| {
                    let link = &comparison.links[l];
                    let (end, _) = ends(link, m.source(), m.index());
                    divergence_spans(comparison, link, end)
                })
                .collect();
            (mark_layers(text, &[], &spans), false)
        } else {
            match to_reference.or(touching.first().copied()) {
                Some(l) => {
                    let link = &comparison.links[l];
                    let (end, _) = ends(link, m.source(), m.index());
                    let key = divergence_spans(comparison, link, end);
                    let diff = shown_diff(comparison, link);
                    if is_wholesale(&diff) {
                        (mark_layers(text, &[], &key), true)
                    } else {
                        (diff_pieces(text, &diff, end, &key), false)
                    }
                }
                None => (plain(text), false),
            }
        };
        Some(VersionSentence {
            index: m.index(),
            pieces,
            reference: is_reference,
            wholesale,
            href: Route::All {
                selected: Some((label.short.clone(), m.index())),
            }
            .hash(),
        })
    };

    let versions = sources
        .iter()
        .map(|label| Version {
            source: label.clone(),
            sentences: fact
                .members
                .iter()
                .filter(|m| m.source() == label.id)
                .filter_map(|m| version_of(m, label))
                .collect(),
        })
        .collect();

    let name = |id: &str| {
        sources
            .iter()
            .find(|l| l.id == id)
            .map_or_else(|| id.to_owned(), |l| l.name.clone())
    };
    let divergences = fact_links
        .iter()
        .filter_map(|&l| {
            let link = &comparison.links[l];
            let d = comparison.divergences.get(link.divergence?)?;
            Some(DivergenceNote {
                kind: d.kind.describe(),
                summary: d.summary.clone(),
                between: (name(link.a.source()), name(link.b.source())),
            })
        })
        .collect();

    let step = |to: Option<usize>| to.map(|n| Route::Fact(n).hash());
    FactView {
        id,
        label: fact.label.clone(),
        status: fact.status,
        versions,
        divergences,
        prev: step(id.checked_sub(1)),
        next: step(Some(id + 1).filter(|&n| n < comparison.facts.len())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::fixture;

    fn changed(v: &VersionSentence) -> Vec<&str> {
        v.pieces
            .iter()
            .filter(|p| p.changed)
            .map(|p| p.text.as_str())
            .collect()
    }

    #[test]
    fn every_source_has_a_version_or_none() {
        let view = fact_view(&fixture::comparison(), 1);
        assert_eq!(view.versions.len(), 3);
        assert_eq!(view.versions[0].sentences.len(), 1);
        assert!(view.versions[2].sentences.is_empty(), "gamma has no quote");
        assert_eq!(view.divergences.len(), 1);
        assert_eq!(view.divergences[0].kind, "quote worded differently");
        assert_eq!(view.prev.as_deref(), Some("#/fact/0"));
        assert_eq!(view.next.as_deref(), Some("#/fact/2"));
    }

    #[test]
    fn versions_are_marked_against_the_most_linked_one() {
        let view = fact_view(&fixture::comparison(), 0);
        // Every member has two links; alpha's, the first, is the reference.
        let alpha = &view.versions[0].sentences[0];
        assert!(alpha.reference);
        assert_eq!(changed(alpha), ["35"], "what its divergence names");
        let beta = &view.versions[1].sentences[0];
        assert_eq!(changed(beta), ["more than two dozen"]);
        let gamma = &view.versions[2].sentences[0];
        assert!(changed(gamma).is_empty(), "gamma says what alpha says");
        assert_eq!(gamma.href, "#/all/gam/1");
        assert_eq!(view.divergences.len(), 2);
        assert_eq!(
            view.divergences[0].between,
            ("Alpha Times".into(), "Beta News".into())
        );
    }
}
