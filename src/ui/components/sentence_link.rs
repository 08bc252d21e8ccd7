use yew::prelude::*;

use crate::ui::view::compare::SentenceView;

#[derive(Properties, PartialEq)]
pub struct SentenceLinkProps {
    pub sentence: SentenceView,
}

/// A sentence as a link that selects it. Its standing shows as an underline
/// style, an icon and words for screen readers, not as colour alone.
#[component]
pub fn SentenceLink(props: &SentenceLinkProps) -> Html {
    let s = &props.sentence;
    let links = crate::ui::location::use_links();
    let class = classes!(
        "sentence",
        s.standing.class(),
        s.selected.then_some("selected"),
        s.counterpart.then_some("counterpart"),
    );
    html! {
        <>
            <a id={s.anchor.clone()} class={class} href={links.href(&s.href)}
               aria-current={s.selected.then_some("true")}
               data-standing={s.standing.label()} data-index={s.index.to_string()}>
                { &s.text }
                <span class="icon" aria-hidden="true">{ s.standing.icon() }</span>
                <span class="sr-only">{ format!(" ({})", s.standing.label()) }</span>
                if s.counterpart { <span class="sr-only">{" (counterpart of the selected sentence)"}</span> }
            </a>
            {" "}
        </>
    }
}
