use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShareControlProps {
    /// The address of exactly the current view.
    pub url: AttrValue,
    /// Why there is no link to give (a corpus too large for one): said in
    /// the panel, which offers Export instead.
    #[prop_or_default]
    pub problem: Option<AttrValue>,
}

/// Share: copies the current view's link and shows it, selectable, with a
/// Copy button for later; says whether the copy worked.
#[component]
pub fn ShareControl(props: &ShareControlProps) -> Html {
    let open = use_state_eq(|| false);
    let status = use_state_eq(|| None::<Result<(), String>>);
    let field = use_node_ref();
    {
        // A new view makes the last "copied" untrue.
        let status = status.clone();
        use_effect_with(props.url.clone(), move |_| status.set(None));
    }
    let copy = {
        let (url, status, field) = (props.url.clone(), status.clone(), field.clone());
        move || {
            let status = status.clone();
            crate::ui::copy_text(
                url.to_string(),
                field.clone(),
                Callback::from(move |result| status.set(Some(result))),
            );
        }
    };
    let on_share = {
        let (open, copy, problem) = (open.clone(), copy.clone(), props.problem.is_some());
        Callback::from(move |_: MouseEvent| {
            open.set(true);
            if !problem {
                copy();
            }
        })
    };
    let root = use_context::<crate::ui::components::app::AppRoot>().unwrap_or_default();
    let on_export = Callback::from(move |_: MouseEvent| crate::ui::focus(&root.0, "export-json"));
    let on_copy = Callback::from(move |_: MouseEvent| copy());
    let on_hide = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(false))
    };
    let message = match &*status {
        None => String::new(),
        Some(Ok(())) => "Link copied.".to_owned(),
        Some(Err(why)) => {
            format!("Not copied ({why}): the link is selected, copy it with Ctrl+C or ⌘C.")
        }
    };
    html! {
        <div class="share">
            <button type="button" class="button" id="share-button" aria-expanded={open.to_string()}
                    aria-controls="share-panel" onclick={on_share}>{"Share"}</button>
            if let (true, Some(problem)) = (*open, &props.problem) {
                <div class="share-panel" id="share-panel">
                    <p class="share-problem" id="share-problem" role="alert">{ problem.clone() }</p>
                    <button type="button" class="button" id="share-export" onclick={on_export}>{"Export instead"}</button>
                    <button type="button" class="button" id="share-hide" onclick={on_hide.clone()}>{"Hide"}</button>
                </div>
            } else if *open {
                <div class="share-panel" id="share-panel">
                    <label for="share-url">{"Link to this view"}</label>
                    <input id="share-url" type="url" readonly=true value={props.url.clone()} ref={field} />
                    <button type="button" class="button" id="share-copy" onclick={on_copy}>{"Copy link"}</button>
                    <button type="button" class="button" id="share-hide" onclick={on_hide}>{"Hide"}</button>
                    <p class="copy-status" id="share-status" role="status">{ message }</p>
                </div>
            }
        </div>
    }
}
