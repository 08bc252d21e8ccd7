//! Copying text for Share and Embed. The Clipboard API needs a secure context
//! and the page's (or the embedding iframe's) permission; where it is missing
//! or refused, the caller shows the text selected for the reader to copy.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Writes `text` to the clipboard, or says why it could not.
pub async fn copy(text: &str) -> Result<(), String> {
    let navigator = web_sys::window()
        .ok_or_else(|| "there is no window".to_owned())?
        .navigator();
    // `navigator.clipboard` is undefined outside secure contexts; calling into
    // it would throw through the wasm.
    let present = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .map(|c| !c.is_undefined() && !c.is_null())
        .unwrap_or(false);
    if !present {
        return Err("this browser does not let pages copy here".to_owned());
    }
    JsFuture::from(navigator.clipboard().write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| "the browser refused to copy".to_owned())
}

/// Selects the text of an `<input>` or `<textarea>`, so the reader can copy it.
pub fn select(element: &web_sys::Element) {
    if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
        input.select();
    } else if let Some(area) = element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.select();
    }
}
