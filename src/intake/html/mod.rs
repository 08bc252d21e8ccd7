//! A saved web page reduced to its article text: paragraphs and headings as
//! plain-text paragraphs, entities decoded, and nothing else.
//!
//! Scripts, styles, templates, embedded media, forms and their controls,
//! navigation, asides, page headers and footers and anything marked `hidden`
//! are dropped with their content. When the page marks its article
//! (`<article>`, else `<main>`), only the longest such element is kept (its
//! own header, which holds the headline, included). Attributes are read only
//! for `hidden` and `<meta>`; no URL or event handler is ever copied, so the
//! output is inert text.

mod elements;

use super::entities::{self, Context};
use super::html_tokens::{StartTag, Token, Tokens};
use elements::{BLOCKS, DROPPED, FURNITURE, VOID};

/// What a page states about itself, and its article text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HtmlArticle {
    /// `og:title`, else the article's first `<h1>`, else `<title>`.
    pub title: Option<String>,
    /// `og:site_name`.
    pub outlet: Option<String>,
    /// `article:published_time` as `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Paragraphs separated by blank lines.
    pub text: String,
}

/// Deeper nesting is read as if flat, so pathological input stays linear.
const MAX_DEPTH: usize = 256;

/// What an open element means for the text inside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Plain,
    /// Its text is never kept.
    Dropped,
    /// `nav`, `aside`, `footer`, `header` or `form`.
    Furniture {
        header: bool,
        form: bool,
    },
    /// An `<article>` or `<main>` not inside furniture, numbered in order.
    Article(usize),
    Main(usize),
    Pre,
}

#[derive(Debug)]
struct Open {
    name: String,
    role: Role,
}

/// A paragraph and where it sat.
#[derive(Debug)]
struct Block {
    text: String,
    h1: bool,
    article: Option<usize>,
    main: Option<usize>,
    /// Inside furniture (a header does not count) within its article.
    furnished_in_article: bool,
    /// Inside furniture (a header does not count) within its main.
    furnished_in_main: bool,
    /// Inside furniture of any kind, and of any kind but a form.
    furnished: bool,
    furnished_but_form: bool,
}

/// Reduces an HTML document (or fragment) to its article text. Never fails:
/// a page with no text gives empty text.
pub fn reduce(html: &str) -> HtmlArticle {
    let mut page = Page::default();
    for token in Tokens::new(html) {
        page.take(token);
    }
    page.flush();
    page.finish()
}

#[derive(Default)]
struct Page {
    stack: Vec<Open>,
    dropped_depth: usize,
    pre_depth: usize,
    articles: usize,
    mains: usize,
    current: String,
    blocks: Vec<Block>,
    title_tag: Option<String>,
    og_title: Option<String>,
    outlet: Option<String>,
    date: Option<String>,
}

impl Page {
    fn take(&mut self, token: Token<'_>) {
        match token {
            Token::Text(raw) if self.dropped_depth == 0 => self.text(raw),
            Token::Text(_) => {}
            Token::Raw { element, text } => {
                if element == "title" && self.title_tag.is_none() {
                    self.title_tag = Some(collapse(&entities::decode(text, Context::Text)));
                }
            }
            Token::Start(tag) => self.start(tag),
            Token::End(name) => self.end(&name),
        }
    }

    fn text(&mut self, raw: &str) {
        let decoded = entities::decode(raw, Context::Text);
        for c in decoded.chars() {
            if self.pre_depth > 0 {
                match c {
                    '\r' => {}
                    '\n' | '\t' => self.current.push(c),
                    c => push_visible(&mut self.current, c),
                }
            } else if c.is_whitespace() {
                if !self.current.is_empty() && !self.current.ends_with([' ', '\n']) {
                    self.current.push(' ');
                }
            } else {
                push_visible(&mut self.current, c);
            }
        }
    }

