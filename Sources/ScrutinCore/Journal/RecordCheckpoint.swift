/// An election record's state after one event, as plain values: what an election file keeps as a
/// checkpoint, so that a process starts from it and replays only the events after it.
///
/// A checkpoint is a cache. It holds what replaying the journal would make (the register, each
/// round's sheets column by column, the double entry, the rulings, the publications) and not what
/// follows from it again: the definition is read again from its small files, and each round is
/// tabulated again from its sheets, so the counts and seats are never taken on trust. The store
/// binds a checkpoint to its event's hash, checks its SHA-256 before use, and `verify` recomputes
/// it from the events.
public struct RecordCheckpoint: Sendable {
    /// The small part of the state, as a Codable value.
    public struct Meta: Codable, Sendable {
        public var format: Int
        /// The event the state stands after.
        public var sequence: Int
        var definitionFiles: [FileDigest]
        /// The definition's candidacy problems (found from its files alone).
        var candidacy: [Problem]
        var rounds: [Int: ElectionRecord.RoundSheets]
        var rulings: [ElectionRecord.RecordedRuling]
        var publications: [ElectionRecord.RecordedPublication]
        var outcomeRulings: OutcomeRulings
        var declared: [Int: ElectionRecord.DeclaredRound]
        var declaredSeats: DeclaredSeatsMark?
        var discrepancies: [ElectionRecord.Discrepancy]
        var actors: [ActorMark]
        var submissions: [Int: Int]
        var counts: [RoundMark]
    }

    /// Seats by party as last declared, and the event that declared them.
    struct DeclaredSeatsMark: Codable, Sendable {
        var sequence: Int
        var seats: [DeclaredSeats]
    }

    /// A person's role in the record and the event where they first acted.
    struct ActorMark: Codable, Sendable {
        var key: String
        var role: Role
        var sequence: Int
    }

    /// What a round's count keeps besides its columns.
    struct RoundMark: Codable, Sendable {
        var isHeld: Bool
        /// The reasons stations were closed for, each once; the columns `closedStations` and
        /// `closedReasons` give each closed station and the index of its reason here (a
        /// national round has tens of thousands of closed stations and a few reasons).
        var closedReasonTexts: [String]
        var sheetProblems: [Problem]
        var unknownStationCodes: [Int: String]
        var files: [String]
    }

    /// Whether a column holds one value per sheet (or per vote) of a round, and so grows as
    /// sheets come: a store keeps such columns with room to spare when it reads them, so that the
    /// count's reserve for the sheets still to come does not copy them.
    public static func growsAsSheetsCome(_ name: String) -> Bool {
        guard name.hasPrefix("round-"), let dot = name.firstIndex(of: ".") else { return false }
        return sheetColumns.contains(String(name[name.index(after: dot)...]))
    }

    static let sheetColumns: Set<String> = [
        "station", "line", "registered", "voters", "invalid", "valid", "voteStart", "votes", "fileOfSheet",
    ]

    /// The version of this layout; a checkpoint of another version is not used.
    public static let format = 3

    public var meta: Meta
    /// Columns of 32-bit integers, by name.
    public var int32s: [String: [Int32]] = [:]
    /// Columns of bytes, by name.
    public var bytes: [String: [UInt8]] = [:]
    /// Columns of 64-bit integers, by name.
    public var int64s: [String: [Int64]] = [:]
    /// Columns of unsigned 64-bit integers, by name.
    public var uint64s: [String: [UInt64]] = [:]

    public init(
        meta: Meta,
        int32s: [String: [Int32]],
        bytes: [String: [UInt8]],
        int64s: [String: [Int64]],
        uint64s: [String: [UInt64]]
    ) {
        self.meta = meta
        self.int32s = int32s
        self.bytes = bytes
        self.int64s = int64s
        self.uint64s = uint64s
    }
}

