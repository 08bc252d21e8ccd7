//! Alignment: which sentences of different sources report the same fact.
//!
//! Candidates come from an inverted index over distinctive features (names,
//! numbers, rare stems and stem pairs); common features never propose pairs,
//! and no postings list is longer than `Config::max_posting_len`, so the work
//! grows with the number of sentences that share particulars, not with the
//! square of all sentences. Each candidate is scored on the weight of what it
//! shares, and a sentence keeps only links close to its best one in each
//! other source.

use std::sync::Arc;

use foldhash::{HashMap, HashMapExt};

use super::analyse::Analysed;
use super::config::Config;
use super::meeting::Meeting;
use super::model::BlockKind;
use super::sort;

/// A sentence by position: `(source index, sentence index)`.
pub type At = (usize, usize);

/// A proposed link with its evidence.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub a: At,
    pub b: At,
    pub score: f64,
    /// Shared features, most telling first.
    pub shared: Vec<Arc<str>>,
}

/// What a kind of feature is, from its prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Word,
    Phrase,
    Name,
    Measure,
    Number,
}

impl Kind {
    fn of(feature: &str) -> Kind {
        match feature.as_bytes().first() {
            Some(b'n') if feature.matches(':').count() == 2 => Kind::Measure,
            Some(b'n') => Kind::Number,
            Some(b'e') => Kind::Name,
            Some(b'b') => Kind::Phrase,
            _ => Kind::Word,
        }
    }

    /// How much a kind of feature says about the fact a sentence reports.
    fn factor(self, config: &Config) -> f64 {
        match self {
            Kind::Measure => config.measure_factor,
            Kind::Number => 0.6,
            Kind::Name => config.name_factor,
            Kind::Phrase => config.phrase_factor,
            Kind::Word => 1.0,
        }
    }
}

/// The corpus's features, interned: each sentence as sorted feature ids, and
/// per id its name, document frequency and weight.
struct Index<'a> {
    names: Vec<&'a str>,
    /// Where each feature shared by two sentences or more stands in the
    /// most-telling order (heavier first, then by name), so links rank their
    /// shared features by number; and its name as links keep it.
    telling: Vec<u32>,
    by_telling: Vec<Arc<str>>,
    kinds: Vec<Kind>,
    df: Vec<usize>,
    weight: Vec<f64>,
    sentences: Vec<Vec<u32>>,
    totals: Vec<f64>,
    mean_total: f64,
}

