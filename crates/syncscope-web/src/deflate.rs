//! Raw DEFLATE (RFC 1951) for share links, by the browser: `CompressionStream` and
//! `DecompressionStream` with the `"deflate-raw"` format, which every browser the book
//! supports has. The module carries no coder of its own (the one it had was 758 lines; the
//! wasm module went from 340.2 to 338.2 KiB gzipped without it, `cargo xtask build`).
//!
//! Both directions are streams, so both are `async`. Links made by earlier widgets (by
//! miniz_oxide, then by a coder of our own) are ordinary raw DEFLATE and inflate the same.
//! web-sys declares the two stream classes only behind its unstable-API flag, so their
//! constructors are declared here; the streams themselves are web-sys's.

use js_sys::Uint8Array;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    ReadableStream, ReadableStreamDefaultReader, ReadableStreamReadResult, ReadableWritablePair,
    Response,
};

#[wasm_bindgen]
extern "C" {
    /// `CompressionStream`: a transform stream (`readable` and `writable`), so it serves as
    /// the pair `pipeThrough` takes.
    #[wasm_bindgen(js_name = CompressionStream)]
    type Compressor;
    #[wasm_bindgen(constructor, js_class = "CompressionStream", catch)]
    fn new(format: &str) -> Result<Compressor, JsValue>;

    #[wasm_bindgen(js_name = DecompressionStream)]
    type Decompressor;
    #[wasm_bindgen(constructor, js_class = "DecompressionStream", catch)]
    fn new(format: &str) -> Result<Decompressor, JsValue>;
}

/// Why bytes could not be deflated or inflated: the browser refused (damaged data, no such
/// API), or the output passed the limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Failed;

impl From<JsValue> for Failed {
    fn from(_: JsValue) -> Failed {
        Failed
    }
}

/// `bytes` as a stream piped through `transform`.
fn piped(bytes: &[u8], transform: &JsValue) -> Result<ReadableStream, Failed> {
    let mut copy = bytes.to_vec();
    let body = Response::new_with_opt_u8_array(Some(&mut copy))?
        .body()
        .ok_or(Failed)?;
    Ok(body.pipe_through(transform.unchecked_ref::<ReadableWritablePair>()))
}

/// Reads a stream to its end, giving up (and cancelling it) past `limit` bytes.
async fn read_all(stream: ReadableStream, limit: usize) -> Result<Vec<u8>, Failed> {
    let reader: ReadableStreamDefaultReader = stream.get_reader().unchecked_into();
    let mut out = Vec::new();
    loop {
        let result: ReadableStreamReadResult =
            JsFuture::from(reader.read()).await?.unchecked_into();
        if result.get_done() == Some(true) {
            return Ok(out);
        }
        let chunk = Uint8Array::new(&result.get_value());
        if out.len() + chunk.length() as usize > limit {
            // A link whose code inflates past the limit is refused without inflating the rest.
            let _ = reader.cancel();
            return Err(Failed);
        }
        let at = out.len();
        out.resize(at + chunk.length() as usize, 0);
        chunk.copy_to(&mut out[at..]);
    }
}

/// Deflates `bytes` (raw DEFLATE, the browser's choice of blocks).
pub async fn compress(bytes: &[u8]) -> Result<Vec<u8>, Failed> {
    let transform: JsValue = Compressor::new("deflate-raw")?.into();
    let stream = piped(bytes, &transform)?;
    read_all(stream, usize::MAX).await
}

/// Inflates raw DEFLATE `data`, failing on damaged data or past `limit` bytes of output.
pub async fn decompress(data: &[u8], limit: usize) -> Result<Vec<u8>, Failed> {
    let transform: JsValue = Decompressor::new("deflate-raw")?.into();
    let stream = piped(data, &transform)?;
    read_all(stream, limit).await
}
