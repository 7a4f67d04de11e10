/// Where a record's files are kept: their bytes by SHA-256 digest (hexadecimal).
///
/// The store keeps them beside the journal; a test keeps them in a dictionary.
public protocol BlobSource: Sendable {
    /// The bytes with this digest, or nil when there are none.
    func blob(_ sha256: String) throws -> [UInt8]?
}

/// A stored file whose bytes no longer give the SHA-256 (or the size) it is kept under: it was
/// changed behind the program's back, and may not be used.
///
/// A `BlobSource` that reads from storage others can edit (the election file) throws it rather
/// than return the bytes.
public struct ChangedBlob: Error, Sendable, Hashable, CustomStringConvertible {
    /// The digest the file is kept under.
    public var sha256: String

    public init(sha256: String) { self.sha256 = sha256 }

    public var message: Message { StoreText.changedBlob(sha256: sha256).message }

    public var description: String { message.english }
}

/// Blobs held in memory.
public struct InMemoryBlobs: BlobSource {
    public var blobs: [String: [UInt8]]

    public init(_ blobs: [String: [UInt8]] = [:]) { self.blobs = blobs }

    public func blob(_ sha256: String) throws -> [UInt8]? { blobs[sha256] }
}

/// An election's record: the state that its journal of events makes, replayed in order.
///
/// Nothing here is stored apart from the events: the definition, the sheets, the rulings and the
/// publications all come from replaying them, and the results from counting what they hold.
/// `append(_:blobs:)` checks an event against the state before taking it (role, order, stations
/// and lists that exist, the double-entry rules) and refuses it whole, leaving the record as it
/// was.
///
/// ```swift
/// var record = ElectionRecord()
/// try record.append(defineEvent, blobs: blobs)
/// let count = try record.count(blobs: blobs)
/// ```
public struct ElectionRecord: Sendable {
    /// How much an event is checked before it is taken.
    public enum Validation: Sendable {
        /// Every check, including those that count the election (an import's files, a round-2
        /// sheet's runoff): for new events.
        case full
        /// The checks that need no count: for events already in a verified journal.
        case trusted
    }

    /// A ruling as recorded: the event's number, time and actor with the decision.
    public struct RecordedRuling: Sendable, Hashable, Codable {
        public var sequence: Int
        public var time: String
        public var actor: Actor
        public var ruling: Ruling
    }

    /// A publication as recorded.
    public struct RecordedPublication: Sendable, Hashable, Codable {
        public var sequence: Int
        public var time: String
        public var actor: Actor
        public var round: Int
        public var stage: Stage
        public var declared: Declaration?
    }

    /// A difference between a final declaration and the state before it that no ruling explains.
    public struct Discrepancy: Sendable, Hashable, Codable {
        /// The final publication.
        public var sequence: Int
        public var round: Int
        public var constituency: String
        public var before: DeclaredOutcome.Status
        public var declared: DeclaredOutcome.Status
    }

    /// A round's tally sheets as the journal holds them.
    struct RoundSheets: Sendable, Codable {
        struct Import: Sendable, Codable {
            var sequence: Int
            var files: [FileDigest]
            var source: String
        }
        var imports: [Import] = []
        /// Whether each station's sheet came in an import (empty when none did).
        var imported: [Bool] = []
        var entries: [Int32: DataEntryState] = [:]
        /// Stations whose sheet a ruling annulled or that a ruling marks as not opened.
        var excluded: [Int32: String] = [:]
        /// Sheets a ruling corrected.
        var corrected: [Int32: SheetEntry] = [:]
        /// The event that accepted each accepted entry.
        var acceptedAt: [Int32: Int] = [:]
        /// The ruling that last settled each station's sheet (excluded or corrected).
        var settledAt: [Int32: Int] = [:]

        /// `imported`, `entries` and `acceptedAt` are kept apart in a checkpoint, as columns of
        /// bytes (``EntryColumn``).
        enum CodingKeys: String, CodingKey {
            case imports, excluded, corrected, settledAt
        }