    fn start(&mut self, tag: StartTag) {
        let name = tag.name.as_str();
        if name == "meta" {
            self.meta(&tag);
            return;
        }
        if BLOCKS.contains(&name) {
            self.flush();
        }
        match name {
            "br" => {
                trim_end_spaces(&mut self.current);
                self.current.push('\n');
            }
            "td" | "th" if !self.current.is_empty() => self.current.push(' '),
            _ => {}
        }
        if VOID.contains(&name) {
            return;
        }
        self.close_implied(name);
        if self.stack.len() >= MAX_DEPTH {
            return;
        }
        let hidden = tag.attribute("hidden").is_some()
            || tag
                .attribute("aria-hidden")
                .is_some_and(|v| v.eq_ignore_ascii_case("true"));
        let in_furniture = self
            .stack
            .iter()
            .any(|o| matches!(o.role, Role::Furniture { form: false, .. }));
        let role = if hidden || DROPPED.contains(&name) {
            Role::Dropped
        } else if FURNITURE.contains(&name) {
            Role::Furniture {
                header: name == "header",
                form: name == "form",
            }
        } else if name == "article" && !in_furniture {
            self.articles += 1;
            Role::Article(self.articles - 1)
        } else if name == "main" && !in_furniture {
            self.mains += 1;
            Role::Main(self.mains - 1)
        } else if matches!(name, "pre" | "listing") {
            Role::Pre
        } else {
            Role::Plain
        };
        self.push(Open {
            name: tag.name,
            role,
        });
    }

    /// `<p>`, `<li>` and friends close an open one of their kind, as browsers
    /// do, so the stack does not grow with every unclosed paragraph.
    fn close_implied(&mut self, name: &str) {
        let group: &[&str] = match name {
            "p" => &["p"],
            "li" => &["li"],
            "dt" | "dd" => &["dt", "dd"],
            "tr" => &["tr"],
            "td" | "th" => &["td", "th"],
            _ => return,
        };
        let scope = [
            "div",
            "ul",
            "ol",
            "dl",
            "table",
            "section",
            "article",
            "main",
            "body",
            "blockquote",
        ];
        for at in (0..self.stack.len()).rev() {
            let open = self.stack[at].name.as_str();
            if group.contains(&open) {
                self.pop_to(at);
                return;
            }
            if scope.contains(&open) {
                return;
            }
        }
    }

    fn end(&mut self, name: &str) {
        if name == "br" {
            self.current.push('\n');
            return;
        }
        if BLOCKS.contains(&name) {
            self.flush();
        }
        if let Some(at) = self.stack.iter().rposition(|o| o.name == name) {
            self.pop_to(at);
        }
    }

    fn push(&mut self, open: Open) {
        match open.role {
            Role::Dropped => self.dropped_depth += 1,
            Role::Pre => self.pre_depth += 1,
            _ => {}
        }
        self.stack.push(open);
    }

    /// Closes the element at `at` and everything opened inside it.
    fn pop_to(&mut self, at: usize) {
        for open in self.stack.drain(at..) {
            match open.role {
                Role::Dropped => self.dropped_depth -= 1,
                Role::Pre => self.pre_depth -= 1,
                _ => {}
            }
        }
    }

    fn meta(&mut self, tag: &StartTag) {
        let key = tag.attribute("property").or_else(|| tag.attribute("name"));
        let Some(content) = tag.attribute("content").map(collapse) else {
            return;
        };
        if content.is_empty() {
            return;
        }
        match key.map(str::to_ascii_lowercase).as_deref() {
            Some("og:title") if self.og_title.is_none() => self.og_title = Some(content),
            Some("og:site_name") if self.outlet.is_none() => self.outlet = Some(content),
            Some("article:published_time") if self.date.is_none() => {
                self.date = iso_date(&content);
            }
            _ => {}
        }
    }

    /// Ends the current paragraph, noting where it sat.
    fn flush(&mut self) {
        let text: Vec<&str> = self
            .current
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        if text.is_empty() {
            self.current.clear();
            return;
        }
        let text = text.join("\n");
        self.current.clear();
        let article = self
            .stack
            .iter()
            .position(|o| matches!(o.role, Role::Article(_)));
        let main = self
            .stack
            .iter()
            .position(|o| matches!(o.role, Role::Main(_)));
        let furnished_after = |from: Option<usize>| {
            from.is_some_and(|from| {
                self.stack[from..]
                    .iter()
                    .any(|o| matches!(o.role, Role::Furniture { header: false, .. }))
            })
        };
        let id = |at: Option<usize>| match at.map(|at| self.stack[at].role) {
            Some(Role::Article(n) | Role::Main(n)) => Some(n),
            _ => None,
        };
        let furniture: Vec<(bool, bool)> = self
            .stack
            .iter()
            .filter_map(|o| match o.role {
                Role::Furniture { header, form } => Some((header, form)),
                _ => None,
            })
            .collect();
        let block = Block {
            text,
            h1: self.stack.iter().any(|o| o.name == "h1"),
            article: id(article),
            main: id(main),
            furnished_in_article: furnished_after(article),
            furnished_in_main: furnished_after(main),
            furnished: !furniture.is_empty(),
            furnished_but_form: furniture.iter().any(|&(_, form)| !form),
        };
        self.blocks.push(block);
    }

