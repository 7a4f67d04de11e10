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
        let french = language == .french
        var table = TextTable([
            .init("#", .right), .init(french ? "Heure (UTC)" : "Time (UTC)"), .init(french ? "Acteur" : "Actor"),
            .init(french ? "Rôle" : "Role"), .init(french ? "Type" : "Kind"), .init(french ? "Détail" : "Detail"),
        ])
        var shown = 0
        for event in events where filter.matches(event, definition: definition) {
            table.add([
                String(event.sequence), event.time, event.actor.name, event.actor.role.label(language), event.body.kind,
                describe(event.body, language: language),
            ])
            shown += 1
        }
        let summary =
            french
            ? "\(shown) événement\(shown == 1 ? "" : "s") sur \(events.count)\n"
            : "\(shown) of \(events.count) event\(events.count == 1 ? "" : "s")\n"
        return table.render() + summary
    }

    /// What an event did, in a few words.
    public static func describe(_ body: EventBody, language: Language) -> String {
        let french = language == .french
        let round = french ? "tour" : "round"
        switch body {
        case .defineElection(let files):
            return (french ? "définition : " : "definition: ") + files.map(\.path).joined(separator: ", ")
        case .importRound(let r, let files, let source):
            let size = files.map(\.size).reduce(0, +)
            return "\(round) \(r): "
                + (french ? "import de confiance de « \(source) » (" : "trusted import from '\(source)' (")
                + files.map(\.path).joined(separator: ", ") + ", \(Format(language).number(size)) "
                + (french ? "octets)" : "bytes)")
        case .sheet(let r, let station, let action):
            let what: String
            switch action {
            case .enter(let entry):
                what =
                    (french ? "saisie " : "entry ")
                    + "\(entry.voters)/\(entry.invalid)/\(entry.valid) "
                    + entry.votes.map { "\($0.list)=\($0.votes)" }.joined(separator: " ")
            case .keep(let choice):
                what =
                    french
                    ? "garde la \(choice == .first ? "première" : "seconde") saisie"
                    : "keeps the \(choice.rawValue) entry"
            case .sendBack: what = french ? "renvoie à la saisie" : "sends back to be keyed again"
            case .importTrusted(_, let source): what = (french ? "import de confiance : " : "trusted: ") + source
            }
            return "\(round) \(r), " + (french ? "bureau" : "station") + " \(station): " + what
        case .ruling(let ruling):
            return ruling.citation + " — " + describe(ruling.action, language: language)
        case .publication(let r, let stage, let declared):
            let stageText =
                french
                ? (stage == .provisional ? "résultats provisoires" : "résultats définitifs")
                : "\(stage.rawValue) results"
            var text = "\(round) \(r): " + stageText
            if let declared {
                text +=
                    french
                    ? " déclarés (\(declared.outcomes.count) circonscriptions"
                    : " as declared (\(declared.outcomes.count) constituencies"
                text += declared.totals == nil ? "" : (french ? ", chiffres nationaux" : ", national figures")
                text += declared.seats.isEmpty ? "" : (french ? ", sièges par parti" : ", seats by party")
                text += ")"
            }
            return text
        }
    }

    /// What a ruling does, in a few words.
    public static func describe(_ action: Ruling.Action, language: Language) -> String {
        let french = language == .french
        let round = french ? "tour" : "round"
        switch action {
        case .annulSheet(let r, let station):
            return french
                ? "annule le procès-verbal du bureau \(station) au \(round) \(r)"
                : "annuls station \(station)'s sheet, round \(r)"
        case .correctSheet(let r, let sheet):
            return
                (french
                ? "rectifie le procès-verbal du bureau \(sheet.station) au tour \(r) : "
                : "corrects station \(sheet.station)'s sheet, round \(r): ")
                + "\(sheet.voters)/\(sheet.invalid)/\(sheet.valid) "
                + sheet.votes.map { "\($0.list)=\($0.votes)" }.joined(separator: " ")
        case .markNotOpened(let r, let station, let reason):
            return french
                ? "bureau \(station) non ouvert au tour \(r) (\(reason))"
                : "station \(station) did not open, round \(r) (\(reason))"
        case .disqualifyList(let list):
            return french ? "invalide la liste \(list)" : "disqualifies list \(list)"
        case .overturn(let r, let constituency, let list):
            return french
                ? "\(constituency), tour \(r) : proclame la liste \(list) élue"
                : "\(constituency), round \(r): proclaims list \(list) elected"
        case .declareRunoff(let r, let constituency, let lists):
            let pair =
                lists.isEmpty
                ? (french ? "paire non précisée" : "pair not named")
                : lists.joined(separator: french ? " contre " : " vs ")
            return french
                ? "\(constituency), tour \(r) : second tour \(pair)" : "\(constituency), round \(r): runoff \(pair)"
        case .annulConstituency(let r, let constituency):
            return french
                ? "\(constituency), tour \(r) : élection annulée" : "\(constituency), round \(r): election annulled"
        case .settleTie(let r, let constituency, let lists, let draw):
            return french
                ? "\(constituency), tour \(r) : égalité tranchée pour \(lists.joined(separator: ", ")) (\(draw))"
                : "\(constituency), round \(r): tie settled for \(lists.joined(separator: ", ")) (\(draw))"
        }
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