extension ElectionRecord {
    /// The record's state as a checkpoint, or nil before the election is defined.
    public func checkpoint() -> RecordCheckpoint? {
        guard let live else { return nil }
        let stations = live.definition.stations
        var checkpoint = RecordCheckpoint(
            meta: .init(
                format: RecordCheckpoint.format,
                sequence: head,
                definitionFiles: definitionFiles,
                candidacy: candidacyProblems,
                rounds: rounds,
                rulings: rulings,
                publications: publications,
                outcomeRulings: outcomeRulings,
                declared: declared,
                declaredSeats: declaredSeats.map { .init(sequence: $0.sequence, seats: $0.seats) },
                discrepancies: discrepancies,
                actors: actorRoles.sorted { $0.key < $1.key }.map {
                    .init(key: $0.key, role: $0.value.role, sequence: $0.value.sequence)
                },
                submissions: live.submissions,
                counts: live.rounds.map {
                    .init(
                        isHeld: $0.isHeld,
                        closedReasonTexts: Set($0.closedReasons.values).sorted(),
                        sheetProblems: $0.sheetProblems,
                        unknownStationCodes: $0.sheets.unknownStationCodes,
                        files: $0.sheets.files
                    )
                }
            ),
            int32s: [
                "stations.constituency": stations.constituency, "stations.registered": stations.registered,
                "stations.nameEnds": stations.nameEnds,
            ],
            bytes: ["stations.keys": stations.index.keys, "stations.names": stations.names],
            int64s: ["stations.keyStarts": stations.index.keyStarts.map { Int64($0) }],
            uint64s: ["stations.slots": stations.index.slots]
        )
        for (index, round) in live.rounds.enumerated() {
            let prefix = "round-\(index + 1)."
            let sheets = round.sheets
            for (name, column) in [
                ("station", sheets.station), ("line", sheets.line), ("registered", sheets.registered),
                ("voters", sheets.voters), ("invalid", sheets.invalid), ("valid", sheets.valid),
                ("voteStart", sheets.voteStart), ("votes", sheets.votes), ("sheetOfStation", sheets.sheetOfStation),
                ("problemStations", round.problemStations),
            ] {
                checkpoint.int32s[prefix + name] = column
            }
            let texts = Set(round.closedReasons.values).sorted()
            let reasonIndex = Dictionary(
                uniqueKeysWithValues: texts.enumerated().map { ($0.element, Int32($0.offset)) }
            )
            let closed = round.closedReasons.sorted { $0.key < $1.key }
            checkpoint.int32s[prefix + "closedStations"] = closed.map { Int32($0.key.index) }
            checkpoint.int32s[prefix + "closedReasons"] = closed.map { reasonIndex[$0.value] ?? 0 }
            checkpoint.bytes[prefix + "state"] = sheets.state.map(\.rawValue)
            checkpoint.bytes[prefix + "fileOfSheet"] = sheets.fileOfSheet
            if let imported = rounds[index + 1]?.imported, !imported.isEmpty {
                checkpoint.bytes[prefix + "imported"] = imported.map { $0 ? 1 : 0 }
            }
        }
        for (round, sheets) in rounds {
            checkpoint.bytes["round-\(round).entries"] = EntryColumn.encode(
                sheets.entries,
                acceptedAt: sheets.acceptedAt
            )
        }
        return checkpoint
    }

