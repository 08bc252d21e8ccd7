//! Alignment: which sentences of different sources report the same fact.
//!
//! Candidates come from an inverted index over distinctive features (names,
//! numbers, rare stems and stem pairs); common features never propose pairs,
//! so the work grows with the number of sentences that share particulars, not
//! with the square of all sentences. Each candidate is scored on the weight
//! of what it shares, and a sentence keeps only links close to its best one
//! in each other source.

use std::collections::{BTreeMap, HashMap};

use super::analyse::Analysed;
use super::config::Config;
use super::model::BlockKind;

/// A sentence by position: `(source index, sentence index)`.
pub type At = (usize, usize);

/// A proposed link with its evidence.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub a: At,
    pub b: At,
    pub score: f64,
    /// Shared features, most telling first.
    pub shared: Vec<String>,
}

/// How much a kind of feature says about the fact a sentence reports.
fn kind_factor(feature: &str, config: &Config) -> f64 {
    match feature.as_bytes().first() {
        Some(b'n') if feature.matches(':').count() == 2 => config.measure_factor,
        Some(b'n') => 0.6,
        Some(b'e') => config.name_factor,
        Some(b'b') => config.phrase_factor,
        _ => 1.0,
    }
}

/// Whether a feature is a particular (not a common word).
fn is_particular(feature: &str, df: usize) -> bool {
    !feature.starts_with("w:") || df <= 3
}

/// Feature weights for one corpus: inverse sentence frequency times kind.
pub struct Weights<'c> {
    df: HashMap<String, usize>,
    total: usize,
    config: &'c Config,
}

impl<'c> Weights<'c> {
    pub fn new(sources: &[Vec<Analysed>], config: &'c Config) -> Weights<'c> {
        let mut df: HashMap<String, usize> = HashMap::new();
        let mut total = 0;
        for s in sources.iter().flatten() {
            total += 1;
            for f in &s.features {
                *df.entry(f.clone()).or_default() += 1;
            }
        }
        Weights { df, total, config }
    }

    pub fn df(&self, feature: &str) -> usize {
        self.df.get(feature).copied().unwrap_or(0)
    }

    pub fn weight(&self, feature: &str) -> f64 {
        let df = self.df(feature).max(1) as f64;
        ((self.total as f64 + 1.0) / df).ln().max(0.0) * kind_factor(feature, self.config)
    }
}

/// Finds the links between sentences of different sources.
pub fn align(sources: &[Vec<Analysed>], config: &Config) -> Vec<Candidate> {
    let weights = Weights::new(sources, config);
    let all: Vec<(At, &Analysed)> = sources
        .iter()
        .enumerate()
        .flat_map(|(s, sentences)| sentences.iter().enumerate().map(move |(i, a)| ((s, i), a)))
        .collect();
    let cap = config
        .min_posting_cap
        .max((config.max_posting_share * all.len() as f64) as usize);

    // The inverted index: distinctive feature -> sentences that have it.
    let mut postings: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (g, (_, a)) in all.iter().enumerate() {
        // Captions describe photos, not the story: shown, but not aligned.
        if a.sentence.kind == BlockKind::Caption {
            continue;
        }
        for f in &a.features {
            let df = weights.df(f);
            if (2..=cap).contains(&df) {
                postings.entry(f.as_str()).or_default().push(g);
            }
        }
    }
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for list in postings.values() {
        for (k, &x) in list.iter().enumerate() {
            for &y in &list[k + 1..] {
                if all[x].0.0 != all[y].0.0 {
                    pairs.push((x, y));
                }
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();

    let totals: Vec<f64> = all
        .iter()
        .map(|(_, a)| a.features.iter().map(|f| weights.weight(f)).sum())
        .collect();
    let mut candidates: Vec<Candidate> = pairs
        .into_iter()
        .filter_map(|(x, y)| score_pair(&all, &weights, &totals, x, y, config))
        .collect();
    keep_near_best(&mut candidates, config);
    candidates
}

fn score_pair(
    all: &[(At, &Analysed)],
    weights: &Weights,
    totals: &[f64],
    x: usize,
    y: usize,
    config: &Config,
) -> Option<Candidate> {
    let (a, b) = (all[x].1, all[y].1);
    let mut shared: Vec<(f64, &String)> = a
        .features
        .intersection(&b.features)
        .map(|f| (weights.weight(f), f))
        .collect();
    let shared_weight: f64 = shared.iter().map(|(w, _)| w).sum();
    let particular: f64 = shared
        .iter()
        .filter(|(_, f)| is_particular(f, weights.df(f)))
        .map(|(w, _)| w)
        .sum();
    let content_count = shared.iter().filter(|(_, f)| !f.starts_with("e:")).count();
    let content: f64 = shared
        .iter()
        .filter(|(_, f)| !f.starts_with("e:"))
        .map(|(w, _)| w)
        .sum();
    let (small, large) = (totals[x].min(totals[y]), totals[x].max(totals[y]));
    let norm = small.powf(config.shorter_side) * large.powf(1.0 - config.shorter_side);
    if norm <= 0.0
        || particular < config.min_particular_weight
        || content < config.min_content_weight
        || content_count < config.min_shared_content
    {
        return None;
    }
    let score = (shared_weight / norm).min(1.0);
    if score < config.link_threshold {
        return None;
    }
    shared.sort_by(|p, q| q.0.total_cmp(&p.0).then_with(|| p.1.cmp(q.1)));
    Some(Candidate {
        a: all[x].0,
        b: all[y].0,
        score,
        shared: shared.into_iter().map(|(_, f)| f.clone()).collect(),
    })
}

/// A sentence keeps only links within `best_margin` of its best link into the
/// same other source, judged from both ends.
fn keep_near_best(candidates: &mut Vec<Candidate>, config: &Config) {
    let mut best: HashMap<(At, usize), f64> = HashMap::new();
    for c in candidates.iter() {
        for (from, to) in [(c.a, c.b.0), (c.b, c.a.0)] {
            let e = best.entry((from, to)).or_insert(0.0);
            *e = e.max(c.score);
        }
    }
    candidates.retain(|c| {
        let near = |from: At, to: usize| c.score >= config.best_margin * best[&(from, to)];
        near(c.a, c.b.0) && near(c.b, c.a.0)
    });
}
