public import ScrutinCore

/// The results of a counted election as plain values: what `scrutin results` prints, in every format.
///
/// The JSON form is this type encoded with sorted keys; its `schema` names the version. Counts are
/// integers; shares are integers in hundredths of a percent (`3558` is 35.58 %), rounded half up.
/// Absent values are omitted.
public struct ResultsDocument: Codable, Sendable, Hashable {
    public static let schemaVersion = "scrutin.results/1"

    public var schema = Self.schemaVersion
    public var election: Election
    public var rounds: [Round]
    public var seats: Seats
    public var problems: ProblemSummary

    public struct Election: Codable, Sendable, Hashable {
        public var name: String
        public var system: String
        public var seats: Int
        public var majority: Int
        public var synthetic: Bool
        public var previousElection: String?
        public var rounds: [RoundDate]
    }

    public struct RoundDate: Codable, Sendable, Hashable {
        public var round: Int
        public var date: String
    }

    /// Figures of an area (nation, region) or a constituency.
    public struct Figures: Codable, Sendable, Hashable {
        public var registered: Int64
        public var voters: Int64
        public var invalid: Int64
        public var valid: Int64
        /// Registered voters on the register, for every station where the round is held.
        public var roll: Int64
        public var turnoutBasisPoints: Int64?
        public var invalidBasisPoints: Int64?
        public var stations: Coverage

        init(totals: Totals, roll: Int64, coverage: Coverage) {
            registered = totals.registered
            voters = totals.voters
            invalid = totals.invalid
            valid = totals.valid
            self.roll = roll
            turnoutBasisPoints = totals.turnoutBasisPoints
            invalidBasisPoints = totals.invalidBasisPoints
            stations = coverage
        }
    }

    public struct Round: Codable, Sendable, Hashable {
        public var round: Int
        public var date: String
        /// Whether the bundle holds this round's sheets.
        public var held: Bool
        public var nation: Figures
        /// Constituencies where the round is held, and how many are decided.
        public var contested: Int
        public var decided: Int
        public var regions: [Region]
        public var constituencies: [Constituency]
        /// Station by station, for the constituencies asked for (`--constituency`).
        public var stations: [Station]?
    }

    public struct Region: Codable, Sendable, Hashable {
        public var name: String
        public var figures: Figures
        public var contested: Int
        public var decided: Int
    }

    /// A constituency's status in a round, as a stable word.
    public enum Status: String, Codable, Sendable, Hashable {
        case elected
        case runoff
        case tie
        case counting
        case blocked
        case annulled
        case decidedEarlier = "decided-earlier"
        case awaitingEarlierRound = "awaiting-earlier-round"
    }

    public struct Constituency: Codable, Sendable, Hashable {
        public var code: String
        public var name: String
        public var region: String
        public var seats: Int
        public var status: Status
        public var figures: Figures?
        /// Running lists, most votes first.
        public var lists: [ListResult]
        /// The elected list (status `elected`).
        public var elected: String?
        /// The lists going to the next round (status `runoff`).
        public var runoff: [String]?
        public var tie: TieInfo?
        /// The lists ahead so far (status `counting` or `blocked`).
        public var leaders: [String]?
    }

    public struct ListResult: Codable, Sendable, Hashable {
        public var code: String
        public var name: String
        /// Member party codes; empty for independents.
        public var parties: [String]
        public var votes: Int64
        /// Share of valid votes.
        public var shareBasisPoints: Int64?
    }

    public struct TieInfo: Codable, Sendable, Hashable {
        /// `seats` or `qualification`.
        public var stake: String
        public var tied: [String]
        public var settled: [String]
        public var places: Int
        public var votes: Int64
    }

    public struct Station: Codable, Sendable, Hashable {
        public var code: String
        public var name: String
        public var constituency: String
        /// `counted`, `closed`, `quarantined` or `missing`.
        public var state: String
        public var registeredOnRegister: Int
        public var registered: Int64?
        public var voters: Int64?
        public var invalid: Int64?
        public var valid: Int64?
        public var turnoutBasisPoints: Int64?
        /// Votes by list code.
        public var votes: [String: Int64]?
        /// Why the station did not open.
        public var closedReason: String?
    }

