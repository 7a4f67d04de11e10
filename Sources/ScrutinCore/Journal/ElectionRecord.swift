/// Where a record's files are kept: their bytes by SHA-256 digest (hexadecimal).
///
/// The store keeps them beside the journal; a test keeps them in a dictionary.
public protocol BlobSource: Sendable {
    /// The bytes with this digest, or nil when there are none.
    func blob(_ sha256: String) throws -> [UInt8]?
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
    public struct RecordedRuling: Sendable, Hashable {
        public var sequence: Int
        public var time: String
        public var actor: Actor
        public var ruling: Ruling
    }

    /// A publication as recorded.
    public struct RecordedPublication: Sendable, Hashable {
        public var sequence: Int
        public var time: String
        public var actor: Actor
        public var round: Int
        public var stage: Stage
        public var declared: Declaration?
    }

    /// A difference between a final declaration and the state before it that no ruling explains.
    public struct Discrepancy: Sendable, Hashable {
        /// The final publication.
        public var sequence: Int
        public var round: Int
        public var constituency: String
        public var before: DeclaredOutcome.Status
        public var declared: DeclaredOutcome.Status
    }

    /// A round's tally sheets as the journal holds them.
    struct RoundSheets: Sendable {
        struct Import: Sendable {
            var sequence: Int
            var files: [FileDigest]
            var source: String
        }
        var imports: [Import] = []
        /// Stations with a sheet in an import (filled when first needed).
        var importedStations: Set<Int32>?
        var entries: [Int32: DataEntryState] = [:]
        /// Stations whose sheet a ruling annulled or that a ruling marks as not opened.
        var excluded: [Int32: String] = [:]
        /// Sheets a ruling corrected.
        var corrected: [Int32: SheetEntry] = [:]

        var isEmpty: Bool { imports.isEmpty && entries.isEmpty && excluded.isEmpty && corrected.isEmpty }

        /// A ruling settles a station's sheet.
        ///
        /// The sheet is excluded (annulled, not opened) with the reason, or replaced by the court's
        /// figures. A sheet being keyed leaves the queue.
        mutating func settle(_ station: Int32, excluded reason: String?, corrected entry: SheetEntry?) {
            excluded[station] = reason
            corrected[station] = entry
            entries[station] = nil
        }
    }

    /// A round's declared outcomes, for a record of declared results.
    public struct DeclaredRound: Sendable, Hashable {
        public var outcomes: [String: DeclaredEntry] = [:]
        public var totals: DeclaredTotals?
    }

    /// A constituency's declared outcome and the event that set it.
    public struct DeclaredEntry: Sendable, Hashable {
        public var status: DeclaredStatus
        public var sequence: Int
        public var certainty: Certainty
    }

    /// A declared outcome, or an annulment.
    public enum DeclaredStatus: Sendable, Hashable {
        case declared(DeclaredOutcome.Status)
        case annulled
    }

    public private(set) var events: [JournalEvent] = []
    public private(set) var definition: ElectionDefinition?
    public private(set) var candidacyProblems: [Problem] = []
    /// The definition's files.
    public private(set) var definitionFiles: [FileDigest] = []
    var rounds: [Int: RoundSheets] = [:]
    public private(set) var rulings: [RecordedRuling] = []
    public private(set) var publications: [RecordedPublication] = []
    var outcomeRulings = OutcomeRulings.none
    public private(set) var declared: [Int: DeclaredRound] = [:]
    /// Seats by party as last declared, and the event that declared them.
    public private(set) var declaredSeats: (sequence: Int, seats: [DeclaredSeats])?
    public private(set) var discrepancies: [Discrepancy] = []
    /// Each person's role (by name, without regard to case) and the event where they first acted:
    /// one person, one role.
    var actorRoles: [String: (role: Role, sequence: Int)] = [:]
    /// How many times each round's sheets, and the rulings on outcomes, have changed: what a
    /// round's contenders depend on.
    var sheetRevisions: [Int: Int] = [:]
    var outcomeRevision = 0
    /// Each round's contenders (the runoff pairs for round 2), as last counted, with the
    /// revisions they were counted at: checking a run of round-2 entries counts round 1 once.
    var contendersMemo: [Int: (revisions: [Int], contenders: [Contenders]?)] = [:]

