use yew::prelude::*;

/// The places a reader can go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Overview,
    Compare,
    All,
    Fact,
    Quotes,
    /// The reader's own articles.
    Add,
}

#[derive(Properties, PartialEq)]
pub struct SiteNavProps {
    pub current: Section,
    /// Where "Compare" leads: the pair the reader last had, or a default one.
    pub compare_href: Option<AttrValue>,
    /// Whether to offer the reader's own articles (the reader's own page only).
    #[prop_or_default]
    pub offer_add: bool,
}

#[component]
pub fn SiteNav(props: &SiteNavProps) -> Html {
    let links = crate::ui::location::use_links();
    let link = |section: Section,
                href: Option<AttrValue>,
                text: &'static str,
                class: &'static str| {
        let current = (props.current == section).then_some("page");
        match href {
            Some(href) => {
                html! { <li class={class}><a href={href} aria-current={current}>{ text }</a></li> }
            }
            None => html! {},
        }
    };
    html! {
        <nav class="site-nav" aria-label="Views">
            <ul>
                { link(Section::Overview, Some(links.href("#/").into()), "Overview", "") }
                { link(Section::Compare, props.compare_href.clone(), "Compare", "") }
                { link(Section::All, Some(links.href("#/all").into()), "All sources", "wide-only") }
                { link(Section::Quotes, Some(links.href("#/quotes").into()), "Quotes", "") }
                { link(Section::Add, props.offer_add.then(|| "#/add".into()), "Add articles", "") }
            </ul>
        </nav>
    }
}
