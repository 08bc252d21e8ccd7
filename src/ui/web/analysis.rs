//! Runs a reader's analysis for [`crate::ui::analyse_articles`] in a web
//! worker, so the page stays responsive on a long corpus. The worker
//! (`static/worker.js`) runs this same wasm module: the page posts it the
//! compiled `WebAssembly.Module`, then the articles; it answers with
//! [`FromWorker`] messages (see [`super::worker`]). Where no worker can
//! start (a page opened from disk, a script mount on another origin, a
//! Content-Security-Policy that refuses it), the analysis runs on the main
//! thread once the progress line has painted.

use std::cell::RefCell;
use std::ops::ControlFlow;
use std::rc::Rc;

use serde::Serialize;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use yew::Callback;

use crate::engine::{Comparison, Config, RawArticle, compare_observed};
use crate::ui::analysis::{AnalysisJob, Assembly, FromWorker, Progress, Received, Stage};

thread_local! {
    /// The directory the reader's module was loaded from (`worker.js` is
    /// beside it), when the page knows one: not in the single-file build.
    static FILES: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Says where the reader's files are; `None` keeps analyses on the main thread.
pub(crate) fn set_files(base: Option<String>) {
    FILES.with(|files| *files.borrow_mut() = base);
}

/// The names of the User Timing entries (`performance.measure`) for the
/// page's share of the work, visible in the browser's performance tools and
/// read by the benchmark (`tests/browser/worker.test.mjs`).
pub const RECEIVING: &str = "parallax: reading a message from the analysis worker";
pub const ON_MAIN_THREAD: &str = "parallax: analysis on the main thread";

pub(crate) fn start(
    articles: Vec<RawArticle>,
    job: &AnalysisJob,
    on_progress: Callback<Progress>,
    on_page: Callback<()>,
    done: Callback<Result<Rc<Comparison>, String>>,
) {
    on_progress.emit(Progress::new(Stage::Reading, 0, articles.len()));
    let base = FILES.with(|files| files.borrow().clone());
    let reply = Reply {
        on_progress,
        on_page,
        done,
        cancelled: job.flag(),
    };
    match base {
        Some(base) => in_worker(&base, articles, job, reply),
        None => on_main_thread(articles, reply),
    }
}

/// Where the answers go, and whether anyone still wants them.
#[derive(Clone)]
struct Reply {
    on_progress: Callback<Progress>,
    /// Told when the analysis runs on the page's own thread after all.
    on_page: Callback<()>,
    done: Callback<Result<Rc<Comparison>, String>>,
    cancelled: Rc<std::cell::Cell<bool>>,
}

/// A running worker and its handlers, which live as long as it does.
struct Running {
    worker: web_sys::Worker,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

type Slot = Rc<RefCell<Option<Running>>>;

/// Terminates the worker; its handlers are dropped once the one that may be
/// running now has returned.
fn stop(slot: &Slot) {
    let Some(running) = slot.borrow_mut().take() else {
        return;
    };
    running.worker.terminate();
    running.worker.set_onmessage(None);
    running.worker.set_onerror(None);
    running.worker.set_onmessageerror(None);
    yew::platform::spawn_local(async move { drop(running) });
}

/// What the handlers share: the parts received so far, and the articles
/// until the worker has shown it started (so a worker that cannot load
/// falls back to the main thread).
struct Receiving {
    assembly: Assembly,
    unstarted: Option<Vec<RawArticle>>,
}

fn in_worker(base: &str, articles: Vec<RawArticle>, job: &AnalysisJob, reply: Reply) {
    let Ok(request) = serde_wasm_bindgen::to_value(&articles) else {
        return on_main_thread(articles, reply);
    };
    let Ok(worker) = spawn(base) else {
        // A worker on another origin (a script mount) is refused at once.
        return on_main_thread(articles, reply);
    };
    let slot: Slot = Rc::new(RefCell::new(None));
    let receiving = Rc::new(RefCell::new(Receiving {
        assembly: Assembly::default(),
        unstarted: Some(articles),
    }));
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new({
        let (slot, receiving, reply) = (slot.clone(), receiving.clone(), reply.clone());
        move |event: web_sys::MessageEvent| {
            if reply.cancelled.get() {
                return stop(&slot);
            }
            let received = {
                let mut receiving = receiving.borrow_mut();
                receiving.unstarted = None;
                timed(RECEIVING, || {
                    serde_wasm_bindgen::from_value::<FromWorker>(event.data())
                        .map_err(|e| e.to_string())
                        .and_then(|m| receiving.assembly.take(m).map_err(|e| e.to_string()))
                })
            };
            match received {
                Ok(None) => {}
                Ok(Some(Received::Progress(p))) => reply.on_progress.emit(p),
                Ok(Some(Received::Comparison(c))) => {
                    stop(&slot);
                    reply.done.emit(Ok(Rc::new(c)));
                }
                Err(e) => {
                    stop(&slot);
                    reply.done.emit(Err(format!(
                        "The analysis stopped: its worker sent a message the page cannot read ({e})."
                    )));
                }
            }
        }
    });
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new({
        let (slot, reply) = (slot.clone(), reply.clone());
        move |event: web_sys::Event| {
            event.prevent_default();
            stop(&slot);
            if reply.cancelled.get() {
                return;
            }
            let unstarted = receiving.borrow_mut().unstarted.take();
            match unstarted {
                // It never started (its script refused or missing): no worker here.
                Some(articles) => on_main_thread(articles, reply.clone()),
                None => reply.done.emit(Err(format!(
                    "The analysis failed in its worker: {}",
                    failure(&event)
                ))),
            }
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    worker.set_onmessageerror(Some(on_error.as_ref().unchecked_ref()));
    let sent = worker
        .post_message(&wasm_bindgen::module())
        .and_then(|()| worker.post_message(&request));
    *slot.borrow_mut() = Some(Running {
        worker,
        _on_message: on_message,
        _on_error: on_error,
    });
    if let Err(e) = sent {
        stop(&slot);
        reply.done.emit(Err(format!(
            "The analysis could not be handed to its worker: {}",
            describe(&e)
        )));
        return;
    }
    job.on_cancel(move || stop(&slot));
}

/// A module worker running `worker.js` from the reader's directory.
fn spawn(base: &str) -> Result<web_sys::Worker, JsValue> {
    let url = web_sys::Url::new_with_base("worker.js", base)?.href();
    let options = web_sys::WorkerOptions::new();
    options.set_type(web_sys::WorkerType::Module);
    options.set_name("parallax-analysis");
    web_sys::Worker::new_with_options(&url, &options)
}

/// What went wrong in the worker, in its own words when it has some.
fn failure(event: &web_sys::Event) -> String {
    match event.dyn_ref::<web_sys::ErrorEvent>() {
        Some(error) if !error.message().is_empty() => error.message(),
        _ if event.type_() == "messageerror" => "a message could not be passed to the page.".into(),
        _ => "it stopped without saying why.".into(),
    }
}

fn describe(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "the browser refused.".into())
}

/// Runs `work`, recording how long it took as a User Timing measure.
fn timed<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let performance = web_sys::window()
        .and_then(|w| w.performance())
        .filter(|p| p.mark(name).is_ok());
    let result = work();
    if let Some(p) = performance {
        let _ = p.measure_with_start_mark(name, name);
        p.clear_marks_with_mark_name(name);
    }
    result
}

/// The analysis on the page's own thread, after a frame so the progress line
/// paints first. The page is busy until it ends.
fn on_main_thread(articles: Vec<RawArticle>, reply: Reply) {
    reply.on_page.emit(());
    yew::platform::spawn_local(async move {
        painted().await;
        if reply.cancelled.get() {
            return;
        }
        let result = timed(ON_MAIN_THREAD, || {
            compare_observed(&articles, &Config::default(), &mut |_| {
                if reply.cancelled.get() {
                    ControlFlow::Break(())
                } else {
                    ControlFlow::Continue(())
                }
            })
        });
        if let Some(comparison) = result
            && !reply.cancelled.get()
        {
            reply.done.emit(Ok(Rc::new(comparison)));
        }
    });
}

/// Resolves after the next frame has painted, or after 100 ms where there
/// are no frames (a hidden tab).
async fn painted() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window.request_animation_frame(&resolve);
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 100);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(frame).await;
    yew::platform::time::sleep(std::time::Duration::ZERO).await;
}

/// The door from JavaScript: analyses `articles` (an array of `{ id, text,
/// meta }`) exactly as the reader's own UI does, calling `onProgress(progress,
/// label)` as it goes and `onDone({ Ok: totals } | { Err: message })` at the
/// end, unless the returned job's `cancel()` is called first. The browser
/// tests drive the worker through it.
#[wasm_bindgen(js_name = analyseArticles)]
pub fn analyse_articles_js(
    articles: JsValue,
    on_progress: js_sys::Function,
    on_done: js_sys::Function,
) -> Result<ArticlesJob, JsError> {
    let articles: Vec<RawArticle> = serde_wasm_bindgen::from_value(articles)
        .map_err(|e| JsError::new(&format!("these are not articles: {e}")))?;
    // The job lives until it is done or cancelled, not as long as the
    // JavaScript handle (whose garbage collection would cancel it).
    let running: Rc<RefCell<Option<AnalysisJob>>> = Rc::default();
    let job = crate::ui::analyse_articles(
        articles,
        Callback::from(move |p: Progress| call(&on_progress, &p, &p.label().into())),
        Callback::noop(),
        Callback::from({
            let running = running.clone();
            move |result: Result<Rc<Comparison>, String>| {
                let finished = running.borrow_mut().take();
                call(
                    &on_done,
                    &result.map(|c| c.totals.clone()),
                    &JsValue::UNDEFINED,
                );
                drop(finished);
            }
        }),
    );
    *running.borrow_mut() = Some(job);
    Ok(ArticlesJob { running })
}

/// Calls a JavaScript function with a serde value (and a second argument).
fn call<T: Serialize>(f: &js_sys::Function, value: &T, second: &JsValue) {
    if let Ok(value) = value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()) {
        let _ = f.call2(&JsValue::NULL, &value, second);
    }
}

/// A running analysis started from JavaScript.
#[wasm_bindgen]
pub struct ArticlesJob {
    running: Rc<RefCell<Option<AnalysisJob>>>,
}

#[wasm_bindgen]
impl ArticlesJob {
    /// Abandons the analysis, as a new paste does in the reader: nothing
    /// more is reported and its worker stops.
    pub fn cancel(&self) {
        let job = self.running.borrow_mut().take();
        drop(job);
    }
}
