//! A reader's own articles analysed without freezing the page: how far the
//! work has got ([`Progress`]) and the handle that abandons it ([`AnalysisJob`]).
//! Plain data, so the progress line is tested natively; where the work runs
//! (a web worker, or the main thread in slices) is `web`'s business.

use std::cell::Cell;
use std::rc::Rc;

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
/// the old one), abandons the work: its result is never delivered.
#[derive(Debug, Default)]
pub struct AnalysisJob {
    cancelled: Rc<Cell<bool>>,
}

impl AnalysisJob {
    /// The flag the running work checks before it reports.
    pub fn flag(&self) -> Rc<Cell<bool>> {
        self.cancelled.clone()
    }

    pub fn cancel(&self) {
        self.cancelled.set(true);
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
}
