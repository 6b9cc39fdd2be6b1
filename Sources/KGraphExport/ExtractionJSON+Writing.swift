import KGraphModel

/// The contract object written with ``JSONWriter``, keys sorted: the same JSON value as
/// `JSONEncoder` with `.sortedKeys` gives for the `Encodable` conformance (and, indented, the same
/// bytes but for `\u2028`/`\u2029`, which it writes raw), at a fraction of its cost.
extension ExtractionJSON {
    /// Appends the object to a writer.
    /// - Parameter json: the writer; a compact one for JSON Lines.
    /// - Complexity: O(size of the extraction, text included).
    func write(to json: inout JSONWriter) {
        json.beginObject()
        json.key("document")
        document.write(to: &json)
        json.key("entities")
        json.beginArray()
        for e in entities { e.write(to: &json) }
        json.endArray()
        json.key("events")
        json.beginArray()
        for v in events { v.write(to: &json) }
        json.endArray()
        if let extraction {
            json.key("extraction")
            extraction.write(to: &json)
        }
        json.key("relations")
        json.beginArray()
        for r in relations { r.write(to: &json) }
        json.endArray()
        json.key("roles")
        json.beginArray()
        for r in roles { r.write(to: &json) }
        json.endArray()
        json.endObject()
    }
}

extension ExtractionJSON.DocumentInfo {
    /// Appends the object, keys sorted.
    func write(to json: inout JSONWriter) {
        json.beginObject()
        json.key("date"); json.string(date)
        json.key("path"); json.string(path)
        json.key("sha256"); json.string(sha256)
        json.key("title"); json.string(title)
        json.endObject()
    }
}

extension ExtractionJSON.EntityInfo {
    /// Appends the object, keys sorted.
    func write(to json: inout JSONWriter) {
        json.beginObject()
        json.key("aliases"); json.strings(aliases)
        json.key("id"); json.string(id)
        json.key("mentions")
        json.beginArray()
        for m in mentions {
            json.beginObject()
            json.key("end"); json.int(m.end)
            json.key("sentence"); json.int(m.sentence)
            json.key("start"); json.int(m.start)
            json.endObject()
        }
        json.endArray()
        json.key("name"); json.string(name)
        json.key("type"); json.string(type)
        json.endObject()
    }
}

extension ExtractionJSON.RoleInfo {
    /// Appends the object, keys sorted.
    func write(to json: inout JSONWriter) {
        json.beginObject()
        json.key("organization"); json.string(organization)
        json.key("person"); json.string(person)
        if let place { json.key("place"); json.string(place) }
        json.key("role"); json.string(role)
        json.key("sentence"); json.int(sentence)
        json.endObject()
    }
}

extension ExtractionJSON.FactInfo {
    /// Appends the object, keys sorted.
    func write(to json: inout JSONWriter) {
        json.beginObject()
        if let amount { json.key("amount"); json.double(amount) }
        json.key("end"); json.int(end)
        if let item { json.key("item"); json.string(item) }
        json.key("kind"); json.string(kind)
        if let months { json.key("months"); json.double(months) }
        if !qualifiers.isEmpty { json.key("qualifiers"); json.strings(qualifiers) }
        json.key("start"); json.int(start)
        json.key("text"); json.string(text)
        if let unit { json.key("unit"); json.string(unit) }
        json.endObject()
    }
}

extension ExtractionJSON.EventInfo {
    /// Appends the object, keys sorted.
    func write(to json: inout JSONWriter) {
        json.beginObject()
        json.key("agent"); json.strings(agent)
        if let content { json.key("content"); json.string(content) }
        json.key("evidence"); json.string(evidence)
        if !facts.isEmpty {
            json.key("facts")
            json.beginArray()
            for f in facts { f.write(to: &json) }
            json.endArray()
        }
        json.key("id"); json.string(id)
        if !partOf.isEmpty { json.key("part_of"); json.strings(partOf) }
        json.key("patient"); json.strings(patient)
        json.key("place"); json.strings(place)
        json.key("sentence"); json.int(sentence)
        json.key("time"); json.string(time)
        json.key("time_value"); json.string(timeValue)
        json.key("trigger"); json.string(trigger)
        json.key("type"); json.string(type)
        json.endObject()
    }
}

extension ExtractionJSON.RelationInfo {
    /// Appends the object, keys sorted.
    func write(to json: inout JSONWriter) {
        json.beginObject()
        json.key("object"); json.string(object)
        json.key("predicate"); json.string(predicate)
        json.key("sentence"); json.int(sentence)
        json.key("subject"); json.string(subject)
        json.endObject()
    }
}