    public init() {}

    /// The number of the last event, 0 when there is none.
    public var head: Int { events.count }

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
        validation: Validation = .trusted
    ) throws(RecordError) -> ElectionRecord {
        var record = ElectionRecord()
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
        events.append(event)
    }

    // MARK: - Taking events

    private mutating func take(
        _ event: JournalEvent,
        blobs: some BlobSource,
        validation: Validation
    ) throws(RecordError) {
        let fail = { (message: Localized) in RecordError(event: event, message: message) }
        guard event.sequence == events.count + 1 else {
            throw fail(
                .init(
                    en: "event number \(event.sequence) out of order: the journal's next number is \(events.count + 1)",
                    fr:
                        "événement n° \(event.sequence) hors d'ordre : le numéro suivant du journal est \(events.count + 1)"
                )
            )
        }
        guard RecordTime.isValid(event.time) else {
            throw fail(
                .init(
                    en: "time '\(event.time)' is not YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ (UTC)",
                    fr: "l'heure « \(event.time) » n'est ni AAAA-MM-JJ ni AAAA-MM-JJTHH:MM:SSZ (UTC)"
                )
            )
        }
        if let last = events.last, RecordTime.isBefore(event.time, last.time) {
            throw fail(
                .init(
                    en: "time \(event.time) is before the previous event's (\(last.time))",
                    fr: "l'heure \(event.time) précède celle de l'événement précédent (\(last.time))"
                )
            )
        }
        try TextCheck(event: event).text(
            event.actor.name,
            field: Localized(en: "the actor's name", fr: "le nom de l'acteur")
        )
        let key = event.actor.name.lowercased()
        if let known = actorRoles[key], known.role != event.actor.role {
            throw fail(
                .init(
                    en:
                        "\(event.actor.name) acts as \(known.role.rawValue) in this record (since event \(known.sequence)) "
                        + "and may not act as \(event.actor.role.rawValue): one person, one role",
                    fr:
                        "\(event.actor.name) agit comme \(known.role.label(.french)) dans ce registre (depuis l'événement "
                        + "\(known.sequence)) et ne peut agir comme \(event.actor.role.label(.french)) : une personne, un rôle"
                )
            )
        }
        let allowed = Role.allowed(event.body)
        guard allowed.contains(event.actor.role) else {
            let names = allowed.map { $0.rawValue }.sorted().joined(separator: ", ")
            throw fail(
                .init(
                    en: "a \(event.actor.role.rawValue) may not record '\(event.body.kind)' (allowed: \(names))",
                    fr: "un \(event.actor.role.label(.french)) ne peut pas enregistrer « \(event.body.kind) » "
                        + "(autorisé : \(names))"
                )
            )
        }
        if case .defineElection(let files) = event.body {
            try define(files, event: event, blobs: blobs)
            actorRoles[key] = (event.actor.role, event.sequence)
            return
        }
        guard let definition else {
            throw fail(
                .init(
                    en: "the election is not defined yet: the first event must define it",
                    fr: "l'élection n'est pas encore définie : le premier événement doit la définir"
                )
            )
        }
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

    private mutating func define(_ files: [FileDigest], event: JournalEvent, blobs: some BlobSource) throws(RecordError)
    {
        guard events.isEmpty else {
            throw RecordError(
                event: event,
                message: .init(
                    en: "the election is defined already (event 1)",
                    fr: "l'élection est déjà définie (événement 1)"
                )
            )
        }
        let bundle = try RecordBundle.files(files, blobs: blobs, event: event)
        let loaded: (definition: ElectionDefinition, candidacy: [Problem])
        do {
            loaded = try DefinitionLoader.load(from: InMemoryBundle(name: "the definition", files: bundle))
        } catch {
            throw RecordError(event: event, problems: error.problems)
        }
        definition = loaded.definition
        candidacyProblems = loaded.candidacy
        definitionFiles = files
    }

    private mutating func importRound(
        _ round: Int,
        files: [FileDigest],
        source: String,
        check: RecordCheck,
        blobs: some BlobSource,
        validation: Validation
    ) throws(RecordError) {
        try check.round(round)
        try check.noDeclaredResults(isDeclared)
        let allowed = Set([
            BundleLayout.sheets(round: round), BundleLayout.votes(round: round), BundleLayout.closed(round: round),
        ])
        for file in files where !allowed.contains(file.path) {
            throw check.error(
                en: "file '\(file.path)' is not a file of round \(round) (sheets.csv, votes.csv, closed.csv)",
                fr:
                    "le fichier « \(file.path) » n'est pas un fichier du tour \(round) (sheets.csv, votes.csv, closed.csv)"
            )
        }
        guard files.contains(where: { $0.path == BundleLayout.sheets(round: round) }) else {
            throw check.error(
                en: "an import needs \(BundleLayout.sheets(round: round))",
                fr: "un import demande \(BundleLayout.sheets(round: round))"
            )
        }
        try check.text(source, field: Localized(en: "the import's source", fr: "la source de l'import"))
        try finalNotProclaimed(round, check: check)
        var sheets = rounds[round] ?? RoundSheets()
        if validation == .full {
            let bytes = try RecordBundle.files(files, blobs: blobs, event: check.event)
            let stations = try RecordBundle.stations(
                in: bytes[BundleLayout.sheets(round: round)] ?? [],
                file: BundleLayout.sheets(round: round),
                definition: check.definition,
                event: check.event
            )
            try check.runoffKnown(
                for: stations,
                round: round,
                contenders: try contenders(ofRound: round, blobs: blobs, event: check.event)
            )
            let known = try importedStations(round: round, blobs: blobs, event: check.event)
            for station in stations.sorted() {
                let code = check.definition.code(of: StationID(Int(station)))
                if known.contains(station) {
                    throw check.error(
                        en: "station \(code) already has a round-\(round) sheet from an earlier import",
                        fr: "le bureau \(code) a déjà un procès-verbal du tour \(round) d'un import précédent"
                    )
                }
                if sheets.entries[station] != nil {
                    throw check.error(
                        en:
                            "station \(code) is being keyed in round \(round): a trusted import would pass over that entry",
                        fr:
                            "le bureau \(code) est en cours de saisie au tour \(round) : un import de confiance passerait outre"
                    )
                }
                if sheets.excluded[station] != nil || sheets.corrected[station] != nil {
                    throw check.error(
                        en: "a ruling already settled station \(code)'s round-\(round) sheet",
                        fr: "une décision a déjà statué sur le procès-verbal du bureau \(code) au tour \(round)"
                    )
                }
            }
            // The whole record with this import must load: a malformed file fails here, whole.
            var trial = self
            var trialSheets = sheets
            trialSheets.imports.append(.init(sequence: check.event.sequence, files: files, source: source))
            trialSheets.importedStations = known.union(stations)
            trial.rounds[round] = trialSheets
            _ = try trial.count(blobs: blobs, throughRound: round, event: check.event)
            sheets = trialSheets
        } else {
            sheets.imports.append(.init(sequence: check.event.sequence, files: files, source: source))
            sheets.importedStations = nil
        }
        rounds[round] = sheets
        sheetRevisions[round, default: 0] += 1
    }

    private mutating func keySheet(
        _ round: Int,
        station code: String,
        action: DataEntryState.Action,
        check: RecordCheck,
        blobs: some BlobSource,
        validation: Validation
    ) throws(RecordError) {
        try check.round(round)
        try check.noDeclaredResults(isDeclared)
        let station = try check.station(code)
        let index = Int32(station.index)
        try finalNotProclaimed(round, check: check)
        switch action {
        case .enter(let entry), .importTrusted(let entry, _):
            try check.entry(entry, for: station)
        case .keep, .sendBack: break
        }
        if case .importTrusted(_, let source) = action {
            try check.text(source, field: Localized(en: "the import's source", fr: "la source de l'import"))
        }
        if let reason = rounds[round]?.excluded[index] {
            throw check.error(
                en: "station \(code)'s round-\(round) sheet was settled by a ruling (\(reason))",
                fr: "le procès-verbal du bureau \(code) au tour \(round) a été tranché par une décision (\(reason))"
            )
        }
        if rounds[round]?.corrected[index] != nil {
            throw check.error(
                en: "station \(code)'s round-\(round) sheet was corrected by a ruling",
                fr: "le procès-verbal du bureau \(code) au tour \(round) a été rectifié par une décision"
            )
        }
        if validation == .full {
            if try importedStations(round: round, blobs: blobs, event: check.event).contains(index) {
                throw check.error(
                    en: "station \(code)'s round-\(round) sheet came in a trusted import; only a ruling can change it",
                    fr: "le procès-verbal du bureau \(code) au tour \(round) vient d'un import de confiance ; "
                        + "seule une décision peut le changer"
                )
            }
            if case .enter = action {
                try check.runoffKnown(
                    for: [index],
                    round: round,
                    contenders: try contenders(ofRound: round, blobs: blobs, event: check.event)
                )
            }
        }
        let state = rounds[round]?.entries[index] ?? .empty
        switch state.transition(action, by: check.event.actor) {
        case .success(let next):
            rounds[round, default: RoundSheets()].entries[index] = next
            sheetRevisions[round, default: 0] += 1
        case .failure(let refusal):
            throw check.error(refusal.message(station: code, round: round))
        }
    }

    private mutating func rule(
        _ ruling: Ruling,
        check: RecordCheck,
        blobs: some BlobSource,
        validation: Validation
    ) throws(RecordError) {
        try check.citation(ruling)
        let citation = ruling.citation
        switch ruling.action {
        case .annulSheet(let round, let code), .markNotOpened(let round, let code, _):
            try check.round(round)
            try check.noDeclaredResults(isDeclared)
            let station = Int32(try check.station(code).index)
            if case .annulSheet = ruling.action, validation == .full {
                let hasSheet =
                    try importedStations(round: round, blobs: blobs, event: check.event).contains(station)
                    || rounds[round]?.entries[station]?.accepted != nil || rounds[round]?.corrected[station] != nil
                guard hasSheet else {
                    throw check.error(
                        en: "station \(code) has no accepted round-\(round) sheet to annul",
                        fr: "le bureau \(code) n'a pas de procès-verbal accepté au tour \(round) à annuler"
                    )
                }
            }
            if validation == .full {
                try check.runoffKnown(
                    for: [station],
                    round: round,
                    contenders: try contenders(ofRound: round, blobs: blobs, event: check.event)
                )
            }
            var reason = "annulled: " + citation
            if case .markNotOpened(_, _, let given) = ruling.action {
                try check.text(given, field: Localized(en: "the reason", fr: "le motif"))
                reason = given + " (" + citation + ")"
            }
            rounds[round, default: RoundSheets()].settle(station, excluded: reason, corrected: nil)
            sheetRevisions[round, default: 0] += 1
        case .correctSheet(let round, let entry):
            try check.round(round)
            try check.noDeclaredResults(isDeclared)
            let station = try check.station(entry.station)
            try check.entry(entry, for: station)
            if validation == .full {
                try check.runoffKnown(
                    for: [Int32(station.index)],
                    round: round,
                    contenders: try contenders(ofRound: round, blobs: blobs, event: check.event)
                )
            }
            rounds[round, default: RoundSheets()].settle(Int32(station.index), excluded: nil, corrected: entry)
            sheetRevisions[round, default: 0] += 1
        case .disqualifyList(let code):
            let list = try check.list(code)
            outcomeRulings.disqualified[list] = citation
            outcomeRevision += 1
        case .overturn(let round, let constituencyCode, let listCode):
            try check.round(round)
            let constituency = try check.constituency(constituencyCode)
            let list = try check.list(listCode, in: constituency)
            if validation == .full, !isDeclared {
                // In a runoff, the court proclaims one of the two lists that ran.
                try check.runsIn(
                    list,
                    constituency: constituency,
                    round: round,
                    contenders: try contenders(ofRound: round, blobs: blobs, event: check.event)
                )
            }
            setOverride(.elected(list), round: round, constituency: constituency, citation: citation)
            setDeclared(.declared(.elected(list: listCode)), round: round, code: constituencyCode, check: check)
        case .declareRunoff(let round, let constituencyCode, let listCodes):
            try check.round(round)
            guard round < check.definition.system.rounds else {
                throw check.error(
                    en: "round \(round) is the last round: it has no runoff",
                    fr: "le tour \(round) est le dernier : il n'a pas de second tour"
                )
            }
            let constituency = try check.constituency(constituencyCode)
            var lists: [ListID] = []
            for code in listCodes { lists.append(try check.list(code, in: constituency)) }
            guard Set(listCodes).count == listCodes.count, listCodes.count == 2 || (isDeclared && listCodes.count < 2)
            else {
                throw check.error(
                    en: "a runoff needs two different lists (given: \(listCodes.joined(separator: ", ")))",
                    fr:
                        "un second tour demande deux listes différentes (données : \(listCodes.joined(separator: ", ")))"
                )
            }
            setOverride(.runoff(lists), round: round, constituency: constituency, citation: citation)
            setDeclared(.declared(.runoff(lists: listCodes)), round: round, code: constituencyCode, check: check)
        case .annulConstituency(let round, let constituencyCode):
            try check.round(round)
            let constituency = try check.constituency(constituencyCode)
            setOverride(.annulled, round: round, constituency: constituency, citation: citation)
            setDeclared(.annulled, round: round, code: constituencyCode, check: check)
        case .settleTie(let round, let constituencyCode, let listCodes, let draw):
            try check.round(round)
            try check.noDeclaredResults(isDeclared)
            let constituency = try check.constituency(constituencyCode)
            var lists: [ListID] = []
            for code in listCodes { lists.append(try check.list(code, in: constituency)) }
            try check.text(draw, field: Localized(en: "the draw", fr: "le tirage"))
            if validation == .full {
                let count = try self.count(blobs: blobs, throughRound: round, event: check.event)
                let outcome = count.rounds.count >= round ? count.rounds[round - 1][constituency].outcome : nil
                guard case .decided(.tie(let tie)) = outcome,
                    let settled = OutcomeRulings.apply(.settled(lists), to: .decided(.tie(tie)), seats: 0),
                    settled != .decided(.tie(tie))
                else {
                    throw check.error(
                        en: "\(constituencyCode) has no tie in round \(round) that these lists settle",
                        fr: "\(constituencyCode) n'a pas d'égalité au tour \(round) que ces listes départagent"
                    )
                }
            }
            setOverride(.settled(lists), round: round, constituency: constituency, citation: citation)
        }
        rulings.append(
            RecordedRuling(
                sequence: check.event.sequence,
                time: check.event.time,
                actor: check.event.actor,
                ruling: ruling
            )
        )
    }

    /// Sheets of a round whose final results are proclaimed change only by a ruling.
    private func finalNotProclaimed(_ round: Int, check: RecordCheck) throws(RecordError) {
        guard let final = publications.first(where: { $0.round == round && $0.stage == .final }) else { return }
        throw check.error(
            en:
                "round \(round)'s final results were proclaimed (event \(final.sequence)): its sheets now change only by a ruling",
            fr: "les résultats définitifs du tour \(round) sont proclamés (événement \(final.sequence)) : ses "
                + "procès-verbaux ne changent plus que par une décision"
        )
    }

    private mutating func setOverride(
        _ override: OutcomeRulings.Override,
        round: Int,
        constituency: ConstituencyID,
        citation: String
    ) {
        outcomeRulings.overrides[round, default: [:]][constituency] = .init(override: override, citation: citation)
        outcomeRevision += 1
    }

    private mutating func setDeclared(_ status: DeclaredStatus, round: Int, code: String, check: RecordCheck) {
        guard isDeclared else { return }
        declared[round, default: DeclaredRound()].outcomes[code] = DeclaredEntry(
            status: status,
            sequence: check.event.sequence,
            certainty: .sourced
        )
    }

    private mutating func publish(
        _ round: Int,
        stage: Stage,
        declaration: Declaration?,
        check: RecordCheck
    ) throws(RecordError) {
        try check.round(round)
        let earlier = publications.filter { $0.round == round }
        switch stage {
        case .provisional:
            if round > 1, !publications.contains(where: { $0.round == round - 1 }) {
                throw check.error(
                    en: "round \(round)'s results may not be published before round \(round - 1)'s",
                    fr: "les résultats du tour \(round) ne peuvent être publiés avant ceux du tour \(round - 1)"
                )
            }
            if earlier.contains(where: { $0.stage == .final }) {
                throw check.error(
                    en: "round \(round)'s final results are proclaimed already: provisional results come before",
                    fr: "les résultats définitifs du tour \(round) sont déjà proclamés : les provisoires viennent avant"
                )
            }
        case .final:
            guard earlier.contains(where: { $0.stage == .provisional }) else {
                throw check.error(
                    en: "round \(round)'s final results need provisional results published first",
                    fr: "les résultats définitifs du tour \(round) demandent d'abord des résultats provisoires"
                )
            }
            guard !earlier.contains(where: { $0.stage == .final }) else {
                throw check.error(
                    en: "round \(round)'s final results are proclaimed already (a later change is a ruling)",
                    fr:
                        "les résultats définitifs du tour \(round) sont déjà proclamés (un changement ultérieur est une décision)"
                )
            }
        }
        if let declaration {
            guard !hasSheets else {
                throw check.error(
                    en: "this record holds tally sheets: its results are counted, not declared",
                    fr: "ce registre contient des procès-verbaux : ses résultats sont comptés, non déclarés"
                )
            }
            try check.declaration(declaration)
            apply(declaration, round: round, stage: stage, sequence: check.event.sequence)
        }
        publications.append(
            RecordedPublication(
                sequence: check.event.sequence,
                time: check.event.time,
                actor: check.event.actor,
                round: round,
                stage: stage,
                declared: declaration
            )
        )
    }

    private mutating func apply(_ declaration: Declaration, round: Int, stage: Stage, sequence: Int) {
        var state = declared[round] ?? DeclaredRound()
        for outcome in declaration.outcomes {
            let status = DeclaredStatus.declared(outcome.status)
            if stage == .final, let before = state.outcomes[outcome.constituency],
                case .declared(let previous) = before.status, outcome.status != .unknown, previous != .unknown,
                !previous.isSame(as: outcome.status)
            {
                discrepancies.append(
                    Discrepancy(
                        sequence: sequence,
                        round: round,
                        constituency: outcome.constituency,
                        before: previous,
                        declared: outcome.status
                    )
                )
            }
            // An unknown outcome does not erase a known one.
            if outcome.status == .unknown, state.outcomes[outcome.constituency] != nil { continue }
            state.outcomes[outcome.constituency] = DeclaredEntry(
                status: status,
                sequence: sequence,
                certainty: outcome.certainty
            )
        }
        if let totals = declaration.totals {
            state.totals = totals
        }
        declared[round] = state
        if !declaration.seats.isEmpty { declaredSeats = (sequence, declaration.seats) }
    }

    // MARK: - Counting

    /// Who may receive votes in each constituency in a round, from the count of the rounds before.
    ///
    /// Nil for round 1 (every list), and for a round whose earlier round has no sheets yet.
    /// Counted once per change of those rounds or of the rulings on outcomes.
    mutating func contenders(
        ofRound round: Int,
        blobs: some BlobSource,
        event: JournalEvent
    ) throws(RecordError) -> [Contenders]? {
        guard round > 1 else { return nil }
        let revisions = (1..<round).map { sheetRevisions[$0] ?? 0 } + [outcomeRevision]
        if let memo = contendersMemo[round], memo.revisions == revisions { return memo.contenders }
        let count = try self.count(blobs: blobs, throughRound: round - 1, event: event)
        let contenders =
            count.rounds.count >= round - 1 ? ElectionCount.nextContenders(after: count.rounds[round - 2]) : nil
        contendersMemo[round] = (revisions, contenders)
        return contenders
    }

    /// Stations with a sheet in the round's imports.
    mutating func importedStations(
        round: Int,
        blobs: some BlobSource,
        event: JournalEvent
    ) throws(RecordError)
        -> Set<Int32>
    {
        guard var sheets = rounds[round], let definition else { return [] }
        if let known = sheets.importedStations { return known }
        var known = Set<Int32>()
        for item in sheets.imports {
            let path = BundleLayout.sheets(round: round)
            let bytes = try RecordBundle.files(item.files.filter { $0.path == path }, blobs: blobs, event: event)
            known.formUnion(
                try RecordBundle.stations(in: bytes[path] ?? [], file: path, definition: definition, event: event)
            )
        }
        sheets.importedStations = known
        rounds[round] = sheets
        return known
    }

    /// The record as a bundle: the definition's files and each round's sheets as they now stand.
    public func bundle(blobs: some BlobSource) throws(RecordError) -> InMemoryBundle {
        try RecordBundle.make(self, blobs: blobs)
    }

    /// The results as they stand: declared, or counted from the sheets.
    public func snapshot(
        blobs: some BlobSource,
        options: LoadOptions = .sequential
    ) throws(RecordError)
        -> ResultsSnapshot
    {
        if isDeclared { return ResultsSnapshot(declared: self) }
        return ResultsSnapshot(count: try count(blobs: blobs, options: options), sequence: head)
    }

    /// Counts the record: the bundle it makes, with the rulings on outcomes.
    public func count(
        blobs: some BlobSource,
        options: LoadOptions = .sequential
    ) throws(RecordError) -> ElectionCount {
        try count(blobs: blobs, throughRound: nil, options: options, event: events.last)
    }

    func count(
        blobs: some BlobSource,
        throughRound: Int?,
        options: LoadOptions = .sequential,
        event: JournalEvent?
    ) throws(RecordError) -> ElectionCount {
        let bundle = try RecordBundle.make(self, blobs: blobs)
        do {
            return try ElectionCount.load(
                from: bundle,
                throughRound: throughRound,
                options: options,
                rulings: outcomeRulings
            )
        } catch {
            throw RecordError(event: event, problems: error.problems)
        }
    }
}

