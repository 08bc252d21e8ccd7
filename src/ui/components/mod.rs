//! Components: one per file, each printing one view model. Navigation is by
//! plain links to hash routes, so the keyboard, middle-click, back/forward and
//! reload all work without code; only the pair picker needs a callback.

pub mod add_page;
pub mod all_page;
pub mod analysis_progress;
pub mod app;
pub mod article_column;
pub mod compare_page;
pub mod embed_dialog;
pub mod embed_head;
pub mod export_control;
pub mod fact_matrix;
pub mod fact_page;
pub mod import_control;
pub mod kept_list;
pub mod legend;
pub mod marked_text;
pub mod notice;
pub mod overview_page;
pub mod page_head;
pub mod pair_picker;
pub mod quotes_page;
pub mod selection_panel;
pub mod sentence_link;
pub mod share_control;
pub mod site_nav;
pub mod source_card;
pub mod use_library;

#[cfg(test)]
mod tests;