    /// A record from a checkpoint, the journal's first event and the checkpoint's own event.
    ///
    /// The events between them are not needed: the checkpoint stands for them. The definition is
    /// read again from its files (the register from the checkpoint), and each round is tabulated
    /// again from its sheets.
    ///
    /// - Parameters:
    ///   - checkpoint: the state after event `last`.
    ///   - first: the journal's first event (the definition), its hash checked.
    ///   - last: the event the checkpoint follows, its hash checked against the checkpoint's.
    ///   - blobs: the files events refer to.
    /// - Throws: `RecordError` when the checkpoint does not fit the events or itself: then it is
    ///   not to be used (the journal is replayed instead).
    public static func restore(
        _ checkpoint: RecordCheckpoint,
        first: JournalEvent,
        last: JournalEvent,
        blobs: some BlobSource,
        options: LoadOptions = .sequential
    ) throws(RecordError) -> ElectionRecord {
        let meta = checkpoint.meta
        func damaged(_ flaw: CheckpointFlaw) -> RecordError {
            RecordError(event: last, refusal: .checkpointUnusable(sequence: meta.sequence, flaw))
        }
        guard meta.format == RecordCheckpoint.format else { throw damaged(.format(meta.format)) }
        guard meta.sequence == last.sequence, meta.sequence >= 1, first.sequence == 1 else {
            throw damaged(.notAtLastEvent)
        }
        guard case .defineElection(let definitionDigests) = first.body, definitionDigests == meta.definitionFiles
        else { throw damaged(.otherDefinition) }

        // The register, checked before use.
        let int32s = checkpoint.int32s
        let bytes = checkpoint.bytes
        guard let keys = bytes["stations.keys"], let starts = checkpoint.int64s["stations.keyStarts"],
            let slots = checkpoint.uint64s["stations.slots"],
            let index = CodeIndex(keys: keys, keyStarts: starts.map { Int($0) }, slots: slots),
            let constituency = int32s["stations.constituency"], let registered = int32s["stations.registered"],
            let names = bytes["stations.names"], let nameEnds = int32s["stations.nameEnds"],
            constituency.count == index.count, registered.count == index.count, nameEnds.count == index.count,
            zip([0] + nameEnds, nameEnds).allSatisfy({ $0 <= $1 }), Int(nameEnds.last ?? 0) <= names.count
        else { throw damaged(.registerBroken) }
        var files = try StoredFiles.read(
            meta.definitionFiles.filter { $0.path != BundleLayout.stations },
            blobs: blobs,
            event: first
        )
        files[BundleLayout.stations] = nil
        let loaded: (definition: ElectionDefinition, candidacy: [Problem])
        do {
            loaded = try DefinitionLoader.load(
                from: InMemoryBundle(name: "the definition", files: files),
                options: options,
                stations: StationTable(
                    index: index,
                    constituency: constituency,
                    registered: registered,
                    names: names,
                    nameEnds: nameEnds,
                    constituencyCodes: []
                ),
                candidacy: meta.candidacy
            )
        } catch {
            throw RecordError(event: first, problems: error.problems)
        }
        let definition = loaded.definition
        guard constituency.allSatisfy({ $0 >= 0 && Int($0) < definition.constituencies.count }) else {
            throw damaged(.registerConstituencies)
        }

        // Each round's sheets, checked to fit the definition, then tabulated again.
        // The rounds are tabulated below, from the checkpoint's sheets (not first as empty ones).
        var count = ElectionCount(
            definition: definition,
            candidacyProblems: loaded.candidacy,
            rounds: [],
            seats: SeatTable.make(definition: definition, rounds: [])
        )
        count.rulings = meta.outcomeRulings
        guard meta.counts.count == definition.system.rounds else { throw damaged(.rounds) }
        count.submissions = meta.submissions
        for (position, mark) in meta.counts.enumerated() {
            let round = position + 1
            let prefix = "round-\(round)."
            var table = SheetTable(stationCount: definition.stations.count)
            guard let station = int32s[prefix + "station"], let line = int32s[prefix + "line"],
                let registered = int32s[prefix + "registered"], let voters = int32s[prefix + "voters"],
                let invalid = int32s[prefix + "invalid"], let valid = int32s[prefix + "valid"],
                let voteStart = int32s[prefix + "voteStart"], let votes = int32s[prefix + "votes"],
                let sheetOfStation = int32s[prefix + "sheetOfStation"],
                let problemStations = int32s[prefix + "problemStations"], let states = bytes[prefix + "state"],
                let fileOfSheet = bytes[prefix + "fileOfSheet"]
            else { throw damaged(.sheetsMissing(round: round)) }
            guard
                sheetsFit(
                    station: station,
                    line: line,
                    registered: registered,
                    voters: voters,
                    invalid: invalid,
                    valid: valid,
                    voteStart: voteStart,
                    votes: votes,
                    sheetOfStation: sheetOfStation,
                    states: states,
                    fileOfSheet: fileOfSheet,
                    files: mark.files.count,
                    definition: definition
                ), problemStations.count == mark.sheetProblems.count
            else { throw damaged(.sheetsBroken(round: round)) }
            table.station = station
            table.line = line
            table.registered = registered
            table.voters = voters
            table.invalid = invalid
            table.valid = valid
            table.voteStart = voteStart
            table.votes = votes
            table.sheetOfStation = sheetOfStation
            table.state = states.compactMap(SheetTable.State.init(rawValue:))
            table.fileOfSheet = fileOfSheet
            table.files = mark.files
            table.unknownStationCodes = mark.unknownStationCodes
            var closed: [Int: String] = [:]
            let closedStations = int32s[prefix + "closedStations"] ?? []
            let closedReasons = int32s[prefix + "closedReasons"] ?? []
            guard closedStations.count == closedReasons.count else {
                throw damaged(.closedStations(round: round))
            }
            closed.reserveCapacity(closedStations.count)
            for (station, reason) in zip(closedStations, closedReasons) {
                guard station >= 0, Int(station) < definition.stations.count, reason >= 0,
                    Int(reason) < mark.closedReasonTexts.count
                else { throw damaged(.closedStations(round: round)) }
                closed[Int(station)] = mark.closedReasonTexts[Int(reason)]
            }
            count.rounds.append(
                Tabulator.tabulate(
                    round: round,
                    loaded: RoundLoader.Loaded(
                        isHeld: mark.isHeld,
                        sheets: table,
                        closedReasons: closed,
                        problems: mark.sheetProblems,
                        problemStations: problemStations
                    ),
                    definition: definition,
                    contenders: count.contenders(ofRound: round),
                    options: options,
                    rulings: meta.outcomeRulings
                )
            )
        }
        count.seats = SeatTable.make(definition: definition, rounds: count.rounds)

        var record = ElectionRecord()
        record.options = options
        record.head = last.sequence
        record.lastTime = last.time
        record.definition = definition
        record.candidacyProblems = loaded.candidacy
        record.definitionFiles = meta.definitionFiles
        record.rounds = meta.rounds
        for (round, _) in meta.rounds {
            if let imported = bytes["round-\(round).imported"] {
                guard imported.count == definition.stations.count else {
                    throw damaged(.importedStations(round: round))
                }
                record.rounds[round]?.imported = imported.map { $0 != 0 }
            }
            let stationCount = definition.stations.count
            guard let column = bytes["round-\(round).entries"], let (entries, acceptedAt) = EntryColumn.decode(column),
                entries.keys.allSatisfy({ $0 >= 0 && Int($0) < stationCount }),
                acceptedAt.keys.allSatisfy({ $0 >= 0 && Int($0) < stationCount })
            else { throw damaged(.entries(round: round)) }
            record.rounds[round]?.entries = entries
            record.rounds[round]?.acceptedAt = acceptedAt
        }
        record.rulings = meta.rulings
        record.publications = meta.publications
        record.outcomeRulings = meta.outcomeRulings
        record.declared = meta.declared
        record.declaredSeats = meta.declaredSeats.map { ($0.sequence, $0.seats) }
        record.discrepancies = meta.discrepancies
        for actor in meta.actors { record.actorRoles[actor.key] = (actor.role, actor.sequence) }
        record.live = count
        return record
    }
}

