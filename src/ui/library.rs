//! The reader's own corpora: those kept in this browser, whether they can be
//! written back, the one being analysed or shown, and an imported
//! comparison. Plain data and a reducer, no browser code: the app does the
//! storing, analysing and link opening, and reports here what happened.

use std::rc::Rc;

use yew::Reducible;

use crate::engine::Comparison;
use crate::saved::{Loaded, SavedCorpora};
use crate::ui::analysis::Progress;
use crate::ui::location::Corpus;

/// What the browser's storage held at start-up, and whether it may be written.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Stored {
    pub corpora: SavedCorpora,
    /// Sentences about what could not be read (or why storage is off).
    pub problems: Vec<String>,
    /// Whether kept corpora are written back to storage. False in embeds,
    /// when storage is off, and when what it holds could not be read (so it
    /// is never overwritten).
    pub writable: bool,
}

impl Stored {
    /// From what `saved.rs` read out of storage.
    pub fn from_loaded(loaded: Loaded) -> Stored {
        Stored {
            corpora: loaded.corpora,
            problems: loaded.problems.iter().map(ToString::to_string).collect(),
            writable: loaded.writable,
        }
    }

    /// Storage that could not be opened at all: the reader keeps in memory.
    pub fn unavailable(why: &str) -> Stored {
        Stored {
            corpora: SavedCorpora::default(),
            problems: vec![format!(
                "Your comparisons cannot be kept in this browser ({why}); new ones are kept only until the page closes."
            )],
            writable: false,
        }
    }
}

/// What the app shows for the corpus the hash names.
#[derive(Debug, Clone)]
pub struct Showing {
    pub comparison: Rc<Comparison>,
    /// The corpus the page's links lead into: the one named, or the example
    /// when that cannot be shown yet.
    pub scope: Corpus,
    /// While a corpus is opened or compared: how far, and in words.
    pub waiting: Option<(Option<Progress>, String)>,
    /// Why the corpus named cannot be shown (the example is, instead).
    pub problem: Option<String>,
}

/// How far a reader's own corpus has got.
#[derive(Debug, Clone)]
pub enum Analysis {
    /// How far it has got, and whether it runs on the page's own thread
    /// (no background worker could start), which the progress line says.
    Running {
        progress: Progress,
        on_page: bool,
    },
    Ready(Rc<Comparison>),
    Failed(String),
}

/// The reader's own corpora and what is happening to them.
#[derive(Debug, Clone)]
pub struct Library {
    /// Shared, not copied, by every action and render: it holds the texts.
    pub kept: Rc<SavedCorpora>,
    pub writable: bool,
    /// Storage problems, said on the Add articles page.
    pub problems: Vec<String>,
    /// The kept corpus last analysed (or being analysed), by key.
    pub analysis: Option<(String, Analysis)>,
    pub imported: Option<Rc<Comparison>>,
    /// Why the last link could not be opened.
    pub link_problem: Option<String>,
}

impl Library {
    pub fn new(stored: Stored) -> Library {
        Library {
            kept: Rc::new(stored.corpora),
            writable: stored.writable,
            problems: stored.problems,
            analysis: None,
            imported: None,
            link_problem: None,
        }
    }

    /// The comparison to show for `corpus`: the example, or the reader's own
    /// once it is ready; while it is being opened or compared, a progress
    /// line; one that cannot be shown is said, and the example shown.
    pub fn showing(&self, corpus: &Corpus, example: &Rc<Comparison>) -> Showing {
        let instead = |waiting, problem| Showing {
            comparison: example.clone(),
            scope: Corpus::Example,
            waiting,
            problem,
        };
        let own = |comparison: &Rc<Comparison>| Showing {
            comparison: comparison.clone(),
            scope: corpus.clone(),
            waiting: None,
            problem: None,
        };
        match corpus {
            Corpus::Example => instead(
                None,
                self.link_problem.as_ref().map(|p| {
                    format!("The articles in that link could not be opened: {p}. Showing the example.")
                }),
            ),
            Corpus::Kept(key) => match self.analysis_of(key) {
                Some(Analysis::Ready(c)) => own(c),
                Some(Analysis::Running { progress, on_page }) => {
                    let mut label = progress.label();
                    if *on_page {
                        label.push_str(
                            " — this browser would not compare them in the background, so the page may not respond until it is done.",
                        );
                    }
                    instead(Some((Some(*progress), label)), None)
                }
                Some(Analysis::Failed(why)) => instead(
                    None,
                    Some(format!(
                        "Your articles could not be compared: {why}. Showing the example."
                    )),
                ),
                None if self.kept.get(key).is_some() => {
                    instead(Some((None, "Comparing your articles…".to_owned())), None)
                }
                None => instead(
                    None,
                    Some(format!(
                        "No comparison “{}” is kept in this browser (it was removed, or kept in another browser). Showing the example.",
                        key.chars().take(20).collect::<String>()
                    )),
                ),
            },
            Corpus::Link(_) => instead(
                Some((None, "Opening the articles in this link…".to_owned())),
                None,
            ),
            Corpus::Imported => match &self.imported {
                Some(c) => own(c),
                None => instead(
                    None,
                    Some("The imported comparison is no longer open (imports are not kept): import its file again. Showing the example.".to_owned()),
                ),
            },
        }
    }

