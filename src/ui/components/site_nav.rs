use yew::prelude::*;

/// The four places a reader can go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Overview,
    Compare,
    All,
    Fact,
    Quotes,
}

#[derive(Properties, PartialEq)]
pub struct SiteNavProps {
    pub current: Section,
    /// Where "Compare" leads: the pair the reader last had, or a default one.
    pub compare_href: Option<AttrValue>,
}

#[component]
pub fn SiteNav(props: &SiteNavProps) -> Html {
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
                { link(Section::Overview, Some("#/".into()), "Overview", "") }
                { link(Section::Compare, props.compare_href.clone(), "Compare", "") }
                { link(Section::All, Some("#/all".into()), "All sources", "wide-only") }
                { link(Section::Quotes, Some("#/quotes".into()), "Quotes", "") }
            </ul>
        </nav>
    }
}
