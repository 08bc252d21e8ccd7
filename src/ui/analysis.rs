//! A reader's own articles analysed without freezing the page: how far the
//! work has got ([`Progress`]) and the handle that abandons it ([`AnalysisJob`]).
//! Plain data, so the progress line is tested natively; where the work runs
//! (a web worker, or the main thread where none can start) is `web`'s
//! business; what the worker sends is [`FromWorker`], in [`Part`]s.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use crate::engine::{Comparison, Link, Source};

pub use crate::engine::{Progress, Stage};

impl Progress {
    /// What the progress line says, e.g. "Reading the articles… 2 of 10".
    pub fn label(&self) -> String {
        let what = match self.stage {
            Stage::Reading => "Reading the articles…",
            Stage::Comparing => "Comparing the sources…",
        };
        if self.total == 0 {
            what.to_owned()
        } else {
            format!("{what} {} of {}", self.done.min(self.total), self.total)
        }
    }
}

/// A running analysis. Cancelling it, or dropping it (a new paste supersedes
/// the old one), abandons the work: its result is never delivered, and
/// whatever runs it is stopped (`web` terminates its worker).
#[derive(Default)]
pub struct AnalysisJob {
    cancelled: Rc<Cell<bool>>,
    on_cancel: RefCell<Vec<Box<dyn FnOnce()>>>,
}

impl std::fmt::Debug for AnalysisJob {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AnalysisJob")
            .field("cancelled", &self.cancelled.get())
            .finish_non_exhaustive()
    }
}

impl AnalysisJob {
    /// The flag the running work checks before it reports.
    pub fn flag(&self) -> Rc<Cell<bool>> {
        self.cancelled.clone()
    }

    /// Runs `stop` when the job is cancelled (at once if it already is).
    pub fn on_cancel(&self, stop: impl FnOnce() + 'static) {
        if self.is_cancelled() {
            stop();
        } else {
            self.on_cancel.borrow_mut().push(Box::new(stop));
        }
    }

    pub fn cancel(&self) {
        self.cancelled.set(true);
        let stops = std::mem::take(&mut *self.on_cancel.borrow_mut());
        for stop in stops {
            stop();
        }
    }

    pub fn is_cancelled(&self) -> bool {
        self.cancelled.get()
    }
}

impl Drop for AnalysisJob {
    fn drop(&mut self) {
        self.cancel();
    }
}

/// What a worker tells the page: progress, then the comparison in
/// [`Part`]s, the last one [`Part::Rest`]. The message itself crosses into
/// JavaScript through serde-wasm-bindgen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum FromWorker {
    Progress(Progress),
    /// A [`Part`] as JSON, written by serde_json as `export::json` writes
    /// the comparison. Walking the comparison as JavaScript objects
    /// (serde-wasm-bindgen) cost the main thread about 700 ms on ten
    /// 5,000-word articles and 15 KB of gzipped wasm for a second
    /// (de)serializer; reading JSON in wasm costs a fraction of that.
    Part(String),
}

/// A piece of a comparison small enough that the page reads it in a short
/// task (a long corpus's comparison is megabytes).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Part {
    /// The next sources of the comparison, in order.
    Sources(Vec<Source>),
    /// The next links of the comparison, in order.
    Links(Vec<Link>),
    /// The rest of the comparison, its sources and links sent before.
    Rest(Comparison),
}

/// Links per [`Part::Links`]: about 330 KB of JSON on a long corpus (links
/// are four fifths of a comparison).
pub const LINKS_PER_PART: usize = 1000;

/// The comparison as the parts that carry it: each source alone, the links
/// [`LINKS_PER_PART`] at a time, then the rest.
pub fn parts(mut comparison: Comparison) -> impl Iterator<Item = Part> {
    let sources = std::mem::take(&mut comparison.sources);
    let mut links = std::mem::take(&mut comparison.links).into_iter();
    let batches = std::iter::from_fn(move || {
        let batch: Vec<Link> = links.by_ref().take(LINKS_PER_PART).collect();
        (!batch.is_empty()).then_some(batch)
    });
    sources
        .into_iter()
        .map(|s| Part::Sources(vec![s]))
        .chain(batches.map(Part::Links))
        .chain(std::iter::once(Part::Rest(comparison)))
}

/// A part as the worker sends it.
pub fn write_part(part: &Part) -> Result<FromWorker, serde_json::Error> {
    // Pretty, like the JSON export, so the two share one serializer in the wasm.
    serde_json::to_string_pretty(part).map(FromWorker::Part)
}

