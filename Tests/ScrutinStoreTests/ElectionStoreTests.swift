import Foundation
import GRDB
import ScrutinCore
import ScrutinJournal
import ScrutinTestSupport
import Testing

@testable import ScrutinStore

/// The election file: journal, files, signatures; and what `verify` finds when it is tampered with.
struct ElectionStoreTests {
    typealias B = RecordBuilder

    /// A new election file in a temporary folder, with the fixture defined and both rounds
    /// imported (or round 1 only), then round 1 published provisionally and finally, signed with
    /// `key`.
    static func makeStore(key: Keys.PrivateKey? = nil, rounds: Int = 2) throws -> (ElectionStore, String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scrutin-store-\(UUID())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/election.scrutin"
        let store = try ElectionStore.create(
            at: path,
            definition: bytes(B.definitionFiles),
            actor: B.administrator,
            time: "2024-03-03T20:00:00Z"
        )
        for round in 1...rounds {
            let files = bytes(B.roundFiles(round))
            try store.append(
                .importRound(round: round, files: ElectionStore.digests(files), source: "transmission \(round)"),
                by: B.administrator,
                time: "2024-03-03T21:0\(round):00Z",
                files: files
            )
        }
        try store.append(
            .publication(round: 1, stage: .provisional, declared: nil),
            by: B.ministry,
            time: "2024-03-04T10:00:00Z",
            sign: key
        )
        try store.append(
            .publication(round: 1, stage: .final, declared: nil),
            by: B.court,
            time: "2024-03-09T10:00:00Z",
            sign: key
        )
        return (store, path)
    }

    static func bytes(_ files: [String: String]) -> [String: [UInt8]] {
        files.mapValues { Array(($0.hasSuffix("\n") ? $0 : $0 + "\n").utf8) }
    }

