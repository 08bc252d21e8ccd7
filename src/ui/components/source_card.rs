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
    let links = crate::ui::location::use_links();
    let card = &props.card;
    let label = &card.label;
    let st = &card.stats;
    let known = |v: &Option<String>| match v {
        Some(v) => html! { { v.clone() } },
        None => html! { <span class="unknown">{"not stated"}</span> },
    };
    // An SVG bar: its parts are sized by attributes, not inline styles, which
    // a strict Content-Security-Policy (no 'unsafe-inline' styles) refuses.
    let parts = [
        ("mark-agree-bg", st.share_corroborated),
        ("mark-diverge-bg", st.share_disputed),
        ("mark-unique-bg", st.share_unique),
    ];
    let mut x = 0.0;
    let bar: Html = parts
        .iter()
        .map(|&(class, share)| {
            let width = (share * 100.0).clamp(0.0, 100.0 - x);
            let rect = html! {
                <rect class={class} x={format!("{x:.2}")} y="0" width={format!("{width:.2}")} height="1" />
            };
            x += width;
            rect
        })
        .collect();
    html! {
        <article class="source-card" aria-labelledby={format!("card-{}", label.short)}>
            <h3 id={format!("card-{}", label.short)}>{ &label.name }</h3>
            <dl class="meta">
                <dt>{"Title"}</dt><dd>{ known(&label.title) }</dd>
                <dt>{"Outlet"}</dt><dd>{ known(&label.outlet) }</dd>
                <dt>{"Date"}</dt><dd>{ known(&label.date) }</dd>
                <dt>{"File"}</dt><dd><code>{ &label.id }</code></dd>
            </dl>
            <svg class="bar" aria-hidden="true" focusable="false" viewBox="0 0 100 1" preserveAspectRatio="none">
                { bar }
            </svg>
            <ul class="shares">
                <li><span class="icon" aria-hidden="true">{"✓"}</span>{ format!("{} corroborated ({})", st.corroborated, percent(st.share_corroborated)) }</li>
                <li><span class="icon" aria-hidden="true">{"≠"}</span>{ format!("{} disputed ({})", st.disputed, percent(st.share_disputed)) }</li>
                <li><span class="icon" aria-hidden="true">{"•"}</span>{ format!("{} unique ({})", st.unique, percent(st.share_unique)) }</li>
            </ul>
            <p class="of">{ format!("of {} sentences", st.sentences) }</p>
            if let Some(href) = &card.compare_href {
                <a class="button" href={links.href(href)}>{ format!("Compare {}", label.name) }</a>
            }
        </article>
    }
}
