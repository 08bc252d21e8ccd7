//! The reader's kept corpora in `localStorage`, as one string under one key
//! (`saved.rs` reads and writes it). Any failure of the browser's storage
//! (disabled, full, refused in a private window) becomes a sentence; the
//! reader then keeps working with what it holds in memory.

/// The one key the reader writes.
const KEY: &str = "parallax.corpora";

fn storage() -> Result<web_sys::Storage, String> {
    web_sys::window()
        .ok_or_else(|| "there is no window".to_owned())?
        .local_storage()
        .map_err(|_| "this browser refuses storage to this page".to_owned())?
        .ok_or_else(|| "this browser has storage turned off".to_owned())
}

/// What is kept, `None` when nothing is.
pub fn read() -> Result<Option<String>, String> {
    storage()?
        .get_item(KEY)
        .map_err(|_| "this browser refuses storage to this page".to_owned())
}

pub fn write(value: &str) -> Result<(), String> {
    storage()?.set_item(KEY, value).map_err(|_| {
        "the browser's storage is full or refused the write (over its quota?)".to_owned()
    })
}

/// Calls `changed` when another tab writes the kept list (the browser's
/// `storage` event, which never fires in the tab that wrote); returns what
/// stops listening.
pub fn follow(changed: yew::Callback<()>) -> Box<dyn FnOnce()> {
    super::listen(
        web_sys::window().map(web_sys::EventTarget::from),
        "storage",
        wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(
            move |event: web_sys::Event| {
                // `key` is null when the other tab cleared all of storage.
                let key = js_sys::Reflect::get(&event, &"key".into()).ok();
                if key
                    .as_ref()
                    .and_then(|k| k.as_string())
                    .is_none_or(|k| k == KEY)
                {
                    changed.emit(());
                }
            },
        ),
    )
}
