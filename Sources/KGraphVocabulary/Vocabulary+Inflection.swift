/// What WordNet's morphology says of a word form that may be inflected: the noun and verb lemmas
/// it is a form of, their tagged-corpus counts, and its form as a verb.
public struct Inflection: Sendable, Hashable {
    /// Noun and verb when the form is a plural or a verb form of a lemma WordNet has.
    public var partsOfSpeech: PartsOfSpeech = []
    /// The highest tagged-corpus counts of those lemmas as a noun and as a verb.
    public var nounCount: UInt16 = 0, verbCount: UInt16 = 0
    /// The verb lemma the form comes from ("netted" → "net"), if any.
    public var verbLemma: String?
    /// The form's verb form ("took" → past, "taken" → participle), when it comes from a verb lemma.
    public var verbForm: VerbForm?
}

extension Vocabulary {
    /// The noun and verb lemmas a form comes from, their counts and its verb form, in one pass
    /// over the detachment rules ("officers" → noun "officer"; "netted" → verb "net", past).
    /// - Parameter lower: the word form, lower case.
    /// - Complexity: a few dictionary look-ups per detachment rule.
    public func inflection(of lower: String) -> Inflection {
        var out = Inflection()
        guard Vocabulary.mayBeInflected(lower) || morphology.isException(lower) else { return out }
        for l in morphology.lemmas(of: lower, as: .noun, isLemma: { entry($0)?.partsOfSpeech.contains(.noun) ?? false }) where l != lower {
            out.partsOfSpeech.insert(.noun)
            out.nounCount = max(out.nounCount, entry(l)?.nounCount ?? 0)
        }
        for l in morphology.lemmas(of: lower, as: .verb, isLemma: { entry($0)?.partsOfSpeech.contains(.verb) ?? false }) where l != lower {
            out.partsOfSpeech.insert(.verb)
            out.verbCount = max(out.verbCount, entry(l)?.verbCount ?? 0)
            if out.verbLemma == nil {
                out.verbLemma = l
                out.verbForm = morphology.verbForms(of: l).first { $0.word == lower }?.form
            }
        }
        return out
    }
}