    /// Runs SQL on the file directly, behind the program's back (triggers dropped first).
    static func tamper(_ path: String, _ sql: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            for trigger in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger'") {
                try db.execute(sql: "DROP TRIGGER \(trigger)")
            }
            try db.execute(sql: sql)
        }
        try queue.close()
    }

    @Test("A new file replays to the fixture's count, and verifies clean")
    func roundTrip() throws {
        let (store, _) = try Self.makeStore()
        let record = try store.record()
        #expect(record.head == 5)
        let count = try record.count(blobs: store.blobs)
        #expect(CountSummary(count) == CountSummary(try ElectionCount.load(from: Fixture.bundle)))
        let report = try store.verify()
        #expect(report.isClean, "\(report.findings)")
        #expect(report.head?.count == 64)
        #expect(report.signatures.map(\.state) == [.unsigned, .unsigned])
    }

    @Test("The file refuses UPDATE and DELETE on its journal")
    func appendOnly() throws {
        let (_, path) = try Self.makeStore()
        let queue = try DatabaseQueue(path: path)
        #expect(throws: DatabaseError.self) {
            try queue.write { db in try db.execute(sql: "UPDATE events SET actor = 'x' WHERE sequence = 2") }
        }
        #expect(throws: DatabaseError.self) {
            try queue.write { db in try db.execute(sql: "DELETE FROM events WHERE sequence = 5") }
        }
    }

    @Test("A refused event writes nothing, not even its files")
    func refusedWritesNothing() throws {
        let (store, _) = try Self.makeStore()
        let before = try store.chained()
        let blobs = try store.blobDigests().count
        let files = Self.bytes([BundleLayout.sheets(round: 1): "station,registered,voters,invalid,valid\nN1-01,1,1,0,1"]
        )
        #expect(throws: StoreError.self) {
            try store.append(
                .importRound(round: 1, files: ElectionStore.digests(files), source: "again"),
                by: B.administrator,
                time: "2024-03-10T10:00:00Z",
                files: files
            )
        }
        #expect(try store.chained() == before)
        #expect(try store.blobDigests().count == blobs)
    }

    @Test("Tampering behind the program's back is found at the first event it touches", arguments: TamperCase.all)
    func tampering(_ tamper: TamperCase) throws {
        let (_, path) = try Self.makeStore()
        try Self.tamper(path, tamper.sql)
        let report = try ElectionStore.open(at: path).verify()
        #expect(!report.isClean)
        let first = report.findings.first
        #expect(first?.kind == tamper.kind, "\(report.findings)")
        #expect(first?.sequence == tamper.sequence, "\(report.findings)")
        #expect(first?.message.english.contains(tamper.message) == true, "\(report.findings)")
    }

    struct TamperCase: Sendable, CustomTestStringConvertible {
        var name: String
        var sql: String
        var kind: VerifyReport.Finding.Kind
        var sequence: Int?
        var message: String
        var testDescription: String { name }

        static let all: [TamperCase] = [
            TamperCase(
                name: "an event's content changed",
                sql:
                    "UPDATE events SET event = CAST(replace(CAST(event AS TEXT), 'transmission 1', 'transmission X') AS BLOB) "
                    + "WHERE sequence = 2",
                kind: .chain,
                sequence: 2,
                message: "changed"
            ),
            TamperCase(
                name: "an event removed",
                sql: "DELETE FROM events WHERE sequence = 3",
                kind: .chain,
                sequence: 3,
                message: "removed"
            ),
            TamperCase(
                name: "two events swapped",
                sql: """
                    UPDATE events SET sequence = -2 WHERE sequence = 2;
                    UPDATE events SET sequence = 2 WHERE sequence = 3;
                    UPDATE events SET sequence = 3 WHERE sequence = -2;
                    """,
                kind: .chain,
                sequence: 2,
                message: "reordered"
            ),
            TamperCase(
                name: "an event's filter column changed",
                sql: "UPDATE events SET actor = 'someone else' WHERE sequence = 4",
                kind: .index,
                sequence: 4,
                message: "filter columns"
            ),
            TamperCase(
                name: "a stored file changed",
                sql:
                    "UPDATE blobs SET bytes = CAST(replace(CAST(bytes AS TEXT), 'N1-01,500,300', 'N1-01,500,301') AS BLOB) "
                    + "WHERE CAST(bytes AS TEXT) LIKE '%N1-01,500,300%'",
                kind: .file,
                sequence: nil,
                message: "was changed"
            ),
            TamperCase(
                name: "a cached result changed",
                sql:
                    "UPDATE snapshots SET snapshot = CAST(replace(CAST(snapshot AS TEXT), '\"voters\":750', '\"voters\":751') AS BLOB)",
                kind: .cache,
                sequence: 4,
                message: "differ"
            ),
        ]
    }

    @Test("Every read of a stored file checks its SHA-256 and size: a changed file is refused, and nothing signed")
    func changedBlobRefused() throws {
        let key = Keys.PrivateKey()
        let (_, path) = try Self.makeStore(rounds: 1)
        let votes = Self.bytes(B.roundFiles(1))[BundleLayout.votes(round: 1)] ?? []
        let digest = HashChain.digest(votes)
        // The same size, another figure: only the hash tells.
        try Self.tamper(
            path,
            "UPDATE blobs SET bytes = CAST(replace(CAST(bytes AS TEXT), 'N1-01,LA-N1,150', 'N1-01,LA-N1,250') AS BLOB) "
                + "WHERE sha256 = '\(digest)'"
        )
        let store = try ElectionStore.open(at: path)
        #expect(throws: ChangedBlob.self) { _ = try store.blobs.blob(digest) }
        // The record starts from the checkpoint written when the import was taken, from the
        // intact bytes: the changed figure is not used.
        let record = try store.record()
        let north = try #require(record.definition?.constituency(code: "N1"))
        let list = try #require(record.definition?.list(code: "LA-N1"))
        let count = try record.count(blobs: store.blobs)
        #expect(count.rounds[0][north].votes(of: list, in: count.definition) == 230)
        // Proclaiming replays the journal, which reads the file: refused, and nothing signed.
        let before = try store.chained()
        #expect(throws: StoreError.self) {
            try store.append(
                .publication(round: 2, stage: .provisional, declared: nil),
                by: B.ministry,
                time: "2024-03-25",
                sign: key
            )
        }
        #expect(try store.chained() == before)
        #expect(try store.signatures().isEmpty)
        // Untouched files still read.
        let stations = Self.bytes(B.definitionFiles)[BundleLayout.stations] ?? []
        #expect(try store.blobs.blob(HashChain.digest(stations)) == stations)
    }

    @Test("Nothing is appended to a journal changed behind the program's back")
    func noAppendToTamperedJournal() throws {
        let (_, path) = try Self.makeStore()
        try Self.tamper(
            path,
            "UPDATE events SET event = CAST(replace(CAST(event AS TEXT), 'transmission 1', 'x') AS BLOB) WHERE sequence = 2"
        )
        let store = try ElectionStore.open(at: path)
        let error = #expect(throws: StoreError.self) {
            try store.append(
                .publication(round: 2, stage: .provisional, declared: nil),
                by: B.ministry,
                time: "2024-03-25"
            )
        }
        #expect(error?.description.contains("changed outside the program") == true, "\(String(describing: error))")
        #expect(try store.chained().count == 5)
    }

    @Test("A journal rewritten whole, hashes and all, still fails the publications' signatures")
    func signatures() throws {
        let key = Keys.PrivateKey()
        let (store, path) = try Self.makeStore(key: key)
        var report = try store.verify(keys: [key.publicKey])
        #expect(report.isClean, "\(report.findings)")
        #expect(report.signatures.map(\.state) == [.valid, .valid])
        // Another key does not verify.
        report = try store.verify(keys: [Keys.PrivateKey().publicKey])
        #expect(report.signatures.map(\.state) == [.invalid, .invalid])
        #expect(report.findings.first?.message.english.contains("signed by") == true)

        // Rewrite event 2 and re-chain every event after it: the chain holds, the signatures fail.
        let stored = try store.chained()
        var events = try stored.map { try Canonical.decode($0.canonical) }
        events[1].body = .importRound(
            round: 1,
            files: { if case .importRound(_, let files, _) = events[1].body { return files } else { return [] } }(),
            source: "forged"
        )
        var previous: ChainedEvent?
        var rewritten: [ChainedEvent] = []
        for event in events {
            let chained = HashChain.chain(event, after: previous)
            rewritten.append(chained)
            previous = chained
        }
        var sql = ""
        for item in rewritten {
            let hex = item.canonical.map { String(format: "%02x", $0) }.joined()
            sql +=
                "UPDATE events SET event = X'\(hex)', previous_hash = '\(item.previousHash)', hash = '\(item.hash)' "
                + "WHERE sequence = \(item.sequence);\n"
        }
        try Self.tamper(path, sql)
        report = try ElectionStore.open(at: path).verify(keys: [key.publicKey])
        #expect(report.signatures.map(\.state) == [.invalid, .invalid])
        #expect(!report.isClean)
        #expect(report.findings.contains { $0.kind == .signature && $0.sequence == 4 })
    }

    @Test("Key files round-trip, never show the private key, and refuse the wrong kind of key")
    func keyFiles() throws {
        let key = Keys.PrivateKey()
        let reread = try Keys.PrivateKey(fileText: key.fileText)
        #expect(reread.publicKey == key.publicKey)
        #expect(try Keys.PublicKey(fileText: key.publicKey.fileText) == key.publicKey)
        let secret = key.fileText.split(separator: "\n")[1]
        #expect(!String(describing: key).contains(secret))
        #expect(!"\(key)".contains(secret))
        #expect(throws: Keys.KeyError.self) { try Keys.PublicKey(fileText: key.fileText) }
        #expect(throws: Keys.KeyError.self) { try Keys.PrivateKey(fileText: key.publicKey.fileText) }
        #expect(throws: Keys.KeyError.self) { try Keys.PrivateKey(fileText: "hello") }
    }

    @Test("Two writers at once both succeed, in turn: no event lost or duplicated")
    func concurrentWriters() async throws {
        let (_, path) = try Self.makeStore(rounds: 1)
        let entries = ["N1-01", "N1-02"].map { station in
            SheetEntry.parse("\(station),500,280,8,272", ["LA-N1": 130, "LB-N1": 142])
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (index, entry) in entries.enumerated() {
                group.addTask {
                    // Each writer has its own connection, as another process would.
                    let store = try ElectionStore.open(at: path, busyTimeout: 10)
                    try store.append(
                        .sheet(round: 2, station: entry.station, action: .enter(entry)),
                        by: Actor(name: "clerk-\(index)", role: .clerk),
                        time: "2024-03-25T10:00:00Z"
                    )
                }
            }
            try await group.waitForAll()
        }
        let store = try ElectionStore.open(at: path)
        let events = try store.events(after: 0)
        #expect(events.map(\.sequence) == Array(1...6))
        #expect(Set(events.suffix(2).map { EventIndex($0).station }) == ["N1-01", "N1-02"])
        #expect(try store.verify().isClean)
    }

    @Test("A writer that waits too long gets a clear busy error, and writes nothing")
    func busy() throws {
        let (_, path) = try Self.makeStore()
        let holder = try DatabaseQueue(path: path)
        let store = try ElectionStore.open(at: path, busyTimeout: 0.2)
        try holder.inTransaction(.immediate) { _ in
            let error = #expect(throws: StoreError.self) {
                try store.append(
                    .publication(round: 2, stage: .provisional, declared: nil),
                    by: B.ministry,
                    time: "2024-03-25T10:00:00Z"
                )
            }
            #expect(error?.description.contains("is busy") == true, "\(String(describing: error))")
            return .rollback
        }
        #expect(try store.chained().count == 5)
    }

    @Test("Opening a file that is not an election file is a clear error")
    func notAnElectionFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("not-\(UUID()).scrutin").path
        try Data("hello, this is not SQLite".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.self) { _ = try ElectionStore.open(at: path).record() }
        #expect(throws: StoreError.self) { _ = try ElectionStore.open(at: path + ".missing") }
        // Creating over an existing file is refused.
        #expect(throws: StoreError.self) {
            _ = try ElectionStore.create(
                at: path,
                definition: Self.bytes(B.definitionFiles),
                actor: B.administrator,
                time: "2024-03-03"
            )
        }
    }
}

