//! The readable text report of a comparison: facts, who reports them, and
//! divergences with their differing words.

use std::fmt::Write as _;

use super::model::{Comparison, FactStatus, Relation};

/// Renders a comparison as plain text for people (and diffs in review).
pub fn text_report(c: &Comparison) -> String {
    let mut out = String::new();
    let t = &c.totals;
    let _ = writeln!(
        out,
        "{} sources, {} sentences: {} facts agreed, {} disputed, {} sentences reported by one source only.\n",
        t.sources, t.sentences, t.facts_agreed, t.facts_disputed, t.reported_once
    );
    let _ = writeln!(out, "SOURCES");
    for s in &c.sources {
        let unknown = "unknown";
        let _ = writeln!(
            out,
            "  {}  {} | {} | {}",
            s.id,
            s.meta.outlet.as_deref().unwrap_or(unknown),
            s.meta.date.as_deref().unwrap_or(unknown),
            s.meta.title.as_deref().unwrap_or("(no headline)")
        );
        let _ = writeln!(
            out,
            "      {} sentences: {:.0}% corroborated, {:.0}% disputed, {:.0}% unique",
            s.stats.sentences,
            s.stats.share_corroborated * 100.0,
            s.stats.share_disputed * 100.0,
            s.stats.share_unique * 100.0
        );
    }
    let _ = writeln!(out, "\nFACTS");
    for f in &c.facts {
        let mark = if f.status == FactStatus::Disputed {
            "DISPUTED"
        } else {
            "agreed"
        };
        let _ = writeln!(
            out,
            "\n[{}] {} ({mark}; reported by {})",
            f.id + 1,
            f.label,
            f.sources.join(", ")
        );
        for m in &f.members {
            if let Some(s) = c.sentence(m) {
                let _ = writeln!(out, "    {} #{}: {}", m.0, m.1, s.text);
            }
        }
        for &k in &f.links {
            let link = &c.links[k];
            if link.relation != Relation::Diverge {
                continue;
            }
            if let Some(d) = link.divergence.and_then(|i| c.divergences.get(i)) {
                let _ = writeln!(
                    out,
                    "    ! {} #{} vs {} #{}: {}: {}",
                    link.a.0,
                    link.a.1,
                    link.b.0,
                    link.b.1,
                    d.kind.describe(),
                    d.summary
                );
            }
        }
    }
    for p in &c.problems {
        let _ = writeln!(out, "\nproblem: {}", p.message);
    }
    out
}
