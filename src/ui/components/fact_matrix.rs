use yew::prelude::*;

use crate::engine::FactStatus;
use crate::ui::view::overview::{Cell, MatrixRow};
use crate::ui::view::sources::SourceLabel;

#[derive(Properties, PartialEq)]
pub struct FactMatrixProps {
    pub sources: Vec<SourceLabel>,
    pub rows: Vec<MatrixRow>,
}

/// Facts by sources: who reports each fact, agreeing or diverging. Each row's
/// label is a link to the fact.
#[component]
pub fn FactMatrix(props: &FactMatrixProps) -> Html {
    let links = crate::ui::location::use_links();
    let cell = |c: Cell| {
        let (class, icon) = match c {
            Cell::Agrees => ("cell-agree", "✓"),
            Cell::Diverges => ("cell-diverge", "≠"),
            Cell::Absent => ("cell-absent", "–"),
        };
        html! {
            <td class={class}><span aria-hidden="true">{ icon }</span><span class="sr-only">{ c.label() }</span></td>
        }
    };
    html! {
        <div class="matrix-wrap" tabindex="0" role="region" aria-label="Facts by sources">
            <table class="matrix">
                <caption>{"Facts (rows) by sources (columns): ✓ reported and agreeing, ≠ reported and diverging, – not reported. Select a fact to open it."}</caption>
                <thead>
                    <tr>
                        <th scope="col">{"Fact"}</th>
                        { for props.sources.iter().map(|s| html! { <th scope="col" title={s.id.clone()}>{ &s.name }</th> }) }
                    </tr>
                </thead>
                <tbody>
                    { for props.rows.iter().map(|row| {
                        let status = match row.status {
                            FactStatus::Agreed => "agreed",
                            FactStatus::Disputed => "disputed",
                        };
                        html! {
                            <tr class={classes!("fact-row", status)} key={row.fact}>
                                <th scope="row">
                                    <a href={links.href(&row.href)} data-fact={row.fact.to_string()}>
                                        <span class={classes!("status", status)}>{ status }</span>
                                        { &row.label }
                                    </a>
                                </th>
                                { for row.cells.iter().map(|&c| cell(c)) }
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
    }
}
