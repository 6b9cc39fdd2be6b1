import KGraphModel

/// The complete extraction under `"extraction"` in `--format jsonl`, written with ``JSONWriter``
/// in the shape of the model's `Codable` conformance (its keys, sorted; an absent optional is an
/// absent key; `ingestedAt` as seconds since 2001-01-01, `JSONEncoder`'s default for dates), so
/// that `kgraph build --from-jsonl` reads it back with `JSONDecoder`. `ExtractionJSONWriterTests`
/// holds the two to the same value.
extension Extraction {
    /// Appends the extraction, keys sorted.
    /// - Complexity: O(size of the extraction, text included).
    func write(to json: inout JSONWriter) {
        json.beginObject()
        json.key("document"); document.write(to: &json)
        json.key("entities"); json.beginArray()
        for e in entities { e.write(to: &json) }
        json.endArray()
        json.key("events"); json.beginArray()
        for v in events { v.write(to: &json) }
        json.endArray()
        json.key("relations"); json.beginArray()
        for r in relations { r.write(to: &json) }
        json.endArray()
        json.key("roles"); json.beginArray()
        for r in roles { r.write(to: &json) }
        json.endArray()
        json.endObject()
    }
}

extension Document {
    /// Appends the document, text and sentence spans included, keys sorted.
    func write(to json: inout JSONWriter) {
        json.beginObject()
        if let date { json.key("date"); json.string(date) }
        if let ingestedAt { json.key("ingestedAt"); json.double(ingestedAt.timeIntervalSinceReferenceDate) }
        json.key("path"); json.string(path)
        json.key("sentences"); json.beginArray()
        for s in sentences {
            json.beginObject()
            json.key("index"); json.int(s.index)
            json.key("utf8End"); json.int(s.utf8End)
            json.key("utf8Start"); json.int(s.utf8Start)
            json.endObject()
        }
        json.endArray()
        json.key("sha256"); json.string(sha256)
        json.key("text"); json.string(text)
        json.key("title"); json.string(title)
        json.endObject()
    }
}

extension Mention {
    /// Appends the mention (UTF-8 offsets), keys sorted.
    func write(to json: inout JSONWriter) {
        json.beginObject()
        json.key("sentenceIndex"); json.int(sentenceIndex)
        json.key("utf8End"); json.int(utf8End)
        json.key("utf8Start"); json.int(utf8Start)
        json.endObject()
    }
}

extension Provenance {
    /// Appends the provenance (UTF-8 offsets), keys sorted.
    func write(to json: inout JSONWriter) {
        json.beginObject()
        json.key("documentSHA256"); json.string(documentSHA256)
        json.key("sentenceIndex"); json.int(sentenceIndex)
        json.key("utf8End"); json.int(utf8End)
        json.key("utf8Start"); json.int(utf8Start)
        json.endObject()
    }
}

extension Entity {
    /// Appends the entity with its mentions, keys sorted.
    func write(to json: inout JSONWriter) {
        json.beginObject()
        json.key("aliases"); json.strings(aliases)
        json.key("id"); json.string(id)
        json.key("mentions"); json.beginArray()
        for m in mentions { m.write(to: &json) }
        json.endArray()
        json.key("name"); json.string(name)
        json.key("type"); json.string(type.rawValue)
        json.endObject()
    }
}

extension RoleAssertion {
    /// Appends the role, keys sorted.
    func write(to json: inout JSONWriter) {
        json.beginObject()
        if let organizationID { json.key("organizationID"); json.string(organizationID) }
        json.key("personID"); json.string(personID)
        if let placeID { json.key("placeID"); json.string(placeID) }
        json.key("provenance"); provenance.write(to: &json)
        json.key("title"); json.string(title)
        json.endObject()
    }
}

extension Participant {
    /// Appends the participant, keys sorted.
    func write(to json: inout JSONWriter) {
        json.beginObject()
        if let entityID { json.key("entityID"); json.string(entityID) }
        if let mention { json.key("mention"); mention.write(to: &json) }
        json.key("text"); json.string(text)
        json.endObject()
    }
}

extension CaseFact {
    /// Appends the fact, keys sorted; `months` and `amount` as JSON numbers.
    func write(to json: inout JSONWriter) {
        json.beginObject()
        if let amount { json.key("amount"); json.double(amount) }
        if let item { json.key("item"); json.string(item) }
        json.key("kind"); json.string(kind.rawValue)
        json.key("mention"); mention.write(to: &json)
        if let months { json.key("months"); json.double(months) }
        json.key("qualifiers"); json.strings(qualifiers)
        json.key("text"); json.string(text)
        if let unit { json.key("unit"); json.string(unit) }
        json.endObject()
    }
}

extension Event {
    /// Appends the event with its participants and facts, keys sorted.
    func write(to json: inout JSONWriter) {
        json.beginObject()
        json.key("agents"); participants(agents, &json)
        if let content { json.key("content"); json.string(content) }
        json.key("facts"); json.beginArray()
        for f in facts { f.write(to: &json) }
        json.endArray()
        json.key("id"); json.string(id)
        json.key("partOf"); json.strings(partOf)
        json.key("patients"); participants(patients, &json)
        json.key("places"); participants(places, &json)
        json.key("provenance"); provenance.write(to: &json)
        if let time { json.key("time"); json.string(time) }
        if let timeValue { json.key("timeValue"); json.string(timeValue) }
        json.key("trigger"); json.string(trigger)
        json.key("type"); json.string(type.rawValue)
        json.endObject()
    }

    private func participants(_ list: [Participant], _ json: inout JSONWriter) {
        json.beginArray()
        for p in list { p.write(to: &json) }
        json.endArray()
    }
}

extension Relation {
    /// Appends the relation, keys sorted.
    func write(to json: inout JSONWriter) {
        json.beginObject()
        json.key("objectID"); json.string(objectID)
        json.key("predicate"); json.string(predicate.rawValue)
        json.key("provenance"); provenance.write(to: &json)
        json.key("subjectID"); json.string(subjectID)
        json.endObject()
    }
}
