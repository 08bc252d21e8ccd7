//! Articles as files: a text plus an optional `<stem>.meta.json` sidecar. Used by
//! the command line for a directory and by the reader for the embedded seeds.

use crate::engine::{Metadata, RawArticle};

include!(concat!(env!("OUT_DIR"), "/seeds.rs"));

/// Reads a metadata sidecar. An empty sidecar means nothing is known. Read as
/// bytes, like the reader's other JSON: one copy of serde_json's parser.
pub fn parse_metadata(json: &str) -> Result<Metadata, String> {
    if json.trim().is_empty() {
        return Ok(Metadata::default());
    }
    serde_json::from_slice(json.as_bytes()).map_err(|e| format!("metadata is not valid: {e}"))
}

/// The corpus embedded from `seeds/` at build time, in id order. A sidecar that
/// cannot be read leaves that article's metadata unknown rather than failing.
pub fn embedded() -> Vec<RawArticle> {
    EMBEDDED
        .iter()
        .map(|(id, text, meta)| RawArticle {
            id: (*id).to_owned(),
            text: (*text).to_owned(),
            meta: parse_metadata(meta).unwrap_or_default(),
        })
        .collect()
}
