//! Every tuning knob of the engine in one place, with defaults that were
//! measured against the development gold and the ECB+ corpora (see README).

use serde::{Deserialize, Serialize};

/// Tuning for alignment and classification. `Config::default()` is what the
/// reader and the command line use.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// A feature found in more than this share of all sentences is too common
    /// to propose candidates (it still counts when scoring).
    pub max_posting_share: f64,
    /// Postings lists are never cut below this many sentences, so tiny corpora
    /// still find candidates.
    pub min_posting_cap: usize,
    /// Nor are they ever longer than this: a feature shared by more sentences
    /// is background in any corpus, and long lists make the work quadratic.
    pub max_posting_len: usize,
    /// Minimum alignment score for a link.
    pub link_threshold: f64,
    /// A sentence keeps links whose score is at least this share of its best
    /// link to the same other source.
    pub best_margin: f64,
    /// A link needs at least this much weight of shared particulars (names,
    /// numbers, quotes, rare phrases), not only shared common words.
    pub min_particular_weight: f64,
    /// A link needs at least this much weight of shared content that is not a
    /// name: the same people appear in many facts, so "who" alone is no link.
    pub min_content_weight: f64,
    /// How the score normalises by sentence size: shared weight divided by
    /// `smaller^s * larger^(1-s)`; 0.5 is the cosine, 1 the overlap with the
    /// smaller sentence (kinder to headlines quoting part of a long sentence).
    pub shorter_side: f64,
    /// How fully a pair's score is normalised by sentence size: 1 divides by
    /// the size, 0 by the corpus's mean sentence size (BM25's `b`).
    pub length_norm: f64,
    /// Weight of a name relative to a content word of the same rarity.
    pub name_factor: f64,
    /// Weight of two content words in a row (a phrase) relative to a word.
    pub phrase_factor: f64,
    /// Weight of a number with its unit ("35 countries") relative to a word.
    pub measure_factor: f64,
    /// A link needs at least this many shared features that are not names.
    pub min_shared_content: usize,
    /// Two clusters merge into one fact only if at least this share of their
    /// cross-source sentence pairs are linked.
    pub fact_linkage: f64,
    /// Two quotations render the same utterance when this share of the shorter
    /// one's content words appear in the other.
    pub same_quote_overlap: f64,
    /// ...and at least this share of the longer one's: a few words in common
    /// do not make a short quotation part of a long one.
    pub same_quote_cover: f64,
    /// Passages whose word-level diff keeps less than this share of words equal
    /// are shown as one replaced block.
    pub min_diff_equal_share: f64,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            max_posting_share: 0.15,
            min_posting_cap: 12,
            max_posting_len: 64,
            link_threshold: 0.14,
            best_margin: 0.5,
            min_particular_weight: 2.5,
            min_content_weight: 4.0,
            shorter_side: 0.5,
            name_factor: 0.7,
            length_norm: 0.5,
            measure_factor: 3.0,
            phrase_factor: 1.2,
            min_shared_content: 2,
            fact_linkage: 0.6,
            same_quote_overlap: 0.5,
            same_quote_cover: 0.25,
            min_diff_equal_share: 0.2,
        }
    }
}
