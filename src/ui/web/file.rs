//! Reading the file a reader chose in an `<input type="file">`, whole, after
//! checking its size, so a huge file is refused before it is read.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The bytes of the first file chosen in the input an event came from;
/// `None` when the choice was cancelled.
pub async fn read_chosen(event: &web_sys::Event, limit: usize) -> Result<Option<Vec<u8>>, String> {
    let Some(input) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return Ok(None);
    };
    let Some(file) = input.files().and_then(|files| files.get(0)) else {
        return Ok(None);
    };
    if file.size() > limit as f64 {
        return Err(format!(
            "{} is too large ({} MB; the limit is {} MB)",
            file.name(),
            (file.size() / 1048576.0).ceil(),
            limit >> 20
        ));
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| format!("the browser could not read {}", file.name()))?;
    Ok(Some(js_sys::Uint8Array::new(&buffer).to_vec()))
}