    /// Takes a new kept list; a removed corpus's comparison is not shown
    /// any more.
    fn keep(&mut self, kept: SavedCorpora) {
        if let Some((key, _)) = &self.analysis
            && kept.get(key).is_none()
        {
            self.analysis = None;
        }
        self.kept = Rc::new(kept);
    }

    /// The analysis of a kept corpus, if it is the one last started.
    pub fn analysis_of(&self, key: &str) -> Option<&Analysis> {
        self.analysis
            .as_ref()
            .filter(|(k, _)| k == key)
            .map(|(_, a)| a)
    }
}

pub enum LibraryAction {
    /// The kept list changed (added, removed, opened from a link).
    Kept(SavedCorpora),
    /// Another tab of this reader changed the kept list in storage.
    KeptElsewhere(SavedCorpora),
    /// Writing to storage failed: stop writing and say why.
    NotStored(String),
    /// An analysis of a kept corpus started or moved on.
    Progress(String, Progress),
    /// That analysis runs on the page's own thread: no worker could start.
    OnPage(String),
    /// An analysis ended.
    Analysed(String, Result<Rc<Comparison>, String>),
    Imported(Rc<Comparison>),
    LinkFailed(String),
    /// Articles the library would not keep, and why.
    Refused(String),
    /// The reader moved on from the page that said a link failed.
    LinkProblemSeen,
}

impl Reducible for Library {
    type Action = LibraryAction;