    public struct Seats: Codable, Sendable, Hashable {
        public var seats: Int
        public var majority: Int
        public var filled: Int
        public var undecided: Int
        public var unfilled: Int
        /// The code of the party that holds a majority, or absent.
        public var majorityHolder: String?
        public var women: Int
        public var parties: [PartySeats]
        public var elected: [ElectedPerson]
    }

    public struct PartySeats: Codable, Sendable, Hashable {
        /// The party code; absent for independents.
        public var party: String?
        public var name: String
        public var byRound: [Int]
        public var total: Int
        public var previous: Int?
        public var change: Int?
        /// True when the party had no seat line at the previous election.
        public var new: Bool?
        public var women: Int
    }

    public struct ElectedPerson: Codable, Sendable, Hashable {
        public var name: String
        public var gender: String
        public var party: String?
        public var list: String
        public var constituency: String
        public var round: Int
    }

    public struct ProblemSummary: Codable, Sendable, Hashable {
        public var errors: Int
        public var warnings: Int
        public var quarantinedSheets: Int
    }
}

extension ResultsDocument {
    /// What to put in the document.
    public struct Selection: Sendable, Hashable {
        /// Only this round; nil for all.
        public var round: Int?
        /// Only this constituency (with its stations); nil for all.
        public var constituency: String?
        /// Include station-by-station figures even without a constituency.
        public var stations: Bool

        public init(round: Int? = nil, constituency: String? = nil, stations: Bool = false) {
            self.round = round
            self.constituency = constituency
            self.stations = stations
        }
    }

    /// Builds the document of a counted election.
    ///
    /// - Complexity: O(constituencies × lists), plus O(stations) of the selected constituency.
    public init(
        _ count: ElectionCount,
        selection: Selection = Selection(),
        independentsLabel: String = Word.independents(.english)
    ) {
        let definition = count.definition
        let settings = definition.settings
        election = Election(
            name: settings.name,
            system: settings.system,
            seats: settings.seats,
            majority: settings.majority,
            synthetic: settings.isSynthetic,
            previousElection: settings.previousElection,
            rounds: settings.rounds.map { RoundDate(round: $0.number, date: $0.date) }
        )
        let selected = selection.constituency.flatMap { definition.constituency(code: $0) }
        rounds = count.rounds
            .filter { selection.round == nil || $0.round == selection.round }
            .map { Self.round($0, count: count, only: selected, stations: selection.stations || selected != nil) }
        seats = Self.seats(count.seats, definition: definition, independentsLabel: independentsLabel)
        let all = count.problems
        let quarantined = count.rounds.reduce(0) { total, round in
            total + (0..<round.sheets.count).count { round.sheets.state(ofSheet: $0) == .quarantined }
        }
        problems = ProblemSummary(
            errors: all.count { $0.severity >= .error },
            warnings: all.count { $0.severity == .warning },
            quarantinedSheets: quarantined
        )
    }

    static func round(
        _ round: RoundCount,
        count: ElectionCount,
        only: ConstituencyID?,
        stations withStations: Bool
    )
        -> Round
    {
        let definition = count.definition
        let date = definition.settings.rounds.first { $0.number == round.round }?.date ?? ""
        let constituencies = round.constituencies
            .filter { only == nil || $0.constituency == only }
            .map { constituency($0, definition: definition) }
        let regions = definition.regions.enumerated().map { index, name in
            let area = round.regions[index]
            return Region(
                name: name,
                figures: Figures(totals: area.totals, roll: area.roll, coverage: area.coverage),
                contested: area.contested,
                decided: area.decided
            )
        }
        var stations: [Station]?
        if withStations {
            let ids = only.map { definition.stations(in: $0) } ?? definition.stations.indices.map(StationID.init)
            stations = ids.compactMap { station(round: round, station: $0, definition: definition) }
        }
        return Round(
            round: round.round,
            date: date,
            held: round.isHeld,
            nation: Figures(totals: round.nation.totals, roll: round.nation.roll, coverage: round.nation.coverage),
            contested: round.nation.contested,
            decided: round.nation.decided,
            regions: regions,
            constituencies: constituencies,
            stations: stations
        )
    }

