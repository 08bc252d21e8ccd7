use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    pub message: AttrValue,
}

/// Says why the reader shows the overview instead of what the link named.
#[component]
pub fn Notice(props: &NoticeProps) -> Html {
    html! {
        <div class="notice" role="alert" id="notice">
            <strong>{"That link does not lead anywhere here. "}</strong>
            { &props.message }
            {" Showing the overview instead."}
        </div>
    }
}
