//! How a source is named on screen: outlet, else title, else its short id.

use crate::engine::Comparison;
use crate::ui::route::short_ids;

/// A source as the reader sees it named.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceLabel {
    pub index: usize,
    pub id: String,
    /// The shortest unique prefix of the id, used in links.
    pub short: String,
    /// Outlet, else title, else "Source <short>"; never empty.
    pub name: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub date: Option<String>,
}

/// Labels for every source, in comparison order. Two sources that would be
/// named alike get their short id appended so columns can be told apart.
pub fn labels(comparison: &Comparison) -> Vec<SourceLabel> {
    let ids: Vec<&str> = comparison.sources.iter().map(|s| s.id.as_str()).collect();
    let shorts = short_ids(&ids, 3);
    let mut labels: Vec<SourceLabel> = comparison
        .sources
        .iter()
        .zip(shorts)
        .enumerate()
        .map(|(index, (s, short))| {
            let clean = |v: &Option<String>| v.as_ref().filter(|t| !t.trim().is_empty()).cloned();
            let (title, outlet, date) = (
                clean(&s.meta.title),
                clean(&s.meta.outlet),
                clean(&s.meta.date),
            );
            let name = outlet
                .clone()
                .or_else(|| title.clone())
                .unwrap_or_else(|| format!("Source {short}"));
            SourceLabel {
                index,
                id: s.id.clone(),
                short,
                name,
                title,
                outlet,
                date,
            }
        })
        .collect();
    let names: Vec<String> = labels.iter().map(|l| l.name.clone()).collect();
    for label in &mut labels {
        if names.iter().filter(|n| **n == label.name).count() > 1 {
            label.name = format!("{} ({})", label.name, label.short);
        }
    }
    labels
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::fixture;

    #[test]
    fn names_fall_back_from_outlet_to_title_to_short_id() {
        let mut c = fixture::comparison();
        c.sources[1].meta.outlet = None;
        c.sources[1].meta.title = Some("Paris summit".into());
        let labels = labels(&c);
        let names: Vec<&str> = labels.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(names, ["Alpha Times", "Paris summit", "Source gam"]);
        assert_eq!(labels[0].short, "alp");
    }

    #[test]
    fn alike_names_are_told_apart() {
        let mut c = fixture::comparison();
        c.sources[1].meta.outlet = Some("Alpha Times".into());
        let names: Vec<String> = labels(&c).into_iter().map(|l| l.name).collect();
        assert_eq!(names[0], "Alpha Times (alp)");
        assert_eq!(names[1], "Alpha Times (bet)");
    }
}
