//! A comparison leaving the reader, and coming back: the engine's
//! [`Comparison`] as JSON (imported again by
//! [`json::import`]), as CSV with one row per link, and as a Markdown report.
//!
//! Pure functions from the comparison to text, so the command line and the
//! browser write the same files, and tests need no browser. They read
//! sentences and spans with checked access: a comparison built by hand, or
//! one that slipped past the import checks, gives a poorer export, never a
//! panic.

pub mod csv;
pub mod json;
pub mod markdown;

use crate::engine::{Comparison, Source};

/// How a source is named in exports: its title and outlet where the text
/// states them, always with its id so rows can be traced back.
fn source_label(source: &Source) -> String {
    match (&source.meta.title, &source.meta.outlet) {
        (Some(title), Some(outlet)) => format!("{} ({title}, {outlet})", source.id),
        (Some(named), None) | (None, Some(named)) => format!("{} ({named})", source.id),
        (None, None) => source.id.clone(),
    }
}

/// The words a list of byte ranges covers in a sentence, in order; ranges
/// that do not fit the text are skipped.
fn spans_text(text: &str, spans: &[crate::engine::Span]) -> Vec<String> {
    spans
        .iter()
        .filter_map(|s| text.get(s.start..s.end))
        .map(|w| w.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|w| !w.is_empty())
        .collect()
}

/// The label of the source with this id, or the id itself.
fn label_of(c: &Comparison, id: &str) -> String {
    c.source(id).map_or_else(|| id.to_owned(), source_label)
}
