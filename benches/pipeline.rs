//! The whole pipeline (clean, segment, analyse, align, classify, facts) on the
//! seed corpus, on synthetic corpora of growing size and, when present, on the
//! ECB+ corpora as one corpus of about 900 articles.
//!
//! `cargo bench --bench pipeline` measures; under `cargo test --all-targets`
//! criterion runs each benchmark once, so only the small sizes run there.
//! Budgets (release): seeds under 5 ms, 200 articles under 1 s, and growth
//! from 50 to 200 articles clearly below quadratic.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{
    BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group, criterion_main,
};
use parallax::corpus::embedded;
use parallax::engine::{BlockKind, Config, RawArticle, compare};

/// The command line's allocator, so the benchmark measures what it runs.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Sizes of the synthetic corpora, in articles.
const SIZES: [usize; 4] = [25, 50, 100, 200];

/// Sentences per synthetic article, before jitter.
const SENTENCES_PER_ARTICLE: usize = 30;

/// Whether criterion is measuring (`cargo bench`) rather than running each
/// benchmark once as a test (`cargo test --benches`), where the big corpora
/// would cost minutes in a debug build.
fn measuring() -> bool {
    std::env::args().any(|a| a == "--bench")
}

/// A 64-bit linear congruential generator (Knuth's MMIX constants): all the
/// randomness a deterministic corpus needs.
struct Lcg(u64);

impl Lcg {
    fn new(seed: u64) -> Lcg {
        let mut lcg = Lcg(seed ^ 0x9e37_79b9_7f4a_7c15);
        lcg.next();
        lcg
    }

    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    /// A number in `0..n`.
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// True with probability `percent` / 100.
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// Names a synthetic outlet may put where the original had another.
const NAMES: &[&str] = &[
    "Macron",
    "Starmer",
    "Zelensky",
    "Merz",
    "Meloni",
    "Tusk",
    "Rubio",
    "Witkoff",
    "Kushner",
    "Kallas",
    "Fidan",
    "Erdogan",
    "Rutte",
    "Sanchez",
    "Frederiksen",
    "Orban",
    "Paris",
    "London",
    "Berlin",
    "Rome",
    "Warsaw",
    "Ankara",
    "Kyiv",
    "Moscow",
];

/// The seed corpus's headings and body sentences, as the engine reads them.
fn sentence_pool() -> Vec<String> {
    compare(&embedded(), &Config::default())
        .sources
        .into_iter()
        .flat_map(|s| s.sentences)
        .filter(|s| s.kind != BlockKind::Caption)
        .map(|s| s.text)
        .collect()
}

/// One sentence as another outlet might print it: some numbers changed, some
/// names swapped, some words left out.
fn perturb(sentence: &str, rng: &mut Lcg) -> String {
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let last = words.len().saturating_sub(1);
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    for (i, word) in words.iter().enumerate() {
        if word.bytes().any(|b| b.is_ascii_digit()) && rng.chance(30) {
            let shift = 1 + rng.below(8) as u32;
            out.push(
                word.chars()
                    .map(|c| match c.to_digit(10) {
                        Some(d) => char::from_digit((d + shift) % 10, 10).unwrap_or(c),
                        None => c,
                    })
                    .collect(),
            );
        } else if i > 0 && word.starts_with(char::is_uppercase) && rng.chance(15) {
            let tail: String = word.chars().skip_while(|c| c.is_alphanumeric()).collect();
            out.push(format!("{}{tail}", NAMES[rng.below(NAMES.len())]));
        } else if i > 0 && i < last && rng.chance(8) {
            continue;
        } else {
            out.push((*word).to_owned());
        }
    }
    out.join(" ")
}

/// `n` articles of about thirty sentences, each a shuffled, perturbed
/// selection of the seed sentences in paragraphs of one to three sentences.
/// The same `n` always gives the same corpus.
fn synthetic_corpus(pool: &[String], n: usize) -> Vec<RawArticle> {
    (0..n)
        .map(|i| {
            let mut rng = Lcg::new(i as u64);
            let mut order: Vec<usize> = (0..pool.len()).collect();
            for k in (1..order.len()).rev() {
                order.swap(k, rng.below(k + 1));
            }
            let count = SENTENCES_PER_ARTICLE - 3 + rng.below(7);
            let mut text = String::new();
            for (k, &s) in order.iter().take(count).enumerate() {
                if k > 0 {
                    text.push_str(if rng.chance(40) { "\n\n" } else { " " });
                }
                text.push_str(&perturb(&pool[s], &mut rng));
            }
            text.push('\n');
            RawArticle {
                id: format!("synthetic_{i:03}"),
                text,
                meta: Default::default(),
            }
        })
        .collect()
}

/// Every ECB+ article (`<topic>/<doc>.txt`) as one corpus, or `None` when the
/// corpora are not on this machine.
fn ecbplus_corpus() -> Option<Vec<RawArticle>> {
    let root = std::env::var_os("PARALLAX_ECBPLUS").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/ecbplus"),
        PathBuf::from,
    );
    let mut topics: Vec<PathBuf> = std::fs::read_dir(&root)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    topics.sort();
    let mut articles = Vec::new();
    for topic in topics {
        let Ok(entries) = std::fs::read_dir(&topic) else {
            continue;
        };
        let mut files: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        for file in files {
            let (Some(topic), Some(stem)) = (topic.file_name(), file.file_stem()) else {
                continue;
            };
            if let Ok(text) = std::fs::read_to_string(&file) {
                articles.push(RawArticle {
                    id: format!("{}/{}", topic.to_string_lossy(), stem.to_string_lossy()),
                    text,
                    meta: Default::default(),
                });
            }
        }
    }
    (!articles.is_empty()).then_some(articles)
}

fn seeds(c: &mut Criterion) {
    let articles = embedded();
    let config = Config::default();
    c.bench_function("seeds", |b| {
        b.iter(|| compare(black_box(&articles), black_box(&config)))
    });
}

fn synthetic(c: &mut Criterion) {
    let pool = sentence_pool();
    let config = Config::default();
    // Once through a small corpus is enough to show the benchmark works.
    let sizes: &[usize] = if measuring() { &SIZES } else { &[5] };
    let mut group = c.benchmark_group("synthetic");
    // Seconds per run at the larger sizes: ten single runs, not ten batches.
    group.sampling_mode(SamplingMode::Flat);
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(10));
    for &n in sizes {
        let articles = synthetic_corpus(&pool, n);
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::from_parameter(n), &articles, |b, articles| {
            b.iter(|| compare(black_box(articles), black_box(&config)))
        });
    }
    group.finish();
}

fn ecbplus(c: &mut Criterion) {
    let Some(mut articles) = ecbplus_corpus() else {
        eprintln!(
            "ecbplus: no corpora at ../shared/corpora/ecbplus (or $PARALLAX_ECBPLUS); skipped"
        );
        return;
    };
    if !measuring() {
        articles.truncate(20);
    }
    let config = Config::default();
    let mut group = c.benchmark_group("ecbplus");
    group.sampling_mode(SamplingMode::Flat);
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(10));
    group.throughput(Throughput::Elements(articles.len() as u64));
    group.bench_function(BenchmarkId::new("all", articles.len()), |b| {
        b.iter(|| compare(black_box(&articles), black_box(&config)))
    });
    group.finish();
}

criterion_group!(benches, seeds, synthetic, ecbplus);
criterion_main!(benches);
