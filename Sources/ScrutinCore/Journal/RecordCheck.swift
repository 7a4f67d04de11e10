/// Why an event may not enter the record: the event, and the refusal (with its code, `R…`).
public struct RecordError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The event's number, or nil when the error is not about one event.
    public var sequence: Int?
    /// The event's kind (`ruling-annul-sheet`), or empty.
    public var kind: String
    public var refusal: RecordRefusal

    public init(sequence: Int?, kind: String, refusal: RecordRefusal) {
        self.sequence = sequence
        self.kind = kind
        self.refusal = refusal
    }

    init(event: JournalEvent?, refusal: RecordRefusal) {
        self.init(sequence: event?.sequence, kind: event?.body.kind ?? "", refusal: refusal)
    }

    /// An event whose files do not load: the first problems, with their files and lines.
    init(event: JournalEvent?, problems: [Problem]) {
        self.init(event: event, refusal: .filesDoNotLoad(problems))
    }

    /// The refusal's code.
    public var code: RefusalCode { refusal.code }

    /// What is wrong, without the event or the code.
    public var message: Message { refusal.message }

    /// The error comes from a stored file that cannot be read or was changed (`ChangedBlob`):
    /// the file holding the record is damaged, the event is not at fault.
    public var storedFileDamaged: Bool {
        switch refusal {
        case .storedFileUnreadable, .storedFileChanged: true
        default: false
        }
    }

    /// The error on one line, in both languages: `event 12 (ruling-annul-sheet) R309: …`.
    public var text: Message {
        guard let sequence else { return CoreText.refusalLine(code: code, message: message).message }
        return CoreText.eventRefusalLine(sequence: sequence, kind: kind, code: code, message: message).message
    }

    /// The error on one line.
    public func line(_ language: Language) -> String { text(language) }

    public var description: String { line(.english) }
}

/// The checks an event goes through against the election's definition.
struct RecordCheck {
    let event: JournalEvent
    let definition: ElectionDefinition

    func error(_ refusal: RecordRefusal) -> RecordError { RecordError(event: event, refusal: refusal) }

    func text(_ value: String, field: RecordField) throws(RecordError) {
        try TextCheck(event: event).text(value, field: field)
    }

    func round(_ round: Int) throws(RecordError) {
        let rounds = definition.system.rounds
        guard (1...rounds).contains(round) else { throw error(.noSuchRound(round, rounds: rounds)) }
    }

    func noDeclaredResults(_ isDeclared: Bool) throws(RecordError) {
        guard !isDeclared else { throw error(.declaredNotSheets) }
    }

    func station(_ code: String) throws(RecordError) -> StationID {
        guard let station = definition.station(code: code) else {
            throw error(.unknownStation(Problem.displayable(code, language: .english)))
        }
        return station
    }

    func constituency(_ code: String) throws(RecordError) -> ConstituencyID {
        guard let constituency = definition.constituency(code: code) else {
            throw error(.unknownConstituency(Problem.displayable(code, language: .english)))
        }
        return constituency
    }

    func list(_ code: String) throws(RecordError) -> ListID {
        guard let list = definition.list(code: code) else {
            throw error(.unknownList(Problem.displayable(code, language: .english)))
        }
        return list
    }

    func list(_ code: String, in constituency: ConstituencyID) throws(RecordError) -> ListID {
        let list = try self.list(code)
        guard definition.constituency(of: list) == constituency else {
            throw error(.listNotInConstituency(list: code, constituency: definition[constituency].code))
        }
        return list
    }

    /// How long before the election's first round a decision may be dated: candidacies are
    /// ruled on months before the vote, not years.
    static let daysBeforeFirstRound = 366

