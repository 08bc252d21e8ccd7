use yew::prelude::*;

use crate::ui::components::fact_matrix::FactMatrix;
use crate::ui::components::source_card::SourceCard;
use crate::ui::view::overview::OverviewView;

#[derive(Properties, PartialEq)]
pub struct OverviewPageProps {
    pub view: OverviewView,
}

/// The story at a glance: the counts, the sources, the fact matrix.
#[component]
pub fn OverviewPage(props: &OverviewPageProps) -> Html {
    let v = &props.view;
    let t = &v.totals;
    html! {
        <section class="overview" aria-labelledby="page-title">
            <h1 id="page-title">{"Overview"}</h1>
            <ul class="totals" aria-label="Counts">
                <li class="total agreed"><span class="n" id="count-agreed">{ t.facts_agreed }</span>{" facts agreed"}</li>
                <li class="total disputed"><span class="n" id="count-disputed">{ t.facts_disputed }</span>{" facts disputed"}</li>
                <li class="total once"><span class="n" id="count-once">{ t.reported_once }</span>{" sentences reported once"}</li>
                <li class="total sources"><span class="n">{ t.sources }</span>{" sources, "}<span>{ t.sentences }</span>{" sentences"}</li>
            </ul>
            if !v.problems.is_empty() {
                <div class="problems" role="status">
                    <h2>{"Not compared"}</h2>
                    <ul>{ for v.problems.iter().map(|p| html! { <li>{ p }</li> }) }</ul>
                </div>
            }
            <h2>{"Sources"}</h2>
            <div class="cards">
                { for v.cards.iter().map(|c| html! { <SourceCard key={c.label.id.clone()} card={c.clone()} /> }) }
            </div>
            <h2>{"Facts"}</h2>
            if v.rows.is_empty() {
                <p>{"No fact is reported by more than one source."}</p>
            } else {
                <FactMatrix sources={v.sources.clone()} rows={v.rows.clone()} />
            }
        </section>
    }
}
