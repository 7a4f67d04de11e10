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
