//! The `Comparison`: the one value the engine hands to the reader, the command
//! line and anyone consuming the JSON. Plain serde data, deterministic order.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

/// A source's id is its file stem (e.g. `000_8b419962fdaa4cf7`).
pub type SourceId = String;

/// Where a sentence lives: the source and its position in reading order.
/// Serialised as `["000_8b419962fdaa4cf7", 3]`, the shape the scorer reads.
/// The id is shared, not copied: a comparison holds hundreds of thousands of
/// references to a few source ids (serde writes and reads it as a string).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct SentenceRef(pub Arc<str>, pub usize);

impl SentenceRef {
    pub fn source(&self) -> &str {
        &self.0
    }
    pub fn index(&self) -> usize {
        self.1
    }
}

/// What the text states about itself. `None` means the text does not say.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Metadata {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// As printed or as ISO `YYYY-MM-DD`; never invented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Where the metadata was read from, for the curious editor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
}

/// One article as it arrives: an id, its raw text and what is known about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RawArticle {
    pub id: SourceId,
    pub text: String,
    #[serde(default)]
    pub meta: Metadata,
}

/// How a sentence functions on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    Heading,
    Caption,
    Body,
}

/// A half-open byte range `[start, end)` in the raw file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start >= self.end
    }
}

/// A quotation inside a sentence: where it sits in the sentence text (bytes)
/// and who it is attributed to, when the text says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quotation {
    pub span: Span,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
}

/// A number as a value with its unit, e.g. "more than two dozen countries"
/// is `low: 24` (exclusive) with unit `countri`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// Where it sits in the sentence text (bytes).
    pub span: Span,
    #[serde(deserialize_with = "super::decimal::deserialize")]
    pub low: f64,
    #[serde(deserialize_with = "super::decimal::deserialize")]
    pub high: f64,
    /// Stem of the counted noun, `percent`, `year`, `currency:usd`..., or empty.
    pub unit: String,
}

/// A cleaned sentence with its provenance and what the analysis found in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    pub text: String,
    pub kind: BlockKind,
    /// Index of the paragraph (block) it belongs to, for layout.
    pub block: usize,
    /// The bytes of the raw file this sentence was cleaned from.
    pub raw: Span,
    /// Canonical names of people, places and bodies (aliases resolved).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub names: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quantities: Vec<Quantity>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quotations: Vec<Quotation>,
}

/// A source after cleaning and analysis, with its statistics.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub id: SourceId,
    pub meta: Metadata,
    pub sentences: Vec<Sentence>,
    pub stats: SourceStats,
}

/// How much of a source other sources corroborate, dispute or leave alone.
/// Shares are over body sentences and headings (captions excluded).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SourceStats {
    pub sentences: usize,
    pub corroborated: usize,
    pub disputed: usize,
    pub unique: usize,
    #[serde(deserialize_with = "super::decimal::deserialize")]
    pub share_corroborated: f64,
    #[serde(deserialize_with = "super::decimal::deserialize")]
    pub share_disputed: f64,
    #[serde(deserialize_with = "super::decimal::deserialize")]
    pub share_unique: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    Agree,
    Diverge,
}

/// What kind of material difference a divergence is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DivergenceKind {
    /// One says it happened or holds, the other says it did not.
    Contradiction,
    /// The same measure with values that cannot both be true.
    Number,
    /// A commitment against an intention or a possibility.
    Modality,
    /// The same quotation in different words.
    QuoteWording,
    /// The same words attributed to different speakers.
    Attribution,
}

impl DivergenceKind {
    /// The kind in words, for readers.
    pub fn describe(self) -> &'static str {
        match self {
            DivergenceKind::Contradiction => "contradiction",
            DivergenceKind::Number => "different number",
            DivergenceKind::Modality => "commitment vs intention",
            DivergenceKind::QuoteWording => "quote worded differently",
            DivergenceKind::Attribution => "attributed to someone else",
        }
    }
}

/// One step of a word-level difference between two sentences.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DiffTag {
    Equal,
    Delete,
    Insert,
    Replace,
}

/// A run of the word diff: byte ranges in the `a` and `b` sentence texts
/// (empty on the side that has nothing). Ranges fall on word boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiffOp {
    pub tag: DiffTag,
    pub a: Span,
    pub b: Span,
}

