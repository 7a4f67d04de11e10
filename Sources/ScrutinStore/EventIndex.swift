public import ScrutinCore

/// The values of an event that `log` filters on, stored beside it.
public struct EventIndex: Sendable, Hashable {
    public var sequence: Int
    public var time: String
    public var actor: String
    public var role: String
    public var kind: String
    public var round: Int?
    public var constituency: String?
    public var station: String?

    public init(
        sequence: Int,
        time: String,
        actor: String,
        role: String,
        kind: String,
        round: Int?,
        constituency: String?,
        station: String?
    ) {
        self.sequence = sequence
        self.time = time
        self.actor = actor
        self.role = role
        self.kind = kind
        self.round = round
        self.constituency = constituency
        self.station = station
    }

    /// The values of an event.
    public init(_ event: JournalEvent) {
        sequence = event.sequence
        time = event.time
        actor = event.actor.name
        role = event.actor.role.rawValue
        kind = event.body.kind
        switch event.body {
        case .defineElection:
            round = nil
            constituency = nil
            station = nil
        case .importRound(let r, _, _):
            round = r
            constituency = nil
            station = nil
        case .sheet(let r, let s, _):
            round = r
            constituency = nil
            station = s
        case .publication(let r, _, _):
            round = r
            constituency = nil
            station = nil
        case .ruling(let ruling):
            constituency = nil
            station = nil
            round = nil
            switch ruling.action {
            case .annulSheet(let r, let s), .markNotOpened(let r, let s, _):
                round = r
                station = s
            case .correctSheet(let r, let sheet):
                round = r
                station = sheet.station
            case .disqualifyList: break
            case .overturn(let r, let c, _), .declareRunoff(let r, let c, _), .annulConstituency(let r, let c),
                .settleTie(let r, let c, _, _):
                round = r
                constituency = c
            }
        }
    }
}
