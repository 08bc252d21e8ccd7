use std::rc::Rc;

use yew::prelude::*;

use crate::engine::Comparison;
use crate::ui::components::add_page::AddPage;
use crate::ui::components::all_page::AllPage;
use crate::ui::components::analysis_progress::AnalysisProgress;
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
use crate::ui::components::use_library::use_library;
use crate::ui::host_message::HostMessage;
use crate::ui::library::{Showing, Stored};
use crate::ui::location::{Corpus, Links, Location};
use crate::ui::mode::{Embedding, Mode};
use crate::ui::route::{Page, Route, resolve};
use crate::ui::state::{Action, ReaderState};
use crate::ui::view::share::{page_route, page_title, share_url};
use crate::ui::view::{all, compare, fact, overview, quotes};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The example: the seed corpus, analysed at start-up.
    pub comparison: Rc<Comparison>,
    /// The corpus and view the page opened on.
    pub location: Location,
    /// The reader's own corpora, as the browser kept them.
    #[prop_or_default]
    pub stored: Stored,
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
        location: props.location.clone(),
    });
    let root = use_node_ref();
    let mode = &props.mode;
    {
        let (dispatcher, root, mode) = (state.dispatcher(), root.clone(), mode.clone());
        use_effect_with((), move |_| {
            crate::ui::follow_navigation(mode, root, dispatcher)
        });
    }
    let own = use_library(&props.stored, mode, &state);
    let library = &own.library;

    let Showing {
        comparison,
        scope,
        waiting,
        problem: corpus_problem,
    } = library.showing(&state.location.corpus, &props.comparison);
    let comparison = &comparison;
    let adding = state.location.route == Route::Add;
    let (page, problem) = match resolve(&state.location.route, comparison) {
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
            hash: scope.href(&shown.hash()),
            url: mode.link_to(&scope.href(&shown.hash())),
            title: title.clone(),
        };
        let (root, embedding) = (root.clone(), mode.embedding);
        use_effect_with(message, move |m| {
            crate::ui::announce_view(embedding, &root, m)
        });
    }
    let on_navigate = match mode.embedding {
        Embedding::Mount => {
            let (dispatcher, corpus) = (state.dispatcher(), scope.clone());
            Callback::from(move |route: Route| {
                dispatcher.dispatch(Action::Navigate(Location {
                    corpus: corpus.clone(),
                    route,
                }))
            })
        }
        Embedding::Page | Embedding::Frame => {
            let corpus = scope.clone();
            Callback::from(move |route: Route| crate::ui::go_to(&corpus.href(&route.hash())))
        }
    };
    let links = Links {
        corpus: scope.clone(),
        page: match mode.embedding {
            Embedding::Mount => mode.page_url.clone(),
            Embedding::Page | Embedding::Frame => String::new(),
        },
    };
    let compare_href = match page {
        Page::Compare { a, b, .. } => Some(compare::pair_route(&sources, a, b)),
        _ => compare::default_pair(comparison).and_then(|p| match p {
            Page::Compare { a, b, .. } => Some(compare::pair_route(&sources, a, b)),
            _ => None,
        }),
    }
    .map(|r| AttrValue::from(links.href(&r.hash())));

    let (section, body) = match page {
        _ if adding => (
            Section::Add,
            html! {
                <AddPage kept={library.kept.clone()} example={crate::ui::view::own::example_item(&props.comparison)} writable={library.writable && mode.may_store()}
                         problems={library.problems.clone()} on_compare={own.on_compare.clone()}
                         on_remove={own.on_remove.clone()} />
            },
        ),
        _ if waiting.is_some() => {
            let (progress, label) = waiting.clone().unwrap_or_default();
            (
                Section::Overview,
                html! { <AnalysisProgress {progress} label={label} /> },
            )
        }
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
    // A link that names a missing view is said only once there is
    // something to check it against.
    let problem = problem.filter(|_| waiting.is_none() && !adding);
    let page_name = match section {
        _ if waiting.is_some() && !adding => "progress",
        Section::Overview => "overview",
        Section::Compare => "compare",
        Section::All => "all",
        Section::Fact => "fact",
        Section::Quotes => "quotes",
        Section::Add => "add",
    };
    let share_view = if adding { &Route::Add } else { &shown };
    let (share_url, share_problem) = match share_url(&scope, share_view, own.link.as_ref(), mode) {
        Ok(url) => (url, None),
        Err(why) => (String::new(), Some(why)),
    };
    let share_url = AttrValue::from(share_url);
    let share_problem = share_problem.map(AttrValue::from);
    let head = if mode.is_embedded() {
        html! { <EmbedHead current={section} {compare_href} {share_url} /> }
    } else {
        html! {
            <PageHead current={section} {compare_href} {share_url} {share_problem}
                      embeddable={scope == Corpus::Example && !adding}
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
    let corpus_name = match &scope {
        Corpus::Example => "example",
        Corpus::Kept(_) => "kept",
        Corpus::Link(_) => "link",
        Corpus::Imported => "imported",
    };
    html! {
        <ContextProvider<AppRoot> context={AppRoot(root.clone())}>
        <ContextProvider<Links> context={links}>
        <div class={classes!("reader", mode.is_embedded().then_some("embedded"))}
             data-page={page_name} data-embedding={embedding} data-corpus={corpus_name} ref={root}>
            <a class="skip" href="#main" onclick={skip}>{"Skip to content"}</a>
            { head }
            <main id="main" tabindex="-1">
                { for mode.problems.iter().map(|p| html! { <p class="notice settings" role="alert">{ p.clone() }</p> }) }
                if let Some(message) = corpus_problem.filter(|_| !adding) {
                    <p class="notice" role="alert" id="corpus-notice">{ message }</p>
                }
                if let Some(message) = problem {
                    <Notice message={message} />
                }
                if !mode.is_embedded() && !adding && waiting.is_none() {
                    <p class="corpus-line hint" id="corpus-line">
                        { crate::ui::view::own::corpus_line(&scope, &library.kept, library.writable && mode.may_store(), &props.comparison) }
                        { " " }
                        <a href="#/add">{ if scope == Corpus::Example { "Compare your own articles" } else { "Your comparisons" } }</a>
                    </p>
                }
                { body }
            </main>
            <footer class="site-foot">
                <Legend />
                if !mode.is_embedded() && waiting.is_none() && !adding {
                    <p class="timing">
                        { format!("{} sources, {} sentences, {} links.", comparison.totals.sources, comparison.totals.sentences, comparison.totals.links) }
                        if let (Some(ms), Corpus::Example) = (props.analysis_ms, &scope) {
                            <span id="analysis-time" data-ms={format!("{ms:.2}")}>{ format!(" Analysed in your browser in {ms:.1} ms.") }</span>
                        }
                    </p>
                    <ExportControl comparison={comparison.clone()} />
                }
                if !mode.is_embedded() {
                    <ImportControl on_import={own.on_import.clone()} />
                }
            </footer>
        </div>
        </ContextProvider<Links>>
        </ContextProvider<AppRoot>>
    }
}
