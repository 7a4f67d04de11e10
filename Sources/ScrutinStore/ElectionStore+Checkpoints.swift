import Foundation
import GRDB
import GRDBSQLite
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

    /// The latest checkpoint at or before `sequence` that fits the journal, restored, with its
    /// event and that event's hash; nil when there is none that can be used.
    ///
    /// A checkpoint is bound to its event: the journal's event there, its hash recomputed from its
    /// bytes, must have the hash the checkpoint was written for. The journal's first event (the
    /// definition) is read and its hash recomputed too.
    static func restore(
        _ db: Database,
        atMost sequence: Int,
        options: LoadOptions
    ) throws -> (record: ElectionRecord, head: Int, hash: String)? {
        guard try hasCheckpoints(db) else { return nil }
        let candidates = try Row.fetchAll(
            db,
            sql: "SELECT sequence, hash FROM checkpoints WHERE sequence <= ? ORDER BY sequence DESC",
            arguments: [sequence]
        )
        for candidate in candidates {
            let at: Int = try candidate.stored(0, "checkpoints")
            let hash: String = try candidate.stored(1, "checkpoints")
            guard at >= 1, let last = try? storedEvent(db, at, hash: hash),
                let first = try? at == 1 ? last : storedEvent(db, 1, hash: nil)
            else { continue }
            if let record = try? restore(db, at: at, first: first, last: last, options: options) {
                return (record, at, hash)
            }
        }
        return nil
    }

    /// One stored event, decoded once its hash is recomputed from its bytes and the hash before
    /// it (the first event's from the chain's start), and found to be `hash` when given.
    static func storedEvent(_ db: Database, _ sequence: Int, hash: String?) throws -> JournalEvent? {
        let stored = try chained(db, after: sequence - 1, through: sequence)
        guard let row = stored.first, row.sequence == sequence, hash == nil || row.hash == hash,
            sequence > 1 || row.previousHash == HashChain.genesis
        else { return nil }
        return try HashChain.verify(stored, after: sequence - 1, hash: row.previousHash).first
    }

    private static func restore(
        _ db: Database,
        at sequence: Int,
        first: JournalEvent,
        last: JournalEvent,
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
        // Each column is read from the file straight into its array (no buffer between), then
        // every column's SHA-256 is checked, the columns shared out between threads.
        let rows = try Row.fetchAll(
            db,
            sql: "SELECT rowid, name, kind, sha256, length(bytes) FROM checkpoint_columns WHERE sequence = ?",
            arguments: [sequence]
        )
        var columns: [(name: String, digest: String, values: CheckpointCodec.Values)] = []
        for row in rows {
            let table = "checkpoint_columns"
            let rowid: Int64 = try row.stored(0, table)
            let name: String = try row.stored(1, table)
            let kind: Int = try row.stored(2, table)
            let digest: String = try row.stored(3, table)
            let size: Int = try row.stored(4, table)
            let growing = RecordCheckpoint.growsAsSheetsCome(name)
            let values = try CheckpointCodec.column(name, kind: kind, size: size, roomToGrow: growing) {
                try readBlob(db, table: table, column: "bytes", rowid: rowid, into: $0)
            }
            columns.append((name, digest, values))
        }
        guard try checkedDigests(columns.map { ($0.digest, $0.values) }, threads: options.threads) else {
            throw StoreError.database(StoreText.checkpointChanged.message)
        }
        for column in columns { CheckpointCodec.add(column.name, column.values, to: &checkpoint) }
        return try ElectionRecord.restore(
            checkpoint,
            first: first,
            last: last,
            blobs: DatabaseBlobs(db),
            options: options
        )
    }

    /// Whether each column's bytes give its SHA-256, the columns shared out between threads
    /// (the largest first, each to the thread with least to do).
    static func checkedDigests(_ columns: [(digest: String, values: CheckpointCodec.Values)], threads: Int) -> Bool {
        let pieces = max(1, min(threads, columns.count))
        var work = Array(repeating: [Int](), count: pieces)
        var load = Array(repeating: 0, count: pieces)
        let sizes = columns.map { $0.values.withBytes(\.count) }
        for index in columns.indices.sorted(by: { sizes[$0] > sizes[$1] }) {
            let piece = load.indices.min { load[$0] < load[$1] } ?? 0
            work[piece].append(index)
            load[piece] += sizes[index]
        }
        var intact = Array(repeating: true, count: pieces)
        Parallel.forEachSlot(&intact) { piece, slot in
            slot = work[piece].allSatisfy { columns[$0].values.withBytes(HashChain.digest) == columns[$0].digest }
        }
        return !intact.contains(false)
    }

    /// Reads a stored value's bytes straight into `buffer`, which must be its size (SQLite's
    /// incremental blob reading: no copy of the value is made on the way).
    static func readBlob(
        _ db: Database,
        table: String,
        column: String,
        rowid: Int64,
        into buffer: UnsafeMutableRawBufferPointer
    ) throws {
        guard let connection = db.sqliteConnection else {
            throw StoreError.database(StoreText.recordUnreadable.message)
        }
        var blob: OpaquePointer?
        let opened = sqlite3_blob_open(connection, "main", table, column, rowid, 0, &blob)
        defer { sqlite3_blob_close(blob) }
        guard opened == SQLITE_OK, let blob else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: opened),
                message: String(cString: sqlite3_errmsg(connection))
            )
        }
        guard Int(sqlite3_blob_bytes(blob)) == buffer.count else {
            throw StoreError.database(StoreText.checkpointChanged.message)
        }
        guard let base = buffer.baseAddress, buffer.count > 0 else { return }
        let read = sqlite3_blob_read(blob, base, Int32(buffer.count), 0)
        guard read == SQLITE_OK else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: read),
                message: String(cString: sqlite3_errmsg(connection))
            )
        }
    }
}
