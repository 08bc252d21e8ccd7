use yew::prelude::*;

use crate::ui::view::overview::SourceCard as Card;

#[derive(Properties, PartialEq)]
pub struct SourceCardProps {
    pub card: Card,
}

fn percent(share: f64) -> String {
    format!("{:.0}%", (share * 100.0).clamp(0.0, 100.0))
}

/// A source: what the text says about itself and how much of it others confirm.
#[component]
pub fn SourceCard(props: &SourceCardProps) -> Html {
    let card = &props.card;
    let label = &card.label;
    let st = &card.stats;
    let known = |v: &Option<String>| match v {
        Some(v) => html! { { v.clone() } },
        None => html! { <span class="unknown">{"not stated"}</span> },
    };
    let bar = |class: &'static str, share: f64| {
        let width = format!("width: {}", percent(share));
        html! { <span class={classes!("bar-part", class)} style={width}></span> }
    };
    html! {
        <article class="source-card" aria-labelledby={format!("card-{}", label.short)}>
            <h3 id={format!("card-{}", label.short)}>{ &label.name }</h3>
            <dl class="meta">
                <dt>{"Title"}</dt><dd>{ known(&label.title) }</dd>
                <dt>{"Outlet"}</dt><dd>{ known(&label.outlet) }</dd>
                <dt>{"Date"}</dt><dd>{ known(&label.date) }</dd>
                <dt>{"File"}</dt><dd><code>{ &label.id }</code></dd>
            </dl>
            <div class="bar" aria-hidden="true">
                { bar("mark-agree-bg", st.share_corroborated) }
                { bar("mark-diverge-bg", st.share_disputed) }
                { bar("mark-unique-bg", st.share_unique) }
            </div>
            <ul class="shares">
                <li><span class="icon" aria-hidden="true">{"✓"}</span>{ format!("{} corroborated ({})", st.corroborated, percent(st.share_corroborated)) }</li>
                <li><span class="icon" aria-hidden="true">{"≠"}</span>{ format!("{} disputed ({})", st.disputed, percent(st.share_disputed)) }</li>
                <li><span class="icon" aria-hidden="true">{"•"}</span>{ format!("{} unique ({})", st.unique, percent(st.share_unique)) }</li>
            </ul>
            <p class="of">{ format!("of {} sentences", st.sentences) }</p>
            if let Some(href) = &card.compare_href {
                <a class="button" href={href.clone()}>{ format!("Compare {}", label.name) }</a>
            }
        </article>
    }
}
