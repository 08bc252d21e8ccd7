//! How the reader runs: on its own page, in an iframe on a newsroom's page
//! (`index.html?embed`), or mounted by `mount.js` into a host page's element;
//! and the theme the host asked for. Plain data read from the URL's query or
//! the host element's `data-` attributes, so it is tested natively; `web`
//! reads the browser and hands the strings over.

use crate::ui::route::Route;

/// Where the reader is running.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Embedding {
    /// The reader's own page (`index.html`): full chrome, routes in the hash.
    #[default]
    Page,
    /// An iframe on a host's page (`index.html?embed`): compact chrome, routes
    /// in the iframe's own hash; it tells the parent its height and view.
    Frame,
    /// Mounted by `mount.js` into a host's element: compact chrome, routes
    /// kept in memory, because the address bar belongs to the host page.
    Mount,
}

/// The colour theme: the system's unless the host chose one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    /// Reads a theme as a host writes it (`auto`, `light`, `dark`; empty is
    /// `auto`). Anything else is an error that names the value.
    pub fn parse(value: &str) -> Result<Theme, String> {
        match value.trim().to_ascii_lowercase().as_str() {
            "" | "auto" | "system" => Ok(Theme::Auto),
            "light" => Ok(Theme::Light),
            "dark" => Ok(Theme::Dark),
            _ => Err(format!(
                "The embed asks for the theme “{}”, which is not one of auto, light or dark; following the system’s.",
                value.chars().take(40).collect::<String>()
            )),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The `data-theme` the stylesheet reads; none when the system decides.
    pub fn attribute(self) -> Option<&'static str> {
        match self {
            Theme::Auto => None,
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
        }
    }
}

/// Everything the app needs to know about where it runs.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Mode {
    pub embedding: Embedding,
    pub theme: Theme,
    /// The reader's own page, absolute, with no query or hash
    /// (`https://news.example/parallax/` or `…/parallax/index.html`): where
    /// shared links and "open full view" lead.
    pub page_url: String,
    /// What was wrong with the host's settings, said to the reader.
    pub problems: Vec<String>,
}

impl Mode {
    /// The mode of the reader's own page or of an iframe: `embed` in the query
    /// asks for the compact frame, `theme` for a theme.
    pub fn from_query(embed: bool, theme: Option<&str>, href: &str) -> Mode {
        let embedding = if embed {
            Embedding::Frame
        } else {
            Embedding::Page
        };
        Mode::new(embedding, theme, page_url_of(href))
    }

    /// The mode of a script mount: `base` is the directory `mount.js` came
    /// from, `theme` the host element's `data-parallax-theme`.
    pub fn for_mount(base: &str, theme: Option<&str>) -> Mode {
        let base = page_url_of(base);
        let dir = match base.rfind('/') {
            Some(i) => &base[..=i],
            None => base.as_str(),
        };
        Mode::new(Embedding::Mount, theme, format!("{dir}index.html"))
    }

    fn new(embedding: Embedding, theme: Option<&str>, page_url: String) -> Mode {
        let (theme, problems) = match theme.map(Theme::parse).unwrap_or(Ok(Theme::Auto)) {
            Ok(theme) => (theme, Vec::new()),
            Err(problem) => (Theme::Auto, vec![problem]),
        };
        Mode {
            embedding,
            theme,
            page_url,
            problems,
        }
    }

    pub fn is_embedded(&self) -> bool {
        self.embedding != Embedding::Page
    }

    /// Whether the app may write to browser storage: never when embedded,
    /// where cookies and storage belong to the newsroom's page and its
    /// readers' consent.
    pub fn may_store(&self) -> bool {
        self.embedding == Embedding::Page
    }

    /// The full reader's address for a route: what Share copies and what
    /// "open full view" opens.
    pub fn link(&self, route: &Route) -> String {
        self.link_to(&route.hash())
    }

    /// The full reader's address for a hash (a view inside a corpus).
    pub fn link_to(&self, hash: &str) -> String {
        format!("{}{hash}", self.page_url)
    }

    /// The directory the reader is served from, where `embed.js` and
    /// `mount.js` sit beside `index.html`.
    pub fn base(&self) -> &str {
        match self.page_url.rfind('/') {
            Some(i) => &self.page_url[..=i],
            None => &self.page_url,
        }
    }

    /// Whether a host page could embed this copy: only one on a web server.
    pub fn is_on_the_web(&self) -> bool {
        let url = self.page_url.to_ascii_lowercase();
        url.starts_with("https://") || url.starts_with("http://")
    }
}

/// An address without its query and hash.
pub fn page_url_of(href: &str) -> String {
    let end = href.find(['?', '#']).unwrap_or(href.len());
    href[..end].to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn themes_parse_and_bad_ones_are_named() {
        for (value, theme) in [
            ("", Theme::Auto),
            ("auto", Theme::Auto),
            (" Dark ", Theme::Dark),
            ("light", Theme::Light),
        ] {
            assert_eq!(Theme::parse(value), Ok(theme), "{value:?}");
        }
        let bad = Theme::parse("purple<script>").unwrap_err();
        assert!(bad.contains("“purple<script>”"), "{bad}");
        assert_eq!(Theme::Auto.attribute(), None);
        assert_eq!(Theme::Dark.attribute(), Some("dark"));
    }

    #[test]
    fn the_query_chooses_frame_or_page_and_the_links_drop_it() {
        let page = Mode::from_query(false, None, "https://n.example/px/?theme=dark#/quotes");
        assert_eq!(page.embedding, Embedding::Page);
        assert_eq!(page.page_url, "https://n.example/px/");
        assert!(page.may_store() && !page.is_embedded());

        let frame = Mode::from_query(
            true,
            Some("dark"),
            "https://n.example/px/index.html?embed&theme=dark#/fact/3",
        );
        assert_eq!(frame.embedding, Embedding::Frame);
        assert_eq!(frame.theme, Theme::Dark);
        assert!(!frame.may_store());
        assert_eq!(
            frame.link(&Route::Fact(3)),
            "https://n.example/px/index.html#/fact/3"
        );
        assert_eq!(frame.base(), "https://n.example/px/");
        assert!(frame.is_on_the_web());

        let odd = Mode::from_query(true, Some("neon"), "http://x/#/");
        assert_eq!(odd.theme, Theme::Auto);
        assert_eq!(odd.problems.len(), 1);
    }

    #[test]
    fn a_mount_links_to_the_page_beside_its_script() {
        let mount = Mode::for_mount("https://cdn.example/px/", Some("light"));
        assert_eq!(mount.embedding, Embedding::Mount);
        assert_eq!(mount.page_url, "https://cdn.example/px/index.html");
        assert_eq!(mount.theme, Theme::Light);
        let from_file = Mode::for_mount("https://cdn.example/px/mount.js?v=2", None);
        assert_eq!(from_file.page_url, "https://cdn.example/px/index.html");
    }

    #[test]
    fn a_file_is_not_on_the_web() {
        let file = Mode::from_query(false, None, "file:///home/ed/parallax.html#/");
        assert_eq!(file.page_url, "file:///home/ed/parallax.html");
        assert!(!file.is_on_the_web());
    }
}