extension Ruling {
    /// The decision as people cite it: `Cour constitutionnelle, arrêt n°2020-04/CC-EL, 2020-04-30`.
    public var citation: String { "\(authority), \(number), \(date)" }
}

/// Times in the journal: `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SSZ`, in UTC.
///
/// A date alone stands for the start of its day (`00:00:00Z`) when times are put in order, and
/// for the whole day when it is the moment of an `--as-of`.
public enum RecordTime {
    /// Whether a text is a real calendar date, with a real time of day when it has one.
    public static func isValid(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10 || bytes.count == 20 else { return false }
        let digits: [Int] =
            bytes.count == 10 ? [0, 1, 2, 3, 5, 6, 8, 9] : [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18]
        for index in digits where !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { return false }
        guard bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
        func number(_ range: ClosedRange<Int>) -> Int { range.reduce(0) { $0 * 10 + Int(bytes[$1] - 48) } }
        let year = number(0...3)
        let month = number(5...6)
        let day = number(8...9)
        guard year >= 1, (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day) else {
            return false
        }
        if bytes.count == 20 {
            guard bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
                bytes[19] == UInt8(ascii: "Z")
            else { return false }
            guard number(11...12) < 24, number(14...15) < 60, number(17...18) < 60 else { return false }
        }
        return true
    }

    /// Days in a month of the Gregorian calendar.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The time with a date alone as the start of its day, so that times compare as texts.
    static func full(_ time: String) -> String { time.utf8.count == 10 ? time + "T00:00:00Z" : time }

    /// Whether `a` is strictly before `b` (a date alone is the start of its day).
    public static func isBefore(_ a: String, _ b: String) -> Bool { full(a) < full(b) }

    /// Whether an event at `time` is at or before `moment`; a date alone as the moment takes
    /// its whole day.
    public static func isAtOrBefore(_ time: String, _ moment: String) -> Bool {
        if moment.utf8.count == 10 { return String(time.prefix(10)) <= moment }
        return full(time) <= moment
    }
}
