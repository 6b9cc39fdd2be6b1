extension RandomAccessCollection {
    /// The index of the first element that passes a test which is false for a prefix of the
    /// collection and true for the rest (``endIndex`` when none passes): a binary search.
    /// - Complexity: O(log n).
    func partitionPoint(where test: (Element) -> Bool) -> Index {
        var lo = startIndex
        var n = count
        while n > 0 {
            let half = n / 2
            let mid = index(lo, offsetBy: half)
            if test(self[mid]) { n = half } else { lo = index(after: mid); n -= half + 1 }
        }
        return lo
    }
}