/// The page's side of [`parts`]: gathers the parts back into the comparison.
#[derive(Debug, Default)]
pub struct Assembly {
    sources: Vec<Source>,
    links: Vec<Link>,
}

impl Assembly {
    /// Takes one message: the progress it reports, or the whole comparison
    /// once the last part is in. A part that is not JSON of a [`Part`] is
    /// an error.
    pub fn take(&mut self, message: FromWorker) -> Result<Option<Received>, serde_json::Error> {
        let part = match message {
            FromWorker::Progress(p) => return Ok(Some(Received::Progress(p))),
            // As `export::json` reads a comparison, so the two share one
            // deserializer in the wasm.
            FromWorker::Part(json) => serde_json::from_slice(json.as_bytes())?,
        };
        match part {
            Part::Sources(sources) => self.sources.extend(sources),
            Part::Links(links) => self.links.extend(links),
            Part::Rest(mut comparison) => {
                comparison.sources = std::mem::take(&mut self.sources);
                comparison.links = std::mem::take(&mut self.links);
                return Ok(Some(Received::Comparison(comparison)));
            }
        }
        Ok(None)
    }
}

/// What one of the worker's messages amounts to.
#[derive(Debug, PartialEq)]
pub enum Received {
    Progress(Progress),
    Comparison(Comparison),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_label_names_the_stage_and_never_counts_past_the_total() {
        let p = Progress {
            stage: Stage::Reading,
            done: 2,
            total: 10,
        };
        assert_eq!(p.label(), "Reading the articles… 2 of 10");
        let over = Progress {
            stage: Stage::Comparing,
            done: 12,
            total: 10,
        };
        assert_eq!(over.label(), "Comparing the sources… 10 of 10");
        let unknown = Progress { total: 0, ..over };
        assert_eq!(unknown.label(), "Comparing the sources…");
    }

    #[test]
    fn dropping_a_job_cancels_it() {
        let job = AnalysisJob::default();
        let flag = job.flag();
        assert!(!flag.get());
        drop(job);
        assert!(flag.get());
    }

    #[test]
    fn cancelling_runs_each_stop_once_and_a_late_stop_at_once() {
        let job = AnalysisJob::default();
        let stopped = Rc::new(Cell::new(0));
        for _ in 0..2 {
            let stopped = stopped.clone();
            job.on_cancel(move || stopped.set(stopped.get() + 1));
        }
        assert_eq!(stopped.get(), 0);
        job.cancel();
        job.cancel();
        assert_eq!(stopped.get(), 2);
        let late = stopped.clone();
        job.on_cancel(move || late.set(late.get() + 10));
        assert_eq!(stopped.get(), 12);
        drop(job);
        assert_eq!(stopped.get(), 12);
    }

    #[test]
    fn the_parts_of_a_comparison_assemble_into_it() {
        let comparison = crate::engine::compare(&crate::corpus::embedded(), &Default::default());
        // More links than one part holds, so the links come in several parts.
        let mut big = comparison.clone();
        while big.links.len() <= 2 * LINKS_PER_PART {
            big.links.extend(comparison.links.iter().cloned());
        }
        for whole in [comparison, big] {
            let messages: Vec<FromWorker> = parts(whole.clone())
                .map(|p| write_part(&p).expect("written"))
                .collect();
            assert_eq!(
                messages.len(),
                whole.sources.len() + whole.links.len().div_ceil(LINKS_PER_PART) + 1
            );
            let mut assembly = Assembly::default();
            let progress = Progress {
                stage: Stage::Comparing,
                done: 1,
                total: 2,
            };
            assert_eq!(
                assembly.take(FromWorker::Progress(progress)).expect("read"),
                Some(Received::Progress(progress))
            );
            let mut received = None;
            let last = messages.len() - 1;
            for (n, message) in messages.into_iter().enumerate() {
                received = assembly.take(message).expect("read");
                assert_eq!(
                    received.is_some(),
                    n == last,
                    "only the last part completes it"
                );
            }
            assert_eq!(received, Some(Received::Comparison(whole)));
        }
    }

    #[test]
    fn a_part_that_is_not_one_is_an_error() {
        let mut assembly = Assembly::default();
        for bad in ["", "{", "{\"Links\": 3}", "{\"Nonsense\": []}", "[]"] {
            assert!(
                assembly.take(FromWorker::Part(bad.to_owned())).is_err(),
                "{bad}"
            );
        }
    }
}