    /// Keeps the longest article, else the longest main, else the page
    /// without its furniture (without forms only when nothing else is left).
    fn finish(self) -> HtmlArticle {
        let longest = |id: fn(&Block) -> Option<usize>, drop: fn(&Block) -> bool| {
            let mut lengths: Vec<usize> = Vec::new();
            for b in self.blocks.iter().filter(|b| !drop(b)) {
                if let Some(n) = id(b) {
                    if lengths.len() <= n {
                        lengths.resize(n + 1, 0);
                    }
                    lengths[n] += b.text.len();
                }
            }
            // The first of equally long ones.
            let best = lengths.iter().copied().max().filter(|&l| l > 0)?;
            lengths.iter().position(|&l| l == best)
        };
        let kept: Vec<&Block> = if let Some(n) = longest(|b| b.article, |b| b.furnished_in_article)
        {
            self.blocks
                .iter()
                .filter(|b| b.article == Some(n) && !b.furnished_in_article)
                .collect()
        } else if let Some(n) = longest(|b| b.main, |b| b.furnished_in_main) {
            self.blocks
                .iter()
                .filter(|b| b.main == Some(n) && !b.furnished_in_main)
                .collect()
        } else {
            let unfurnished: Vec<&Block> = self.blocks.iter().filter(|b| !b.furnished).collect();
            if unfurnished.is_empty() {
                self.blocks
                    .iter()
                    .filter(|b| !b.furnished_but_form)
                    .collect()
            } else {
                unfurnished
            }
        };
        let h1 = kept
            .iter()
            .find(|b| b.h1)
            .map(|b| b.text.split_whitespace().collect::<Vec<_>>().join(" "));
        let text = kept
            .iter()
            .map(|b| b.text.as_str())
            .collect::<Vec<_>>()
            .join("\n\n");
        HtmlArticle {
            title: self
                .og_title
                .or(h1)
                .or(self.title_tag)
                .filter(|t| !t.is_empty()),
            outlet: self.outlet,
            date: self.date,
            text,
        }
    }
}

/// Pushes a character that shows: control characters, soft hyphens and
/// zero-width spaces would only split words for the engine.
fn push_visible(out: &mut String, c: char) {
    if c.is_control() || matches!(c, '\u{AD}' | '\u{200B}' | '\u{FEFF}') {
        return;
    }
    out.push(if c == '\u{A0}' { ' ' } else { c });
}

fn trim_end_spaces(s: &mut String) {
    let len = s.trim_end_matches(' ').len();
    s.truncate(len);
}

