use std::rc::Rc;

use yew::prelude::*;

use crate::engine::Comparison;
use crate::ui::components::all_page::AllPage;
use crate::ui::components::compare_page::ComparePage;
use crate::ui::components::embed_head::EmbedHead;
use crate::ui::components::export_control::ExportControl;
use crate::ui::components::fact_page::FactPage;
use crate::ui::components::import_control::ImportControl;
use crate::ui::components::legend::Legend;
use crate::ui::components::notice::Notice;
use crate::ui::components::overview_page::OverviewPage;
use crate::ui::components::page_head::PageHead;
use crate::ui::components::quotes_page::QuotesPage;
use crate::ui::components::site_nav::Section;
use crate::ui::host_message::HostMessage;
use crate::ui::mode::{Embedding, Mode};
use crate::ui::route::{Page, Route, resolve};
use crate::ui::state::{Action, ReaderState};
use crate::ui::view::share::{page_route, page_title};
use crate::ui::view::{all, compare, fact, overview, quotes};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub comparison: Rc<Comparison>,
    /// The route the page opened on.
    pub route: Route,
    /// How long the start-up analysis took, when it was measured.
    #[prop_or_default]
    pub analysis_ms: Option<f64>,
    /// Where the reader runs: its own page unless said otherwise.
    #[prop_or_default]
    pub mode: Mode,
}

/// The app's outermost element, so components find their own elements
/// whether the app is the page or sits in a host's shadow root.
#[derive(Clone, PartialEq, Default)]
pub struct AppRoot(pub NodeRef);

/// The reader: resolves the route, shows the page it names, or says what was
/// wrong with the link and shows the overview.
#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer_eq(|| ReaderState {
        route: props.route.clone(),
    });
    let root = use_node_ref();
    let mode = &props.mode;
    {
        let (dispatcher, root, mode) = (state.dispatcher(), root.clone(), mode.clone());
        use_effect_with((), move |_| {
            crate::ui::follow_navigation(mode, root, dispatcher)
        });
    }

    // What the page shows: the comparison it started with, until the reader
    // imports another.
    let shown_comparison = use_state(|| props.comparison.clone());
    let comparison: &Rc<Comparison> = &shown_comparison;
    let (page, problem) = match resolve(&state.route, comparison) {
        Ok(page) => (page, None),
        Err(message) => (Page::Overview, Some(message)),
    };
    let sources = crate::ui::view::sources::labels(comparison);
    // The short route of what is shown: what Share copies, Embed embeds and
    // the host is told.
    let shown = page_route(&page, &sources);
    let title = page_title(&page, comparison, &sources);
    {
        let message = HostMessage::View {
            hash: shown.hash(),
            url: mode.link(&shown),
            title: title.clone(),
        };
        let (root, embedding) = (root.clone(), mode.embedding);
        use_effect_with(message, move |m| {
            crate::ui::announce_view(embedding, &root, m)
        });
    }
    let on_navigate = match mode.embedding {
        Embedding::Mount => {
            let dispatcher = state.dispatcher();
            Callback::from(move |route: Route| dispatcher.dispatch(Action::Navigate(route)))
        }
        Embedding::Page | Embedding::Frame => Callback::from(|route: Route| crate::ui::go(&route)),
    };
    let on_import = {
        let shown_comparison = shown_comparison.clone();
        Callback::from(move |c: Rc<Comparison>| {
            shown_comparison.set(c);
            // Another comparison's sources have other ids: start from its overview.
            crate::ui::go(&Route::Overview);
        })
    };
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
    let share_url = AttrValue::from(mode.link(&shown));
    let head = if mode.is_embedded() {
        html! { <EmbedHead current={section} {compare_href} {share_url} /> }
    } else {
        html! {
            <PageHead current={section} {compare_href} {share_url}
                      mode={mode.clone()} route={shown.clone()} title={AttrValue::from(title.clone())} />
        }
    };
    let embedding = match mode.embedding {
        Embedding::Page => "page",
        Embedding::Frame => "frame",
        Embedding::Mount => "mount",
    };
    let skip = {
        let root = root.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            crate::ui::focus(&root, "main");
        })
    };
    html! {
        <ContextProvider<AppRoot> context={AppRoot(root.clone())}>
        <div class={classes!("reader", mode.is_embedded().then_some("embedded"))}
             data-page={page_name} data-embedding={embedding} ref={root}>
            <a class="skip" href="#main" onclick={skip}>{"Skip to content"}</a>
            { head }
            <main id="main" tabindex="-1">
                { for mode.problems.iter().map(|p| html! { <p class="notice settings" role="alert">{ p.clone() }</p> }) }
                if let Some(message) = problem {
                    <Notice message={message} />
                }
                { body }
            </main>
            <footer class="site-foot">
                <Legend />
                if !mode.is_embedded() {
                    <p class="timing">
                        { format!("{} sources, {} sentences, {} links.", comparison.totals.sources, comparison.totals.sentences, comparison.totals.links) }
                        if let Some(ms) = props.analysis_ms {
                            <span id="analysis-time" data-ms={format!("{ms:.2}")}>{ format!(" Analysed in your browser in {ms:.1} ms.") }</span>
                        }
                    </p>
                    <ExportControl comparison={comparison.clone()} />
                    <ImportControl on_import={on_import} />
                }
            </footer>
        </div>
        </ContextProvider<AppRoot>>
    }
}
