//! A reader's own corpus carried inside a link, so a recipient sees the same
//! comparison with no server.
//!
//! Format 1, in the URL hash as base64url without padding:
//!
//! ```text
//! [format: u8 = 1][CRC-32 of format byte + deflated bytes: u32, big-endian][raw deflate of JSON]
//! ```
//!
//! Decoding refuses, each with its own error: text that is not base64url, an
//! unknown format, a checksum that does not match (a link cut short or
//! edited), deflate data that unpacks past [`MAX_UNPACKED_BYTES`] (a
//! decompression bomb: inflation stops there), JSON that is not a corpus, and
//! a corpus the reader could not compare. The CRC catches damage, not
//! forgery; a forged link still meets every other check.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::engine::{Metadata, RawArticle};
use crate::intake::{InputError, check_corpus};

/// The format this reader writes and reads.
pub const LINK_FORMAT: u8 = 1;

/// Longest payload a link carries, in characters: 32 KB keeps links within
/// what browsers, chat apps and mail clients pass along intact.
pub const MAX_LINK_CHARS: usize = 32 * 1024;

/// Most bytes a payload may unpack to. Text deflates about 3:1, so a full
/// link holds about 100 KB; 1 MiB leaves room and stops a bomb early.
pub const MAX_UNPACKED_BYTES: usize = 1024 * 1024;

const CRC32: crc::Crc<u32, crc::NoTable> =
    crc::Crc::<u32, crc::NoTable>::new(&crc::CRC_32_ISO_HDLC);

/// Format byte and checksum.
const HEADER: usize = 5;

/// Why a corpus cannot travel in a link, or a link cannot be opened.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum LinkError {
    #[error(
        "the articles are too large for a link ({} KB compressed; a link holds {} KB): use Export instead",
        .chars.div_ceil(1024), .limit / 1024
    )]
    TooLarge { chars: usize, limit: usize },
    #[error("the link carries no articles")]
    Empty,
    #[error("the link is damaged or cut short: {why}")]
    Damaged { why: &'static str },
    #[error(
        "the link was made by another version of Parallax (link format {version}; this reader opens format {LINK_FORMAT})"
    )]
    UnknownVersion { version: u8 },
    #[error("the link is damaged: its checksum does not match (was it cut short or edited?)")]
    Checksum,
    #[error("the link unpacks to more than {} KB and was refused", .limit / 1024)]
    TooLargeUnpacked { limit: usize },
    #[error("the link does not hold Parallax articles: {message}")]
    NotACorpus { message: String },
    #[error("the link's articles cannot be compared: {0}")]
    Invalid(#[from] InputError),
}

/// One article as a link carries it.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct LinkArticle {
    id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    outlet: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    date: Option<String>,
    text: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct LinkCorpus {
    articles: Vec<LinkArticle>,
}

/// The JSON a link carries for a corpus, once the corpus is checked as any
/// the reader adds. The first half of making a link; deflating it is the
/// caller's (`miniz_oxide` natively, the browser's `CompressionStream` in
/// the reader, so the wasm carries no compressor).
pub fn corpus_json(articles: &[RawArticle]) -> Result<Vec<u8>, LinkError> {
    check_corpus(articles)?;
    let corpus = LinkCorpus {
        articles: articles
            .iter()
            .map(|a| LinkArticle {
                id: a.id.clone(),
                title: a.meta.title.clone(),
                outlet: a.meta.outlet.clone(),
                date: a.meta.date.clone(),
                text: a.text.clone(),
            })
            .collect(),
    };
    serde_json::to_vec(&corpus).map_err(|e| LinkError::NotACorpus {
        message: e.to_string(),
    })
}

/// Frames deflated JSON as a link payload (format byte, checksum,
/// base64url); refused when longer than [`MAX_LINK_CHARS`].
pub fn frame(deflated: &[u8]) -> Result<String, LinkError> {
    let payload = frame_as(LINK_FORMAT, deflated);
    if payload.len() > MAX_LINK_CHARS {
        return Err(LinkError::TooLarge {
            chars: payload.len(),
            limit: MAX_LINK_CHARS,
        });
    }
    Ok(payload)
}

