//! The comparison engine: raw text in, a [`Comparison`] out.
//!
//! ```text
//! raw ──clean──▶ blocks ──segment──▶ sentences ──analyse──▶ features
//!     ──align──▶ links ──classify──▶ Comparison
//! ```
//!
//! Pure functions over plain types: no DOM, clock, threads, randomness or I/O,
//! deterministic order, so native and wasm give the same answer.
//!
//! Stages, and the steps they take per article, sentence, word or link, are
//! `#[inline(never)]`, and loops over words call out to their rare, heavy
//! paths. This is for the reader: the browser runs a wasm function first as
//! quickly compiled baseline code and recompiles it with its optimising
//! compiler once it has run a while, counting roughly a loop's code size per
//! turn and a function's per call. A stage inlined into its caller made one
//! huge function that ran once yet was optimised at great cost, on a small
//! machine on the cores the start-up analysis needed (see the README's
//! first-load figures). `index.html` has wasm-opt leave such functions
//! apart too. Natively the calls cost nothing measurable.

pub mod align;
pub mod analyse;
mod boundaries;
pub mod classify;
pub mod clean;
pub mod config;
pub mod decimal;
pub mod diff;
pub mod error;
pub mod facts;
mod lexicon;
mod meeting;
pub mod model;
pub mod progress;
mod report;
pub mod segment;
pub(crate) mod sort;
pub mod statements;

pub use config::Config;
pub use error::ArticleError;
pub use model::*;
pub use progress::{Progress, Stage};
pub use report::text_report;

use std::collections::BTreeSet;
use std::ops::ControlFlow;
use std::sync::Arc;

use analyse::{Analysed, analyse_blocks, tokens::Vocabulary};

/// Compares articles. Articles that cannot be compared (empty, duplicates,
/// nothing left after cleaning) are reported in `problems`; the rest are
/// compared, each link with its word diff. Never panics.
pub fn compare(articles: &[RawArticle], config: &Config) -> Comparison {
    // Only a stop makes the pipeline give nothing, and this observer never
    // stops it.
    pipeline(articles, config, &mut |_| ControlFlow::Continue(()), true)
        .unwrap_or_else(Comparison::empty)
}

/// Stops the comparison when the observer says so.
macro_rules! report {
    ($observe:expr, $progress:expr) => {
        if $observe($progress).is_break() {
            return None;
        }
    };
}

/// [`compare`], telling `observe` how far it has got (per article, then per
/// [`progress::LINKS_PER_REPORT`] links, stages in order and counts never
/// going back); gives nothing as soon as `observe` answers `Break`. The
/// observer is a trait object so the pipeline is compiled once, whoever
/// watches it. Links come without their word diffs, which a reader needs
/// only for the links it shows ([`diff::link_diff`]; [`diff::fill`] gives
/// them all).
pub fn compare_observed(
    articles: &[RawArticle],
    config: &Config,
    observe: &mut dyn FnMut(Progress) -> ControlFlow<()>,
) -> Option<Comparison> {
    pipeline(articles, config, observe, false)
}