extension ElectionRecord {
    /// Whether a checkpoint's columns of one round fit each other and the definition.
    ///
    /// Every column as long as the others, every station, sheet, file and state one that exists,
    /// every sheet's votes within the votes column, and each sheet that counts whole, adding up,
    /// and its station's sheet. A checkpoint damaged or edited this way is refused (the journal
    /// is replayed instead).
    ///
    /// One pass over the sheets and one over the stations (a national round has a million of
    /// each).
    static func sheetsFit(
        station: [Int32],
        line: [Int32],
        registered: [Int32],
        voters: [Int32],
        invalid: [Int32],
        valid: [Int32],
        voteStart: [Int32],
        votes: [Int32],
        sheetOfStation: [Int32],
        states: [UInt8],
        fileOfSheet: [UInt8],
        files: Int,
        definition: ElectionDefinition
    ) -> Bool {
        let rows = station.count
        let stationCount = definition.stations.count
        guard
            [line.count, registered.count, voters.count, invalid.count, valid.count, voteStart.count, states.count]
                .allSatisfy({ $0 == rows }), fileOfSheet.count <= rows, sheetOfStation.count == stationCount
        else { return false }
        let listCount = definition.listsOfConstituency.map(\.count)
        let counted = SheetTable.State.counted.rawValue
        let fileLimit = max(1, files)
        return station.withUnsafeBufferPointer { station in
            voteStart.withUnsafeBufferPointer { voteStart in
                votes.withUnsafeBufferPointer { votes in
                    sheetOfStation.withUnsafeBufferPointer { sheetOfStation in
                        definition.stationConstituency.withUnsafeBufferPointer { constituencyOf in
                            for row in 0..<rows {
                                let at = Int(station[row])
                                let start = Int(voteStart[row])
                                guard at >= -1, at < stationCount, SheetTable.State(rawValue: states[row]) != nil
                                else { return false }
                                if row < fileOfSheet.count, Int(fileOfSheet[row]) >= fileLimit { return false }
                                guard start >= 0 else {
                                    if states[row] == counted { return false }
                                    continue
                                }
                                guard at >= 0 else { return false }
                                let lists = listCount[Int(constituencyOf[at])]
                                guard start + lists <= votes.count else { return false }
                                guard states[row] == counted else { continue }
                                guard sheetOfStation[at] == Int32(row), registered[row] >= 0, voters[row] >= 0,
                                    invalid[row] >= 0, valid[row] >= 0,
                                    Int64(voters[row]) == Int64(invalid[row]) + Int64(valid[row])
                                else { return false }
                                var sum: Int64 = 0
                                for slot in start..<(start + lists) {
                                    let value = votes[slot]
                                    guard value >= -1 else { return false }
                                    if value > 0 { sum += Int64(value) }
                                }
                                guard sum == Int64(valid[row]) else { return false }
                            }
                            for at in 0..<stationCount {
                                let row = Int(sheetOfStation[at])
                                guard row >= -1, row < rows else { return false }
                                if row >= 0, Int(station[row]) != at { return false }
                            }
                            return true
                        }
                    }
                }
            }
        }
    }
}

