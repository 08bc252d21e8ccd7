//! The comparison as a Markdown report for people: the sources, then each
//! fact with who reports it and how, then its divergences with the words that
//! differ.
//!
//! Article text is escaped (`\` before every character Markdown or HTML would
//! read as syntax, line breaks as spaces), so the report renders as the
//! articles' words wherever it is pasted: no link, image, heading or HTML tag
//! can come from an article.

use std::fmt::Write as _;

use super::{label_of, source_label, spans_text};
use crate::engine::{Comparison, FactStatus, Relation};

/// The report, ending with a newline.
pub fn export(c: &Comparison) -> String {
    let mut out = String::new();
    let t = &c.totals;
    let _ = writeln!(out, "# Parallax comparison\n");
    let _ = writeln!(
        out,
        "{} sources, {} sentences: {} facts agreed, {} disputed, {} sentences reported by one source only.\n",
        t.sources, t.sentences, t.facts_agreed, t.facts_disputed, t.reported_once
    );
    let _ = writeln!(out, "## Sources\n");
    let _ = writeln!(
        out,
        "| Source | Outlet | Date | Sentences | Corroborated | Disputed | Unique |"
    );
    let _ = writeln!(out, "|---|---|---|---:|---:|---:|---:|");
    for s in &c.sources {
        let known = |v: &Option<String>| v.as_deref().map_or_else(|| "unknown".into(), escape);
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {:.0}% | {:.0}% | {:.0}% |",
            escape(&source_label(s)),
            known(&s.meta.outlet),
            known(&s.meta.date),
            s.stats.sentences,
            s.stats.share_corroborated * 100.0,
            s.stats.share_disputed * 100.0,
            s.stats.share_unique * 100.0
        );
    }
    let _ = writeln!(out, "\n## Facts");
    if c.facts.is_empty() {
        let _ = writeln!(out, "\nNo fact is reported by more than one source.");
    }
    for f in &c.facts {
        let status = match f.status {
            FactStatus::Agreed => "agreed",
            FactStatus::Disputed => "disputed",
        };
        let _ = writeln!(out, "\n### {}. {} ({status})\n", f.id + 1, escape(&f.label));
        let who: Vec<String> = f
            .sources
            .iter()
            .map(|id| escape(&label_of(c, id)))
            .collect();
        let _ = writeln!(out, "Reported by {}.\n", who.join(", "));
        for m in &f.members {
            if let Some(s) = c.sentence(m) {
                let _ = writeln!(out, "- **{} #{}**: {}", escape(&m.0), m.1, escape(&s.text));
            }
        }
        let divergences: Vec<_> = f
            .links
            .iter()
            .filter_map(|&k| c.links.get(k))
            .filter(|l| l.relation == Relation::Diverge)
            .filter_map(|l| Some((l, c.divergences.get(l.divergence?)?)))
            .collect();
        if !divergences.is_empty() {
            let _ = writeln!(out, "\nDivergences:\n");
        }
        for (link, d) in divergences {
            let words = |r, spans| {
                let text = c.sentence(r).map_or("", |s| s.text.as_str());
                let words: Vec<String> = spans_text(text, spans)
                    .iter()
                    .map(|w| format!("“{}”", escape(w)))
                    .collect();
                if words.is_empty() {
                    "nothing different".to_owned()
                } else {
                    words.join(", ")
                }
            };
            let _ = writeln!(
                out,
                "- {} ({} #{} vs {} #{}): {}\n  - {} #{} says {}\n  - {} #{} says {}",
                d.kind.describe(),
                escape(&link.a.0),
                link.a.1,
                escape(&link.b.0),
                link.b.1,
                escape(&d.summary),
                escape(&link.a.0),
                link.a.1,
                words(&link.a, &d.a_spans),
                escape(&link.b.0),
                link.b.1,
                words(&link.b, &d.b_spans),
            );
        }
    }
    for p in &c.problems {
        let _ = writeln!(
            out,
            "\nProblem with {}: {}",
            escape(&p.source),
            escape(&p.message)
        );
    }
    out
}

