import ArgumentParser
import Foundation
import KGraphExtraction
import KGraphModel
import KGraphStore

/// What the correction commands share: the help's closing paragraph, and making one correction.
enum CorrectionCommand {
    /// The paragraph every correction command's help ends with.
    static let lasting = """
        A correction is kept in the knowledge base and applied again after every later build, \
        so building the articles again does not undo it; kgraph corrections lists them and \
        kgraph corrections --undo N removes one. Names are looked up as kgraph show looks them \
        up: any name in any case, a surname alone when only one entity has it, a small typo; \
        an unknown or ambiguous name is an error with suggestions (exit status 2).
        """

    /// Opens the store for writing, builds the correction from it, makes it and prints it.
    /// - Parameters:
    ///   - store: the store's path.
    ///   - make: the correction, from the open store (names resolved in it).
    /// - Throws: the failure exit code, after one line on standard error.
    static func run(store: String, _ make: (KnowledgeBase) throws -> Correction) throws {
        do {
            let kb = try KnowledgeBase(path: store)
            let correction = try kb.correct(try make(kb))
            Console.out("correction \(correction.id): \(correction.summary)\n")
        } catch {
            throw Console.fail(error)
        }
    }
}

/// `kgraph merge`: two names are one entity.
struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Make two entities one: the second's names, mentions and facts join the first.",
        discussion: CorrectionCommand.lasting + """


        Examples:
          kgraph merge "Dara Sok" "D. Sok"
          kgraph merge "Harbour Police" "HPD" --store cases.sqlite
        """
    )

    @Argument(help: ArgumentHelp("The entity kept (its name stays the display name).", valueName: "name"))
    var name: String
    @Argument(help: ArgumentHelp("The entity merged into it.", valueName: "other"))
    var other: String
    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        try NumericOptions.checkLength(name, "the name")
        try NumericOptions.checkLength(other, "the other name")
    }

    func run() throws {
        try CorrectionCommand.run(store: storeOptions.path) { kb in
            let a = try EntityLookup.resolve(name, in: kb), b = try EntityLookup.resolve(other, in: kb)
            if a.id == b.id { throw CorrectionError.sameEntity(name, other) }
            if a.kind != b.kind { throw CorrectionError.differentKinds(a.kind.rawValue, b.kind.rawValue) }
            return Correction(action: .merge, kind: a.kind, subjectKey: a.id, subjectName: a.name, object: b.name, objectKey: b.id)
        }
    }
}

/// `kgraph alias`: an entity is also called another name.
struct Alias: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alias",
        abstract: "Give an entity another name; later articles using it join the entity.",
        discussion: CorrectionCommand.lasting + """


        Examples:
          kgraph alias "Harbour Police" "HPD"
          kgraph alias "Dara Sok" "Sok Dara"
        """
    )

    @Argument(help: ArgumentHelp("The entity.", valueName: "name"))
    var name: String
    @Argument(help: ArgumentHelp("Its other name.", valueName: "alias"))
    var alias: String
    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        try NumericOptions.checkLength(name, "the name")
        try NumericOptions.checkLength(alias, "the alias")
    }

    func run() throws {
        try CorrectionCommand.run(store: storeOptions.path) { kb in
            let a = try EntityLookup.resolve(name, in: kb)
            return Correction(action: .alias, kind: a.kind, subjectKey: a.id, subjectName: a.name, object: alias)
        }
    }
}

/// `kgraph rename`: an entity's display name.
struct Rename: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rename",
        abstract: "Show an entity under a better name (its other names stay).",
        discussion: CorrectionCommand.lasting + """


        Examples:
          kgraph rename "Sok" "Dara Sok"
          kgraph rename "the Harbour Police" "Harbour Police Department"
        """
    )

    @Argument(help: ArgumentHelp("The entity.", valueName: "name"))
    var name: String
    @Argument(help: ArgumentHelp("The name to show it under.", valueName: "new-name"))
    var newName: String
    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        try NumericOptions.checkLength(name, "the name")
        try NumericOptions.checkLength(newName, "the new name")
    }

    func run() throws {
        try CorrectionCommand.run(store: storeOptions.path) { kb in
            let a = try EntityLookup.resolve(name, in: kb)
            return Correction(action: .rename, kind: a.kind, subjectKey: a.id, subjectName: a.name, object: newName)
        }
    }
}

