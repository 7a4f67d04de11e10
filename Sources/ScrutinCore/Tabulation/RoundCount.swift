/// One constituency in one round: coverage, totals, votes by list, outcome.
public struct ConstituencyCount: Sendable, Hashable {
    public let constituency: ConstituencyID
    public let contenders: Contenders
    public internal(set) var coverage = Coverage()
    /// Registered, voters, invalid and valid over counted stations, plus the registered voters of
    /// stations that did not open (their voters count as zero, as in Mali's official turnout).
    public internal(set) var totals = Totals.zero
    /// Registered voters on the register for every station where the round is held.
    public internal(set) var roll: Int64 = 0
    /// Votes of each list of the constituency, in list order (zero for lists not running).
    public internal(set) var votes: [Int64]
    public internal(set) var outcome: Outcome = .noContest

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
    /// Whether the bundle has this round's sheets.
    public let isHeld: Bool
    public let sheets: SheetTable
    /// Why each closed station did not open, by station.
    public let closedReasons: [StationID: String]
    /// Sheet problems (E and W), by file and line.
    public internal(set) var problems: [Problem]
    public internal(set) var stationStates: [StationState]
    public internal(set) var constituencies: [ConstituencyCount]
    public internal(set) var regions: [AreaCount]
    public internal(set) var nation: AreaCount

    public func state(of station: StationID) -> StationState { stationStates[station.index] }

    public subscript(constituency: ConstituencyID) -> ConstituencyCount { constituencies[constituency.index] }
}

/// Tabulates a round from its loaded sheets.
enum Tabulator {
    static func tabulate(
        round: Int,
        loaded: RoundLoader.Loaded,
        definition: ElectionDefinition,
        contenders: [Contenders]
    ) -> RoundCount {
        let sheets = loaded.sheets
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
            guard station >= 0, states[station] != .notExpected else { continue }
            if sheets.state[sheet] == .quarantined {
                states[station] = .quarantined
            } else if states[station] == .missing {
                states[station] = .counted
            }
        }

        var counts = definition.constituencies.indices.map { index in
            ConstituencyCount(
                constituency: ConstituencyID(index),
                contenders: contenders[index],
                votes: Array(repeating: 0, count: definition.listsOfConstituency[index].count)
            )
        }
        for (constituency, stations) in definition.stationsOfConstituency.enumerated()
        where contenders[constituency].isContested {
            var count = counts[constituency]
            let lists = count.votes.count
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
                case .quarantined:
                    count.coverage.quarantined += 1
                case .missing, .notExpected:
                    break
                }
            }
            count.outcome = outcome(of: count, round: round, definition: definition)
            counts[constituency] = count
        }

        var regions = Array(repeating: AreaCount(), count: definition.regions.count)
        var nation = AreaCount()
        for count in counts where count.contenders.isContested {
            let region = definition.constituencyRegion[count.constituency.index]
            regions[region].add(count)
            nation.add(count)
        }

        var problems = loaded.problems
        problems += turnoutOutliers(
            round: round,
            sheets: sheets,
            states: states,
            counts: counts,
            definition: definition
        )
        problems.sort { $0.location < $1.location }

        var closedReasons: [StationID: String] = [:]
        for (station, reason) in loaded.closedReasons { closedReasons[StationID(station)] = reason }
        return RoundCount(
            round: round,
            isHeld: loaded.isHeld,
            sheets: sheets,
            closedReasons: closedReasons,
            problems: problems,
            stationStates: states,
            constituencies: counts,
            regions: regions,
            nation: nation
        )
    }

    /// The outcome of a contested constituency from its count so far.
    static func outcome(of count: ConstituencyCount, round: Int, definition: ElectionDefinition) -> Outcome {
        let standings = count.standings(in: definition)
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
        return .decided(definition.system.decide(contest))
    }

    /// W204: counted sheets whose turnout is far from their constituency's (over counted sheets).
    static func turnoutOutliers(
        round: Int,
        sheets: SheetTable,
        states: [StationState],
        counts: [ConstituencyCount],
        definition: ElectionDefinition
    ) -> [Problem] {
        let gap = Int128(definition.thresholds.turnoutGapPoints)
        // Constituency turnout over counted sheets only (closed stations would pull it down).
        var voters = Array(repeating: Int64(0), count: counts.count)
        var registered = Array(repeating: Int64(0), count: counts.count)
        for sheet in 0..<sheets.count where sheets.state[sheet] == .counted {
            let station = Int(sheets.station[sheet])
            guard station >= 0, states[station] == .counted else { continue }
            let constituency = Int(definition.stationConstituency[station])
            voters[constituency] += Int64(sheets.voters[sheet])
            registered[constituency] += Int64(sheets.registered[sheet])
        }
        var problems: [Problem] = []
        let file = BundleLayout.sheets(round: round)
        for sheet in 0..<sheets.count where sheets.state[sheet] == .counted {
            let station = Int(sheets.station[sheet])
            guard station >= 0, states[station] == .counted else { continue }
            let constituency = Int(definition.stationConstituency[station])
            let stationVoters = Int128(sheets.voters[sheet])
            let stationRegistered = Int128(sheets.registered[sheet])
            let totalVoters = Int128(voters[constituency])
            let totalRegistered = Int128(registered[constituency])
            guard stationRegistered > 0, totalRegistered > 0 else { continue }
            // |v/r - V/R| > gap/100  ⇔  |v·R - V·r| · 100 > gap · r · R
            var difference = stationVoters * totalRegistered - totalVoters * stationRegistered
            if difference < 0 { difference = -difference }
            if difference * 100 > gap * stationRegistered * totalRegistered {
                problems.append(
                    Problem(
                        .turnoutOutlier,
                        at: BundleLocation(file: file, line: Int(sheets.line[sheet]), field: "voters"),
                        [
                            Ratio.percentText(Int64(stationVoters), of: Int64(stationRegistered)),
                            definition.constituencies[constituency].code,
                            Ratio.percentText(voters[constituency], of: registered[constituency]),
                            String(definition.thresholds.turnoutGapPoints),
                        ]
                    )
                )
            }
        }
        return problems
    }
}

extension AreaCount {
    mutating func add(_ count: ConstituencyCount) {
        coverage += count.coverage
        totals += count.totals
        roll += count.roll
        contested += 1
        switch count.outcome {
        case .decided(.elected), .decided(.runoff): decided += 1
        case .decided(.tie), .counting, .blocked, .noContest: break
        }
    }
}
