//! Quotations by speaker: each statement as the sources quote it (the
//! engine's quote groups), with each rendering's own words marked.

use std::collections::BTreeMap;

use crate::engine::{Comparison, QuoteRef, Span};
use crate::ui::route::Route;
use crate::ui::view::marks::{Piece, mark_spans, plain};
use crate::ui::view::sources::{SourceLabel, labels};

#[derive(Debug, Clone, PartialEq)]
pub struct QuoteVersion {
    pub source: SourceLabel,
    pub sentence: usize,
    pub pieces: Vec<Piece>,
    pub href: String,
}

/// One statement, as one or more sources quote it.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    /// The fullest rendering first.
    pub versions: Vec<QuoteVersion>,
    /// The sources word it differently.
    pub variants: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Speaker {
    pub name: String,
    pub statements: Vec<Statement>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct QuotesView {
    pub speakers: Vec<Speaker>,
}

/// What a speaker without attribution is listed as.
pub const UNATTRIBUTED: &str = "Unattributed";

pub fn quotes_view(comparison: &Comparison) -> QuotesView {
    let sources = labels(comparison);
    let mut by_speaker: BTreeMap<String, Speaker> = BTreeMap::new();
    for group in &comparison.quotes {
        let name = group
            .speaker
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .unwrap_or(UNATTRIBUTED);
        let versions: Vec<QuoteVersion> = group
            .members
            .iter()
            .filter_map(|m| version(comparison, &sources, m))
            .collect();
        if versions.is_empty() {
            continue;
        }
        by_speaker
            .entry(name.to_lowercase())
            .or_insert_with(|| Speaker {
                name: name.to_owned(),
                statements: Vec::new(),
            })
            .statements
            .push(Statement {
                versions,
                variants: group.variants,
            });
    }
    let mut speakers: Vec<Speaker> = by_speaker.into_values().collect();
    // Most quoted first; the unattributed last, whatever their number.
    crate::engine::sort::sort_by_key(&mut speakers, |s| {
        (
            s.name == UNATTRIBUTED,
            std::cmp::Reverse(s.statements.len()),
        )
    });
    QuotesView { speakers }
}

/// One rendering: the quotation cut from its sentence, its own words marked.
fn version(comparison: &Comparison, sources: &[SourceLabel], m: &QuoteRef) -> Option<QuoteVersion> {
    let label = sources.iter().find(|l| l.id == m.sentence.source())?;
    let sentence = comparison.sentence(&m.sentence)?;
    let quotation = sentence.quotations.get(m.quotation)?;
    let span = quotation.span;
    let pieces = match sentence.text.get(span.start..span.end) {
        Some(text) => {
            let inside: Vec<Span> = m
                .differs
                .iter()
                .filter_map(|d| {
                    let (start, end) = (d.start.max(span.start), d.end.min(span.end));
                    (start < end).then(|| Span {
                        start: start - span.start,
                        end: end - span.start,
                    })
                })
                .collect();
            mark_spans(text, &inside)
        }
        None => plain(&quotation.text),
    };
    Some(QuoteVersion {
        source: label.clone(),
        sentence: m.sentence.index(),
        pieces,
        href: Route::All {
            selected: Some((label.short.clone(), m.sentence.index())),
        }
        .hash(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::fixture;

    #[test]
    fn one_statement_two_wordings() {
        let view = quotes_view(&fixture::comparison());
        let names: Vec<&str> = view.speakers.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Macron", UNATTRIBUTED]);
        let macron = &view.speakers[0];
        assert_eq!(macron.statements.len(), 1);
        let statement = &macron.statements[0];
        assert!(statement.variants);
        let second = &statement.versions[1];
        assert_eq!(second.source.name, "Beta News");
        let changed: Vec<&str> = second
            .pieces
            .iter()
            .filter(|p| p.changed)
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(changed, ["stable"]);
        let text: String = second.pieces.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(text, "“We will build a stable peace.”");
        assert_eq!(second.href, "#/all/bet/2");
    }

    #[test]
    fn references_to_nothing_are_skipped() {
        let mut c = fixture::comparison();
        c.quotes[0].members[0].quotation = 7;
        c.quotes[0].members[1].sentence.1 = 99;
        let view = quotes_view(&c);
        let names: Vec<&str> = view.speakers.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, [UNATTRIBUTED]);
    }
}
