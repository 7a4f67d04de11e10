import GRDB

/// The tables of an election file.
///
/// - `meta`: the format version.
/// - `events`: the journal. `event` holds the canonical bytes, `previous_hash` and `hash` chain
///   them; `time` … `station` repeat values of the event for filtering (`verify` checks that they
///   still match).
/// - `blobs`: the files events refer to, by SHA-256.
/// - `signatures`: Ed25519 signatures of the journal head at publications.
/// - `snapshots`: a cache of the results at each publication, which `verify` recomputes.
///
/// Triggers make the journal, its files and its signatures append-only.
enum Schema {
    static func create(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) STRICT;
                INSERT INTO meta (key, value) VALUES ('format', '\(ElectionStore.format)');
                CREATE TABLE events (
                    sequence INTEGER PRIMARY KEY,
                    time TEXT NOT NULL,
                    actor TEXT NOT NULL,
                    role TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    round INTEGER,
                    constituency TEXT,
                    station TEXT,
                    event BLOB NOT NULL,
                    previous_hash TEXT NOT NULL,
                    hash TEXT NOT NULL
                ) STRICT;
                CREATE INDEX events_station ON events (station);
                CREATE INDEX events_constituency ON events (constituency);
                CREATE TABLE blobs (sha256 TEXT PRIMARY KEY NOT NULL, size INTEGER NOT NULL, bytes BLOB NOT NULL) STRICT;
                CREATE TABLE signatures (
                    sequence INTEGER PRIMARY KEY NOT NULL,
                    hash TEXT NOT NULL,
                    key TEXT NOT NULL,
                    signature TEXT NOT NULL
                ) STRICT;
                CREATE TABLE snapshots (sequence INTEGER PRIMARY KEY NOT NULL, snapshot BLOB NOT NULL) STRICT;
                """
        )
        for table in ["events", "blobs", "signatures"] {
            for operation in ["UPDATE", "DELETE"] {
                try db.execute(
                    sql: """
                        CREATE TRIGGER \(table)_no_\(operation.lowercased()) BEFORE \(operation) ON \(table)
                        BEGIN SELECT RAISE(ABORT, 'the election journal is append-only'); END;
                        """
                )
            }
        }
    }
}
