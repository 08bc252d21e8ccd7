//! Everything that touches the browser, in one wasm-only module: starting the
//! reader on its own page (`start.js` calls [`start_page`]) or in host
//! elements (`mount.js` calls [`mount::mount_all`]), analysing a reader's
//! own articles in a web worker (`worker.js` calls
//! [`worker::analyse_in_worker`]), following routes, scrolling and focus, and
//! talking to an embedding page.
//!
//! Loading the wasm module runs nothing by itself (the bin's `main` is
//! empty): a host page that loads it for a script mount must never find the
//! reader taking over an element it did not name.

pub mod analysis;
pub mod clipboard;
pub mod download;
pub mod file;
pub mod frame;
pub mod link;
pub mod mount;
pub mod storage;
pub mod worker;

use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

use crate::engine::{Comparison, Config, compare_observed};
use crate::ui::components::app::{App, AppProps};
use crate::ui::host_message::{HostMessage, pym_id};
use crate::ui::library::Stored;
use crate::ui::location::Location;
use crate::ui::mode::{Embedding, Mode, Theme};
use crate::ui::state::{Action, ReaderState};

/// Starts the reader on its own page (or in an iframe, `?embed`): reads the
/// query, applies the theme, reports its height to an embedding parent, and
/// mounts on `#app` (or the body when the page has no such element).
/// `files` is the directory the module was loaded from (`start.js` says;
/// the single-file build has none), where the analysis worker's script is.
#[wasm_bindgen(js_name = startPage)]
pub fn start_page(files: Option<String>) {
    analysis::set_files(files);
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let params =
        web_sys::UrlSearchParams::new_with_str(&location.search().unwrap_or_default()).ok();
    let param = |name: &str| params.as_ref().and_then(|p| p.get(name));
    let embed = params.as_ref().is_some_and(|p| p.has("embed"));
    let mode = Mode::from_query(
        embed,
        param("theme").as_deref(),
        &location.href().unwrap_or_default(),
    );
    let document = window.document();
    if let Some(html) = document.as_ref().and_then(|d| d.document_element()) {
        apply_theme(&html, mode.theme);
        let _ = html.set_attribute(
            "data-embedding",
            if mode.is_embedded() { "frame" } else { "page" },
        );
    }
    if frame::is_framed(&window) {
        frame::report_to_parent(pym_id(param("childId").as_deref()));
    }
    let (comparison, analysis_ms) = analyse();
    let props = AppProps {
        comparison,
        location: Location::parse(&current_hash()),
        stored: stored(&mode),
        analysis_ms,
        mode,
    };
    match document.and_then(|d| d.get_element_by_id("app")) {
        Some(root) => {
            root.set_inner_html("");
            yew::Renderer::<App>::with_root_and_props(root, props).render();
        }
        None => {
            yew::Renderer::<App>::with_props(props).render();
        }
    }
}

/// Analyses the embedded corpus, timing it where the browser can. The time
/// is also a User Timing measure, `parallax:analysis`, which the browser's
/// performance tools (and `tests/browser/startup-trace.mjs`) show.
pub(crate) fn analyse() -> (Rc<Comparison>, Option<f64>) {
    let performance = web_sys::window().and_then(|w| w.performance());
    let started = performance.as_ref().map(|p| {
        let _ = p.mark("parallax:analysis:start");
        p.now()
    });
    // Word diffs are left to the views that show them.
    let comparison = compare_observed(&crate::corpus::embedded(), &Config::default(), &mut |_| {
        std::ops::ControlFlow::Continue(())
    })
    .unwrap_or_else(Comparison::empty);
    let analysis_ms = performance.zip(started).map(|(p, t)| {
        let ms = p.now() - t;
        let _ = p.measure_with_start_mark("parallax:analysis", "parallax:analysis:start");
        ms
    });
    (Rc::new(comparison), analysis_ms)
}

/// The corpora kept in this browser, where the reader may keep them.
fn stored(mode: &Mode) -> Stored {
    if !mode.may_store() {
        return Stored::default();
    }
    match storage::read() {
        Ok(value) => Stored::from_loaded(crate::saved::SavedCorpora::read(value.as_deref())),
        Err(why) => Stored::unavailable(&why),
    }
}

/// Sets or clears `data-theme`, which the stylesheet reads (`styles/tokens.css`).
pub(crate) fn apply_theme(element: &web_sys::Element, theme: Theme) {
    let _ = match theme.attribute() {
        Some(value) => element.set_attribute("data-theme", value),
        None => element.remove_attribute("data-theme"),
    };
}

fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Keeps the state's route in step with where the reader goes; returns what
/// stops following. On a page or in an iframe the route is the URL hash
/// (links, back/forward); in a script mount the host's URL is not ours, so
/// clicks on the app's own `#/…` links are routed in memory instead, and a
/// click meant for a new tab (Ctrl, ⌘, Shift, the middle button) opens the
/// full reader there rather than the host's page.
pub fn follow_navigation(
    mode: Mode,
    root: NodeRef,
    dispatcher: UseReducerDispatcher<ReaderState>,
) -> Box<dyn FnOnce()> {
    match mode.embedding {
        Embedding::Page | Embedding::Frame => {
            let follow = {
                let dispatcher = dispatcher.clone();
                move || dispatcher.dispatch(Action::Navigate(Location::parse(&current_hash())))
            };
            let stop = listen(
                web_sys::window().map(web_sys::EventTarget::from),
                "hashchange",
                Closure::<dyn Fn(web_sys::Event)>::new({
                    let follow = follow.clone();
                    move |_| follow()
                }),
            );
            // The hash may have changed between start-up and now (embed.js
            // points a frame at the view its host mirrors): catch up once.
            follow();
            stop
        }
        Embedding::Mount => {
            let target = root
                .cast::<web_sys::Element>()
                .map(web_sys::EventTarget::from);
            let on_link = move |event: web_sys::Event| match in_app_link(&event, &mode.page_url) {
                Some(LinkClick::Here(route)) => {
                    event.prevent_default();
                    dispatcher.dispatch(Action::Navigate(route));
                }
                Some(LinkClick::NewTab(route)) => {
                    event.prevent_default();
                    if let Some(w) = web_sys::window() {
                        let _ = w.open_with_url_and_target_and_features(
                            &mode.link_to(&route.hash()),
                            "_blank",
                            "noopener",
                        );
                    }
                }
                None => {}
            };
            let on_link = Rc::new(on_link);
            let stop_click = listen(
                target.clone(),
                "click",
                Closure::<dyn Fn(web_sys::Event)>::new({
                    let on_link = on_link.clone();
                    move |e| on_link(e)
                }),
            );
            let stop_middle = listen(
                target,
                "auxclick",
                Closure::<dyn Fn(web_sys::Event)>::new(move |e| on_link(e)),
            );
            Box::new(move || {
                stop_click();
                stop_middle();
            })
        }
    }
}

