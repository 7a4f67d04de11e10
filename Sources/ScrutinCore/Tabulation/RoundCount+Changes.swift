/// Where a tally sheet was given: a file's line, or an event of the journal.
public struct SheetOrigin: Sendable, Hashable {
    /// The file, like `round-1/sheets.csv`, or `journal` for a sheet keyed or ruled in the journal.
    public var file: String
    /// The line in the file; in the journal, the event's number.
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    /// A sheet that an event of the journal gives (an accepted entry, a court's correction).
    public static func event(_ sequence: Int) -> SheetOrigin { SheetOrigin(file: journalFile, line: sequence) }

    /// The name that problems of sheets given in the journal carry as their file.
    public static let journalFile = "journal"

    func location(_ field: String) -> BundleLocation { BundleLocation(file: file, line: line, field: field) }
}

extension RoundCount {
    /// A constituency's outcome before and after a change.
    struct Change {
        var constituency: Int
        var before: Outcome
        var after: Outcome
    }

    /// Adds one tally sheet and updates its constituency, region and the nation, without recounting
    /// the rest.
    ///
    /// The sheet goes through the checks of a bulk load (`SheetChecks`, same codes); a second
    /// sheet for a station holds both (E106).
    ///
    /// - Returns: the constituency's change (nil for an unknown station, or one where the round is
    ///   not held), and the sheet's problems, W204 included as judged now.
    /// - Complexity: O(lists of the constituency).
    mutating func place(
        _ entry: SheetSubmission,
        origin: SheetOrigin,
        definition: ElectionDefinition
    ) -> (change: Change?, problems: [Problem]) {
        var found: [Problem] = []
        var stationOfProblems: Int32 = -1
        defer {
            sheetProblems += found
            problemStations += repeatElement(stationOfProblems, count: found.count)
            isHeld = true
        }
        func count(_ value: Int, _ field: String) -> Int32? {
            if value < 0 {
                found.append(Problem(.negativeNumber, at: origin.location(field), [String(value)]))
                return nil
            }
            if value > Int(Int32.max) {
                found.append(Problem(.numberTooLarge, at: origin.location(field), [String(value)]))
                return nil
            }
            return Int32(value)
        }
        let registered = count(entry.registered, "registered")
        let voters = count(entry.voters, "voters")
        let invalid = count(entry.invalid, "invalid")
        let valid = count(entry.valid, "valid")
        let readable = registered != nil && voters != nil && invalid != nil && valid != nil

        let sheet = sheets.count
        sheets.station.append(-1)
        sheets.line.append(Int32(clamping: origin.line))
        sheets.registered.append(registered ?? -1)
        sheets.voters.append(voters ?? -1)
        sheets.invalid.append(invalid ?? -1)
        sheets.valid.append(valid ?? -1)
        sheets.voteStart.append(-1)
        sheets.state.append(.quarantined)
        let file = sheets.fileIndex(origin.file)
        if sheets.fileOfSheet.count < sheet {
            sheets.fileOfSheet += repeatElement(0, count: sheet - sheets.fileOfSheet.count)
        }
        sheets.fileOfSheet.append(file)

        guard let station = definition.stationIndex.find(entry.station) else {
            sheets.unknownStationCodes[sheet] = entry.station
            found.append(Problem(.unknownStation, at: origin.location("station"), [entry.station]))
            return (nil, found)
        }
        stationOfProblems = Int32(station)
        sheets.station[sheet] = Int32(station)
        let constituency = Int(definition.stationConstituency[station])
        var held = !readable

        // The station's earlier sheet, if any: both are held.
        let previous = Int(sheets.sheetOfStation[station])
        if previous >= 0 {
            found.append(
                SheetChecks.duplicateSheet(
                    station: station,
                    firstLine: Int(sheets.line[previous]),
                    definition: definition,
                    at: origin.location("station")
                )
            )
            sheets.state[previous] = .quarantined
            held = true
        } else {
            sheets.sheetOfStation[station] = Int32(sheet)
        }
        if closedReasons[StationID(station)] != nil {
            found.append(
                SheetChecks.sheetForClosedStation(
                    station: station,
                    round: round,
                    definition: definition,
                    at: origin.location("station")
                )
            )
            held = true
        }
        let running = constituencies[constituency].contenders
        let lists = definition.listsOfConstituency[constituency]
        if let problem = SheetChecks.noContest(
            constituency: constituency,
            contenders: running,
            round: round,
            definition: definition,
            at: origin.location("station")
        ) {
            found.append(problem)
            held = true
        } else {
            sheets.voteStart[sheet] = Int32(sheets.votes.count)
            sheets.votes.append(contentsOf: repeatElement(-1, count: lists.count))
        }

        // The lists' votes.
        var rejected = false
        let start = Int(sheets.voteStart[sheet])
        for item in entry.votes {
            guard let list = definition.listIndex.find(item.list) else {
                found.append(Problem(.unknownList, at: origin.location("list"), [item.list]))
                rejected = true
                continue
            }
            let slot = start + definition.listSlot[list]
            switch SheetChecks.voteRow(
                listConstituency: definition.listConstituency[list],
                constituency: constituency,
                isRunning: running.running.contains(ListID(list)),
                hasSlots: start >= 0,
                slotTaken: false
            ) {
            case .ignore: continue
            case .refuse(let code):
                found.append(
                    SheetChecks.voteRowProblem(
                        code,
                        list: list,
                        station: station,
                        contenders: running,
                        definition: definition,
                        at: origin.location("list")
                    )
                )
                rejected = true
                continue
            case .take: break
            }
            guard let votes = count(item.votes, "votes") else {
                rejected = true
                continue
            }
            if sheets.votes[slot] >= 0 {
                found.append(
                    SheetChecks.voteRowProblem(
                        .duplicateVoteRow,
                        list: list,
                        station: station,
                        contenders: running,
                        definition: definition,
                        at: origin.location("list")
                    )
                )
                rejected = true
                continue
            }
            sheets.votes[slot] = votes
        }
        held = held || rejected
        var sum: Int64 = 0
        if start >= 0 {
            for slot in start..<(start + lists.count) where sheets.votes[slot] > 0 { sum += Int64(sheets.votes[slot]) }
        }
        if readable, start >= 0, let registered, let voters, let invalid, let valid {
            let (problems, hold) = SheetChecks.check(
                SheetChecks.Figures(
                    registered: Int64(registered),
                    voters: Int64(voters),
                    invalid: Int64(invalid),
                    valid: Int64(valid),
                    voteSum: sum,
                    onRegister: Int64(definition.stations.registered[station])
                ),
                checksVoteSum: !rejected,
                isHeld: held,
                thresholds: definition.thresholds,
                location: origin.location
            )
            found += problems
            held = held || hold
        }
        if !held { sheets.state[sheet] = .counted }

        // The station's new state, and its constituency's count.
        let oldState = stationStates[station]
        guard oldState != .notExpected else { return (nil, found) }
        var updated = constituencies[constituency]
        let before = updated.outcome
        let onRegister = Int64(definition.stations.registered[station])
        switch oldState {
        case .closed:
            updated.coverage.closed -= 1
            updated.totals.registered -= onRegister
            updated.closedRegistered -= onRegister
        case .counted:
            // The earlier sheet was counted: take it back out, now that it is held.
            updated.coverage.counted -= 1
            updated.totals -= Totals(
                registered: Int64(sheets.registered[previous]),
                voters: Int64(sheets.voters[previous]),
                invalid: Int64(sheets.invalid[previous]),
                valid: Int64(sheets.valid[previous])
            )
            let previousStart = Int(sheets.voteStart[previous])
            for slot in 0..<lists.count where sheets.votes[previousStart + slot] > 0 {
                updated.votes[slot] -= Int64(sheets.votes[previousStart + slot])
            }
        case .quarantined:
            updated.coverage.quarantined -= 1
        case .missing, .notExpected:
            break
        }
        var returned = found
        if held {
            stationStates[station] = .quarantined
            updated.coverage.quarantined += 1
        } else if let registered, let voters, let invalid, let valid {
            stationStates[station] = .counted
            updated.coverage.counted += 1
            updated.totals += Totals(
                registered: Int64(registered),
                voters: Int64(voters),
                invalid: Int64(invalid),
                valid: Int64(valid)
            )
            for slot in 0..<lists.count where sheets.votes[start + slot] > 0 {
                updated.votes[slot] += Int64(sheets.votes[start + slot])
            }
            if let outlier = Tabulator.turnoutOutlier(
                voters: Int64(voters),
                registered: Int64(registered),
                constituencyVoters: updated.totals.voters,
                constituencyRegistered: updated.totals.registered - updated.closedRegistered,
                constituency: definition.constituencies[constituency].code,
                thresholds: definition.thresholds,
                location: origin.location("voters")
            ) {
                returned.append(outlier)
            }
        }
        updated.outcome = Tabulator.outcome(of: updated, round: round, definition: definition, rulings: rulings)
        replace(constituency, by: updated, definition: definition)
        return (Change(constituency: constituency, before: before, after: updated.outcome), returned)
    }

