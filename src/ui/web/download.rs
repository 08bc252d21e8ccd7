//! Saving an export as a file: the text in a Blob, an object URL, and a click
//! on a detached `<a download>`. Nothing is sent anywhere; the URL is revoked
//! once the browser has taken the file.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// Offers `text` as a file named `name` of type `mime`, or says why not.
pub fn save(name: &str, mime: &str, text: &str) -> Result<(), String> {
    let refused = |_| "the browser refused to save the file".to_owned();
    let window = web_sys::window().ok_or_else(|| "there is no window".to_owned())?;
    let document = window
        .document()
        .ok_or_else(|| "there is no document".to_owned())?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(refused)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(refused)?;
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(refused)?
        .dyn_into()
        .map_err(|_| "the browser refused to save the file".to_owned())?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // Revoked on the next turn of the event loop: the download has the data.
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = window.set_timeout_with_callback(revoke.unchecked_ref());
    Ok(())
}
