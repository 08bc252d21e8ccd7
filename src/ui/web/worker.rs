//! The worker's side of an analysis: `static/worker.js` loads the reader's
//! module in a web worker and calls [`analyse_in_worker`] with the articles
//! the page posted; the answers go back as [`FromWorker`] messages.

use std::ops::ControlFlow;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use crate::engine::{Config, RawArticle, compare_observed};
use crate::ui::analysis::{FromWorker, parts, write_part};

/// Compares the articles (`RawArticle`s as serde-wasm-bindgen gives them),
/// posting each progress report, then the comparison in parts. An error is
/// thrown, so the page hears of it as the worker's `error` event.
#[wasm_bindgen(js_name = analyseInWorker)]
pub fn analyse_in_worker(articles: JsValue) -> Result<(), JsError> {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global()
        .dyn_into()
        .map_err(|_| JsError::new("analyseInWorker runs only in a dedicated web worker"))?;
    let articles: Vec<RawArticle> = serde_wasm_bindgen::from_value(articles)
        .map_err(|e| JsError::new(&format!("the worker could not read the articles: {e}")))?;
    let post = |message: &FromWorker| -> Result<(), JsError> {
        let value = serde_wasm_bindgen::to_value(message)
            .map_err(|e| JsError::new(&format!("a result could not be sent: {e}")))?;
        scope
            .post_message(&value)
            .map_err(|_| JsError::new("the page would not take a message"))
    };
    // A message that cannot be posted stops the comparison; its reason is thrown.
    let mut failed = None;
    let observed = compare_observed(&articles, &Config::default(), &mut |progress| match post(
        &FromWorker::Progress(progress),
    ) {
        Ok(()) => ControlFlow::Continue(()),
        Err(e) => {
            failed = Some(e);
            ControlFlow::Break(())
        }
    });
    let Some(comparison) = observed else {
        return Err(failed.unwrap_or_else(|| JsError::new("the comparison stopped")));
    };
    parts(comparison).try_for_each(|part| {
        let message = write_part(&part)
            .map_err(|e| JsError::new(&format!("a result could not be written: {e}")))?;
        post(&message)
    })
}