/// The comparison, with word diffs for its links or without. Made here, from
/// the analysis's word numbers, they cost much less than splitting the texts
/// again afterwards ([`diff::fill`]): that made the seeds' comparison a
/// third slower and 50 synthetic articles' over half again (criterion).
fn pipeline(
    articles: &[RawArticle],
    config: &Config,
    observe: &mut dyn FnMut(Progress) -> ControlFlow<()>,
    word_diffs: bool,
) -> Option<Comparison> {
    let (accepted, mut problems) = admit(articles);
    let reading = accepted.len();
    report!(observe, Progress::new(Stage::Reading, 0, reading));
    let mut vocabulary = Vocabulary::default();
    let mut kept: Vec<(&RawArticle, Vec<Analysed>)> = Vec::new();
    for (n, article) in accepted.into_iter().enumerate() {
        if n > 0 {
            report!(observe, Progress::new(Stage::Reading, n, reading));
        }
        let analysed = analyse_blocks(&clean::clean(&article.text), &article.text, &mut vocabulary);
        if analysed.is_empty() {
            problems.push(ArticleError::NothingLeft {
                id: article.id.clone(),
            });
        } else {
            kept.push((article, analysed));
        }
    }
    report!(observe, Progress::new(Stage::Reading, reading, reading));
    report!(observe, Progress::new(Stage::Comparing, 0, 0));
    let (kept, analysed): (Vec<&RawArticle>, Vec<Vec<Analysed>>) = kept.into_iter().unzip();
    let candidates = align::align(&analysed, config);
    let comparing = candidates.len();
    report!(observe, Progress::new(Stage::Comparing, 0, comparing));

    // Each source's id once, shared by every reference to its sentences.
    let ids: Vec<Arc<str>> = kept.iter().map(|a| Arc::from(a.id.as_str())).collect();
    let at_ref = |(s, i): align::At| SentenceRef(ids[s].clone(), i);
    // Links in the order of their sentence references, by source id then
    // position, with `a` before `b`: deterministic output whatever the input order.
    let mut by_id: Vec<usize> = (0..kept.len()).collect();
    sort::sort_by(&mut by_id, |&x, &y| kept[x].id.cmp(&kept[y].id));
    let mut rank = vec![0; kept.len()];
    for (r, &s) in by_id.iter().enumerate() {
        rank[s] = r;
    }
    let key = |(s, i): align::At| (rank[s], i);
    let mut links: Vec<Link> = Vec::with_capacity(candidates.len());
    let mut divergences: Vec<Divergence> = Vec::new();
    let mut ordered = candidates;
    for c in &mut ordered {
        if key(c.a) > key(c.b) {
            std::mem::swap(&mut c.a, &mut c.b);
        }
    }
    sort::sort_by_key(&mut ordered, |c| (key(c.a), key(c.b)));
    for (n, c) in ordered.iter_mut().enumerate() {
        if n > 0 && n % progress::LINKS_PER_REPORT == 0 {
            report!(observe, Progress::new(Stage::Comparing, n, comparing));
        }
        let (a, b) = (&analysed[c.a.0][c.a.1], &analysed[c.b.0][c.b.1]);
        let finding = classify::classify(a, b, config);
        let diff = word_diffs.then(|| diff::word_diff(a, b, config.min_diff_equal_share));
        let divergence = finding.map(|f| {
            divergences.push(Divergence {
                link: links.len(),
                kind: f.kind,
                a_spans: f.a_spans,
                b_spans: f.b_spans,
                summary: f.summary,
            });
            divergences.len() - 1
        });
        links.push(Link {
            a: at_ref(c.a),
            b: at_ref(c.b),
            relation: if divergence.is_some() {
                Relation::Diverge
            } else {
                Relation::Agree
            },
            score: (c.score * 1000.0).round() / 1000.0,
            divergence,
            fact: None,
            shared: std::mem::take(&mut c.shared),
            diff,
        });
    }

    report!(
        observe,
        Progress::new(Stage::Comparing, comparing, comparing)
    );
    let facts = build_facts(&ordered, &mut links, &ids, &analysed, &rank, config);
    let quotes = statements::group_quotes(&ids, &rank, &analysed, config);
    // (linked, diverging) per sentence of each source, from one pass over the links.
    let mut marks: Vec<Vec<(bool, bool)>> = analysed
        .iter()
        .map(|s| vec![(false, false); s.len()])
        .collect();
    for (c, l) in ordered.iter().zip(&links) {
        for (s, i) in [c.a, c.b] {
            let m = &mut marks[s][i];
            m.0 = true;
            m.1 |= l.relation == Relation::Diverge;
        }
    }
    let sources: Vec<Source> = kept
        .iter()
        .zip(analysed)
        .zip(marks)
        .map(|((article, sentences), marks)| {
            let sentences: Vec<Sentence> = sentences.into_iter().map(|a| a.sentence).collect();
            let stats = source_stats(&sentences, &marks);
            Source {
                id: article.id.clone(),
                meta: article.meta.clone(),
                sentences,
                stats,
            }
        })
        .collect();
    let totals = Totals {
        sources: sources.len(),
        sentences: sources.iter().map(|s| s.sentences.len()).sum(),
        links: links.len(),
        facts_agreed: facts
            .iter()
            .filter(|f| f.status == FactStatus::Agreed)
            .count(),
        facts_disputed: facts
            .iter()
            .filter(|f| f.status == FactStatus::Disputed)
            .count(),
        reported_once: sources.iter().map(|s| s.stats.unique).sum(),
    };
    Some(Comparison {
        version: COMPARISON_VERSION,
        sources,
        links,
        facts,
        divergences,
        quotes,
        totals,
        problems: problems
            .into_iter()
            .map(|p| Problem {
                source: p.source().to_owned(),
                message: p.to_string(),
            })
            .collect(),
    })
}

/// Drops empty articles and duplicates (by id, then by text), saying why.
fn admit(articles: &[RawArticle]) -> (Vec<&RawArticle>, Vec<ArticleError>) {
    let mut ids = BTreeSet::new();
    let mut texts: Vec<(&str, &str)> = Vec::new();
    let mut accepted = Vec::new();
    let mut problems = Vec::new();
    for a in articles {
        if a.text.trim().is_empty() {
            problems.push(ArticleError::Empty { id: a.id.clone() });
        } else if !ids.insert(a.id.as_str()) {
            problems.push(ArticleError::DuplicateId { id: a.id.clone() });
        } else if let Some((first, _)) = texts.iter().find(|(_, t)| t.trim() == a.text.trim()) {
            problems.push(ArticleError::DuplicateText {
                id: a.id.clone(),
                first: (*first).to_owned(),
            });
        } else {
            texts.push((&a.id, &a.text));
            accepted.push(a);
        }
    }
    (accepted, problems)
}