/// Two sentences of different sources that report the same fact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Link {
    pub a: SentenceRef,
    pub b: SentenceRef,
    pub relation: Relation,
    /// Alignment strength in [0, 1].
    #[serde(deserialize_with = "super::decimal::deserialize")]
    pub score: f64,
    /// Index into `Comparison::divergences` when `relation` is `Diverge`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub divergence: Option<usize>,
    /// Index into `Comparison::facts`; `None` when the link is too weakly tied
    /// to the rest of either sentence's fact to be counted in one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fact: Option<usize>,
    /// The particulars both sentences share (names, numbers, rare words),
    /// shared with every other link that names them.
    pub shared: Vec<Arc<str>>,
    /// Word-level difference of `a` against `b`; `None` until worked out
    /// (see [`super::diff::link_diff`]): the reader's analyses leave it to
    /// the views that show it, which spares the start-up analysis a diff
    /// per link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub diff: Option<Vec<DiffOp>>,
}

/// How a link's two sentences differ, in a way that matters.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Divergence {
    /// Index into `Comparison::links`.
    pub link: usize,
    pub kind: DivergenceKind,
    /// The differing words on each side, as byte ranges of each sentence text.
    pub a_spans: Vec<Span>,
    pub b_spans: Vec<Span>,
    /// A sentence a reader can follow, e.g. `"35 countries" vs "more than two dozen"`.
    pub summary: String,
}

/// Whether the sources reporting a fact agree about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FactStatus {
    Agreed,
    Disputed,
}

/// A cluster of linked sentences: one fact, told by two or more sources.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    pub id: usize,
    /// A short label taken from the fact's most central sentence.
    pub label: String,
    pub status: FactStatus,
    /// Sorted, each sentence once.
    pub members: Vec<SentenceRef>,
    /// Sorted source ids that report it.
    pub sources: Vec<SourceId>,
    /// Indexes into `Comparison::links`.
    pub links: Vec<usize>,
}

/// One quotation of one sentence: `quotation` indexes `Sentence::quotations`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteRef {
    pub sentence: SentenceRef,
    pub quotation: usize,
    /// Words of this quotation (byte ranges of the sentence text) that the
    /// group's fullest rendering does not use: its wording variant.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub differs: Vec<Span>,
}

/// One statement as quoted by one or more sources.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteGroup {
    /// Who said it, as most of its quotations attribute it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// The fullest rendering first, then in source order.
    pub members: Vec<QuoteRef>,
    /// Sorted source ids that quote it.
    pub sources: Vec<SourceId>,
    /// Whether the sources word it differently.
    pub variants: bool,
}

/// A problem with one input article: the rest are still compared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    pub source: SourceId,
    pub message: String,
}

/// Counts for the overview.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Totals {
    pub sources: usize,
    pub sentences: usize,
    pub links: usize,
    pub facts_agreed: usize,
    pub facts_disputed: usize,
    /// Sentences (headings and body) that no other source reports.
    pub reported_once: usize,
}

/// Everything the engine found: the one value the UI reads.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    /// Bumped when the shape changes, so imports can refuse what they cannot read.
    pub version: u32,
    pub sources: Vec<Source>,
    pub links: Vec<Link>,
    pub facts: Vec<Fact>,
    pub divergences: Vec<Divergence>,
    /// Quotations grouped by statement, ordered by speaker.
    #[serde(default)]
    pub quotes: Vec<QuoteGroup>,
    pub totals: Totals,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<Problem>,
}

/// The JSON shape version this engine writes.
pub const COMPARISON_VERSION: u32 = 1;

impl Comparison {
    /// What comparing no articles gives.
    pub fn empty() -> Comparison {
        Comparison {
            version: COMPARISON_VERSION,
            sources: Vec::new(),
            links: Vec::new(),
            facts: Vec::new(),
            divergences: Vec::new(),
            quotes: Vec::new(),
            totals: Totals::default(),
            problems: Vec::new(),
        }
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn sentence(&self, at: &SentenceRef) -> Option<&Sentence> {
        self.source(at.source())?.sentences.get(at.index())
    }

    /// Links touching one sentence, in link order.
    pub fn links_of<'a>(&'a self, at: &'a SentenceRef) -> impl Iterator<Item = (usize, &'a Link)> {
        self.links
            .iter()
            .enumerate()
            .filter(move |(_, l)| &l.a == at || &l.b == at)
    }
}
