//! Runs a reader's analysis for [`crate::ui::analyse_articles`]. For now on
//! the main thread, after yielding once so the progress line paints; the
//! cancel flag is checked before anything is reported.

use std::cell::Cell;
use std::rc::Rc;

use yew::Callback;

use crate::engine::{Comparison, Config, RawArticle, compare};
use crate::ui::analysis::{Progress, Stage};

pub(crate) fn start(
    articles: Vec<RawArticle>,
    cancelled: Rc<Cell<bool>>,
    on_progress: Callback<Progress>,
    done: Callback<Result<Rc<Comparison>, String>>,
) {
    let total = u32::try_from(articles.len()).unwrap_or(u32::MAX);
    on_progress.emit(Progress {
        stage: Stage::Reading,
        done: 0,
        total,
    });
    yew::platform::spawn_local(async move {
        yew::platform::time::sleep(std::time::Duration::ZERO).await;
        if cancelled.get() {
            return;
        }
        let comparison = compare(&articles, &Config::default());
        if !cancelled.get() {
            done.emit(Ok(Rc::new(comparison)));
        }
    });
}
