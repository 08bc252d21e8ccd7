use yew::prelude::*;

use crate::ui::components::app::AppRoot;
use crate::ui::components::article_column::ArticleColumn;
use crate::ui::components::pair_picker::PairPicker;
use crate::ui::components::selection_panel::SelectionPanel;
use crate::ui::route::{Route, Side};
use crate::ui::view::compare::{CompareView, anchor, pair_route};

#[derive(Properties, PartialEq)]
pub struct ComparePageProps {
    pub view: CompareView,
    pub on_navigate: Callback<Route>,
}

/// Two sources side by side, the selection's counterparts in view.
#[component]
pub fn ComparePage(props: &ComparePageProps) -> Html {
    let links = crate::ui::location::use_links();
    let v = &props.view;
    let (left, right) = (v.left.source.index, v.right.source.index);
    // The selection, then its counterparts, the first last: where one scroll
    // serves both (stacked columns), the first counterpart wins.
    let targets: Vec<String> = v
        .selection
        .iter()
        .flat_map(|s| {
            std::iter::once(anchor(&s.source.short, s.index)).chain(
                s.counterparts
                    .iter()
                    .rev()
                    .map(|(l, c)| anchor(&l.short, c.sentence)),
            )
        })
        .collect();
    let root = use_context::<AppRoot>().unwrap_or_default();
    use_effect_with(targets, move |ids| crate::ui::reveal(&root.0, ids));

    let on_pick = {
        let sources = v.sources.clone();
        let on_navigate = props.on_navigate.clone();
        Callback::from(move |(side, n): (Side, usize)| {
            let (a, b) = match side {
                Side::Left => (n, right),
                Side::Right => (left, n),
            };
            on_navigate.emit(pair_route(&sources, a, b));
        })
    };
    let step = |href: &Option<String>, text: &'static str, id: &'static str| match href {
        Some(h) => html! { <a class="button" id={id} href={links.href(h)}>{ text }</a> },
        None => {
            html! { <span class="button disabled" id={id} aria-disabled="true">{ text }</span> }
        }
    };
    html! {
        <section class="compare" aria-labelledby="page-title">
            <h1 id="page-title" class="sr-only">{ format!("Compare {} with {}", v.left.source.name, v.right.source.name) }</h1>
            <div class="toolbar">
                <PairPicker sources={v.sources.clone()} left={left} right={right}
                            swap_href={links.href(&v.swap_href)} {on_pick} />
                <nav class="divergence-nav" aria-label="Divergences">
                    { step(&v.prev_divergence, "← Previous divergence", "prev-divergence") }
                    <span class="count" id="divergence-count">{ match v.divergences {
                        1 => "1 diverging sentence on the left".to_owned(),
                        n => format!("{n} diverging sentences on the left"),
                    } }</span>
                    { step(&v.next_divergence, "Next divergence →", "next-divergence") }
                </nav>
            </div>
            <div class="columns two">
                <ArticleColumn column={v.left.clone()} side={Some(AttrValue::from("Left"))} />
                <ArticleColumn column={v.right.clone()} side={Some(AttrValue::from("Right"))} />
                <div class="panel">
                    if let Some(sel) = &v.selection {
                        <SelectionPanel selection={sel.clone()} />
                    } else {
                        <p class="hint">{"Select a sentence to see its counterpart in the other column and how the wording differs."}</p>
                    }
                </div>
            </div>
        </section>
    }
}