/// Whitespace runs as single spaces, trimmed.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The `YYYY-MM-DD` a timestamp starts with, if it does.
fn iso_date(s: &str) -> Option<String> {
    let date = s.get(..10)?;
    let b = date.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    (digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10))
        .then(|| date.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn paragraphs_headings_and_entities() {
        let page = reduce(
            "<h1>Leaders&nbsp;meet</h1><p>They   met\n in <b>Paris</b>.</p><p>It&#8217;s <i>done</i>.<br>Next line</p><ul><li>one<li>two</ul>",
        );
        assert_eq!(
            page.text,
            "Leaders meet\n\nThey met in Paris.\n\nIt’s done.\nNext line\n\none\n\ntwo"
        );
        assert_eq!(page.title.as_deref(), Some("Leaders meet"));
    }

    #[test]
    fn nothing_executable_or_hidden_survives() {
        let page = reduce(concat!(
            "<p onclick=\"alert(1)\">Safe <a href=\"javascript:alert(2)\">link</a></p>",
            "<script>window.canary = 1; document.write('<p>injected</p>')</script>",
            "<img src=x onerror=\"alert(3)\"><style>p { color: red }</style>",
            "<noscript><p>enable js</p></noscript><template><p>tpl</p></template>",
            "<svg><script>alert(4)</script><text>svg</text></svg>",
            "<div hidden>hidden</div><span aria-hidden=\"true\">aria</span>",
            "<iframe src=\"javascript:alert(5)\">frame</iframe><!-- <p>comment</p> -->",
            "<p>&lt;script&gt;quoted&lt;/script&gt;</p>",
        ));
        assert_eq!(page.text, "Safe link\n\n<script>quoted</script>");
    }

    #[test]
    fn page_furniture_is_dropped() {
        let page = reduce(concat!(
            "<html><head><title>Summit | Daily</title></head><body>",
            "<header><a href=/>Home</a> World</header><nav>World Politics</nav>",
            "<p>Body text.</p><aside>Related: other</aside>",
            "<form><label>Email</label><input name=e><button>Sign up</button>Newsletter</form>",
            "<footer>© Daily</footer></body></html>",
        ));
        assert_eq!(page.text, "Body text.");
        assert_eq!(page.title.as_deref(), Some("Summit | Daily"));
    }

    #[test]
    fn the_longest_article_is_kept_with_its_own_header() {
        let page = reduce(concat!(
            "<meta property=\"og:title\" content=\"Leaders &amp; allies meet\">",
            "<meta property=\"og:site_name\" content=\"The Daily\">",
            "<meta property=\"article:published_time\" content=\"2026-01-06T18:00:00Z\">",
            "<nav>Menu</nav><aside><article>Related story card text that is long enough</article></aside>",
            "<article><header><h1>Leaders meet</h1><p>By A. Writer</p></header>",
            "<p>First paragraph of the story.</p><aside>Read more</aside>",
            "<footer>Tags: summit</footer></article><article>Short</article>",
        ));
        assert_eq!(
            page.text,
            "Leaders meet\n\nBy A. Writer\n\nFirst paragraph of the story."
        );
        assert_eq!(page.title.as_deref(), Some("Leaders & allies meet"));
        assert_eq!(page.outlet.as_deref(), Some("The Daily"));
        assert_eq!(page.date.as_deref(), Some("2026-01-06"));
    }

    #[test]
    fn main_is_kept_when_there_is_no_article() {
        let page = reduce("<div>Skip</div><main><h2>Title</h2><p>Text.</p></main><div>After</div>");
        assert_eq!(page.text, "Title\n\nText.");
    }

    #[test]
    fn a_form_round_the_whole_page_does_not_drop_the_page() {
        let page = reduce("<form id=aspnetForm><div>Story text.</div><nav>Menu</nav></form>");
        assert_eq!(page.text, "Story text.");
    }

    #[test]
    fn pre_keeps_its_lines() {
        let page = reduce("<pre>line one\n  line two\r\n</pre><p>a\nb</p>");
        assert_eq!(page.text, "line one\nline two\n\na b");
    }

    #[test]
    fn tables_read_a_row_per_line() {
        let page = reduce("<table><tr><th>Country<th>Troops<tr><td>UK</td><td>5,000</td></table>");
        assert_eq!(page.text, "Country Troops\n\nUK 5,000");
    }

    #[test]
    fn unclosed_and_stray_tags_do_not_lose_text() {
        let page = reduce("</div></nav><p>One<p>Two</span><div><p>Three");
        assert_eq!(page.text, "One\n\nTwo\n\nThree");
    }

    #[test]
    fn dates_that_are_not_iso_are_not_guessed() {
        assert_eq!(iso_date("6 January 2026"), None);
        assert_eq!(iso_date("2026-01-06"), Some("2026-01-06".into()));
        assert_eq!(iso_date("2026-1-6T"), None);
        assert_eq!(iso_date("ééééé"), None);
    }

    #[test]
    fn deep_nesting_stays_linear_and_keeps_text() {
        let html = format!("{}deep{}", "<div>".repeat(20_000), "</div>".repeat(20_000));
        assert_eq!(reduce(&html).text, "deep");
    }

    proptest! {
        #[test]
        fn never_panics_and_never_yields_markup_or_script(
            parts in proptest::collection::vec(
                prop_oneof![
                    Just("<p>".to_owned()), Just("</p>".to_owned()), Just("<div>".to_owned()),
                    Just("</div>".to_owned()), Just("<nav>".to_owned()), Just("</nav>".to_owned()),
                    Just("<article>".to_owned()), Just("</article>".to_owned()),
                    Just("<script>XSS()</script>".to_owned()), Just("<br>".to_owned()),
                    Just("<img onerror=XSS()>".to_owned()), Just("<!--".to_owned()),
                    Just("-->".to_owned()), Just("<style>XSS{}</style>".to_owned()),
                    Just("&amp;".to_owned()), "[a-z .]{0,12}",
                ],
                0..40,
            )
        ) {
            let html = parts.concat();
            let page = reduce(&html);
            prop_assert!(!page.text.contains("XSS"));
            prop_assert!(!page.text.contains('<'));
        }

        #[test]
        fn never_panics_on_arbitrary_input(s in "\\PC{0,400}") {
            let page = reduce(&s);
            prop_assert!(!page.text.starts_with(char::is_whitespace));
            prop_assert!(!page.text.ends_with(char::is_whitespace));
        }
    }
}