    /// A ruling's citation: its texts; its date, a real date from a year before the election's
    /// first round to the event's own day (a decision is recorded after it is made); and its
    /// number, which names one decision: cited again, it must be with the same date, on
    /// something else (one decision may rule on several sheets or constituencies, not twice on
    /// one).
    func citation(_ ruling: Ruling, earlier: [ElectionRecord.RecordedRuling]) throws(RecordError) {
        try text(ruling.authority, field: .authority)
        try text(ruling.number, field: .number)
        if let note = ruling.note {
            try text(note, field: .note)
        }
        guard ruling.date.utf8.count == 10, let day = RecordTime.dayNumber(ruling.date) else {
            throw error(.rulingDateFormat(ruling.date))
        }
        if let first = definition.settings.rounds.map(\.date).min(), let firstDay = RecordTime.dayNumber(first),
            day < firstDay - Self.daysBeforeFirstRound
        {
            throw error(.rulingDateTooEarly(date: ruling.date, firstRound: first))
        }
        if let eventDay = RecordTime.dayNumber(event.time), day > eventDay {
            throw error(.rulingDateAfterEvent(date: ruling.date, time: event.time))
        }
        let decision = Self.decisionKey(ruling)
        for other in earlier where Self.decisionKey(other.ruling) == decision {
            let cited = "\(other.ruling.authority), \(other.ruling.number)"
            guard other.ruling.date == ruling.date else {
                throw error(.rulingNumberReused(cited: cited, sequence: other.sequence, date: other.ruling.date))
            }
            guard other.ruling.action.subject != ruling.action.subject else {
                throw error(.rulingSameSubject(cited: cited, sequence: other.sequence))
            }
        }
    }

    /// What identifies a decision: its authority and number, as people read them (look-alike
    /// letters, case and spaces aside: `arrêt n°7` and `Arrêt n° 7`).
    static func decisionKey(_ ruling: Ruling) -> [String] {
        [ruling.authority, ruling.number].map { Confusables.skeleton($0).filter { $0 != " " } }
    }

    /// A court's figures for a sheet add up: voters are invalid plus valid ballots, and the
    /// lists' votes are the valid votes (a clerk keys a sheet as written, errors and all; a court
    /// that corrects it gives figures that hold).
    func addsUp(_ entry: SheetEntry) throws(RecordError) {
        let (ballots, ballotsOverflow) = entry.invalid.addingReportingOverflow(entry.valid)
        guard !ballotsOverflow, entry.voters == ballots else {
            let sum = ballotsOverflow ? "…" : String(ballots)
            throw error(.courtBallots(voters: entry.voters, invalid: entry.invalid, valid: entry.valid, sum: sum))
        }
        var votes = 0
        for item in entry.votes {
            let (sum, overflow) = votes.addingReportingOverflow(item.votes)
            guard !overflow else { throw error(.courtVotesOverflow) }
            votes = sum
        }
        guard votes == entry.valid else { throw error(.courtVotes(votes: votes, valid: entry.valid)) }
    }

    /// A keyed or corrected sheet: its station, its lists, its numbers.
    func entry(_ entry: SheetEntry, for station: StationID) throws(RecordError) {
        let code = definition.code(of: station)
        guard entry.station == code else {
            throw error(
                .otherStationSheet(given: Problem.displayable(entry.station, language: .english), station: code)
            )
        }
        let constituency = definition.constituency(of: station)
        for item in entry.votes { _ = try list(item.list, in: constituency) }
        let fields: [(SheetField, Int)] = [
            (.registered, entry.registered), (.voters, entry.voters), (.invalid, entry.invalid), (.valid, entry.valid),
        ]
        for (field, value) in fields + entry.votes.map({ (.votes(list: $0.list), $0.votes) }) where value < 0 {
            throw error(.negativeCount(field, value: value))
        }
        guard Set(entry.votes.map(\.list)).count == entry.votes.count else { throw error(.listTwice) }
    }

    /// Round-N sheets need the constituency's runoff known after round N−1 (`contenders`: nil in
    /// round 1).
    func runoffKnown(
        for stations: some Collection<Int32>,
        round: Int,
        contenders: [Contenders]?
    ) throws(RecordError) {
        guard let contenders else { return }
        for station in stations.sorted() {
            let id = StationID(Int(station))
            let constituency = definition.constituency(of: id)
            let (code, name) = (definition.code(of: id), definition[constituency].code)
            switch contenders[constituency.index] {
            case .lists: continue
            case .decidedEarlier: throw error(.decidedEarlier(station: code, constituency: name, round: round))
            case .awaitingEarlierRound: throw error(.runoffNotKnown(station: code, constituency: name, round: round))
            }
        }
    }