/// `kgraph split`: one article's mentions of an entity are another entity.
struct Split: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "split",
        abstract: "Make one article's mentions of an entity an entity of their own.",
        discussion: CorrectionCommand.lasting + """


        For two people who share a name: the article's mentions, the names only it gives and \
        the facts it states move to a new entity; the other articles keep the first.

        Examples:
          kgraph split "Dara Sok" --article 2019/harbour-raid.txt
          kgraph split "Dara Sok" --article harbour-raid.txt
        """
    )

    @Argument(help: ArgumentHelp("The entity.", valueName: "name"))
    var name: String
    @Option(help: ArgumentHelp("The article whose mentions split off (path as built, a bare file name or a unique end of it).", valueName: "path"))
    var article: String
    @OptionGroup var storeOptions: StoreOptions

    func validate() throws { try NumericOptions.checkLength(name, "the name") }

    func run() throws {
        try CorrectionCommand.run(store: storeOptions.path) { kb in
            let a = try EntityLookup.resolve(name, in: kb)
            let path = try ArticleLookup.resolve(article, among: try kb.articlePaths())
            return Correction(action: .split, kind: a.kind, subjectKey: a.id, subjectName: a.name, object: path)
        }
    }
}

/// `kgraph corrections`: list or undo the corrections made.
struct Corrections: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corrections",
        abstract: "List the corrections made (merge, alias, rename, split), or undo one.",
        discussion: """
        Corrections are applied in the order made, after every build. --undo N removes \
        correction N and builds again, from the text the knowledge base keeps, the articles \
        naming the entities it touched, so that they come out as they would without it.

        Examples:
          kgraph corrections
          kgraph corrections --json
          kgraph corrections --undo 2
        """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Flag(help: "Print JSON: [{\"id\", \"action\", \"kind\", \"entity_id\", \"entity\", \"object\", \"object_id\", \"created_at\"}].")
    var json = false
    @Option(help: ArgumentHelp("Remove correction N (its number in the list).", valueName: "n"))
    var undo: Int64?

    /// One correction in `--json`: the entity by id and name, the time in ISO 8601.
    struct Row: Encodable {
        var id: Int64
        var action: String
        var kind: String
        var entityID: String
        var entity: String
        var object: String
        var objectID: String?
        var createdAt: String?

        enum CodingKeys: String, CodingKey {
            case id, action, kind, entity, object
            case entityID = "entity_id", objectID = "object_id", createdAt = "created_at"
        }
    }

    func validate() throws {
        if let undo, undo < 1 { throw ValidationError("--undo takes a correction's number, 1 or more (see kgraph corrections)") }
        if undo != nil, json { throw ValidationError("give --undo or --json, not both") }
    }

    func run() throws {
        do {
            if let undo {
                let extractor = try Extractor.standard()
                let (removed, rebuilt) = try KnowledgeBase(path: storeOptions.path).undoCorrection(undo, placeNames: try Gazetteer.names()) { document in
                    extractor.extract(text: document.text, path: document.path, date: document.date)
                }
                Console.out("undid correction \(removed.id): \(removed.summary); built again: "
                    + (rebuilt.isEmpty ? "no article" : rebuilt.joined(separator: ", ")) + "\n")
                return
            }
            let list = try KnowledgeBase(path: storeOptions.path, readOnly: true).corrections()
            if json {
                return try Console.writeJSON(list.map { c in
                    Row(id: c.id, action: c.action.rawValue, kind: c.kind.rawValue, entityID: c.subjectKey, entity: c.subjectName, object: c.object,
                        objectID: c.objectKey, createdAt: c.createdAt.map { ISO8601DateFormatter().string(from: $0) })
                })
            }
            Console.out(list.isEmpty ? "no corrections in \(storeOptions.path)\n" : list.map { "\($0.id)  \($0.summary)\n" }.joined())
        } catch {
            throw Console.fail(error)
        }
    }
}
