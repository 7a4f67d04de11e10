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

extension ElectionCount {
    /// Adds one tally sheet to the last round read, and updates its constituency, its region, the
    /// nation and the seats, without recounting the rest.
    ///
    /// The sheet goes through the checks of a bulk load (same codes); its problems point at
    /// `round-N/submitted`, line n for the n-th submission of the round. W204 compares the sheet
    /// with its constituency as counted at that moment.
    ///
    /// - Returns: the sheet's problems: with an E problem the sheet is held, with W problems it is
    ///   counted and flagged.
    /// - Precondition: at least one round is read.
    /// - Complexity: O(lists of the constituency); O(seats) more when the constituency's decision
    ///   changes.
    @discardableResult
    public mutating func submit(_ submission: SheetSubmission) -> [Problem] {
        precondition(!rounds.isEmpty, "submit sheets to a round that is read")
        let last = rounds.count - 1
        let number = (submissions[last] ?? 0) + 1
        submissions[last] = number
        let change = rounds[last].submit(submission, number: number, definition: definition)
        if let change, change.before != change.after {
            seats.replace(
                constituency: change.constituency,
                round: last + 1,
                old: change.before.awards,
                new: change.after.awards,
                definition: definition
            )
        }
        return rounds[last].problems.suffix(rounds[last].problemsOfLastSubmission)
    }
}

extension Outcome {
    /// The seats awarded, when decided.
    var awards: [SeatAward] {
        if case .decided(.elected(let awards)) = self { return awards }
        return []
    }
}

extension RoundCount {
    /// A constituency's outcome before and after a submission.
    struct Change {
        var constituency: ConstituencyID
        var before: Outcome
        var after: Outcome
    }

    /// Adds a sheet; see `ElectionCount.submit(_:)`.
    mutating func submit(_ submission: SheetSubmission, number: Int, definition: ElectionDefinition) -> Change? {
        let file = BundleLayout.submissions(round: round)
        func location(_ field: String) -> BundleLocation { BundleLocation(file: file, line: number, field: field) }
        var found: [Problem] = []
        defer {
            problems += found
            problemsOfLastSubmission = found.count
            isHeld = true
        }
        func count(_ value: Int, _ field: String) -> Int32? {
            if value < 0 {
                found.append(Problem(.negativeNumber, at: location(field), [String(value)]))
                return nil
            }
            if value > Int(Int32.max) {
                found.append(Problem(.numberTooLarge, at: location(field), [String(value)]))
                return nil
            }
            return Int32(value)
        }
        let registered = count(submission.registered, "registered")
        let voters = count(submission.voters, "voters")
        let invalid = count(submission.invalid, "invalid")
        let valid = count(submission.valid, "valid")
        let readable = registered != nil && voters != nil && invalid != nil && valid != nil

        let sheet = sheets.count
        sheets.station.append(-1)
        sheets.line.append(Int32(clamping: number))
        sheets.registered.append(registered ?? -1)
        sheets.voters.append(voters ?? -1)
        sheets.invalid.append(invalid ?? -1)
        sheets.valid.append(valid ?? -1)
        sheets.voteStart.append(-1)
        sheets.state.append(.quarantined)

        guard let station = definition.stationIndex.find(submission.station) else {
            sheets.unknownStationCodes[sheet] = submission.station
            found.append(Problem(.unknownStation, at: location("station"), [submission.station]))
            return nil
        }
        sheets.station[sheet] = Int32(station)
        let constituency = Int(definition.stationConstituency[station])
        var held = !readable
        let code = definition.stations.code(at: station)

        // The station's earlier sheet, if any: both are held.
        let previous = Int(sheets.sheetOfStation[station])
        if previous >= 0 {
            found.append(Problem(.duplicateSheet, at: location("station"), [code, String(sheets.line[previous])]))
            sheets.state[previous] = .quarantined
            held = true
        } else {
            sheets.sheetOfStation[station] = Int32(sheet)
        }
        if closedReasons[StationID(station)] != nil {
            found.append(
                Problem(.sheetForClosedStation, at: location("station"), [code, BundleLayout.closed(round: round)])
            )
            held = true
        }
        let running = constituencies[constituency].contenders
        let lists = definition.listsOfConstituency[constituency]
        switch running {
        case .lists:
            sheets.voteStart[sheet] = Int32(sheets.votes.count)
            sheets.votes.append(contentsOf: repeatElement(-1, count: lists.count))
        case .decidedEarlier, .awaitingEarlierRound:
            let reason =
                running == .decidedEarlier ? "decided in an earlier round" : "round \(round - 1) is not settled"
            found.append(
                Problem(.noRunoffHere, at: location("station"), [definition.constituencies[constituency].code, reason])
            )
            held = true
        }

        // The lists' votes.
        var rejected = false
        let start = Int(sheets.voteStart[sheet])
        for entry in submission.votes {
            guard let list = definition.listIndex.find(entry.list) else {
                found.append(Problem(.unknownList, at: location("list"), [entry.list]))
                rejected = true
                continue
            }
            guard definition.listConstituency[list] == constituency else {
                found.append(
                    Problem(
                        .listNotRunning,
                        at: location("list"),
                        [definition.lists[list].code, definition.constituencies[constituency].code]
                    )
                )
                rejected = true
                continue
            }
            guard running.running.contains(ListID(list)) else {
                if start >= 0 {
                    found.append(
                        Problem(
                            .listNotInRunoff,
                            at: location("list"),
                            [
                                definition.lists[list].code, definition.constituencies[constituency].code,
                                running.running.map { definition[$0].code }.joined(separator: " vs "),
                            ]
                        )
                    )
                    rejected = true
                }
                continue
            }
            guard let votes = count(entry.votes, "votes") else {
                rejected = true
                continue
            }
            let slot = start + definition.listSlot[list]
            if sheets.votes[slot] >= 0 {
                found.append(Problem(.duplicateVoteRow, at: location("list"), [code, definition.lists[list].code]))
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
                location: location
            )
            found += problems
            held = held || hold
        }
        if !held { sheets.state[sheet] = .counted }

        // The station's new state, and its constituency's count.
        let oldState = stationStates[station]
        guard oldState != .notExpected else { return nil }
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
            found +=
                Tabulator.turnoutOutlier(
                    voters: Int64(voters),
                    registered: Int64(registered),
                    constituencyVoters: updated.totals.voters,
                    constituencyRegistered: updated.totals.registered - updated.closedRegistered,
                    constituency: definition.constituencies[constituency].code,
                    thresholds: definition.thresholds,
                    location: location("voters")
                ).map { [$0] } ?? []
        }
        updated.outcome = Tabulator.outcome(of: updated, round: round, definition: definition, rulings: rulings)
        let region = definition.constituencyRegion[constituency]
        regions[region].remove(constituencies[constituency])
        regions[region].add(updated)
        nation.remove(constituencies[constituency])
        nation.add(updated)
        constituencies[constituency] = updated
        return Change(constituency: ConstituencyID(constituency), before: before, after: updated.outcome)
    }
}