    fn reduce(self: Rc<Self>, action: LibraryAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            LibraryAction::Kept(kept) => {
                next.keep(kept);
                next.link_problem = None;
            }
            // Another tab's change does not answer this one's failed link.
            LibraryAction::KeptElsewhere(kept) => next.keep(kept),
            LibraryAction::NotStored(why) => {
                next.writable = false;
                next.problems.push(format!(
                    "Your comparisons could not be kept in this browser ({why}); they are kept only until the page closes."
                ));
            }
            LibraryAction::Progress(key, progress) => {
                // A late report after the end changes nothing. (An abandoned
                // analysis reports nothing: its job was cancelled.)
                if matches!(
                    next.analysis_of(&key),
                    Some(Analysis::Ready(_) | Analysis::Failed(_))
                ) {
                    return self;
                }
                let on_page = matches!(
                    next.analysis_of(&key),
                    Some(Analysis::Running { on_page: true, .. })
                );
                next.analysis = Some((key, Analysis::Running { progress, on_page }));
            }
            LibraryAction::OnPage(key) => match next.analysis.as_mut() {
                Some((k, Analysis::Running { on_page, .. })) if *k == key => *on_page = true,
                _ => return self,
            },
            LibraryAction::Analysed(key, result) => {
                if next.analysis_of(&key).is_none() {
                    return self;
                }
                next.analysis = Some((
                    key,
                    match result {
                        Ok(c) => Analysis::Ready(c),
                        Err(why) => Analysis::Failed(why),
                    },
                ));
            }
            LibraryAction::Imported(c) => next.imported = Some(c),
            LibraryAction::LinkFailed(why) => next.link_problem = Some(why),
            LibraryAction::LinkProblemSeen if next.link_problem.is_none() => return self,
            LibraryAction::LinkProblemSeen => next.link_problem = None,
            LibraryAction::Refused(why) => next.problems.push(format!("Not compared: {why}.")),
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::intake::test_article as article;
    use crate::ui::analysis::Stage;

    fn progress(done: u32) -> Progress {
        Progress {
            stage: Stage::Reading,
            done,
            total: 2,
        }
    }

    fn library() -> Rc<Library> {
        let mut kept = SavedCorpora::default();
        kept.add(
            None,
            vec![article("000", None, "One."), article("001", None, "Two.")],
        )
        .unwrap();
        Rc::new(Library::new(Stored {
            corpora: kept,
            problems: Vec::new(),
            writable: true,
        }))
    }

    #[test]
    fn an_analysis_runs_then_is_ready_and_a_late_result_of_another_is_ignored() {
        let c = Rc::new(crate::ui::fixture::comparison());
        let lib = library().reduce(LibraryAction::Progress("c1".into(), progress(0)));
        assert!(matches!(
            lib.analysis_of("c1"),
            Some(Analysis::Running { .. })
        ));
        // Another corpus started since: c1's result is dropped.
        let lib = lib.reduce(LibraryAction::Progress("c2".into(), progress(0)));
        let lib = lib.reduce(LibraryAction::Analysed("c1".into(), Ok(c.clone())));
        assert!(lib.analysis_of("c1").is_none());
        let lib = lib.reduce(LibraryAction::Analysed("c2".into(), Ok(c)));
        assert!(matches!(lib.analysis_of("c2"), Some(Analysis::Ready(_))));
    }

    #[test]
    fn a_failed_write_stops_writing_and_says_why() {
        let lib = library().reduce(LibraryAction::NotStored("quota".into()));
        assert!(!lib.writable);
        assert!(lib.problems[0].contains("(quota)"), "{}", lib.problems[0]);
        assert_eq!(lib.kept.list().len(), 1);
    }

    #[test]
    fn removing_the_corpus_shown_forgets_its_analysis() {
        let c = Rc::new(crate::ui::fixture::comparison());
        let lib = library()
            .reduce(LibraryAction::Progress("c1".into(), progress(0)))
            .reduce(LibraryAction::Analysed("c1".into(), Ok(c)));
        let mut kept = (*lib.kept).clone();
        kept.remove("c1");
        let lib = lib.reduce(LibraryAction::Kept(kept));
        assert!(lib.analysis.is_none() && lib.kept.list().is_empty());
    }

    #[test]
    fn another_tabs_list_is_taken_without_clearing_this_tabs_link_problem() {
        let lib = library().reduce(LibraryAction::LinkFailed("cut short".into()));
        let mut theirs = (*lib.kept).clone();
        theirs
            .add(
                None,
                vec![
                    article("002", None, "Three."),
                    article("003", None, "Four."),
                ],
            )
            .unwrap();
        let lib = lib.reduce(LibraryAction::KeptElsewhere(theirs));
        assert_eq!(lib.kept.list().len(), 2);
        assert_eq!(lib.link_problem.as_deref(), Some("cut short"));
    }

    #[test]
    fn an_analysis_on_the_page_says_the_page_may_not_respond() {
        let example = Rc::new(crate::ui::fixture::comparison());
        let kept = Corpus::Kept("c1".into());
        let label = |lib: &Library| lib.showing(&kept, &example).waiting.unwrap().1;
        // Told before the analysis started: nothing to say it of.
        let lib = library().reduce(LibraryAction::OnPage("c1".into()));
        assert!(lib.analysis.is_none());
        let lib = lib.reduce(LibraryAction::Progress("c1".into(), progress(0)));
        assert_eq!(label(&lib), "Reading the articles… 0 of 2");
        let lib = lib.reduce(LibraryAction::OnPage("c1".into()));
        assert_eq!(
            label(&lib),
            "Reading the articles… 0 of 2 — this browser would not compare them in the background, so the page may not respond until it is done."
        );
        // Later reports keep saying it; once it ends, nothing is said.
        let lib = lib.reduce(LibraryAction::Progress("c1".into(), progress(1)));
        assert!(label(&lib).contains("may not respond"), "{}", label(&lib));
        let c = Rc::new(crate::ui::fixture::comparison());
        let lib = lib.reduce(LibraryAction::Analysed("c1".into(), Ok(c)));
        assert!(matches!(lib.analysis_of("c1"), Some(Analysis::Ready(_))));
    }

    #[test]
    fn each_corpus_shows_itself_its_progress_or_why_not() {
        let example = Rc::new(crate::ui::fixture::comparison());
        let own = Rc::new(crate::ui::fixture::comparison());
        let lib = library();
        let kept = Corpus::Kept("c1".into());
        let starting = lib.showing(&kept, &example);
        assert_eq!(starting.scope, Corpus::Example);
        assert!(starting.waiting.is_some() && starting.problem.is_none());
        let lib = lib.reduce(LibraryAction::Progress("c1".into(), progress(1)));
        let running = lib.showing(&kept, &example);
        assert_eq!(running.waiting.unwrap().1, "Reading the articles… 1 of 2");
        let lib = lib.reduce(LibraryAction::Analysed("c1".into(), Ok(own.clone())));
        let ready = lib.showing(&kept, &example);
        assert!(Rc::ptr_eq(&ready.comparison, &own) && ready.scope == kept);
        let missing = lib.showing(&Corpus::Kept("c7".into()), &example);
        assert!(missing.problem.unwrap().contains("No comparison “c7”"));
        assert!(Rc::ptr_eq(&missing.comparison, &example));
        let gone = lib.showing(&Corpus::Imported, &example);
        assert!(gone.problem.unwrap().contains("import its file again"));
        let lib = lib.reduce(LibraryAction::LinkFailed(
            "its checksum does not match".into(),
        ));
        let said = lib.showing(&Corpus::Example, &example).problem.unwrap();
        assert!(said.contains("checksum"), "{said}");
        let lib = lib.reduce(LibraryAction::Analysed("c1".into(), Err("no".into())));
        assert!(lib.showing(&kept, &example).problem.is_some());
    }

    #[test]
    fn unavailable_storage_is_said_and_not_written() {
        let stored = Stored::unavailable("storage is turned off");
        assert!(!stored.writable);
        assert!(stored.problems[0].contains("storage is turned off"));
    }
}
