/// A tally sheet arriving on its own, as on results night: a station's figures and its lists' votes.
public struct SheetSubmission: Sendable, Hashable {
    /// One list's votes on the sheet.
    public struct ListVotes: Sendable, Hashable {
        public var list: String
        public var votes: Int

        public init(list: String, votes: Int) {
            self.list = list
            self.votes = votes
        }
    }

    public var station: String
    public var registered: Int
    public var voters: Int
    public var invalid: Int
    public var valid: Int
    public var votes: [ListVotes]

    public init(station: String, registered: Int, voters: Int, invalid: Int, valid: Int, votes: [ListVotes]) {
        self.station = station
        self.registered = registered
        self.voters = voters
        self.invalid = invalid
        self.valid = valid
        self.votes = votes
    }
}

/// A count kept up to date one change at a time: a sheet, a station settled, an import, a ruling
/// on outcomes. Each change updates its constituency, its region, the nation and the seats, and
/// who runs in the next round where that changes.
///
/// A change in round n can change who runs in round n + 1 (a runoff pair). Where round n + 1 has
/// no sheet in that constituency yet, it follows at once; where it has some, they must be read
/// again against the new pair, and the change names the round to rebuild (`Followed.rebuild`):
/// the caller, who holds the sheets' sources, rebuilds it (`ElectionRecord` does).
extension ElectionCount {
    /// What a change leaves to its caller.
    public struct Followed: Sendable, Hashable {
        /// The problems of the sheet placed (W204 as judged at that moment).
        public var problems: [Problem] = []
        /// The first round whose sheets must be read again, because who runs there changed.
        public var rebuild: Int?
    }

    /// A count with no sheet: every round of the system, none held yet.
    public init(definition: ElectionDefinition, candidacyProblems: [Problem] = [], rulings: OutcomeRulings = .none) {
        self.init(
            definition: definition,
            candidacyProblems: candidacyProblems,
            rounds: [],
            seats: SeatTable.make(definition: definition, rounds: [])
        )
        self.rulings = rulings
        for round in 1...definition.system.rounds { rounds.append(emptyRound(round)) }
        seats = SeatTable.make(definition: definition, rounds: rounds)
    }

    /// A round with no sheet, its contenders from the round before as it stands.
    func emptyRound(_ round: Int) -> RoundCount {
        Tabulator.tabulate(
            round: round,
            loaded: RoundLoader.Loaded(
                isHeld: false,
                sheets: SheetTable(stationCount: definition.stations.count),
                closedReasons: [:],
                problems: [],
                problemStations: []
            ),
            definition: definition,
            contenders: contenders(ofRound: round),
            rulings: rulings
        )
    }

    /// Who runs in each constituency in a round, from the round before as it stands.
    func contenders(ofRound round: Int) -> [Contenders] {
        round > 1 && rounds.count >= round - 1
            ? Self.nextContenders(after: rounds[round - 2])
            : definition.listsOfConstituency.map { .lists($0.map(ListID.init)) }
    }

    /// Adds one tally sheet to the last round read, and updates its constituency, its region, the
    /// nation and the seats, without recounting the rest.
    ///
    /// The sheet goes through the checks of a bulk load (same codes); its problems point at
    /// `round-N/submitted`, line n for the n-th submission of the round.
    ///
    /// - Returns: the sheet's problems: with an E problem the sheet is held, with W problems it is
    ///   counted and flagged. W204 compares the sheet with its constituency at that moment.
    /// - Precondition: at least one round is read.
    /// - Complexity: O(lists of the constituency); O(seats) more when the constituency's decision
    ///   changes.
    @discardableResult
    public mutating func submit(_ submission: SheetSubmission) -> [Problem] {
        precondition(!rounds.isEmpty, "submit sheets to a round that is read")
        let last = rounds.count - 1
        let number = (submissions[last] ?? 0) + 1
        submissions[last] = number
        return place(
            submission,
            round: last + 1,
            origin: SheetOrigin(file: BundleLayout.submissions(round: last + 1), line: number)
        ).problems
    }

