//! Markdown reduced to the text a reader sees: headings, paragraphs and list
//! items as paragraphs; emphasis, link targets, images, inline HTML, fences and
//! front matter dropped; escapes and entities resolved.
//!
//! Line by line rather than with a CommonMark parser: pulldown-cmark 0.13 (no
//! default features) built alone into a wasm32 cdylib (opt-level "z", LTO) is
//! 85 KB gzipped, this module with the entity table 29 KB built the same way
//! (2026-11-23), and an article needs its words, not its tree. Every scan is linear in the line (brackets and backtick runs
//! are matched in one pass), so a hostile file cannot make it slow.

mod inline;

use inline::inline;

/// A Markdown file's title and text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MarkdownArticle {
    /// Front matter `title:`, else the first level-one heading.
    pub title: Option<String>,
    /// Paragraphs separated by blank lines.
    pub text: String,
}

/// Reduces a Markdown document to its text. Never fails.
pub fn reduce(markdown: &str) -> MarkdownArticle {
    let (front_title, body) = front_matter(markdown);
    let body = strip_raw_html(body);
    let mut out = Output::default();
    let mut title = front_title;
    let mut fence: Option<(char, usize)> = None;
    let mut previous_text = false;
    for line in body.lines() {
        if let Some((c, n)) = fence {
            if fence_marker(line).is_some_and(|(c2, n2)| c2 == c && n2 >= n) {
                fence = None;
                out.blank();
            } else {
                out.line(line.trim_end());
            }
            continue;
        }
        if let Some(marker) = fence_marker(line) {
            fence = Some(marker);
            out.blank();
            continue;
        }
        let line = strip_quote_markers(line);
        let trimmed = line.trim();
        if is_table_rule(trimmed) {
            continue;
        }
        if trimmed.is_empty() || is_reference_definition(trimmed) {
            out.blank();
            previous_text = false;
            continue;
        }
        if is_rule(trimmed, '=') && previous_text {
            // A setext underline: the line above was a level-one heading.
            if title.is_none() {
                title = out.last_line().map(str::to_owned);
            }
            out.blank();
            previous_text = false;
            continue;
        }
        if is_rule(trimmed, '-') || is_rule(trimmed, '*') || is_rule(trimmed, '_') {
            out.blank();
            previous_text = false;
            continue;
        }
        if let Some((level, text)) = atx_heading(trimmed) {
            let text = inline(text);
            if level == 1 && title.is_none() && !text.is_empty() {
                title = Some(text.clone());
            }
            out.blank();
            out.line(&text);
            out.blank();
            previous_text = false;
            continue;
        }
        let (item, rest) = list_item(trimmed);
        if item {
            out.blank();
        }
        let rest = table_row(rest);
        // Spaces run together as a rendered page shows them.
        let text = inline(&rest);
        out.line(&text.split_whitespace().collect::<Vec<_>>().join(" "));
        previous_text = true;
    }
    MarkdownArticle {
        title,
        text: out.finish(),
    }
}

/// Paragraph-aware output: no runs of blank lines, none at either end.
#[derive(Default)]
struct Output {
    text: String,
    pending_blank: bool,
}

impl Output {
    fn blank(&mut self) {
        self.pending_blank = !self.text.is_empty();
    }

    fn line(&mut self, line: &str) {
        if line.is_empty() {
            return;
        }
        if !self.text.is_empty() {
            self.text
                .push_str(if self.pending_blank { "\n\n" } else { "\n" });
        }
        self.pending_blank = false;
        self.text.push_str(line);
    }

    fn last_line(&self) -> Option<&str> {
        self.text.lines().next_back().filter(|l| !l.is_empty())
    }

    fn finish(self) -> String {
        self.text
    }
}