/// A key and its value: dictionaries are kept as arrays sorted by key, so that a checkpoint's
/// bytes depend on the state alone, never on the order a dictionary happens to have.
struct Pair<Key: Codable & Comparable & Sendable, Value: Codable & Sendable>: Codable, Sendable {
    var key: Key
    var value: Value

    static func sorted(_ pairs: some Sequence<(Key, Value)>) -> [Pair] {
        pairs.map { Pair(key: $0.0, value: $0.1) }.sorted { $0.key < $1.key }
    }
}

extension ElectionRecord.RoundSheets {
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func map<Value>(_ key: CodingKeys, _: Value.Type) throws -> [Int32: Value] where Value: Codable & Sendable {
            Dictionary(
                try container.decode([Pair<Int32, Value>].self, forKey: key).map { ($0.key, $0.value) },
                uniquingKeysWith: { first, _ in first }
            )
        }
        self.init()
        imports = try container.decode([Import].self, forKey: .imports)
        excluded = try map(.excluded, String.self)
        corrected = try map(.corrected, SheetEntry.self)
        settledAt = try map(.settledAt, Int.self)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(imports, forKey: .imports)
        try container.encode(Pair.sorted(excluded.map { ($0.key, $0.value) }), forKey: .excluded)
        try container.encode(Pair.sorted(corrected.map { ($0.key, $0.value) }), forKey: .corrected)
        try container.encode(Pair.sorted(settledAt.map { ($0.key, $0.value) }), forKey: .settledAt)
    }
}

extension OutcomeRulings {
    enum CodingKeys: String, CodingKey {
        case disqualified, overrides
    }

    /// A ruling on one constituency's outcome in one round.
    struct OverrideMark: Codable, Sendable {
        var round: Int
        var constituency: Int
        var entry: Entry
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        var disqualified: [ListID: String] = [:]
        for pair in try container.decode([Pair<Int, String>].self, forKey: .disqualified) {
            disqualified[ListID(pair.key)] = pair.value
        }
        var overrides: [Int: [ConstituencyID: Entry]] = [:]
        for mark in try container.decode([OverrideMark].self, forKey: .overrides) {
            overrides[mark.round, default: [:]][ConstituencyID(mark.constituency)] = mark.entry
        }
        self.init(disqualified: disqualified, overrides: overrides)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Pair.sorted(disqualified.map { ($0.key.index, $0.value) }), forKey: .disqualified)
        let marks = overrides.flatMap { round, entries in
            entries.map { OverrideMark(round: round, constituency: $0.key.index, entry: $0.value) }
        }.sorted { ($0.round, $0.constituency) < ($1.round, $1.constituency) }
        try container.encode(marks, forKey: .overrides)
    }
}
