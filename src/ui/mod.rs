//! The reader: a Yew single-page app over one [`Comparison`](crate::engine::Comparison).
//!
//! Data flows one way: the URL hash is parsed into a [`route::Route`], checked
//! against the comparison into a [`route::Page`], turned into a view model by a
//! pure function in [`view`], and printed by a component in [`components`].
//! [`mode`] says where the reader runs (its own page, an iframe, a script
//! mount). Only [`web`] (wasm32) touches the browser; everything else compiles
//! natively and is tested there, components through Yew's server-side
//! renderer. The functions below are the one door between the two: in the
//! browser they call into `web`, natively they do nothing.

pub mod analysis;
pub mod components;
pub mod host_message;
pub mod library;
pub mod location;
pub mod mode;
pub mod route;
pub mod state;
pub mod view;

#[cfg(target_arch = "wasm32")]
pub mod web;

#[cfg(test)]
mod fixture;

use yew::{Callback, NodeRef, UseReducerDispatcher};

use crate::ui::host_message::HostMessage;
use crate::ui::mode::{Embedding, Mode};

/// Brings the elements with these ids inside the app at `root` into view.
pub(crate) fn reveal(root: &NodeRef, ids: &[String]) {
    #[cfg(target_arch = "wasm32")]
    web::reveal(root, ids);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (root, ids);
}

/// The value of the `<select>` an event came from (the browser only).
pub(crate) fn select_value(event: &yew::events::Event) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    return web::select_value(event);
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = event;
        None
    }
}

/// The value of the `<input>` or `<textarea>` an event came from (the browser only).
pub(crate) fn input_value(event: &yew::events::InputEvent) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    return web::input_value(event);
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = event;
        None
    }
}

/// Moves keyboard focus to the element with this id inside the app at `root`.
pub(crate) fn focus(root: &NodeRef, id: &str) {
    #[cfg(target_arch = "wasm32")]
    web::focus(root, id);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (root, id);
}

/// Follows navigation into the reader's state: the URL hash on a page or in
/// an iframe, the app's own link clicks in a script mount. Returns the
/// clean-up that stops following.
pub(crate) fn follow_navigation(
    mode: Mode,
    root: NodeRef,
    dispatcher: UseReducerDispatcher<state::ReaderState>,
) -> impl FnOnce() {
    #[cfg(target_arch = "wasm32")]
    return web::follow_navigation(mode, root, dispatcher);
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (mode, root, dispatcher);
        || ()
    }
}

/// Tells the embedding page (or the tab's title) which view is shown.
pub(crate) fn announce_view(embedding: Embedding, root: &NodeRef, message: &HostMessage) {
    #[cfg(target_arch = "wasm32")]
    web::announce_view(embedding, root, message);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (embedding, root, message);
}

/// Copies `text`, then tells `done` whether it worked (with the reason if
/// not). When it did not, the element at `fallback` (an input or textarea
/// holding the text) is selected so the reader can copy it by hand.
pub(crate) fn copy_text(text: String, fallback: NodeRef, done: Callback<Result<(), String>>) {
    #[cfg(target_arch = "wasm32")]
    yew::platform::spawn_local(async move {
        let result = web::clipboard::copy(&text).await;
        if result.is_err()
            && let Some(element) = fallback.cast::<web_sys::Element>()
        {
            web::clipboard::select(&element);
        }
        done.emit(result);
    });
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (text, fallback, done);
}

/// Opens the `<dialog>` at `dialog` as a modal.
pub(crate) fn open_dialog(dialog: &NodeRef) {
    #[cfg(target_arch = "wasm32")]
    web::open_dialog(dialog);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = dialog;
}

/// Offers `text` as a download named `name` (the browser only); says why
/// when the browser will not.
pub(crate) fn save_file(name: &str, mime: &str, text: &str) -> Result<(), String> {
    #[cfg(target_arch = "wasm32")]
    return web::download::save(name, mime, text);
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (name, mime, text);
        Err("files are saved only in a browser".to_owned())
    }
}

