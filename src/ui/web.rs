//! Everything that touches the browser, in one wasm-only module: start-up,
//! the hash listener, scrolling and reading form values.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use yew::prelude::*;

use crate::engine::{Config, compare};
use crate::ui::components::app::{App, AppProps};
use crate::ui::route::Route;
use crate::ui::state::{Action, ReaderState};

/// Analyses the embedded corpus, timing it, and mounts the reader on `#app`
/// (or the body when the page has no such element).
pub fn start() {
    let window = web_sys::window();
    let performance = window.as_ref().and_then(|w| w.performance());
    let started = performance.as_ref().map(|p| p.now());
    let comparison = compare(&crate::corpus::embedded(), &Config::default());
    let analysis_ms = performance.zip(started).map(|(p, t)| p.now() - t);
    let props = AppProps {
        comparison: Rc::new(comparison),
        route: Route::parse(&current_hash()),
        analysis_ms,
    };
    let root = window
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => {
            root.set_inner_html("");
            yew::Renderer::<App>::with_root_and_props(root, props).render();
        }
        None => {
            yew::Renderer::<App>::with_props(props).render();
        }
    }
}

fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Keeps the state's route in step with the URL hash (links, back/forward);
/// returns what removes the listener.
pub fn listen_to_hash(dispatcher: UseReducerDispatcher<ReaderState>) -> impl FnOnce() {
    let listener = Closure::<dyn Fn()>::new(move || {
        dispatcher.dispatch(Action::Navigate(Route::parse(&current_hash())));
    });
    let window = web_sys::window();
    if let Some(w) = &window {
        let _ = w.add_event_listener_with_callback("hashchange", listener.as_ref().unchecked_ref());
    }
    move || {
        if let Some(w) = window {
            let _ = w.remove_event_listener_with_callback(
                "hashchange",
                listener.as_ref().unchecked_ref(),
            );
        }
    }
}

pub fn set_hash(hash: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(hash);
    }
}

/// Scrolls each element into view within its column, nearest edge first.
pub fn reveal(ids: &[String]) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Nearest);
    options.set_inline(web_sys::ScrollLogicalPosition::Nearest);
    for id in ids {
        if let Some(element) = document.get_element_by_id(id) {
            element.scroll_into_view_with_scroll_into_view_options(&options);
        }
    }
}

/// Moves keyboard focus to an element (the skip link's target).
pub fn focus(id: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

pub fn select_value(event: &Event) -> Option<String> {
    let select: web_sys::HtmlSelectElement = event.target()?.dyn_into().ok()?;
    Some(select.value())
}
