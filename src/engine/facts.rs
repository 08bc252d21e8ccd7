//! Facts: clusters of linked sentences. Clusters merge only when most of the
//! sentence pairs across them are linked (average linkage), so a chain of
//! links A–B–C does not glue unrelated sentences A and C into one fact.

use std::collections::{BTreeMap, BTreeSet};

use super::align::At;

/// Groups linked sentences into facts. `links` are `(a, b, score)`; returns
/// the facts as sorted member lists, ordered by their first member.
pub fn cluster(links: &[(At, At, f64)], min_linkage: f64) -> Vec<Vec<At>> {
    let linked: BTreeSet<(At, At)> = links
        .iter()
        .flat_map(|&(a, b, _)| [(a, b), (b, a)])
        .collect();
    let mut order: Vec<usize> = (0..links.len()).collect();
    order.sort_by(|&x, &y| links[y].2.total_cmp(&links[x].2).then(x.cmp(&y)));

    let mut cluster_of: BTreeMap<At, usize> = BTreeMap::new();
    let mut clusters: Vec<Vec<At>> = Vec::new();
    for k in order {
        let (a, b, _) = links[k];
        let ca = *cluster_of.entry(a).or_insert_with(|| {
            clusters.push(vec![a]);
            clusters.len() - 1
        });
        let cb = *cluster_of.entry(b).or_insert_with(|| {
            clusters.push(vec![b]);
            clusters.len() - 1
        });
        if ca == cb || !dense_enough(&clusters[ca], &clusters[cb], &linked, min_linkage) {
            continue;
        }
        let moved = std::mem::take(&mut clusters[cb]);
        for m in &moved {
            cluster_of.insert(*m, ca);
        }
        clusters[ca].extend(moved);
    }
    let mut facts: Vec<Vec<At>> = clusters.into_iter().filter(|c| c.len() > 1).collect();
    for f in &mut facts {
        f.sort();
    }
    facts.sort();
    facts
}

/// Share of cross-source pairs between two clusters that are linked.
fn dense_enough(x: &[At], y: &[At], linked: &BTreeSet<(At, At)>, min_linkage: f64) -> bool {
    let mut pairs = 0usize;
    let mut hits = 0usize;
    for &p in x {
        for &q in y {
            if p.0 != q.0 {
                pairs += 1;
                hits += usize::from(linked.contains(&(p, q)));
            }
        }
    }
    pairs == 0 || hits as f64 >= min_linkage * pairs as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chain_does_not_become_one_fact() {
        // 0:0 – 1:0 – 2:0 – 3:0: each only linked to its neighbour.
        let links = [
            ((0, 0), (1, 0), 0.9),
            ((1, 0), (2, 0), 0.8),
            ((2, 0), (3, 0), 0.7),
        ];
        let facts = cluster(&links, 0.5);
        assert!(facts.iter().all(|f| f.len() <= 3), "{facts:?}");
        assert!(
            !facts
                .iter()
                .any(|f| f.contains(&(0, 0)) && f.contains(&(3, 0)))
        );
    }

    #[test]
    fn a_clique_is_one_fact() {
        let links = [
            ((0, 0), (1, 0), 0.9),
            ((1, 0), (2, 0), 0.8),
            ((0, 0), (2, 0), 0.7),
        ];
        assert_eq!(cluster(&links, 0.5), vec![vec![(0, 0), (1, 0), (2, 0)]]);
    }
}
