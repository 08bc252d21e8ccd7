//! Invariants every comparison must hold whatever its input, shared by the
//! seed-corpus tests and the property tests.

use std::collections::BTreeSet;

use parallax::engine::{
    BlockKind, Comparison, FactStatus, RawArticle, Relation, SentenceRef, Span,
};

/// Whether the non-space characters of `needle` appear in order among the
/// non-space characters of `hay`: cleaning may drop debris or add a space,
/// but never invents a character.
pub fn is_subsequence_ignoring_whitespace(needle: &str, hay: &str) -> bool {
    let mut hay = hay.chars().filter(|c| !c.is_whitespace());
    needle
        .chars()
        .filter(|c| !c.is_whitespace())
        .all(|c| hay.any(|h| h == c))
}

/// Every sentence's `raw` span is a non-empty char-boundary slice of its
/// article's raw text, and the sentence text is drawn from that slice.
pub fn assert_provenance(articles: &[RawArticle], c: &Comparison) {
    for source in &c.sources {
        let raw = &articles
            .iter()
            // The first article of that id with any text is the one compared.
            .find(|a| a.id == source.id && !a.text.trim().is_empty())
            .unwrap_or_else(|| panic!("source {:?} is not one of the inputs", source.id))
            .text;
        for (i, s) in source.sentences.iter().enumerate() {
            let Span { start, end } = s.raw;
            let at = format!("{}#{i} {:?} raw {start}..{end}", source.id, s.text);
            assert!(!s.text.trim().is_empty(), "{at}: empty sentence");
            assert!(start < end && end <= raw.len(), "{at}: out of bounds");
            assert!(
                raw.is_char_boundary(start) && raw.is_char_boundary(end),
                "{at}: not on char boundaries"
            );
            let slice = &raw[start..end];
            assert!(
                is_subsequence_ignoring_whitespace(&s.text, slice),
                "{at}: text is not drawn from the raw slice {slice:?}"
            );
        }
    }
}

fn assert_span_in(span: Span, text: &str, what: &str) {
    assert!(
        span.start <= span.end
            && span.end <= text.len()
            && text.is_char_boundary(span.start)
            && text.is_char_boundary(span.end),
        "{what}: span {span:?} does not fit {text:?}"
    );
}

/// The cross-references inside a comparison from `compare` hold together:
/// links, their divergences and word diffs (every link has one), facts,
/// statistics and totals.
pub fn assert_well_formed(c: &Comparison) {
    let ids: Vec<&str> = c.sources.iter().map(|s| s.id.as_str()).collect();
    let unique: BTreeSet<&str> = ids.iter().copied().collect();
    assert_eq!(unique.len(), ids.len(), "source ids repeat: {ids:?}");

    let text_of = |r: &SentenceRef| {
        &c.sentence(r)
            .unwrap_or_else(|| panic!("link end {r:?} names no sentence"))
            .text
    };
    for (k, link) in c.links.iter().enumerate() {
        assert_ne!(link.a.0, link.b.0, "link {k} joins a source to itself");
        let (a, b) = (text_of(&link.a), text_of(&link.b));
        assert!(
            (0.0..=1.0).contains(&link.score),
            "link {k}: score {}",
            link.score
        );
        match (link.relation, link.divergence) {
            (Relation::Diverge, Some(d)) => {
                let divergence = c
                    .divergences
                    .get(d)
                    .unwrap_or_else(|| panic!("link {k} names missing divergence {d}"));
                assert_eq!(divergence.link, k, "divergence {d} points elsewhere");
            }
            (Relation::Agree, None) => {}
            (relation, d) => panic!("link {k}: relation {relation:?} with divergence {d:?}"),
        }
        let diff = link.diff.as_ref();
        for op in diff.unwrap_or_else(|| panic!("link {k} has no word diff")) {
            assert_span_in(op.a, a, &format!("link {k} diff a"));
            assert_span_in(op.b, b, &format!("link {k} diff b"));
        }
    }
    for (d, divergence) in c.divergences.iter().enumerate() {
        let link = c
            .links
            .get(divergence.link)
            .unwrap_or_else(|| panic!("divergence {d} names missing link"));
        assert_eq!(link.relation, Relation::Diverge, "divergence {d}");
        assert_eq!(link.divergence, Some(d), "divergence {d}");
        for &span in &divergence.a_spans {
            assert_span_in(span, text_of(&link.a), &format!("divergence {d} a"));
        }
        for &span in &divergence.b_spans {
            assert_span_in(span, text_of(&link.b), &format!("divergence {d} b"));
        }
    }

    for (f, fact) in c.facts.iter().enumerate() {
        assert_eq!(fact.id, f, "fact ids are positions");
        assert!(
            fact.members.windows(2).all(|w| w[0] < w[1]),
            "fact {f}: members not sorted and unique: {:?}",
            fact.members
        );
        assert!(fact.members.iter().all(|m| c.sentence(m).is_some()));
        let sources: Vec<String> = fact
            .members
            .iter()
            .map(|m| m.0.to_string())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        assert_eq!(fact.sources, sources, "fact {f}: sources");
        assert!(fact.sources.len() >= 2, "fact {f}: told by one source");
        for &k in &fact.links {
            let link = &c.links[k];
            assert_eq!(link.fact, Some(f), "fact {f} lists link {k}");
            assert!(fact.members.contains(&link.a) && fact.members.contains(&link.b));
        }
        let disputed = fact
            .links
            .iter()
            .any(|&k| c.links[k].relation == Relation::Diverge);
        assert_eq!(fact.status == FactStatus::Disputed, disputed, "fact {f}");
    }
    for (k, link) in c.links.iter().enumerate() {
        if let Some(f) = link.fact {
            assert!(c.facts[f].links.contains(&k), "link {k} not in fact {f}");
        }
    }

    for s in &c.sources {
        for (i, x) in s.sentences.iter().enumerate() {
            for q in &x.quotations {
                assert_span_in(q.span, &x.text, &format!("{}#{i} quotation", s.id));
            }
            for q in &x.quantities {
                assert_span_in(q.span, &x.text, &format!("{}#{i} quantity", s.id));
                assert!(q.low <= q.high, "{}#{i}: quantity {q:?}", s.id);
            }
        }
        let counted = s
            .sentences
            .iter()
            .filter(|x| x.kind != BlockKind::Caption)
            .count();
        let st = &s.stats;
        assert_eq!(st.sentences, counted, "{}: counted sentences", s.id);
        assert_eq!(st.corroborated + st.disputed + st.unique, st.sentences);
    }
    let t = &c.totals;
    assert_eq!(t.sources, c.sources.len());
    assert_eq!(
        t.sentences,
        c.sources.iter().map(|s| s.sentences.len()).sum::<usize>()
    );
    assert_eq!(t.links, c.links.len());
    let status = |want| c.facts.iter().filter(|f| f.status == want).count();
    assert_eq!(t.facts_agreed, status(FactStatus::Agreed));
    assert_eq!(t.facts_disputed, status(FactStatus::Disputed));
    assert_eq!(
        t.reported_once,
        c.sources.iter().map(|s| s.stats.unique).sum::<usize>()
    );
}
