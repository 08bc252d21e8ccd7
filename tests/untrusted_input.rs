//! What a reader pastes, drops, opens from a link or imports is untrusted:
//! whatever the bytes, intake, the link decoder and the JSON import return a
//! value or a typed error, never a panic, and what they accept holds the
//! promises the reader relies on.

use std::sync::OnceLock;

use parallax::corpus_link::{self, LINK_FORMAT};
use parallax::engine::{Comparison, Config, compare};
use parallax::export;
use parallax::intake::{self, MAX_TEXT_BYTES};
use proptest::prelude::*;

const NAMES: [&str; 6] = [
    "a.txt",
    "b.md",
    "c.html",
    "d.HTM",
    "e.markdown",
    "no-extension",
];

/// Bytes that look like the files readers drop: markup, entities, byte-order
/// marks and encodings, mixed with arbitrary bytes.
fn file_bytes() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        prop::collection::vec(any::<u8>(), 0..16),
        "\\PC{0,24}".prop_map(String::into_bytes),
        prop::sample::select(vec![
            "<p>",
            "</p>",
            "<script>",
            "</script>",
            "<!--",
            "-->",
            "<article>",
            "&amp;",
            "&#x",
            "&#99999999;",
            "<img onerror=x>",
            "# ",
            "---\ntitle: ",
            "```",
            "[a](",
            "<br/>",
            "\u{FEFF}",
            "\r\n",
            "\0",
        ])
        .prop_map(|s| s.as_bytes().to_vec()),
        Just(vec![0xFF, 0xFE]),
        Just(vec![0xFE, 0xFF]),
    ];
    prop::collection::vec(piece, 0..24).prop_map(|parts| parts.concat())
}

/// The link format around arbitrary content, with a correct checksum, so
/// the decoder's later stages see it.
fn framed(deflated: &[u8]) -> String {
    let crc = crc::Crc::<u32>::new(&crc::CRC_32_ISO_HDLC);
    let mut digest = crc.digest();
    digest.update(&[LINK_FORMAT]);
    digest.update(deflated);
    let mut bytes = vec![LINK_FORMAT];
    bytes.extend(digest.finalize().to_be_bytes());
    bytes.extend(deflated);
    data_encoding::BASE64URL_NOPAD.encode(&bytes)
}

fn seeds() -> &'static (Comparison, String) {
    static SEEDS: OnceLock<(Comparison, String)> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let c = compare(&parallax::corpus::embedded(), &Config::default());
        let json = export::json::export(&c).unwrap();
        (c, json)
    })
}

proptest! {
    #[test]
    fn files_become_articles_or_errors(name in prop::sample::select(NAMES.to_vec()), bytes in file_bytes()) {
        if let Ok(draft) = intake::from_file(name, &bytes) {
            prop_assert!(!draft.text.trim().is_empty());
            prop_assert!(!draft.text.contains('\0'));
            prop_assert!(draft.text.len() as u64 <= MAX_TEXT_BYTES);
            let _ = intake::notice(&draft);
        }
    }

    #[test]
    fn arbitrary_bytes_as_any_file(name in prop::sample::select(NAMES.to_vec()), bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = intake::from_file(name, &bytes);
    }

    #[test]
    fn pasted_text_and_corpora_never_panic(texts in prop::collection::vec("\\PC{0,80}", 0..4), title in prop::option::of("\\PC{0,10}")) {
        let drafts: Vec<_> = texts
            .iter()
            .filter_map(|t| intake::from_paste(t, title.as_deref(), None).ok())
            .collect();
        if let Ok(articles) = intake::corpus(&drafts) {
            prop_assert_eq!(intake::check_corpus(&articles), Ok(()));
            prop_assert!(articles.len() >= 2);
        }
    }

    #[test]
    fn link_payloads_never_panic(s in "\\PC{0,300}") {
        let _ = corpus_link::decode(&s);
    }

    #[test]
    fn framed_payloads_reach_every_stage_without_panicking(bytes in prop::collection::vec(any::<u8>(), 0..400), deflate in any::<bool>()) {
        // Deflated arbitrary bytes reach the JSON stage; raw arbitrary bytes
        // test the inflater on garbage.
        let content = if deflate { miniz_oxide::deflate::compress_to_vec(&bytes, 6) } else { bytes };
        prop_assert!(corpus_link::decode(&framed(&content)).is_err());
    }

    #[test]
    fn imports_of_arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        prop_assert!(export::json::import(&bytes).is_err());
    }

    #[test]
    fn an_edited_export_imports_or_is_refused_and_exports_again(at in any::<prop::sample::Index>(), digit in 0u8..10) {
        let (c, json) = seeds();
        // Change one digit: an index, a span, a count or a score.
        let digits: Vec<usize> = json.bytes().enumerate().filter(|(_, b)| b.is_ascii_digit()).map(|(i, _)| i).collect();
        let mut bytes = json.clone().into_bytes();
        bytes[digits[at.index(digits.len())]] = b'0' + digit;
        if let Ok(imported) = export::json::import(&bytes) {
            let _ = export::csv::export(&imported);
            let _ = export::markdown::export(&imported);
            prop_assert_eq!(imported.links.len(), c.links.len());
        }
    }
}

#[test]
fn a_json_object_that_is_not_a_corpus_is_refused_by_the_link() {
    let content = miniz_oxide::deflate::compress_to_vec(br#"{"articles": "none"}"#, 6);
    let err = corpus_link::decode(&framed(&content)).unwrap_err();
    assert!(
        err.to_string().contains("does not hold Parallax articles"),
        "{err}"
    );
}
