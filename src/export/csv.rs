//! The comparison as CSV: one row per link, for spreadsheets and newsroom
//! pipelines.
//!
//! Quoting is RFC 4180's: fields with commas, quotes or line breaks are
//! quoted, quotes doubled. That is a few lines here rather than the `csv`
//! crate, whose writer also carries a float parser (for a quoting style not
//! used here) worth about 12 KB of the reader's gzipped wasm; the tests read
//! the output back with the crate. Text that a spreadsheet would run as a
//! formula (a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage
//! return) is prefixed with `'`, as OWASP advises, so an article cannot put
//! a formula into an editor's spreadsheet.

use crate::engine::{Comparison, DivergenceKind, Relation, SentenceRef};

/// The header row, in column order. Sentences are numbered from 0 in reading
/// order, as in the JSON and the reader's links.
pub const HEADER: [&str; 12] = [
    "link",
    "fact",
    "source_a",
    "sentence_a",
    "text_a",
    "source_b",
    "sentence_b",
    "text_b",
    "relation",
    "kind",
    "summary",
    "score",
];

/// The comparison's links as CSV with a header row, CRLF line ends.
pub fn export(c: &Comparison) -> String {
    let mut out = String::new();
    record(&mut out, &HEADER);
    let text = |r: &SentenceRef| {
        c.sentence(r)
            .map_or_else(String::new, |s| inert(&s.text).into_owned())
    };
    for (k, link) in c.links.iter().enumerate() {
        let divergence = link.divergence.and_then(|d| c.divergences.get(d));
        let row = [
            k.to_string(),
            link.fact.map(|f| f.to_string()).unwrap_or_default(),
            inert(&link.a.0).into_owned(),
            link.a.1.to_string(),
            text(&link.a),
            inert(&link.b.0).into_owned(),
            link.b.1.to_string(),
            text(&link.b),
            match link.relation {
                Relation::Agree => "agree",
                Relation::Diverge => "diverge",
            }
            .to_owned(),
            divergence.map_or("", |d| kind_name(d.kind)).to_owned(),
            divergence.map_or_else(String::new, |d| inert(&d.summary).into_owned()),
            format!("{:.3}", link.score),
        ];
        record(&mut out, &row);
    }
    out
}

/// One CSV record and its CRLF.
fn record<S: AsRef<str>>(out: &mut String, fields: &[S]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let field = field.as_ref();
        if field.contains([',', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(field);
        }
    }
    out.push_str("\r\n");
}

/// The kind as the JSON names it.
fn kind_name(kind: DivergenceKind) -> &'static str {
    match kind {
        DivergenceKind::Contradiction => "contradiction",
        DivergenceKind::Number => "number",
        DivergenceKind::Modality => "modality",
        DivergenceKind::QuoteWording => "quote_wording",
        DivergenceKind::Attribution => "attribution",
    }
}

/// Text a spreadsheet shows as text, never evaluates.
fn inert(text: &str) -> std::borrow::Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}").into()
    } else {
        text.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{Config, compare};

    fn rows(csv: &str) -> Vec<Vec<String>> {
        csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(csv.as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(str::to_owned).collect())
            .collect()
    }

    #[test]
    fn one_row_per_link_with_its_sentences_and_kind() {
        let c = compare(&crate::corpus::embedded(), &Config::default());
        let csv = export(&c);
        let rows = rows(&csv);
        assert_eq!(rows[0], HEADER);
        assert_eq!(rows.len(), c.links.len() + 1);
        for (k, (row, link)) in rows[1..].iter().zip(&c.links).enumerate() {
            assert_eq!(row.len(), HEADER.len());
            assert_eq!(row[0], k.to_string());
            assert_eq!(row[2], *link.a.0);
            assert_eq!(row[3], link.a.1.to_string());
            assert_eq!(row[4], c.sentence(&link.a).unwrap().text);
            assert_eq!(row[7], c.sentence(&link.b).unwrap().text);
            assert_eq!(row[8] == "diverge", link.relation == Relation::Diverge);
            assert_eq!(row[9].is_empty(), link.divergence.is_none());
        }
        let d = &c.divergences[0];
        let row = &rows[d.link + 1];
        assert_eq!(row[9], kind_name(d.kind));
        assert_eq!(row[10], d.summary);
        assert!(csv.ends_with("\r\n"));
    }

    #[test]
    fn commas_quotes_line_breaks_and_formulas_are_quoted_or_defused() {
        let mut c = compare(&crate::corpus::embedded(), &Config::default());
        let (a, b) = (c.links[0].a.clone(), c.links[0].b.clone());
        let formula = "=HYPERLINK(\"http://x\", \"click\"), she said,\n\"twice\".";
        c.sources
            .iter_mut()
            .find(|s| *s.id == *a.0)
            .unwrap()
            .sentences[a.1]
            .text = formula.into();
        c.sources
            .iter_mut()
            .find(|s| *s.id == *b.0)
            .unwrap()
            .sentences[b.1]
            .text = "-5, \"he\" said".into();
        let csv = export(&c);
        let row = &rows(&csv)[1];
        assert_eq!(row[4], format!("'{formula}"));
        assert_eq!(row[7], "'-5, \"he\" said");
        assert!(csv.contains(
            "\"'=HYPERLINK(\"\"http://x\"\", \"\"click\"\"), she said,\n\"\"twice\"\".\""
        ));
        assert_eq!(inert("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(inert("\tx"), "'\tx");
        assert_eq!(inert("Plain, \"quoted\""), "Plain, \"quoted\"");
    }

    #[test]
    fn a_comparison_with_no_links_is_a_header() {
        let c = compare(&[], &Config::default());
        assert_eq!(export(&c), format!("{}\r\n", HEADER.join(",")));
    }
}
