public import ScrutinCore

/// The journal as people read it: one line per event, and its filters.
public enum JournalText {
    /// Which events to show.
    public struct Filter: Sendable {
        public var constituency: String?
        public var station: String?
        /// A person: events by any name that is theirs (`Actor.same`).
        public var actor: String?
        /// A kind or its start: `ruling` matches every ruling, `sheet-enter` one kind.
        public var kind: String?
        public var round: Int?

        public init(
            constituency: String? = nil,
            station: String? = nil,
            actor: String? = nil,
            kind: String? = nil,
            round: Int? = nil
        ) {
            self.constituency = constituency
            self.station = station
            self.actor = actor
            self.kind = kind
            self.round = round
        }

        /// Whether an event passes; a station's constituency comes from the definition.
        public func matches(_ event: JournalEvent, definition: ElectionDefinition?) -> Bool {
            let facts = EventFacts(event, definition: definition)
            if let constituency, !facts.constituencies.contains(constituency) { return false }
            if let station, facts.station != station { return false }
            if let actor, !Actor.same(event.actor.name, actor) { return false }
            if let kind, !event.body.kind.hasPrefix(kind) { return false }
            if let round, facts.round != round { return false }
            return true
        }
    }

    /// The journal, filtered: number, time, actor and role, kind, and what the event did.
    public static func render(
        _ events: [JournalEvent],
        definition: ElectionDefinition?,
        filter: Filter = Filter(),
        language: Language
    ) -> String {
        var table = TextTable([
            .init("#", .right), .init(Word.timeUTC(language)), .init(Word.actor(language)),
            .init(Word.role(language)), .init(Word.kind(language)), .init(Word.detail(language)),
        ])
        var shown = 0
        for event in events where filter.matches(event, definition: definition) {
            table.add([
                String(event.sequence), event.time, event.actor.name, event.actor.role.label(language), event.body.kind,
                describe(event.body, language: language),
            ])
            shown += 1
        }
        return table.render() + RecordText.eventsShown(shown: shown, of: events.count)(language) + "\n"
    }

    /// What an event did, in a few words.
    public static func describe(_ body: EventBody, language: Language) -> String {
        func figures(_ entry: SheetEntry) -> String {
            "\(entry.voters)/\(entry.invalid)/\(entry.valid) "
                + entry.votes.map { "\($0.list)=\($0.votes)" }.joined(separator: " ")
        }
        switch body {
        case .defineElection(let files):
            return RecordText.definition(files: files.map(\.path).joined(separator: ", "))(language)
        case .importRound(let round, let files, let source):
            return RecordText.trustedImport(
                round: round,
                source: source,
                files: files.map(\.path).joined(separator: ", "),
                bytes: Format(language).number(files.map(\.size).reduce(0, +))
            )(language)
        case .sheet(let round, let station, let action):
            let what: RecordText
            switch action {
            case .enter(let entry): what = .entry(figures: figures(entry))
            case .keep(let choice): what = .keeps(choice)
            case .sendBack: what = .sendsBack
            case .importTrusted(_, let source): what = .trusted(source: source)
            }
            return RecordText.sheetEvent(round: round, station: station, what: what(language))(language)
        case .ruling(let ruling):
            return ruling.citation + " — " + describe(ruling.action, language: language)
        case .publication(let round, let stage, let declared):
            var text = RecordText.publication(round: round, stage)(language)
            if let declared {
                text += RecordText.declared(
                    constituencies: declared.outcomes.count,
                    national: declared.totals != nil,
                    seats: !declared.seats.isEmpty
                )(language)
            }
            return text
        }
    }

    /// What a ruling does, in a few words.
    public static func describe(_ action: Ruling.Action, language: Language) -> String {
        let text: RecordText
        switch action {
        case .annulSheet(let round, let station): text = .annulsSheet(round: round, station: station)
        case .correctSheet(let round, let sheet):
            text = .correctsSheet(
                round: round,
                station: sheet.station,
                figures: "\(sheet.voters)/\(sheet.invalid)/\(sheet.valid) "
                    + sheet.votes.map { "\($0.list)=\($0.votes)" }.joined(separator: " ")
            )
        case .markNotOpened(let round, let station, let reason):
            text = .notOpened(round: round, station: station, reason: reason)
        case .disqualifyList(let list): text = .disqualifies(list: list)
        case .overturn(let round, let constituency, let list):
            text = .overturn(round: round, constituency: constituency, list: list)
        case .declareRunoff(let round, let constituency, let lists):
            text = .runoff(round: round, constituency: constituency, lists: lists)
        case .annulConstituency(let round, let constituency):
            text = .annulsConstituency(round: round, constituency: constituency)
        case .settleTie(let round, let constituency, let lists, let draw):
            text = .settlesTie(round: round, constituency: constituency, lists: lists, draw: draw)
        }
        return text(language)
    }
}

/// The constituencies, station and round an event is about, for filters.
struct EventFacts {
    var constituencies: Set<String> = []
    var station: String?
    var round: Int?

    init(_ event: JournalEvent, definition: ElectionDefinition?) {
        func stationConstituency(_ code: String) -> String? {
            guard let definition, let station = definition.station(code: code) else { return nil }
            return definition[definition.constituency(of: station)].code
        }
        func listConstituency(_ code: String) -> String? {
            guard let definition, let list = definition.list(code: code) else { return nil }
            return definition[definition.constituency(of: list)].code
        }
        switch event.body {
        case .defineElection: break
        case .importRound(let r, _, _): round = r
        case .sheet(let r, let code, _):
            round = r
            station = code
            if let constituency = stationConstituency(code) { constituencies.insert(constituency) }
        case .publication(let r, _, let declared):
            round = r
            constituencies.formUnion(declared?.outcomes.map(\.constituency) ?? [])
        case .ruling(let ruling):
            switch ruling.action {
            case .annulSheet(let r, let code), .markNotOpened(let r, let code, _):
                round = r
                station = code
                if let constituency = stationConstituency(code) { constituencies.insert(constituency) }
            case .correctSheet(let r, let sheet):
                round = r
                station = sheet.station
                if let constituency = stationConstituency(sheet.station) { constituencies.insert(constituency) }
            case .disqualifyList(let list):
                if let constituency = listConstituency(list) { constituencies.insert(constituency) }
            case .overturn(let r, let c, _), .declareRunoff(let r, let c, _), .annulConstituency(let r, let c),
                .settleTie(let r, let c, _, _):
                round = r
                constituencies.insert(c)
            }
        }
    }
}