    /// Takes a station's sheets out (they stay in the table, withdrawn, and their problems go),
    /// and marks the station closed for `reason`, or missing when there is none; then recounts
    /// its constituency.
    ///
    /// - Complexity: O(sheets of the round), for the rows of the station.
    mutating func settle(station: Int, closedBecause reason: String?, definition: ElectionDefinition) -> Change? {
        let station32 = Int32(station)
        for row in 0..<sheets.count where sheets.station[row] == station32 { sheets.state[row] = .withdrawn }
        sheets.sheetOfStation[station] = -1
        if problemStations.contains(station32) {
            var keptProblems: [Problem] = []
            var keptStations: [Int32] = []
            for (problem, owner) in zip(sheetProblems, problemStations) where owner != station32 {
                keptProblems.append(problem)
                keptStations.append(owner)
            }
            sheetProblems = keptProblems
            problemStations = keptStations
        }
        closedReasons[StationID(station)] = reason
        guard stationStates[station] != .notExpected else { return nil }
        stationStates[station] = reason == nil ? .missing : .closed
        return recount(Int(definition.stationConstituency[station]), definition: definition)
    }

    /// Adds the sheets of an import to a round that has some already.
    ///
    /// The import was read against this round's contenders; its problems come with it.
    /// - Returns: the changes of the constituencies it touched.
    mutating func merge(_ loaded: RoundLoader.Loaded, definition: ElectionDefinition) -> [Change] {
        let base = sheets.count
        let voteBase = Int32(sheets.votes.count)
        let file = sheets.fileIndex(BundleLayout.sheets(round: round))
        if sheets.fileOfSheet.count < base {
            sheets.fileOfSheet += repeatElement(0, count: base - sheets.fileOfSheet.count)
        }
        let added = loaded.sheets
        var touched = Set<Int>()
        isHeld = isHeld || loaded.isHeld
        sheets.votes += added.votes
        for row in 0..<added.count {
            let sheet = base + row
            let station = Int(added.station[row])
            sheets.station.append(added.station[row])
            sheets.line.append(added.line[row])
            sheets.registered.append(added.registered[row])
            sheets.voters.append(added.voters[row])
            sheets.invalid.append(added.invalid[row])
            sheets.valid.append(added.valid[row])
            sheets.voteStart.append(added.voteStart[row] < 0 ? -1 : added.voteStart[row] + voteBase)
            sheets.state.append(added.state[row])
            sheets.fileOfSheet.append(file)
            if let code = added.unknownStationCodes[row] { sheets.unknownStationCodes[sheet] = code }
            guard station >= 0 else { continue }
            if added.sheetOfStation[station] == Int32(row) {
                let earlier = Int(sheets.sheetOfStation[station])
                if earlier >= 0 {
                    // The record refuses such an import; a caller that merges anyway gets E106.
                    sheetProblems.append(
                        SheetChecks.duplicateSheet(
                            station: station,
                            firstLine: Int(sheets.line[earlier]),
                            definition: definition,
                            at: sheets.location(ofSheet: sheet, field: "station")
                        )
                    )
                    problemStations.append(Int32(station))
                    sheets.state[earlier] = .quarantined
                    sheets.state[sheet] = .quarantined
                } else {
                    sheets.sheetOfStation[station] = Int32(sheet)
                }
            }
            guard stationStates[station] != .notExpected else { continue }
            if sheets.state[sheet] == .quarantined || stationStates[station] == .counted {
                stationStates[station] = .quarantined
            } else if stationStates[station] == .missing {
                stationStates[station] = .counted
            }
            touched.insert(Int(definition.stationConstituency[station]))
        }
        for (station, reason) in loaded.closedReasons {
            closedReasons[StationID(station)] = reason
            if stationStates[station] == .missing {
                stationStates[station] = .closed
                touched.insert(Int(definition.stationConstituency[station]))
            }
        }
        sheetProblems += loaded.problems
        problemStations += loaded.problemStations
        return touched.sorted().map { recount($0, definition: definition) }
    }

