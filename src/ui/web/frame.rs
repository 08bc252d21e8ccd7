//! The reader inside an iframe: it tells the parent window (and only the
//! parent) its height whenever it changes, in every shape hosts understand,
//! and the view it shows. The one message it hears is the parent's
//! `parallax:hello`, answered by saying both again; nothing a host or another
//! window posts can change what the reader shows.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use serde::Serialize;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use crate::ui::host_message::{HeightMessage, HostMessage, HostRequest, height_messages};

thread_local! {
    /// The last view told to the parent, to tell again on `parallax:hello`.
    static LAST_VIEW: RefCell<Option<HostMessage>> = const { RefCell::new(None) };
}

/// Whether the page runs inside a frame (its parent is another window).
pub fn is_framed(window: &web_sys::Window) -> bool {
    match window.parent() {
        Ok(Some(parent)) => JsValue::from(parent) != JsValue::from(window.clone()),
        _ => false,
    }
}

/// Watches the document's height and posts it to the parent each time it
/// changes, and again with the view when the parent says hello. The observer
/// and the listener live as long as the page, so their closures are kept for
/// good.
pub fn report_to_parent(pym_id: String) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(html) = window.document().and_then(|d| d.document_element()) else {
        return;
    };
    let last = Rc::new(Cell::new(0u32));
    let measure = {
        let (html, last) = (html.clone(), last.clone());
        move |again: bool| {
            // The document's own box, not its scroll height: that one never
            // shrinks below the iframe, so the frame could grow but not shrink.
            let height = html.get_bounding_client_rect().height().ceil().max(0.0) as u32;
            if height != last.replace(height) || again {
                for message in height_messages(height, &pym_id) {
                    match message {
                        HeightMessage::Object(o) => post(&o),
                        HeightMessage::Text(t) => post_value(&JsValue::from_str(&t)),
                    }
                }
            }
        }
    };
    let on_resize = {
        let measure = measure.clone();
        Closure::<dyn Fn()>::new(move || measure(false))
    };
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(&html);
        on_resize.forget();
    }
    let parent = window.parent().ok().flatten().map(JsValue::from);
    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            // Only the parent window is heard, and only a hello of the right shape.
            if event.source().map(JsValue::from) != parent {
                return;
            }
            if let Ok(HostRequest::Hello) =
                serde_wasm_bindgen::from_value::<HostRequest>(event.data())
            {
                measure(true);
                LAST_VIEW.with(|v| {
                    if let Some(view) = &*v.borrow() {
                        post(view);
                    }
                });
            }
        });
    let _ = window.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    on_message.forget();
}

/// Tells the parent which view the reader shows, so a host can mirror it.
pub fn report_view(message: &HostMessage) {
    LAST_VIEW.with(|v| *v.borrow_mut() = Some(message.clone()));
    post(message);
}

fn post(message: &impl Serialize) {
    // Plain objects, not JS Maps, so every host's listener can read them.
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    if let Ok(value) = message.serialize(&serializer) {
        post_value(&value);
    }
}

/// Posts to the parent window only. Its origin is unknown to a cross-origin
/// frame, hence the `*` target origin; nothing posted is private (a height,
/// and a view that is already in the iframe's address).
fn post_value(value: &JsValue) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if !is_framed(&window) {
        return;
    }
    if let Ok(Some(parent)) = window.parent() {
        let _ = parent.post_message(value, "*");
    }
}
