//! A tag-soup tokenizer after WHATWG's: text, start tags with their attributes,
//! end tags, and the raw content of `script`, `style`, `title` and the like,
//! which is never read as markup. Comments, doctypes and processing
//! instructions are skipped; a tag cut off by the end of input is dropped, as
//! browsers drop it.
//!
//! Written here rather than taken from a crate for size: the one that
//! tokenizes to the spec, html5gum 0.8 (no default features), built alone into
//! a wasm32 cdylib (opt-level "z", LTO) is 52 KB gzipped, this tokenizer with
//! its entity table 17 KB built the same way (2026-11-23), against a 400 KB
//! budget for the whole reader; and the small DOM parser `tl` reads tags
//! inside `<script>` (its issue 62). Every split point is an ASCII byte, so
//! every slice falls on a character boundary.

use super::entities::{self, Context};

/// Elements whose content is text up to their own end tag, never markup.
const RAW_TEXT: [&str; 10] = [
    "script",
    "style",
    "title",
    "textarea",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "noscript",
    "plaintext",
];

/// At most this many attributes are kept per tag; the rest are skipped.
const MAX_ATTRIBUTES: usize = 32;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StartTag {
    /// ASCII-lowercased.
    pub name: String,
    /// Lowercased names, decoded values, first of each name only.
    pub attributes: Vec<(String, String)>,
}

impl StartTag {
    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token<'a> {
    /// Character data with its references still encoded.
    Text(&'a str),
    Start(StartTag),
    /// ASCII-lowercased name.
    End(String),
    /// The content of a raw-text element (`script`, `title`...), undecoded.
    Raw {
        element: &'static str,
        text: &'a str,
    },
}

/// The tokens of an HTML document, in order.
pub struct Tokens<'a> {
    src: &'a str,
    pos: usize,
    /// Set after a raw-text element's start tag: its content comes next.
    raw: Option<&'static str>,
}

impl<'a> Tokens<'a> {
    pub fn new(src: &'a str) -> Self {
        Tokens {
            src,
            pos: 0,
            raw: None,
        }
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        if let Some(element) = self.raw.take() {
            let rest = &self.src[self.pos..];
            let len = if element == "plaintext" {
                rest.len()
            } else {
                raw_text_len(rest, element)
            };
            self.pos += len;
            return Some(Token::Raw {
                element,
                text: &rest[..len],
            });
        }
        while self.pos < self.src.len() {
            let rest = &self.src[self.pos..];
            if let Some(after) = rest.strip_prefix('<') {
                match markup(rest) {
                    Some((token, used)) => {
                        self.pos += used;
                        if let Some(token) = token {
                            if let Token::Start(tag) = &token {
                                self.raw = RAW_TEXT.iter().copied().find(|r| *r == tag.name);
                            }
                            return Some(token);
                        }
                        continue;
                    }
                    // A `<` that opens nothing is a character.
                    None => {
                        let len = 1 + after.find('<').unwrap_or(after.len());
                        self.pos += len;
                        return Some(Token::Text(&rest[..len]));
                    }
                }
            }
            let len = rest.find('<').unwrap_or(rest.len());
            self.pos += len;
            return Some(Token::Text(&rest[..len]));
        }
        None
    }
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// Reads the markup at a `<`: the token (or `None` when it is skipped, as a
/// comment is) and the bytes it used; `None` when the `<` is plain text.
fn markup(rest: &str) -> Option<(Option<Token<'_>>, usize)> {
    let bytes = rest.as_bytes();
    match bytes.get(1).copied() {
        Some(b'!') if rest.starts_with("<!--") => Some((None, comment_len(rest))),
        Some(b'!' | b'?') => Some((None, through_gt(rest, 2))),
        Some(b'/') => match bytes.get(2).copied() {
            Some(b) if b.is_ascii_alphabetic() => Some(match tag(rest, 2) {
                Some((tag, used)) => (Some(Token::End(tag.name)), used),
                None => (None, rest.len()),
            }),
            Some(b'>') => Some((None, 3)),
            Some(_) => Some((None, through_gt(rest, 2))),
            None => None,
        },
        Some(b) if b.is_ascii_alphabetic() => Some(match tag(rest, 1) {
            Some((tag, used)) => (Some(Token::Start(tag)), used),
            None => (None, rest.len()),
        }),
        _ => None,
    }
}

/// A comment runs to `-->` (or `--!>`); `<!-->` and `<!--->` are empty ones.
fn comment_len(rest: &str) -> usize {
    let body = &rest[4..];
    if body.starts_with('>') {
        return 5;
    }
    if body.starts_with("->") {
        return 6;
    }
    let ends = [("-->", 3), ("--!>", 4)];
    ends.iter()
        .filter_map(|(end, n)| body.find(end).map(|at| 4 + at + n))
        .min()
        .unwrap_or(rest.len())
}

/// Up to and including the next `>` from `from`, or to the end.
fn through_gt(rest: &str, from: usize) -> usize {
    rest[from..]
        .find('>')
        .map_or(rest.len(), |at| from + at + 1)
}

/// Parses a tag whose name starts at `from`; `None` when the input ends
/// inside it. Returns the tag and the bytes used, including the `>`.
fn tag(rest: &str, from: usize) -> Option<(StartTag, usize)> {
    let bytes = rest.as_bytes();
    let mut i = from;
    while i < bytes.len() && !is_space(bytes[i]) && bytes[i] != b'/' && bytes[i] != b'>' {
        i += 1;
    }
    let mut tag = StartTag {
        name: rest[from..i].to_ascii_lowercase(),
        attributes: Vec::new(),
    };
    loop {
        while i < bytes.len() && (is_space(bytes[i]) || bytes[i] == b'/') {
            i += 1;
        }
        match bytes.get(i) {
            None => return None,
            Some(b'>') => return Some((tag, i + 1)),
            Some(_) => {}
        }
        // The first character of a name may be `=`, as the spec allows.
        let name_start = i;
        i += 1;
        while i < bytes.len() && !is_space(bytes[i]) && !matches!(bytes[i], b'/' | b'>' | b'=') {
            i += 1;
        }
        let name = &rest[name_start..i];
        while i < bytes.len() && is_space(bytes[i]) {
            i += 1;
        }
        let mut value = "";
        if bytes.get(i) == Some(&b'=') {
            i += 1;
            while i < bytes.len() && is_space(bytes[i]) {
                i += 1;
            }
            match bytes.get(i).copied() {
                None => return None,
                Some(q @ (b'"' | b'\'')) => {
                    let close = rest[i + 1..].find(q as char)?;
                    value = &rest[i + 1..i + 1 + close];
                    i += close + 2;
                }
                Some(_) => {
                    let start = i;
                    while i < bytes.len() && !is_space(bytes[i]) && bytes[i] != b'>' {
                        i += 1;
                    }
                    value = &rest[start..i];
                }
            }
        }
        let name = name.to_ascii_lowercase();
        if tag.attributes.len() < MAX_ATTRIBUTES && tag.attribute(&name).is_none() {
            let value = entities::decode(value, Context::Attribute);
            tag.attributes.push((name, value));
        }
    }
}

/// Length of a raw-text element's content: up to `</element` followed by a
/// space, `/` or `>` (any case), or the whole rest.
fn raw_text_len(rest: &str, element: &str) -> usize {
    let bytes = rest.as_bytes();
    let mut from = 0;
    while let Some(at) = rest[from..].find("</") {
        let name_at = from + at + 2;
        let name_end = name_at + element.len();
        if bytes
            .get(name_at..name_end)
            .is_some_and(|n| n.eq_ignore_ascii_case(element.as_bytes()))
            && bytes
                .get(name_end)
                .is_none_or(|&b| is_space(b) || b == b'/' || b == b'>')
        {
            return from + at;
        }
        from = name_at;
    }
    rest.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn tokens(html: &str) -> Vec<Token<'_>> {
        Tokens::new(html).collect()
    }

