//! Numbers as values with units: "20 percent" = "20%", "two dozen" = 24,
//! "more than two dozen" > 24, "several thousand" = 3,000 to 9,000,
//! "nearly four years" just under 4, "four-year war" = 4 years.

use super::tokens::Token;
use crate::engine::decimal;
use crate::engine::lexicon::{Lexicon, NumberWord, Qualifier};
use crate::engine::model::{Quantity, Span};

/// Units that name a calendar position rather than an amount; they help align
/// sentences but two different ones are rarely a conflict.
pub const CALENDAR: &str = "calendar";

/// Finds the quantities in a sentence.
pub fn find_quantities(tokens: &[Token], lex: &Lexicon) -> Vec<Quantity> {
    let mut out = Vec::new();
    let mut i = 0;
    // Most words are not numbers: the loop only skips them, and reading a
    // number is a call, so the loop stays small (see `quantity_at`).
    while i < tokens.len() {
        i = if tokens[i].number_like {
            quantity_at(tokens, i, lex, &mut out)
        } else {
            i + 1
        };
    }
    out
}

/// Reads the quantity that starts at token `i`, if there is one, into `out`;
/// returns the token after it. Kept out of line: it runs for few tokens, and
/// a loop that holds it inline costs the browser's wasm tiering as much per
/// word as if every word were read as a number.
#[inline(never)]
fn quantity_at(tokens: &[Token], i: usize, lex: &Lexicon, out: &mut Vec<Quantity>) -> usize {
    let Some((low, high, last, ordinal)) = read_number(tokens, i, lex) else {
        return i + 1;
    };
    let (qualifier, first) = read_qualifier(tokens, i, lex);
    let (low, high) = qualify(low, high, qualifier);
    let (unit, unit_last) = read_unit(tokens, i, last, lex);
    if ordinal && !is_time_unit(&unit) {
        return last + 1; // "first line", "second round": not an amount
    }
    if tokens[i].lower() == "one" && unit.is_empty() {
        return last + 1; // "one of", "no one"
    }
    let (low, high) = if ordinal {
        (low - 1.0, low)
    } else {
        (low, high)
    };
    let end_token = unit_last.unwrap_or(last);
    out.push(Quantity {
        span: Span {
            start: tokens[first].start,
            end: tokens[end_token].end,
        },
        low,
        high,
        unit,
    });
    end_token.max(last) + 1
}

fn is_time_unit(unit: &str) -> bool {
    matches!(
        unit,
        "year" | "month" | "week" | "day" | "decad" | "centuri" | "anniversari" | "term"
    )
}

/// Reads a number at `i`, a number-like token (the caller has checked):
/// digits or number words, with multipliers.
/// Returns (low, high, index of its last token, is ordinal).
fn read_number(tokens: &[Token], i: usize, lex: &Lexicon) -> Option<(f64, f64, usize, bool)> {
    let t = &tokens[i];
    let (mut low, mut high, ordinal) = if t.numeric {
        // A numeric token's stem is its text without thousands separators.
        let v = decimal::read_numeral(t.stem())?;
        (v, v, false)
    } else {
        match lex.number_word(t.lower())? {
            NumberWord::Cardinal(v) => {
                if lex.multipliers.contains_key(t.lower()) && !matches!(t.lower(), "dozen") {
                    // "thousand" alone is not a count; "a thousand" is handled as one thousand
                    let prev_is_a = i > 0 && tokens[i - 1].lower() == "a";
                    if !prev_is_a {
                        return None;
                    }
                }
                if t.lower() == "half" {
                    return None;
                }
                (v, v, false)
            }
            NumberWord::Vague(low, high) => (low, high, false),
            NumberWord::Ordinal(v) => (v, v, true),
        }
    };
    let mut last = i;
    while let Some(next) = tokens.get(last + 1) {
        if let Some(&m) = lex.multipliers.get(next.lower()) {
            low *= m;
            high *= m;
        } else if let Some(&c) = lex.cardinals.get(next.lower()) {
            // "twenty five"
            if !((20.0..100.0).contains(&low) && c < 10.0 && low == high) {
                break;
            }
            low += c;
            high += c;
        } else {
            break;
        }
        last += 1;
    }
    Some((low, high, last, ordinal))
}

/// "4th", "21st".
pub(crate) fn digit_ordinal(lower: &str) -> Option<f64> {
    let digits = lower
        .strip_suffix("th")
        .or_else(|| lower.strip_suffix("st"))
        .or_else(|| lower.strip_suffix("nd"))
        .or_else(|| lower.strip_suffix("rd"))?;
    decimal::read_numeral(digits)
}

/// A qualifier just before the number ("more than", "nearly").
fn read_qualifier(tokens: &[Token], i: usize, lex: &Lexicon) -> (Option<Qualifier>, usize) {
    // "at least $160 million": the currency sign sits between.
    let i = if i > 0 && tokens[i - 1].symbol {
        i - 1
    } else {
        i
    };
    for n in [2usize, 1] {
        if i < n {
            continue;
        }
        let words: Vec<String> = tokens[i - n..i]
            .iter()
            .map(|t| t.lower().to_string())
            .collect();
        if let Some(&q) = lex.qualifiers.get(&words) {
            return (Some(q), i - n);
        }
    }
    (None, i)
}