/// Text that renders as itself in CommonMark and GitHub's Markdown, and
/// stays readable raw. Escaped with `\\` (CommonMark allows it before any
/// punctuation): what opens code, emphasis, links, images, HTML, entities,
/// table cells and strikethrough anywhere in a line; `_` only where it could
/// open emphasis, not inside a word (`000_8b41`). Characters that are syntax
/// only at the start of a line need nothing: escaped text never starts one.
/// Line breaks become spaces.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut previous = ' ';
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let intraword = |next: Option<&char>| {
            previous.is_alphanumeric() && next.is_some_and(|n| n.is_alphanumeric())
        };
        match c {
            '\\' | '`' | '*' | '[' | ']' | '<' | '&' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '_' if !intraword(chars.peek()) => out.push_str("\\_"),
            '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
        previous = c;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{Config, compare};

    #[test]
    fn facts_who_reports_them_and_the_differing_words() {
        let c = compare(&crate::corpus::embedded(), &Config::default());
        let report = export(&c);
        assert!(report.starts_with("# Parallax comparison\n"));
        let facts = report.matches("\n### ").count();
        assert_eq!(facts, c.facts.len());
        assert_eq!(
            report.matches("(disputed)\n").count(),
            c.totals.facts_disputed
        );
        for s in &c.sources {
            assert!(report.contains(&format!("| {} ", escape(&source_label(s)))));
        }
        // Every divergence is listed under its fact with its kind and words.
        let d = c
            .divergences
            .iter()
            .find(|d| c.links[d.link].fact.is_some() && !d.a_spans.is_empty())
            .expect("a seed divergence inside a fact");
        let link = &c.links[d.link];
        let a_words = spans_text(&c.sentence(&link.a).unwrap().text, &d.a_spans);
        let line = format!(
            "- {} ({} #{} vs {} #{}): ",
            d.kind.describe(),
            escape(&link.a.0),
            link.a.1,
            escape(&link.b.0),
            link.b.1
        );
        let at = report.find(&line).expect("the divergence is listed");
        let says = format!("#{} says “{}”", link.a.1, escape(&a_words[0]));
        assert!(report[at..].contains(&says), "{says}");
    }

    #[test]
    fn article_text_cannot_become_markup() {
        let mut c = compare(&crate::corpus::embedded(), &Config::default());
        let hostile =
            "<img src=x onerror=alert(1)> [click](javascript:alert(2)) **bold**\n# Heading";
        let m = c.facts[0].members[0].clone();
        let source = c.sources.iter_mut().find(|s| *s.id == *m.0).unwrap();
        source.sentences[m.1].text = hostile.into();
        c.facts[0].label = "<script>alert(3)</script>".into();
        let report = export(&c);
        // Every character that could open markup comes after a backslash.
        let bare = |open: &str| {
            report
                .match_indices(open)
                .any(|(at, _)| !report[..at].ends_with('\\'))
        };
        for open in ["<", "[", "]("] {
            assert!(!bare(open), "a bare {open} in the report");
        }
        assert!(!report.contains("\n# Heading"));
        assert!(
            report.contains(&escape(hostile)),
            "the sentence is in the report"
        );
        assert_eq!(
            escape(hostile),
            "\\<img src=x onerror=alert(1)> \\[click\\](javascript:alert(2)) \\*\\*bold\\*\\* # Heading"
        );
        assert_eq!(
            escape("U.S.-led, 20% (2026): 000_8b41"),
            "U.S.-led, 20% (2026): 000_8b41"
        );
        assert_eq!(
            escape("_a_ x_ &amp; `c` a|b"),
            "\\_a\\_ x\\_ \\&amp; \\`c\\` a\\|b"
        );
    }

    #[test]
    fn a_comparison_without_facts_says_so() {
        let c = compare(&[], &Config::default());
        assert!(export(&c).contains("No fact is reported by more than one source."));
    }
}
