/// One constituency in one round: coverage, totals, votes by list, outcome.
public struct ConstituencyCount: Sendable, Hashable {
    public let constituency: ConstituencyID
    public internal(set) var contenders: Contenders
    public internal(set) var coverage = Coverage()
    /// Registered, voters, invalid and valid over counted stations, plus the registered voters of
    /// stations that did not open (their voters count as zero, as in Mali's official turnout).
    public internal(set) var totals = Totals.zero
    /// Registered voters on the register for every station where the round is held.
    public internal(set) var roll: Int64 = 0
    /// Votes of each list of the constituency, in list order (zero for lists not running).
    public internal(set) var votes: [Int64]
    public internal(set) var outcome: Outcome = .noContest
    /// The decision behind the outcome, when a ruling set it (overturned, annulled, tie settled).
    public internal(set) var ruling: String?
    /// Registered voters of the closed stations, included in `totals.registered`.
    var closedRegistered: Int64 = 0

    /// The votes of a list of this constituency.
    public func votes(of list: ListID, in definition: ElectionDefinition) -> Int64 {
        votes[definition.listSlot[list.index]]
    }

    /// The running lists, most votes first (equal votes keep file order).
    public func standings(in definition: ElectionDefinition) -> [Contest.Entry] {
        contenders.running.map { Contest.Entry(list: $0, votes: votes(of: $0, in: definition)) }
            .sorted { $0.votes != $1.votes ? $0.votes > $1.votes : $0.list < $1.list }
    }
}

/// A region or the nation in one round.
public struct AreaCount: Sendable, Hashable {
    public internal(set) var coverage = Coverage()
    public internal(set) var totals = Totals.zero
    public internal(set) var roll: Int64 = 0
    /// Constituencies where the round is held.
    public internal(set) var contested = 0
    /// Of those, constituencies settled: elected, or sent to a runoff.
    ///
    /// A tie is not settled.
    public internal(set) var decided = 0
}

/// A station's state in a round.
public enum StationState: UInt8, Sendable, Hashable {
    /// The round is not held in its constituency.
    case notExpected
    /// No sheet yet.
    case missing
    case counted
    /// Did not open.
    case closed
    case quarantined
}

/// One round of an election: its sheets, problems, and the count at every level.
public struct RoundCount: Sendable {
    public let round: Int
    /// Whether the bundle has this round's sheets (or a sheet was submitted).
    public internal(set) var isHeld: Bool
    public internal(set) var sheets: SheetTable
    /// Why each closed station did not open, by station.
    public internal(set) var closedReasons: [StationID: String]
    /// The problems of the sheets (E, and W but W204), in the order they were found.
    var sheetProblems: [Problem]
    /// The station of each of `sheetProblems` (-1 for a sheet naming no station the election has).
    var problemStations: [Int32]
    public internal(set) var stationStates: [StationState]
    public internal(set) var constituencies: [ConstituencyCount]
    public internal(set) var regions: [AreaCount]
    public internal(set) var nation: AreaCount
    /// The rulings the round was counted under, for submissions.
    var rulings = OutcomeRulings.none

    public func state(of station: StationID) -> StationState { stationStates[station.index] }

    /// Sheet problems (E and W), by file and line.
    ///
    /// W204 is judged here, from the count as it stands, so that it does not depend on the
    /// order in which sheets came.
    public func problems(in definition: ElectionDefinition) -> [Problem] {
        var all = sheetProblems
        for count in constituencies where count.contenders.isContested {
            all += Tabulator.turnoutOutliers(of: count, round: self, definition: definition)
        }
        return all.sorted { $0.location != $1.location ? $0.location < $1.location : $0.code < $1.code }
    }

    public subscript(constituency: ConstituencyID) -> ConstituencyCount { constituencies[constituency.index] }
}

