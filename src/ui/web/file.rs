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

/// Every file in a list (a drop or a multiple picker) as an article draft, or
/// the sentence saying why it is not one. Name, extension and size are
/// checked before a file is read, so a 20 MB file is never read.
pub async fn drafts(files: Vec<web_sys::File>) -> Vec<Result<crate::intake::ArticleDraft, String>> {
    let mut out = Vec::new();
    for file in files {
        let name = file.name();
        let draft = match crate::intake::check_file(&name, file.size() as u64) {
            Err(e) => Err(e.to_string()),
            Ok(_) => match JsFuture::from(file.array_buffer()).await {
                Err(_) => Err(format!("the browser could not read {name}")),
                Ok(buffer) => {
                    crate::intake::from_file(&name, &js_sys::Uint8Array::new(&buffer).to_vec())
                        .map_err(|e| e.to_string())
                }
            },
        };
        out.push(draft);
    }
    out
}

/// The files of a picker's change event or of a drop.
pub fn files_of(event: &web_sys::Event) -> Vec<web_sys::File> {
    let list = |l: Option<web_sys::FileList>| {
        l.map(|l| (0..l.length()).filter_map(|i| l.get(i)).collect())
            .unwrap_or_default()
    };
    if let Some(drop) = event.dyn_ref::<web_sys::DragEvent>() {
        return list(drop.data_transfer().and_then(|d| d.files()));
    }
    let Some(input) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return Vec::new();
    };
    let files = list(input.files());
    // Choosing the same file again should read it again.
    input.set_value("");
    files
}
