//! The script mount: `mount.js` loads the module and calls [`mount_all`],
//! which starts a reader inside every host element that asks for one:
//!
//! ```html
//! <div data-parallax-view="#/compare/000/001" data-parallax-theme="auto"></div>
//! <script type="module" src="https://…/mount.js"></script>
//! ```
//!
//! Style isolation: each reader renders into an open shadow root attached to
//! its host element, with the reader's stylesheets linked inside it. We chose
//! a shadow root over scoping every selector because scoping only works one
//! way: a host rule such as `* { all: revert; font: 30px serif }` or
//! `div { margin: 2em }` would still reach every element of ours for each
//! property we do not set ourselves. Across a shadow boundary no selector
//! matches in either direction; only inherited properties and `rem` cross it,
//! and `.parallax-scope` (in `styles/tokens.css`) resets the first with
//! `all: initial` and pins the second with its own `--u` unit.

use std::cell::Cell;
use std::rc::Rc;

use serde::Serialize;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use crate::engine::Comparison;
use crate::ui::components::app::{App, AppProps};
use crate::ui::host_message::HostMessage;
use crate::ui::library::Stored;
use crate::ui::mode::Mode;
use crate::ui::route::Route;
use crate::ui::web::{analyse, apply_theme};

/// The stylesheets `index.html` links, in its order (Trunk writes them to
/// dist/ under these names; `filehash = false` in `Trunk.toml`). A browser test
/// checks the two lists agree.
const STYLESHEETS: [&str; 4] = ["tokens.css", "reader.css", "embed.css", "print.css"];

/// Mounts a reader in every `[data-parallax-view]` element not mounted yet;
/// `base` is the directory `mount.js` was loaded from. Returns how many.
#[wasm_bindgen(js_name = mountAll)]
pub fn mount_all(base: String) -> usize {
    // A worker from another origin is refused, so on most hosts analyses of
    // a reader's own articles run on the main thread; on the reader's own
    // origin they get the worker.
    crate::ui::web::analysis::set_files(Some(base.clone()));
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return 0;
    };
    let Ok(hosts) =
        document.query_selector_all("[data-parallax-view]:not([data-parallax-mounted])")
    else {
        return 0;
    };
    let mut comparison: Option<Rc<Comparison>> = None;
    let mut mounted = 0;
    for i in 0..hosts.length() {
        let Some(host) = hosts
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let _ = host.set_attribute("data-parallax-mounted", "");
        let comparison = comparison.get_or_insert_with(|| analyse().0).clone();
        match mount(&document, &host, &base, comparison) {
            Ok(()) => mounted += 1,
            Err(problem) => {
                let _ = host.set_attribute("role", "alert");
                host.set_text_content(Some(&format!("Parallax could not start here: {problem}")));
            }
        }
    }
    mounted
}

fn mount(
    document: &web_sys::Document,
    host: &web_sys::Element,
    base: &str,
    comparison: Rc<Comparison>,
) -> Result<(), String> {
    let shadow = host
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .map_err(|_| {
            format!(
                "a <{}> element cannot hold it (use a <div>), or something else already draws inside it.",
                host.tag_name().to_lowercase()
            )
        })?;
    let mode = Mode::for_mount(base, host.get_attribute("data-parallax-theme").as_deref());
    let scope = document
        .create_element("div")
        .map_err(|_| "the page would not make an element.".to_owned())?;
    scope.set_class_name("parallax-scope");
    apply_theme(&scope, mode.theme);
    // Hidden until its stylesheets are in, so the host never shows the
    // reader unstyled; a stylesheet that fails to load shows it anyway.
    let _ = scope.set_attribute("hidden", "");
    let waiting = Rc::new(Cell::new(STYLESHEETS.len()));
    for name in STYLESHEETS {
        let link = document
            .create_element("link")
            .map_err(|_| "the page would not make an element.".to_owned())?
            .dyn_into::<web_sys::HtmlLinkElement>()
            .map_err(|_| "the page would not make a stylesheet link.".to_owned())?;
        link.set_rel("stylesheet");
        link.set_href(&format!("{}{name}", mode.base()));
        let (waiting, scope) = (waiting.clone(), scope.clone());
        let done = Closure::once_into_js(move || {
            waiting.set(waiting.get().saturating_sub(1));
            if waiting.get() == 0 {
                let _ = scope.remove_attribute("hidden");
            }
        });
        // One of load or error fires, once; the other handler is never called.
        link.set_onload(Some(done.unchecked_ref()));
        link.set_onerror(Some(done.unchecked_ref()));
        let _ = shadow.append_child(&link);
    }
    shadow
        .append_child(&scope)
        .map_err(|_| "the page would not take the reader.".to_owned())?;
    // A mount shows the reader's example; its own corpora live on its page.
    let route = Route::parse(&host.get_attribute("data-parallax-view").unwrap_or_default());
    yew::Renderer::<App>::with_root_and_props(
        scope,
        AppProps {
            comparison,
            location: crate::ui::location::Location {
                corpus: crate::ui::location::Corpus::Example,
                route,
            },
            stored: Stored::default(),
            analysis_ms: None,
            mode,
        },
    )
    .render();
    Ok(())
}

/// Dispatches `parallax:view` on the host element of the mount `node` sits
/// in, with the message as `detail`, so the host page can follow the view.
pub fn report_view(node: &web_sys::Node, message: &HostMessage) {
    let Some(host) = node
        .get_root_node()
        .dyn_into::<web_sys::ShadowRoot>()
        .ok()
        .map(|s| s.host())
    else {
        return;
    };
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let Ok(detail) = message.serialize(&serializer) else {
        return;
    };
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&detail);
    init.set_bubbles(true);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict("parallax:view", &init) {
        let _ = host.dispatch_event(&event);
    }
}