/// Tabulates a round from its loaded sheets.
enum Tabulator {
    static func tabulate(
        round: Int,
        loaded: RoundLoader.Loaded,
        definition: ElectionDefinition,
        contenders: [Contenders],
        options: LoadOptions = .sequential,
        rulings: OutcomeRulings = .none
    ) -> RoundCount {
        var sheets = loaded.sheets
        var states = Array(repeating: StationState.notExpected, count: definition.stations.count)
        for (constituency, stations) in definition.stationsOfConstituency.enumerated()
        where contenders[constituency].isContested {
            for station in stations { states[Int(station)] = .missing }
        }
        for station in loaded.closedReasons.keys where states[station] == .missing {
            states[station] = .closed
        }
        for sheet in 0..<sheets.count {
            let station = Int(sheets.station[sheet])
            guard station >= 0, states[station] != .notExpected, sheets.state[sheet] != .withdrawn else { continue }
            if sheets.state[sheet] == .quarantined {
                states[station] = .quarantined
            } else if states[station] == .missing {
                states[station] = .counted
            }
        }

        // Each constituency is counted on its own, so constituencies are shared out between threads.
        var counts = definition.constituencies.indices.map { index in
            ConstituencyCount(
                constituency: ConstituencyID(index),
                contenders: contenders[index],
                votes: Array(repeating: 0, count: definition.listsOfConstituency[index].count)
            )
        }
        if sheets.files.isEmpty {
            sheets.fileOfSheet = Array(repeating: 0, count: sheets.count)
            sheets.files = [BundleLayout.sheets(round: round)]
        }
        let pieces = min(options.threads, max(1, counts.count))
        // Each piece writes only its own constituencies' entries.
        Parallel.forEachElement(&counts, pieces: pieces) { constituency, count in
            guard contenders[constituency].isContested else { return }
            count = tabulate(
                count,
                round: round,
                sheets: sheets,
                states: states,
                definition: definition,
                rulings: rulings
            )
        }

        var regions = Array(repeating: AreaCount(), count: definition.regions.count)
        var nation = AreaCount()
        for count in counts where count.contenders.isContested {
            let region = definition.constituencyRegion[count.constituency.index]
            regions[region].add(count)
            nation.add(count)
        }

        var closedReasons: [StationID: String] = [:]
        for (station, reason) in loaded.closedReasons { closedReasons[StationID(station)] = reason }
        // Room for the sheets still to come, so that a sheet submitted on results night never waits
        // for a column to be copied into a larger one (28 MB of votes at national scale).
        let missing = nation.coverage.missing
        if missing > 0 {
            let largest = definition.listsOfConstituency.map(\.count).max() ?? 0
            sheets.reserve(sheets: sheets.count + missing + 16)
            sheets.votes.reserveCapacity(sheets.votes.count + (missing + 16) * largest)
        }
        var count = RoundCount(
            round: round,
            isHeld: loaded.isHeld,
            sheets: sheets,
            closedReasons: closedReasons,
            sheetProblems: loaded.problems,
            problemStations: loaded.problemStations,
            stationStates: states,
            constituencies: counts,
            regions: regions,
            nation: nation
        )
        count.rulings = rulings
        return count
    }

    /// The outcome of a contested constituency from its count so far.
    static func outcome(
        of count: ConstituencyCount,
        round: Int,
        definition: ElectionDefinition,
        rulings: OutcomeRulings = .none
    ) -> Outcome {
        let seats = definition.constituencies[count.constituency.index].seats
        let override = rulings.overrides[round]?[count.constituency]?.override
        // The court's decision stands whatever the count (overturned, runoff pair named,
        // annulled); a tie settled
        // needs the tie, so a complete count.
        switch override {
        case .elected, .runoff:
            if let override, let outcome = OutcomeRulings.apply(override, to: .annulled, seats: seats) {
                return outcome
            }
        case .annulled, .settled, nil: break
        }
        if override == .annulled { return .annulled }
        // A disqualified list keeps its votes among the valid votes but can neither lead nor win.
        let standings = count.standings(in: definition).filter { rulings.disqualified[$0.list] == nil }
        let top = standings.first?.votes ?? 0
        let leaders = top > 0 ? standings.prefix { $0.votes == top }.map(\.list) : []
        if count.coverage.quarantined > 0 { return .blocked(leaders: leaders) }
        guard count.coverage.isComplete else { return .counting(leaders: leaders) }
        let contest = Contest(
            round: round,
            seats: definition.constituencies[count.constituency.index].seats,
            totals: count.totals,
            entries: standings
        )
        let decided = Outcome.decided(definition.system.decide(contest))
        if let override, let settled = OutcomeRulings.apply(override, to: decided, seats: seats) { return settled }
        return decided
    }

