//! View models: pure functions from the `Comparison` (and the page the URL
//! names) to plain values the components print. No text analysis happens here:
//! marks come from the engine's spans and diffs; this only arranges them.

pub mod all;
pub mod compare;
pub mod embed;
pub mod export;
pub mod fact;
pub mod links;
pub mod marks;
pub mod overview;
pub mod own;
pub mod quotes;
pub mod share;
pub mod sources;