        var isEmpty: Bool { imports.isEmpty && entries.isEmpty && excluded.isEmpty && corrected.isEmpty }

        /// A ruling settles a station's sheet.
        ///
        /// The sheet is excluded (annulled, not opened) with the reason, or replaced by the court's
        /// figures. A sheet being keyed leaves the queue.
        mutating func settle(_ station: Int32, excluded reason: String?, corrected entry: SheetEntry?, at sequence: Int)
        {
            excluded[station] = reason
            corrected[station] = entry
            entries[station] = nil
            acceptedAt[station] = nil
            settledAt[station] = sequence
        }
    }

    /// A round's declared outcomes, for a record of declared results.
    public struct DeclaredRound: Sendable, Hashable, Codable {
        public var outcomes: [String: DeclaredEntry] = [:]
        public var totals: DeclaredTotals?
    }

    /// A constituency's declared outcome and the event that set it.
    public struct DeclaredEntry: Sendable, Hashable, Codable {
        public var status: DeclaredStatus
        public var sequence: Int
        public var certainty: Certainty
    }

    /// A declared outcome, or an annulment.
    public enum DeclaredStatus: Sendable, Hashable, Codable {
        case declared(DeclaredOutcome.Status)
        case annulled
    }

    /// The number of the last event, 0 when there is none.
    ///
    /// The record keeps the state the events make, not the events themselves: those are the
    /// journal's, read from it when they are wanted (a record of results night holds millions).
    public internal(set) var head = 0
    /// The time of the last event: the next may not be before it.
    public internal(set) var lastTime: String?
    public internal(set) var definition: ElectionDefinition?
    public internal(set) var candidacyProblems: [Problem] = []
    /// The definition's files.
    public internal(set) var definitionFiles: [FileDigest] = []
    var rounds: [Int: RoundSheets] = [:]
    public internal(set) var rulings: [RecordedRuling] = []
    public internal(set) var publications: [RecordedPublication] = []
    var outcomeRulings = OutcomeRulings.none
    public internal(set) var declared: [Int: DeclaredRound] = [:]
    /// Seats by party as last declared, and the event that declared them.
    public internal(set) var declaredSeats: (sequence: Int, seats: [DeclaredSeats])?
    public internal(set) var discrepancies: [Discrepancy] = []
    /// Each person's role (by `Actor.identity`: without regard to case or to letters that look
    /// alike) and the event where they first acted: one person, one role.
    var actorRoles: [String: (role: Role, sequence: Int)] = [:]
    /// The count as the events so far make it (nil until the election is defined).
    var live: ElectionCount?
    /// Whether an event failed after it had begun to change the record (a stored file that no
    /// longer reads back while a round is read again): the record must then be thrown away.
    public internal(set) var isPartlyChanged = false
    /// How many threads read an import's large files (the results do not depend on it).
    var options = LoadOptions.sequential

    public init() {}

    /// Whether the record holds declared results rather than tally sheets.
    public var isDeclared: Bool { publications.contains { $0.declared != nil } }

    /// The sheets of a round being keyed or keyed, by station code (stations in code order).
    public func entries(round: Int) -> [(station: String, state: DataEntryState)] {
        guard let definition, let sheets = rounds[round] else { return [] }
        return sheets.entries.map { (definition.code(of: StationID(Int($0.key))), $0.value) }.sorted {
            $0.station < $1.station
        }
    }

    /// The state of one station's sheet in a round (`.empty` when nothing was keyed).
    public func entryState(round: Int, station: String) -> DataEntryState {
        guard let definition, let id = definition.station(code: station) else { return .empty }
        return rounds[round]?.entries[Int32(id.index)] ?? .empty
    }

    /// Whether the record holds tally sheets (imported or keyed) or sheet rulings.
    var hasSheets: Bool { rounds.values.contains { !$0.isEmpty } }

