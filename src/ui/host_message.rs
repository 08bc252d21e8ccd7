//! What the reader, inside an iframe, tells the page that embeds it: its
//! height, in every shape hosts already understand, and the view it shows.
//! Plain serde types: `web` turns them into JavaScript values with
//! `serde-wasm-bindgen` and posts them to the parent window only.
//!
//! - Parallax's own shape, read by `embed.js` (which ignores every other shape
//!   and every window but the iframe it sized):
//!   `{"type":"parallax:resize","height":812}` and
//!   `{"type":"parallax:view","hash":"#/fact/3","url":"…","title":"…"}`;
//! - Datawrapper's responsive embed script: `{"datawrapper-height":{"<id>":812}}`;
//! - pym.js (`pym.Parent`): the string `pymxPYMx<childId>xPYMxheightxPYMx812`;
//! - AMP's `amp-iframe`: `{"sentinel":"amp","type":"embed-size","height":812}`.
//!
//! The reader hears one request, and only from its parent window:
//! `{"type":"parallax:hello"}`, which `embed.js` sends when it starts, since a
//! reader that loaded before it had nobody listening to its first messages.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The id the reader gives itself where a host's protocol wants one and the
/// host did not name it (Datawrapper's key; pym.js when no `childId` came).
pub const DEFAULT_ID: &str = "parallax";

/// Messages in Parallax's own shape.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type")]
pub enum HostMessage {
    /// The document's height in CSS pixels.
    #[serde(rename = "parallax:resize")]
    Resize { height: u32 },
    /// The view now shown: its short hash, the full reader's address for it,
    /// and a title, so the host can mirror it in its own URL.
    #[serde(rename = "parallax:view")]
    View {
        hash: String,
        url: String,
        title: String,
    },
}

/// What a host may ask of the reader.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(tag = "type")]
pub enum HostRequest {
    /// Say your height and view again.
    #[serde(rename = "parallax:hello")]
    Hello,
}

/// Datawrapper's height message: chart id → height.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DatawrapperHeight {
    #[serde(rename = "datawrapper-height")]
    pub heights: BTreeMap<String, u32>,
}

/// AMP's `embed-size` request to its `amp-iframe`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AmpEmbedSize {
    pub sentinel: &'static str,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub height: u32,
}

/// One height message in one host's shape.
#[derive(Debug, Clone, PartialEq)]
pub enum HeightMessage {
    Object(HeightObject),
    /// pym.js speaks in strings.
    Text(String),
}

/// The height messages that are objects.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum HeightObject {
    Parallax(HostMessage),
    Datawrapper(DatawrapperHeight),
    Amp(AmpEmbedSize),
}

/// The same height in every shape, Parallax's own first.
pub fn height_messages(height: u32, pym_id: &str) -> Vec<HeightMessage> {
    vec![
        HeightMessage::Object(HeightObject::Parallax(HostMessage::Resize { height })),
        HeightMessage::Object(HeightObject::Datawrapper(DatawrapperHeight {
            heights: BTreeMap::from([(DEFAULT_ID.to_owned(), height)]),
        })),
        HeightMessage::Text(format!("pymxPYMx{pym_id}xPYMxheightxPYMx{height}")),
        HeightMessage::Object(HeightObject::Amp(AmpEmbedSize {
            sentinel: "amp",
            kind: "embed-size",
            height,
        })),
    ]
}

/// The id pym.js gave this frame in its `childId` query parameter, when it
/// is one pym could have made (letters, digits, `-`, `_`, `.`, `:`); else the
/// default, so a crafted URL cannot put anything else into the message.
pub fn pym_id(child_id: Option<&str>) -> String {
    match child_id {
        Some(id)
            if !id.is_empty()
                && id.len() <= 100
                && id
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-_.:".contains(&b)) =>
        {
            id.to_owned()
        }
        _ => DEFAULT_ID.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json(message: &HeightMessage) -> String {
        match message {
            HeightMessage::Object(o) => serde_json::to_string(o).expect("serializes"),
            HeightMessage::Text(t) => t.clone(),
        }
    }

    #[test]
    fn every_host_gets_the_height_in_its_own_shape() {
        let shapes: Vec<String> = height_messages(812, "graphic-1").iter().map(json).collect();
        assert_eq!(
            shapes,
            [
                r#"{"type":"parallax:resize","height":812}"#,
                r#"{"datawrapper-height":{"parallax":812}}"#,
                "pymxPYMxgraphic-1xPYMxheightxPYMx812",
                r#"{"sentinel":"amp","type":"embed-size","height":812}"#,
            ]
        );
    }

    #[test]
    fn the_view_message_names_hash_address_and_title() {
        let view = HostMessage::View {
            hash: "#/fact/3".into(),
            url: "https://n.example/px/#/fact/3".into(),
            title: "Fact 3".into(),
        };
        assert_eq!(
            serde_json::to_string(&view).expect("serializes"),
            r##"{"type":"parallax:view","hash":"#/fact/3","url":"https://n.example/px/#/fact/3","title":"Fact 3"}"##
        );
    }

    #[test]
    fn only_a_hello_of_the_right_shape_is_a_request() {
        let hello: HostRequest =
            serde_json::from_str(r#"{"type":"parallax:hello","extra":1}"#).expect("a hello");
        assert_eq!(hello, HostRequest::Hello);
        for bad in [
            r##"{"type":"parallax:navigate","hash":"#/quotes"}"##,
            r#"{"type":"parallax:resize","height":9}"#,
            r#""parallax:hello""#,
            r#"{"kind":"parallax:hello"}"#,
            "null",
            "[1,2]",
        ] {
            assert!(serde_json::from_str::<HostRequest>(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_crafted_pym_id_falls_back_to_the_default() {
        assert_eq!(pym_id(Some("example-graphic_2")), "example-graphic_2");
        for bad in [None, Some(""), Some("x\"};alert(1)//"), Some("a b")] {
            assert_eq!(pym_id(bad), DEFAULT_ID, "{bad:?}");
        }
        assert_eq!(pym_id(Some(&"x".repeat(101))), DEFAULT_ID);
    }
}
