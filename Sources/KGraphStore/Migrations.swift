import GRDB

/// The knowledge base's SQLite schema, as a ``DatabaseMigrator``.
///
/// Migration names are strings that never change once shipped; each migration runs in its own
/// transaction. The tables, in the order facts refer to them:
///
/// ```sql
/// document(id, path UNIQUE, title, sha256 UNIQUE, ingested_at, text)
/// sentence(document → document, idx, utf8_start, utf8_end)            -- PRIMARY KEY (document, idx)
/// node(id, key UNIQUE, kind, name, name_key, event_type, attributes JSON) -- key is Node.id ("person:dara sok")
/// node_name(id, node → node, kind, name, name_key, first_word, last_word)   -- UNIQUE (node, name_key)
/// node_name_source(name → node_name, document → document)               -- who states each name
/// edge(id, source → node, target → node, kind)                        -- UNIQUE (source, kind, target)
/// node_provenance(node → node, document → document, sentence, utf8_start, utf8_end)
/// edge_provenance(edge → edge, document → document, sentence, utf8_start, utf8_end)
/// ```
///
/// A node's names (display name and aliases, one per normalised key, surface form as first
/// stored) are `node_name` rows; `node_name_source` records which documents state each, so that
/// replacing a document removes exactly the names only it brought. `first_word`/`last_word` are set for multi-word person
/// names only: they let a lone surname find its candidates through an index. Offsets are UTF-8
/// byte offsets into the document's text, end exclusive. Deleting a document cascades to its
/// sentences, name sources and provenance rows.
///
/// "v2" adds search indexes, filled at ingest and, for a store made before, by the migration:
///
/// ```sql
/// name_gram(gram, name → node_name)                      -- PRIMARY KEY (gram, name)
/// word(id, text UNIQUE)                                   -- every word of every sentence
/// sentence_word(word → word, document → document, sentence) -- PRIMARY KEY (word, document, sentence)
/// ```
///
/// `name_gram` holds the distinct three-letter runs of `' ' || name_key || ' '` of every person,
/// organisation and place name: a forgiving look-up reads the names sharing enough runs with
/// what was typed instead of every name. `sentence_word` holds, per sentence, the distinct
/// words of ``NameKey/normalize(_:)`` of its text (of two letters or more): a loose question
/// reads the sentences holding its words. Neither declares its references as foreign keys
/// (SQLite would then search them on every delete without a second index): the ingestor deletes
/// their rows with the names and documents they index. Both are indexes only: a store without
/// them (a "v1" store opened read-only) answers every question by the slower ways.
///
/// "v3" adds the article's date (``Document/date``: "2021-04-09" or "2021-04", or NULL):
///
/// ```sql
/// ALTER TABLE document ADD COLUMN date TEXT
/// ```
///
/// A store made before it and opened read-only is served with every article's date unknown.
///
/// "v4" adds the corrections a user made (``Correction``), re-applied after every ingest:
///
/// ```sql
/// correction(id, action, kind, subject_key, subject_name, object, object_key, created_at)
/// ```
///
/// `action` is ``CorrectionAction/rawValue``; `subject_key`/`subject_name` the entity's node key
/// and display name when corrected; `object` the other entity's name (merge), the name (alias,
/// rename) or the article's path (split); `object_key` the other entity's node key (merge). Ids
/// are never reused (`AUTOINCREMENT`), so an undone correction's number stays unused. A
/// store made before it and opened read-only is served with no corrections listed.
enum StoreSchema {
    /// The identifiers of every migration, oldest first.
    static let migrationNames = ["v1", "v2", "v3", "v4"]
    /// Migrations that only add search indexes: a read-only store may lack them.
    static let indexOnlyMigrations: Set<String> = ["v2"]
    /// Migrations a read-only store may lack and still be served: the search indexes, the
    /// articles' dates (read as unknown) and the corrections (none listed).
    static let readableWithout: Set<String> = indexOnlyMigrations.union(["v3", "v4"])

