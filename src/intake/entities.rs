//! HTML character references (`&amp;`, `&#8217;`, `&eacute;`) decoded to text.
//!
//! All numeric references are decoded as WHATWG says (windows-1252 for
//! 0x80–0x9F, U+FFFD for what is not a character). Named references are the
//! Latin-1 set, the typographic set news pages use, and the XML five: the full
//! table of 2,231 names costs about 50 KB of wasm, and an unknown name simply
//! stays as written, which a reader can still read.

/// Latin-1 names in code point order: `LATIN1[i]` is U+00A0 + i. These are
/// also the names WHATWG decodes without a closing semicolon in text.
const LATIN1: [&str; 96] = [
    "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf",
    "laquo", "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro",
    "para", "middot", "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest",
    "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute",
    "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute",
    "Ocirc", "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute",
    "THORN", "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil",
    "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde",
    "ograve", "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc",
    "uuml", "yacute", "thorn", "yuml",
];

/// The XML five (legacy: decoded without a semicolon too).
const BASIC: [(&str, char); 5] = [
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
];

/// Typography, currency and the Latin Extended letters news text uses.
const TYPOGRAPHIC: [(&str, char); 42] = [
    ("ndash", '–'),
    ("mdash", '—'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("sbquo", '‚'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("bdquo", '„'),
    ("lsaquo", '‹'),
    ("rsaquo", '›'),
    ("hellip", '…'),
    ("bull", '•'),
    ("dagger", '†'),
    ("Dagger", '‡'),
    ("permil", '‰'),
    ("prime", '′'),
    ("Prime", '″'),
    ("oline", '‾'),
    ("frasl", '⁄'),
    ("euro", '€'),
    ("trade", '™'),
    ("minus", '−'),
    ("larr", '←'),
    ("rarr", '→'),
    ("uarr", '↑'),
    ("darr", '↓'),
    ("harr", '↔'),
    ("ensp", '\u{2002}'),
    ("emsp", '\u{2003}'),
    ("thinsp", '\u{2009}'),
    ("zwnj", '\u{200C}'),
    ("zwj", '\u{200D}'),
    ("lrm", '\u{200E}'),
    ("rlm", '\u{200F}'),
    ("OElig", 'Œ'),
    ("oelig", 'œ'),
    ("Scaron", 'Š'),
    ("scaron", 'š'),
    ("Yuml", 'Ÿ'),
    ("fnof", 'ƒ'),
    ("circ", 'ˆ'),
    ("tilde", '˜'),
];

/// WHATWG's windows-1252 reading of numeric references 0x80–0x9F; 0 where the
/// code page has no character.
const WINDOWS_1252: [u16; 32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC,
    0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
];

/// Where a reference appears: attribute values do not decode legacy names
/// without a semicolon (`?a=1&copy=2` is a URL, not a copyright sign).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Text,
    Attribute,
}

/// Appends `raw` to `out` with its character references decoded.
pub fn decode_into(raw: &str, context: Context, out: &mut String) {
    let mut rest = raw;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        match reference(after, context) {
            Some((c, used)) => {
                out.push(c);
                rest = &after[used..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
}

/// `raw` with its character references decoded.
pub fn decode(raw: &str, context: Context) -> String {
    let mut out = String::with_capacity(raw.len());
    decode_into(raw, context, &mut out);
    out
}

/// The character a reference after `&` stands for and how many bytes of
/// `after` it used, or `None` when it is no reference (the `&` is literal).
fn reference(after: &str, context: Context) -> Option<(char, usize)> {
    let bytes = after.as_bytes();
    if bytes.first() == Some(&b'#') {
        return numeric(after);
    }
    let name_len = bytes
        .iter()
        .take(32)
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    let name = &after[..name_len];
    if bytes.get(name_len) == Some(&b';')
        && let Some(c) = named(name)
    {
        return Some((c, name_len + 1));
    }
    if context == Context::Attribute {
        return None;
    }
    // Legacy references without a semicolon: the longest known prefix.
    (2..=name_len.min(6))
        .rev()
        .find_map(|len| legacy(&name[..len]).map(|c| (c, len)))
}

fn named(name: &str) -> Option<char> {
    legacy(name).or_else(|| {
        TYPOGRAPHIC
            .iter()
            .find(|(n, _)| *n == name)
            .map(|&(_, c)| c)
    })
}

/// Names decoded even without a closing semicolon.
fn legacy(name: &str) -> Option<char> {
    if let Some(&(_, c)) = BASIC.iter().find(|(n, _)| *n == name) {
        return Some(c);
    }
    let i = LATIN1.iter().position(|n| *n == name)?;
    char::from_u32(0xA0 + i as u32)
}

/// `#123;` or `#x7B;` (the semicolon is optional, as browsers read it).
fn numeric(after: &str) -> Option<(char, usize)> {
    let bytes = after.as_bytes();
    let (radix, start) = match bytes.get(1) {
        Some(b'x' | b'X') => (16, 2),
        _ => (10, 1),
    };
    let digits = bytes[start..]
        .iter()
        .take_while(|b| {
            if radix == 16 {
                b.is_ascii_hexdigit()
            } else {
                b.is_ascii_digit()
            }
        })
        .count();
    if digits == 0 {
        return None;
    }
    let value = after[start..start + digits]
        .chars()
        .filter_map(|c| c.to_digit(radix))
        .fold(0u32, |v, d| v.saturating_mul(radix).saturating_add(d));
    let mut used = start + digits;
    if bytes.get(used) == Some(&b';') {
        used += 1;
    }
    Some((code_point(value), used))
}

/// WHATWG's numeric character reference end state, in short.
fn code_point(value: u32) -> char {
    match value {
        0x80..=0x9F => match WINDOWS_1252[(value - 0x80) as usize] {
            0 => char::REPLACEMENT_CHARACTER,
            mapped => char::from_u32(u32::from(mapped)).unwrap_or(char::REPLACEMENT_CHARACTER),
        },
        0 => char::REPLACEMENT_CHARACTER,
        v => char::from_u32(v).unwrap_or(char::REPLACEMENT_CHARACTER),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn named_numeric_and_legacy_references_decode() {
        let cases = [
            ("Fish &amp; chips", "Fish & chips"),
            ("&lt;script&gt;", "<script>"),
            ("caf&eacute; &mdash; &euro;5", "café — €5"),
            ("&#8220;Yes&#8221;", "“Yes”"),
            ("&#x2019;&#X2019;", "’’"),
            ("&#146;", "’"),
            (
                "&#0;&#xD800;&#x110000;&#129;",
                "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}",
            ),
            ("&#99999999999999999999;", "\u{FFFD}"),
            ("AT&T &copy 2026", "AT&T © 2026"),
            ("&notit;", "¬it;"),
            ("&unknown; & &; &#; &#x;", "&unknown; & &; &#; &#x;"),
            ("&#65", "A"),
            ("trailing &", "trailing &"),
        ];
        for (raw, want) in cases {
            assert_eq!(decode(raw, Context::Text), want, "{raw:?}");
        }
    }

    #[test]
    fn attributes_keep_legacy_names_without_semicolon() {
        assert_eq!(
            decode("?a=1&copy=2&amp;b", Context::Attribute),
            "?a=1&copy=2&b"
        );
    }

    #[test]
    fn the_latin1_table_is_in_code_point_order() {
        assert_eq!(named("nbsp"), Some('\u{A0}'));
        assert_eq!(named("iquest"), Some('¿'));
        assert_eq!(named("Agrave"), Some('À'));
        assert_eq!(named("times"), Some('×'));
        assert_eq!(named("divide"), Some('÷'));
        assert_eq!(named("yuml"), Some('ÿ'));
    }

    proptest! {
        #[test]
        fn decoding_never_panics_and_text_without_ampersand_is_unchanged(s in "\\PC*") {
            let decoded = decode(&s, Context::Text);
            if !s.contains('&') {
                prop_assert_eq!(decoded, s);
            }
        }

        #[test]
        fn references_like_input_never_panics(s in "(&#?[xX]?[0-9a-zA-Z]{0,8};?|[a-z ]){0,20}") {
            let _ = decode(&s, Context::Text);
            let _ = decode(&s, Context::Attribute);
        }
    }
}