impl<'a> Index<'a> {
    #[inline(never)]
    fn new(all: &[(At, &'a Analysed)], config: &Config) -> Index<'a> {
        let mut ids: HashMap<&'a str, u32> = HashMap::new();
        let mut names: Vec<&'a str> = Vec::new();
        let mut df: Vec<usize> = Vec::new();
        let mut sentences = Vec::with_capacity(all.len());
        for (_, a) in all {
            let mut feats: Vec<u32> = a
                .features
                .iter()
                .map(|f| {
                    let id = *ids.entry(&**f).or_insert_with(|| {
                        names.push(&**f);
                        df.push(0);
                        (names.len() - 1) as u32
                    });
                    df[id as usize] += 1;
                    id
                })
                .collect();
            sort::sort_numbers(&mut feats);
            feats.dedup();
            sentences.push(feats);
        }
        let total = all.len() as f64;
        let kinds: Vec<Kind> = names.iter().map(|n| Kind::of(n)).collect();
        let weight: Vec<f64> = df
            .iter()
            .zip(&kinds)
            .map(|(&d, k)| ((total + 1.0) / d.max(1) as f64).ln().max(0.0) * k.factor(config))
            .collect();
        let totals: Vec<f64> = sentences
            .iter()
            .map(|s| s.iter().map(|&f| weight[f as usize]).sum())
            .collect();
        let mean_total = totals.iter().sum::<f64>() / totals.len().max(1) as f64;
        // Feature names are distinct, so this order is total.
        let mut shareable: Vec<u32> = (0..names.len() as u32)
            .filter(|&f| df[f as usize] >= 2)
            .collect();
        sort::sort_numbers_by(&mut shareable, |&p, &q| {
            let (p, q) = (p as usize, q as usize);
            weight[q]
                .total_cmp(&weight[p])
                .then_with(|| names[p].cmp(names[q]))
        });
        let mut telling = vec![u32::MAX; names.len()];
        for (r, &f) in shareable.iter().enumerate() {
            telling[f as usize] = r as u32;
        }
        let by_telling = shareable
            .iter()
            .map(|&f| names[f as usize].into())
            .collect();
        Index {
            names,
            telling,
            by_telling,
            kinds,
            df,
            weight,
            sentences,
            totals,
            mean_total,
        }
    }

    /// A particular: anything but a common word.
    fn is_particular(&self, f: u32) -> bool {
        self.kinds[f as usize] != Kind::Word || self.df[f as usize] <= 3
    }
}

/// Finds the links between sentences of different sources.
#[inline(never)]
pub fn align(sources: &[Vec<Analysed>], config: &Config) -> Vec<Candidate> {
    let all: Vec<(At, &Analysed)> = sources
        .iter()
        .enumerate()
        .flat_map(|(s, sentences)| sentences.iter().enumerate().map(move |(i, a)| ((s, i), a)))
        .collect();
    let index = Index::new(&all, config);
    let cap = config
        .min_posting_cap
        .max((config.max_posting_share * all.len() as f64) as usize)
        .min(config.max_posting_len);

    // The inverted index: distinctive feature -> sentences that have it.
    // Captions describe photos, not the story: shown, but not aligned.
    let mut postings: Vec<Vec<u32>> = vec![Vec::new(); index.names.len()];
    for (g, (_, a)) in all.iter().enumerate() {
        if a.sentence.kind == BlockKind::Caption {
            continue;
        }
        for &f in &index.sentences[g] {
            if (2..=cap).contains(&index.df[f as usize]) {
                postings[f as usize].push(g as u32);
            }
        }
    }

    // Each sentence meets the later sentences that share an indexed feature
    // with it, once each (a stamp marks who it has met).
    // A source's sentences are contiguous in `all`; where each one ends.
    let source_end: Vec<u32> = sources
        .iter()
        .scan(0, |end, sentences| {
            *end += sentences.len() as u32;
            Some(*end)
        })
        .collect();
    let mut meeting = Meeting::new(all.len());
    let mut candidates = Vec::new();
    let mut marks = Marks::new(index.names.len());
    for x in 0..all.len() {
        marks.mark(x, &index.sentences[x]);
        // Postings are in sentence order: later sources start a suffix.
        let later = source_end[all[x].0.0];
        let lists = index.sentences[x]
            .iter()
            .map(|&f| postings[f as usize].as_slice());
        for &y in meeting.partners(x, lists, later) {
            if let Some(c) = score_pair(&all, &index, &marks, y as usize, config) {
                candidates.push(c);
            }
        }
    }
    keep_near_best(&mut candidates, config);
    candidates
}

/// How many shared features a link keeps, most telling first.
pub const MAX_SHARED: usize = 8;

/// The features of one sentence, marked for lookup while it meets its
/// partners: a stamp per feature id says which sentence marked it.
struct Marks {
    sentence: usize,
    by_feature: Vec<usize>,
}

impl Marks {
    fn new(features: usize) -> Marks {
        Marks {
            sentence: usize::MAX,
            by_feature: vec![usize::MAX; features],
        }
    }

    fn mark(&mut self, sentence: usize, features: &[u32]) {
        self.sentence = sentence;
        for &f in features {
            self.by_feature[f as usize] = sentence;
        }
    }

    /// The features of `other` (sorted, distinct) that the marked sentence
    /// has too, in order.
    fn shared<'a>(&'a self, other: &'a [u32]) -> impl Iterator<Item = u32> + 'a {
        other
            .iter()
            .copied()
            .filter(|&f| self.by_feature[f as usize] == self.sentence)
    }
}

#[inline(never)]
fn score_pair(
    all: &[(At, &Analysed)],
    index: &Index,
    marks: &Marks,
    y: usize,
    config: &Config,
) -> Option<Candidate> {
    // One pass over the partner's sorted features sums what the two share
    // (in feature order, as a merge would); most pairs fail the evidence
    // thresholds, so nothing is kept for them.
    let x = marks.sentence;
    let fy = &index.sentences[y];
    let (mut weight, mut particular, mut content, mut content_count) = (0.0, 0.0, 0.0, 0usize);
    marks.shared(fy).for_each(|f| {
        let w = index.weight[f as usize];
        weight += w;
        if index.is_particular(f) {
            particular += w;
        }
        if index.kinds[f as usize] != Kind::Name {
            content += w;
            content_count += 1;
        }
    });
    if particular < config.min_particular_weight
        || content < config.min_content_weight
        || content_count < config.min_shared_content
    {
        return None;
    }
    let (tx, ty) = (index.totals[x], index.totals[y]);
    let (small, large) = (tx.min(ty), tx.max(ty));
    let size = small.powf(config.shorter_side) * large.powf(1.0 - config.shorter_side);
    // Partial length normalisation: a long sentence is penalised less than
    // in proportion to its size (it may carry several facts).
    let norm = index.mean_total * (1.0 - config.length_norm) + size * config.length_norm;
    if norm <= 0.0 {
        return None;
    }
    let score = (weight / norm).min(1.0);
    if score < config.link_threshold {
        return None;
    }
    // Sized up front: collected from a filter, it would grow step by step.
    let mut ranked: Vec<u32> = Vec::with_capacity(fy.len());
    ranked.extend(marks.shared(fy).map(|f| index.telling[f as usize]));
    sort::keep_smallest(&mut ranked, MAX_SHARED);
    Some(Candidate {
        a: all[x].0,
        b: all[y].0,
        score,
        shared: ranked
            .into_iter()
            .map(|r| index.by_telling[r as usize].clone())
            .collect(),
    })
}

/// Calls `f` on each item two sorted lists share, in order; an item repeated in
/// both is shared as often as the shorter run (a multiset intersection).
pub(super) fn for_each_shared<T: Ord + Copy>(a: &[T], b: &[T], mut f: impl FnMut(T)) {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                f(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The ids two sorted lists share.
    fn intersect(a: &[u32], b: &[u32]) -> Vec<u32> {
        let mut out = Vec::new();
        for_each_shared(a, b, |f| out.push(f));
        out
    }

    #[test]
    fn sorted_lists_intersect() {
        assert_eq!(intersect(&[1, 3, 5, 9], &[2, 3, 9, 10]), vec![3, 9]);
        assert!(intersect(&[], &[1]).is_empty());
    }
}