    /// Whether the round has a sheet, or a closed station, in a constituency: then a change of
    /// who runs there means reading its sheets again.
    func hasSheets(in constituency: Int, definition: ElectionDefinition) -> Bool {
        definition.stationsOfConstituency[constituency].contains { station in
            switch stationStates[Int(station)] {
            case .counted, .quarantined, .closed: true
            case .missing, .notExpected: sheets.sheetOfStation[Int(station)] >= 0
            }
        }
    }

    /// Changes who runs in a constituency where the round has no sheet yet, and recounts it.
    mutating func setContenders(
        _ contenders: Contenders,
        of constituency: Int,
        definition: ElectionDefinition
    )
        -> Change
    {
        for station in definition.stationsOfConstituency[constituency] {
            stationStates[Int(station)] = contenders.isContested ? .missing : .notExpected
        }
        return recount(constituency, contenders: contenders, definition: definition)
    }

    /// Follows new rulings on outcomes: every constituency's outcome is decided again.
    mutating func follow(_ rulings: OutcomeRulings, definition: ElectionDefinition) -> [Change] {
        self.rulings = rulings
        var changes: [Change] = []
        for index in constituencies.indices where constituencies[index].contenders.isContested {
            var updated = constituencies[index]
            updated.outcome = Tabulator.outcome(of: updated, round: round, definition: definition, rulings: rulings)
            updated.ruling = rulings.overrides[round]?[updated.constituency]?.citation
            guard updated != constituencies[index] else { continue }
            let before = constituencies[index].outcome
            replace(index, by: updated, definition: definition)
            changes.append(Change(constituency: index, before: before, after: updated.outcome))
        }
        return changes
    }

