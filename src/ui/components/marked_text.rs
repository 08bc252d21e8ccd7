use yew::prelude::*;

use crate::ui::view::marks::Piece;

#[derive(Properties, PartialEq)]
pub struct MarkedTextProps {
    pub pieces: Vec<Piece>,
}

/// Text with its differing words in `<mark>`, announced as "differs", and the
/// words a divergence names marked more strongly, announced as "diverges".
#[component]
pub fn MarkedText(props: &MarkedTextProps) -> Html {
    props
        .pieces
        .iter()
        .map(|p| {
            if p.key {
                html! { <mark class="changed key"><span class="sr-only">{"[diverges: "}</span>{ &p.text }<span class="sr-only">{"]"}</span></mark> }
            } else if p.changed {
                html! { <mark class="changed"><span class="sr-only">{"[differs: "}</span>{ &p.text }<span class="sr-only">{"]"}</span></mark> }
            } else {
                html! { { &p.text } }
            }
        })
        .collect()
}