    /// Replays events in order.
    ///
    /// - Parameters:
    ///   - events: the journal, from event 1.
    ///   - blobs: the files the events refer to.
    ///   - through: stop after this event (an `--as-of`); nil replays them all.
    ///   - validation: `.trusted` for a journal already verified.
    /// - Throws: `RecordError` for the first event that may not be taken.
    public static func replay(
        _ events: some Sequence<JournalEvent>,
        blobs: some BlobSource,
        through: Int? = nil,
        validation: Validation = .trusted,
        options: LoadOptions = .sequential
    ) throws(RecordError) -> ElectionRecord {
        var record = ElectionRecord()
        record.options = options
        for event in events {
            if let through, event.sequence > through { break }
            try record.append(event, blobs: blobs, validation: validation)
        }
        return record
    }

    /// Takes one more event, after checking it against the record.
    ///
    /// - Throws: `RecordError` naming the event and what is wrong; the record is unchanged then.
    public mutating func append(
        _ event: JournalEvent,
        blobs: some BlobSource,
        validation: Validation = .full
    ) throws(RecordError) {
        // `take` checks everything before it changes anything (caches aside), so the record is
        // changed in place: no copy of it per event.
        try take(event, blobs: blobs, validation: validation)
        head = event.sequence
        lastTime = event.time
    }

    // MARK: - Taking events

    mutating func take(
        _ event: JournalEvent,
        blobs: some BlobSource,
        validation: Validation
    ) throws(RecordError) {
        let fail = { (refusal: RecordRefusal) in RecordError(event: event, refusal: refusal) }
        guard event.sequence == head + 1 else {
            throw fail(.outOfOrder(sequence: event.sequence, expected: head + 1))
        }
        guard RecordTime.isValid(event.time) else { throw fail(.invalidTime(event.time)) }
        if let lastTime, RecordTime.isBefore(event.time, lastTime) {
            throw fail(.timeBeforePrevious(time: event.time, previous: lastTime))
        }
        try TextCheck(event: event).name(event.actor.name, field: .actor)
        let key = Actor.identity(event.actor.name)
        if let known = actorRoles[key], known.role != event.actor.role {
            throw fail(
                .oneRole(name: event.actor.name, known: known.role, since: known.sequence, role: event.actor.role)
            )
        }
        let allowed = Role.allowed(event.body)
        guard allowed.contains(event.actor.role) else {
            throw fail(.roleMayNotRecord(event.actor.role, kind: event.body.kind, allowed: Array(allowed)))
        }
        if case .defineElection(let files) = event.body {
            try define(files, event: event, blobs: blobs)
            actorRoles[key] = (event.actor.role, event.sequence)
            return
        }
        guard let definition else { throw fail(.notDefined) }
        let check = RecordCheck(event: event, definition: definition)
        switch event.body {
        case .defineElection:
            break
        case .importRound(let round, let files, let source):
            try importRound(round, files: files, source: source, check: check, blobs: blobs, validation: validation)
        case .sheet(let round, let station, let action):
            try keySheet(round, station: station, action: action, check: check, blobs: blobs, validation: validation)
        case .ruling(let ruling):
            try rule(ruling, check: check, blobs: blobs, validation: validation)
        case .publication(let round, let stage, let declaration):
            try publish(round, stage: stage, declaration: declaration, check: check)
        }
        if actorRoles[key] == nil { actorRoles[key] = (event.actor.role, event.sequence) }
    }

    mutating func define(_ files: [FileDigest], event: JournalEvent, blobs: some BlobSource) throws(RecordError) {
        guard head == 0 else { throw RecordError(event: event, refusal: .definedAlready) }
        let bundle = try StoredFiles.read(files, blobs: blobs, event: event)
        let loaded: (definition: ElectionDefinition, candidacy: [Problem])
        do {
            loaded = try DefinitionLoader.load(from: InMemoryBundle(name: "the definition", files: bundle))
        } catch {
            throw RecordError(event: event, problems: error.problems)
        }
        definition = loaded.definition
        candidacyProblems = loaded.candidacy
        definitionFiles = files
        live = ElectionCount(definition: loaded.definition, candidacyProblems: loaded.candidacy)
    }

}