    fn start(name: &str, attributes: &[(&str, &str)]) -> Token<'static> {
        Token::Start(StartTag {
            name: name.to_owned(),
            attributes: attributes
                .iter()
                .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
                .collect(),
        })
    }

    #[test]
    fn tags_attributes_and_text() {
        assert_eq!(
            tokens(r#"<P Class="a b" id=x hidden data-q='1>2'>Hi &amp; bye</p>"#),
            vec![
                start(
                    "p",
                    &[
                        ("class", "a b"),
                        ("id", "x"),
                        ("hidden", ""),
                        ("data-q", "1>2")
                    ]
                ),
                Token::Text("Hi &amp; bye"),
                Token::End("p".into()),
            ]
        );
    }

    #[test]
    fn script_content_is_raw_until_its_own_end_tag() {
        assert_eq!(
            tokens("<script>if (a<b) { x = '</p>'; }</SCRIPT >after"),
            vec![
                start("script", &[]),
                Token::Raw {
                    element: "script",
                    text: "if (a<b) { x = '</p>'; }"
                },
                Token::End("script".into()),
                Token::Text("after"),
            ]
        );
        assert_eq!(
            tokens("<style>p{}</styles></style>"),
            vec![
                start("style", &[]),
                Token::Raw {
                    element: "style",
                    text: "p{}</styles>"
                },
                Token::End("style".into()),
            ]
        );
    }

    #[test]
    fn comments_doctypes_and_bogus_markup_are_skipped() {
        assert_eq!(
            tokens("<!DOCTYPE html>a<!-- <p>x</p> -->b<!-->c<!--->d<?xml x?>e</>f</ x>g"),
            vec![
                Token::Text("a"),
                Token::Text("b"),
                Token::Text("c"),
                Token::Text("d"),
                Token::Text("e"),
                Token::Text("f"),
                Token::Text("g"),
            ]
        );
    }

    #[test]
    fn a_lone_less_than_is_text_and_a_cut_tag_is_dropped() {
        assert_eq!(
            tokens("1 < 2 <3"),
            vec![Token::Text("1 "), Token::Text("< 2 "), Token::Text("<3")]
        );
        assert_eq!(tokens("a<p class=\"x"), vec![Token::Text("a")]);
        assert_eq!(tokens("a</"), vec![Token::Text("a"), Token::Text("</")]);
        assert_eq!(tokens("<!-- open"), vec![]);
    }

    #[test]
    fn unterminated_raw_text_runs_to_the_end() {
        assert_eq!(
            tokens("<title>A &amp; B"),
            vec![
                start("title", &[]),
                Token::Raw {
                    element: "title",
                    text: "A &amp; B"
                }
            ]
        );
    }

    proptest! {
        #[test]
        fn never_panics_and_text_is_drawn_from_the_input(s in "\\PC{0,300}") {
            for token in Tokens::new(&s) {
                if let Token::Text(t) | Token::Raw { text: t, .. } = token {
                    prop_assert!(s.contains(t));
                }
            }
        }

        #[test]
        fn never_panics_on_markup_like_input(
            s in "(<|</|>|<!--|-->|<script>|</script>|<p a=\"|'|\"|=|[a-z ]|&amp;|\u{e9}){0,60}"
        ) {
            let _ = Tokens::new(&s).count();
        }
    }
}
