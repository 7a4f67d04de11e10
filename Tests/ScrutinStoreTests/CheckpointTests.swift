import Foundation
import GRDB
import ScrutinJournal
import ScrutinTestSupport
import Testing

@testable import ScrutinCore
@testable import ScrutinStore

/// Checkpoints: the record's state kept in the file, so that opening it replays only what follows.
struct CheckpointTests {
    typealias B = RecordBuilder

    /// A checkpoint through its bytes and back.
    static func roundTrip(_ checkpoint: RecordCheckpoint) throws -> RecordCheckpoint {
        let meta = try CheckpointCodec.meta(checkpoint)
        var decoded = try meta.withUnsafeBytes { try CheckpointCodec.checkpoint(meta: $0) }
        for column in CheckpointCodec.columns(checkpoint) {
            try column.bytes.withUnsafeBytes {
                try CheckpointCodec.add(column.name, kind: column.kind.rawValue, bytes: $0, to: &decoded)
            }
        }
        return decoded
    }

    /// What two records must share; the names of the parts that differ.
    static func differences(_ a: ElectionRecord, _ b: ElectionRecord, blobs: some BlobSource) throws -> [String] {
        let (x, y) = (try a.count(blobs: blobs), try b.count(blobs: blobs))
        var found: [String] = []
        if a.head != b.head { found.append("head") }
        if try a.snapshot(blobs: blobs) != (try b.snapshot(blobs: blobs)) { found.append("snapshot") }
        if x.rounds.map(\.constituencies) != y.rounds.map(\.constituencies) { found.append("constituencies") }
        if x.rounds.map(\.nation) != y.rounds.map(\.nation) {
            found.append("nation \(x.rounds.map(\.nation)) \(y.rounds.map(\.nation))")
        }
        if x.rounds.map(\.stationStates) != y.rounds.map(\.stationStates) { found.append("states") }
        if x.problems != y.problems { found.append("problems \(x.problems) \(y.problems)") }
        if x.seats.rows != y.seats.rows { found.append("seats") }
        for round in 1...2
        where a.entries(round: round).map(\.station) != b.entries(round: round).map(\.station)
            || a.entries(round: round).map(\.state) != b.entries(round: round).map(\.state)
        {
            found.append("entries")
        }
        if a.rulings != b.rulings { found.append("rulings") }
        if a.publications != b.publications { found.append("publications") }
        return found
    }

    @Test(
        "After every event, the record restored from its checkpoint is the record replayed, and takes the next event alike"
    )
    func restoredIsReplayed() throws {
        var builder = try B.defined()
        try builder.importRound(1)
        try builder.publish(1, .provisional)
        try builder.rule(.annulSheet(round: 1, station: "S1-02"), number: "arrêt n°1")
        try builder.rule(.markNotOpened(round: 1, station: "S1-02", reason: "flood"), number: "arrêt n°2")
        let entry = SheetEntry.parse("N1-01,500,280,8,272", ["LA-N1": 130, "LB-N1": 142])
        try builder.append(.sheet(round: 2, station: "N1-01", action: .enter(entry)), by: B.clerkA)
        let other = SheetEntry.parse("N1-01,500,280,8,272", ["LA-N1": 142, "LB-N1": 130])
        try builder.append(.sheet(round: 2, station: "N1-01", action: .enter(other)), by: B.clerkB)
        try builder.append(.sheet(round: 2, station: "N1-01", action: .keep(.first)), by: B.supervisor)
        try builder.rule(
            .correctSheet(round: 2, sheet: SheetEntry.parse("N1-01,500,280,8,272", ["LA-N1": 100, "LB-N1": 172])),
            number: "arrêt n°3"
        )
        try builder.rule(.disqualifyList(list: "LI-N1"), number: "arrêt n°4")
        let events = builder.events
        for prefix in 1...events.count {
            let replayed = try ElectionRecord.replay(events.prefix(prefix), blobs: builder.blobs)
            let checkpoint = try #require(replayed.checkpoint())
            var restored = try ElectionRecord.restore(
                try Self.roundTrip(checkpoint),
                first: events[0],
                last: events[prefix - 1],
                blobs: builder.blobs
            )
            let differences = try Self.differences(restored, replayed, blobs: builder.blobs)
            #expect(differences.isEmpty, "after event \(prefix): \(differences)")
            if prefix < events.count {
                var next = replayed
                try next.append(events[prefix], blobs: builder.blobs)
                try restored.append(events[prefix], blobs: builder.blobs)
                let after = try Self.differences(restored, next, blobs: builder.blobs)
                #expect(after.isEmpty, "event \(prefix + 1) after the checkpoint: \(after)")
            }
        }
    }

