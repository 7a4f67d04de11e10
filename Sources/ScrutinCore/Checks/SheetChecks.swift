/// The checks on one tally sheet's figures, shared by bulk loads and single submissions.
enum SheetChecks {
    struct Figures {
        var registered: Int64
        var voters: Int64
        var invalid: Int64
        var valid: Int64
        /// The sum of the lists' votes on the sheet.
        var voteSum: Int64
        /// Registered voters on the register for the station.
        var onRegister: Int64
    }

    /// E101 and E102 always (E102 only when every vote row was accepted: a refused row would make
    /// the sum differ anyway); W201 to W203 when the sheet stays counted.
    ///
    /// - Parameters:
    ///   - figures: the sheet's figures.
    ///   - checksVoteSum: whether E102 applies.
    ///   - isHeld: whether the sheet is already held for another problem (no warnings then).
    ///   - thresholds: the warning thresholds.
    ///   - location: the location of a field of the sheet.
    /// - Returns: the problems, and whether the sheet must be held.
    static func check(
        _ figures: Figures,
        checksVoteSum: Bool,
        isHeld: Bool,
        thresholds: CheckThresholds,
        location: (String) -> BundleLocation
    ) -> (problems: [Problem], hold: Bool) {
        var problems: [Problem] = []
        var hold = false
        let (registered, voters, invalid, valid) = (figures.registered, figures.voters, figures.invalid, figures.valid)
        if voters != invalid + valid {
            problems.append(
                Problem(
                    .voterBalance,
                    at: location("voters"),
                    [String(voters), String(invalid), String(valid), String(invalid + valid)]
                )
            )
            hold = true
        }
        if checksVoteSum && figures.voteSum != valid {
            problems.append(Problem(.voteSum, at: location("valid"), [String(figures.voteSum), String(valid)]))
            hold = true
        }
        guard !hold && !isHeld else { return (problems, hold) }
        if voters > registered {
            problems.append(
                Problem(.votersAboveRegistered, at: location("voters"), [String(voters), String(registered)])
            )
        }
        if registered != figures.onRegister {
            problems.append(
                Problem(
                    .registeredDiffers,
                    at: location("registered"),
                    [String(registered), String(figures.onRegister)]
                )
            )
        }
        if voters > 0 && invalid * 100 > voters * Int64(thresholds.invalidSharePercent) {
            problems.append(
                Problem(
                    .highInvalidShare,
                    at: location("invalid"),
                    [
                        String(invalid), String(voters), Ratio.percentText(invalid, of: voters),
                        "\(thresholds.invalidSharePercent)%",
                    ]
                )
            )
        }
        return (problems, hold)
    }
}

/// The checks on a sheet's station and on each of its vote rows, shared by the bulk reader of
/// `votes.csv` and `sheets.csv`, single sheets (`ElectionCount.submit`) and the record's keyed
/// entries: each check code is decided here, once, and its message's values made here.
extension SheetChecks {
    /// What becomes of a vote row whose list is known.
    enum VoteRowVerdict: Equatable {
        /// The votes go in the list's slot.
        case take
        /// Nothing to record: the sheet is held already because no contest is held (E114).
        case ignore
        /// The row is refused with this problem, and the sheet held.
        case refuse(CheckCode)
    }

    /// E103, E104 and E110 for a vote row of a known list.
    ///
    /// - Parameters:
    ///   - listConstituency: the list's constituency.
    ///   - constituency: the sheet's station's constituency.
    ///   - isRunning: whether the list runs in this round.
    ///   - hasSlots: whether the sheet has vote slots (a contest is held in its constituency).
    ///   - slotTaken: whether an earlier row gave this list's votes already.
    @inline(__always)
    static func voteRow(
        listConstituency: Int,
        constituency: Int,
        isRunning: Bool,
        hasSlots: Bool,
        slotTaken: @autoclosure () -> Bool
    ) -> VoteRowVerdict {
        guard listConstituency == constituency else { return .refuse(.listNotRunning) }
        guard isRunning else { return hasSlots ? .refuse(.listNotInRunoff) : .ignore }
        return slotTaken() ? .refuse(.duplicateVoteRow) : .take
    }

    /// The problem of a refused vote row (E103, E104, E110).
    static func voteRowProblem(
        _ code: CheckCode,
        list: Int,
        station: Int,
        contenders: Contenders,
        definition: ElectionDefinition,
        at location: BundleLocation
    ) -> Problem {
        let constituency = Int(definition.stationConstituency[station])
        switch code {
        case .listNotRunning:
            return Problem(
                code,
                at: location,
                [definition.lists[list].code, definition.constituencies[constituency].code]
            )
        case .listNotInRunoff:
            return Problem(
                code,
                at: location,
                [
                    definition.lists[list].code, definition.constituencies[constituency].code,
                    contenders.running.map { definition[$0].code }.joined(separator: " vs "),
                ]
            )
        default:
            return Problem(code, at: location, [definition.stations.code(at: station), definition.lists[list].code])
        }
    }

    /// The code of a count that could not be read (E107, E108, E109).
    static func unreadableCount(_ failure: CountField) -> CheckCode {
        failure == .negative ? .negativeNumber : failure == .tooLarge ? .numberTooLarge : .notAnInteger
    }

    /// E106: a second sheet for a station; `firstLine` is where the first one is.
    static func duplicateSheet(
        station: Int,
        firstLine: Int,
        definition: ElectionDefinition,
        at location: BundleLocation
    )
        -> Problem
    {
        Problem(.duplicateSheet, at: location, [definition.stations.code(at: station), String(firstLine)])
    }

    /// E113: a sheet for a station recorded as not opened.
    static func sheetForClosedStation(
        station: Int,
        round: Int,
        definition: ElectionDefinition,
        at location: BundleLocation
    ) -> Problem {
        Problem(
            .sheetForClosedStation,
            at: location,
            [definition.stations.code(at: station), BundleLayout.closed(round: round)]
        )
    }

    /// E114's reasons: words of the message, written in its language (the catalogue's `words`).
    static let decidedEarlier = "it was decided in an earlier round"
    static let earlierRoundOpen = "the round before is not settled there"

    /// E114: a sheet where this round holds no contest, or `nil` where it does.
    static func noContest(
        constituency: Int,
        contenders: Contenders,
        round: Int,
        definition: ElectionDefinition,
        at location: BundleLocation
    ) -> Problem? {
        let reason: String
        switch contenders {
        case .lists: return nil
        case .decidedEarlier: reason = decidedEarlier
        case .awaitingEarlierRound: reason = earlierRoundOpen
        }
        return Problem(.noRunoffHere, at: location, [definition.constituencies[constituency].code, reason])
    }
}
