import KGraphModel

/// Finds events from trigger words with their participants: verbs in the active voice (subject =
/// agent, object = patient), the passive ("was arrested by"), reduced relatives ("people arrested
/// in 2019"), coordination ("arrested seven people and seized…", "detained and charged"),
/// nouns ("the arrest of X", "a police raid", "the targets of a police raid"), and statements
/// ("X said…", "“…,” said X", "according to X") with their quoted or reported content. Pronouns
/// ("he said") resolve to the last speaker or person. Places come from "in/at X" after the trigger,
/// times from ``TimeFinder``.
struct EventFinder: Sendable {
    /// The word lists.
    let lexicon: Lexicon

    /// Be-forms that make a following participle passive.
    static let beForms: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "getting"]
    /// Words skipped between a subject or auxiliary and its verb.
    static let skippable: Set<String> = ["also", "briefly", "reportedly", "allegedly", "later", "already", "previously",
                                         "recently", "not", "then", "only", "subsequently", "initially", "finally",
                                         "have", "has", "had", "will", "would", "could", "may", "might", "should",
                                         "was", "were", "is", "are", "been", "be", "being", "once", "eventually",
                                         "currently", "still", "reportedly", "apparently", "successfully", "jointly", "each", "all", "both"]
    /// Determiners and possessives that make a following trigger a noun.
    static let determiners: Set<String> = ["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their",
                                           "our", "my", "your", "any", "no", "every", "each", "another", "such", "latest",
                                           "recent", "new", "first", "second", "further", "more", "major", "alleged"]
    /// Subject pronouns.
    static let pronouns: Set<String> = ["he", "she", "they", "it", "we", "i", "who", "which"]
    /// Prepositions whose phrase may modify the noun before them ("police in X", "agents of Y").
    static let attachingPrepositions: Set<String> = ["in", "at", "from", "with", "for", "near", "inside", "outside", "on", "across", "within", "under", "working"]
    /// Agent nouns that make a noun trigger's modifier its agent ("a police raid").
    static let agentModifiers: Set<String> = ["police", "army", "military", "troops", "soldiers", "customs", "government", "security"]

    /// A noun phrase: its tokens and the entities it names.
    struct Phrase {
        /// Its tokens.
        var range: Range<Int>
        /// Participants: named entities, or the phrase as written.
        var participants: [Participant]
        /// A pronoun subject ("he", "they"), lower-cased.
        var pronoun: String?
    }

    /// An event under construction.
    private struct Draft {
        var type: EventType
        var trigger: Range<Int>
        var sentence: Int
        var agents: [Participant] = []
        var patients: [Participant] = []
        var places: [Participant] = []
        var time: String?
        var content: String?
        var passive = false
        var isNoun = false
        var partOf: [Int] = []
        var coordinated = false
    }

    /// Finds the events of an article.
    /// - Parameters:
    ///   - analysis: the tokenized article.
    ///   - table: its entities.
    ///   - documentSHA256: the document's identity, for provenance.
    /// - Returns: events in text order, ids "v1", "v2"….
    /// - Complexity: O(n) in the number of tokens, with bounded windows per trigger.
    func find(in analysis: Analysis, table: EntityTable, documentSHA256: String) -> [Event] {
        let tokens = analysis.tokens
        var drafts = [Draft]()
        // person mentions in text order, for pronouns
        var personStarts = [(token: Int, entity: Int)]()
        for (ei, ranges) in table.mentionTokens.enumerated() where table.entities[ei].type == .person {
            for r in ranges { personStarts.append((r.lowerBound, ei)) }
        }
        personStarts.sort { $0.token < $1.token }
        var lastSpeaker: (entity: Int, sentence: Int)?
        var lastPatient: (entity: Int, sentence: Int)?
        let timeFinder = TimeFinder(lexicon: lexicon)

        func lastPerson(before k: Int) -> Int? {
            var lo = 0, hi = personStarts.count
            while lo < hi { let mid = (lo + hi) / 2; if personStarts[mid].token < k { lo = mid + 1 } else { hi = mid } }
            return lo > 0 ? personStarts[lo - 1].entity : nil
        }
        func participant(entity e: Int, at range: Range<Int>?) -> Participant {
            let ent = table.entities[e]
            return Participant(entityID: ent.id, text: ent.name,
                               mention: range.map { Mention(sentenceIndex: tokens[$0.lowerBound].sentence, utf8Range: analysis.utf8Range(tokens: $0)) })
        }
        func resolvePronoun(_ p: String, at k: Int, speaker: Bool) -> [Participant] {
            let s = tokens[k].sentence
            if speaker, p == "it" || p == "they" {
                // "The ministry said … It said…": the organisation that spoke last, nearby
                if let st = drafts.last(where: { $0.type == .statement && s - $0.sentence <= 2 }), st.agents.count == 1,
                   let id = st.agents[0].entityID, let e = table.entities.firstIndex(where: { $0.id == id }),
                   table.entities[e].type == .organization {
                    return [participant(entity: e, at: k..<(k + 1))]
                }
                return []
            }
            guard p == "he" || p == "she" || p == "him" || p == "his" || p == "her" else { return [] }
            // "…, her husband told VOA. He said…": a speaker named by a kinship noun of that gender
            if speaker, let st = drafts.last(where: { $0.type == .statement }), s - st.sentence == 1, st.agents.count == 1,
               st.agents[0].entityID == nil, let noun = st.agents[0].text.lowercased().split(separator: " ").last,
               (p == "he" ? EventFinder.maleNouns : EventFinder.femaleNouns).contains(String(noun)) {
                return st.agents
            }
            if speaker, let ls = lastSpeaker, s - ls.sentence <= 3 { return [participant(entity: ls.entity, at: k..<(k + 1))] }
            // "He was charged…": the person an earlier event was done to, rather than the last speaker
            if !speaker, let lp = lastPatient, s - lp.sentence <= 3, s > lp.sentence {
                return [participant(entity: lp.entity, at: k..<(k + 1))]
            }
            // a patient pronoun rarely means the person who has just been speaking
            if !speaker, let ls = lastSpeaker, s - ls.sentence <= 1 {
                var lo = 0, hi = personStarts.count
                while lo < hi { let mid = (lo + hi) / 2; if personStarts[mid].token < k { lo = mid + 1 } else { hi = mid } }
                var i = lo - 1
                while i >= 0, personStarts[i].entity == ls.entity { i -= 1 }
                if i >= 0, s - tokens[personStarts[i].token].sentence <= 3 { return [participant(entity: personStarts[i].entity, at: k..<(k + 1))] }
            }
            if let e = lastPerson(before: k) { return [participant(entity: e, at: k..<(k + 1))] }
            return []
        }

        for sentence in analysis.sentences where !sentence.isHeadline {
            let s0 = sentence.tokens.lowerBound, s1 = sentence.tokens.upperBound
            let firstDraft = drafts.count
            // trigger positions
            var triggers = [(k: Int, type: EventType, form: String)]()
            var k = s0
            while k < s1 {
                // cheap tests first, on the token in place (no copy)
                guard tokens[k].kind == .word, tokens[k].info.triggerType != nil || tokens[k].lower == "called" || tokens[k].lower == "held" else { k += 1; continue }
                let t = tokens[k]
                if table.entity(at: k) == nil, !(t.isCapitalized && k != s0) {
                    if t.lower == "held" {
                        // "Among those held was X": held in custody
                        if k - 2 >= s0, tokens[k - 2].lower == "among", ["those", "people", "men", "women", "suspects", "activists"].contains(tokens[k - 1].lower),
                           k + 1 < s1, EventFinder.beForms.contains(tokens[k + 1].lower) {
                            triggers.append((k, .arrest, "past"))
                        } else if k - 1 >= s0, EventFinder.beForms.contains(tokens[k - 1].lower),
                                  heldPersonSubject(before: k - 1, s0: s0, tokens: tokens, table: table) {
                            // "X had been held since July 2 by military police": a person held is detained
                            triggers.append((k, .arrest, "past"))
                        }
                    } else if t.lower == "called", k + 1 < s1, tokens[k + 1].lower == "on" {
                        triggers.append((k, .statement, "pastonly"))
                    } else if let tr = t.info.trigger {
                        if t.lower == "according" {
                            if k + 1 < s1, tokens[k + 1].lower == "to" { triggers.append((k, .statement, "according")) }
                        } else if ["find", "finds", "found", "discover", "discovers", "discovered", "intercept", "intercepts", "intercepted"].contains(t.lower),
                                  !contrabandNear(k, s0: s0, s1: s1, tokens: tokens) {
                            // "found guilty", "the court found that…": a find is a seizure only of drugs, arms, cash…
                        } else if k > s0, ["without", "no", "not", "never", "n't"].contains(tokens[k - 1].lower), tr.type != .statement {
                            // "released without charge", "no arrests were made", "was not charged": no such event
                        } else if tr.type == .raid, t.lower.hasPrefix("search"), k + 1 < s1,
                                  ["for", "engine", "engines", "results", "warrant", "warrants", "party", "parties", "and"].contains(tokens[k + 1].lower) {
                            // "searched for the suspects", "a search warrant": looking, not a raid
                        } else if !isModifierOrUnreal(k, form: tr.form, type: tr.type, s0: s0, s1: s1, tokens: tokens) {
                            var form = tr.form
                            if (form == "base" || form == "pres"), tr.type != .statement,
                               looksNominal(skipBack(k - 1, s0: s0, tokens: tokens), s0: s0, tokens: tokens, table: table) {
                                form = "noun"
                            }
                            triggers.append((k, tr.type, form))
                        }
                    }
                }
                k += 1
            }
            if triggers.isEmpty { continue }
            let times = timeFinder.find(in: sentence, analysis: analysis)
            let nounTriggers = Set(triggers.filter { $0.form == "noun" }.map(\.k))
            for (ti, trig) in triggers.enumerated() {
                let k = trig.k
                // a verb's window runs to the next verb trigger; nouns in between do not end it
                let nextTrigger = trig.form == "noun"
                    ? (ti + 1 < triggers.count ? triggers[ti + 1].k : s1)
                    : (triggers[(ti + 1)...].first { $0.form != "noun" || !isCircumstance($0.k, s0: s0, tokens: tokens) }?.k ?? s1)
                var d = Draft(type: trig.type, trigger: k..<(k + 1), sentence: sentence.index)
                if trig.form == "according" { d.trigger = k..<(k + 2) }
                if tokens[k].lower == "called" { d.trigger = k..<(k + 2) }
                let prevIdx = skipBack(k - 1, s0: s0, tokens: tokens)
                let prev = prevIdx >= s0 ? tokens[prevIdx] : nil
                let isNounForm = trig.form == "noun" || ((trig.form == "base" || trig.form == "pres") && trig.type != .statement && looksNominal(prevIdx, s0: s0, tokens: tokens, table: table))
                if trig.type == .statement {
                    statement(&d, k: k, trig: trig, s0: s0, s1: s1, analysis: analysis, table: table, resolve: resolvePronoun, participant: participant)
                    // "X has said … and told journalists …"
                    if d.agents.isEmpty, let prev, prev.lower == "and", let st = drafts[firstDraft...].last(where: { $0.type == .statement }) {
                        d.agents = st.agents
                    }
                    if d.agents.isEmpty, trig.form != "according" { continue }
                    if let a = d.agents.first, let id = a.entityID, let e = table.entities.firstIndex(where: { $0.id == id }),
                       table.entities[e].type == .person {
                        lastSpeaker = (e, sentence.index)
                    }
                    // time right next to the verb ("officials said Monday", "told the court Friday")
                    for te in times where te.tokens.lowerBound > k && te.tokens.lowerBound <= k + 4 {
                        let between = (k + 1)..<te.tokens.lowerBound
                        if !between.contains(where: { tokens[$0].info.trigger != nil || tokens[$0].kind == .punct && tokens[$0].lower != "," }) {
                            d.time = te.text
                        }
                        break
                    }
                    drafts.append(d)
                    continue
                }
                if isNounForm {
                    d.isNoun = true
                    nominal(&d, k: k, s0: s0, s1: s1, nextTrigger: nextTrigger, analysis: analysis, table: table,
                            resolve: resolvePronoun, participant: participant)
                } else {
                    // verbs
                    let prevDraft = drafts.count > firstDraft ? drafts[drafts.count - 1] : nil
                    if let prev, EventFinder.beForms.contains(prev.lower) {
                        d.passive = true
                        if var np = subject(before: prevIdx, s0: s0, analysis: analysis, table: table) {
                            // "A journalist who was detained while covering a dispute was released": the
                            // subject is the phrase the relative clause hangs on
                            let start = Dateline.bodyStart(s0, end: np.range.lowerBound, tokens: tokens)
                            if let rel = (start..<np.range.lowerBound).first(where: { tokens[$0].lower == "who" }), rel > start,
                               !(start..<rel).contains(where: { tokens[$0].kind == .punct }),
                               let head = nounPhrase(endingAt: rel - 1, s0: start, analysis: analysis, table: table), head.range.lowerBound == start {
                                np = head
                            }
                            d.patients = passiveSubjects(np, upTo: prevIdx, s0: s0, analysis: analysis, table: table, resolve: resolvePronoun)
                        }
                    } else if let prev, prev.lower == "and" || prev.lower == "," || prev.lower == "or" {
                        if let pd = prevDraft, !pd.isNoun, pd.type != .statement {
                            d.coordinated = true
                            d.passive = pd.passive
                            if pd.passive { d.patients = pd.patients } else {
                                d.agents = pd.agents
                                if let obj = object(after: k, s1: s1, analysis: analysis, table: table) {
                                    d.patients = obj.pronoun.map { resolvePronoun($0, at: obj.range.lowerBound, speaker: false) } ?? obj.participants
                                    if d.type == .seizure, obj.pronoun == nil { d.patients += seizedItems(after: obj.range.upperBound, s1: s1, analysis: analysis, table: table) }
                                }
                            }
                        } else if let be = (max(s0, prevIdx - 12)..<prevIdx).last(where: { EventFinder.beForms.contains(tokens[$0].lower) }),
                                  !(be..<prevIdx).contains(where: { tokens[$0].kind == .punct }),
                                  let np = subject(before: be, s0: s0, analysis: analysis, table: table) {
                            d.passive = true
                            d.patients = passiveSubjects(np, upTo: be, s0: s0, analysis: analysis, table: table, resolve: resolvePronoun)
                        } else if prev.lower == "and", trig.form == "past",
                                  let v = (s0..<prevIdx).first(where: { isPastVerb($0, tokens: tokens, table: table) }),
                                  let np = subject(before: v, s0: s0, analysis: analysis, table: table), np.pronoun == nil,
                                  let obj = object(after: k, s1: s1, analysis: analysis, table: table) {
                            // "The navy intercepted a boat … and detained its four crew members": the
                            // subject of the clause's first verb
                            d.agents = agentOrganization(np, analysis: analysis, table: table)
                            d.patients = obj.pronoun.map { resolvePronoun($0, at: obj.range.lowerBound, speaker: false) } ?? obj.participants
                        } else if prev.lower == ",", trig.form == "past" || trig.form == "pres",
                                  let head = placeAppositionSubject(endingAt: prevIdx, s0: s0, analysis: analysis, table: table),
                                  let obj = object(after: k, s1: s1, analysis: analysis, table: table) {
                            // "A court in the capital, Dravik, sentenced X": the subject before a place in apposition
                            d.agents = head.participants
                            d.patients = obj.pronoun.map { resolvePronoun($0, at: obj.range.lowerBound, speaker: false) } ?? obj.participants
                            d.places = places(from: head.range.upperBound, until: prevIdx, s1: s1, analysis: analysis, table: table, participant: participant)
                        }
                    } else if trig.form == "past", (max(s0, k - 3)..<k).contains(where: { tokens[$0].lower == "among" }),
                              k + 1 < s1, EventFinder.beForms.contains(tokens[k + 1].lower) {
                        // "Among those held was X", "Among the eight detained were X and Y"
                        d.passive = true
                        d.patients = entities(in: (k + 2)..<s1, types: [.person], analysis: analysis, table: table, participant: participant)
                    } else if trig.form == "past" || trig.form == "part", prev != nil, prevIdx == k - 1,
                              isNounWord(prevIdx, tokens: tokens, table: table),
                              k + 1 >= s1 || isPassiveFollower(tokens[k + 1]),
                              k + 1 >= s1 || EventFinder.beForms.contains(tokens[k + 1].lower) || object(after: k, s1: s1, analysis: analysis, table: table) == nil {
                        d.passive = true
                        if k + 1 < s1, EventFinder.beForms.contains(tokens[k + 1].lower) {
                            // "Among the eight arrested were X and Y"
                            d.patients = entities(in: (k + 2)..<s1, types: [.person], analysis: analysis, table: table, participant: participant)
                        } else if let np = nounPhrase(endingAt: k - 1, s0: s0, analysis: analysis, table: table, depth: 3) {
                            d.patients = np.participants
                        }
                    } else {
                        if let np = subject(before: k, s0: s0, analysis: analysis, table: table) {
                            if let p = np.pronoun {
                                d.agents = resolvePronoun(p, at: np.range.lowerBound, speaker: false)
                                if d.agents.isEmpty, p == "they" || p == "it" || p == "we" {
                                    // "Agents arrested X after a search, where they seized…": the actors
                                    // of the sentence's last event, else its speakers
                                    if let act = drafts[firstDraft...].last(where: { $0.type != .statement && !$0.agents.isEmpty }) {
                                        d.agents = act.agents
                                    } else if let st = drafts[firstDraft...].last(where: { $0.type == .statement }) {
                                        d.agents = st.agents
                                    }
                                }
                            } else {
                                d.agents = agentOrganization(np, analysis: analysis, table: table)
                            }
                        }
                        if let obj = object(after: k, s1: s1, analysis: analysis, table: table) {
                            if let p = obj.pronoun { d.patients = resolvePronoun(p, at: obj.range.lowerBound, speaker: false) } else { d.patients = obj.participants }
                            if d.type == .seizure, obj.pronoun == nil { d.patients += seizedItems(after: obj.range.upperBound, s1: s1, analysis: analysis, table: table) }
                            if d.type == .raid { d.patients = premisesOwner(obj, analysis: analysis, table: table) ?? d.patients }
                        }
                    }
                    if d.passive, let by = byPhrase(after: k, until: nextTrigger, s1: s1, analysis: analysis, table: table, participant: participant) {
                        d.agents = by
                    }
                }
                // places: after the trigger, or in the subject ("Police in X arrested…")
                if d.type != .statement {
                    d.places += places(from: k + 1, until: nextTrigger, s1: s1, analysis: analysis, table: table, participant: participant)
                    let from = ti > 0 ? triggers[ti - 1].k + 1 : s0
                    if !d.isNoun, !d.passive, from < k, !(from..<k).contains(where: { tokens[$0].kind == .punct }) {
                        d.places += places(from: from, until: k, s1: s1, analysis: analysis, table: table, participant: participant)
                    }
                }
                // time: the first after the trigger in its window, else the nearest before with no trigger
                // between; a time right before a noun trigger belongs to it ("the Oct. 2 raid")
                if d.time == nil {
                    var windowEnd = nextTrigger
                    if let rel = (k + 1..<nextTrigger).first(where: { ["who", "which", "whose"].contains(tokens[$0].lower) }) { windowEnd = rel }
                    let after = times.first { te in
                        te.tokens.lowerBound > k && te.tokens.lowerBound < windowEnd && !nounTriggers.contains(te.tokens.upperBound)
                            && (!d.isNoun || te.tokens.lowerBound <= k + 4)
                            && !(te.tokens.upperBound < s1 && tokens[te.tokens.upperBound].kind == .possessive && nounTriggers.contains(te.tokens.upperBound + 1))
                    }
                    if let te = after {
                        d.time = te.text
                    } else {
                        let prevTrigger = ti > 0 ? triggers[ti - 1].k : s0 - 1
                        if let te = times.last(where: { $0.tokens.upperBound <= k && $0.tokens.lowerBound > prevTrigger }),
                           !d.isNoun || te.tokens.upperBound == k || (te.tokens.upperBound == k - 1 && tokens[k - 1].kind == .possessive),
                           d.isNoun || !nounTriggers.contains(te.tokens.upperBound) {
                            d.time = te.text
                        }
                    }
                }
                drafts.append(d)
                if let id = d.patients.last?.entityID, let e = table.entities.firstIndex(where: { $0.id == id }),
                   table.entities[e].type == .person, d.type != .statement {
                    lastPatient = (e, d.sentence)
                }
                // "X were the targets of a police raid": they were arrested in it
                if d.type == .raid, d.isNoun, d.patients.contains(where: { p in
                    p.entityID.flatMap { id in table.entities.first { $0.id == id } }?.type == .person }) {
                    var a = Draft(type: .arrest, trigger: d.trigger, sentence: d.sentence)
                    a.patients = d.patients
                    a.partOf = [drafts.count - 1]
                    a.isNoun = true
                    drafts.append(a)
                }
            }
            // coordinated verbs share a time ("arrested and released in recent years")
            if drafts.count - firstDraft > 1 {
                for i in stride(from: drafts.count - 2, through: firstDraft, by: -1)
                where drafts[i].time == nil && drafts[i + 1].coordinated && !drafts[i].isNoun {
                    drafts[i].time = drafts[i + 1].time
                }
            }
            // events inside a raid of the same or the previous sentences
            for i in firstDraft..<drafts.count where drafts[i].type == .arrest || drafts[i].type == .seizure {
                if !drafts[i].partOf.isEmpty { continue }
                if let r = drafts[..<drafts.count].lastIndex(where: { $0.type == .raid && $0.sentence <= drafts[i].sentence && drafts[i].sentence - $0.sentence <= 1 }) {
                    if r != i { drafts[i].partOf = [r] }
                }
            }
        }
        // "Three men were arrested. Police identified them as X, Y and Z.": the named people are
        // the patients of the event whose patients were only described
        for sentence in analysis.sentences where !sentence.isHeadline {
            let s0 = sentence.tokens.lowerBound, s1 = sentence.tokens.upperBound
            guard let v = (s0..<s1).first(where: { ["identified", "named"].contains(tokens[$0].lower) }),
                  let asIdx = (v + 1..<min(s1, v + 5)).first(where: { tokens[$0].lower == "as" }) else { continue }
            let between = (v + 1)..<asIdx
            let refersBack = between.isEmpty
                ? (s0..<v).contains(where: { ["they", "the", "those"].contains(tokens[$0].lower) })
                : between.allSatisfy({ ["them", "the", "men", "women", "suspects", "victims", "detainees", "three", "two", "four", "five", "all"].contains(tokens[$0].lower) })
            guard refersBack else { continue }
            let named = entities(in: (asIdx + 1)..<s1, types: [.person], analysis: analysis, table: table, participant: participant)
            guard named.count >= 2 || (named.count == 1 && !between.isEmpty) else { continue }
            let si = sentence.index
            if let d = drafts.lastIndex(where: { ($0.sentence == si - 1 || ($0.sentence == si && $0.trigger.lowerBound < v))
                                                && $0.type != .statement && !$0.patients.isEmpty && $0.patients.allSatisfy({ $0.entityID == nil }) }) {
                drafts[d].patients = named
            }
        }
        // "A court sentenced a prominent activist… / Selma Arkan, 34, was convicted…": a news lead
        // describes someone, and the next sentence opens with the name of a person not named before
        for (i, d) in drafts.enumerated() {
            // the described person: the patient, or the one who escaped
            let escapee = d.type == .escape && d.patients.isEmpty
            let described = escapee ? d.agents : d.patients
            guard described.count == 1, described[0].entityID == nil else { continue }
            let words = described[0].text.lowercased().split(separator: " ")
            guard let article = words.first, ["a", "an"].contains(article), let noun = words.last,
                  EventFinder.personNouns.contains(String(noun)) || lexicon.isTitleHead(String(noun)),
                  d.sentence + 1 < analysis.sentences.count else { continue }
            let next = analysis.sentences[d.sentence + 1]
            let n0 = next.tokens.lowerBound
            guard let e = table.entity(at: n0), table.entities[e].type == .person,
                  let first = table.mentionTokens[e].first, first.lowerBound == n0 else { continue }
            var end = n0
            while end < next.tokens.upperBound, table.entity(at: end) == e { end += 1 }
            if escapee { drafts[i].agents = [participant(entity: e, at: n0..<end)] } else { drafts[i].patients = [participant(entity: e, at: n0..<end)] }
        }
        // "Guards arrested three men after finding heroin": the gerund's actor is the clause's
        for i in drafts.indices where drafts[i].agents.isEmpty && drafts[i].type != .statement {
            let k = drafts[i].trigger.lowerBound
            guard k > 0, tokens[k].lower.hasSuffix("ing"), ["after", "before", "while", "by", "when", "during"].contains(tokens[k - 1].lower),
                  let actor = drafts[..<i].last(where: { $0.sentence == drafts[i].sentence && $0.type != .statement && !$0.agents.isEmpty && !$0.passive })
            else { continue }
            drafts[i].agents = actor.agents
        }
        // "The indictment names X and Y": the people charged
        for sentence in analysis.sentences where !sentence.isHeadline {
            let s0 = sentence.tokens.lowerBound, s1 = sentence.tokens.upperBound
            guard let doc = (s0..<min(s1, s0 + 4)).first(where: { ["indictment", "complaint", "indictments"].contains(tokens[$0].lower) }),
                  let v = (doc + 1..<s1).first(where: { ["names", "named", "identifies", "identified", "lists", "listed", "charges", "accuses"].contains(tokens[$0].lower) }),
                  v - doc <= 14 else { continue }
            let named = entities(in: (v + 1)..<s1, types: [.person], analysis: analysis, table: table, participant: participant)
            guard !named.isEmpty else { continue }
            let si = sentence.index
            // the indictment itself, and the charge a sentence before that described the people
            let charged = drafts.indices.filter { drafts[$0].type == .charge && si - drafts[$0].sentence <= 1 && drafts[$0].sentence <= si
                                                  && drafts[$0].patients.allSatisfy({ $0.entityID == nil }) }
            let agents = charged.map { drafts[$0].agents }.first { !$0.isEmpty } ?? []
            for d in charged {
                drafts[d].patients = named
                if drafts[d].agents.isEmpty { drafts[d].agents = agents }
            }
        }
        // "Three officers were sentenced… / The officers, X, Y and Z, demanded…", "Prosecutors
        // charged two officials… / The officials, X and Y, are accused…": the people an apposition
        // names after "The <noun>," are the patients an earlier event only described, and that
        // event's actors act in the sentence's events of its type that name none
        for sentence in analysis.sentences where !sentence.isHeadline {
            let s0 = Dateline.bodyStart(sentence.tokens.lowerBound, end: sentence.tokens.upperBound, tokens: tokens)
            let s1 = sentence.tokens.upperBound
            guard s0 + 3 < s1, ["the", "these", "those"].contains(tokens[s0].lower), tokens[s0 + 2].isPunct(",") else { continue }
            let head = tokens[s0 + 1].lower
            guard let close = (s0 + 3..<s1).first(where: { tokens[$0].isPunct(",") && !(($0 + 1 < s1) && tokens[$0 + 1].lower == "and") }) else { continue }
            let named = entities(in: (s0 + 3)..<close, types: [.person], analysis: analysis, table: table, participant: participant)
            let si = sentence.index
            guard !named.isEmpty, let a = drafts.lastIndex(where: { d in
                d.sentence < si && si - d.sentence <= 2 && d.type != .statement && d.patients.count == 1 && d.patients[0].entityID == nil
                    && d.patients[0].text.lowercased().split(separator: " ").last.map(String.init) == head
            }) else { continue }
            let sameType = drafts.indices.filter { drafts[$0].sentence == si && drafts[$0].type == drafts[a].type }
            guard named.count >= 2 || !sameType.isEmpty else { continue }
            drafts[a].patients = named
            for b in sameType where drafts[b].agents.isEmpty { drafts[b].agents = drafts[a].agents }
        }
        // Build events. A mention with no participant, place, time or content ("called for the
        // release of all those detained", "a mandatory minimum sentence") says nothing of an event
        // and is left out, unless other events are part of it.
        let enclosing = Set(drafts.flatMap(\.partOf))
        var number = [Int](repeating: 0, count: drafts.count)
        var kept = 0
        for (i, d) in drafts.enumerated()
        where !d.agents.isEmpty || !d.patients.isEmpty || !d.places.isEmpty || d.time != nil || d.content != nil || enclosing.contains(i) {
            kept += 1
            number[i] = kept
        }
        var events = [Event]()
        events.reserveCapacity(kept)
        for (i, d) in drafts.enumerated() where number[i] > 0 {
            let trig = analysis.text(tokens: d.trigger)
            events.append(Event(id: "v\(number[i])", type: d.type, trigger: trig, agents: dedupe(d.agents), patients: dedupe(d.patients),
                                places: dedupe(d.places), time: d.time, content: d.content, partOf: d.partOf.map { "v\(number[$0])" },
                                provenance: Provenance(documentSHA256: documentSHA256, sentenceIndex: d.sentence,
                                                       utf8Range: analysis.utf8Range(tokens: d.trigger))))
        }
        return events
    }

    /// Whether a trigger at `k` is an adjective ("the charged leaders", "the alleged mastermind"), a
    /// statement noun ("this report"), or an event that did not happen ("will release", "to arrest").
    private func isModifierOrUnreal(_ k: Int, form: String, type: EventType, s0: Int, s1: Int, tokens: [Token]) -> Bool {
        let prev = k - 1 >= s0 ? tokens[k - 1].lower : ""
        let next = k + 1 < s1 ? tokens[k + 1] : nil
        if form == "past" || form == "part" || form == "pastonly" {
            if EventFinder.determiners.contains(prev) || (k - 1 >= s0 && tokens[k - 1].kind == .number),
               let next, next.kind == .word, next.info.functionClass == nil || next.info.functionClass == "common" {
                return true
            }
        }
        if form == "base" || form == "pres" {
            if type == .statement, EventFinder.determiners.contains(prev) || (k - 1 >= s0 && tokens[k - 1].kind == .possessive) { return true }
            if form == "base", ["to", "will", "would", "could", "should", "may", "might", "must", "can", "cannot"].contains(prev),
               type != .statement { return true }
        }
        return false
    }

    /// Whether a noun trigger at `k` stands in a circumstance of another event ("in a raid",
    /// "during the operation"), so that it does not end that event's window.
    private func isCircumstance(_ k: Int, s0: Int, tokens: [Token]) -> Bool {
        var p = k - 1
        var n = 0
        while p >= s0, n < 3 {
            if ["in", "during", "at", "amid", "after", "following"].contains(tokens[p].lower) { return true }
            if tokens[p].kind != .word || !(EventFinder.determiners.contains(tokens[p].lower) || tokens[p].info.isOrg("head") || ["police", "joint", "overnight", "early", "dawn", "night"].contains(tokens[p].lower)) { return false }
            p -= 1
            n += 1
        }
        return false
    }

    /// Whether a lower-case word is an adverb ("rarely", "briefly").
    private func isAdverb(_ t: Token) -> Bool {
        guard t.kind == .word, !t.isCapitalized else { return false }
        if EventFinder.skippable.contains(t.lower) { return true }
        return t.lower.count > 4 && t.lower.hasSuffix("ly") && !["only", "early", "family", "italy", "july", "rally", "ally", "supply", "assembly"].contains(t.lower)
    }

    /// Participants without repeats (by entity id or text).
    private func dedupe(_ ps: [Participant]) -> [Participant] {
        var seen = Set<String>()
        return ps.filter { seen.insert($0.entityID ?? "t:" + $0.text.lowercased()).inserted }
    }

    /// The index of the nearest token at or before `k` that is not an adverb or auxiliary-like filler.
    private func skipBack(_ k: Int, s0: Int, tokens: [Token]) -> Int {
        var p = k
        while p >= s0, isAdverb(tokens[p]) || ["not", "never", "long"].contains(tokens[p].lower),
              !EventFinder.beForms.contains(tokens[p].lower), !["have", "has", "had"].contains(tokens[p].lower) {
            p -= 1
        }
        return p
    }

    /// Whether a base or present form at `prevIdx + 1` reads as a noun ("the arrest", "police raid").
    private func looksNominal(_ prevIdx: Int, s0: Int, tokens: [Token], table: EntityTable) -> Bool {
        guard prevIdx >= s0 else { return true }
        let p = tokens[prevIdx]
        if p.kind == .possessive || p.kind == .number { return true }
        if EventFinder.determiners.contains(p.lower) { return true }
        if ["to", "will", "would", "could", "can", "may", "might", "must", "should", "did", "do", "does", "not"].contains(p.lower) { return false }
        if EventFinder.pronouns.contains(p.lower) { return false }
        if let c = p.info.functionClass, c == "prep" || c == "conj" { return true }
        if table.entity(at: prevIdx) != nil {
            // "Pakistan arrests…" (verb) versus "FBI raid" (noun): a verb needs an object after it
            return false
        }
        if p.kind == .punct { return true }
        return true
    }

    /// Whether a token after a participle shows it is a reduced passive ("people arrested in 2019").
    private func isPassiveFollower(_ t: Token) -> Bool {
        if t.kind == .punct { return true }
        if EventFinder.beForms.contains(t.lower) { return true }
        if let c = t.info.functionClass { return c == "prep" || c == "month" || c == "weekday" || c == "timeword" || c == "conj" }
        return false
    }

    /// Whether token `k` can end a noun phrase (a noun, name or number, not a function word or verb).
    private func isNounWord(_ k: Int, tokens: [Token], table: EntityTable) -> Bool {
        let t = tokens[k]
        if table.entity(at: k) != nil { return true }
        guard t.kind == .word || t.kind == .number else { return false }
        if t.info.functionClass != nil { return ["number", "common"].contains(t.info.functionClass!) }
        if t.info.trigger != nil { return false }
        return true
    }

    /// Words in "-ing" that modify a noun ("a human smuggling network", "a drug trafficking ring"),
    /// so they do not end a phrase.
    static let nominalIng: Set<String> = ["smuggling", "trafficking", "shipping", "building", "housing", "training", "mining",
                                          "fishing", "banking", "gambling", "laundering", "clothing", "parking", "processing",
                                          "recycling", "logging", "printing", "boarding", "accounting", "engineering", "marketing",
                                          "lending", "farming", "manufacturing", "dealing", "trading", "operating", "counterfeiting",
                                          "kidnapping", "poaching", "racketeering", "hacking", "phishing", "bootlegging"]

    /// Whether token `k` can stand inside a noun phrase.
    private func isPhraseWord(_ k: Int, tokens: [Token], table: EntityTable) -> Bool {
        let t = tokens[k]
        if table.entity(at: k) != nil || t.kind == .possessive || t.kind == .number { return true }
        if t.kind == .punct { return t.lower == "$" || t.lower == "%" }
        if let c = t.info.functionClass {
            if t.lower == "that" { return false }
            return c == "det" || c == "number" || c == "common" || c == "adj" || c == "pron" && ["his", "her", "its", "their", "our"].contains(t.lower)
        }
        let afterDeterminer = k > 0 && (EventFinder.determiners.contains(tokens[k - 1].lower) || tokens[k - 1].kind == .number)
        if t.info.trigger != nil, t.info.titleClass == nil, !afterDeterminer { return false }
        if t.lower.hasSuffix("ing") && t.lower.count > 5 && !afterDeterminer && !t.lower.contains("-")
            && !(EventFinder.nominalIng.contains(t.lower) && k + 1 < tokens.count && tokens[k + 1].kind == .word) { return false }
        if EventFinder.irregularParticiples.contains(t.lower) { return false }
        if t.lower.hasSuffix("ed") && t.lower.count > 4 && !["suspected", "alleged", "accused", "armed", "banned", "wanted", "outlawed", "retired", "charged", "unidentified", "detained", "arrested", "united", "based", "related"].contains(t.lower) && !t.lower.contains("-") { return false }
        return true
    }

    /// The subject noun phrase that ends right before `k` (skipping auxiliaries and appositions).
    func subject(before k: Int, s0: Int, analysis: Analysis, table: EntityTable, depth: Int = 0) -> Phrase? {
        let tokens = analysis.tokens
        var p = k - 1
        while p >= s0 {
            let u = tokens[p]
            if isAdverb(u) || ["never", "long"].contains(u.lower) { p -= 1; continue }
            // "The court on Tuesday sentenced…"
            if let c = u.info.functionClass, c == "weekday" || c == "month" || c == "timeword" { p -= 1; continue }
            if u.kind == .number, p - 1 >= s0, tokens[p - 1].info.functionClass == "month" { p -= 1; continue }
            if ["on", "last", "this", "early", "late"].contains(u.lower), p + 1 < k, tokens[p + 1].info.functionClass.map({ ["weekday", "month"].contains($0) }) ?? false { p -= 1; continue }
            if ["week", "month", "year", "weekend"].contains(u.lower), p - 1 >= s0, ["last", "this", "next"].contains(tokens[p - 1].lower) { p -= 2; continue }
            break
        }
        guard p >= s0 else { return nil }
        let t = tokens[p]
        if t.kind == .word, EventFinder.pronouns.contains(t.lower) {
            if t.lower == "who" || t.lower == "which" {
                // antecedent: "X, a suspected trafficker who…" → X
                guard let np = nounPhrase(endingAt: p - 1, s0: s0, analysis: analysis, table: table) else { return nil }
                let before = np.range.lowerBound - 1
                if before - 1 >= s0, tokens[before].isPunct(","), let e = table.entity(at: before - 1), table.entities[e].type == .person {
                    return Phrase(range: (before - 1)..<before, participants: [participantFor(e, at: before - 1, analysis: analysis, table: table)])
                }
                if t.lower == "which" { return nil }
                return np
            }
            return Phrase(range: p..<(p + 1), participants: [], pronoun: t.lower)
        }
        if t.kind == .punct, t.lower == "," || t.lower == "-" || t.lower == ")" {
            // apposition: find the comma or dash that opens it, with a name before
            var q = p - 1
            var n = 0
            while q > s0, n < 30 {
                if tokens[q].kind == .punct, tokens[q].lower == "," || tokens[q].lower == "-" || tokens[q].lower == "(" {
                    if let e = table.entity(at: q - 1), table.entities[e].type != .place {
                        return nounPhrase(endingAt: q - 1, s0: s0, analysis: analysis, table: table, depth: depth)
                    }
                    if tokens[q].lower == "-" || tokens[q].lower == "(" { break }
                }
                if tokens[q].kind == .word, EventFinder.beForms.contains(tokens[q].lower) || tokens[q].info.trigger?.type == .statement { break }
                q -= 1
                n += 1
            }
            if let e = table.entity(at: p - 1), table.entities[e].type == .person, p - 1 >= s0 {
                return nounPhrase(endingAt: p - 1, s0: s0, analysis: analysis, table: table)
            }
            // "The suspect, identified by…, was detained": the phrase before the first comma
            if let c = (s0..<p).first(where: { tokens[$0].isPunct(",") }), c > s0,
               let np = nounPhrase(endingAt: c - 1, s0: s0, analysis: analysis, table: table, depth: 3), np.range.lowerBound == s0 {
                return np
            }
            return nil
        }
        return nounPhrase(endingAt: p, s0: s0, analysis: analysis, table: table, depth: depth)
    }

    /// The participant for an entity whose mention covers token `k`.
    private func participantFor(_ e: Int, at k: Int, analysis: Analysis, table: EntityTable) -> Participant {
        let tokens = analysis.tokens
        var a = k, b = k + 1
        while a - 1 >= 0, table.tokenEntity[a - 1] == e, tokens[a - 1].sentence == tokens[k].sentence { a -= 1 }
        while b < tokens.count, table.tokenEntity[b] == e, tokens[b].sentence == tokens[k].sentence { b += 1 }
        let ent = table.entities[e]
        return Participant(entityID: ent.id, text: ent.name, mention: Mention(sentenceIndex: tokens[k].sentence, utf8Range: analysis.utf8Range(tokens: a..<b)))
    }

    /// The noun phrase ending at token `end` (inclusive), scanning left; a phrase that is the object
    /// of a preposition after a participle ("police working with the FBI") yields to the noun before.
    func nounPhrase(endingAt end: Int, s0: Int, analysis: Analysis, table: EntityTable, depth: Int = 0) -> Phrase? {
        let tokens = analysis.tokens
        guard end >= s0, isPhraseWord(end, tokens: tokens, table: table) else { return nil }
        var q = end
        var ofs = 0
        while q - 1 >= s0 {
            let t = tokens[q - 1]
            // a determiner opens the phrase, unless "of" comes before it ("three of the leaders")
            if q <= end, EventFinder.determiners.contains(tokens[q].lower), ["the", "a", "an", "his", "her", "their", "its", "this", "these", "those"].contains(tokens[q].lower) {
                if t.lower != "of" { break }
            }
            if t.lower == "of", ofs == 0 { ofs += 1; q -= 1; continue }
            if isPhraseWord(q - 1, tokens: tokens, table: table), !EventFinder.pronouns.contains(t.lower) { q -= 1; continue }
            break
        }
        if tokens[q].lower == "of" { q += 1 }
        if depth < 3, q - 1 > s0, EventFinder.attachingPrepositions.contains(tokens[q - 1].lower) {
            // "Velo police working with the US FBI", "leaders of X (the Y) in Estrela": the true
            // subject stands before the preposition (and a participle before it)
            var b = q - 1
            if b - 1 >= s0, tokens[b - 1].kind == .word, tokens[b - 1].lower.hasSuffix("ing") || tokens[b - 1].lower.hasSuffix("ed"),
               tokens[b - 1].info.trigger == nil { b -= 1 }
            if let np = subject(before: b, s0: s0, analysis: analysis, table: table, depth: depth + 1), np.pronoun == nil { return np }
        }
        guard var np = phrase(q..<(end + 1), analysis: analysis, table: table) else { return nil }
        // "300 grams of cocaine and 200 grams of heroin"
        if depth < 3, q - 1 > s0, tokens[q - 1].lower == "and", np.participants.first?.entityID == nil,
           let before = nounPhrase(endingAt: q - 2, s0: s0, analysis: analysis, table: table, depth: depth + 1), before.pronoun == nil,
           before.participants.first?.entityID == nil {
            np.participants = before.participants + np.participants
        }
        return np
    }

    /// Participants of a phrase: its named entities when the phrase's head is a name, else the phrase.
    func phrase(_ range: Range<Int>, analysis: Analysis, table: EntityTable) -> Phrase? {
        let tokens = analysis.tokens
        var r = range
        while !r.isEmpty, tokens[r.lowerBound].kind == .punct && !["$", "€", "£"].contains(tokens[r.lowerBound].lower)
                || tokens[r.lowerBound].kind == .possessive { r = (r.lowerBound + 1)..<r.upperBound }
        guard !r.isEmpty else { return nil }
        // head: the last token, or the token before the first "of"
        var head = r.upperBound - 1
        if let of = r.first(where: { tokens[$0].lower == "of" }), of > r.lowerBound { head = of - 1 }
        if let e = table.entity(at: head) {
            var ps = [participantFor(e, at: head, analysis: analysis, table: table)]
            // a list of names: "X and Y"
            var k = r.lowerBound
            while k < r.upperBound {
                if let f = table.entity(at: k), f != e, table.entities[f].type == table.entities[e].type, k != head {
                    ps.append(participantFor(f, at: k, analysis: analysis, table: table))
                }
                k += 1
            }
            return Phrase(range: r, participants: ps)
        }
        if r.allSatisfy({ EventFinder.determiners.contains(tokens[$0].lower) || tokens[$0].kind == .punct }) { return nil }
        if ["any", "no"].contains(tokens[r.lowerBound].lower) { return nil }
        let text = analysis.text(tokens: r)
        if ["he", "she", "they", "it", "we", "him", "them", "his", "her"].contains(text.lowercased()) {
            return Phrase(range: r, participants: [], pronoun: text.lowercased())
        }
        return Phrase(range: r, participants: [Participant(text: text, mention: Mention(sentenceIndex: tokens[r.lowerBound].sentence, utf8Range: analysis.utf8Range(tokens: r)))])
    }

    /// The further items of a list of things seized: "seized 2 kilograms of heroin, three guns and
    /// $5,000 in cash". An item starts with a number, an amount or a lowercase word; a comma before
    /// a name or a speaker ends the list.
    func seizedItems(after end: Int, s1: Int, analysis: Analysis, table: EntityTable) -> [Participant] {
        let tokens = analysis.tokens
        var out = [Participant]()
        var r = end
        // "intercepted a boat carrying two tons of cocaine": what it carried is seized too
        if r < s1, ["carrying", "containing", "transporting"].contains(tokens[r].lower) || (tokens[r].lower == "loaded" && r + 1 < s1 && tokens[r + 1].lower == "with") {
            let at = tokens[r].lower == "loaded" ? r + 1 : r
            if let cargo = object(after: at, s1: s1, analysis: analysis, table: table), cargo.pronoun == nil {
                out += cargo.participants
                r = cargo.range.upperBound
            }
        }
        while r < s1, out.count < 8 {
            var sep = r
            if tokens[sep].isPunct(","), sep + 1 < s1, tokens[sep + 1].lower == "and" { sep += 1 }
            guard tokens[sep].isPunct(",") || tokens[sep].lower == "and", sep + 1 < s1 else { break }
            let first = tokens[sep + 1]
            // after "and" an item may start with an article ("and a large quantity of ammunition")
            let afterAnd = tokens[sep].lower == "and" && ["a", "an", "the"].contains(first.lower)
            guard first.kind == .number || first.lower == "$" || afterAnd || (first.kind == .word && !first.isCapitalized
                    && first.info.trigger == nil && !EventFinder.statementStarts.contains(first.lower)) else { break }
            guard let item = object(after: sep, s1: s1, analysis: analysis, table: table), item.pronoun == nil,
                  item.participants.allSatisfy({ $0.entityID == nil }) else { break }
            out += item.participants
            r = item.range.upperBound
        }
        return out
    }

    /// Words that start a clause after a list, not an item: "…, police said", "…, which…".
    static let statementStarts: Set<String> = ["police", "officials", "authorities", "which", "who", "where", "when", "while",
                                               "according", "said", "officers", "investigators", "prosecutors", "the", "a", "an",
                                               "he", "she", "they", "it", "we", "after", "before", "but", "then"]

    /// Irregular past participles, which end a noun phrase like those in "-ed" ("cocaine hidden in…").
    static let irregularParticiples: Set<String> = ["hidden", "stolen", "taken", "given", "seen", "brought", "kept", "sold",
                                                    "bought", "sent", "shown", "driven", "written", "thrown", "flown", "smuggled",
                                                    "stashed", "concealed", "stored", "packed", "buried"]

    /// Things that are seized: a find of these is a seizure.
    static let contraband: Set<String> = ["cocaine", "heroin", "drugs", "drug", "methamphetamine", "meth", "fentanyl", "marijuana",
                                          "cannabis", "opium", "narcotics", "pills", "tablets", "weapons", "weapon", "guns", "gun",
                                          "rifles", "rifle", "pistols", "pistol", "revolver", "shotgun", "firearm", "firearms", "ammunition", "explosives", "grenades", "cash",
                                          "money", "dollars", "contraband", "ivory", "counterfeit", "cigarettes", "gold", "kilograms",
                                          "kilos", "tonnes", "tons", "grams", "pounds", "bags", "packages", "parcels"]

    /// Whether a verb of finding at `k` finds contraband: its object (or, after a be-form, its
    /// subject) holds an amount or a contraband noun.
    func contrabandNear(_ k: Int, s0: Int, s1: Int, tokens: [Token]) -> Bool {
        var q = k + 1
        if q < s1, ["guilty", "innocent", "dead", "that", "out", "himself", "herself", "themselves"].contains(tokens[q].lower) { return false }
        while q < s1, q <= k + 8, tokens[q].kind != .punct || tokens[q].lower == "$" {
            if EventFinder.contraband.contains(tokens[q].lower) || tokens[q].lower == "$" { return true }
            q += 1
        }
        if k - 1 >= s0, EventFinder.beForms.contains(tokens[k - 1].lower) {
            var p = k - 2
            while p >= s0, p >= k - 8, tokens[p].kind != .punct {
                if EventFinder.contraband.contains(tokens[p].lower) { return true }
                p -= 1
            }
        }
        return false
    }

    /// Nouns for a person a news lead describes before naming: "a prominent activist".
    static let personNouns: Set<String> = ["activist", "journalist", "reporter", "man", "woman", "official", "officer", "lawyer",
                                           "politician", "businessman", "businesswoman", "leader", "suspect", "teacher", "doctor",
                                           "student", "blogger", "critic", "dissident", "opponent", "judge", "soldier", "citizen",
                                           "national", "executive", "banker", "trafficker", "smuggler", "commander", "mayor", "lawmaker"]

    /// Nouns for a man or a woman, for "he" and "she" after a speaker named by one.
    static let maleNouns: Set<String> = ["husband", "father", "son", "brother", "man", "boy", "uncle", "nephew", "grandfather", "spokesman"]
    static let femaleNouns: Set<String> = ["wife", "mother", "daughter", "sister", "woman", "girl", "aunt", "niece", "grandmother", "spokeswoman"]

    /// The subject of "A court in the capital, Dravik, sentenced…": when the comma at `comma` closes
    /// a place in apposition to a place noun ("in the capital, X,"), the phrase before "in".
    func placeAppositionSubject(endingAt comma: Int, s0: Int, analysis: Analysis, table: EntityTable) -> Phrase? {
        let tokens = analysis.tokens
        guard comma - 1 > s0, let e = table.entity(at: comma - 1), table.entities[e].type == .place else { return nil }
        var q = comma - 1
        while q > s0, table.entity(at: q - 1) == e { q -= 1 }
        guard q - 2 > s0, tokens[q - 1].isPunct(","),
              MentionFinder.placeAppositionHeads.contains(tokens[q - 2].lower) else { return nil }
        guard let inIdx = (s0..<(q - 2)).last(where: { ["in", "at", "of"].contains(tokens[$0].lower) }), inIdx > s0,
              let np = nounPhrase(endingAt: inIdx - 1, s0: s0, analysis: analysis, table: table), np.pronoun == nil else { return nil }
        return np
    }

    /// Whether token `k` is a finite past verb a clause can start with ("intercepted"): a lowercase
    /// word in "-ed" or an irregular participle, after a noun phrase and not after a be-form.
    func isPastVerb(_ k: Int, tokens: [Token], table: EntityTable) -> Bool {
        let t = tokens[k]
        guard t.kind == .word, !t.isCapitalized, table.entity(at: k) == nil, t.info.functionClass == nil,
              t.lower.hasSuffix("ed") && t.lower.count > 4 || EventFinder.irregularParticiples.contains(t.lower) else { return false }
        guard k > 0 else { return false }
        let before = tokens[k - 1]
        return !EventFinder.beForms.contains(before.lower) && before.kind != .punct && !["has", "have", "had", "who", "which", "that"].contains(before.lower)
    }

    /// Whether the subject of "was held" ending before `be` is a person: a person's name or a
    /// personal pronoun right before the verb group, past an apposition or an age.
    func heldPersonSubject(before be: Int, s0: Int, tokens: [Token], table: EntityTable) -> Bool {
        var p = be - 1
        while p >= s0, ["had", "has", "have", "been", "being", "was", "were", "is", "are"].contains(tokens[p].lower) { p -= 1 }
        guard p >= s0 else { return false }
        if ["he", "she", "they"].contains(tokens[p].lower) { return true }
        if let e = table.entity(at: p), table.entities[e].type == .person { return true }
        // "X, a reporter for Y, had been held": back over one apposition to the name before it
        guard tokens[p].isPunct(",") else { return false }
        var q = p - 1
        var n = 0
        while q >= s0, n < 14, !tokens[q].isPunct(",") { q -= 1; n += 1 }
        guard q - 1 >= s0, tokens[q].isPunct(","), let e = table.entity(at: q - 1) else { return false }
        return table.entities[e].type == .person
    }

    /// Premises a raid searches, which belong to whoever is named with them.
    static let premises: Set<String> = ["offices", "office", "home", "homes", "house", "houses", "headquarters", "premises",
                                        "residence", "apartment", "apartments", "warehouse", "warehouses", "compound", "farm",
                                        "factory", "shop", "store", "branch", "branches", "plant"]

    /// The owner named with raided premises: "the offices of X Holdings", "X's home" → X.
    func premisesOwner(_ np: Phrase, analysis: Analysis, table: EntityTable) -> [Participant]? {
        let tokens = analysis.tokens
        guard np.pronoun == nil, np.participants.count == 1, np.participants[0].entityID == nil else { return nil }
        let r = np.range
        if let of = r.first(where: { tokens[$0].lower == "of" }), of > r.lowerBound, EventFinder.premises.contains(tokens[of - 1].lower) {
            var q = of + 1
            if q < r.upperBound, tokens[q].lower == "the" { q += 1 }
            guard q < r.upperBound, let e = table.entity(at: q), table.entities[e].type != .place else { return nil }
            return [participantFor(e, at: q, analysis: analysis, table: table)]
        }
        if let pos = r.first(where: { tokens[$0].kind == .possessive }), pos > r.lowerBound, pos + 1 < r.upperBound,
           EventFinder.premises.contains(tokens[pos + 1].lower), let e = table.entity(at: pos - 1), table.entities[e].type != .place {
            return [participantFor(e, at: pos - 1, analysis: analysis, table: table)]
        }
        return nil
    }

    /// Nouns of documents and figures, which never stand in apposition to people.
    static let documentWords: Set<String> = ["documents", "document", "records", "papers", "filings", "filing", "statement",
                                             "statements", "reports", "report", "data", "figures", "statistics", "affidavit",
                                             "complaint", "indictment", "testimony", "sources", "media"]

    /// Words for the people of an organisation who act for it: "officers of the X", "agents from Y".
    static let memberHeads: Set<String> = ["officers", "officer", "agents", "agent", "investigators", "detectives", "troops",
                                           "soldiers", "officials", "personnel", "staff", "police", "policemen", "guards",
                                           "inspectors", "prosecutors", "authorities", "forces", "units", "unit", "teams", "team"]

    /// An agent phrase such as "officers of the X Bureau" or "agents from the Y" as the organisation
    /// it names; other phrases unchanged.
    func agentOrganization(_ np: Phrase, analysis: Analysis, table: EntityTable) -> [Participant] {
        let tokens = analysis.tokens
        guard np.pronoun == nil, np.participants.count == 1, np.participants[0].entityID == nil else { return np.participants }
        // "officers of the X" inside the phrase, or "Agents | with the X (XA) arrested…" just after it
        let inside = np.range.first(where: { ["of", "from", "with"].contains(tokens[$0].lower) })
        let of: Int
        if let inside, inside > np.range.lowerBound {
            of = inside
        } else if np.range.count == 1, np.range.upperBound < tokens.count, ["of", "from", "with"].contains(tokens[np.range.upperBound].lower) {
            of = np.range.upperBound
        } else {
            return np.participants
        }
        guard EventFinder.memberHeads.contains(tokens[of - 1].lower) else { return np.participants }
        var q = of + 1
        if q < tokens.count, tokens[q].lower == "the" { q += 1 }
        guard q < tokens.count, tokens[q].sentence == tokens[of].sentence, let e = table.entity(at: q),
              table.entities[e].type == .organization else { return np.participants }
        var end = q
        while end < tokens.count, table.entity(at: end) == e { end += 1 }
        guard inside == nil || end == np.range.upperBound else { return np.participants }
        return [participantFor(e, at: q, analysis: analysis, table: table)]
    }

    /// The patients of a passive verb whose subject is `np`: when it names a person, every person
    /// named in the subject ("X, a police officer, and a civilian named Y were…").
    private func passiveSubjects(_ np: Phrase, upTo end: Int, s0: Int, analysis: Analysis, table: EntityTable,
                                 resolve: (String, Int, Bool) -> [Participant]) -> [Participant] {
        if let p = np.pronoun { return resolve(p, np.range.lowerBound, false) }
        let tokens = analysis.tokens
        // "X, a lawyer in Y, and an accomplice were arrested": a described person joined to a
        // named one; both are the patients
        if np.participants.count == 1, np.participants[0].entityID == nil, np.range.lowerBound - 1 >= s0,
           tokens[np.range.lowerBound - 1].lower == "and" {
            var a = np.range.lowerBound - 1
            while a - 1 >= s0, !(tokens[a - 1].lower == "that" || tokens[a - 1].lower == ":" || tokens[a - 1].lower == ";"
                                  || tokens[a - 1].lower == "\u{201C}" || tokens[a - 1].info.trigger != nil) { a -= 1 }
            if let f = table.entity(at: a), table.entities[f].type == .person {
                var out = [participantFor(f, at: a, analysis: analysis, table: table)]
                out += np.participants
                return out
            }
        }
        guard let first = np.participants.first, let id = first.entityID,
              let e = table.entities.firstIndex(where: { $0.id == id }), table.entities[e].type == .person else { return np.participants }
        // clause start: the sentence start, or after "that", a statement verb, a colon or a quote
        var a = np.range.lowerBound
        while a - 1 >= s0 {
            let t = tokens[a - 1]
            if t.lower == "that" || t.lower == ":" || t.lower == ";" || t.lower == "\u{201C}" || t.info.trigger?.type == .statement { break }
            a -= 1
        }
        var out = [Participant]()
        var k = a
        while k < end {
            if let f = table.entity(at: k), table.entities[f].type == .person {
                out.append(participantFor(f, at: k, analysis: analysis, table: table))
                while k < end, table.entity(at: k) == f { k += 1 }
                continue
            }
            k += 1
        }
        return out.isEmpty ? np.participants : out
    }

    /// The object noun phrase after a verb at `k`.
    func object(after k: Int, s1: Int, analysis: Analysis, table: EntityTable) -> Phrase? {
        let tokens = analysis.tokens
        var p = k + 1
        while p < s1, tokens[p].kind == .word, ["up", "down", "also"].contains(tokens[p].lower) { p += 1 }
        guard p < s1 else { return nil }
        let t = tokens[p]
        if t.kind == .word, ["him", "her", "them", "it"].contains(t.lower),
           !(t.lower == "her" && p + 1 < s1 && tokens[p + 1].kind == .word && !tokens[p + 1].isCapitalized
             && tokens[p + 1].info.functionClass == nil && tokens[p + 1].info.trigger == nil) {
            return Phrase(range: p..<(p + 1), participants: [], pronoun: t.lower)
        }
        var q = p
        // quantifiers: "about a dozen suspects", "more than 300 grams"
        if ["about", "around", "nearly", "almost", "approximately", "roughly", "over", "some", "up"].contains(t.lower), p + 1 < s1,
           tokens[p + 1].kind == .number || ["a", "an", "three", "two", "several", "$", "€", "£"].contains(tokens[p + 1].lower) || tokens[p + 1].info.functionClass == "number" {
            q = p + 1
        } else if t.lower == "more" || t.lower == "less" || t.lower == "fewer", p + 2 < s1, tokens[p + 1].lower == "than" {
            q = p + 2
        } else if t.lower == "at", p + 2 < s1, tokens[p + 1].lower == "least" {
            q = p + 2
        }
        guard isPhraseWord(q, tokens: tokens, table: table), !(tokens[q].info.functionClass.map { $0 == "month" || $0 == "weekday" || $0 == "timeword" } ?? false) else { return nil }
        var ofs = 0
        while q < s1 {
            let u = tokens[q]
            if u.lower == "of", ofs == 0, q > p { ofs += 1; q += 1; continue }
            if u.lower == "and", q + 1 < s1, table.entity(at: q + 1) != nil, q > p, table.entity(at: q - 1) != nil { q += 1; continue }
            if let c = u.info.functionClass, c == "month" || c == "weekday" || c == "timeword" { break }
            if u.lower == "last" || u.lower == "this" || u.lower == "several" { if q > p { break } }
            if isPhraseWord(q, tokens: tokens, table: table) { q += 1; continue }
            break
        }
        while q > p, tokens[q - 1].lower == "of" || tokens[q - 1].kind == .possessive { q -= 1 }
        guard q > p else { return nil }
        guard var np = phrase(p..<q, analysis: analysis, table: table) else { return nil }
        // a list after a name: "X, a title, and two accomplices", "X and Y"
        if let first = np.participants.first, first.entityID != nil {
            var r = q
            var rounds = 0
            while r < s1, rounds < 4 {
                rounds += 1
                if tokens[r].isPunct(",") {
                    // skip an apposition up to the next comma
                    var c = r + 1
                    while c < s1, c - r < 12, !tokens[c].isPunct(","), !tokens[c].isPunct("."), tokens[c].lower != "and" { c += 1 }
                    if c < s1, tokens[c].lower == "and" { r = c } else if c < s1, tokens[c].isPunct(","), c + 1 < s1, tokens[c + 1].lower == "and" { r = c + 1 } else { break }
                }
                guard r < s1, tokens[r].lower == "and", let next = object(after: r, s1: s1, analysis: analysis, table: table), next.pronoun == nil else { break }
                np.participants += next.participants
                np.range = np.range.lowerBound..<next.range.upperBound
                r = next.range.upperBound
            }
        }
        // a plain phrase named in apposition: "two men, X and Y, in …" — the named people are the object
        // (not "according to court documents, X and Y sold…")
        if np.participants.allSatisfy({ $0.entityID == nil }), q + 1 < s1, tokens[q].isPunct(","),
           !EventFinder.documentWords.contains(tokens[q - 1].lower),
           let f = table.entity(at: q + 1), table.entities[f].type == .person,
           let named = object(after: q, s1: s1, analysis: analysis, table: table), named.pronoun == nil,
           !named.participants.isEmpty, named.participants.allSatisfy({ $0.entityID != nil }) {
            np.participants = named.participants
            np.range = np.range.lowerBound..<named.range.upperBound
        }
        return np
    }

    /// The agents in "by X" after a passive verb, before the next trigger.
    private func byPhrase(after k: Int, until next: Int, s1: Int, analysis: Analysis, table: EntityTable, adjacent: Bool = false,
                          participant: (Int, Range<Int>?) -> Participant) -> [Participant]? {
        let tokens = analysis.tokens
        var p = k + 1
        var n = 0
        var crossedComma = false
        while p < min(s1, next), n < (adjacent ? 1 : 8) || (n < 20 && crossedComma) {
            if tokens[p].lower == "by" {
                guard let np = object(after: p, s1: s1, analysis: analysis, table: table) else { return nil }
                if let first = np.participants.first, first.entityID != nil,
                   let e = table.entities.firstIndex(where: { $0.id == first.entityID }) {
                    // a list of names with appositions: "by X, title, Y, title, and Z"
                    let type = table.entities[e].type
                    var out = [Participant]()
                    var q = np.range.lowerBound
                    while q < s1, !tokens[q].isPunct("."), !tokens[q].isPunct(";") {
                        if let f = table.entity(at: q), table.entities[f].type == type {
                            let before = q - 1
                            // skip organisations inside titles ("of the FBI’s Harbour Field Office")
                            if type != .person, before >= 0, ["of", "'s", "the", "for"].contains(tokens[before].lower), q != np.range.lowerBound { q += 1; continue }
                            out.append(participantFor(f, at: q, analysis: analysis, table: table))
                            while q < s1, table.entity(at: q) == f { q += 1 }
                            continue
                        }
                        if !tokens[q].isCapitalized, tokens[q].info.trigger != nil { break }
                        q += 1
                    }
                    return out.isEmpty ? np.participants : out
                }
                return agentOrganization(np, analysis: analysis, table: table)
            }
            if tokens[p].kind == .punct {
                // "was detained at his home in the capital, X, by officers of Y": a place in
                // apposition does not end the search for "by"
                guard !adjacent, tokens[p].isPunct(","), p + 1 < s1,
                      tokens[p + 1].lower == "by" || table.entity(at: p + 1).map({ table.entities[$0].type == .place }) ?? false else { return nil }
                crossedComma = true
            }
            p += 1
            n += 1
        }
        return nil
    }

    /// Every entity of the given types in a token range.
    private func entities(in range: Range<Int>, types: Set<EntityType>, analysis: Analysis, table: EntityTable,
                          participant: (Int, Range<Int>?) -> Participant) -> [Participant] {
        var out = [Participant]()
        var k = range.lowerBound
        while k < range.upperBound {
            if let e = table.entity(at: k), types.contains(table.entities[e].type) {
                out.append(participantFor(e, at: k, analysis: analysis, table: table))
                while k < range.upperBound, table.entity(at: k) == e { k += 1 }
                continue
            }
            k += 1
        }
        return out
    }

    /// Places after an event's trigger: entities of type place inside "in/at/near …" phrases.
    private func places(from start: Int, until next: Int, s1: Int, analysis: Analysis, table: EntityTable,
                        participant: (Int, Range<Int>?) -> Participant) -> [Participant] {
        let tokens = analysis.tokens
        var out = [Participant]()
        var k = start
        let end = min(s1, next)
        while k < end {
            let t = tokens[k]
            if t.kind == .word, ["according", "said", "says", "who", "which", "where"].contains(t.lower) { break }
            if t.kind == .word, ["in", "at", "near", "inside", "outside"].contains(t.lower) {
                var q = k + 1
                while q < end {
                    let u = tokens[q]
                    if let e = table.entity(at: q) {
                        if table.entities[e].type == .place { out.append(participantFor(e, at: q, analysis: analysis, table: table)) }
                        while q < end, table.entity(at: q) == e { q += 1 }
                        continue
                    }
                    if u.kind == .possessive { q += 1; continue }
                    // "in the capital, X": the place named in apposition
                    if u.isPunct(","), q > k + 1, ["capital", "city", "town", "port", "village", "province", "district"].contains(tokens[q - 1].lower),
                       q + 1 < end, let e = table.entity(at: q + 1), table.entities[e].type == .place { q += 1; continue }
                    if u.kind == .word, ["the", "a", "an", "of", "and", "in", "front", "northern", "southern", "eastern", "western",
                                          "southwestern", "southeastern", "northwestern", "northeastern", "central", "capital",
                                          "city", "port", "town", "province", "district", "village", "downtown", "rural", "remote"].contains(u.lower) { q += 1; continue }
                    if u.kind == .word, u.info.isDemonym { q += 1; continue }
                    if u.kind == .word, !u.isCapitalized, !u.info.isPlace("head"), q + 1 < end, table.entity(at: q + 1) != nil,
                       u.info.functionClass == nil, u.info.trigger == nil, !u.lower.hasSuffix("ed") { q += 1; continue }
                    break
                }
                k = q
                continue
            }
            k += 1
        }
        return out
    }

    /// Arguments of a noun trigger: "the arrest of X", "a police raid on X", "his arrest", "X's arrest",
    /// "the targets of a police raid".
    private func nominal(_ d: inout Draft, k: Int, s0: Int, s1: Int, nextTrigger: Int, analysis: Analysis, table: EntityTable,
                         resolve: (String, Int, Bool) -> [Participant], participant: (Int, Range<Int>?) -> Participant) {
        let tokens = analysis.tokens
        // modifier agent: "a police raid", "an FBI raid"
        var m = k - 1
        while m >= s0, tokens[m].kind == .number || tokens[m].lower == "oct." || tokens[m].info.functionClass == "month" { m -= 1 }
        if m >= s0 {
            if let e = table.entity(at: m), table.entities[e].type == .organization {
                d.agents = [participantFor(e, at: m, analysis: analysis, table: table)]
            } else if EventFinder.agentModifiers.contains(tokens[m].lower) {
                d.agents = [Participant(text: tokens[m].lower, mention: Mention(sentenceIndex: d.sentence, utf8Range: tokens[m].utf8Range))]
            } else if tokens[m].kind == .possessive, m - 1 >= s0, let e = table.entity(at: m - 1), table.entities[e].type == .person,
                      [.arrest, .release, .extradition, .trial, .charge].contains(d.type) {
                d.patients = [participantFor(e, at: m - 1, analysis: analysis, table: table)]
            } else if ["his", "her"].contains(tokens[m].lower), [.arrest, .release, .extradition, .trial].contains(d.type) {
                d.patients = resolve(tokens[m].lower, m, false)
            }
        }
        // "X were the targets of a police raid"
        if d.type == .raid || d.type == .attack {
            var q = k - 1
            var n = 0
            while q > s0, n < 5 {
                if ["targets", "target", "victims"].contains(tokens[q].lower) {
                    var b = q - 1
                    while b >= s0, ["the", "a", "an"].contains(tokens[b].lower) { b -= 1 }
                    if b >= s0, EventFinder.beForms.contains(tokens[b].lower),
                       let np = subject(before: b, s0: s0, analysis: analysis, table: table) {
                        d.patients = passiveSubjects(np, upTo: b, s0: s0, analysis: analysis, table: table, resolve: resolve)
                    }
                    break
                }
                q -= 1
                n += 1
            }
        }
        // "in custody": the subject of the be-form before
        if tokens[k].lower == "custody" {
            var b = k - 1
            var n = 0
            while b >= s0, n < 4, !EventFinder.beForms.contains(tokens[b].lower) { b -= 1; n += 1 }
            if b >= s0, EventFinder.beForms.contains(tokens[b].lower), let np = subject(before: b, s0: s0, analysis: analysis, table: table) {
                d.patients = passiveSubjects(np, upTo: b, s0: s0, analysis: analysis, table: table, resolve: resolve)
                // "was taken into custody (at P) by officers of Y"
                if tokens[k - 1].lower == "into",
                   let by = byPhrase(after: k, until: nextTrigger, s1: s1, analysis: analysis, table: table, participant: participant) {
                    d.agents = by
                }
            }
            return
        }
        // "of X" / "on X" / "against X" right after
        if k + 1 < s1, tokens[k + 1].lower == "of" && [.arrest, .raid, .kidnapping, .attack, .extradition, .seizure].contains(d.type)
            || tokens[k + 1].lower == "on" && [.raid, .attack].contains(d.type) {
            // (not "the release of", which mostly names a demand, not an event)
            if let obj = object(after: k + 1, s1: s1, analysis: analysis, table: table), obj.pronoun == nil {
                d.patients = obj.participants
            }
        }
        // "the court ordered the release of X": an order carried out, with its agent
        if d.type == .release, k + 1 < s1, tokens[k + 1].lower == "of", k - 2 >= s0, tokens[k - 1].lower == "the",
           ["ordered", "orders", "granted", "approved", "secured", "won"].contains(tokens[k - 2].lower),
           let obj = object(after: k + 1, s1: s1, analysis: analysis, table: table), obj.pronoun == nil {
            d.patients = obj.participants
            if let np = subject(before: k - 2, s0: s0, analysis: analysis, table: table), np.pronoun == nil { d.agents = np.participants }
        }
        if let by = byPhrase(after: k, until: nextTrigger, s1: s1, analysis: analysis, table: table, adjacent: true, participant: participant) {
            d.agents = by
        }
        // "the court opened a trial": the subject of a light verb is the agent
        var v = k - 1
        while v > s0, ["a", "an", "the", "its", "their", "his", "her", "new", "fresh", "joint"].contains(tokens[v].lower) { v -= 1 }
        if v > s0, v < k - 1 || v == k - 1, ["opened", "began", "launched", "held", "conducted", "started", "carried", "staged", "led", "mounted"].contains(tokens[v].lower),
           d.agents.isEmpty, let np = subject(before: v, s0: s0, analysis: analysis, table: table), np.pronoun == nil {
            d.agents = np.participants
            if d.type == .trial || d.type == .investigation, k + 1 < s1, tokens[k + 1].lower == "against",
               let obj = object(after: k + 1, s1: s1, analysis: analysis, table: table), obj.pronoun == nil {
                d.patients = obj.participants
            }
        }
    }

    /// Speaker and content of a statement trigger.
    private func statement(_ d: inout Draft, k: Int, trig: (k: Int, type: EventType, form: String), s0: Int, s1: Int,
                           analysis: Analysis, table: EntityTable, resolve: (String, Int, Bool) -> [Participant],
                           participant: (Int, Range<Int>?) -> Participant) {
        let tokens = analysis.tokens
        let sentenceEnd = s1 - 1 >= s0 && tokens[s1 - 1].kind == .punct ? s1 - 1 : s1
        if trig.form == "according" {
            if let np = object(after: k + 1, s1: s1, analysis: analysis, table: table) {
                d.agents = np.pronoun.map { resolve($0, np.range.lowerBound, true) } ?? np.participants
                // "according to police statistics of the X Ministry": the organisation speaks
                if np.pronoun == nil, np.participants.first?.entityID == nil,
                   let last = np.range.last, ["statistics", "data", "figures", "report", "reports", "records", "statement", "documents"].contains(tokens[last].lower),
                   let e = np.range.compactMap({ table.entity(at: $0) }).first(where: { table.entities[$0].type == .organization }) {
                    d.agents = [participantFor(e, at: np.range.first { table.entity(at: $0) == e }!, analysis: analysis, table: table)]
                }
            }
            var e = k
            while e > s0, tokens[e - 1].kind == .punct { e -= 1 }
            if e > s0 {
                d.content = analysis.text(tokens: s0..<e)
            } else if let np = object(after: k + 1, s1: s1, analysis: analysis, table: table) {
                // "According to court documents, X sold…": the clause after the source
                var a = np.range.upperBound
                while a < sentenceEnd, tokens[a].isPunct(",") { a += 1 }
                if sentenceEnd - a >= 3 { d.content = analysis.text(tokens: a..<sentenceEnd) }
            }
            return
        }
        let prevIdx = k - 1
        let afterQuote = prevIdx >= s0 && (tokens[prevIdx].lower == "\u{201D}" || (tokens[prevIdx].lower == "," && prevIdx - 1 >= s0 && tokens[prevIdx - 1].lower == "\u{201D}"))
        // "…, said court spokesman X": a person named right after the verb is the speaker
        var personAfter = false
        if prevIdx >= s0, tokens[prevIdx].lower == "," {
            var q = k + 1
            while q < s1, q <= k + 7, tokens[q].kind != .punct {
                if let e = table.entity(at: q), table.entities[e].type == .person { personAfter = true; break }
                // only a title may stand between: "said court spokesman X", "said Lt. Gen. X"
                let u = tokens[q]
                guard u.isCapitalized || u.info.isTitleWord || u.info.titleClass != nil || u.info.isDemonym || table.entity(at: q) != nil else { break }
                q += 1
            }
        }
        let subjectNP = afterQuote || personAfter ? nil : subject(before: k, s0: s0, analysis: analysis, table: table)
        let inverted = prevIdx >= s0 && (afterQuote || personAfter || (tokens[prevIdx].lower == "," && subjectNP == nil)) && k + 1 < s1
            && (tokens[k + 1].isCapitalized || table.entity(at: k + 1) != nil || personAfter)
        if inverted {
            // "…,” said DEA Administrator X." — the speaker follows
            var q = k + 1
            var n = 0
            while q < s1, n < 10, tokens[q].kind != .punct {
                if let e = table.entity(at: q), table.entities[e].type == .person {
                    d.agents = [participantFor(e, at: q, analysis: analysis, table: table)]
                    break
                }
                q += 1
                n += 1
            }
            if d.agents.isEmpty, let np = object(after: k, s1: s1, analysis: analysis, table: table) { d.agents = np.participants }
        } else if prevIdx >= s0, EventFinder.beForms.contains(tokens[skipBack(prevIdx, s0: s0, tokens: tokens)].lower),
                  let by = byPhrase(after: k, until: s1, s1: s1, analysis: analysis, table: table, participant: participant) {
            // "The charges were announced by X, Y and Z"
            d.agents = by
        } else if let np = subjectNP {
            if let p = np.pronoun {
                d.agents = resolve(p, np.range.lowerBound, true)
            } else {
                d.agents = np.participants
            }
        } else if prevIdx >= s0, tokens[prevIdx].lower == "\u{201D}" || afterQuote {
            if let np = object(after: k, s1: s1, analysis: analysis, table: table) { d.agents = np.participants }
        }
        // content: the quote just before, a quote after, or the reported clause
        if let q = quote(endingBefore: k, s0: s0, analysis: analysis) {
            d.content = q
        } else if let q = quote(startingAfter: k, s1: s1, analysis: analysis) {
            d.content = q
        } else {
            var a = k + 1
            if tokens[k].lower == "called" { a = k + 2 }
            if EventFinder.tellForms.contains(tokens[k].lower) { a = afterAudience(a, sentenceEnd: sentenceEnd, tokens: tokens) }
            // "said in a statement (on Monday) that…": the circumstance before "that" is not said
            if let t = (a..<min(sentenceEnd, a + 8)).first(where: { tokens[$0].lower == "that" }), t > a,
               onlyCircumstance(a..<t, tokens: tokens) { a = t }
            while a < sentenceEnd, tokens[a].lower == "that" || tokens[a].isPunct(",") || tokens[a].isPunct(":") { a += 1 }
            // "…, said Minister X on Tuesday": what follows the verb is the speaker.
            if !inverted, a < sentenceEnd, !onlyCircumstance(a..<sentenceEnd, tokens: tokens) {
                d.content = analysis.text(tokens: a..<sentenceEnd)
            } else if let c = commaBeforeSpeaker(k: k, s0: s0, inverted: inverted, subject: subjectNP, tokens: tokens), c - s0 >= 3 {
                // "Police arrested three men on Monday, spokesman X said.": the clause before.
                var b = Dateline.bodyStart(s0, end: c, tokens: tokens)
                while b < c, tokens[b].kind == .punct { b += 1 }
                if c - b >= 3 { d.content = analysis.text(tokens: b..<c) }
            }
        }
    }

    /// Forms of "tell", whose object is an audience, not what was said.
    static let tellForms: Set<String> = ["told", "tell", "tells", "telling"]

    /// Words of an audience after "told": "told reporters", "told a news conference", "told the court".
    static let audienceWords: Set<String> = ["reporters", "journalists", "the", "a", "an", "press", "news", "conference", "briefing",
                                             "media", "lawmakers", "parliament", "court", "judge", "jury", "state", "television",
                                             "radio", "agency", "interview", "in", "at", "an", "local", "foreign", "senators",
                                             "legislators", "members", "of", "crowd", "supporters", "residents", "his", "her", "their"]

    /// The first token after the audience of "told": past "that" when it comes within a few
    /// words, else past the audience words.
    private func afterAudience(_ a: Int, sentenceEnd: Int, tokens: [Token]) -> Int {
        if let t = (a..<min(sentenceEnd, a + 10)).first(where: { tokens[$0].lower == "that" }),
           (a..<t).allSatisfy({ tokens[$0].kind != .punct }) {
            return t
        }
        var b = a
        while b < sentenceEnd, EventFinder.audienceWords.contains(tokens[b].lower) || tokens[b].isCapitalized && b == a { b += 1 }
        return b
    }

    /// Whether a span after a statement verb holds only when it was said ("on Monday", "last
    /// week", "in a statement"), not what.
    private func onlyCircumstance(_ span: Range<Int>, tokens: [Token]) -> Bool {
        span.allSatisfy { i in
            let u = tokens[i]
            if u.kind == .punct || u.kind == .number { return true }
            if let c = u.info.functionClass, ["weekday", "month", "timeword"].contains(c) { return true }
            return ["on", "in", "at", "last", "this", "a", "an", "the", "statement", "interview", "week", "month", "year",
                    "earlier", "later", "late", "early", "today", "yesterday", "morning", "evening", "night", "weekend",
                    "news", "conference", "briefing", "written", "separate", "phone", "telephone", "by", "email"].contains(u.lower)
        }
    }

    /// The comma that ends the reported clause before a sentence-final speaker: "…, X said",
    /// "…, said X", "…, court spokesman X told reporters".
    private func commaBeforeSpeaker(k: Int, s0: Int, inverted: Bool, subject: Phrase?, tokens: [Token]) -> Int? {
        if inverted { return k - 1 >= s0 && tokens[k - 1].isPunct(",") ? k - 1 : nil }
        guard let np = subject else { return nil }
        var c = np.range.lowerBound - 1
        // Titles and words of an organisation may stand before the speaker's name.
        var n = 0
        while c >= s0, n < 6, !tokens[c].isPunct(",") {
            let u = tokens[c]
            guard u.kind == .word, u.isCapitalized || u.info.isTitleWord || u.info.titleClass != nil || u.info.isDemonym
                    || ["the", "a", "an", "its", "his", "her", "their", "country's", "'s"].contains(u.lower) else { return nil }
            c -= 1
            n += 1
        }
        return c > s0 && tokens[c].isPunct(",") ? c : nil
    }

    /// The text of a quotation that closes right before token `k` (allowing a comma), if any; it may
    /// open in an earlier sentence.
    private func quote(endingBefore k: Int, s0: Int, analysis: Analysis) -> String? {
        let tokens = analysis.tokens
        var p = k - 1
        if p >= s0, tokens[p].isPunct(",") { p -= 1 }
        guard p >= s0, tokens[p].lower == "\u{201D}" else {
            // "“…,” he said" — the subject sits between the quote and the verb
            var q = k - 1
            var n = 0
            while q >= s0, n < 6 {
                if tokens[q].lower == "\u{201D}" { return quote(endingBefore: q + 1, s0: s0, analysis: analysis) }
                if tokens[q].kind == .punct, tokens[q].lower != "," { return nil }
                q -= 1
                n += 1
            }
            return nil
        }
        var open = p - 1
        var n = 0
        while open >= 0, n < 400, tokens[open].lower != "\u{201C}" { open -= 1; n += 1 }
        guard open >= 0, tokens[open].lower == "\u{201C}", open + 1 < p else { return nil }
        var e = p
        while e > open + 1, tokens[e - 1].isPunct(",") { e -= 1 }
        return analysis.text(tokens: (open + 1)..<e)
    }

    /// The text of a quotation that opens after token `k` in the same sentence, if any.
    private func quote(startingAfter k: Int, s1: Int, analysis: Analysis) -> String? {
        let tokens = analysis.tokens
        var p = k + 1
        while p < s1, tokens[p].lower != "\u{201C}" { p += 1 }
        guard p < s1 else { return nil }
        var e = p + 1
        while e < tokens.count, tokens[e].lower != "\u{201D}", e - p < 400 { e += 1 }
        guard e > p + 1 else { return nil }
        return analysis.text(tokens: (p + 1)..<e)
    }
}
