//! Decimal numbers read into `f64` with the same answers as `str::parse`, but
//! without the standard library's float parser in the reader's wasm (its
//! tables and code are about 13 KB of the gzipped bundle).
//!
//! Every numeral in the news takes the exact path: at most 19 significant
//! digits that fit a double's mantissa, times or over a power of ten a double
//! holds exactly, is one correctly rounded operation. Anything longer goes to
//! the platform's correctly rounded parser (`str::parse` natively, the
//! browser's `parseFloat` in wasm), so the answer is the same everywhere.

use serde::{Deserialize, Deserializer, de::Error as _};

/// The powers of ten a double holds exactly.
const EXACT_POWERS: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// A numeral in a text: ASCII digits with at most one decimal point
/// ("800000", "3.5", ".5", "1."); anything else is `None`.
pub fn read_numeral(text: &str) -> Option<f64> {
    let bytes = text.as_bytes();
    let points = bytes.iter().filter(|&&b| b == b'.').count();
    let digits = bytes.iter().filter(|b| b.is_ascii_digit()).count();
    if points > 1 || digits == 0 || digits + points != bytes.len() {
        return None;
    }
    read(text)
}

/// A JSON number ("-0.25", "1e-7", "1.7976931348623157e308"); `None` for any
/// other JSON value (a string, `null`...) and for a number no double holds.
pub fn read_json_number(text: &str) -> Option<f64> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    if !digits.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    read(text).filter(|v| v.is_finite())
}

/// Reads an `f64` field from the JSON text of the number, so that what
/// `export::json` writes comes back bit for bit. The text is borrowed from
/// the input, so the JSON must be read from bytes or a string
/// (`serde_json::from_slice`, as everywhere here), not from a reader.
pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<f64, D::Error> {
    let raw = <&serde_json::value::RawValue>::deserialize(deserializer)?;
    read_json_number(raw.get())
        .ok_or_else(|| D::Error::custom(format!("{} is not a number a double holds", raw.get())))
}

/// `[-] digits [. digits] [e|E [+|-] digits]`, the caller having checked the
/// shape.
fn read(text: &str) -> Option<f64> {
    let (negative, rest) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (number, exponent) = match rest.find(['e', 'E']) {
        Some(at) => (&rest[..at], rest[at + 1..].parse::<i32>().ok()?),
        None => (rest, 0),
    };
    let mut mantissa: u64 = 0;
    let mut significant = 0usize;
    let mut scale = exponent;
    let mut seen_point = false;
    for b in number.bytes() {
        match b {
            b'.' if !seen_point => seen_point = true,
            b'0'..=b'9' => {
                if mantissa == 0 && b == b'0' {
                    // Leading zeros carry no digit, only a place.
                } else {
                    significant += 1;
                    if significant > 19 {
                        return platform_parse(text);
                    }
                    mantissa = mantissa * 10 + u64::from(b - b'0');
                }
                if seen_point {
                    scale = scale.checked_sub(1)?;
                }
            }
            _ => return None,
        }
    }
    let value = if mantissa == 0 {
        0.0
    } else if mantissa <= 1 << 53 && scale.unsigned_abs() < 23 {
        // Both operands are exact, so the one rounding of the product or
        // quotient is the correctly rounded result.
        let power = EXACT_POWERS[scale.unsigned_abs() as usize];
        if scale >= 0 {
            mantissa as f64 * power
        } else {
            mantissa as f64 / power
        }
    } else {
        return platform_parse(text);
    };
    Some(if negative { -value } else { value })
}

/// The platform's correctly rounded parser, for numerals the exact path
/// does not take.
#[cfg(not(target_arch = "wasm32"))]
fn platform_parse(text: &str) -> Option<f64> {
    text.parse().ok()
}

/// The browser's `parseFloat`, correctly rounded like `str::parse` on the
/// shapes [`read`] accepts.
#[cfg(target_arch = "wasm32")]
fn platform_parse(text: &str) -> Option<f64> {
    Some(js_sys::parse_float(text)).filter(|v| !v.is_nan())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn numerals_read_as_str_parse_reads_them() {
        for text in [
            "0",
            "7",
            "800000",
            "3.5",
            ".5",
            "1.",
            "0.1",
            "0.30000000000000004",
            "00012.50",
            "123456789012345678901234567890",
            "9007199254740993",
            "1.000000000000000000001",
            "0.000000000000000000000000000001",
            "18446744073709551616",
        ] {
            assert_eq!(read_numeral(text), text.parse().ok(), "{text}");
        }
        for text in [
            "", ".", "1.2.3", "1,000", "1e5", "inf", "nan", "-1", "+1", " 1", "1 ",
        ] {
            assert_eq!(read_numeral(text), None, "{text}");
        }
    }

    #[test]
    fn json_numbers_read_as_str_parse_reads_them() {
        for text in [
            "0",
            "-0",
            "0.0",
            "-0.25",
            "1e-7",
            "1E+22",
            "2.5e23",
            "5e-324",
            "1e-400",
            "1.7976931348623157e308",
            "0.1234567890123456789",
            "4.9406564584124654e-324",
        ] {
            let parsed: f64 = text.parse().unwrap();
            let read = read_json_number(text).unwrap();
            assert_eq!(read.to_bits(), parsed.to_bits(), "{text}");
        }
        assert_eq!(read_json_number("1e400"), None);
        assert_eq!(read_json_number("-1e400"), None);
        // What a field's raw JSON may hold instead of a number.
        for other in ["\"1.5\"", "\"\"", "null", "true", "[]", "{}", "-", "\"-1\""] {
            assert_eq!(read_json_number(other), None, "{other}");
        }
    }

    proptest! {
        #[test]
        fn numerals_match_str_parse(int in "[0-9]{1,25}", frac in proptest::option::of("[0-9]{0,25}")) {
            let text = match frac { Some(f) => format!("{int}.{f}"), None => int };
            prop_assert_eq!(read_numeral(&text), text.parse::<f64>().ok());
        }

        #[test]
        fn json_numbers_round_trip(bits: u64) {
            let x = f64::from_bits(bits);
            prop_assume!(x.is_finite());
            let text = serde_json::to_string(&x).unwrap();
            prop_assert_eq!(read_json_number(&text).map(f64::to_bits), Some(x.to_bits()), "{}", text);
        }
    }
}
