//! Corpus links in the reader: `corpus_link` frames and checks, the browser's
//! own `CompressionStream("deflate-raw")` deflates and inflates, so the wasm
//! carries no compressor. The same raw deflate as the native `miniz_oxide`,
//! so links made by either open in both.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Blob, ReadableStream, ReadableStreamDefaultReader, ReadableWritablePair, WritableStream,
};

use crate::corpus_link::{self, LinkError, MAX_UNPACKED_BYTES, cannot_unpack, too_large_unpacked};
use crate::engine::RawArticle;

// web-sys has these only behind `web_sys_unstable_apis`; the two
// constructors and their streams are all the reader needs.
#[wasm_bindgen]
extern "C" {
    type CompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<CompressionStream, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &CompressionStream) -> ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &CompressionStream) -> WritableStream;

    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &DecompressionStream) -> ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &DecompressionStream) -> WritableStream;
}

/// Packs a corpus into a link payload.
pub async fn encode(articles: &[RawArticle]) -> Result<String, LinkError> {
    let json = corpus_link::corpus_json(articles)?;
    let stream = CompressionStream::new("deflate-raw").map_err(|_| unsupported())?;
    let pair = ReadableWritablePair::new(&stream.readable(), &stream.writable());
    // Read whole (the corpus passed intake's limits), so a refusal can say
    // how large the link would have been.
    let deflated = read_all(&blob_of(&json)?.stream().pipe_through(&pair), usize::MAX)
        .await
        .map_err(|_| unsupported())?;
    corpus_link::frame(&deflated)
}

/// Opens a link payload. Inflation stops, and the stream is cancelled, as
/// soon as the output passes [`MAX_UNPACKED_BYTES`]: a bomb never unpacks.
pub async fn decode(payload: &str) -> Result<Vec<RawArticle>, LinkError> {
    let deflated = corpus_link::unframe(payload)?;
    let stream = DecompressionStream::new("deflate-raw").map_err(|_| unsupported())?;
    let pair = ReadableWritablePair::new(&stream.readable(), &stream.writable());
    let json = read_all(
        &blob_of(&deflated)?.stream().pipe_through(&pair),
        MAX_UNPACKED_BYTES,
    )
    .await
    .map_err(|e| match e {
        Read::TooLong => too_large_unpacked(),
        Read::Failed => cannot_unpack(),
    })?;
    corpus_link::corpus_from_json(&json)
}

fn unsupported() -> LinkError {
    LinkError::Damaged {
        why: "this browser cannot unpack or pack links (no CompressionStream)",
    }
}

fn blob_of(bytes: &[u8]) -> Result<Blob, LinkError> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    Blob::new_with_u8_array_sequence(&parts).map_err(|_| unsupported())
}

enum Read {
    TooLong,
    Failed,
}

/// Reads a stream chunk by chunk, cancelling it once it passes `limit` bytes.
async fn read_all(stream: &ReadableStream, limit: usize) -> Result<Vec<u8>, Read> {
    let reader: ReadableStreamDefaultReader = stream.get_reader().unchecked_into();
    let mut out = Vec::new();
    loop {
        let result = JsFuture::from(reader.read())
            .await
            .map_err(|_| Read::Failed)?;
        let done = js_sys::Reflect::get(&result, &"done".into())
            .map(|d| d.is_truthy())
            .map_err(|_| Read::Failed)?;
        if done {
            return Ok(out);
        }
        let chunk = js_sys::Reflect::get(&result, &"value".into()).map_err(|_| Read::Failed)?;
        let chunk: js_sys::Uint8Array = chunk.dyn_into().map_err(|_| Read::Failed)?;
        if out.len() + chunk.length() as usize > limit {
            let _ = reader.cancel();
            return Err(Read::TooLong);
        }
        let at = out.len();
        out.resize(at + chunk.length() as usize, 0);
        chunk.copy_to(&mut out[at..]);
    }
}
