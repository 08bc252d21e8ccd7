use yew::prelude::*;

use crate::ui::components::embed_dialog::EmbedDialog;
use crate::ui::components::share_control::ShareControl;
use crate::ui::components::site_nav::{Section, SiteNav};
use crate::ui::mode::Mode;
use crate::ui::route::Route;

#[derive(Properties, PartialEq)]
pub struct PageHeadProps {
    pub current: Section,
    pub compare_href: Option<AttrValue>,
    /// The link Share copies: the current view's short address.
    pub share_url: AttrValue,
    pub mode: Mode,
    /// The view shown, in its short form, for the embed codes.
    pub route: Route,
    pub title: AttrValue,
    /// Why Share cannot give a link for this corpus, said in its panel.
    #[prop_or_default]
    pub share_problem: Option<AttrValue>,
    /// Whether Embed is offered: not for a reader's own corpus, which lives
    /// in this browser or in a link, not on the reader's host.
    #[prop_or(true)]
    pub embeddable: bool,
}

/// The reader's own page header: brand, views, Share and Embed.
#[component]
pub fn PageHead(props: &PageHeadProps) -> Html {
    let links = crate::ui::location::use_links();
    html! {
        <header class="site-head">
            <p class="brand"><a href={links.href("#/")}>{"Parallax"}</a></p>
            <SiteNav current={props.current} compare_href={props.compare_href.clone()} offer_add=true />
            <div class="head-actions">
                <ShareControl url={props.share_url.clone()} problem={props.share_problem.clone()} />
                if props.embeddable {
                    <EmbedDialog mode={props.mode.clone()} route={props.route.clone()} title={props.title.clone()} />
                }
            </div>
        </header>
    }
}
