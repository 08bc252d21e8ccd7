use std::rc::Rc;

use yew::prelude::*;

use crate::saved::SavedCorpora;
use crate::ui::view::own::kept_items;

#[derive(Properties, PartialEq)]
pub struct KeptListProps {
    pub kept: Rc<SavedCorpora>,
    /// The example's name and size, as the list shows them.
    pub example: (String, String),
    pub writable: bool,
    pub problems: Vec<String>,
    pub on_remove: Callback<String>,
}

/// The comparisons a reader can open: the example, always, and their own,
/// each removable; says where they are kept and what went wrong with that.
#[component]
pub fn KeptList(props: &KeptListProps) -> Html {
    let items = kept_items(&props.kept);
    html! {
        <section class="kept" aria-labelledby="kept-title">
            <h2 id="kept-title">{"Your comparisons"}</h2>
            { for props.problems.iter().map(|p| html! { <p class="notice" role="alert">{ p.clone() }</p> }) }
            <p class="hint" id="kept-where">
                { if props.writable {
                    "Kept in this browser only (its local storage), until you remove them."
                } else {
                    "Kept only until this page closes."
                } }
            </p>
            <ul id="kept-list">
                <li class="kept-item">
                    <a href="#/">{ props.example.0.clone() }</a>
                    <span class="draft-detail">{ props.example.1.clone() }</span>
                </li>
                { for items.into_iter().map(|item| {
                    let on_remove = {
                        let (on_remove, key) = (props.on_remove.clone(), item.key.clone());
                        Callback::from(move |_: MouseEvent| on_remove.emit(key.clone()))
                    };
                    html! {
                        <li class="kept-item" data-key={item.key.clone()}>
                            <a href={item.href.clone()}>{ item.title.clone() }</a>
                            <span class="draft-detail">{ format!("{} articles", item.articles) }</span>
                            <button type="button" class="button" aria-label={format!("Remove {}", item.title)} onclick={on_remove}>{"Remove"}</button>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
