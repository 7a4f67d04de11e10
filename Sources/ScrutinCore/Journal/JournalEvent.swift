/// A file of a bundle kept in the record: its path and the SHA-256 of its bytes (hexadecimal).
///
/// Events refer to files by digest; the bytes are kept beside the journal, and checking a file is
/// hashing it again.
public struct FileDigest: Sendable, Hashable, Codable {
    public var path: String
    public var sha256: String
    public var size: Int

    public init(path: String, sha256: String, size: Int) {
        self.path = path
        self.sha256 = sha256
        self.size = size
    }
}

/// What happened, in one event of an election's record.
public enum EventBody: Sendable, Hashable, Codable {
    /// The election's definition: `election.json`, parties, constituencies, lists, candidates,
    /// stations (and `previous.csv`). Always the first event.
    case defineElection(files: [FileDigest])
    /// A round's tally sheets from a trusted transmission, accepted without double entry, visibly:
    /// `round-N/sheets.csv`, `votes.csv` and `closed.csv`.
    case importRound(round: Int, files: [FileDigest], source: String)
    /// An action on one station's sheet: an entry, a supervisor's choice.
    case sheet(round: Int, station: String, action: DataEntryState.Action)
    /// A decision of the court (or of the authority it names).
    case ruling(Ruling)
    /// The publication of a round's results: provisional (the ministry) or final (the court).
    ///
    /// Where the record holds the tally sheets, the published results are the count as it stands;
    /// `declared` is nil. Where it does not (an election rebuilt from published results, like the
    /// embedded 2020 one), the publication carries the results as the authority declared them.
    case publication(round: Int, stage: Stage, declared: Declaration?)

    /// A short name of the kind, for logs and filters.
    public var kind: String {
        switch self {
        case .defineElection: "define"
        case .importRound: "import"
        case .sheet(_, _, let action): "sheet-" + action.kind.rawValue
        case .ruling(let ruling): "ruling-" + ruling.action.kind
        case .publication(_, let stage, _): "publish-" + stage.rawValue
        }
    }
}

/// A decision that changes the record: it cites its authority, number and date.
public struct Ruling: Sendable, Hashable, Codable {
    /// Who decided, like `Cour constitutionnelle`.
    public var authority: String
    /// The decision's number, like `arrêt n°2020-04/CC-EL`.
    public var number: String
    /// `YYYY-MM-DD`.
    public var date: String
    public var action: Action
    /// What the record knows of the decision beyond its action: its grounds, or, for a decision
    /// rebuilt from press reports, the sources and how sure they are.
    public var note: String?

    public init(authority: String, number: String, date: String, action: Action, note: String? = nil) {
        self.authority = authority
        self.number = number
        self.date = date
        self.action = action
        self.note = note
    }

    /// What a ruling does.
    public enum Action: Sendable, Hashable, Codable {
        /// The station's sheet no longer counts; the station is treated as not opened.
        case annulSheet(round: Int, station: String)
        /// The accepted sheet is replaced by the court's figures.
        case correctSheet(round: Int, sheet: SheetEntry)
        /// The station did not open (its sheet, if any, no longer counts).
        case markNotOpened(round: Int, station: String, reason: String)
        /// The list's candidacy is rejected: it can win nothing, its votes stay valid votes.
        case disqualifyList(list: String)
        /// The court proclaims another list elected in the constituency for this round.
        case overturn(round: Int, constituency: String, list: String)
        /// The court names the runoff pair of a constituency after this round (or sends to a
        /// runoff a constituency declared won): the lists, when the decision names them.
        case declareRunoff(round: Int, constituency: String, lists: [String])
        /// The constituency's election in this round is annulled; a new vote is due.
        case annulConstituency(round: Int, constituency: String)
        /// A tie settled (by drawing lots, or by the court): the lists that win it, and how.
        case settleTie(round: Int, constituency: String, lists: [String], draw: String)

        public var kind: String {
            switch self {
            case .annulSheet: "annul-sheet"
            case .correctSheet: "correct-sheet"
            case .markNotOpened: "not-opened"
            case .disqualifyList: "disqualify-list"
            case .overturn: "overturn"
            case .declareRunoff: "declare-runoff"
            case .annulConstituency: "annul-constituency"
            case .settleTie: "settle-tie"
            }
        }
    }
}

/// One event of the record: who did what, when.
///
/// The journal adds the hashes that chain events.
public struct JournalEvent: Sendable, Hashable, Codable {
    /// The event's position in the journal, from 1.
    public var sequence: Int
    /// When it was recorded: ISO 8601 in UTC, like `2020-04-30T18:00:00Z`.
    public var time: String
    public var actor: Actor
    public var body: EventBody

    public init(sequence: Int, time: String, actor: Actor, body: EventBody) {
        self.sequence = sequence
        self.time = time
        self.actor = actor
        self.body = body
    }
}

extension Role {
    /// The roles that may record an event of this kind.
    public static func allowed(_ body: EventBody) -> Set<Role> {
        switch body {
        case .defineElection, .importRound: [.administrator]
        case .sheet(_, _, let action): allowed(action.kind)
        case .ruling: [.court]
        case .publication(_, .provisional, _): [.ministry]
        case .publication(_, .final, _): [.court]
        }
    }
}
