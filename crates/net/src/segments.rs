//! Which segments of a channel have been paid for and delivered.
//!
//! The cumulative balance counts segments; with keys delivery a viewer that seeks pays for the
//! segments it asks for wherever they are, so the publisher keeps the set of indices delivered
//! next to the balance (always `set.len() == balance`). A bit per segment: a two-hour video in
//! 2 s segments is 450 bytes per channel.

/// A set of segment indices below a fixed total.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SegmentSet {
    words: Vec<u64>,
    total: u64,
    len: u64,
}

impl SegmentSet {
    /// An empty set of indices `0..total`.
    pub fn new(total: u64) -> Self {
        let words = usize::try_from(total.div_ceil(64)).unwrap_or(usize::MAX);
        Self {
            words: vec![0; words],
            total,
            len: 0,
        }
    }

    /// The set from its words (as [`SegmentSet::words`] gave them); bits past `total` and
    /// missing words are ignored.
    pub fn from_words(total: u64, words: &[u64]) -> Self {
        let mut set = Self::new(total);
        for (i, word) in set.words.iter_mut().enumerate() {
            *word = words.get(i).copied().unwrap_or(0);
        }
        if let Some(last) = set.words.last_mut()
            && !total.is_multiple_of(64)
        {
            *last &= (1u64 << (total % 64)) - 1;
        }
        set.len = set.words.iter().map(|w| u64::from(w.count_ones())).sum();
        set
    }

    /// The bit set, 64 indices per word, lowest first.
    pub fn words(&self) -> &[u64] {
        &self.words
    }

    /// The number of indices in the set.
    pub const fn len(&self) -> u64 {
        self.len
    }

    /// Whether the set is empty.
    pub const fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// One past the largest index the set can hold.
    pub const fn total(&self) -> u64 {
        self.total
    }

    /// Whether `index` is in the set (false past the total).
    pub fn contains(&self, index: u64) -> bool {
        index < self.total && self.words[(index / 64) as usize] & (1 << (index % 64)) != 0
    }

    /// Adds `index`; false when it was there already or is past the total.
    pub fn insert(&mut self, index: u64) -> bool {
        if index >= self.total || self.contains(index) {
            return false;
        }
        self.words[(index / 64) as usize] |= 1 << (index % 64);
        self.len += 1;
        true
    }

    /// The `n` smallest indices not in the set, ascending (fewer when fewer are missing).
    pub fn first_missing(&self, n: u64) -> Vec<u64> {
        (0..self.total)
            .filter(|i| !self.contains(*i))
            .take(usize::try_from(n).unwrap_or(usize::MAX))
            .collect()
    }

    /// The indices in the set, ascending.
    pub fn iter(&self) -> impl Iterator<Item = u64> + '_ {
        (0..self.total).filter(|i| self.contains(*i))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insert_contains_and_missing() {
        let mut s = SegmentSet::new(130);
        assert!(s.is_empty());
        assert!(s.insert(0));
        assert!(!s.insert(0));
        assert!(s.insert(64));
        assert!(s.insert(129));
        assert!(!s.insert(130), "past the total");
        assert_eq!(s.len(), 3);
        assert!(s.contains(64) && !s.contains(63) && !s.contains(1000));
        assert_eq!(s.first_missing(3), vec![1, 2, 3]);
        assert_eq!(s.iter().collect::<Vec<_>>(), vec![0, 64, 129]);
        let back = SegmentSet::from_words(130, s.words());
        assert_eq!(back, s);
        assert_eq!(
            SegmentSet::from_words(3, &[u64::MAX]).len(),
            3,
            "bits past the total"
        );
        let mut full = SegmentSet::new(2);
        full.insert(0);
        full.insert(1);
        assert!(full.first_missing(5).is_empty());
    }
}