    /// The migrator that creates or upgrades a knowledge base.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE document (
                  id INTEGER PRIMARY KEY,
                  path TEXT NOT NULL UNIQUE,
                  title TEXT NOT NULL,
                  sha256 TEXT NOT NULL UNIQUE,
                  ingested_at DATETIME NOT NULL,
                  text TEXT NOT NULL
                );
                CREATE TABLE sentence (
                  document INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                  idx INTEGER NOT NULL,
                  utf8_start INTEGER NOT NULL,
                  utf8_end INTEGER NOT NULL,
                  PRIMARY KEY (document, idx)
                ) WITHOUT ROWID;
                CREATE TABLE node (
                  id INTEGER PRIMARY KEY,
                  key TEXT NOT NULL UNIQUE,
                  kind TEXT NOT NULL,
                  name TEXT NOT NULL,
                  name_key TEXT NOT NULL,
                  event_type TEXT,
                  attributes TEXT NOT NULL DEFAULT '{}'
                );
                CREATE INDEX node_on_kind_event_type ON node(kind, event_type);
                CREATE TABLE node_name (
                  id INTEGER PRIMARY KEY,
                  node INTEGER NOT NULL REFERENCES node(id) ON DELETE CASCADE,
                  kind TEXT NOT NULL,
                  name TEXT NOT NULL,
                  name_key TEXT NOT NULL,
                  first_word TEXT,
                  last_word TEXT,
                  UNIQUE (node, name_key)
                );
                CREATE INDEX node_name_on_key ON node_name(name_key, kind, node);
                CREATE INDEX node_name_on_kind ON node_name(kind, name_key, node);
                CREATE INDEX node_name_on_first_word ON node_name(first_word, kind, node) WHERE first_word IS NOT NULL;
                CREATE INDEX node_name_on_last_word ON node_name(last_word, kind, node) WHERE last_word IS NOT NULL;
                CREATE TABLE node_name_source (
                  name INTEGER NOT NULL REFERENCES node_name(id) ON DELETE CASCADE,
                  document INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                  PRIMARY KEY (name, document)
                ) WITHOUT ROWID;
                CREATE INDEX node_name_source_on_document ON node_name_source(document);
                CREATE TABLE edge (
                  id INTEGER PRIMARY KEY,
                  source INTEGER NOT NULL REFERENCES node(id) ON DELETE CASCADE,
                  target INTEGER NOT NULL REFERENCES node(id) ON DELETE CASCADE,
                  kind TEXT NOT NULL,
                  UNIQUE (source, kind, target)
                );
                CREATE INDEX edge_on_target ON edge(target);
                CREATE INDEX edge_on_kind ON edge(kind);
                CREATE TABLE node_provenance (
                  node INTEGER NOT NULL REFERENCES node(id) ON DELETE CASCADE,
                  document INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                  sentence INTEGER NOT NULL,
                  utf8_start INTEGER NOT NULL,
                  utf8_end INTEGER NOT NULL,
                  PRIMARY KEY (node, document, sentence, utf8_start, utf8_end)
                ) WITHOUT ROWID;
                CREATE INDEX node_provenance_on_document ON node_provenance(document);
                CREATE TABLE edge_provenance (
                  edge INTEGER NOT NULL REFERENCES edge(id) ON DELETE CASCADE,
                  document INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                  sentence INTEGER NOT NULL,
                  utf8_start INTEGER NOT NULL,
                  utf8_end INTEGER NOT NULL,
                  PRIMARY KEY (edge, document, sentence, utf8_start, utf8_end)
                ) WITHOUT ROWID;
                CREATE INDEX edge_provenance_on_document ON edge_provenance(document);
                """)
        }
        migrator.registerMigration("v2") { db in
            try db.execute(sql: """
                CREATE TABLE name_gram (
                  gram TEXT NOT NULL,
                  name INTEGER NOT NULL,
                  PRIMARY KEY (gram, name)
                ) WITHOUT ROWID;
                CREATE TABLE word (
                  id INTEGER PRIMARY KEY,
                  text TEXT NOT NULL UNIQUE
                );
                CREATE TABLE sentence_word (
                  word INTEGER NOT NULL,
                  document INTEGER NOT NULL,
                  sentence INTEGER NOT NULL,
                  PRIMARY KEY (word, document, sentence)
                ) WITHOUT ROWID;
                """)
            try SearchIndexer(db: db).backfill()
        }
        migrator.registerMigration("v3") { db in
            try db.execute(sql: "ALTER TABLE document ADD COLUMN date TEXT")
        }
        migrator.registerMigration("v4") { db in
            try db.execute(sql: """
                CREATE TABLE correction (
                  id INTEGER PRIMARY KEY AUTOINCREMENT,
                  action TEXT NOT NULL,
                  kind TEXT NOT NULL,
                  subject_key TEXT NOT NULL,
                  subject_name TEXT NOT NULL,
                  object TEXT NOT NULL,
                  object_key TEXT,
                  created_at DATETIME NOT NULL
                )
                """)
        }
        return migrator
    }
}