    static func constituency(_ count: ConstituencyCount, definition: ElectionDefinition) -> Constituency {
        let value = definition[count.constituency]
        let code = { (list: ListID) in definition[list].code }
        let standings = count.standings(in: definition)
        let lists = standings.map { entry in
            ListResult(
                code: definition[entry.list].code,
                name: definition[entry.list].name,
                parties: definition[entry.list].parties,
                votes: entry.votes,
                shareBasisPoints: Ratio.basisPoints(entry.votes, of: count.totals.valid)
            )
        }
        var result = Constituency(
            code: value.code,
            name: value.name,
            region: value.region,
            seats: value.seats,
            status: .counting,
            figures: count.contenders.isContested
                ? Figures(totals: count.totals, roll: count.roll, coverage: count.coverage) : nil,
            lists: lists
        )
        switch count.outcome {
        case .annulled:
            result.status = .annulled
        case .noContest:
            result.status = count.contenders == .decidedEarlier ? .decidedEarlier : .awaitingEarlierRound
            result.lists = []
        case .counting(let leaders):
            result.status = .counting
            result.leaders = leaders.map(code)
        case .blocked(let leaders):
            result.status = .blocked
            result.leaders = leaders.map(code)
        case .decided(.elected(let awards)):
            result.status = .elected
            result.elected = awards.first.map { code($0.list) }
        case .decided(.runoff(let qualified)):
            result.status = .runoff
            result.runoff = qualified.map(code)
        case .decided(.tie(let tie)):
            result.status = .tie
            result.tie = TieInfo(
                stake: tie.stake.rawValue,
                tied: tie.tied.map(code),
                settled: tie.settled.map(code),
                places: tie.places,
                votes: tie.votes
            )
        }
        return result
    }

    static func station(round: RoundCount, station: StationID, definition: ElectionDefinition) -> Station? {
        let value = definition[station]
        let state: String
        switch round.state(of: station) {
        case .notExpected: return nil
        case .missing: state = "missing"
        case .counted: state = "counted"
        case .closed: state = "closed"
        case .quarantined: state = "quarantined"
        }
        var result = Station(
            code: value.code,
            name: value.name,
            constituency: value.constituency,
            state: state,
            registeredOnRegister: value.registered,
            closedReason: round.closedReasons[station]
        )
        if let sheet = round.sheets.sheet(of: station) {
            let figures = round.sheets.figures(ofSheet: sheet)
            result.registered = figures.registered
            result.voters = figures.voters
            result.invalid = figures.invalid
            result.valid = figures.valid
            if let voters = figures.voters, let registered = figures.registered {
                result.turnoutBasisPoints = Ratio.basisPoints(voters, of: registered)
            }
            var votes: [String: Int64] = [:]
            for (list, value) in round.sheets.votes(ofSheet: sheet, in: definition) {
                if let value { votes[definition[list].code] = value }
            }
            result.votes = votes
        }
        return result
    }

    static func seats(_ table: SeatTable, definition: ElectionDefinition, independentsLabel: String) -> Seats {
        let holder: String?
        switch table.majorityHolder {
        case .party(let party): holder = definition[party].code
        case .none: holder = nil
        }
        return Seats(
            seats: table.seats,
            majority: table.majority,
            filled: table.filled,
            undecided: table.undecided,
            unfilled: table.unfilled,
            majorityHolder: holder,
            women: table.women,
            parties: table.rows.map { row in
                PartySeats(
                    party: row.party.map { definition[$0].code },
                    name: row.party.map { definition[$0].name } ?? independentsLabel,
                    byRound: row.byRound,
                    total: row.total,
                    previous: row.previous,
                    change: row.change,
                    new: table.hasPrevious && row.previous == nil ? true : nil,
                    women: row.women
                )
            },
            elected: table.elected.map { person in
                ElectedPerson(
                    name: person.candidate.name,
                    gender: person.candidate.gender.rawValue,
                    party: person.party.map { definition[$0].code },
                    list: definition[person.list].code,
                    constituency: definition[person.constituency].code,
                    round: person.round
                )
            }
        )
    }
}
