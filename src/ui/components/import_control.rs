use std::rc::Rc;

use yew::prelude::*;

use crate::engine::Comparison;
use crate::export::json::{MAX_IMPORT_BYTES, import};

#[derive(Properties, PartialEq)]
pub struct ImportControlProps {
    /// Called with a comparison read from a file, to show it.
    pub on_import: Callback<Rc<Comparison>>,
}

/// Import: a comparison exported as JSON, read back and shown in place of
/// the one on the page; a file that is not one gets its message and the
/// page keeps what it shows.
#[component]
pub fn ImportControl(props: &ImportControlProps) -> Html {
    let status = use_state_eq(String::new);
    let on_change = {
        let (status, on_import) = (status.clone(), props.on_import.clone());
        Callback::from(move |event: Event| {
            let (status, on_import) = (status.clone(), on_import.clone());
            crate::ui::read_chosen_file(
                event,
                MAX_IMPORT_BYTES,
                Callback::from(move |read: Result<Option<Vec<u8>>, String>| {
                    let message = match read.map(|bytes| bytes.map(|b| import(&b))) {
                        Ok(None) => return,
                        Ok(Some(Ok(c))) => {
                            let t = &c.totals;
                            let said = format!(
                                "Imported: {} sources, {} sentences, {} links.",
                                t.sources, t.sentences, t.links
                            );
                            on_import.emit(Rc::new(c));
                            said
                        }
                        Ok(Some(Err(e))) => format!("Not imported: {e}."),
                        Err(why) => format!("Not imported: {why}."),
                    };
                    status.set(message);
                }),
            );
        })
    };
    html! {
        <div class="import">
            <label for="import-file">{"Import a comparison (JSON):"}</label>
            <input type="file" id="import-file" accept=".json,application/json" onchange={on_change} />
            <span class="import-status" id="import-status" role="status">{ (*status).clone() }</span>
        </div>
    }
}
