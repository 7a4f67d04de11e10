import Foundation
import GRDB
public import ScrutinCore
public import ScrutinJournal

/// An election file: the journal of an election in one SQLite file.
///
/// The file holds the events (each with its canonical bytes and chained hashes), the files they
/// refer to (by SHA-256), the signatures of publications, and caches (the results at each
/// publication) that `verify` recomputes and compares. Every result is derived by replaying the
/// events; nothing else is authoritative.
///
/// The store keeps the record live: the first read or append replays the journal once (its
/// chain verified), and later ones take only the events since, so an append never replays the
/// journal. Appending is one IMMEDIATE transaction: the head is read, events that another
/// process appended since are taken (their chain checked from the head this process knew), the
/// new event is checked against the live record, and the event with its files is written, or
/// nothing is. A second process that appends at the same time waits for the first (up to
/// `busyTimeout`); past the timeout it gets `StoreError.busy`. Triggers refuse any UPDATE or
/// DELETE of the journal's tables.
public final class ElectionStore: Sendable {
    public let path: String
    let queue: DatabaseQueue
    /// How many threads read an import's large files.
    let options: LoadOptions
    /// How many events may follow the last checkpoint before another is written.
    let checkpointInterval: Int
    let live = LiveRecord()

    /// The file format's version, kept in the `meta` table.
    public static let format = "scrutin-election-file-v1"

    /// What an append wrote.
    public struct Appended: Sendable {
        public var event: JournalEvent
        public var chained: ChainedEvent
        public var signature: Signatures.Signature?
    }

    // MARK: - Opening

    /// Creates an election file whose first event defines the election from these files.
    ///
    /// The file is built under a temporary name beside `path` and renamed when complete, so
    /// `path` never holds half a file.
    ///
    /// - Throws: `StoreError.exists` when `path` exists; `StoreError.record` when the definition
    ///   does not load (nothing is created then).
    public static func create(
        at path: String,
        definition files: [String: [UInt8]],
        actor: Actor,
        time: String
    ) throws(StoreError) -> ElectionStore {
        guard !FileManager.default.fileExists(atPath: path) else { throw .exists(path) }
        let directory = (path as NSString).deletingLastPathComponent
        let temporary =
            (directory.isEmpty ? "." : directory) + "/." + (path as NSString).lastPathComponent
            + ".\(getpid()).creating"
        try? FileManager.default.removeItem(atPath: temporary)
        do {
            let store = try ElectionStore(path: temporary, busyTimeout: 5, create: true)
            _ = try store.append(
                .defineElection(files: digests(files)),
                by: actor,
                time: time,
                files: files
            )
            try store.close()
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            switch error {
            case .notAnElectionFile(_, let reason): throw .cannotCreate(path, reason)
            case .database(let reason): throw .cannotCreate(path, reason)
            default: throw error
            }
        }
        guard !FileManager.default.fileExists(atPath: path), rename(temporary, path) == 0 else {
            try? FileManager.default.removeItem(atPath: temporary)
            throw .exists(path)
        }
        return try ElectionStore(path: path, busyTimeout: 5, create: false)
    }

    /// Opens an election file.
    ///
    /// - Parameter busyTimeout: how long to wait, in seconds, for another process's write.
    /// - Throws: `StoreError.notAnElectionFile` when the file is missing or not one.
    ///   - checkpointInterval: how many events may follow the last checkpoint before another is
    ///     written (imports and publications always get one). A long-lived writer that keeps the
    ///     record in memory can set it high: a checkpoint of a national election takes a few
    ///     tenths of a second to write.
    public static func open(
        at path: String,
        busyTimeout: Double = 5,
        options: LoadOptions = .sequential,
        checkpointInterval: Int = ElectionStore.checkpointInterval
    ) throws(StoreError) -> ElectionStore {
        guard FileManager.default.fileExists(atPath: path) else {
            throw .notAnElectionFile(path, StoreText.noSuchFile.message)
        }
        return try ElectionStore(
            path: path,
            busyTimeout: busyTimeout,
            create: false,
            options: options,
            checkpointInterval: checkpointInterval
        )
    }

