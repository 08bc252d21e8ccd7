use std::rc::Rc;

use yew::prelude::*;

use crate::engine::Comparison;
use crate::ui::view::export::ExportFormat;

#[derive(Properties, PartialEq)]
pub struct ExportControlProps {
    pub comparison: Rc<Comparison>,
}

/// Export: the comparison saved as JSON, CSV or Markdown, made in the
/// browser when a button is pressed; says what was saved, or why not.
#[component]
pub fn ExportControl(props: &ExportControlProps) -> Html {
    let status = use_state_eq(String::new);
    let button = |format: ExportFormat| {
        let (comparison, status) = (props.comparison.clone(), status.clone());
        let on_click = Callback::from(move |_: MouseEvent| {
            let saved = format
                .render(&comparison)
                .and_then(|text| crate::ui::save_file(format.file_name(), format.mime(), &text));
            status.set(match saved {
                Ok(()) => format!("Saved {}.", format.file_name()),
                Err(why) => format!("Not saved: {why}."),
            });
        });
        html! {
            <button type="button" class="button" id={format.id()} onclick={on_click}>
                { format.label() }
            </button>
        }
    };
    html! {
        <div class="export" role="group" aria-labelledby="export-label">
            <span id="export-label">{"Export this comparison:"}</span>
            { for ExportFormat::ALL.into_iter().map(button) }
            <span class="export-status" id="export-status" role="status">{ (*status).clone() }</span>
        </div>
    }
}
