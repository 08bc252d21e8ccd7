use yew::prelude::*;

use crate::ui::components::app::AppRoot;
use crate::ui::components::article_column::ArticleColumn;
use crate::ui::components::selection_panel::SelectionPanel;
use crate::ui::view::all::AllView;
use crate::ui::view::compare::anchor;

#[derive(Properties, PartialEq)]
pub struct AllPageProps {
    pub view: AllView,
}

/// Every source in its own column; each sentence marked against all others.
#[component]
pub fn AllPage(props: &AllPageProps) -> Html {
    let v = &props.view;
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
    html! {
        <section class="all" aria-labelledby="page-title">
            <h1 id="page-title">{"All sources"}</h1>
            if let Some(sel) = &v.selection {
                <SelectionPanel selection={sel.clone()} />
            } else {
                <p class="hint">{"Each sentence is marked against every other source. Select one to see its counterparts."}</p>
            }
            <div class="columns many">
                { for v.columns.iter().map(|c| html! { <ArticleColumn key={c.source.id.clone()} column={c.clone()} /> }) }
            </div>
        </section>
    }
}