/// A click on one of the app's own links (`#/…`) in a script mount.
enum LinkClick {
    /// A plain click: route in the mount.
    Here(Location),
    /// A click meant for a new tab or window.
    NewTab(Location),
}

/// What a click on one of the app's own links (`page` and a `#/…` view, as
/// `Links` writes them in a mount) asks for; none for any other link, for
/// one that opens elsewhere (a `target`, as "Open full view" has), or for
/// another button (the right button, Alt for download).
fn in_app_link(event: &web_sys::Event, page: &str) -> Option<LinkClick> {
    let mouse = event.dyn_ref::<web_sys::MouseEvent>()?;
    if mouse.alt_key() || mouse.button() > 1 {
        return None;
    }
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let href = target
        .closest("a[href]:not([target])")
        .ok()??
        .get_attribute("href")?;
    let view = href.strip_prefix(page)?;
    if !view.starts_with("#/") {
        return None;
    }
    let route = Location::parse(view);
    if mouse.button() == 1 || mouse.ctrl_key() || mouse.meta_key() || mouse.shift_key() {
        Some(LinkClick::NewTab(route))
    } else {
        Some(LinkClick::Here(route))
    }
}

/// Adds `listener` to `target` for `kind`; returns what removes it.
pub(super) fn listen(
    target: Option<web_sys::EventTarget>,
    kind: &'static str,
    listener: Closure<dyn Fn(web_sys::Event)>,
) -> Box<dyn FnOnce()> {
    if let Some(t) = &target {
        let _ = t.add_event_listener_with_callback(kind, listener.as_ref().unchecked_ref());
    }
    Box::new(move || {
        if let Some(t) = target {
            let _ = t.remove_event_listener_with_callback(kind, listener.as_ref().unchecked_ref());
        }
    })
}

/// Changes the hash in place: no history entry, no `hashchange`.
pub fn replace_hash(hash: &str) {
    if let Some(w) = web_sys::window()
        && let Ok(history) = w.history()
    {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(hash));
    }
}

pub fn set_hash(hash: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(hash);
    }
}

/// Tells whoever embeds the reader which view it shows: the parent window of
/// an iframe (a message), the host element of a script mount (a
/// `parallax:view` event); a page of its own shows it in the tab's title.
pub fn announce_view(embedding: Embedding, root: &NodeRef, message: &HostMessage) {
    let HostMessage::View { title, .. } = message else {
        return;
    };
    match embedding {
        Embedding::Page => set_title(title),
        Embedding::Frame => {
            set_title(title);
            frame::report_view(message);
        }
        Embedding::Mount => {
            if let Some(root) = root.cast::<web_sys::Node>() {
                mount::report_view(&root, message);
            }
        }
    }
}

fn set_title(title: &str) {
    if let Some(d) = web_sys::window().and_then(|w| w.document()) {
        d.set_title(title);
    }
}

/// The element with this id inside the app (its own page or its shadow root).
fn find(root: &NodeRef, id: &str) -> Option<web_sys::Element> {
    let root = root.cast::<web_sys::Element>()?;
    // Ids are made of source keys ([A-Za-z0-9_.-]) and digits: quoted in an
    // attribute selector they need no escaping.
    root.query_selector(&format!("[id=\"{id}\"]"))
        .ok()
        .flatten()
}

/// Scrolls each element into view within its column, nearest edge first.
pub fn reveal(root: &NodeRef, ids: &[String]) {
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Nearest);
    options.set_inline(web_sys::ScrollLogicalPosition::Nearest);
    for id in ids {
        if let Some(element) = find(root, id) {
            element.scroll_into_view_with_scroll_into_view_options(&options);
        }
    }
}

/// Moves keyboard focus to an element (the skip link's target).
pub fn focus(root: &NodeRef, id: &str) {
    if let Some(element) = find(root, id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

pub fn input_value(event: &InputEvent) -> Option<String> {
    let target = event.target()?;
    if let Some(area) = target.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        return Some(area.value());
    }
    Some(target.dyn_into::<web_sys::HtmlInputElement>().ok()?.value())
}

pub fn select_value(event: &Event) -> Option<String> {
    let select: web_sys::HtmlSelectElement = event.target()?.dyn_into().ok()?;
    Some(select.value())
}

/// Opens a `<dialog>` as a modal (focus moves in, Escape and its form close it).
pub fn open_dialog(dialog: &NodeRef) {
    if let Some(dialog) = dialog.cast::<web_sys::HtmlDialogElement>()
        && !dialog.open()
    {
        let _ = dialog.show_modal();
    }
}
