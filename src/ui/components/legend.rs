use yew::prelude::*;

use crate::ui::view::marks::Standing;

#[derive(Properties, PartialEq)]
pub struct LegendProps {}

/// What the marks mean: each has an icon and an underline style as well as a colour.
#[component]
pub fn Legend(_props: &LegendProps) -> Html {
    let item = |s: Standing, text: &str| {
        html! {
            <li>
                <span class={classes!("sentence", s.class())}>{ s.label() }<span class="icon" aria-hidden="true">{ s.icon() }</span></span>
                {" "}{ text.to_owned() }
            </li>
        }
    };
    html! {
        <aside class="legend" aria-label="Legend">
            <h2 class="legend-title">{"Legend"}</h2>
            <ul>
                { item(Standing::Corroborated, "another source reports it the same way (solid underline)") }
                { item(Standing::Diverging, "another source reports it differently (wavy underline)") }
                { item(Standing::Unique, "no other source reports it (dotted underline)") }
                <li><mark class="changed">{"words"}</mark>{" that differ between two versions"}</li>
                <li><mark class="changed key">{"words"}</mark>{" that make them disagree (bold, wavy underline)"}</li>
            </ul>
        </aside>
    }
}
