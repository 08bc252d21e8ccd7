//! A small hand-built `Comparison` for the reader's tests, so they check the
//! views and not the engine's judgement: three sources, a disputed number, a
//! quote worded two ways, an agreed fact and sentences only one source has.

use crate::engine::{
    BlockKind, Comparison, DiffOp, DiffTag, Divergence, DivergenceKind, Fact, FactStatus, Link,
    Metadata, Quotation, QuoteGroup, QuoteRef, Relation, Sentence, SentenceRef, Source,
    SourceStats, Span, Totals,
};

fn sentence(text: &str, kind: BlockKind, block: usize) -> Sentence {
    Sentence {
        text: text.to_owned(),
        kind,
        block,
        raw: Span { start: 0, end: 0 },
        names: Vec::new(),
        quantities: Vec::new(),
        quotations: Vec::new(),
    }
}

fn quoted(text: &str, block: usize, speaker: &str) -> Sentence {
    let start = text.find('“').expect("fixture quote opens");
    let end = text.rfind('”').expect("fixture quote closes") + '”'.len_utf8();
    let mut s = sentence(text, BlockKind::Body, block);
    s.quotations.push(Quotation {
        span: Span { start, end },
        text: text[start..end].to_owned(),
        speaker: (!speaker.is_empty()).then(|| speaker.to_owned()),
    });
    s
}

