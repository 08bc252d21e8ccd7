//! The reader: a Yew single-page app over one [`Comparison`](crate::engine::Comparison).
//!
//! Data flows one way: the URL hash is parsed into a [`route::Route`], checked
//! against the comparison into a [`route::Page`], turned into a view model by a
//! pure function in [`view`], and printed by a component in [`components`].
//! Only [`web`] (wasm32) touches the browser; everything else compiles natively
//! and is tested there, components through Yew's server-side renderer.

pub mod components;
pub mod route;
pub mod state;
pub mod view;

#[cfg(target_arch = "wasm32")]
pub mod web;

#[cfg(test)]
mod fixture;

/// Brings the elements with these ids into view (the browser only; natively,
/// where components are rendered to HTML for tests, there is nothing to scroll).
pub(crate) fn reveal(ids: &[String]) {
    #[cfg(target_arch = "wasm32")]
    web::reveal(ids);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = ids;
}

/// Moves to a route by setting the URL hash, so the browser's history holds it.
pub(crate) fn go(route: &route::Route) {
    #[cfg(target_arch = "wasm32")]
    web::set_hash(&route.hash());
    #[cfg(not(target_arch = "wasm32"))]
    let _ = route;
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

/// Moves keyboard focus to the element with this id (the browser only).
pub(crate) fn focus(id: &str) {
    #[cfg(target_arch = "wasm32")]
    web::focus(id);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = id;
}

/// Follows the URL hash into the reader's state (the browser only); returns
/// the clean-up that stops following it.
pub(crate) fn listen_to_hash(
    dispatcher: yew::UseReducerDispatcher<state::ReaderState>,
) -> impl FnOnce() {
    #[cfg(target_arch = "wasm32")]
    return web::listen_to_hash(dispatcher);
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = dispatcher;
        || ()
    }
}
