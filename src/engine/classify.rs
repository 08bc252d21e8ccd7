//! Classification: does a link agree, or does it diverge, and how.
//!
//! Checks run from the most specific evidence to the least: numbers of the
//! same measure that cannot both be true; the same quotation attributed to
//! different people or worded differently; a commitment against an intention;
//! one side denying what the other asserts. Differences in detail that do not
//! conflict ("around 20%" and "approximately 20 percent") agree.

use similar::DiffOp as Op;

use super::align::for_each_shared;
use super::analyse::Analysed;
use super::analyse::numbers::{CALENDAR, compatible, describe};
use super::analyse::tokens::Token;
use super::config::Config;
use super::diff::number_diff;
use super::model::{DivergenceKind, Quotation, Span};

/// What classification found for one link.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub kind: DivergenceKind,
    pub a_spans: Vec<Span>,
    pub b_spans: Vec<Span>,
    pub summary: String,
}

/// Classifies a link between two analysed sentences: `None` means they agree.
#[inline(never)]
pub fn classify(a: &Analysed, b: &Analysed, config: &Config) -> Option<Finding> {
    number(a, b)
        .or_else(|| quotation(a, b, config))
        .or_else(|| modality(a, b))
        .or_else(|| contradiction(a, b))
}

fn quote_text(s: &Analysed, spans: &[Span]) -> String {
    spans
        .iter()
        .map(|sp| format!("“{}”", &s.sentence.text[sp.start..sp.end]))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Same unit, no pair of values that can both hold.
fn number(a: &Analysed, b: &Analysed) -> Option<Finding> {
    if a.sentence.quantities.is_empty() || b.sentence.quantities.is_empty() {
        return None;
    }
    // The units both measure in, sorted (borrowed: no string is copied).
    fn measured(s: &Analysed) -> Vec<&str> {
        let mut units: Vec<&str> = s
            .sentence
            .quantities
            .iter()
            .filter(|q| !q.unit.is_empty() && q.unit != CALENDAR)
            .map(|q| q.unit.as_str())
            .collect();
        super::sort::sort(&mut units);
        units.dedup();
        units
    }
    let mut units: Vec<&str> = Vec::new();
    for_each_shared(&measured(a), &measured(b), |u| units.push(u));
    for unit in units {
        let qa: Vec<_> = a
            .sentence
            .quantities
            .iter()
            .filter(|q| q.unit == unit)
            .collect();
        let qb: Vec<_> = b
            .sentence
            .quantities
            .iter()
            .filter(|q| q.unit == unit)
            .collect();
        let any_fits = qa.iter().any(|x| qb.iter().any(|y| compatible(x, y)));
        if !any_fits {
            let words = |s: &Analysed, q: &[&super::model::Quantity]| {
                q.iter()
                    .map(|q| {
                        format!(
                            "“{}” ({})",
                            &s.sentence.text[q.span.start..q.span.end],
                            describe(q)
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            return Some(Finding {
                kind: DivergenceKind::Number,
                a_spans: qa.iter().map(|q| q.span).collect(),
                b_spans: qb.iter().map(|q| q.span).collect(),
                summary: format!("{} vs {}", words(a, &qa), words(b, &qb)),
            });
        }
    }
    None
}

/// Content-word stems inside a quotation, with their tokens.
pub(super) fn quote_words<'a>(s: &'a Analysed, q: &Quotation) -> Vec<&'a Token> {
    s.tokens
        .iter()
        .filter(|t| t.start >= q.span.start && t.end <= q.span.end && !t.stop && !t.symbol)
        .collect()
}

/// Words that differ only in spelling ("defence"/"defense", "finalise"/"finalize").
pub(super) fn spelling_variant(x: &str, y: &str) -> bool {
    if x == y {
        return true;
    }
    // Cheap rejections before looking at characters.
    if x.len().min(y.len()) < 5 || x.len().abs_diff(y.len()) > 4 {
        return false;
    }
    // One edit leaves four letters or more at one end: a first or a last
    // letter must be the same (compared as bytes, which only rejects).
    let (xb, yb) = (x.as_bytes(), y.as_bytes());
    if xb[0] != yb[0] && xb[xb.len() - 1] != yb[yb.len() - 1] {
        return false;
    }
    let (xn, yn) = (x.chars().count(), y.chars().count());
    if xn.min(yn) < 5 || xn.abs_diff(yn) > 1 {
        return false;
    }
    // One substitution, insertion or deletion.
    let prefix = x.chars().zip(y.chars()).take_while(|(p, q)| p == q).count();
    let suffix = x
        .chars()
        .rev()
        .zip(y.chars().rev())
        .take_while(|(p, q)| p == q)
        .count();
    prefix + suffix + 1 >= xn.max(yn)
}

/// The same utterance quoted in both: attributed to different people, or in
/// different words within the stretch both quote.
fn quotation(a: &Analysed, b: &Analysed, config: &Config) -> Option<Finding> {
    if a.sentence.quotations.is_empty() || b.sentence.quotations.is_empty() {
        return None;
    }
    // Each quotation's words and stems once, not once per pairing.
    fn quoted(s: &Analysed) -> Vec<(&Quotation, Vec<&Token>, Vec<u32>)> {
        s.sentence
            .quotations
            .iter()
            .map(|q| {
                let words = quote_words(s, q);
                let stems = distinct_stems(&words);
                (q, words, stems)
            })
            .collect()
    }
    let (quoted_a, quoted_b) = (quoted(a), quoted(b));
    for (qa, wa, sa) in &quoted_a {
        for (qb, wb, sb) in &quoted_b {
            if wa.len().min(wb.len()) < 4 {
                continue;
            }
            let mut shared = 0;
            for_each_shared(sa, sb, |_| shared += 1);
            if (shared as f64) < config.same_quote_overlap * sa.len().min(sb.len()) as f64 {
                continue; // different utterances
            }
            if let (Some(x), Some(y)) = (&qa.speaker, &qb.speaker) {
                let named = |s: &str| s.chars().next().is_some_and(char::is_uppercase);
                if named(x) && named(y) && !x.eq_ignore_ascii_case(y) {
                    return Some(Finding {
                        kind: DivergenceKind::Attribution,
                        a_spans: vec![qa.span],
                        b_spans: vec![qb.span],
                        summary: format!("quoted from {x} vs from {y}"),
                    });
                }
            }
            if let Some(f) = wording(a, wa, b, wb) {
                return Some(f);
            }
        }
    }
    None
}

/// The distinct stems of some words, as their numbers, sorted.
fn distinct_stems(words: &[&Token]) -> Vec<u32> {
    let mut stems: Vec<u32> = words.iter().map(|t| t.stem_id).collect();
    super::sort::sort_numbers(&mut stems);
    stems.dedup();
    stems
}

/// Words one quotation uses and the other does not, inside the stretch both
/// quote (what one quotes beyond the other is extent, not wording; the same
/// words in another order are not another wording).
pub(super) fn wording(a: &Analysed, wa: &[&Token], b: &Analysed, wb: &[&Token]) -> Option<Finding> {
    let ids = |ws: &[&Token]| -> Vec<u32> { ws.iter().map(|t| t.concept_id).collect() };
    // Concept numbers stand for concepts one to one: sorted, they answer
    // "does the other side use this concept" without comparing strings.
    let sorted = |ws: &[&Token]| -> Vec<u32> {
        let mut ids = ids(ws);
        super::sort::sort_numbers(&mut ids);
        ids
    };
    let (a_ids, b_ids) = (sorted(wa), sorted(wb));
    // A side that uses only the other's concepts has no words of its own
    // anywhere, so none in the stretch the diff would find: no diff needed.
    let any_own = |mine: &[&Token], theirs: &[u32]| {
        mine.iter()
            .any(|t| theirs.binary_search(&t.concept_id).is_err())
    };
    if !any_own(wa, &b_ids) || !any_own(wb, &a_ids) {
        return None;
    }
    let ops = number_diff(&ids(wa), &ids(wb))?;
    let left: Vec<&str> = wa.iter().map(|t| t.concept()).collect();
    let right: Vec<&str> = wb.iter().map(|t| t.concept()).collect();
    let equal = |op: &&Op| matches!(op, Op::Equal { .. });
    let (first, last) = (ops.iter().find(equal)?, ops.iter().rfind(equal)?);
    let (a_from, b_from) = (first.old_range().start, first.new_range().start);
    let (a_to, b_to) = (last.old_range().end, last.new_range().end);
    let only = |mine: &[&Token], range: std::ops::Range<usize>, theirs: &[u32], other: &[&str]| {
        range
            .filter(|&i| theirs.binary_search(&mine[i].concept_id).is_err())
            .filter(|&i| !other.iter().any(|o| spelling_variant(mine[i].concept(), o)))
            .collect::<Vec<usize>>()
    };
    let a_only = only(wa, a_from..a_to, &b_ids, &right);
    let b_only = only(wb, b_from..b_to, &a_ids, &left);
    if a_only.is_empty() || b_only.is_empty() {
        return None;
    }
    let spans = |tokens: &[&Token], idx: &[usize]| -> Vec<Span> {
        let mut out: Vec<Span> = Vec::new();
        for &i in idx {
            let sp = Span {
                start: tokens[i].start,
                end: tokens[i].end,
            };
            match out.last_mut() {
                // Neighbouring words make one span.
                Some(prev) if i > 0 && idx.contains(&(i - 1)) => prev.end = sp.end,
                _ => out.push(sp),
            }
        }
        out
    };
    let (a_spans, b_spans) = (spans(wa, &a_only), spans(wb, &b_only));
    Some(Finding {
        kind: DivergenceKind::QuoteWording,
        summary: format!("{} vs {}", quote_text(a, &a_spans), quote_text(b, &b_spans)),
        a_spans,
        b_spans,
    })
}

/// One side commits, the other only intends or foresees.
fn modality(a: &Analysed, b: &Analysed) -> Option<Finding> {
    let committed = |s: &Analysed| !s.cues.commitment.is_empty() && s.cues.intention.is_empty();
    let intended = |s: &Analysed| !s.cues.intention.is_empty() && s.cues.commitment.is_empty();
    let (ca, cb) = if committed(a) && intended(b) {
        (&a.cues.commitment, &b.cues.intention)
    } else if intended(a) && committed(b) {
        (&a.cues.intention, &b.cues.commitment)
    } else {
        return None;
    };
    Some(Finding {
        kind: DivergenceKind::Modality,
        a_spans: ca.clone(),
        b_spans: cb.clone(),
        summary: format!("{} vs {}", quote_text(a, ca), quote_text(b, cb)),
    })
}

/// One side denies or refuses what the other reports without denial: the
/// clause holding the denial must share content with the other sentence, so
/// a "not" about something else is no contradiction.
fn contradiction(a: &Analysed, b: &Analysed) -> Option<Finding> {
    let (na, nb) = (&a.cues.negation, &b.cues.negation);
    if na.is_empty() == nb.is_empty() {
        return None;
    }
    let (denier, asserter, cues) = if na.is_empty() {
        (b, a, nb)
    } else {
        (a, b, na)
    };
    let scoped: Vec<Span> = cues
        .iter()
        .copied()
        .filter(|cue| {
            let (from, to) = clause_around(&denier.sentence.text, *cue);
            // Sorted and deduplicated rather than collected into a set,
            // whose `collect` would bring its own sort into the wasm.
            let mut shared: Vec<&str> = denier
                .tokens
                .iter()
                .filter(|t| {
                    t.start >= from && t.end <= to && (t.end <= cue.start || t.start >= cue.end)
                })
                .filter(|t| !t.stop && !t.numeric)
                .map(|t| &*t.content_feature)
                .filter(|f| asserter.has_feature(f))
                .collect();
            super::sort::sort(&mut shared);
            shared.dedup();
            shared.len() >= MIN_DENIED_CONCEPTS
        })
        .collect();
    if scoped.is_empty() {
        return None;
    }
    let summary = if na.is_empty() {
        format!("asserted vs denied ({})", quote_text(b, &scoped))
    } else {
        format!("denied ({}) vs asserted", quote_text(a, &scoped))
    };
    let (a_spans, b_spans) = if na.is_empty() {
        (Vec::new(), scoped)
    } else {
        (scoped, Vec::new())
    };
    Some(Finding {
        kind: DivergenceKind::Contradiction,
        a_spans,
        b_spans,
        summary,
    })
}

/// How many concepts a denied clause must share with the other sentence.
const MIN_DENIED_CONCEPTS: usize = 2;

/// The byte range of the clause around a span: between the nearest commas,
/// semicolons, colons, dashes or brackets.
fn clause_around(text: &str, span: Span) -> (usize, usize) {
    let stops = [',', ';', ':', '–', '—', '(', ')'];
    let from = text[..span.start].rfind(stops).map_or(0, |i| i + 1);
    let to = text[span.end..]
        .find(stops)
        .map_or(text.len(), |i| span.end + i);
    (from, to)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::analyse::{analyse_blocks, tokens::Vocabulary};
    use crate::engine::clean::clean;

    /// Analyses one sentence; sentences compared together share a vocabulary,
    /// as in a comparison, so their word numbers agree.
    fn one(text: &str, vocabulary: &mut Vocabulary) -> Analysed {
        let raw = format!("{text}\n");
        analyse_blocks(&clean(&raw), &raw, vocabulary).remove(0)
    }

    fn kind(a: &str, b: &str) -> Option<DivergenceKind> {
        let mut vocabulary = Vocabulary::default();
        let (a, b) = (one(a, &mut vocabulary), one(b, &mut vocabulary));
        classify(&a, &b, &Config::default()).map(|f| f.kind)
    }

    #[test]
    fn each_kind_of_divergence_is_named() {
        let cases: &[(&str, &str, &str, Option<DivergenceKind>)] = &[
            (
                "number",
                "Russia occupies around 20% of Ukraine.",
                "Russia occupies approximately 20 percent of Ukraine.",
                None,
            ),
            (
                "number",
                "Delegates from 35 countries met.",
                "Delegates from 15 countries met.",
                Some(DivergenceKind::Number),
            ),
            (
                "number",
                "Delegates from 35 countries met.",
                "Delegates from more than two dozen countries met.",
                None,
            ),
            (
                "modality",
                "Leaders signed a declaration committing to deploy a force.",
                "Leaders signed a declaration of intent that foresees deploying a force.",
                Some(DivergenceKind::Modality),
            ),
            (
                "contradiction",
                "The United States pledged to support the force.",
                "A promise to support the force was not in the communique.",
                Some(DivergenceKind::Contradiction),
            ),
            (
                "wording",
                "\"We agreed to establish a coordination cell that will fully integrate all relevant armed forces,\" Macron said.",
                "He announced \"a coordination core that will allow the full integration of all relevant armed forces,\" Macron said.",
                Some(DivergenceKind::QuoteWording),
            ),
            (
                "spelling",
                "He called it \"the first line of defense and deterrence against aggression\".",
                "It will remain \"the first line of defence and deterrence against aggression\".",
                None,
            ),
            (
                "attribution",
                "\"This carnage has to stop, and the killing must end,\" Witkoff said.",
                "\"This carnage has to stop, and the killing must end,\" Kushner said.",
                Some(DivergenceKind::Attribution),
            ),
        ];
        for (name, a, b, want) in cases {
            assert_eq!(kind(a, b), *want, "{name}: {a} ~ {b}");
        }
    }

    #[test]
    fn spelling_variants_are_not_new_words() {
        assert!(spelling_variant("defenc", "defens"));
        assert!(spelling_variant("finalis", "finaliz"));
        assert!(!spelling_variant("cell", "core"));
    }
}
