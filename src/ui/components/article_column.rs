use yew::prelude::*;

use crate::engine::BlockKind;
use crate::ui::components::sentence_link::SentenceLink;
use crate::ui::view::compare::ColumnView;

#[derive(Properties, PartialEq)]
pub struct ArticleColumnProps {
    pub column: ColumnView,
    /// Words before the source's name in the column heading, e.g. "Left".
    #[prop_or_default]
    pub side: Option<AttrValue>,
}

/// A source's cleaned article: headings as headings, captions as captions.
#[component]
pub fn ArticleColumn(props: &ArticleColumnProps) -> Html {
    let col = &props.column;
    let label = &col.source;
    let heading_id = format!("col-{}", label.short);
    html! {
        <article class="column" aria-labelledby={heading_id.clone()} data-source={label.id.clone()}>
            <header class="column-head">
                <h2 id={heading_id}>
                    if let Some(side) = &props.side { <span class="side">{ side }{": "}</span> }
                    { &label.name }
                </h2>
                <p class="column-meta">
                    { label.date.clone().unwrap_or_else(|| "date not stated".to_owned()) }
                    {" · "}<code>{ &label.short }</code>
                </p>
            </header>
            { for col.blocks.iter().map(|block| {
                let sentences = html! { { for block.sentences.iter().map(|s| html! { <SentenceLink key={s.index} sentence={s.clone()} /> }) } };
                match block.kind {
                    BlockKind::Heading => html! { <h3 class="block heading">{ sentences }</h3> },
                    BlockKind::Caption => html! {
                        <figure class="block caption"><figcaption><span class="sr-only">{"Caption: "}</span>{ sentences }</figcaption></figure>
                    },
                    BlockKind::Body => html! { <p class="block">{ sentences }</p> },
                }
            }) }
        </article>
    }
}
