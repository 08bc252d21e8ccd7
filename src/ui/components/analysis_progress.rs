use yew::prelude::*;

use crate::ui::analysis::Progress;

#[derive(Properties, PartialEq)]
pub struct AnalysisProgressProps {
    /// How far the analysis has got; none while a link is being opened.
    pub progress: Option<Progress>,
    /// What is happening, in words.
    pub label: AttrValue,
}

/// The line shown while a reader's own articles are opened or compared,
/// announced to screen readers as it changes.
#[component]
pub fn AnalysisProgress(props: &AnalysisProgressProps) -> Html {
    let bar = props
        .progress
        .filter(|p| p.total > 0)
        .map(|p| (p.done.min(p.total).to_string(), p.total.to_string()));
    html! {
        <section class="analysis-progress" aria-labelledby="progress-label">
            <p id="progress-label" role="status" aria-live="polite">{ props.label.clone() }</p>
            if let Some((value, max)) = bar {
                <progress id="progress-bar" aria-labelledby="progress-label" {value} {max}></progress>
            } else {
                <progress id="progress-bar" aria-labelledby="progress-label"></progress>
            }
        </section>
    }
}