/// The live record: appends check against the record held in memory and never replay the journal;
/// another writer's events are taken from the tail.
struct LiveRecordTests {
    typealias B = RecordBuilder

    @Test("Appends never replay the journal; another writer's events are read from the tail")
    func appendsDoNotReplay() throws {
        let (store, path) = try ElectionStoreTests.makeStore(rounds: 1)
        let other = try ElectionStore.open(at: path)
        #expect(other.live.opens == 0)
        // Round 2, keyed by two clerks, one entry at a time, alternating between two handles on
        // the file (as the command line beside a server).
        let sheets: [(String, [String: Int])] = [
            ("N1-01,500,280,8,272", ["LA-N1": 130, "LB-N1": 142]),
            ("N1-02,400,190,4,186", ["LA-N1": 90, "LB-N1": 96]),
        ]
        var minute = 0
        func time() -> String {
            minute += 1
            return "2024-03-10T20:\(minute < 10 ? "0" : "")\(minute):00Z"
        }
        for (figures, votes) in sheets {
            let entry = SheetEntry.parse(figures, votes)
            try store.append(
                .sheet(round: 2, station: entry.station, action: .enter(entry)),
                by: B.clerkA,
                time: time()
            )
            try other.append(
                .sheet(round: 2, station: entry.station, action: .enter(entry)),
                by: B.clerkB,
                time: time()
            )
        }
        // Each handle replayed the journal once, when first used, and read only tails since.
        #expect(store.live.opens == 1)
        #expect(other.live.opens == 1)
        #expect(store.live.tailReads >= 1)
        let live = try store.record()
        #expect(store.live.opens == 1)
        #expect(live.head == (try other.record()).head)
        // The live count is the count of the journal replayed from scratch.
        let fresh = try ElectionStore.open(at: path).record()
        let counted = try live.count(blobs: store.blobs)
        let replayed = try fresh.count(blobs: store.blobs)
        #expect(counted.rounds[1].constituencies == replayed.rounds[1].constituencies)
        #expect(counted.seats.rows == replayed.seats.rows)
        #expect(counted.rounds[1].nation.coverage.counted == 2)
        // And the file verifies: the chain written by both handles holds.
        let (report, _) = try store.check(keys: [])
        #expect(report.findings.isEmpty, "\(report.findings)")
    }

