import Foundation
import GRDB
import ScrutinCore
import ScrutinJournal

/// Checkpoints: the record's state after an event, kept so that opening a file replays only the
/// events after it.
///
/// A checkpoint is a cache in two tables: `checkpoints` (the event, its hash, the state's small part
/// as JSON and its SHA-256) and `checkpoint_columns` (each large column with its SHA-256). One is
/// used only when its event's hash in the journal is the one it was written for, and every part's
/// SHA-256 matches; otherwise it is passed over and the journal replayed. `verify` recomputes each
/// one from the events and reports one that differs.
///
/// One is written after an import, a publication, and every `checkpointInterval` events; the
/// periodic ones replace each other, those of imports and publications stay (for `--as-of`).
extension ElectionStore {
    /// How many events may follow the last checkpoint before another is written, by default.
    public static let checkpointInterval = 1_000

    static func createCheckpointTables(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE IF NOT EXISTS checkpoints (
                    sequence INTEGER PRIMARY KEY NOT NULL,
                    hash TEXT NOT NULL,
                    lasting INTEGER NOT NULL,
                    sha256 TEXT NOT NULL,
                    meta BLOB NOT NULL
                ) STRICT;
                CREATE TABLE IF NOT EXISTS checkpoint_columns (
                    sequence INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    kind INTEGER NOT NULL,
                    sha256 TEXT NOT NULL,
                    bytes BLOB NOT NULL,
                    PRIMARY KEY (sequence, name)
                ) STRICT;
                """
        )
    }

    static func hasCheckpoints(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT count(*) > 0 FROM sqlite_master WHERE name = 'checkpoints'") ?? false
    }

    /// The events of the checkpoints kept.
    static func checkpointSequences(_ db: Database) throws -> [Int] {
        guard try hasCheckpoints(db) else { return [] }
        return try Row.fetchAll(db, sql: "SELECT sequence FROM checkpoints ORDER BY sequence").map {
            try $0.stored(0, "checkpoints")
        }
    }

    /// Whether an event calls for a checkpoint after it.
    static func callsForCheckpoint(
        _ event: JournalEvent,
        lastCheckpoint: Int,
        interval: Int
    ) -> (write: Bool, lasting: Bool) {
        switch event.body {
        case .importRound, .publication, .defineElection: return (true, true)
        default: return (event.sequence - lastCheckpoint >= interval, false)
        }
    }

    /// Writes the record's state at its head as a checkpoint bound to the head's hash.
    static func writeCheckpoint(_ record: ElectionRecord, hash: String, lasting: Bool, _ db: Database) throws {
        guard let checkpoint = record.checkpoint() else { return }
        try createCheckpointTables(db)
        if !lasting {
            try db.execute(
                sql: """
                    DELETE FROM checkpoint_columns WHERE sequence IN (SELECT sequence FROM checkpoints WHERE lasting = 0);
                    DELETE FROM checkpoints WHERE lasting = 0;
                    """
            )
        }
        let sequence = checkpoint.meta.sequence
        try db.execute(sql: "DELETE FROM checkpoint_columns WHERE sequence = ?", arguments: [sequence])
        try db.execute(sql: "DELETE FROM checkpoints WHERE sequence = ?", arguments: [sequence])
        let meta = try CheckpointCodec.meta(checkpoint)
        try db.execute(
            sql: "INSERT INTO checkpoints (sequence, hash, lasting, sha256, meta) VALUES (?, ?, ?, ?, ?)",
            arguments: [sequence, hash, lasting ? 1 : 0, HashChain.digest(meta), Data(meta)]
        )
        try CheckpointCodec.forEachColumn(of: checkpoint) { column in
            try column.bytes.withUnsafeBytes { buffer in
                try db.execute(
                    sql: "INSERT INTO checkpoint_columns (sequence, name, kind, sha256, bytes) VALUES (?, ?, ?, ?, ?)",
                    arguments: [
                        sequence, column.name, column.kind.rawValue, HashChain.digest(buffer), Self.borrowed(buffer),
                    ]
                )
            }
        }
    }

    /// Bytes bound to a statement without a copy (they outlive it).
    static func borrowed(_ buffer: UnsafeRawBufferPointer) -> Data {
        guard let base = buffer.baseAddress else { return Data() }
        return Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: buffer.count, deallocator: .none)
    }

    /// The latest checkpoint at or before `sequence` that fits the journal, restored, with the
    /// events up to it; nil when there is none that can be used.
    ///
    /// - Parameter stored: the journal's events as stored, from event 1.
    static func restore(
        _ db: Database,
        atMost sequence: Int,
        stored: [ChainedEvent],
        options: LoadOptions
    ) throws -> (record: ElectionRecord, head: Int)? {
        guard try hasCheckpoints(db) else { return nil }
        let candidates = try Row.fetchAll(
            db,
            sql: "SELECT sequence, hash FROM checkpoints WHERE sequence <= ? ORDER BY sequence DESC",
            arguments: [sequence]
        )
        for candidate in candidates {
            let at: Int = try candidate.stored(0, "checkpoints")
            let hash: String = try candidate.stored(1, "checkpoints")
            // Bound to its event: the journal's hash there must be the one it was written for.
            guard at >= 1, at <= stored.count, stored[at - 1].hash == hash else { continue }
            if let record = try? restore(db, at: at, stored: stored, options: options) { return (record, at) }
        }
        return nil
    }

    private static func restore(
        _ db: Database,
        at sequence: Int,
        stored: [ChainedEvent],
        options: LoadOptions
    ) throws -> ElectionRecord {
        guard
            let meta = try Row.fetchOne(
                db,
                sql: "SELECT sha256, meta FROM checkpoints WHERE sequence = ?",
                arguments: [sequence]
            )
        else { throw StoreError.database(StoreText.noCheckpoint.message) }
        let metaDigest: String = try meta.stored(0, "checkpoints")
        var checkpoint = try meta.withUnsafeData(atIndex: 1) { data throws -> RecordCheckpoint in
            guard let data else { throw StoreError.database(StoreText.checkpointWithoutState.message) }
            return try data.withUnsafeBytes { buffer throws -> RecordCheckpoint in
                guard HashChain.digest(buffer) == metaDigest else {
                    throw StoreError.database(StoreText.checkpointChanged.message)
                }
                return try CheckpointCodec.checkpoint(meta: buffer)
            }
        }
        let rows = try Row.fetchCursor(
            db,
            sql: "SELECT name, kind, sha256, bytes FROM checkpoint_columns WHERE sequence = ?",
            arguments: [sequence]
        )
        while let row = try rows.next() {
            let name: String = try row.stored(0, "checkpoint_columns")
            let kind: Int = try row.stored(1, "checkpoint_columns")
            let digest: String = try row.stored(2, "checkpoint_columns")
            try row.withUnsafeData(atIndex: 3) { data in
                guard let data else { throw StoreError.database(StoreText.checkpointColumnWithoutBytes.message) }
                try data.withUnsafeBytes { buffer in
                    guard HashChain.digest(buffer) == digest else {
                        throw StoreError.database(StoreText.checkpointChanged.message)
                    }
                    try CheckpointCodec.add(name, kind: kind, bytes: buffer, to: &checkpoint)
                }
            }
        }
        let events = try verified(Array(stored.prefix(sequence)))
        return try ElectionRecord.restore(checkpoint, events: events, blobs: DatabaseBlobs(db), options: options)
    }
}
