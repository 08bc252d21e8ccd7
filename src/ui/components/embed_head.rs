use yew::prelude::*;

use crate::ui::components::share_control::ShareControl;
use crate::ui::components::site_nav::{Section, SiteNav};

#[derive(Properties, PartialEq)]
pub struct EmbedHeadProps {
    pub current: Section,
    pub compare_href: Option<AttrValue>,
    /// The full reader's address for the current view.
    pub share_url: AttrValue,
}

/// The compact chrome of an embedded reader: no site header, just the views,
/// Share, and a way out to the full reader in a new tab.
#[component]
pub fn EmbedHead(props: &EmbedHeadProps) -> Html {
    html! {
        <header class="embed-head">
            <p class="brand small">{"Parallax"}</p>
            <SiteNav current={props.current} compare_href={props.compare_href.clone()} />
            <div class="head-actions">
                <ShareControl url={props.share_url.clone()} />
                <a class="button" id="open-full-view" href={props.share_url.clone()}
                   target="_blank" rel="noopener">
                    {"Open full view"}<span aria-hidden="true">{" ↗"}</span>
                    <span class="sr-only">{" (opens in a new tab)"}</span>
                </a>
            </div>
        </header>
    }
}
