use yew::prelude::*;

use crate::engine::Relation;
use crate::ui::components::marked_text::MarkedText;
use crate::ui::route::Route;
use crate::ui::view::compare::Selection;

#[derive(Properties, PartialEq)]
pub struct SelectionPanelProps {
    pub selection: Selection,
}

/// The selected sentence against each counterpart: both wordings with the
/// differing words marked, and a divergence's kind in words.
#[component]
pub fn SelectionPanel(props: &SelectionPanelProps) -> Html {
    let sel = &props.selection;
    let links = crate::ui::location::use_links();
    html! {
        <section class="selection" aria-labelledby="selection-title" aria-live="polite">
            <h2 id="selection-title">{ format!("Selected in {}", sel.source.name) }</h2>
            <p class={classes!("selected-text", sel.standing.class())}>{ &sel.text }</p>
            if sel.counterparts.is_empty() {
                <p class="no-counterpart">{"No other source shown here reports this sentence."}</p>
            }
            <ol class="counterparts">
                { for sel.counterparts.iter().map(|(label, c)| {
                    let verdict = match (c.relation, c.kind) {
                        (Relation::Diverge, Some(kind)) => html! {
                            <p class="verdict diverge"><span aria-hidden="true">{"≠ "}</span><strong class="kind">{ format!("Diverges: {kind}") }</strong>
                                if let Some(summary) = &c.summary { {" — "}<span class="summary">{ summary.clone() }</span> }
                            </p>
                        },
                        _ => html! { <p class="verdict agree"><span aria-hidden="true">{"✓ "}</span><strong class="kind">{"Agrees"}</strong></p> },
                    };
                    html! {
                        <li class="counterpart-detail">
                            <h3>{ format!("{}, sentence {}", label.name, c.sentence + 1) }</h3>
                            { verdict }
                            if c.wholesale {
                                <p class="note">{"Worded differently throughout; no single words to mark."}</p>
                            }
                            <div class="diff">
                                <p><span class="diff-side">{ format!("{}: ", sel.source.name) }</span><MarkedText pieces={c.this.clone()} /></p>
                                <p><span class="diff-side">{ format!("{}: ", label.name) }</span><MarkedText pieces={c.other.clone()} /></p>
                            </div>
                            if let Some(fact) = c.fact {
                                <a href={links.href(&Route::Fact(fact).hash())}>{"Every source's version of this fact"}</a>
                            }
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