    /// Adds one tally sheet to a round; see `submit(_:)`.
    @discardableResult
    public mutating func place(_ sheet: SheetSubmission, round: Int, origin: SheetOrigin) -> Followed {
        let (change, problems) = rounds[round - 1].place(sheet, origin: origin, definition: definition)
        var followed = follow(change.map { [$0] } ?? [], round: round)
        followed.problems = problems
        return followed
    }

    /// Takes a station's sheet out of a round: the station is then closed for `reason` (a sheet
    /// annulled, a station that did not open), or missing when there is no reason.
    public mutating func settle(station: StationID, round: Int, closedBecause reason: String?) -> Followed {
        let change = rounds[round - 1].settle(station: station.index, closedBecause: reason, definition: definition)
        return follow(change.map { [$0] } ?? [], round: round)
    }

    /// Adds an import's sheets to a round: read in bulk when the round has nothing yet.
    mutating func merge(_ loaded: RoundLoader.Loaded, round: Int, options: LoadOptions) -> Followed {
        let index = round - 1
        let current = rounds[index]
        if current.sheets.count == 0, current.closedReasons.isEmpty {
            let before = current.constituencies.map(\.outcome)
            rounds[index] = Tabulator.tabulate(
                round: round,
                loaded: loaded,
                definition: definition,
                contenders: current.constituencies.map(\.contenders),
                options: options,
                rulings: rulings
            )
            let changes = rounds[index].constituencies.indices.compactMap { constituency in
                before[constituency] == rounds[index].constituencies[constituency].outcome
                    ? nil
                    : RoundCount.Change(
                        constituency: constituency,
                        before: before[constituency],
                        after: rounds[index].constituencies[constituency].outcome
                    )
            }
            return follow(changes, round: round)
        }
        return follow(rounds[index].merge(loaded, definition: definition), round: round)
    }

    /// Puts a round back to no sheet, its contenders from the round before as it stands (before
    /// its sources are applied again).
    mutating func reset(round: Int) {
        let old = rounds[round - 1].constituencies.map(\.outcome)
        rounds[round - 1] = emptyRound(round)
        for (constituency, before) in old.enumerated() {
            let after = rounds[round - 1].constituencies[constituency].outcome
            if before != after { replaceSeats(constituency: constituency, round: round, before: before, after: after) }
        }
    }

    /// Follows new rulings on outcomes in every round.
    public mutating func follow(_ rulings: OutcomeRulings) -> Followed {
        self.rulings = rulings
        var followed = Followed()
        for round in 1...rounds.count {
            let next = follow(rounds[round - 1].follow(rulings, definition: definition), round: round)
            if followed.rebuild == nil { followed.rebuild = next.rebuild }
        }
        return followed
    }

    /// Updates the seats for changed outcomes, and who runs in the next round.
    private mutating func follow(_ changes: [RoundCount.Change], round: Int) -> Followed {
        var followed = Followed()
        var nextChanges: [RoundCount.Change] = []
        for change in changes where change.before != change.after {
            replaceSeats(constituency: change.constituency, round: round, before: change.before, after: change.after)
            guard round < rounds.count else { continue }
            let count = rounds[round - 1].constituencies[change.constituency]
            let next = Self.nextContenders(of: count)
            guard next != rounds[round].constituencies[change.constituency].contenders else { continue }
            if rounds[round].hasSheets(in: change.constituency, definition: definition) {
                followed.rebuild = min(followed.rebuild ?? round + 1, round + 1)
            } else {
                nextChanges.append(rounds[round].setContenders(next, of: change.constituency, definition: definition))
            }
        }
        if !nextChanges.isEmpty {
            let later = follow(nextChanges, round: round + 1)
            if let rebuild = later.rebuild { followed.rebuild = min(followed.rebuild ?? rebuild, rebuild) }
        }
        return followed
    }

    private mutating func replaceSeats(constituency: Int, round: Int, before: Outcome, after: Outcome) {
        seats.replace(
            constituency: ConstituencyID(constituency),
            round: round,
            old: before.awards,
            new: after.awards,
            definition: definition
        )
    }
}

extension Outcome {
    /// The seats awarded, when decided.
    var awards: [SeatAward] {
        if case .decided(.elected(let awards)) = self { return awards }
        return []
    }
}
