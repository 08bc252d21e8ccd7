//! Marking words: turning the engine's byte spans into runs of plain and
//! marked text, and naming how a sentence stands against other sources.

use std::borrow::Cow;

use crate::engine::{Comparison, Config, DiffOp, DiffTag, Link, Span};

/// A run of a sentence's text, marked when it differs from the other side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    pub changed: bool,
    /// Among the words a divergence names: what makes the versions disagree.
    pub key: bool,
}

/// Which side of a link a sentence is: the link's `a` or its `b`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    A,
    B,
}

/// How a sentence stands against the sources it is read with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Standing {
    /// Another source reports it and they agree.
    Corroborated,
    /// Another source reports it differently in a way that matters.
    Diverging,
    /// No other source reports it.
    Unique,
}

impl Standing {
    /// The word a screen reader says and the legend prints.
    pub fn label(self) -> &'static str {
        match self {
            Standing::Corroborated => "corroborated",
            Standing::Diverging => "diverging",
            Standing::Unique => "unique",
        }
    }

    /// The CSS class carrying the underline style and colour.
    pub fn class(self) -> &'static str {
        match self {
            Standing::Corroborated => "mark-agree",
            Standing::Diverging => "mark-diverge",
            Standing::Unique => "mark-unique",
        }
    }

    /// A glyph shown beside colour so the mark does not rely on colour alone.
    pub fn icon(self) -> &'static str {
        match self {
            Standing::Corroborated => "✓",
            Standing::Diverging => "≠",
            Standing::Unique => "•",
        }
    }
}

/// Splits `text` into plain and marked runs. Spans out of range or not on
/// character boundaries are ignored rather than trusted; overlaps merge.
pub fn mark_spans(text: &str, spans: &[Span]) -> Vec<Piece> {
    mark_layers(text, spans, &[])
}

/// Like [`mark_spans`], with a second layer: the words a divergence names
/// (`key`), which are also marked changed.
pub fn mark_layers(text: &str, changed: &[Span], key: &[Span]) -> Vec<Piece> {
    let valid = |spans: &[Span]| -> Vec<Span> {
        spans
            .iter()
            .map(|s| Span {
                start: s.start.min(text.len()),
                end: s.end.min(text.len()),
            })
            .filter(|s| {
                !s.is_empty() && text.is_char_boundary(s.start) && text.is_char_boundary(s.end)
            })
            .collect()
    };
    let (changed, key) = (valid(changed), valid(key));
    let mut cuts: Vec<usize> = changed
        .iter()
        .chain(&key)
        .flat_map(|s| [s.start, s.end])
        .chain([0, text.len()])
        .collect();
    crate::engine::sort::sort(&mut cuts);
    cuts.dedup();
    let inside = |spans: &[Span], at: usize| spans.iter().any(|s| s.start <= at && at < s.end);
    let mut pieces: Vec<Piece> = Vec::new();
    for w in cuts.windows(2) {
        let (from, to) = (w[0], w[1]);
        let is_key = inside(&key, from);
        let is_changed = is_key || inside(&changed, from);
        match pieces.last_mut() {
            Some(last) if last.changed == is_changed && last.key == is_key => {
                last.text.push_str(&text[from..to]);
            }
            _ => pieces.push(Piece {
                text: text[from..to].to_owned(),
                changed: is_changed,
                key: is_key,
            }),
        }
    }
    pieces
}

/// The byte ranges of one side of a link that the word diff found different.
pub fn changed_spans(diff: &[DiffOp], end: End) -> Vec<Span> {
    diff.iter()
        .filter(|op| op.tag != DiffTag::Equal)
        .map(|op| if end == End::A { op.a } else { op.b })
        .collect()
}

/// The words of one side of a link that the word diff found different, and
/// among them (`key`) the ones its divergence names.
pub fn diff_pieces(text: &str, diff: &[DiffOp], end: End, key: &[Span]) -> Vec<Piece> {
    mark_layers(text, &changed_spans(diff, end), key)
}

/// A link's word diff, worked out with the reader's settings where the
/// analysis left it out: only the links a view shows are diffed.
pub fn shown_diff<'c>(c: &'c Comparison, link: &'c Link) -> Cow<'c, [DiffOp]> {
    crate::engine::diff::link_diff(c, link, &Config::default())
}

/// True when the diff gave up on word detail: the whole sentence is one
/// replaced block, and marking every word would say nothing.
pub fn is_wholesale(diff: &[DiffOp]) -> bool {
    diff.iter().all(|op| op.tag != DiffTag::Equal) && !diff.is_empty()
}

/// Text without marks.
pub fn plain(text: &str) -> Vec<Piece> {
    mark_spans(text, &[])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    #[test]
    fn marks_runs_and_keeps_every_character() {
        let text = "Leaders from 35 countries met.";
        let pieces = mark_spans(text, &[span(13, 15)]);
        let joined: String = pieces.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(joined, text);
        assert_eq!(
            pieces
                .iter()
                .filter(|p| p.changed)
                .map(|p| p.text.as_str())
                .collect::<Vec<_>>(),
            ["35"]
        );
    }

    #[test]
    fn bad_spans_are_ignored_and_overlaps_merge() {
        let text = "Türkiye said no.";
        // 2 is inside "ü"; 99 is past the end (clamped); 0..5 and 3..8 overlap.
        let pieces = mark_spans(text, &[span(2, 4), span(0, 5), span(3, 8), span(14, 99)]);
        let joined: String = pieces.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(joined, text);
        assert_eq!(
            pieces[0],
            Piece {
                text: "Türkiye".into(),
                changed: true,
                key: false,
            }
        );
        assert!(pieces.last().expect("pieces").changed);
    }

    #[test]
    fn diff_sides_mark_their_own_words() {
        let ops = [
            DiffOp {
                tag: DiffTag::Equal,
                a: span(0, 6),
                b: span(0, 6),
            },
            DiffOp {
                tag: DiffTag::Replace,
                a: span(6, 8),
                b: span(6, 10),
            },
        ];
        let a = diff_pieces("It is 35", &ops, End::A, &[]);
        let b = diff_pieces("It is many", &ops, End::B, &[span(6, 10)]);
        assert_eq!(a[1].text, "35");
        assert_eq!(b[1].text, "many");
        assert!(!a[1].key && b[1].key);
        assert!(!is_wholesale(&ops));
        assert!(is_wholesale(&ops[1..]));
    }
}
