//! What the Export control offers: the comparison in each format the
//! command line writes, with the name and type the browser saves it under.

use crate::engine::Comparison;
use crate::export;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Json,
    Csv,
    Markdown,
}

impl ExportFormat {
    pub const ALL: [ExportFormat; 3] = [
        ExportFormat::Json,
        ExportFormat::Csv,
        ExportFormat::Markdown,
    ];

    /// The button's text.
    pub fn label(self) -> &'static str {
        match self {
            ExportFormat::Json => "JSON",
            ExportFormat::Csv => "CSV",
            ExportFormat::Markdown => "Markdown",
        }
    }

    /// The button's id (`export-json`...).
    pub fn id(self) -> &'static str {
        match self {
            ExportFormat::Json => "export-json",
            ExportFormat::Csv => "export-csv",
            ExportFormat::Markdown => "export-markdown",
        }
    }

    pub fn file_name(self) -> &'static str {
        match self {
            ExportFormat::Json => "parallax-comparison.json",
            ExportFormat::Csv => "parallax-comparison.csv",
            ExportFormat::Markdown => "parallax-comparison.md",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            ExportFormat::Json => "application/json",
            ExportFormat::Csv => "text/csv;charset=utf-8",
            ExportFormat::Markdown => "text/markdown;charset=utf-8",
        }
    }

    /// The file's text, or why it could not be written.
    pub fn render(self, c: &Comparison) -> Result<String, String> {
        match self {
            ExportFormat::Json => {
                // The file has every link's word diff, as the command line
                // writes it, though the reader works them out only as shown.
                let full = crate::engine::diff::with_diffs(c, &crate::engine::Config::default());
                export::json::export(&full).map_err(|e| e.to_string())
            }
            ExportFormat::Csv => Ok(export::csv::export(c)),
            ExportFormat::Markdown => Ok(export::markdown::export(c)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::fixture::comparison;

    #[test]
    fn each_format_renders_the_comparison_under_its_own_name() {
        let c = comparison();
        let json = ExportFormat::Json.render(&c).unwrap();
        assert_eq!(export::json::import(json.as_bytes()).unwrap(), c);
        let csv = ExportFormat::Csv.render(&c).unwrap();
        assert_eq!(csv.lines().count(), c.links.len() + 1);
        assert!(
            ExportFormat::Markdown
                .render(&c)
                .unwrap()
                .starts_with("# Parallax comparison")
        );
        // The reader's own analyses leave word diffs out; its JSON has them
        // all, as the command line writes them.
        let embedded = crate::corpus::embedded();
        let observed = crate::engine::compare_observed(&embedded, &Default::default(), &mut |_| {
            std::ops::ControlFlow::Continue(())
        })
        .unwrap();
        assert_eq!(
            ExportFormat::Json.render(&observed),
            export::json::export(&crate::engine::compare(&embedded, &Default::default()))
                .map_err(|e| e.to_string())
        );
        let names: Vec<&str> = ExportFormat::ALL.iter().map(|f| f.file_name()).collect();
        assert_eq!(
            names,
            [
                "parallax-comparison.json",
                "parallax-comparison.csv",
                "parallax-comparison.md"
            ]
        );
    }
}