/// The deflated bytes a payload carries, once its length, alphabet, format
/// and checksum hold. Never panics, whatever the input.
pub fn unframe(payload: &str) -> Result<Vec<u8>, LinkError> {
    let payload = payload.trim();
    if payload.is_empty() {
        return Err(LinkError::Empty);
    }
    // Refused before decoding: no link Parallax makes is longer.
    if payload.len() > MAX_LINK_CHARS {
        return Err(LinkError::Damaged {
            why: "it is longer than any link Parallax makes",
        });
    }
    let mut bytes = data_encoding::BASE64URL_NOPAD
        .decode(payload.as_bytes())
        .map_err(|e| LinkError::Damaged {
            why: match e.kind {
                data_encoding::DecodeKind::Length => "its length is not that of any link",
                data_encoding::DecodeKind::Symbol => "it has characters a link never has",
                _ => "its last character was changed",
            },
        })?;
    let version = *bytes.first().ok_or(LinkError::Empty)?;
    if version != LINK_FORMAT {
        return Err(LinkError::UnknownVersion { version });
    }
    if bytes.len() <= HEADER {
        return Err(LinkError::Damaged {
            why: "it ends before its articles",
        });
    }
    let stored = u32::from_be_bytes([bytes[1], bytes[2], bytes[3], bytes[4]]);
    if stored != checksum(version, &bytes[HEADER..]) {
        return Err(LinkError::Checksum);
    }
    Ok(bytes.split_off(HEADER))
}

/// The error for deflate data that unpacks past [`MAX_UNPACKED_BYTES`].
pub fn too_large_unpacked() -> LinkError {
    LinkError::TooLargeUnpacked {
        limit: MAX_UNPACKED_BYTES,
    }
}

/// The error for deflate data that cannot be unpacked.
pub fn cannot_unpack() -> LinkError {
    LinkError::Damaged {
        why: "its compressed articles cannot be unpacked",
    }
}

/// The corpus in a payload's unpacked JSON, checked as any corpus the
/// reader adds.
pub fn corpus_from_json(json: &[u8]) -> Result<Vec<RawArticle>, LinkError> {
    let corpus: LinkCorpus = serde_json::from_slice(json).map_err(|e| LinkError::NotACorpus {
        message: e.to_string(),
    })?;
    let articles: Vec<RawArticle> = corpus
        .articles
        .into_iter()
        .map(|a| RawArticle {
            id: a.id,
            text: a.text,
            meta: Metadata {
                title: a.title,
                outlet: a.outlet,
                date: a.date,
                evidence: None,
            },
        })
        .collect();
    check_corpus(&articles)?;
    Ok(articles)
}

/// Packs a corpus into a link payload. Fails when the corpus could not be
/// compared anyway, or is larger than [`MAX_LINK_CHARS`] once packed.
#[cfg(not(target_arch = "wasm32"))]
pub fn encode(articles: &[RawArticle]) -> Result<String, LinkError> {
    frame(&miniz_oxide::deflate::compress_to_vec(
        &corpus_json(articles)?,
        9,
    ))
}

/// Opens a link payload into the corpus it carries, checked as any corpus
/// the reader adds. Never panics, whatever the input.
#[cfg(not(target_arch = "wasm32"))]
pub fn decode(payload: &str) -> Result<Vec<RawArticle>, LinkError> {
    let deflated = unframe(payload)?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&deflated, MAX_UNPACKED_BYTES)
        .map_err(|e| match e.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => too_large_unpacked(),
            _ => cannot_unpack(),
        })?;
    corpus_from_json(&json)
}

fn checksum(version: u8, deflated: &[u8]) -> u32 {
    let mut digest = CRC32.digest();
    digest.update(&[version]);
    digest.update(deflated);
    digest.finalize()
}

