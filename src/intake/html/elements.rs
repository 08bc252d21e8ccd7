//! What an HTML element means for the article's text, by its name: dropped
//! with its content, page furniture, the bounds of a paragraph, or void (no
//! content, no end tag).

/// Elements dropped with everything inside them, wherever they are.
pub(super) const DROPPED: [&str; 16] = [
    "template", "svg", "math", "button", "select", "datalist", "option", "optgroup", "object",
    "canvas", "video", "audio", "map", "dialog", "label", "picture",
];

/// Page furniture around an article: dropped, unless it is what holds the
/// article (a form round the whole page, as ASP.NET writes it).
pub(super) const FURNITURE: [&str; 5] = ["nav", "aside", "footer", "header", "form"];

/// Elements that start and end a paragraph.
pub(super) const BLOCKS: [&str; 41] = [
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "legend",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tr",
    "ul",
];

/// Elements with no content and no end tag.
pub(super) const VOID: [&str; 14] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];