/// A leading `---` block's `title:` and the rest of the document.
fn front_matter(markdown: &str) -> (Option<String>, &str) {
    let md = markdown.trim_start_matches('\u{FEFF}');
    let Some(rest) = md
        .strip_prefix("---\n")
        .or_else(|| md.strip_prefix("---\r\n"))
    else {
        return (None, md);
    };
    let mut offset = 0;
    let mut title = None;
    for line in rest.split_inclusive('\n') {
        offset += line.len();
        let trimmed = line.trim();
        if trimmed == "---" || trimmed == "..." {
            return (title, &rest[offset..]);
        }
        if let Some(value) = trimmed.strip_prefix("title:") {
            let value = value.trim().trim_matches(['"', '\'']).trim();
            if !value.is_empty() {
                title = Some(value.to_owned());
            }
        }
    }
    // Never closed: not front matter after all.
    (None, md)
}

/// Removes HTML comments and `<script>`/`<style>` elements with their content,
/// across lines; other inline HTML loses its tags in [`inline`].
fn strip_raw_html(markdown: &str) -> String {
    let lower = markdown.to_ascii_lowercase();
    let mut out = String::with_capacity(markdown.len());
    let mut at = 0;
    while let Some(found) = lower[at..].find('<') {
        let start = at + found;
        let rest = &lower[start..];
        let end = if let Some(comment) = rest.strip_prefix("<!--") {
            comment
                .find("-->")
                .map_or(lower.len(), |e| start + 4 + e + 3)
        } else if let Some(element) = ["script", "style"].iter().find(|e| {
            rest[1..].starts_with(**e)
                && rest[1 + e.len()..].starts_with(|c: char| c.is_ascii_whitespace() || c == '>')
        }) {
            let close = format!("</{element}");
            rest.find(&close)
                .map(|e| start + e)
                .and_then(|e| lower[e..].find('>').map(|g| e + g + 1))
                .unwrap_or(lower.len())
        } else {
            out.push_str(&markdown[at..start + 1]);
            at = start + 1;
            continue;
        };
        out.push_str(&markdown[at..start]);
        at = end;
    }
    out.push_str(&markdown[at..]);
    out
}

/// A code fence's character and length (```` ``` ```` or `~~~`).
fn fence_marker(line: &str) -> Option<(char, usize)> {
    let t = indent_at_most_3(line)?;
    let c = t.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let n = t.chars().take_while(|x| *x == c).count();
    (n >= 3).then_some((c, n))
}

fn indent_at_most_3(line: &str) -> Option<&str> {
    let t = line.trim_start_matches(' ');
    (line.len() - t.len() <= 3).then_some(t)
}

fn strip_quote_markers(mut line: &str) -> &str {
    while let Some(rest) = indent_at_most_3(line).and_then(|t| t.strip_prefix('>')) {
        line = rest.strip_prefix(' ').unwrap_or(rest);
    }
    line
}

/// `---`, `***`, `___` (spaces allowed), or a setext `===` underline.
fn is_rule(trimmed: &str, c: char) -> bool {
    let n = trimmed.chars().filter(|x| *x == c).count();
    trimmed.chars().all(|x| x == c || x == ' ') && (n >= 3 || (c == '=' && n >= 1))
}

/// `[label]: destination`.
fn is_reference_definition(trimmed: &str) -> bool {
    trimmed.starts_with('[')
        && trimmed
            .find("]:")
            .is_some_and(|at| at > 1 && !trimmed[at + 2..].trim().is_empty())
}

/// A table's delimiter row, such as `| --- | :-: |`.
fn is_table_rule(trimmed: &str) -> bool {
    trimmed.contains('|')
        && trimmed.contains('-')
        && trimmed
            .chars()
            .all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t'))
}

/// `# Heading #` as its level and text.
fn atx_heading(trimmed: &str) -> Option<(usize, &str)> {
    let level = trimmed.chars().take_while(|c| *c == '#').count();
    if !(1..=6).contains(&level) {
        return None;
    }
    let rest = &trimmed[level..];
    if !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
        return None;
    }
    let text = rest.trim().trim_end_matches('#');
    Some((level, text.trim_end()))
}

