public import ScrutinCore

/// Builds election records from the fixture's files, event by event, for tests.
///
/// Files are kept in memory under a test digest (FNV-1a, not SHA-256: the core never hashes; the
/// journal and the store do, and their tests use the real digest).
public struct RecordBuilder: Sendable {
    public var record = ElectionRecord()
    /// The events appended, in order (the record keeps their state, not them).
    public var events: [JournalEvent] = []
    public var blobs = InMemoryBlobs()
    /// The next event's time: one minute after the last, from 2024-03-03T20:00:00Z.
    public var minute = 0

    public static let administrator = Actor(name: "admin", role: .administrator)
    public static let clerkA = Actor(name: "clerk-a", role: .clerk)
    public static let clerkB = Actor(name: "clerk-b", role: .clerk)
    public static let supervisor = Actor(name: "supervisor", role: .supervisor)
    public static let ministry = Actor(name: "Ministry", role: .ministry)
    public static let court = Actor(name: "Court", role: .court)

    public init() {}

    /// A record with the fixture's definition (event 1).
    public static func defined() throws -> RecordBuilder {
        var builder = RecordBuilder()
        try builder.append(.defineElection(files: builder.store(definitionFiles)), by: administrator)
        return builder
    }

    /// The fixture's definition files.
    public static var definitionFiles: [String: String] {
        [
            BundleLayout.election: Fixture.election, BundleLayout.parties: Fixture.parties,
            BundleLayout.constituencies: Fixture.constituencies, BundleLayout.lists: Fixture.lists,
            BundleLayout.candidates: Fixture.candidates, BundleLayout.stations: Fixture.stations,
            BundleLayout.previous: Fixture.previous,
        ]
    }

    /// The fixture's files of a round.
    public static func roundFiles(_ round: Int) -> [String: String] {
        round == 1
            ? [BundleLayout.sheets(round: 1): Fixture.round1Sheets, BundleLayout.votes(round: 1): Fixture.round1Votes]
            : [BundleLayout.sheets(round: 2): Fixture.round2Sheets, BundleLayout.votes(round: 2): Fixture.round2Votes]
    }

    /// Keeps files as blobs and returns their digests, sorted by path.
    public mutating func store(_ files: [String: String]) -> [FileDigest] {
        files.sorted { $0.key < $1.key }.map { path, text in
            let bytes = Array((text.hasSuffix("\n") ? text : text + "\n").utf8)
            let digest = Self.testDigest(bytes)
            blobs.blobs[digest] = bytes
            return FileDigest(path: path, sha256: digest, size: bytes.count)
        }
    }

    /// The time of the next event.
    public var nextTime: String {
        let hour = 20 + minute / 60
        let minutes = minute % 60
        return "2024-03-03T\(hour < 10 ? "0" : "")\(hour):\(minutes < 10 ? "0" : "")\(minutes):00Z"
    }

    /// Appends an event with the next number and time.
    public mutating func append(_ body: EventBody, by actor: Actor) throws(RecordError) {
        let event = JournalEvent(sequence: record.head + 1, time: nextTime, actor: actor, body: body)
        try record.append(event, blobs: blobs)
        events.append(event)
        minute += 1
    }

    /// Imports a round's fixture files (or the files given) as a trusted transmission.
    public mutating func importRound(_ round: Int, files: [String: String]? = nil) throws(RecordError) {
        let digests = store(files ?? Self.roundFiles(round))
        try append(.importRound(round: round, files: digests, source: "test transmission"), by: Self.administrator)
    }

    /// A ruling by the court, cited as decision `number`, dated the day it is recorded.
    public mutating func rule(_ action: Ruling.Action, number: String = "arrêt n°1") throws(RecordError) {
        try append(
            .ruling(Ruling(authority: "Court", number: number, date: String(nextTime.prefix(10)), action: action)),
            by: Self.court
        )
    }

    public mutating func publish(_ round: Int, _ stage: Stage) throws(RecordError) {
        try append(
            .publication(round: round, stage: stage, declared: nil),
            by: stage == .provisional ? Self.ministry : Self.court
        )
    }

    /// FNV-1a over the bytes, with the size: distinct for distinct test files.
    public static func testDigest(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return "fnv" + String(hash, radix: 16) + "-" + String(bytes.count)
    }
}

extension SheetEntry {
    /// A sheet from `station,registered,voters,invalid,valid` and `list:votes` pairs.
    public static func parse(_ figures: String, _ votes: [String: Int]) -> SheetEntry {
        let fields = figures.split(separator: ",").map(String.init)
        return SheetEntry(
            station: fields[0],
            registered: Int(fields[1]) ?? -1,
            voters: Int(fields[2]) ?? -1,
            invalid: Int(fields[3]) ?? -1,
            valid: Int(fields[4]) ?? -1,
            votes: votes.map { SheetEntry.ListVotes(list: $0.key, votes: $0.value) }
        )
    }
}