/// Compares a reader's own articles without freezing the page: `on_progress`
/// hears how far it has got, `done` gets the comparison or the reason there is
/// none. The work stops being reported once the returned job is cancelled or
/// dropped.
pub(crate) fn analyse_articles(
    articles: Vec<crate::engine::RawArticle>,
    on_progress: Callback<analysis::Progress>,
    on_page: Callback<()>,
    done: Callback<Result<std::rc::Rc<crate::engine::Comparison>, String>>,
) -> analysis::AnalysisJob {
    let job = analysis::AnalysisJob::default();
    #[cfg(target_arch = "wasm32")]
    web::analysis::start(articles, &job, on_progress, on_page, done);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (articles, on_progress, on_page, done);
    job
}

/// Reads the file chosen in the `<input type="file">` an event came from (at
/// most `limit` bytes), then tells `done`: the bytes, `None` when nothing was
/// chosen, or why it could not be read.
pub(crate) fn read_chosen_file(
    event: yew::events::Event,
    limit: usize,
    done: Callback<Result<Option<Vec<u8>>, String>>,
) {
    #[cfg(target_arch = "wasm32")]
    yew::platform::spawn_local(async move {
        done.emit(web::file::read_chosen(&event, limit).await);
    });
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (event, limit, done);
}

/// Moves to a hash (a view inside a corpus), so the browser's history holds it.
pub(crate) fn go_to(hash: &str) {
    #[cfg(target_arch = "wasm32")]
    web::set_hash(hash);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = hash;
}

/// Replaces the current history entry's hash without a new entry or a
/// `hashchange` (a link corpus, once kept, is addressed by its key).
pub(crate) fn replace_hash(hash: &str) {
    #[cfg(target_arch = "wasm32")]
    web::replace_hash(hash);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = hash;
}

/// Reads the files of a picker's change event or of a drop as article
/// drafts; each file that is not one gets the sentence saying why.
pub(crate) fn read_article_files(
    event: yew::events::Event,
    done: Callback<Vec<Result<crate::intake::ArticleDraft, String>>>,
) {
    #[cfg(target_arch = "wasm32")]
    {
        let files = web::file::files_of(&event);
        yew::platform::spawn_local(async move {
            done.emit(web::file::drafts(files).await);
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (event, done);
}

/// The kept corpora as storage holds them now, when it holds a list this
/// reader reads whole: another tab may have changed it since start-up, and
/// a change made from the list read at start-up would undo the other tab's.
pub(crate) fn stored_corpora() -> Option<crate::saved::SavedCorpora> {
    #[cfg(target_arch = "wasm32")]
    {
        let value = web::storage::read().ok()?;
        let loaded = crate::saved::SavedCorpora::read(value.as_deref());
        (loaded.writable && loaded.problems.is_empty()).then_some(loaded.corpora)
    }
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// Calls `changed` when another tab of this reader writes the kept list;
/// returns what stops listening.
pub(crate) fn follow_stored_corpora(changed: Callback<()>) -> impl FnOnce() {
    #[cfg(target_arch = "wasm32")]
    return web::storage::follow(changed);
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = changed;
        || ()
    }
}

/// Writes the kept corpora to the browser's storage; says why not.
pub(crate) fn store_corpora(value: &str) -> Result<(), String> {
    #[cfg(target_arch = "wasm32")]
    return web::storage::write(value);
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = value;
        Err("corpora are kept only in a browser".to_owned())
    }
}

/// Packs a corpus into a link payload (deflated by the browser in the reader).
pub(crate) fn make_link(
    articles: Vec<crate::engine::RawArticle>,
    done: Callback<Result<String, crate::corpus_link::LinkError>>,
) {
    #[cfg(target_arch = "wasm32")]
    yew::platform::spawn_local(async move {
        done.emit(web::link::encode(&articles).await);
    });
    #[cfg(not(target_arch = "wasm32"))]
    done.emit(crate::corpus_link::encode(&articles));
}

/// Opens a link payload into the corpus it carries.
pub(crate) fn open_link(
    payload: String,
    done: Callback<Result<Vec<crate::engine::RawArticle>, crate::corpus_link::LinkError>>,
) {
    #[cfg(target_arch = "wasm32")]
    yew::platform::spawn_local(async move {
        done.emit(web::link::decode(&payload).await);
    });
    #[cfg(not(target_arch = "wasm32"))]
    done.emit(crate::corpus_link::decode(&payload));
}