    @Test("A checkpoint that does not fit is refused, never trusted: cut short, another journal, a damaged register")
    func damagedCheckpoints() throws {
        var builder = try B.defined()
        try builder.importRound(1)
        let checkpoint = try #require(builder.record.checkpoint())
        let events = builder.events
        let (first, last) = (events[0], events[events.count - 1])
        // Not at the journal's last event.
        #expect(throws: ScrutinCore.RecordError.self) {
            _ = try ElectionRecord.restore(checkpoint, first: first, last: first, blobs: builder.blobs)
        }
        // Another first event than the definition.
        #expect(throws: ScrutinCore.RecordError.self) {
            _ = try ElectionRecord.restore(checkpoint, first: last, last: last, blobs: builder.blobs)
        }
        var broken = checkpoint
        broken.int32s["stations.constituency"] = [7, 7, 7, 7]
        #expect(throws: ScrutinCore.RecordError.self) {
            _ = try ElectionRecord.restore(broken, first: first, last: last, blobs: builder.blobs)
        }
        broken = checkpoint
        broken.int32s["round-1.votes"] = []
        #expect(throws: ScrutinCore.RecordError.self) {
            _ = try ElectionRecord.restore(broken, first: first, last: last, blobs: builder.blobs)
        }
        broken = checkpoint
        broken.uint64s["stations.slots"] = [1, 2, 3]
        #expect(throws: ScrutinCore.RecordError.self) {
            _ = try ElectionRecord.restore(broken, first: first, last: last, blobs: builder.blobs)
        }
        // Bytes cut short or of an unknown kind.
        var decoded = try CheckpointCodec.meta(checkpoint).withUnsafeBytes { try CheckpointCodec.checkpoint(meta: $0) }
        #expect(throws: CheckpointCodec.Damaged.self) {
            try [UInt8](repeating: 1, count: 7).withUnsafeBytes {
                try CheckpointCodec.add("round-1.votes", kind: 1, bytes: $0, to: &decoded)
            }
        }
        #expect(throws: CheckpointCodec.Damaged.self) {
            try [UInt8](repeating: 1, count: 8).withUnsafeBytes {
                try CheckpointCodec.add("x", kind: 9, bytes: $0, to: &decoded)
            }
        }
        #expect(throws: CheckpointCodec.Damaged.self) {
            try Array("{\"format\":1}".utf8).withUnsafeBytes { _ = try CheckpointCodec.checkpoint(meta: $0) }
        }
    }

    @Test("Opening a file starts from its checkpoint; a changed or misbound one is passed over and verify names it")
    func storeCheckpoints() throws {
        let (store, path) = try ElectionStoreTests.makeStore(rounds: 1)
        let expected = try store.record().snapshot(blobs: store.blobs)
        var opened = try ElectionStore.open(at: path)
        #expect(try opened.record().snapshot(blobs: opened.blobs) == expected)
        #expect(opened.live.restores == 1 && opened.live.replays == 0)
        #expect(try opened.verify().isClean)

        // Column bytes changed without their digest: passed over, replayed instead; verify says so.
        try ElectionStoreTests.tamper(
            path,
            "UPDATE checkpoint_columns SET bytes = zeroblob(length(bytes)) WHERE name = 'round-1.votes'"
        )
        opened = try ElectionStore.open(at: path)
        #expect(try opened.record().snapshot(blobs: opened.blobs) == expected)
        #expect(opened.live.restores == 0 || opened.live.restoredFrom ?? 0 < 4)
        let changed = try opened.verify()
        #expect(
            changed.findings.contains {
                $0.kind == .cache && $0.message.english.contains("changed outside the program")
            }
        )

        // Forged whole, digests recomputed, every sum kept (two lists' votes swapped on one
        // sheet): results would follow it, but verify names it, and a publication replays the
        // journal and refuses.
        let (_, other) = try ElectionStoreTests.makeStore(rounds: 1)
        try Self.forge(other, column: "round-1.votes") { values in if values.count > 1 { values.swapAt(0, 1) } }
        opened = try ElectionStore.open(at: other)
        let forged = try opened.verify()
        #expect(
            forged.findings.contains { $0.kind == .cache && $0.message.english.contains("differs from the journal") }
        )
        let head = try opened.chained().count
        #expect(throws: StoreError.self) {
            try opened.append(
                .publication(round: 2, stage: .provisional, declared: nil),
                by: B.ministry,
                time: "2024-03-25"
            )
        }
        #expect(try opened.chained().count == head)
        // verify --rebuild-caches replaces them from a replay; then all is clean again.
        try opened.rebuildCaches(keys: [])
        #expect(try ElectionStore.open(at: other).verify().isClean)
        let reopened = try ElectionStore.open(at: other)
        #expect(try reopened.record().snapshot(blobs: reopened.blobs) == expected)
        #expect(reopened.live.restores == 1)
    }

    /// Rewrites one column of every checkpoint, digest and all, as someone with the file could.
    static func forge(_ path: String, column: String, _ change: (inout [Int32]) -> Void) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            for row in try Row.fetchAll(
                db,
                sql: "SELECT sequence, bytes FROM checkpoint_columns WHERE name = ?",
                arguments: [column]
            ) {
                let data = row[1] as Data
                var values = data.withUnsafeBytes { Array($0.bindMemory(to: Int32.self)) }
                change(&values)
                let bytes = values.withUnsafeBytes { [UInt8]($0) }
                try db.execute(
                    sql: "UPDATE checkpoint_columns SET bytes = ?, sha256 = ? WHERE sequence = ? AND name = ?",
                    arguments: [Data(bytes), HashChain.digest(bytes), row[0] as Int, column]
                )
            }
        }
        try queue.close()
    }

    @Test(
        "A checkpoint edited with its digests recomputed is refused when its sheets do not hold: no trap, the journal is replayed",
        arguments: [
            ("round-1.voteStart", "a counted sheet without its votes"),
            ("round-1.votes", "votes that no longer add up to the valid votes"),
            ("round-1.registered", "a negative figure"),
            ("round-1.sheetOfStation", "a station pointing at another station's sheet"),
            ("round-1.station", "a sheet naming a station the register does not have"),
            ("round-1.voters", "voters that are not the invalid and the valid ballots"),
        ]
    )
    func editedSheets(column: String, what: String) throws {
        let (store, path) = try ElectionStoreTests.makeStore(rounds: 1)
        let expected = try store.record().snapshot(blobs: store.blobs)
        try Self.forge(path, column: column) { values in
            switch column {
            case "round-1.voteStart": if !values.isEmpty { values[0] = -1 }
            case "round-1.votes": if !values.isEmpty { values[0] = 100_000 }
            case "round-1.registered": if !values.isEmpty { values[0] = -5 }
            case "round-1.station": if !values.isEmpty { values[0] = Int32.max }
            case "round-1.voters": if !values.isEmpty { values[0] += 1 }
            default: if values.count > 1 { values.swapAt(0, 1) }
            }
        }
        let opened = try ElectionStore.open(at: path)
        #expect(try opened.record().snapshot(blobs: opened.blobs) == expected, "\(what)")
        // Every checkpoint after the import was edited: only the definition's (event 1) is used.
        #expect((opened.live.restoredFrom ?? 0) <= 1, "\(what): an edited checkpoint was used")
        #expect(try opened.verify().findings.contains { $0.kind == .cache }, "\(what)")
    }

    @Test(
        "Opening reads the stretch after the checkpoint, not the journal: a change before it is left to verify, one after it is refused"
    )
    func openingReadsTheTail() throws {
        // Events 1 to 4: the definition, round 1, its provisional and final results (a checkpoint
        // after each of the last three); 5 and 6: two clerks key a round-2 sheet.
        func make() throws -> String {
            let (store, path) = try ElectionStoreTests.makeStore(rounds: 1)
            let entry = SheetEntry.parse("N1-01,500,280,8,272", ["LA-N1": 130, "LB-N1": 142])
            for (clerk, minute) in [(B.clerkA, "01"), (B.clerkB, "02")] {
                try store.append(
                    .sheet(round: 2, station: "N1-01", action: .enter(entry)),
                    by: clerk,
                    time: "2024-03-10T20:\(minute):00Z"
                )
            }
            try store.close()
            return path
        }
        let changeImport =
            "UPDATE events SET event = CAST(replace(CAST(event AS TEXT), 'transmission 1', 'transmission X') AS BLOB) "
            + "WHERE sequence = 2"
        let before = try make()
        try ElectionStoreTests.tamper(before, changeImport)
        let opened = try ElectionStore.open(at: before)
        // The checkpoint after event 4 stands for events 1 to 4: the record opens from it, with
        // the two keyed entries after it, their chain checked from event 4.
        let record = try opened.record()
        #expect(record.head == 6)
        #expect(opened.live.restores == 1 && opened.live.replays == 0)
        #expect(record.entryState(round: 2, station: "N1-01") != .empty)
        #expect(try opened.events(after: 4).map(\.sequence) == [5, 6])
        // Whatever reads the whole journal finds the change: the log, verify, a publication.
        #expect(throws: StoreError.self) { _ = try opened.events(after: 0) }
        let report = try opened.verify()
        #expect(report.findings.first?.kind == .chain && report.findings.first?.sequence == 2, "\(report.findings)")
        #expect(throws: StoreError.self) {
            try opened.append(
                .publication(round: 2, stage: .provisional, declared: nil),
                by: B.ministry,
                time: "2024-03-25T10:00:00Z"
            )
        }

        // A change after the checkpoint is in the stretch that is read: the file does not open.
        let after = try make()
        try ElectionStoreTests.tamper(
            after,
            "UPDATE events SET event = CAST(replace(CAST(event AS TEXT), 'clerk-a', 'clerk-x') AS BLOB) "
                + "WHERE sequence = 5"
        )
        let error = #expect(throws: StoreError.self) { _ = try ElectionStore.open(at: after).record() }
        if case .chain(let found) = error {
            #expect(found.sequence == 5)
        } else {
            Issue.record("\(String(describing: error))")
        }
        // A change to the checkpoint's own event unbinds it: the one before is used, and the
        // changed event, now in the stretch read, is refused.
        let bound = try make()
        try ElectionStoreTests.tamper(
            bound,
            "UPDATE events SET event = CAST(replace(CAST(event AS TEXT), '2024-03-09T10:00:00Z', '2024-03-09T10:00:01Z') "
                + "AS BLOB) WHERE sequence = 4"
        )
        let unbound = #expect(throws: StoreError.self) { _ = try ElectionStore.open(at: bound).record() }
        if case .chain(let found) = unbound {
            #expect(found.sequence == 4)
        } else {
            Issue.record("\(String(describing: unbound))")
        }
    }

    @Test("A long-lived writer writes no checkpoint per interval, but one when asked, and a new reader starts there")
    func checkpointWhenAsked() throws {
        let (first, path) = try ElectionStoreTests.makeStore(rounds: 1)
        try first.close()
        let store = try ElectionStore.open(at: path, checkpointInterval: .max / 2)
        let entry = SheetEntry.parse("N1-01,500,280,8,272", ["LA-N1": 130, "LB-N1": 142])
        for (clerk, minute) in [(B.clerkA, "01"), (B.clerkB, "02")] {
            try store.append(
                .sheet(round: 2, station: "N1-01", action: .enter(entry)),
                by: clerk,
                time: "2024-03-10T20:\(minute):00Z"
            )
        }
        let reader = try ElectionStore.open(at: path)
        _ = try reader.record()
        #expect(reader.live.restoredFrom == 4)
        try store.checkpoint()
        try store.checkpoint()  // Already at the head: nothing more.
        let later = try ElectionStore.open(at: path)
        let record = try later.record()
        #expect(later.live.restoredFrom == 6 && record.head == 6)
        #expect(
            record.entryState(round: 2, station: "N1-01") == (try store.record()).entryState(round: 2, station: "N1-01")
        )
        #expect(try ElectionStore.open(at: path).verify().isClean)
    }

    @Test("A writer that let 1,000 events pass without a checkpoint writes one as it closes; a reader never writes")
    func checkpointAtClose() throws {
        let (first, path) = try ElectionStoreTests.makeStore(rounds: 1)
        try first.close()
        func checkpoints() throws -> [Int] {
            let queue = try DatabaseQueue(path: path)
            defer { try? queue.close() }
            return try queue.read { db in
                try Int.fetchAll(db, sql: "SELECT sequence FROM checkpoints ORDER BY sequence")
            }
        }
        let before = try checkpoints()
        // A long-lived writer: no checkpoint per interval. A clerk keys a sheet and a supervisor
        // sends it back, 500 times, in one transaction.
        let writer = try ElectionStore.open(at: path, checkpointInterval: .max / 2)
        let entry = SheetEntry.parse("N1-01,500,280,8,272", ["LA-N1": 130, "LB-N1": 142])
        let batch = (0..<1_000).map { index in
            index % 2 == 0
                ? ElectionStore.Pending(
                    body: .sheet(round: 2, station: "N1-01", action: .enter(entry)),
                    actor: B.clerkA
                )
                : ElectionStore.Pending(
                    body: .sheet(round: 2, station: "N1-01", action: .sendBack),
                    actor: B.supervisor
                )
        }
        let results = try writer.append(batch: batch, clock: { "2024-03-10T20:00:00Z" })
        #expect(results.allSatisfy { if case .success = $0 { true } else { false } })
        #expect(try checkpoints() == before)
        // A reader that reads the long stretch and closes writes nothing.
        let reader = try ElectionStore.open(at: path)
        #expect(try reader.record().head == 1_004)
        try reader.close()
        #expect(try checkpoints() == before)
        // The writer, closing, does.
        try writer.close()
        #expect(try checkpoints() == before + [1_004])
        let later = try ElectionStore.open(at: path)
        _ = try later.record()
        #expect(later.live.restoredFrom == 1_004)
    }
}
