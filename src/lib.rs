//! Parallax: one news story read across many outlets.
//!
//! [`engine`] turns raw article text into a [`engine::Comparison`]; it is pure
//! Rust with no browser dependency and runs unchanged natively and in wasm.
//! [`corpus`] holds the articles embedded from `seeds/` at build time.

pub mod corpus;
pub mod engine;
