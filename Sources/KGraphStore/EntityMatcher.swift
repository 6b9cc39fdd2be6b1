import GRDB
import KGraphModel

/// Decides which stored node an incoming entity is, so that one real-world entity read from
/// several articles is one node.
///
/// The rule, for an entity node of an article's graph (its name and aliases, its type):
/// 1. **Same name.** A stored node with the same id (same type, same normalised name) is it.
/// 2. **Known names.** Otherwise every normalised name of the entity (name and aliases) is looked
///    up among the names of stored nodes of the *same type* (person/person, organization/
///    organization, place/place). A name counts only when exactly one stored node bears it;
///    for a one-word person name (a lone surname or given name), the first and last words of
///    stored multi-word person names count too, so "Sok" is ambiguous as soon as two stored
///    people are called "… Sok" or "Sok …".
///    - A multi-word name shared with exactly one node is a **strong** match.
///    - A one-word name shared with exactly one node is a **weak** match, and only when the
///      entity's own name or the stored node's name is itself one word: "Sok" (alias of
///      "Dara Sok") joins a stored "Sok", but never makes "Vanna Sok" the same as "Dara Sok".
///      The first and last words of an incoming person's multi-word names count as one-word
///      names too, so "Dara Sok" joins a stored "Sok" (known by that name alone) when no other
///      stored person is called "Sok", "Sok …" or "… Sok".
/// 3. One strong candidate wins; several strong candidates are a conflict (no merge); with no
///    strong candidate, one weak candidate wins; anything else keeps the entity as its own node.
///
/// Merging keeps the stored node's id; the entity's names become names of that node.
struct EntityMatcher {
    /// The open transaction.
    let db: Database

    /// Maps the ids of an article's entity nodes to the ids of stored nodes they merge into.
    /// - Parameter graph: the article's graph, as ``Extraction/graph()`` makes it.
    /// - Returns: incoming id → stored id for every entity that matches a stored node with
    ///   another id (ids that already exist map implicitly to themselves and are left out).
    /// - Complexity: a few indexed look-ups per name of each entity.
    func resolve(_ graph: KGraph) throws -> [String: String] {
        var rename = [String: String]()
        for node in graph.nodes where node.kind.isEntity {
            if try exists(node.id) { continue }
            if let storeID = try match(node) { rename[node.id] = storeID }
        }
        return rename
    }

    /// Whether a node id is stored.
    private func exists(_ id: String) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM node WHERE key = ?"), arguments: [id]) ?? false
    }

    /// The stored node an entity merges into by its names (rules 2–3), if any.
    private func match(_ node: Node) throws -> String? {
        let ownNameIsOneWord = !NameKey.normalize(node.name).contains(" ")
        var strong = Set<Int64>(), weak = Set<Int64>()
        var keys = Set<String>()
        var names = node.allNames.map(NameKey.normalize)
        if node.kind == .person {
            // The first and last words of a person's full names: "Dara Sok" may be a stored "Sok".
            for key in names where key.contains(" ") {
                let words = key.split(separator: " ")
                names += [String(words[0]), String(words[words.count - 1])]
            }
        }
        for key in names {
            guard !key.isEmpty, keys.insert(key).inserted else { continue }
            let found = try candidates(key: key, kind: node.kind)
            guard found.count == 1, let candidate = found.first else { continue }
            if key.contains(" ") {
                strong.insert(candidate)
            } else if ownNameIsOneWord {
                weak.insert(candidate)
            } else if let storedName = try String.fetchOne(db.cachedStatement(sql: "SELECT name FROM node WHERE id = ?"), arguments: [candidate]),
                      !NameKey.normalize(storedName).contains(" ") {
                weak.insert(candidate)
            }
        }
        let chosen: Int64?
        if strong.count == 1 {
            chosen = strong.first
        } else if strong.isEmpty, weak.count == 1 {
            chosen = weak.first
        } else {
            chosen = nil
        }
        guard let chosen else { return nil }
        return try String.fetchOne(db.cachedStatement(sql: "SELECT key FROM node WHERE id = ?"), arguments: [chosen])
    }

    /// Stored nodes of a kind bearing a normalised name (or, for a one-word person name, having
    /// it as the first or last word of a longer name). A node a user split off (its key holds
    /// an `@`, see ``CorrectionApplier``) is never a candidate: only its correction fills it.
    private func candidates(key: String, kind: NodeKind) throws -> Set<Int64> {
        let found = try namedNodes(key: key, kind: kind)
        return found.subtracting(try splitNodes(among: found))
    }

    /// The split-off nodes among some nodes.
    private func splitNodes(among ids: Set<Int64>) throws -> Set<Int64> {
        guard !ids.isEmpty else { return [] }
        return Set(try Int64.fetchAll(db, sql: """
            SELECT id FROM node WHERE id IN (\(NodeAssembler.placeholders(ids.count))) AND instr(key, '@') > 0
            """, arguments: StatementArguments(Array(ids))))
    }

    /// Stored nodes of a kind bearing a normalised name, split-off ones included.
    private func namedNodes(key: String, kind: NodeKind) throws -> Set<Int64> {
        var found = Set(try Int64.fetchAll(
            db.cachedStatement(sql: "SELECT DISTINCT node FROM node_name WHERE name_key = ? AND kind = ?"),
            arguments: [key, kind.rawValue]))
        if kind == .person, !key.contains(" ") {
            found.formUnion(try Int64.fetchAll(
                db.cachedStatement(sql: """
                    SELECT node FROM node_name WHERE first_word = ? AND kind = 'person'
                    UNION SELECT node FROM node_name WHERE last_word = ? AND kind = 'person'
                    """),
                arguments: [key, key]))
        }
        return found
    }
}