    /// A list runs in the constituency in this round (round 2: it is one of the runoff pair).
    func runsIn(
        _ list: ListID,
        constituency: ConstituencyID,
        round: Int,
        contenders: [Contenders]?
    ) throws(RecordError) {
        guard let contenders else { return }
        let code = definition[constituency].code
        switch contenders[constituency.index] {
        case .lists(let lists) where lists.contains(list): return
        case .lists(let lists):
            let pair = lists.map { definition[$0].code }
            throw error(.notInRunoff(list: definition[list].code, constituency: code, round: round, pair: pair))
        case .decidedEarlier: throw error(.decidedEarlier(station: nil, constituency: code, round: round))
        case .awaitingEarlierRound: throw error(.runoffNotKnown(station: nil, constituency: code, round: round))
        }
    }

    /// A declaration's constituencies, lists and parties exist.
    func declaration(_ declaration: Declaration) throws(RecordError) {
        for outcome in declaration.outcomes {
            let constituency = try self.constituency(outcome.constituency)
            switch outcome.status {
            case .elected(let list): _ = try self.list(list, in: constituency)
            case .runoff(let lists):
                for list in lists { _ = try self.list(list, in: constituency) }
                guard lists.count <= 2 else { throw error(.declaredRunoffPair) }
            case .unknown: break
            }
        }
        for seats in declaration.seats {
            guard definition.party(code: seats.party) != nil else { throw error(.unknownParty(seats.party)) }
        }
    }
}

/// The checks of a text a person gave, for any event.
struct TextCheck {
    let event: JournalEvent

    func error(_ refusal: RecordRefusal) -> RecordError { RecordError(event: event, refusal: refusal) }

    /// A text a person gave: not empty, no spaces at either end, no control or invisible
    /// formatting character (a line break or an escape sequence could forge a line of the log).
    func text(_ value: String, field: RecordField) throws(RecordError) {
        let shown = Problem.displayable(value, language: .english)
        guard value.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw error(.emptyText(field))
        }
        guard value.unicodeScalars.first.map({ !$0.properties.isWhitespace }) == true,
            value.unicodeScalars.last.map({ !$0.properties.isWhitespace }) == true
        else { throw error(.spaceAtEnds(field, value: shown)) }
        if ForbiddenCharacters.first(in: value) != nil { throw error(.forbiddenCharacter(field, value: shown)) }
        guard value.unicodeScalars.count <= 1000 else { throw error(.textTooLong(field)) }
    }

    /// A person's name: a text (`text(_:field:)`) whose letters are of one script
    /// (`Confusables.mixedScripts`): Latin `clerk-a` with a Cyrillic `а` would pass for another
    /// person's name.
    func name(_ value: String, field: RecordField) throws(RecordError) {
        try text(value, field: field)
        if let scripts = Confusables.mixedScripts(value) {
            let shown = Problem.displayable(value, language: .english)
            throw error(.mixedScripts(field, value: shown, scripts: scripts.map(\.rawValue).joined(separator: ", ")))
        }
    }
}

extension Ruling.Action {
    /// What a ruling acts on: a round's sheet of a station, a list, or a round's outcome in a
    /// constituency.
    ///
    /// One decision rules once on each.
    var subject: [String] {
        switch self {
        case .annulSheet(let round, let station), .markNotOpened(let round, let station, _):
            ["sheet", String(round), station]
        case .correctSheet(let round, let sheet): ["sheet", String(round), sheet.station]
        case .disqualifyList(let list): ["list", list]
        case .overturn(let round, let constituency, _), .declareRunoff(let round, let constituency, _),
            .annulConstituency(let round, let constituency), .settleTie(let round, let constituency, _, _):
            ["outcome", String(round), constituency]
        }
    }
}
