//! How far a comparison has got, told to whoever runs it (a web worker posts
//! it to the page), who may answer "stop". Plain serde data, so it crosses
//! into JavaScript as the same type.

use serde::{Deserialize, Serialize};

/// The step the engine is on, in the order it takes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Stage {
    /// Cleaning the articles and finding their sentences and features:
    /// counted in articles.
    Reading,
    /// Linking sentences across sources and naming agreements and
    /// divergences: counted in links classified (`total` is 0 while the
    /// candidate links are still being found).
    Comparing,
}

/// `done` of `total` units of a stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    pub stage: Stage,
    pub done: u32,
    pub total: u32,
}

impl Progress {
    pub(crate) fn new(stage: Stage, done: usize, total: usize) -> Progress {
        let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Progress {
            stage,
            done: count(done),
            total: count(total),
        }
    }
}

/// How many links are classified between two reports: often enough for a
/// progress line, rarely enough to cost nothing (a link takes microseconds).
pub const LINKS_PER_REPORT: usize = 512;

#[cfg(test)]
mod tests {
    use std::ops::ControlFlow;

    use super::*;
    use crate::corpus::embedded;
    use crate::engine::{Comparison, RawArticle, compare, compare_observed};

    /// Every report of a comparison that is never stopped, and its result.
    fn reports(articles: &[RawArticle]) -> (Vec<Progress>, Option<Comparison>) {
        let mut seen = Vec::new();
        let result = compare_observed(articles, &Default::default(), &mut |p| {
            seen.push(p);
            ControlFlow::Continue(())
        });
        (seen, result)
    }

    #[test]
    fn progress_goes_forward_from_the_first_article_to_the_last_link() {
        let articles = embedded();
        let (seen, observed) = reports(&articles);
        let mut observed = observed.expect("nothing stopped it");
        // It is `compare`'s comparison, but for the word diffs it leaves out.
        assert!(observed.links.iter().all(|l| l.diff.is_none()));
        crate::engine::diff::fill(&mut observed, &Default::default());
        assert_eq!(observed, compare(&articles, &Default::default()));
        let n = articles.len() as u32;
        assert_eq!(
            seen.first(),
            Some(&Progress::new(Stage::Reading, 0, articles.len()))
        );
        let links = observed.links.len() as u32;
        assert_eq!(
            seen.last(),
            Some(&Progress {
                stage: Stage::Comparing,
                done: links,
                total: links
            })
        );
        let read: Vec<u32> = seen
            .iter()
            .filter(|p| p.stage == Stage::Reading)
            .map(|p| p.done)
            .collect();
        assert_eq!(read, (0..=n).collect::<Vec<_>>(), "one report per article");
        for pair in seen.windows(2) {
            assert!(
                (pair[0].stage, pair[0].done) <= (pair[1].stage, pair[1].done),
                "went back: {pair:?}"
            );
        }
        assert!(seen.iter().all(|p| p.total == 0 || p.done <= p.total));
    }

    #[test]
    fn links_are_reported_in_batches_not_one_by_one() {
        // The seeds repeated under new ids: more links than one batch.
        let mut articles = embedded();
        for round in 1..4 {
            for a in embedded() {
                articles.push(RawArticle {
                    id: format!("{}-{round}", a.id),
                    text: format!("{}\n\nRetold, round {round}.", a.text),
                    meta: a.meta,
                });
            }
        }
        let (seen, observed) = reports(&articles);
        let links = observed.expect("not stopped").links.len();
        assert!(links > 2 * LINKS_PER_REPORT, "{links} links");
        let comparing = seen.iter().filter(|p| p.stage == Stage::Comparing).count();
        assert_eq!(comparing, 3 + (links - 1) / LINKS_PER_REPORT);
    }

    #[test]
    fn an_observer_that_says_stop_stops_it_at_once() {
        let articles = embedded();
        let (all, _) = reports(&articles);
        for stop_at in 0..all.len() {
            let mut calls = 0;
            let result = compare_observed(&articles, &Default::default(), &mut |_| {
                calls += 1;
                if calls > stop_at {
                    ControlFlow::Break(())
                } else {
                    ControlFlow::Continue(())
                }
            });
            assert_eq!(result, None);
            assert_eq!(calls, stop_at + 1, "no report after the stop");
        }
    }

    #[test]
    fn nothing_to_compare_still_reports_and_gives_the_empty_comparison() {
        let (seen, result) = reports(&[]);
        assert_eq!(result, Some(Comparison::empty()));
        assert_eq!(seen.first(), Some(&Progress::new(Stage::Reading, 0, 0)));
        assert_eq!(seen.last(), Some(&Progress::new(Stage::Comparing, 0, 0)));
    }
}
