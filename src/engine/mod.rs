//! The comparison engine: raw text in, a [`Comparison`] out.
//!
//! ```text
//! raw ──clean──▶ Article ──segment──▶ sentences ──analyse──▶ features
//!     ──align──▶ links ──classify──▶ Comparison
//! ```
//!
//! Pure functions over plain types: no DOM, clock, threads, randomness or I/O,
//! deterministic order, so native and wasm give the same answer.

pub mod config;
pub mod error;
pub mod model;

pub use config::Config;
pub use error::ArticleError;
pub use model::*;

/// Compares articles. Articles that cannot be compared (empty, duplicates,
/// nothing left after cleaning) are reported in `problems`; the rest are
/// compared. Never panics.
pub fn compare(articles: &[RawArticle], _config: &Config) -> Comparison {
    // Placeholder pipeline while the real stages land: one sentence per line.
    let sources = articles
        .iter()
        .map(|a| {
            let mut sentences = Vec::new();
            let mut offset = 0;
            for line in a.text.split_inclusive('\n') {
                let trimmed = line.trim();
                if !trimmed.is_empty() {
                    let start = offset + (line.len() - line.trim_start().len());
                    sentences.push(Sentence {
                        text: trimmed.to_owned(),
                        kind: BlockKind::Body,
                        block: sentences.len(),
                        raw: Span { start, end: start + trimmed.len() },
                        names: vec![],
                        quantities: vec![],
                        quotations: vec![],
                    });
                }
                offset += line.len();
            }
            Source { id: a.id.clone(), meta: a.meta.clone(), sentences, stats: SourceStats::default() }
        })
        .collect::<Vec<_>>();
    Comparison {
        version: COMPARISON_VERSION,
        totals: Totals { sources: sources.len(), ..Totals::default() },
        sources,
        links: vec![],
        facts: vec![],
        divergences: vec![],
        problems: vec![],
    }
}
