//! Facts: clusters of linked sentences. Clusters merge only when most of the
//! sentence pairs across them are linked (average linkage), so a chain of
//! links A–B–C does not glue unrelated sentences A and C into one fact.

use std::collections::BTreeMap;

use foldhash::{HashMap, HashMapExt};

use super::align::At;

/// Groups linked sentences into facts. `links` are `(a, b, score)` and
/// `slots` numbers every sentence they name (the caller keeps it for what it
/// records per sentence); returns the facts as sorted member lists, ordered
/// by their first member.
#[inline(never)]
pub fn cluster(links: &[(At, At, f64)], slots: &Slots, min_linkage: f64) -> Vec<Vec<At>> {
    let mut order: Vec<usize> = (0..links.len()).collect();
    super::sort::sort_by(&mut order, |&x, &y| {
        links[y].2.total_cmp(&links[x].2).then(x.cmp(&y))
    });

    let mut cluster_of: Vec<usize> = vec![usize::MAX; slots.len()];
    let mut clusters: Vec<Cluster> = Vec::new();
    // Each sentence starts as its own cluster. How many links join each pair
    // of clusters is kept up to date as clusters merge, so a merge decision
    // reads one count instead of recounting.
    for &(a, b, _) in links {
        let [ca, cb] = [a, b].map(|at| {
            let c = &mut cluster_of[slots.of(at)];
            if *c == usize::MAX {
                clusters.push(Cluster::of(at));
                *c = clusters.len() - 1;
            }
            *c
        });
        if ca != cb {
            *clusters[ca].links_to.entry(cb).or_default() += 1;
            *clusters[cb].links_to.entry(ca).or_default() += 1;
        }
    }
    for k in order {
        let (a, b, _) = links[k];
        let (ca, cb) = (cluster_of[slots.of(a)], cluster_of[slots.of(b)]);
        if ca == cb {
            continue;
        }
        let hits = clusters[ca].links_to.get(&cb).copied().unwrap_or(0);
        let pairs = clusters[ca].cross_source_pairs(&clusters[cb]);
        if pairs > 0 && (hits as f64) < min_linkage * pairs as f64 {
            continue;
        }
        // The smaller cluster moves into the larger: each sentence moves
        // O(log n) times in all.
        let (into, from) = if clusters[ca].members.len() >= clusters[cb].members.len() {
            (ca, cb)
        } else {
            (cb, ca)
        };
        let moved = std::mem::take(&mut clusters[from]);
        for &m in &moved.members {
            cluster_of[slots.of(m)] = into;
        }
        for (&other, &n) in &moved.links_to {
            if other == into {
                continue;
            }
            let theirs = &mut clusters[other].links_to;
            theirs.remove(&from);
            *theirs.entry(into).or_default() += n;
        }
        clusters[into].absorb(moved, into, from);
    }
    let mut facts: Vec<Vec<At>> = clusters
        .into_iter()
        .map(|c| c.members)
        .filter(|m| m.len() > 1)
        .collect();
    for f in &mut facts {
        super::sort::sort(f);
    }
    super::sort::sort(&mut facts);
    facts
}

/// Sentences numbered densely, source by source, so that what is kept per
/// sentence is a vector indexed by number rather than a hash map.
pub struct Slots {
    /// Where each source's sentences start.
    start: Vec<usize>,
    len: usize,
}

impl Slots {
    /// Room for every sentence up to the last of each source that `ats` names.
    pub(crate) fn new(ats: impl IntoIterator<Item = At>) -> Slots {
        let mut count: Vec<usize> = Vec::new();
        for (s, i) in ats {
            if count.len() <= s {
                count.resize(s + 1, 0);
            }
            count[s] = count[s].max(i + 1);
        }
        let mut len = 0;
        let start = count
            .iter()
            .map(|n| {
                len += n;
                len - n
            })
            .collect();
        Slots { start, len }
    }

    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// A sentence's number; only for sentences `new` was given.
    pub(crate) fn of(&self, (s, i): At) -> usize {
        self.start[s] + i
    }
}

/// A growing fact: its sentences and how many come from each source.
#[derive(Default)]
struct Cluster {
    members: Vec<At>,
    per_source: BTreeMap<usize, usize>,
    /// Links from this cluster's sentences to each other cluster's.
    links_to: HashMap<usize, usize>,
}

impl Cluster {
    fn of(at: At) -> Cluster {
        Cluster {
            members: vec![at],
            per_source: BTreeMap::from([(at.0, 1)]),
            links_to: HashMap::new(),
        }
    }

    /// Pairs of sentences, one from each cluster, from different sources.
    fn cross_source_pairs(&self, other: &Cluster) -> usize {
        let same: usize = self
            .per_source
            .iter()
            .map(|(s, n)| n * other.per_source.get(s).copied().unwrap_or(0))
            .sum();
        self.members.len() * other.members.len() - same
    }

    /// Cluster `into` takes in cluster `from`'s sentences and links; links
    /// between the two become internal.
    fn absorb(&mut self, other: Cluster, into: usize, from: usize) {
        self.members.extend(other.members);
        for (s, n) in other.per_source {
            *self.per_source.entry(s).or_default() += n;
        }
        self.links_to.remove(&from);
        for (c, n) in other.links_to {
            if c != into {
                *self.links_to.entry(c).or_default() += n;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Clusters `links` at the default linkage, with their own slots.
    fn facts_of(links: &[(At, At, f64)]) -> Vec<Vec<At>> {
        let slots = Slots::new(links.iter().flat_map(|&(a, b, _)| [a, b]));
        cluster(links, &slots, 0.6)
    }

    #[test]
    fn a_chain_does_not_become_one_fact() {
        // 0:0 – 1:0 – 2:0 – 3:0: each only linked to its neighbour.
        let links = [
            ((0, 0), (1, 0), 0.9),
            ((1, 0), (2, 0), 0.8),
            ((2, 0), (3, 0), 0.7),
        ];
        let facts = facts_of(&links);
        assert!(facts.iter().all(|f| f.len() <= 2), "{facts:?}");
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
        assert_eq!(facts_of(&links), vec![vec![(0, 0), (1, 0), (2, 0)]]);
    }

    #[test]
    fn sentences_of_one_source_need_no_link_between_them() {
        // Two sentences of source 0 both linked to one of source 1.
        let links = [((0, 0), (1, 0), 0.9), ((0, 1), (1, 0), 0.8)];
        assert_eq!(facts_of(&links), vec![vec![(0, 0), (0, 1), (1, 0)]]);
    }
}
