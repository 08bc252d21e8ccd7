use std::rc::Rc;

use yew::prelude::*;

use crate::engine::RawArticle;
use crate::intake::{self, ArticleDraft};
use crate::saved::SavedCorpora;
use crate::ui::components::kept_list::KeptList;
use crate::ui::view::own::draft_items;

#[derive(Properties, PartialEq)]
pub struct AddPageProps {
    /// The comparisons kept in this browser (or in memory only).
    pub kept: Rc<SavedCorpora>,
    /// The example's name and size (`view::own::example_item`).
    pub example: (String, String),
    /// Whether they are written to the browser's storage.
    pub writable: bool,
    /// What went wrong with storage, in sentences.
    pub problems: Vec<String>,
    /// Called with a checked corpus of two or more articles to compare.
    pub on_compare: Callback<Vec<RawArticle>>,
    /// Called with a kept comparison's key to forget it.
    pub on_remove: Callback<String>,
}

/// Add articles: paste text (with a title and outlet) or drop or choose
/// files; the drafts wait in a list until there are two to compare. Every
/// refusal and notice from intake is said in the messages line.
#[component]
pub fn AddPage(props: &AddPageProps) -> Html {
    let drafts = use_state(Vec::<ArticleDraft>::new);
    let messages = use_state(Vec::<String>::new);
    let (text, title, outlet) = (
        use_state(String::new),
        use_state(String::new),
        use_state(String::new),
    );
    let dragging = use_state_eq(|| false);

    // Accepted drafts join the list (with any notice); refusals are said.
    let take = {
        let (drafts, messages) = (drafts.clone(), messages.clone());
        Callback::from(move |read: Vec<Result<ArticleDraft, String>>| {
            let mut list = (*drafts).clone();
            let mut said = Vec::new();
            for result in read {
                match result {
                    Ok(draft) => {
                        said.push(match intake::notice(&draft) {
                            Some(notice) => format!("Added {}. Note: {notice}.", draft.label),
                            None => format!("Added {}.", draft.label),
                        });
                        list.push(draft);
                    }
                    Err(why) => said.push(format!("Not added: {why}.")),
                }
            }
            drafts.set(list);
            messages.set(said);
        })
    };
    let field = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(value) = crate::ui::input_value(&e) {
                state.set(value);
            }
        })
    };
    let on_add_text = {
        let (take, text, title, outlet) =
            (take.clone(), text.clone(), title.clone(), outlet.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let draft = intake::from_paste(&text, Some(&title), Some(&outlet));
            if draft.is_ok() {
                text.set(String::new());
                title.set(String::new());
                outlet.set(String::new());
            }
            take.emit(vec![draft.map_err(|e| e.to_string())]);
        })
    };
    let on_files = {
        let take = take.clone();
        Callback::from(move |e: Event| crate::ui::read_article_files(e, take.clone()))
    };
    let on_drag = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            // Without this the browser opens the file instead of dropping it.
            e.prevent_default();
            dragging.set(e.type_() != "dragleave");
        })
    };
    let on_drop = {
        let (take, dragging) = (take.clone(), dragging.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            crate::ui::read_article_files(e.into(), take.clone());
        })
    };
    let on_compare = {
        let (drafts, messages, on_compare) =
            (drafts.clone(), messages.clone(), props.on_compare.clone());
        Callback::from(move |_: MouseEvent| match intake::corpus(&drafts) {
            Ok(articles) => {
                drafts.set(Vec::new());
                messages.set(Vec::new());
                on_compare.emit(articles);
            }
            Err(e) => messages.set(vec![format!("Not compared: {e}.")]),
        })
    };
    let remove = |i: usize| {
        let (drafts, messages) = (drafts.clone(), messages.clone());
        Callback::from(move |_: MouseEvent| {
            let mut list = (*drafts).clone();
            if i < list.len() {
                let gone = list.remove(i);
                messages.set(vec![format!("Removed {}.", gone.label)]);
                drafts.set(list);
            }
        })
    };
    let items = draft_items(&drafts);
    let ready = drafts.len() >= intake::MIN_ARTICLES;
    html! {
        <div class="add-page" ondragover={on_drag.clone()} ondragenter={on_drag.clone()} ondragleave={on_drag} ondrop={on_drop}>
            <h1>{"Add articles"}</h1>
            <p class="lede">{"Compare your own articles: paste them or drop files, two or more. They are read in this browser and sent nowhere."}</p>
            <div class="add-forms">
                <form class="paste" id="paste-form" onsubmit={on_add_text} aria-labelledby="paste-title">
                    <h2 id="paste-title">{"Paste an article"}</h2>
                    <label for="paste-text">{"Text"}</label>
                    <textarea id="paste-text" rows="8" value={(*text).clone()} oninput={field(&text)} />
                    <label for="paste-name">{"Title (optional)"}</label>
                    <input id="paste-name" type="text" value={(*title).clone()} oninput={field(&title)} />
                    <label for="paste-outlet">{"Outlet (optional)"}</label>
                    <input id="paste-outlet" type="text" value={(*outlet).clone()} oninput={field(&outlet)} />
                    <button type="submit" class="button" id="paste-add">{"Add this text"}</button>
                </form>
                <section class={classes!("drop-zone", dragging.then_some("dragging"))} id="drop-zone" aria-labelledby="files-title">
                    <h2 id="files-title">{"Or drop files here"}</h2>
                    <p>{".txt, .md and .html files (a saved web page is reduced to its article text)."}</p>
                    <label for="article-files">{"Choose files"}</label>
                    <input id="article-files" type="file" multiple=true accept=".txt,.md,.markdown,.html,.htm" onchange={on_files} />
                </section>
            </div>
            <div class="add-messages" id="add-messages" role="status" aria-live="polite">
                if !messages.is_empty() {
                    <ul>{ for messages.iter().map(|m| html! { <li>{ m.clone() }</li> }) }</ul>
                }
            </div>
            <section class="drafts" aria-labelledby="drafts-title">
                <h2 id="drafts-title">{ format!("Articles to compare ({})", items.len()) }</h2>
                <ol id="drafts">
                    { for items.iter().enumerate().map(|(i, d)| html! {
                        <li class="draft">
                            <span class="draft-name">{ d.name.clone() }</span>
                            <span class="draft-detail">{ d.detail.clone() }</span>
                            <button type="button" class="button" aria-label={format!("Remove {}", d.name)} onclick={remove(i)}>{"Remove"}</button>
                        </li>
                    }) }
                </ol>
                <button type="button" class="button primary" id="compare-drafts" disabled={!ready} onclick={on_compare}
                        aria-describedby="compare-hint">{"Compare"}</button>
                <span id="compare-hint" class="hint">
                    { if ready { "Compares them in this browser and keeps the comparison." } else { "Add at least two articles." } }
                </span>
            </section>
            <KeptList kept={props.kept.clone()} example={props.example.clone()} writable={props.writable} problems={props.problems.clone()} on_remove={props.on_remove.clone()} />
        </div>
    }
}
