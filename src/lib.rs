//! Parallax: one news story read across many outlets.
//!
//! [`engine`] turns raw article text into a [`engine::Comparison`]; it is pure
//! Rust with no browser dependency and runs unchanged natively and in wasm.
//! [`corpus`] holds the articles embedded from `seeds/` at build time.
//! [`intake`] turns a reader's own pasted text and files into articles, and
//! [`corpus_link`] carries such a corpus inside a link. [`export`] writes a
//! comparison as JSON (and imports it again), CSV and a Markdown report.
//! [`saved`] is the format a reader's corpora are kept in across reloads.
//! `ui` is the reader, the Yew app that shows a comparison in the browser.

pub mod corpus;
pub mod corpus_link;
pub mod engine;
pub mod export;
pub mod intake;
pub mod saved;
/// The reader's components are built for the browser, and natively only for
/// their tests (rendered to HTML by Yew's server-side renderer).
#[cfg(any(target_arch = "wasm32", test))]
pub mod ui;