fn qualify(low: f64, high: f64, q: Option<Qualifier>) -> (f64, f64) {
    match q {
        None => (low, high),
        Some(Qualifier::MoreThan) => (next_up(high), f64::MAX),
        Some(Qualifier::AtLeast) => (low, f64::MAX),
        Some(Qualifier::AtMost) => (0.0, high),
        Some(Qualifier::Nearly) => (low * 0.8, high),
        Some(Qualifier::About) => (low * 0.85, high * 1.15),
    }
}

fn next_up(v: f64) -> f64 {
    v + v.abs().max(1.0) * 1e-9
}

/// The unit after a number: `percent`, a currency before it, a calendar year,
/// or the stem of the counted noun ("35 countries" -> `countri`).
fn read_unit(tokens: &[Token], i: usize, last: usize, lex: &Lexicon) -> (String, Option<usize>) {
    if i > 0 && tokens[i - 1].symbol {
        let currency = match tokens[i - 1].lower() {
            "$" => "currency:usd",
            "€" => "currency:eur",
            "£" => "currency:gbp",
            _ => "",
        };
        if !currency.is_empty() {
            return (currency.to_owned(), None);
        }
    }
    for n in [2usize, 1] {
        if last + n < tokens.len() {
            let words: Vec<String> = tokens[last + 1..=last + n]
                .iter()
                .map(|t| t.lower().to_string())
                .collect();
            if lex.percent.contains(&words) {
                return ("percent".to_owned(), Some(last + n));
            }
        }
    }
    let t = &tokens[i];
    let year_like = t.numeric
        && !t.lower().contains(',')
        && t.lower().len() == 4
        && (1800..=2100).contains(&t.lower().parse::<u32>().unwrap_or(0));
    let month_before = i > 0 && is_month(tokens[i - 1].lower());
    if year_like || month_before {
        return (CALENDAR.to_owned(), None);
    }
    // The counted noun: skip capitalised adjectives ("French troops") and
    // hyphen pieces; stop at function words.
    let mut j = last + 1;
    let mut skipped = 0;
    while j < tokens.len() && skipped <= 2 {
        let next = &tokens[j];
        if next.numeric || lex.cardinals.contains_key(next.lower()) || next.symbol {
            break;
        }
        if next.stop {
            break;
        }
        if next.capital && j + 1 < tokens.len() && !tokens[j + 1].stop {
            skipped += 1;
            j += 1;
            continue;
        }
        return (next.stem().to_string(), Some(j));
    }
    (String::new(), None)
}

fn is_month(lower: &str) -> bool {
    matches!(
        lower,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    )
}

/// Whether two quantities of the same unit can both be true.
pub fn compatible(a: &Quantity, b: &Quantity) -> bool {
    let tol = |v: f64| v.abs() * 0.02;
    a.low <= b.high + tol(b.high) && b.low <= a.high + tol(a.high)
}

/// A number as people write it: "35", "0.5", "800,000", "more than 24".
pub fn describe(q: &Quantity) -> String {
    let fmt = |v: f64| {
        if v.fract() == 0.0 && v.abs() < 1e15 {
            format!("{}", v as i64)
        } else {
            format!("{v:.2}")
        }
    };
    if q.high == f64::MAX {
        format!("more than {}", fmt(q.low))
    } else if q.low == q.high {
        fmt(q.low)
    } else {
        format!("{}–{}", fmt(q.low), fmt(q.high))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::analyse::tokens::{Vocabulary, tokenize};
    use crate::engine::lexicon::lexicon;

    fn q(text: &str) -> Vec<(f64, f64, String)> {
        let lex = lexicon();
        find_quantities(&tokenize(text, lex, &mut Vocabulary::default()), lex)
            .into_iter()
            .map(|q| (q.low, q.high, q.unit))
            .collect()
    }

    #[test]
    fn numbers_become_values_with_units() {
        let cases: &[(&str, f64, f64, &str)] = &[
            ("about 20 percent of it", 17.0, 23.0, "percent"),
            ("around 20% of Ukraine", 17.0, 23.0, "percent"),
            ("35 countries attended", 35.0, 35.0, "countri"),
            ("two dozen countries", 24.0, 24.0, "countri"),
            ("several thousand French troops", 3000.0, 9000.0, "troop"),
            ("the four-year war", 4.0, 4.0, "year"),
            ("800,000 troops", 800000.0, 800000.0, "troop"),
            ("at least $160 million", 160e6, f64::MAX, "currency:usd"),
            ("as the war enters its fourth year", 3.0, 4.0, "year"),
        ];
        for (text, low, high, unit) in cases {
            let found = q(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            let (l, h, u) = &found[0];
            assert!(
                (l - low).abs() < 1e-6 && (h - high).abs() < 1e-6 && u == unit,
                "{text}: {found:?}"
            );
        }
        let more = q("more than two dozen countries");
        assert!(more[0].0 > 24.0 && more[0].1 == f64::MAX && more[0].2 == "countri");
        assert_eq!(q("nearly four years")[0].1, 4.0);
        assert_eq!(q("in 2026")[0].2, CALENDAR);
        assert!(q("the first line of defence and one of them").is_empty());
    }

    #[test]
    fn compatibility_follows_ranges() {
        let lex = lexicon();
        let one =
            |t: &str| find_quantities(&tokenize(t, lex, &mut Vocabulary::default()), lex).remove(0);
        assert!(compatible(
            &one("35 countries"),
            &one("more than two dozen countries")
        ));
        assert!(compatible(
            &one("around 20%"),
            &one("approximately 20 percent")
        ));
        assert!(!compatible(&one("35 countries"), &one("15 countries")));
        assert!(compatible(
            &one("nearly four years"),
            &one("its fourth year")
        ));
    }
}
