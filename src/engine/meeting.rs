//! The step of an inverted index that alignment and quotation grouping share:
//! each item meets the items that share a key with it, each once however
//! many keys they share, without comparing every item with every other.

/// Stamps that say which item last met each item, kept from one item to
/// the next so meeting costs the postings read, not the number of items.
pub struct Meeting {
    met: Vec<u32>,
    partners: Vec<u32>,
}

impl Meeting {
    /// For items numbered `0..items`.
    pub fn new(items: usize) -> Meeting {
        Meeting {
            met: vec![u32::MAX; items],
            partners: Vec::new(),
        }
    }

    /// The items numbered `from` or more on any of `lists` (postings, each
    /// sorted by item number), each once, sorted: the partners of item `x`.
    /// Call once per `x`; an `x` met twice would find no partners.
    pub fn partners<'a>(
        &mut self,
        x: usize,
        lists: impl IntoIterator<Item = &'a [u32]>,
        from: u32,
    ) -> &[u32] {
        self.partners.clear();
        for list in lists {
            for &y in &list[list.partition_point(|&y| y < from)..] {
                if self.met[y as usize] != x as u32 {
                    self.met[y as usize] = x as u32;
                    self.partners.push(y);
                }
            }
        }
        super::sort::sort_numbers(&mut self.partners);
        &self.partners
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_partner_once_in_order_from_the_threshold() {
        let postings: [&[u32]; 3] = [&[0, 2, 5], &[1, 2, 3, 5], &[4]];
        let mut meeting = Meeting::new(6);
        // Item 1 has keys 0 and 1: it meets 2, 3 and 5 once each, not 0 or 1.
        assert_eq!(
            meeting.partners(1, [postings[0], postings[1]], 2),
            [2, 3, 5]
        );
        // The stamps of item 1 do not hide item 2's partners.
        assert_eq!(
            meeting.partners(2, [postings[1], postings[2]], 3),
            [3, 4, 5]
        );
        assert_eq!(meeting.partners(3, [postings[2]], 5), [] as [u32; 0]);
    }
}
