use yew::prelude::*;

use crate::engine::FactStatus;
use crate::ui::components::marked_text::MarkedText;
use crate::ui::view::fact::FactView;

#[derive(Properties, PartialEq)]
pub struct FactPageProps {
    pub view: FactView,
}

/// Every source's version of one fact, differing words marked, divergences named.
#[component]
pub fn FactPage(props: &FactPageProps) -> Html {
    let links = crate::ui::location::use_links();
    let v = &props.view;
    let status = match v.status {
        FactStatus::Agreed => "agreed",
        FactStatus::Disputed => "disputed",
    };
    let step = |href: &Option<String>, text: &'static str| match href {
        Some(h) => html! { <a class="button" href={links.href(h)}>{ text }</a> },
        None => html! { <span class="button disabled" aria-disabled="true">{ text }</span> },
    };
    html! {
        <section class="fact" aria-labelledby="page-title">
            <p class="eyebrow">{ format!("Fact {} · ", v.id) }<span class={classes!("status", status)}>{ status }</span></p>
            <h1 id="page-title">{ &v.label }</h1>
            <nav class="fact-nav" aria-label="Facts">
                { step(&v.prev, "← Previous fact") }
                <a class="button" href={links.href("#/")}>{"Back to the matrix"}</a>
                { step(&v.next, "Next fact →") }
            </nav>
            if !v.divergences.is_empty() {
                <section class="divergences" aria-labelledby="divergences-title">
                    <h2 id="divergences-title">{"Where they diverge"}</h2>
                    <ul>
                        { for v.divergences.iter().map(|d| html! {
                            <li class="divergence">
                                <span aria-hidden="true">{"≠ "}</span>
                                <strong class="kind">{ d.kind }</strong>{ format!(" between {} and {}: ", d.between.0, d.between.1) }
                                <span class="summary">{ &d.summary }</span>
                            </li>
                        }) }
                    </ul>
                </section>
            }
            <h2>{"Each source's version"}</h2>
            <ul class="versions">
                { for v.versions.iter().map(|ver| html! {
                    <li class={classes!("version", ver.sentences.is_empty().then_some("absent"))}>
                        <h3>{ &ver.source.name }</h3>
                        if ver.sentences.is_empty() {
                            <p class="absent-note">{"Not reported by this source."}</p>
                        }
                        { for ver.sentences.iter().map(|s| html! {
                            <blockquote class={classes!("version-text", s.reference.then_some("reference"))}>
                                <p><MarkedText pieces={s.pieces.clone()} /></p>
                                <footer>
                                    if s.reference { <span class="note">{"The version the others are marked against. "}</span> }
                                    if s.wholesale { <span class="note">{"Worded differently throughout. "}</span> }
                                    <a href={links.href(&s.href)}>{ format!("Read in context (sentence {})", s.index + 1) }</a>
                                </footer>
                            </blockquote>
                        }) }
                    </li>
                }) }
            </ul>
        </section>
    }
}