/// Words with their byte ranges.
fn words(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some(i),
            (true, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// A crude word diff for fixtures: shared first and last words are equal, the
/// middle is replaced. Enough to give the views real spans to mark.
fn diff(a: &str, b: &str) -> (Vec<DiffOp>, Span, Span) {
    let (wa, wb) = (words(a), words(b));
    let same = |i: usize, j: usize| a[wa[i].0..wa[i].1] == b[wb[j].0..wb[j].1];
    let mut pre = 0;
    while pre < wa.len().min(wb.len()) && same(pre, pre) {
        pre += 1;
    }
    let mut suf = 0;
    while suf < (wa.len() - pre).min(wb.len() - pre) && same(wa.len() - 1 - suf, wb.len() - 1 - suf)
    {
        suf += 1;
    }
    let cut = |w: &[(usize, usize)], len: usize| {
        if pre < w.len() - suf {
            Span {
                start: w[pre].0,
                end: w[w.len() - suf - 1].1,
            }
        } else {
            let at = w.get(pre).map_or(len, |w| w.0);
            Span { start: at, end: at }
        }
    };
    let ma = cut(&wa, a.len());
    let mb = cut(&wb, b.len());
    let mut ops = vec![DiffOp {
        tag: DiffTag::Equal,
        a: Span {
            start: 0,
            end: ma.start,
        },
        b: Span {
            start: 0,
            end: mb.start,
        },
    }];
    let tag = match (ma.is_empty(), mb.is_empty()) {
        (true, true) => DiffTag::Equal,
        (false, true) => DiffTag::Delete,
        (true, false) => DiffTag::Insert,
        (false, false) => DiffTag::Replace,
    };
    ops.push(DiffOp { tag, a: ma, b: mb });
    ops.push(DiffOp {
        tag: DiffTag::Equal,
        a: Span {
            start: ma.end,
            end: a.len(),
        },
        b: Span {
            start: mb.end,
            end: b.len(),
        },
    });
    (ops, ma, mb)
}

fn source(id: &str, meta: Metadata, sentences: Vec<Sentence>) -> Source {
    Source {
        id: id.to_owned(),
        meta,
        sentences,
        stats: SourceStats::default(),
    }
}

/// Three sources; see the module comment.
pub fn comparison() -> Comparison {
    let alpha = source(
        "alpha",
        Metadata {
            title: Some("Leaders meet in Paris".into()),
            outlet: Some("Alpha Times".into()),
            date: Some("2026-01-06".into()),
            evidence: None,
        },
        vec![
            sentence("Leaders meet in Paris", BlockKind::Heading, 0),
            sentence(
                "Leaders from 35 countries met in Paris on Tuesday.",
                BlockKind::Body,
                1,
            ),
            quoted("Macron said: “We will build a solid peace.”", 1, "Macron"),
            sentence("Macron at the summit.", BlockKind::Caption, 2),
            quoted("“The talks ran late,” an aide said.", 3, ""),
        ],
    );
    let beta = source(
        "beta",
        Metadata {
            outlet: Some("Beta News".into()),
            ..Metadata::default()
        },
        vec![
            sentence("Paris summit", BlockKind::Heading, 0),
            sentence(
                "Leaders from more than two dozen countries met in Paris on Tuesday.",
                BlockKind::Body,
                1,
            ),
            quoted("Macron said: “We will build a stable peace.”", 2, "Macron"),
            sentence("Britain pledged troops.", BlockKind::Body, 2),
        ],
    );
    let gamma = source(
        "gamma",
        Metadata::default(),
        vec![
            sentence("Britain pledged troops.", BlockKind::Body, 0),
            sentence(
                "Leaders from 35 countries met in Paris on Tuesday.",
                BlockKind::Body,
                0,
            ),
        ],
    );
    let sources = vec![alpha, beta, gamma];
    let at = |s: &str, i: usize| SentenceRef(s.into(), i);
    // (a, b, divergence kind, fact)
    let plan = [
        (
            at("alpha", 1),
            at("beta", 1),
            Some(DivergenceKind::Number),
            0,
        ),
        (at("alpha", 1), at("gamma", 1), None, 0),
        (
            at("beta", 1),
            at("gamma", 1),
            Some(DivergenceKind::Number),
            0,
        ),
        (
            at("alpha", 2),
            at("beta", 2),
            Some(DivergenceKind::QuoteWording),
            1,
        ),
        (at("beta", 3), at("gamma", 0), None, 2),
    ];
    let text = |r: &SentenceRef| {
        let s = sources
            .iter()
            .find(|s| *s.id == *r.0)
            .expect("fixture source");
        s.sentences[r.1].text.clone()
    };
    let mut links = Vec::new();
    let mut divergences = Vec::new();
    for (a, b, kind, fact) in plan {
        let (ta, tb) = (text(&a), text(&b));
        let (ops, da, db) = diff(&ta, &tb);
        let divergence = kind.map(|kind| {
            divergences.push(Divergence {
                link: links.len(),
                kind,
                a_spans: vec![da],
                b_spans: vec![db],
                summary: format!("“{}” vs “{}”", &ta[da.start..da.end], &tb[db.start..db.end]),
            });
            divergences.len() - 1
        });
        links.push(Link {
            a,
            b,
            relation: if divergence.is_some() {
                Relation::Diverge
            } else {
                Relation::Agree
            },
            score: 0.5,
            divergence,
            fact: Some(fact),
            shared: vec!["w:paris".into()],
            diff: Some(ops),
        });
    }
    let fact = |id: usize, label: &str, status, fact_links: Vec<usize>| {
        let mut members: Vec<SentenceRef> = fact_links
            .iter()
            .flat_map(|&l| [links[l].a.clone(), links[l].b.clone()])
            .collect();
        members.sort();
        members.dedup();
        let mut sources: Vec<String> = members.iter().map(|m| m.0.to_string()).collect();
        sources.dedup();
        Fact {
            id,
            label: label.to_owned(),
            status,
            members,
            sources,
            links: fact_links,
        }
    };
    let facts = vec![
        fact(
            0,
            "Leaders from 35 countries met in Paris",
            FactStatus::Disputed,
            vec![0, 1, 2],
        ),
        fact(1, "Macron: a solid peace", FactStatus::Disputed, vec![3]),
        fact(2, "Britain pledged troops", FactStatus::Agreed, vec![4]),
    ];
    let mut comparison = Comparison {
        version: 1,
        sources,
        links,
        facts,
        divergences,
        quotes: quotes(),
        totals: Totals {
            sources: 3,
            sentences: 11,
            links: 5,
            facts_agreed: 1,
            facts_disputed: 2,
            reported_once: 4,
        },
        problems: Vec::new(),
    };
    for i in 0..comparison.sources.len() {
        comparison.sources[i].stats = stats(&comparison, i);
    }
    comparison
}

/// Macron's statement in two wordings, and an aide nobody names.
fn quotes() -> Vec<QuoteGroup> {
    let stable = "Macron said: “We will build a ".len();
    vec![
        QuoteGroup {
            speaker: Some("Macron".into()),
            members: vec![
                QuoteRef {
                    sentence: SentenceRef("alpha".into(), 2),
                    quotation: 0,
                    differs: Vec::new(),
                },
                QuoteRef {
                    sentence: SentenceRef("beta".into(), 2),
                    quotation: 0,
                    differs: vec![Span {
                        start: stable,
                        end: stable + "stable".len(),
                    }],
                },
            ],
            sources: vec!["alpha".into(), "beta".into()],
            variants: true,
        },
        QuoteGroup {
            speaker: None,
            members: vec![QuoteRef {
                sentence: SentenceRef("alpha".into(), 4),
                quotation: 0,
                differs: Vec::new(),
            }],
            sources: vec!["alpha".into()],
            variants: false,
        },
    ]
}

fn stats(c: &Comparison, i: usize) -> SourceStats {
    let source = &c.sources[i];
    let mut st = SourceStats::default();
    for (n, s) in source.sentences.iter().enumerate() {
        if s.kind == BlockKind::Caption {
            continue;
        }
        st.sentences += 1;
        let at = SentenceRef(source.id.as_str().into(), n);
        let relations: Vec<Relation> = c.links_of(&at).map(|(_, l)| l.relation).collect();
        if relations.contains(&Relation::Diverge) {
            st.disputed += 1;
        } else if relations.is_empty() {
            st.unique += 1;
        } else {
            st.corroborated += 1;
        }
    }
    let share = |n: usize| n as f64 / st.sentences.max(1) as f64;
    st.share_corroborated = share(st.corroborated);
    st.share_disputed = share(st.disputed);
    st.share_unique = share(st.unique);
    st
}
