use yew::prelude::*;

use crate::ui::components::marked_text::MarkedText;
use crate::ui::view::quotes::QuotesView;

#[derive(Properties, PartialEq)]
pub struct QuotesPageProps {
    pub view: QuotesView,
}

/// Each speaker's quotations across sources, one statement per group.
#[component]
pub fn QuotesPage(props: &QuotesPageProps) -> Html {
    let links = crate::ui::location::use_links();
    html! {
        <section class="quotes" aria-labelledby="page-title">
            <h1 id="page-title">{"Quotes"}</h1>
            if props.view.speakers.is_empty() {
                <p>{"No quotations were found."}</p>
            }
            { for props.view.speakers.iter().map(|sp| html! {
                <section class="speaker" key={sp.name.clone()}>
                    <h2>{ &sp.name }<span class="count">{ format!(" · {} statements", sp.statements.len()) }</span></h2>
                    <ul class="statements">
                        { for sp.statements.iter().map(|st| html! {
                            <li class={classes!("statement", st.variants.then_some("variants"))}>
                                if st.variants { <p class="note"><span aria-hidden="true">{"≠ "}</span>{"Worded differently across sources"}</p> }
                                else if st.versions.len() > 1 { <p class="note"><span aria-hidden="true">{"✓ "}</span>{ format!("Same words in {} sources", st.versions.len()) }</p> }
                                { for st.versions.iter().map(|q| html! {
                                    <figure class="quote">
                                        <blockquote><p><MarkedText pieces={q.pieces.clone()} /></p></blockquote>
                                        <figcaption><a href={links.href(&q.href)}>{ &q.source.name }</a></figcaption>
                                    </figure>
                                }) }
                            </li>
                        }) }
                    </ul>
                </section>
            }) }
        </section>
    }
}
