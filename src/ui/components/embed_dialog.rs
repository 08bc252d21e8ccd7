use yew::prelude::*;

use crate::ui::mode::{Mode, Theme};
use crate::ui::route::Route;
use crate::ui::view::embed::{FALLBACK_HEIGHT, embed_code};

#[derive(Properties, PartialEq)]
pub struct EmbedDialogProps {
    pub mode: Mode,
    /// The view to embed, in its short form.
    pub route: Route,
    /// The iframe's title: what the view shows.
    pub title: AttrValue,
}

/// The Embed button and its dialog: the two embed codes for the current
/// view, a theme for them, and a Copy button for each.
#[component]
pub fn EmbedDialog(props: &EmbedDialogProps) -> Html {
    let dialog = use_node_ref();
    let theme = use_state_eq(|| props.mode.theme);
    let on_open = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| crate::ui::open_dialog(&dialog))
    };
    let choice = |t: Theme, label: &'static str| {
        let on_change = {
            let theme = theme.clone();
            Callback::from(move |_: Event| theme.set(t))
        };
        let id = format!("embed-theme-{}", t.as_str());
        html! {
            <label for={id.clone()}>
                <input type="radio" name="embed-theme" id={id} value={t.as_str()}
                       checked={*theme == t} onchange={on_change} />
                { label }
            </label>
        }
    };
    let body = match embed_code(&props.mode, &props.route, *theme, &props.title) {
        Ok(code) => html! {
            <>
                <CodeBlock id="embed-iframe" heading="Iframe: works in almost every CMS" rows={6}
                           code={AttrValue::from(code.iframe)}
                           note={format!("Paste both lines. The script sizes the frame to the reader as it changes \
                                  and mirrors the view in your page’s address (?parallax=…), so a shared article \
                                  reopens it. Where the CMS strips scripts the frame stays {FALLBACK_HEIGHT} pixels \
                                  tall and scrolls inside.")} />
                <CodeBlock id="embed-mount" heading="Script mount: no iframe" rows={3}
                           code={AttrValue::from(code.mount)}
                           note={"The reader draws inside the <div>, styled apart from your page in a shadow root. \
                                  The server holding the reader must allow cross-origin requests \
                                  (Access-Control-Allow-Origin), and your page must allow its scripts and \
                                  WebAssembly: see the README’s section for newsroom editors."} />
            </>
        },
        Err(why) => html! { <p class="notice" id="embed-unavailable">{ why }</p> },
    };
    html! {
        <>
            <button type="button" class="button" id="embed-button" aria-haspopup="dialog"
                    onclick={on_open}>{"Embed"}</button>
            <dialog class="embed-dialog" id="embed-dialog" ref={dialog} aria-labelledby="embed-title">
                <h2 id="embed-title">{"Embed this view"}</h2>
                <p class="hint">{ format!("Both codes open on this view ({}); readers can move to the others inside.", props.title) }</p>
                <fieldset class="theme-choice">
                    <legend>{"Theme"}</legend>
                    { choice(Theme::Auto, "Reader’s system") }
                    { choice(Theme::Light, "Light") }
                    { choice(Theme::Dark, "Dark") }
                </fieldset>
                { body }
                <form method="dialog">
                    <button class="button" id="embed-close">{"Close"}</button>
                </form>
            </dialog>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct CodeBlockProps {
    id: AttrValue,
    heading: AttrValue,
    code: AttrValue,
    note: AttrValue,
    /// Lines shown without scrolling: the whole code.
    rows: u32,
}

/// One embed code: what it is, the code in a read-only box, and Copy.
#[component]
fn CodeBlock(props: &CodeBlockProps) -> Html {
    let field = use_node_ref();
    let status = use_state_eq(|| None::<Result<(), String>>);
    {
        let status = status.clone();
        use_effect_with(props.code.clone(), move |_| status.set(None));
    }
    let on_copy = {
        let (code, field, status) = (props.code.clone(), field.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            crate::ui::copy_text(
                code.to_string(),
                field.clone(),
                Callback::from(move |r| status.set(Some(r))),
            );
        })
    };
    let message = match &*status {
        None => String::new(),
        Some(Ok(())) => "Copied.".to_owned(),
        Some(Err(why)) => {
            format!("Not copied ({why}): the code is selected, copy it with Ctrl+C or ⌘C.")
        }
    };
    let id = &props.id;
    html! {
        <section class="embed-code" aria-labelledby={format!("{id}-title")}>
            <h3 id={format!("{id}-title")}>{ &props.heading }</h3>
            <textarea id={id.clone()} readonly=true rows={props.rows.to_string()} spellcheck="false"
                      aria-labelledby={format!("{id}-title")} aria-describedby={format!("{id}-note")}
                      value={props.code.clone()} ref={field} />
            <div class="code-actions">
                <button type="button" class="button" id={format!("{id}-copy")} onclick={on_copy}>{"Copy code"}</button>
                <span class="copy-status" role="status" id={format!("{id}-status")}>{ message }</span>
            </div>
            <p class="hint" id={format!("{id}-note")}>{ &props.note }</p>
        </section>
    }
}