/// Strips a list marker (`-`, `*`, `+`, `1.`, `1)`) and a task box.
fn list_item(trimmed: &str) -> (bool, &str) {
    let digits = trimmed.chars().take_while(char::is_ascii_digit).count();
    let after = if let Some(rest) = trimmed.strip_prefix(['-', '*', '+']) {
        rest
    } else if (1..=9).contains(&digits) {
        match trimmed[digits..].strip_prefix(['.', ')']) {
            Some(rest) => rest,
            None => return (false, trimmed),
        }
    } else {
        return (false, trimmed);
    };
    if !after.starts_with([' ', '\t']) {
        return (false, trimmed);
    }
    let after = after.trim_start();
    let after = ["[ ] ", "[x] ", "[X] "]
        .iter()
        .find_map(|b| after.strip_prefix(b))
        .unwrap_or(after);
    (true, after)
}

/// `| a | b |` as `a b`.
fn table_row(text: &str) -> String {
    if !(text.starts_with('|') && text.len() > 1) {
        return text.to_owned();
    }
    text.trim_matches('|')
        .split('|')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn text(md: &str) -> String {
        reduce(md).text
    }

    #[test]
    fn headings_paragraphs_and_emphasis() {
        let md = "# Leaders *meet* in Paris #\nThey **pledged** support\nfor __Ukraine__.\n\n## Next\nA ~~final~~ word_here, 2 * 3.";
        assert_eq!(
            text(md),
            "Leaders meet in Paris\n\nThey pledged support\nfor Ukraine.\n\nNext\n\nA final word_here, 2 * 3."
        );
        assert_eq!(reduce(md).title.as_deref(), Some("Leaders meet in Paris"));
    }

    #[test]
    fn links_images_code_and_escapes() {
        let md = "See [the *report*](https://x.org/a_(b)) and [notes][1]. ![chart](c.png \"t\")`a*b` \\*not\\* &amp; <https://x.org> <b>bold</b> 1 < 2 [plain]\n\n[1]: https://x.org/notes";
        assert_eq!(
            text(md),
            "See the report and notes. a*b *not* & https://x.org bold 1 < 2 [plain]"
        );
    }

    #[test]
    fn lists_quotes_tables_fences_and_rules() {
        let md = "> Quoted line\n> > nested\n\n- one\n- [x] two\n1. three\n\n| Country | Troops |\n|---|:-:|\n| UK | 5,000 |\n\n```rust\nlet x = *y;\n```\n---\n~20 troops";
        assert_eq!(
            text(md),
            "Quoted line\nnested\n\none\n\ntwo\n\nthree\n\nCountry Troops\nUK 5,000\n\nlet x = *y;\n\n~20 troops"
        );
    }

    #[test]
    fn front_matter_gives_the_title_and_is_dropped() {
        let md = "---\ntitle: \"Summit in Paris\"\nauthor: A\n---\n# Heading\nText.";
        let article = reduce(md);
        assert_eq!(article.title.as_deref(), Some("Summit in Paris"));
        assert_eq!(article.text, "Heading\n\nText.");
        assert_eq!(reduce("---\nnot closed").text, "not closed");
    }

    #[test]
    fn setext_headings() {
        let article = reduce("Big title\n=========\nBody.\n\nSub\n---\nMore.");
        assert_eq!(article.title.as_deref(), Some("Big title"));
        assert_eq!(article.text, "Big title\n\nBody.\n\nSub\n\nMore.");
    }

    #[test]
    fn scripts_styles_and_comments_vanish_even_across_lines() {
        let md = "Before <script>\nwindow.canary = 1;\n</script> after.\n<!-- hidden\nnote --><style>p{}</style>End <img src=x onerror=alert(1)>.";
        assert_eq!(text(md), "Before after.\nEnd .");
    }

    proptest! {
        #[test]
        fn never_panics_and_keeps_plain_words(s in "\\PC{0,300}") {
            let _ = reduce(&s);
        }

        #[test]
        fn text_without_markup_characters_keeps_its_words(s in "[a-zA-Z][a-zA-Z0-9,.' ]{0,80}") {
            let words: Vec<&str> = s.split_whitespace().collect();
            prop_assert_eq!(text(&s), words.join(" "));
        }

        #[test]
        fn markup_heavy_input_never_panics(
            s in "([\\[\\]()`*_~<>!#>|\\\\&-]|[a-z ]|\n|é){0,200}"
        ) {
            let _ = reduce(&s);
        }
    }
}