    @Test("A refused append leaves the live record as it was")
    func refusedAppend() throws {
        let (store, _) = try ElectionStoreTests.makeStore(rounds: 1)
        let before = try store.record().head
        let entry = SheetEntry.parse("N1-01,500,280,8,272", ["LA-N1": 130, "LB-N1": 142])
        try store.append(
            .sheet(round: 2, station: "N1-01", action: .enter(entry)),
            by: B.clerkA,
            time: "2024-03-10T20:00:00Z"
        )
        // The same clerk again: refused.
        #expect(throws: StoreError.self) {
            try store.append(
                .sheet(round: 2, station: "N1-01", action: .enter(entry)),
                by: B.clerkA,
                time: "2024-03-10T20:01:00Z"
            )
        }
        #expect(try store.record().head == before + 1)
        try store.append(
            .sheet(round: 2, station: "N1-01", action: .enter(entry)),
            by: B.clerkB,
            time: "2024-03-10T20:02:00Z"
        )
        #expect(try store.record().count(blobs: store.blobs).rounds[1].nation.coverage.counted == 1)
        #expect(store.live.opens == 1)
    }
}

/// Group commit: many tasks, one writer, every event once.
struct RecordWriterTests {
    typealias B = RecordBuilder

    @Test(
        "Tasks keying at once through one writer: each event written once, refusals answered apart, followers see each"
    )
    func groupCommit() async throws {
        let (store, path) = try ElectionStoreTests.makeStore(rounds: 1)
        let head = try store.record().head
        let writer = RecordWriter(store: store, clock: { "2024-03-10T20:00:00Z" })
        let stream = await writer.follow()
        let entries = [
            SheetEntry.parse("N1-01,500,280,8,272", ["LA-N1": 130, "LB-N1": 142]),
            SheetEntry.parse("N1-02,400,190,4,186", ["LA-N1": 90, "LB-N1": 96]),
        ]
        // Two clerks for each sheet, and a third who keys N1-01 once more (refused: it is accepted).
        let results = await withTaskGroup(of: Bool.self) { group in
            for entry in entries {
                for clerk in [B.clerkA, B.clerkB] {
                    group.addTask {
                        (try? await writer.append(
                            .init(body: .sheet(round: 2, station: entry.station, action: .enter(entry)), actor: clerk)
                        )) != nil
                    }
                }
            }
            var accepted = 0
            for await ok in group where ok { accepted += 1 }
            return accepted
        }
        #expect(results == 4)
        let late = Actor(name: "clerk-c", role: .clerk)
        await #expect(throws: StoreError.self) {
            _ = try await writer.append(
                .init(body: .sheet(round: 2, station: "N1-01", action: .enter(entries[0])), actor: late)
            )
        }
        var followed: [Int] = []
        for await event in stream {
            followed.append(event.sequence)
            if followed.count == 4 { break }
        }
        #expect(followed == Array((head + 1)...(head + 4)))
        #expect(await writer.transactions >= 1)
        // A new reader sees each event once, both sheets accepted, and the chain holds.
        let reader = try ElectionStore.open(at: path)
        #expect(try reader.record().head == head + 4)
        #expect(try reader.events(after: head).map(\.sequence) == followed)
        #expect(try reader.record().count(blobs: reader.blobs).rounds[1].nation.coverage.counted == 2)
        #expect(try reader.verify().isClean)
    }
}