    /// Counts a constituency again from its stations' states and sheets, with new contenders
    /// when they change.
    mutating func recount(
        _ constituency: Int,
        contenders: Contenders? = nil,
        definition: ElectionDefinition
    ) -> Change {
        let old = constituencies[constituency]
        var fresh = ConstituencyCount(
            constituency: old.constituency,
            contenders: contenders ?? old.contenders,
            votes: Array(repeating: 0, count: definition.listsOfConstituency[constituency].count)
        )
        if fresh.contenders.isContested {
            fresh = Tabulator.tabulate(
                fresh,
                round: round,
                sheets: sheets,
                states: stationStates,
                definition: definition,
                rulings: rulings
            )
        }
        replace(constituency, by: fresh, definition: definition)
        return Change(constituency: constituency, before: old.outcome, after: fresh.outcome)
    }

    /// Puts a constituency's new count in place of the old one, in its region and the nation too.
    private mutating func replace(_ constituency: Int, by updated: ConstituencyCount, definition: ElectionDefinition) {
        let region = definition.constituencyRegion[constituency]
        let old = constituencies[constituency]
        if old.contenders.isContested {
            regions[region].remove(old)
            nation.remove(old)
        }
        if updated.contenders.isContested {
            regions[region].add(updated)
            nation.add(updated)
        }
        constituencies[constituency] = updated
    }
}
