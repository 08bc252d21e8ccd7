//! The hook behind a reader's own corpora: keeps the [`Library`] state,
//! opens link corpora, starts analyses (one at a time: a newer one drops,
//! and so cancels, the job of the older), makes Share's link payload, and
//! writes the kept list to storage where the reader may.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::corpus_link::LinkError;
use crate::engine::{Comparison, RawArticle};
use crate::saved::SavedCorpora;
use crate::ui::analysis::AnalysisJob;
use crate::ui::library::{Library, LibraryAction, Stored};
use crate::ui::location::{Corpus, Location};
use crate::ui::mode::Mode;
use crate::ui::state::{Action, ReaderState};

/// What the app gets from [`use_library`].
pub struct LibraryHandle {
    pub library: UseReducerHandle<Library>,
    /// Share's link payload for the kept corpus shown, by key.
    pub link: Option<(String, Result<String, LinkError>)>,
    /// Keeps a corpus and opens it.
    pub on_compare: Callback<Vec<RawArticle>>,
    /// Forgets a kept corpus.
    pub on_remove: Callback<String>,
    /// Shows an imported comparison.
    pub on_import: Callback<Rc<Comparison>>,
}

/// Writes the kept list where the reader may keep it, and says when that failed.
fn persist(library: &UseReducerHandle<Library>, mode: &Mode, kept: &SavedCorpora) {
    if library.writable
        && mode.may_store()
        && let Err(why) = crate::ui::store_corpora(&kept.write())
    {
        library.dispatch(LibraryAction::NotStored(why));
    }
}

/// The kept list to change: as storage holds it now where this reader
/// writes it (another tab may have added or removed corpora since), else
/// the one in memory.
fn latest(library: &UseReducerHandle<Library>, mode: &Mode) -> SavedCorpora {
    (library.writable && mode.may_store())
        .then(crate::ui::stored_corpora)
        .flatten()
        .unwrap_or_else(|| (*library.kept).clone())
}

/// Adds a corpus to the kept list (or finds it there) and stores the list;
/// returns its key, or why the articles cannot be compared.
fn keep(
    library: &UseReducerHandle<Library>,
    mode: &Mode,
    articles: Vec<RawArticle>,
) -> Result<String, String> {
    let mut kept = latest(library, mode);
    let key = kept
        .add(None, articles)
        .map_err(|e| e.to_string())?
        .key
        .clone();
    persist(library, mode, &kept);
    library.dispatch(LibraryAction::Kept(kept));
    Ok(key)
}

#[hook]
pub fn use_library(
    stored: &Stored,
    mode: &Mode,
    state: &UseReducerHandle<ReaderState>,
) -> LibraryHandle {
    let library = {
        let stored = stored.clone();
        use_reducer(move || Library::new(stored))
    };
    let job: Rc<RefCell<Option<AnalysisJob>>> = use_mut_ref(|| None);
    let link = use_state(|| None::<(String, Result<String, LinkError>)>);
    let corpus = state.location.corpus.clone();

    {
        let (library, state, mode, job, link) = (
            library.clone(),
            state.clone(),
            mode.clone(),
            job.clone(),
            link.clone(),
        );
        use_effect_with(corpus, move |corpus| {
            match corpus {
                Corpus::Link(payload) => {
                    let route = state.location.route.clone();
                    crate::ui::open_link(
                        payload.clone(),
                        Callback::from(move |opened: Result<Vec<RawArticle>, LinkError>| {
                            let kept = opened
                                .map_err(|e| e.to_string())
                                .and_then(|articles| keep(&library, &mode, articles));
                            let location = match kept {
                                Ok(key) => Location {
                                    corpus: Corpus::Kept(key),
                                    route: route.clone(),
                                },
                                Err(why) => {
                                    library.dispatch(LibraryAction::LinkFailed(why));
                                    Location::default()
                                }
                            };
                            // The payload has served: the corpus is named by its key
                            // from here, in this history entry too.
                            crate::ui::replace_hash(&location.hash());
                            state.dispatch(Action::Navigate(location));
                        }),
                    );
                }
                Corpus::Kept(key) => {
                    if let Some(kept) = library.kept.get(key) {
                        if library.analysis_of(key).is_none() {
                            let (progress, on_page, done) =
                                (library.clone(), library.clone(), library.clone());
                            let (k1, k2, k3) = (key.clone(), key.clone(), key.clone());
                            // Replacing the job drops, and so cancels, the one before.
                            *job.borrow_mut() = Some(crate::ui::analyse_articles(
                                kept.articles.clone(),
                                Callback::from(move |p| {
                                    progress.dispatch(LibraryAction::Progress(k1.clone(), p))
                                }),
                                Callback::from(move |()| {
                                    on_page.dispatch(LibraryAction::OnPage(k3.clone()))
                                }),
                                Callback::from(move |r| {
                                    done.dispatch(LibraryAction::Analysed(k2.clone(), r))
                                }),
                            ));
                        }
                        if link.as_ref().is_none_or(|(k, _)| k != key) {
                            let (link, key) = (link.clone(), key.clone());
                            crate::ui::make_link(
                                kept.articles.clone(),
                                Callback::from(move |made| link.set(Some((key.clone(), made)))),
                            );
                        }
                    }
                }
                Corpus::Example | Corpus::Imported => {}
            }
        });
    }

    {
        // Another tab's additions and removals show here too.
        let (library, mode) = (library.clone(), mode.clone());
        use_effect_with((), move |()| {
            let follow = library.writable && mode.may_store();
            let stop = follow.then(|| {
                crate::ui::follow_stored_corpora(Callback::from(move |()| {
                    if let Some(kept) = crate::ui::stored_corpora() {
                        library.dispatch(LibraryAction::KeptElsewhere(kept));
                    }
                }))
            });
            move || {
                if let Some(stop) = stop {
                    stop();
                }
            }
        });
    }

    {
        // A failed link is said on the overview it falls back to; going
        // anywhere else means it was read.
        let library = library.clone();
        use_effect_with(state.location.clone(), move |location| {
            if *location != Location::default() && !matches!(location.corpus, Corpus::Link(_)) {
                library.dispatch(LibraryAction::LinkProblemSeen);
            }
        });
    }

    let on_compare = {
        let (library, mode) = (library.clone(), mode.clone());
        Callback::from(
            move |articles: Vec<RawArticle>| match keep(&library, &mode, articles) {
                Ok(key) => crate::ui::go_to(&Corpus::Kept(key).href("#/")),
                Err(why) => library.dispatch(LibraryAction::Refused(why)),
            },
        )
    };
    let on_remove = {
        let (library, mode) = (library.clone(), mode.clone());
        Callback::from(move |key: String| {
            let mut kept = latest(&library, &mode);
            if kept.remove(&key) {
                persist(&library, &mode, &kept);
                library.dispatch(LibraryAction::Kept(kept));
            }
        })
    };
    let on_import = {
        let library = library.clone();
        Callback::from(move |c: Rc<Comparison>| {
            library.dispatch(LibraryAction::Imported(c));
            // Another comparison's sources have other ids: start from its overview.
            crate::ui::go_to(&Corpus::Imported.href("#/"));
        })
    };
    LibraryHandle {
        library,
        link: (*link).clone(),
        on_compare,
        on_remove,
        on_import,
    }
}
