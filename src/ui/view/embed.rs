//! The two embed codes the Embed dialog offers for the current view: an
//! `<iframe>` with the loader that sizes it, and a script mount. Built from
//! plain strings so what an editor pastes into a CMS is tested natively.

use crate::ui::mode::{Mode, Theme};
use crate::ui::route::Route;

/// The iframe's height where the CMS strips the loader and no host script
/// resizes it: tall enough for the overview, scrolling inside beyond that.
pub const FALLBACK_HEIGHT: u32 = 720;

/// The query parameter a host page mirrors the embedded view in
/// (`?parallax=/compare/001/002`), so a shared host URL reopens the view.
pub const MIRROR_PARAMETER: &str = "parallax";

#[derive(Debug, Clone, PartialEq)]
pub struct EmbedCode {
    /// `<iframe …>` plus `<script src="…/embed.js" async>`.
    pub iframe: String,
    /// `<div data-parallax-view …>` plus `<script type="module" src="…/mount.js">`.
    pub mount: String,
}

/// The embed codes for `route` with `theme`, titled `title`. A copy that is
/// not on a web server (opened from a file) cannot be embedded: the error
/// says what to do instead.
pub fn embed_code(
    mode: &Mode,
    route: &Route,
    theme: Theme,
    title: &str,
) -> Result<EmbedCode, String> {
    if !mode.is_on_the_web() {
        return Err(
            "This copy of Parallax runs from a file, so a newsroom page cannot embed it. \
             Put the reader’s dist/ folder on a web server and open this dialog there."
                .to_owned(),
        );
    }
    let base = mode.base();
    let hash = route.hash();
    let theme_query = match theme {
        Theme::Auto => String::new(),
        other => format!("&theme={}", other.as_str()),
    };
    let src = format!("{}?embed{theme_query}{hash}", mode.page_url);
    let iframe = format!(
        "<iframe src=\"{src}\" title=\"{title}\" data-parallax data-parallax-mirror=\"{MIRROR_PARAMETER}\" \
         width=\"100%\" height=\"{FALLBACK_HEIGHT}\" style=\"width:100%;height:{FALLBACK_HEIGHT}px;border:0\" \
         loading=\"lazy\" allow=\"clipboard-write\"></iframe>\n\
         <script src=\"{base}embed.js\" async></script>",
        src = attribute(&src),
        title = attribute(title),
        base = attribute(base),
    );
    let mount = format!(
        "<div data-parallax-view=\"{hash}\" data-parallax-theme=\"{theme}\"></div>\n\
         <script type=\"module\" src=\"{base}mount.js\"></script>",
        hash = attribute(&hash),
        theme = theme.as_str(),
        base = attribute(base),
    );
    Ok(EmbedCode { iframe, mount })
}

/// Escapes text for a double-quoted HTML attribute.
fn attribute(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn web_mode() -> Mode {
        Mode::from_query(false, None, "https://news.example/px/index.html#/quotes")
    }

    #[test]
    fn the_iframe_code_names_the_view_the_theme_and_the_loader() {
        let code = embed_code(
            &web_mode(),
            &Route::Fact(3),
            Theme::Dark,
            "Parallax: a fact",
        )
        .unwrap();
        assert!(
            code.iframe.starts_with(
                r##"<iframe src="https://news.example/px/index.html?embed&amp;theme=dark#/fact/3" title="Parallax: a fact" data-parallax "##
            ),
            "{}",
            code.iframe
        );
        assert!(code.iframe.contains(r#"height="720""#));
        assert!(
            code.iframe
                .ends_with(r#"<script src="https://news.example/px/embed.js" async></script>"#)
        );
        let auto = embed_code(&web_mode(), &Route::Quotes, Theme::Auto, "t").unwrap();
        assert!(
            auto.iframe.contains(r##"index.html?embed#/quotes""##),
            "{}",
            auto.iframe
        );
    }

    #[test]
    fn the_mount_code_is_a_div_and_one_module_script() {
        let code = embed_code(&web_mode(), &Route::Quotes, Theme::Light, "t").unwrap();
        assert_eq!(
            code.mount,
            "<div data-parallax-view=\"#/quotes\" data-parallax-theme=\"light\"></div>\n\
             <script type=\"module\" src=\"https://news.example/px/mount.js\"></script>"
        );
    }

    #[test]
    fn titles_with_quotes_and_markup_stay_inside_the_attribute() {
        let code = embed_code(
            &web_mode(),
            &Route::Overview,
            Theme::Auto,
            r#"A "B" <i>&</i>"#,
        )
        .unwrap();
        assert!(
            code.iframe
                .contains(r#"title="A &quot;B&quot; &lt;i&gt;&amp;&lt;/i&gt;""#),
            "{}",
            code.iframe
        );
    }

    #[test]
    fn a_copy_opened_from_a_file_explains_why_it_cannot_be_embedded() {
        let file = Mode::from_query(false, None, "file:///tmp/parallax.html");
        let why = embed_code(&file, &Route::Overview, Theme::Auto, "t").unwrap_err();
        assert!(why.contains("web server"), "{why}");
    }
}