    /// Counts one contested constituency: coverage, totals, votes, outcome, and its W204 sheets.
    static func tabulate(
        _ count: ConstituencyCount,
        round: Int,
        sheets: SheetTable,
        states: [StationState],
        definition: ElectionDefinition,
        rulings: OutcomeRulings
    ) -> ConstituencyCount {
        var count = count
        let lists = count.votes.count
        let stations = definition.stationsOfConstituency[count.constituency.index]
        for station32 in stations {
            let station = Int(station32)
            let onRegister = Int64(definition.stations.registered[station])
            count.coverage.expected += 1
            count.roll += onRegister
            switch states[station] {
            case .counted:
                count.coverage.counted += 1
                let sheet = Int(sheets.sheetOfStation[station])
                count.totals += Totals(
                    registered: Int64(sheets.registered[sheet]),
                    voters: Int64(sheets.voters[sheet]),
                    invalid: Int64(sheets.invalid[sheet]),
                    valid: Int64(sheets.valid[sheet])
                )
                let start = Int(sheets.voteStart[sheet])
                for slot in 0..<lists {
                    let value = sheets.votes[start + slot]
                    if value > 0 { count.votes[slot] += Int64(value) }
                }
            case .closed:
                count.coverage.closed += 1
                count.totals.registered += onRegister
                count.closedRegistered += onRegister
            case .quarantined:
                count.coverage.quarantined += 1
            case .missing, .notExpected:
                break
            }
        }
        count.outcome = outcome(of: count, round: round, definition: definition, rulings: rulings)
        count.ruling = rulings.overrides[round]?[count.constituency]?.citation
        return count
    }

    /// W204 for each counted sheet of a constituency: its turnout against the constituency's,
    /// over counted sheets (closed stations would pull it down).
    static func turnoutOutliers(
        of count: ConstituencyCount,
        round: RoundCount,
        definition: ElectionDefinition
    )
        -> [Problem]
    {
        var outliers: [Problem] = []
        let voters = count.totals.voters
        let registered = count.totals.registered - count.closedRegistered
        let code = definition.constituencies[count.constituency.index].code
        let sheets = round.sheets
        for station32 in definition.stationsOfConstituency[count.constituency.index]
        where round.stationStates[Int(station32)] == .counted {
            let sheet = Int(sheets.sheetOfStation[Int(station32)])
            if let problem = turnoutOutlier(
                voters: Int64(sheets.voters[sheet]),
                registered: Int64(sheets.registered[sheet]),
                constituencyVoters: voters,
                constituencyRegistered: registered,
                constituency: code,
                thresholds: definition.thresholds,
                location: sheets.location(ofSheet: sheet, field: "voters")
            ) {
                outliers.append(problem)
            }
        }
        return outliers
    }

    /// W204 for one sheet: its turnout against its constituency's, over counted sheets.
    static func turnoutOutlier(
        voters: Int64,
        registered: Int64,
        constituencyVoters: Int64,
        constituencyRegistered: Int64,
        constituency: String,
        thresholds: CheckThresholds,
        location: BundleLocation
    ) -> Problem? {
        let gap = Int128(thresholds.turnoutGapPoints)
        guard registered > 0, constituencyRegistered > 0 else { return nil }
        // |v/r - V/R| > gap/100  ⇔  |v·R - V·r| · 100 > gap · r · R
        var difference =
            Int128(voters) * Int128(constituencyRegistered) - Int128(constituencyVoters) * Int128(registered)
        if difference < 0 { difference = -difference }
        guard difference * 100 > gap * Int128(registered) * Int128(constituencyRegistered) else { return nil }
        return Problem(
            .turnoutOutlier,
            at: location,
            [
                Ratio.percentText(voters, of: registered), constituency,
                Ratio.percentText(constituencyVoters, of: constituencyRegistered), String(thresholds.turnoutGapPoints),
            ]
        )
    }
}

extension AreaCount {
    mutating func add(_ count: ConstituencyCount) { apply(count, sign: 1) }

    /// Takes a constituency's contribution back out (before adding its new state).
    mutating func remove(_ count: ConstituencyCount) { apply(count, sign: -1) }

    private mutating func apply(_ count: ConstituencyCount, sign: Int) {
        coverage.expected += sign * count.coverage.expected
        coverage.counted += sign * count.coverage.counted
        coverage.closed += sign * count.coverage.closed
        coverage.quarantined += sign * count.coverage.quarantined
        if sign > 0 { totals += count.totals } else { totals -= count.totals }
        roll += Int64(sign) * count.roll
        contested += sign
        switch count.outcome {
        case .decided(.elected), .decided(.runoff): decided += sign
        case .decided(.tie), .counting, .blocked, .noContest, .annulled: break
        }
    }
}
