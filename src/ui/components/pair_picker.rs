use yew::prelude::*;

use crate::ui::route::Side;
use crate::ui::view::sources::SourceLabel;

#[derive(Properties, PartialEq)]
pub struct PairPickerProps {
    pub sources: Vec<SourceLabel>,
    pub left: usize,
    pub right: usize,
    pub swap_href: AttrValue,
    /// A source was picked for a side.
    pub on_pick: Callback<(Side, usize)>,
}

/// Chooses the two sources to compare, from all pairs, and swaps them.
#[component]
pub fn PairPicker(props: &PairPickerProps) -> Html {
    let select = |side: Side, chosen: usize, other: usize| {
        let on_pick = props.on_pick.clone();
        let onchange = Callback::from(move |e: Event| {
            if let Some(n) = crate::ui::select_value(&e).and_then(|v| v.parse().ok()) {
                on_pick.emit((side, n));
            }
        });
        let (id, text) = match side {
            Side::Left => ("pick-left", "Left"),
            Side::Right => ("pick-right", "Right"),
        };
        html! {
            <label for={id}>{ text }{" "}
                <select id={id} {onchange}>
                    { for props.sources.iter().filter(|s| s.index != other).map(|s| html! {
                        <option value={s.index.to_string()} selected={s.index == chosen}>{ &s.name }</option>
                    }) }
                </select>
            </label>
        }
    };
    html! {
        <div class="pair-picker" role="group" aria-label="Sources to compare">
            { select(Side::Left, props.left, props.right) }
            <a class="button swap" href={props.swap_href.clone()} id="swap">
                <span aria-hidden="true">{"⇄ "}</span>{"Swap"}
            </a>
            { select(Side::Right, props.right, props.left) }
        </div>
    }
}