    private init(
        path: String,
        busyTimeout: Double,
        create: Bool,
        options: LoadOptions = .sequential,
        checkpointInterval: Int = ElectionStore.checkpointInterval
    ) throws(StoreError) {
        self.path = path
        self.options = options
        self.checkpointInterval = max(1, checkpointInterval)
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "election file"
        // A write-ahead log: a commit is one write and one flush to disk (the rollback journal
        // needs three), and readers do not wait for the writer. Every commit is flushed before it
        // is acknowledged (synchronous FULL). The log is folded back into the file when the last
        // connection closes, so a file at rest is one file.
        // (GRDB's own `.wal` setting writes to the file at each open and lowers `synchronous`;
        // the mode is set here once, and kept by the file.)
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
        {
            throw .busy(path)
        } catch {
            throw .notAnElectionFile(path, Self.describe(error))
        }
        do {
            if create {
                try queue.write { db in try Schema.create(db) }
            } else {
                let format = try queue.read { db in
                    try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'format'")
                }
                guard format == Self.format else {
                    throw StoreError.notAnElectionFile(path, StoreText.format(format).message)
                }
            }
            // Set once for the file (one written before kept its rollback journal until now).
            try queue.writeWithoutTransaction { db in
                if try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" {
                    _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
                }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    /// Closes the file (it closes by itself when the store is released).
    ///
    /// A handle that appended events and let more than the default interval follow the last
    /// checkpoint (a long-lived writer, which sets a longer one so that its clerks never wait for
    /// a checkpoint) writes one first: the next process to open the file then reads a short
    /// stretch. A handle that only read writes nothing (the file may be on read-only media).
    public func close() throws(StoreError) {
        try checkpoint(behindBy: Self.checkpointInterval, onlyIfHeld: true)
        do {
            try queue.close()
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    /// Writes a checkpoint of the record at the journal's head, unless there is one there.
    ///
    /// For a long-lived writer at a quiet moment, or before it stops; appends write their own
    /// every `checkpointInterval` events.
    public func checkpoint() throws(StoreError) {
        try checkpoint(behindBy: 1, onlyIfHeld: false)
    }

    /// Writes a checkpoint when at least `minimum` events follow the last one (and, when
    /// `onlyIfHeld`, only if this handle appended and holds the record: closing never reads it).
    private func checkpoint(behindBy minimum: Int, onlyIfHeld: Bool) throws(StoreError) {
        do {
            try queue.inDatabase { db in
                // Decided first on what this handle knows, so that closing a reader takes no lock.
                if onlyIfHeld,
                    !live.hasAppended || live.record == nil || live.head.sequence - live.checkpointAt < minimum
                {
                    return
                }
                try db.inTransaction(.immediate) {
                    try catchUp(db)
                    guard let record = live.record, live.head.sequence - live.checkpointAt >= minimum else {
                        return .commit
                    }
                    try Self.writeCheckpoint(record, hash: live.head.hash, lasting: false, db)
                    live.pendingCheckpoint = live.head.sequence
                    return .commit
                }
                if let at = live.pendingCheckpoint { live.checkpointAt = at }
                live.pendingCheckpoint = nil
            }
        } catch let error as StoreError {
            throw error
        } catch let error as ScrutinCore.RecordError {
            throw .record(error)
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    /// The digests of files, sorted by path.
    public static func digests(_ files: [String: [UInt8]]) -> [FileDigest] {
        files.sorted { $0.key < $1.key }.map { path, bytes in
            FileDigest(path: path, sha256: HashChain.digest(bytes), size: bytes.count)
        }
    }

    // MARK: - Appending

    /// Appends one event, after checking it against the whole record, in one transaction.
    ///
    /// - Parameters:
    ///   - body: what happened; files it refers to must be among `files` or stored already.
    ///   - actor: who did it.
    ///   - time: when (`RecordTime`).
    ///   - files: files to keep with the event, by path (their digests must match the body's).
    ///   - key: signs the journal head when the event is a publication.
    /// - Throws: `StoreError.record` when the record refuses the event, `.busy` when another
    ///   process holds the file too long; nothing is written then.
    @discardableResult
    public func append(
        _ body: EventBody,
        by actor: Actor,
        time: String,
        files: [String: [UInt8]] = [:],
        sign key: Keys.PrivateKey? = nil
    ) throws(StoreError) -> Appended {
        try append(body, by: actor, clock: { time }, files: files, sign: key)
    }

    /// Appends one event timed by `clock`, which is read under the write lock, once the
    /// transaction holds it: a writer that waited for another is timed after it, not before.
    ///
    /// - Parameter clock: the event's time (`RecordTime`), read inside the transaction; for a
    ///   time given by a person (a paper record), `append(_:by:time:files:sign:)`.
    @discardableResult
    public func append(
        _ body: EventBody,
        by actor: Actor,
        clock: () -> String,
        files: [String: [UInt8]] = [:],
        sign key: Keys.PrivateKey? = nil
    ) throws(StoreError) -> Appended {
        let results = try append(
            batch: [Pending(body: body, actor: actor, files: files, key: key)],
            clock: clock,
            refusalsRollBack: true
        )
        guard let result = results.first else { throw .database(StoreText.wroteNothing.message) }
        return try result.get()
    }

    /// An event waiting to be appended.
    public struct Pending: Sendable {
        public var body: EventBody
        public var actor: Actor
        public var files: [String: [UInt8]]
        public var key: Keys.PrivateKey?

        public init(body: EventBody, actor: Actor, files: [String: [UInt8]] = [:], key: Keys.PrivateKey? = nil) {
            self.body = body
            self.actor = actor
            self.files = files
            self.key = key
        }
    }

    /// Appends events that arrived together in one transaction (group commit).
    ///
    /// Each is checked against the record as the ones before it left it and is its own event,
    /// timed by `clock` under the write lock. An event the record refuses is not written and gets
    /// its refusal; the others are written, and are durable when this returns.
    ///
    /// - Returns: each event's result, in order.
    /// - Throws: `StoreError` when the transaction fails (then nothing is written).
    public func append(batch: [Pending], clock: () -> String) throws(StoreError) -> [Result<Appended, StoreError>] {
        try append(batch: batch, clock: clock, refusalsRollBack: false)
    }

    private func append(
        batch: [Pending],
        clock: () -> String,
        refusalsRollBack: Bool
    ) throws(StoreError) -> [Result<Appended, StoreError>] {
        do {
            return try queue.inDatabase { db in
                var results: [Result<Appended, StoreError>] = []
                try db.inTransaction(.immediate) {
                    // Nothing is appended to a journal changed behind the program's back: the events
                    // since the head this process knew must follow on from it.
                    try catchUp(db)
                    guard var record = live.record else {
                        throw StoreError.database(StoreText.recordUnreadable.message)
                    }
                    var head = live.head
                    var checkpointAt = live.checkpointAt
                    // The record is taken out of the cache while it changes: a failure leaves no
                    // half-changed record behind (the next use reads the journal again).
                    live.record = nil
                    for pending in batch {
                        // Each file is hashed once; the record reads the ones it was just given
                        // from memory, not back from the file.
                        var given: [String: [UInt8]] = [:]
                        for (_, bytes) in pending.files { given[HashChain.digest(bytes)] = bytes }
                        let blobs = DatabaseBlobs(db, given: given)
                        let event = JournalEvent(
                            sequence: record.head + 1,
                            time: clock(),
                            actor: pending.actor,
                            body: pending.body
                        )
                        do throws(ScrutinCore.RecordError) {
                            try record.append(event, blobs: blobs, validation: .full)
                        } catch {
                            // An event that failed part-way left the record changed: nothing of
                            // this transaction is written, and the record is read anew next time.
                            if record.isPartlyChanged { throw error }
                            // A refused event changes nothing.
                            if refusalsRollBack {
                                live.record = record
                                throw error
                            }
                            results.append(.failure(.record(error)))
                            continue
                        }
                        for (digest, bytes) in given {
                            try bytes.withUnsafeBytes { buffer in
                                // The bytes are bound without a copy: they outlive the statement.
                                try db.execute(
                                    sql: "INSERT OR IGNORE INTO blobs (sha256, size, bytes) VALUES (?, ?, ?)",
                                    arguments: [digest, bytes.count, Self.borrowed(buffer)]
                                )
                            }
                        }
                        let chained = HashChain.chain(
                            event,
                            after: head.sequence == 0
                                ? nil
                                : ChainedEvent(
                                    sequence: head.sequence,
                                    canonical: [],
                                    previousHash: "",
                                    hash: head.hash
                                )
                        )
                        try Self.insert(event, chained, db)
                        var signature: Signatures.Signature?
                        if case .publication = pending.body, let from = live.restoredFrom {
                            // What is proclaimed and signed is never taken from a cache: the journal
                            // is replayed, and the checkpoint's results must be the same.
                            let replayed = try ElectionRecord.replay(
                                try Self.verified(try Self.chained(db)),
                                blobs: blobs,
                                options: options
                            )
                            guard try Self.sameCount(replayed, record, blobs: blobs) else {
                                throw StoreError.database(StoreText.checkpointDisagrees(from).message)
                            }
                        }
                        let checkpoint = Self.callsForCheckpoint(
                            event,
                            lastCheckpoint: checkpointAt,
                            interval: checkpointInterval
                        )
                        if checkpoint.write {
                            try Self.writeCheckpoint(record, hash: chained.hash, lasting: checkpoint.lasting, db)
                            checkpointAt = chained.sequence
                        }
                        if case .publication = pending.body {
                            // The results first: a key signs only a journal whose files all read back intact.
                            let snapshot = try record.snapshot(blobs: blobs)
                            try db.execute(
                                sql: "INSERT INTO snapshots (sequence, snapshot) VALUES (?, ?)",
                                arguments: [chained.sequence, Data(Canonical.bytes(snapshot))]
                            )
                            if let key = pending.key {
                                signature = try Signatures.sign(
                                    sequence: chained.sequence,
                                    hash: chained.hash,
                                    with: key
                                )
                                if let signature { try Self.insert(signature, db) }
                            }
                        }
                        head = (chained.sequence, chained.hash)
                        results.append(.success(Appended(event: event, chained: chained, signature: signature)))
                    }
                    live.pending = (record, head)
                    live.pendingCheckpoint = checkpointAt
                    return .commit
                }
                // Committed: the live record moves on with the journal.
                if let (record, head) = live.pending {
                    live.record = record
                    if head != live.head { live.hasAppended = true }
                    live.head = head
                    if let at = live.pendingCheckpoint { live.checkpointAt = at }
                }
                live.pending = nil
                live.pendingCheckpoint = nil
                return results
            }
        } catch let error as StoreError {
            throw error
        } catch let error as ScrutinCore.RecordError {
            throw .record(error)
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    /// Brings the live record to the journal's head: the events since the head this process knew,
    /// their chain checked from it, or the whole journal, verified, the first time.
    ///
    /// Runs inside the queue, which orders every use of `live`.
    func catchUp(_ db: Database) throws {
        live.pending = nil
        let top = try Row.fetchOne(db, sql: "SELECT sequence, hash FROM events ORDER BY rowid DESC LIMIT 1")
        let sequence: Int = try top.map { try $0.stored(0, "events") } ?? 0
        let hash: String = try top.map { try $0.stored(1, "events") } ?? HashChain.genesis
        if live.record != nil, live.head.sequence == sequence, live.head.hash == hash { return }
        let blobs = DatabaseBlobs(db)
        if var record = live.record, sequence > live.head.sequence {
            live.record = nil
            let tail = try Self.chained(db, after: live.head.sequence)
            for event in try Self.verified(tail, after: live.head.sequence, hash: live.head.hash) {
                try record.append(event, blobs: blobs, validation: .trusted)
            }
            live.tailReads += 1
            live.record = record
            live.head = (sequence, hash)
            return
        }
        live.record = nil
        live.checkpointAt = try Self.checkpointSequences(db).last ?? 0
        let (record, restoredFrom) = try record(through: sequence, db)
        guard record.head == sequence else {
            throw StoreError.chain(HashChain.Break(kind: .removed, .doesNotFollow(sequence: record.head + 1)))
        }
        live.record = record
        live.restoredFrom = restoredFrom
        if restoredFrom == nil { live.replays += 1 } else { live.restores += 1 }
        live.head = (sequence, hash)
    }

    // MARK: - Reading

    /// The stored events in journal order, as they are (not verified).
    public func chained() throws(StoreError) -> [ChainedEvent] {
        try read { db in try Self.chained(db) }
    }

    /// The record replayed from the journal, through an event when given.
    ///
    /// The chain is verified first: a journal changed behind the program's back is not replayed.
    ///
    /// The record as it stands is the live one (only events since the last use are read); an
    /// earlier moment starts from the nearest checkpoint before it.
    public func record(through: Int? = nil) throws(StoreError) -> ElectionRecord {
        do {
            let current = try queue.inDatabase { db in
                try catchUp(db)
                guard let record = live.record else { throw StoreError.database(StoreText.recordUnreadable.message) }
                return record
            }
            guard let through, through < current.head else { return current }
            return try queue.inDatabase { db in try record(through: max(0, through), db).record }
        } catch let error as StoreError {
            throw error
        } catch let error as ScrutinCore.RecordError {
            throw .record(error)
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    /// The events after event `sequence`, from the journal as it stands (events another process
    /// appended included).
    ///
    /// Read from the file: the record keeps the state the events make, not the events. Their chain
    /// is checked from the stored hash of event `sequence` (from the first event for 0), and must
    /// end at the head this process holds, whose hash it checked when it read it.
    public func events(after sequence: Int) throws(StoreError) -> [JournalEvent] {
        do {
            return try queue.inDatabase { db in
                try catchUp(db)
                let after = min(max(0, sequence), live.head.sequence)
                let stored = try Self.chained(db, after: max(0, after - 1), through: live.head.sequence)
                let events: [JournalEvent]
                if after == 0 {
                    events = try Self.verified(stored)
                } else {
                    guard let from = stored.first, from.sequence == after else {
                        throw StoreError.chain(HashChain.Break(kind: .removed, .doesNotFollow(sequence: after)))
                    }
                    events = try Self.verified(Array(stored.dropFirst()), after: after, hash: from.hash)
                }
                guard (stored.last?.hash ?? HashChain.genesis) == live.head.hash else {
                    throw StoreError.chain(
                        HashChain.Break(kind: .changed, .doesNotFollow(sequence: live.head.sequence))
                    )
                }
                return events
            }
        } catch let error as StoreError {
            throw error
        } catch let error as ScrutinCore.RecordError {
            throw .record(error)
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    /// The files, read from the election file.
    public var blobs: QueueBlobs { QueueBlobs(queue: queue) }

    /// The signatures of publications, by event number.
    public func signatures() throws(StoreError) -> [Signatures.Signature] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT sequence, hash, key, signature FROM signatures ORDER BY sequence").map {
                row throws(StoreError) in
                let table = "signatures"
                return Signatures.Signature(
                    sequence: try row.stored(0, table),
                    hash: try row.stored(1, table),
                    key: try row.stored(2, table),
                    signature: try row.stored(3, table)
                )
            }
        }
    }

    /// The cached results at each publication, by event number.
    public func cachedSnapshots() throws(StoreError) -> [Int: [UInt8]] {
        try read { db in
            Dictionary(
                try Row.fetchAll(db, sql: "SELECT sequence, snapshot FROM snapshots").map { row throws(StoreError) in
                    (try row.stored(0, "snapshots") as Int, [UInt8](try row.stored(1, "snapshots") as Data))
                },
                uniquingKeysWith: { first, _ in first }
            )
        }
    }

    /// The filter columns of each event, as stored (for `verify` and `log`).
    public func indexRows() throws(StoreError) -> [EventIndex] {
        try read { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT sequence, time, actor, role, kind, round, constituency, station FROM events ORDER BY sequence"
            ).map { row throws(StoreError) in
                EventIndex(
                    sequence: try row.stored(0, "events"),
                    time: try row.stored(1, "events"),
                    actor: try row.stored(2, "events"),
                    role: try row.stored(3, "events"),
                    kind: try row.stored(4, "events"),
                    round: try row.stored(5, "events"),
                    constituency: try row.stored(6, "events"),
                    station: try row.stored(7, "events")
                )
            }
        }
    }

    /// Each stored file's digest as recorded and the SHA-256 of its bytes now.
    public func blobDigests() throws(StoreError) -> [(recorded: String, size: Int, actual: String, actualSize: Int)] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT sha256, size, bytes FROM blobs ORDER BY sha256").map {
                row throws(StoreError) in
                let bytes = [UInt8](try row.stored(2, "blobs") as Data)
                return (try row.stored(0, "blobs"), try row.stored(1, "blobs"), HashChain.digest(bytes), bytes.count)
            }
        }
    }

    /// Replaces the cached results by those the journal gives now.
    ///
    /// Refused, with nothing written, unless every other check passes, signatures included: a
    /// cache is rebuilt only from a journal that `verify` finds intact with the authorities' keys,
    /// so the evidence of a changed file is never overwritten.
    ///
    /// - Parameter keys: the public keys that signed the publications; every signed publication
    ///   must be checked with one of them.
    public func rebuildCaches(keys: [Keys.PublicKey]) throws(StoreError) {
        let (report, snapshots) = try check(keys: keys)
        if let finding = report.findings.first(where: { $0.kind != .cache }) {
            throw .notRebuilt(StoreText.failsVerification(finding.line).message)
        }
        if let unchecked = report.signatures.first(where: { $0.state != .valid && $0.state != .unsigned }) {
            throw .notRebuilt(
                StoreText.signedWithoutKey(sequence: unchecked.sequence, key: unchecked.key ?? "?").message
            )
        }
        do {
            try queue.inDatabase { db in
                try db.inTransaction(.immediate) {
                    try db.execute(sql: "DELETE FROM snapshots")
                    for (sequence, bytes) in snapshots {
                        try db.execute(
                            sql: "INSERT INTO snapshots (sequence, snapshot) VALUES (?, ?)",
                            arguments: [sequence, Data(bytes)]
                        )
                    }
                    // The checkpoints go too; one is made again at the head from a full replay.
                    if try Self.hasCheckpoints(db) {
                        try db.execute(sql: "DELETE FROM checkpoint_columns; DELETE FROM checkpoints")
                    }
                    live.record = nil
                    try catchUp(db)
                    if let record = live.record, live.head.sequence > 0 {
                        try Self.writeCheckpoint(record, hash: live.head.hash, lasting: true, db)
                        live.checkpointAt = live.head.sequence
                    }
                    return .commit
                }
            }
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try queue.read(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    // MARK: - Rows

    /// The stored events after event `head`, through event `through` when given, as they are.
    static func chained(_ db: Database, after head: Int = 0, through: Int = .max) throws -> [ChainedEvent] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT sequence, event, previous_hash, hash FROM events
                WHERE sequence > ? AND sequence <= ? ORDER BY rowid
                """,
            arguments: [head, through]
        ).map { row throws(StoreError) in
            ChainedEvent(
                sequence: try row.stored(0, "events"),
                canonical: [UInt8](try row.stored(1, "events") as Data),
                previousHash: try row.stored(2, "events"),
                hash: try row.stored(3, "events")
            )
        }
    }

    /// The events of a stored journal whose chain holds.
    static func verified(_ stored: [ChainedEvent]) throws(StoreError) -> [JournalEvent] {
        do {
            return try HashChain.verify(stored)
        } catch {
            throw .chain(error)
        }
    }

    /// Whether two records count the same: every constituency of every round (its votes, totals,
    /// coverage and outcome), the areas, the seats, and the results snapshot.
    static func sameCount(_ a: ElectionRecord, _ b: ElectionRecord, blobs: some BlobSource) throws -> Bool {
        guard try a.snapshot(blobs: blobs) == (try b.snapshot(blobs: blobs)) else { return false }
        guard !a.isDeclared else { return true }
        let (x, y) = (try a.count(blobs: blobs), try b.count(blobs: blobs))
        return x.rounds.map(\.constituencies) == y.rounds.map(\.constituencies)
            && x.rounds.map(\.regions) == y.rounds.map(\.regions) && x.rounds.map(\.nation) == y.rounds.map(\.nation)
            && x.rounds.map(\.stationStates) == y.rounds.map(\.stationStates) && x.seats.rows == y.seats.rows
    }

    /// The record through event `through` of a stored journal: from the nearest checkpoint at or
    /// before it with the events after it (their chain checked from the checkpoint's event), or
    /// replayed whole, its chain checked from the first event.
    ///
    /// Only the events after the checkpoint are read: opening a file costs its last stretch, not
    /// the length of its journal. The whole chain is `verify`'s to check, and a publication's.
    ///
    /// - Returns: the record, and the checkpoint it started from (nil for a full replay).
    func record(through: Int, _ db: Database) throws -> (record: ElectionRecord, restoredFrom: Int?) {
        let blobs = DatabaseBlobs(db)
        guard let (restored, at, hash) = try Self.restore(db, atMost: through, options: options) else {
            let events = try Self.verified(try Self.chained(db, through: through))
            return (try ElectionRecord.replay(events, blobs: blobs, through: through, options: options), nil)
        }
        var record = restored
        for event in try Self.verified(try Self.chained(db, after: at, through: through), after: at, hash: hash) {
            try record.append(event, blobs: blobs, validation: .trusted)
        }
        return (record, at)
    }

    /// The events of a journal's tail whose chain holds on from the event before it.
    static func verified(_ tail: [ChainedEvent], after head: Int, hash: String) throws(StoreError) -> [JournalEvent] {
        do {
            return try HashChain.verify(tail, after: head, hash: hash)
        } catch {
            throw .chain(error)
        }
    }

    static func insert(_ event: JournalEvent, _ chained: ChainedEvent, _ db: Database) throws {
        let index = EventIndex(event)
        // Prepared once per connection: results night appends thousands of events.
        try db.cachedStatement(
            sql: """
                INSERT INTO events (sequence, time, actor, role, kind, round, constituency, station, event,
                                    previous_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(
            arguments: [
                chained.sequence, index.time, index.actor, index.role, index.kind, index.round, index.constituency,
                index.station, Data(chained.canonical), chained.previousHash, chained.hash,
            ]
        )
    }

    static func insert(_ signature: Signatures.Signature, _ db: Database) throws {
        try db.execute(
            sql: "INSERT INTO signatures (sequence, hash, key, signature) VALUES (?, ?, ?, ?)",
            arguments: [signature.sequence, signature.hash, signature.key, signature.signature]
        )
    }

    static func storeError(_ error: any Error, path: String) -> StoreError {
        if let error = error as? DatabaseError {
            if error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED { return .busy(path) }
            if error.resultCode == .SQLITE_CORRUPT {
                return .damaged(StoreText.malformed(describe(error).english).message)
            }
            if error.resultCode == .SQLITE_NOTADB {
                return .notAnElectionFile(path, StoreText.notSQLite.message)
            }
            if error.resultCode == .SQLITE_ERROR, (error.message ?? "").contains("no such table") {
                return .notAnElectionFile(path, StoreText.noJournal.message)
            }
        }
        return .database(describe(error))
    }

    static func describe(_ error: any Error) -> Message {
        if let error = error as? DatabaseError {
            if error.resultCode == .SQLITE_NOTADB { return StoreText.notSQLite.message }
            return StoreText.sqlite(error.message ?? "SQLite error \(error.resultCode.rawValue)").message
        }
        return StoreText.sqlite(String(describing: error)).message
    }
}

/// The record as the store last knew it, with the head of the journal it stands at.
///
/// Touched only inside closures of the store's `DatabaseQueue`, which runs them one at a time.
final class LiveRecord: @unchecked Sendable {
    var record: ElectionRecord?
    var head: (sequence: Int, hash: String) = (0, HashChain.genesis)
    /// The record with an event appended, until its transaction commits.
    var pending: (ElectionRecord, (Int, String))?
    /// The checkpoint that transaction writes, if any.
    var pendingCheckpoint: Int?
    /// The event of the last checkpoint in the file.
    var checkpointAt = 0
    /// The checkpoint the record was restored from, when it was.
    var restoredFrom: Int?
    /// Whether this handle has appended an event: only a writer checkpoints as it closes.
    var hasAppended = false
    /// How many times the whole journal was replayed, and a tail of it read (for tests).
    var replays = 0
    var restores = 0
    var tailReads = 0
    /// How many times the journal was read whole, from a checkpoint or from its first event.
    var opens: Int { replays + restores }
}

/// The files of an election file, read one at a time.
///
/// Every read checks the file first: bytes that no longer give their SHA-256 and size throw
/// `ChangedBlob`, so no count, report, ruling or signature is ever made from a changed file.
public struct QueueBlobs: BlobSource {
    let queue: DatabaseQueue

    public func blob(_ sha256: String) throws -> [UInt8]? {
        try queue.read { db in try Self.checked(sha256, db) }
    }

    /// The stored file with this digest, checked: the one way the store reads a file's bytes.
    ///
    /// - Throws: `ChangedBlob` when its bytes no longer give its SHA-256 or its size.
    static func checked(_ sha256: String, _ db: Database) throws -> [UInt8]? {
        guard let row = try Row.fetchOne(db, sql: "SELECT size, bytes FROM blobs WHERE sha256 = ?", arguments: [sha256])
        else { return nil }
        let size: Int = try row.stored(0, "blobs")
        let bytes = [UInt8](try row.stored(1, "blobs") as Data)
        guard bytes.count == size, HashChain.digest(bytes) == sha256 else { throw ChangedBlob(sha256: sha256) }
        return bytes
    }
}

/// The files, read inside a transaction (the connection is used on the calling thread only),
/// checked as `QueueBlobs` checks them.
final class DatabaseBlobs: BlobSource, @unchecked Sendable {
    let db: Database
    /// Files being appended in this transaction, by digest: hashed once, as they were given.
    let given: [String: [UInt8]]

    init(_ db: Database, given: [String: [UInt8]] = [:]) {
        self.db = db
        self.given = given
    }

    func blob(_ sha256: String) throws -> [UInt8]? {
        if let bytes = given[sha256] { return bytes }
        return try QueueBlobs.checked(sha256, db)
    }
}

/// What goes wrong with an election file.
public enum StoreError: Error, Sendable, CustomStringConvertible {
    case notAnElectionFile(String, Message)
    case exists(String)
    /// The file cannot be created there (a missing folder, no permission).
    case cannotCreate(String, Message)
    /// Another process holds the file.
    case busy(String)
    /// The record refuses the event.
    case record(ScrutinCore.RecordError)
    /// The journal was changed behind the program's back.
    case chain(HashChain.Break)
    /// The caches are not rebuilt: the file fails a check (why).
    case notRebuilt(Message)
    /// The file is damaged: a value of the wrong type where the schema said otherwise, a page
    /// SQLite cannot read (what is wrong).
    case damaged(Message)
    case database(Message)

    public var description: String { message(.english) }

    public func message(_ language: Language) -> String {
        let text: StoreText =
            switch self {
            case .notAnElectionFile(let path, let reason): .notAnElectionFile(path: path, reason: reason)
            case .exists(let path): .exists(path)
            case .cannotCreate(let path, let reason): .cannotCreate(path: path, reason: reason)
            case .busy(let path): .busy(path)
            case .record(let error) where error.storedFileDamaged: .recordDamaged(line: error.text)
            case .record(let error): .recordRefused(line: error.text)
            case .chain(let broken): .chain(broken.reason)
            case .damaged(let what): .damaged(what)
            case .notRebuilt(let reason): .notRebuilt(reason)
            case .database(let message): .database(message)
            }
        return text(language)
    }
}

extension Row {
    /// The value of a column, or `StoreError.damaged` naming the table, the column and what it
    /// holds instead (never the value itself: it may be anything).
    ///
    /// GRDB's subscripts (`row[0]`) trap on a NULL or a value of another type, which a file
    /// edited behind the program's back can hold whatever its schema says.
    func stored<Value: DatabaseValueConvertible>(_ index: Int, _ table: String) throws(StoreError) -> Value {
        do {
            return try decode(Value.self, atIndex: index)
        } catch {
            let column = index < count ? Array(columnNames)[index] : "#\(index)"
            let held: StoredValueKind =
                switch (try? decode(DatabaseValue.self, atIndex: index))?.storage {
                case .null, nil: .null
                case .int64: .integer
                case .double: .real
                case .string: .text
                case .blob: .bytes
                }
            let expected: StoredValueKind =
                switch Value.self {
                case is Int.Type, is Int?.Type: .integer
                case is Data.Type, is Data?.Type: .bytes
                default: .text
                }
            throw .damaged(StoreText.holds(table: table, column: column, held: held, expected: expected).message)
        }
    }
}
