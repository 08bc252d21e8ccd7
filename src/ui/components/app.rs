use std::rc::Rc;

use yew::prelude::*;

use crate::engine::Comparison;
use crate::ui::components::all_page::AllPage;
use crate::ui::components::compare_page::ComparePage;
use crate::ui::components::fact_page::FactPage;
use crate::ui::components::legend::Legend;
use crate::ui::components::notice::Notice;
use crate::ui::components::overview_page::OverviewPage;
use crate::ui::components::quotes_page::QuotesPage;
use crate::ui::components::site_nav::{Section, SiteNav};
use crate::ui::route::{Page, Route, resolve};
use crate::ui::state::ReaderState;
use crate::ui::view::{all, compare, fact, overview, quotes};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub comparison: Rc<Comparison>,
    /// The route the page opened on.
    pub route: Route,
    /// How long the start-up analysis took, when it was measured.
    #[prop_or_default]
    pub analysis_ms: Option<f64>,
}

/// The reader: resolves the route, shows the page it names, or says what was
/// wrong with the link and shows the overview.
#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer_eq(|| ReaderState {
        route: props.route.clone(),
    });
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| crate::ui::listen_to_hash(dispatcher));
    }

    let comparison = &props.comparison;
    let (page, problem) = match resolve(&state.route, comparison) {
        Ok(page) => (page, None),
        Err(message) => (Page::Overview, Some(message)),
    };
    let on_navigate = Callback::from(|route: Route| crate::ui::go(&route));
    let sources = crate::ui::view::sources::labels(comparison);
    let compare_href = match page {
        Page::Compare { a, b, .. } => Some(compare::pair_route(&sources, a, b)),
        _ => compare::default_pair(comparison).and_then(|p| match p {
            Page::Compare { a, b, .. } => Some(compare::pair_route(&sources, a, b)),
            _ => None,
        }),
    }
    .map(|r| AttrValue::from(r.hash()));

    let (section, body) = match page {
        Page::Overview => (
            Section::Overview,
            html! { <OverviewPage view={overview::overview_view(comparison)} /> },
        ),
        Page::Compare { a, b, selected } => (
            Section::Compare,
            html! { <ComparePage view={compare::compare_view(comparison, a, b, selected)} {on_navigate} /> },
        ),
        Page::All { selected } => (
            Section::All,
            html! { <AllPage view={all::all_view(comparison, selected)} /> },
        ),
        Page::Fact(n) => (
            Section::Fact,
            html! { <FactPage view={fact::fact_view(comparison, n)} /> },
        ),
        Page::Quotes => (
            Section::Quotes,
            html! { <QuotesPage view={quotes::quotes_view(comparison)} /> },
        ),
    };
    let page_name = match section {
        Section::Overview => "overview",
        Section::Compare => "compare",
        Section::All => "all",
        Section::Fact => "fact",
        Section::Quotes => "quotes",
    };
    html! {
        <div class="reader" data-page={page_name}>
            <a class="skip" href="#main" onclick={Callback::from(|e: MouseEvent| {
                e.prevent_default();
                crate::ui::focus("main");
            })}>{"Skip to content"}</a>
            <header class="site-head">
                <p class="brand"><a href="#/">{"Parallax"}</a></p>
                <SiteNav current={section} {compare_href} />
            </header>
            <main id="main" tabindex="-1">
                if let Some(message) = problem {
                    <Notice message={message} />
                }
                { body }
            </main>
            <footer class="site-foot">
                <Legend />
                <p class="timing">
                    { format!("{} sources, {} sentences, {} links.", comparison.totals.sources, comparison.totals.sentences, comparison.totals.links) }
                    if let Some(ms) = props.analysis_ms {
                        <span id="analysis-time" data-ms={format!("{ms:.2}")}>{ format!(" Analysed in your browser in {ms:.1} ms.") }</span>
                    }
                </p>
            </footer>
        </div>
    }
}
