import KGraphModel

extension Extraction {
    /// The extraction with an article date, and each event's ``Event/timeValue`` normalised
    /// against it (``TimeNormalizer``); an event without a ``Event/time`` keeps none.
    /// - Parameter date: the article's date ("YYYY-MM-DD" or "YYYY-MM"), or `nil` when unknown.
    /// - Returns: the same facts, dated.
    /// - Complexity: O(events) normalisations of a few words each.
    public func dated(_ date: String?) -> Extraction {
        var out = self
        out.document.date = date
        let normalizer = TimeNormalizer()
        for i in out.events.indices {
            out.events[i].timeValue = out.events[i].time.flatMap { normalizer.value(of: $0, articleDate: date) }
        }
        return out
    }
}