/// Frames deflated bytes under any format byte (tests make other versions).
fn frame_as(version: u8, deflated: &[u8]) -> String {
    let mut bytes = Vec::with_capacity(HEADER + deflated.len());
    bytes.push(version);
    bytes.extend(checksum(version, deflated).to_be_bytes());
    bytes.extend(deflated);
    data_encoding::BASE64URL_NOPAD.encode(&bytes)
}

/// Deflates and frames bytes, whatever their content (tests).
#[cfg(test)]
fn pack(version: u8, content: &[u8]) -> String {
    frame_as(version, &miniz_oxide::deflate::compress_to_vec(content, 9))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::intake::test_article as article;
    use proptest::prelude::*;

    fn two() -> Vec<RawArticle> {
        vec![
            article(
                "000",
                Some("Leaders meet"),
                "Leaders met in Paris on Tuesday.",
            ),
            article("001", None, "Thirty-five countries attended the summit."),
        ]
    }

    #[test]
    fn a_corpus_round_trips_and_the_seeds_fit_in_a_link() {
        let payload = encode(&two()).unwrap();
        assert!(
            payload
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        );
        assert_eq!(decode(&payload).unwrap(), two());
        let seeds: Vec<RawArticle> = crate::corpus::embedded()
            .into_iter()
            .map(|mut a| {
                a.meta.evidence = None;
                a
            })
            .collect();
        let payload = encode(&seeds).unwrap();
        assert!(payload.len() < MAX_LINK_CHARS, "{}", payload.len());
        assert_eq!(decode(&payload).unwrap(), seeds);
    }

    #[test]
    fn a_corpus_too_large_for_a_link_says_to_export() {
        // Words from a small generator: text that does not compress away.
        let mut state = 7u64;
        let mut words = |n: usize| {
            (0..n)
                .map(|_| {
                    state = state
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    format!("w{:x}", state >> 40)
                })
                .collect::<Vec<_>>()
                .join(" ")
        };
        let big = vec![
            article("000", None, &words(8000)),
            article("001", None, &words(8000)),
        ];
        let err = encode(&big).unwrap_err();
        assert!(matches!(err, LinkError::TooLarge { .. }));
        assert!(err.to_string().contains("use Export instead"), "{err}");
    }

    #[test]
    fn bad_payloads_each_get_their_error() {
        let good = encode(&two()).unwrap();
        let zeros = vec![b' '; 2 * MAX_UNPACKED_BYTES];
        let one = br#"{"articles":[{"id":"000","text":"Only one."}]}"#;
        type Expected = fn(&LinkError) -> bool;
        let cases: Vec<(String, Expected)> = vec![
            ("".into(), |e| matches!(e, LinkError::Empty)),
            ("not a link!".into(), |e| {
                matches!(e, LinkError::Damaged { .. })
            }),
            (good[..good.len() - 7].into(), |e| {
                matches!(e, LinkError::Damaged { .. } | LinkError::Checksum)
            }),
            (pack(2, b"{}"), |e| {
                matches!(e, LinkError::UnknownVersion { version: 2 })
            }),
            ("AQ".into(), |e| matches!(e, LinkError::Damaged { .. })),
            (pack(1, &zeros), |e| {
                matches!(e, LinkError::TooLargeUnpacked { .. })
            }),
            (pack(1, b"[1, 2, 3]"), |e| {
                matches!(e, LinkError::NotACorpus { .. })
            }),
            (pack(1, br#"{"articles":[],"x":1}"#), |e| {
                matches!(e, LinkError::NotACorpus { .. })
            }),
            (pack(1, one), |e| {
                matches!(e, LinkError::Invalid(InputError::TooFew { count: 1 }))
            }),
            (
                "A".repeat(MAX_LINK_CHARS + 1),
                |e| matches!(e, LinkError::Damaged { why } if why.contains("longer than any link")),
            ),
        ];
        for (payload, expected) in cases {
            let err = decode(&payload).unwrap_err();
            assert!(expected(&err), "{payload:.40}: {err:?}");
        }
        // The bomb is small as a link: the limit on unpacking is what stops it.
        assert!(pack(1, &zeros).len() < MAX_LINK_CHARS);
    }

    /// The payloads the wasm test opens with the browser's DecompressionStream
    /// (tests/wasm.rs), made here by miniz_oxide: checked, and written when missing.
    #[test]
    fn native_payloads_for_the_browser_test_are_current() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/own");
        let cases = [
            ("native-link.txt", encode(&two()).unwrap()),
            (
                "bomb-link.txt",
                pack(1, &vec![b' '; 2 * MAX_UNPACKED_BYTES]),
            ),
        ];
        for (name, payload) in cases {
            let path = dir.join(name);
            match std::fs::read_to_string(&path) {
                Ok(stored) => assert_eq!(stored.trim(), payload, "{name} is stale"),
                Err(_) => std::fs::write(&path, format!("{payload}\n")).unwrap(),
            }
        }
        let native = std::fs::read_to_string(dir.join("native-link.txt")).unwrap();
        assert_eq!(decode(native.trim()).unwrap(), two());
    }

    #[test]
    fn deflate_data_that_is_not_deflate_is_damaged() {
        let mut bytes = vec![LINK_FORMAT];
        let junk = [0xFFu8; 16];
        bytes.extend(checksum(LINK_FORMAT, &junk).to_be_bytes());
        bytes.extend(junk);
        let payload = data_encoding::BASE64URL_NOPAD.encode(&bytes);
        assert!(matches!(decode(&payload), Err(LinkError::Damaged { .. })));
    }

    #[test]
    fn every_truncation_is_refused() {
        let good = encode(&two()).unwrap();
        for len in 0..good.len() {
            assert!(decode(&good[..len]).is_err(), "prefix of {len}");
        }
    }

    fn corpora() -> impl Strategy<Value = Vec<RawArticle>> {
        proptest::collection::btree_set("[^\u{0}]*[\\pL\\pN][^\u{0}]*", 2..5).prop_flat_map(
            |texts| {
                let n = texts.len();
                (
                    Just(texts.into_iter().collect::<Vec<_>>()),
                    proptest::collection::vec(proptest::option::of("\\PC{0,20}"), n),
                )
                    .prop_map(|(texts, titles)| {
                        texts
                            .into_iter()
                            .zip(titles)
                            .enumerate()
                            .map(|(i, (text, title))| RawArticle {
                                id: format!("{i:03}"),
                                text,
                                meta: Metadata {
                                    title,
                                    outlet: Some("Outlet".into()),
                                    ..Metadata::default()
                                },
                            })
                            .collect()
                    })
            },
        )
    }

    proptest! {
        #[test]
        fn encoded_corpora_decode_to_themselves(articles in corpora()) {
            match encode(&articles) {
                Ok(payload) => prop_assert_eq!(decode(&payload)?, articles),
                // Texts equal up to case and spacing are one article twice.
                Err(LinkError::Invalid(InputError::Duplicate { .. } | InputError::Binary { .. })) => {}
                Err(e) => prop_assert!(false, "{e}"),
            }
        }

        #[test]
        fn any_changed_character_is_refused(index in any::<proptest::sample::Index>(), c in "[A-Za-z0-9_-]") {
            let good = encode(&two()).unwrap();
            let at = index.index(good.len());
            let mut changed = good.clone();
            changed.replace_range(at..at + 1, &c);
            prop_assume!(changed != good);
            prop_assert!(decode(&changed).is_err());
        }

        #[test]
        fn arbitrary_text_never_panics(s in "\\PC{0,200}") {
            let _ = decode(&s);
        }

        #[test]
        fn arbitrary_framed_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
            let _ = decode(&pack(1, &bytes));
            let _ = decode(&data_encoding::BASE64URL_NOPAD.encode(&bytes));
        }
    }
}