/// Clusters links into facts, labels them and records each link's fact.
#[inline(never)]
fn build_facts(
    candidates: &[align::Candidate],
    links: &mut [Link],
    ids: &[Arc<str>],
    analysed: &[Vec<Analysed>],
    rank: &[usize],
    config: &Config,
) -> Vec<Fact> {
    let edges: Vec<(align::At, align::At, f64)> =
        candidates.iter().map(|c| (c.a, c.b, c.score)).collect();
    // Members and facts in the order of their sentence references (source id,
    // then position), whatever order the articles came in.
    let key = |&(s, i): &align::At| (rank[s], i);
    // Every sentence a link names, numbered once for the clustering and for
    // what is kept per sentence below.
    let slots = facts::Slots::new(edges.iter().flat_map(|&(a, b, _)| [a, b]));
    let mut clusters = facts::cluster(&edges, &slots, config.fact_linkage);
    for members in &mut clusters {
        sort::sort_by_key(members, key);
    }
    sort::sort_by_cached_key(&mut clusters, |members| {
        members.iter().map(key).collect::<Vec<_>>()
    });
    // Each link belongs to the fact holding both its sentences, if one does.
    let mut fact_of: Vec<usize> = vec![usize::MAX; slots.len()];
    for (id, members) in clusters.iter().enumerate() {
        for &m in members {
            fact_of[slots.of(m)] = id;
        }
    }
    let mut links_of: Vec<Vec<usize>> = vec![Vec::new(); clusters.len()];
    for (k, c) in candidates.iter().enumerate() {
        let (fa, fb) = (fact_of[slots.of(c.a)], fact_of[slots.of(c.b)]);
        if fa != usize::MAX && fa == fb {
            links_of[fa].push(k);
            links[k].fact = Some(fa);
        }
    }
    // Each member's summed link score within its fact (a sentence is in one).
    let mut weight: Vec<f64> = vec![0.0; slots.len()];
    for link_ids in &links_of {
        for &k in link_ids {
            let c = &candidates[k];
            weight[slots.of(c.a)] += c.score;
            weight[slots.of(c.b)] += c.score;
        }
    }
    let mut facts = Vec::with_capacity(clusters.len());
    for ((id, members), link_ids) in clusters.iter().enumerate().zip(links_of) {
        let disputed = link_ids
            .iter()
            .any(|&k| links[k].relation == Relation::Diverge);
        let centrality = |m: &align::At| weight[slots.of(*m)];
        let sentence = |m: &align::At| &analysed[m.0][m.1].sentence;
        let label_from = members
            .iter()
            .filter(|m| sentence(m).kind == BlockKind::Heading)
            .min_by_key(|m| sentence(m).text.len())
            .or_else(|| {
                members
                    .iter()
                    .max_by(|x, y| centrality(x).total_cmp(&centrality(y)).then(y.cmp(x)))
            })
            .copied()
            .unwrap_or(members[0]);
        let mut sources: Vec<&str> = members.iter().map(|m| &*ids[m.0]).collect();
        sort::sort(&mut sources);
        sources.dedup();
        facts.push(Fact {
            id,
            label: short_label(&sentence(&label_from).text, 14),
            status: if disputed {
                FactStatus::Disputed
            } else {
                FactStatus::Agreed
            },
            members: members
                .iter()
                .map(|&(s, i)| SentenceRef(ids[s].clone(), i))
                .collect(),
            sources: sources.into_iter().map(str::to_owned).collect(),
            links: link_ids,
        });
    }
    facts
}

/// The first `words` words of a sentence, with an ellipsis if cut.
fn short_label(text: &str, words: usize) -> String {
    let all: Vec<&str> = text.split_whitespace().collect();
    if all.len() <= words {
        return all.join(" ");
    }
    let cut = all[..words].join(" ");
    format!("{}…", cut.trim_end_matches([',', ';', ':', '—', '-']))
}

/// How much of a source is corroborated, disputed or unique. Captions are
/// page furniture and not counted.
fn source_stats(sentences: &[Sentence], marks: &[(bool, bool)]) -> SourceStats {
    let mut stats = SourceStats::default();
    for (s, &(any, diverges)) in sentences.iter().zip(marks) {
        if s.kind == BlockKind::Caption {
            continue;
        }
        stats.sentences += 1;
        match (any, diverges) {
            (false, _) => stats.unique += 1,
            (true, true) => stats.disputed += 1,
            (true, false) => stats.corroborated += 1,
        }
    }
    let n = stats.sentences.max(1) as f64;
    stats.share_corroborated = stats.corroborated as f64 / n;
    stats.share_disputed = stats.disputed as f64 / n;
    stats.share_unique = stats.unique as f64 / n;
    stats
}
