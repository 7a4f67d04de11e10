/// An election counted from its bundle: the definition, every round at every level, and the seats.
///
/// ```swift
/// let count = try ElectionCount.load(from: DirectoryBundle(path: "bundle"))
/// for constituency in count.rounds[0].constituencies { print(constituency.outcome) }
/// print(count.seats.majorityHolder)
/// ```
public struct ElectionCount: Sendable {
    public let definition: ElectionDefinition
    /// Candidacy problems (C), found when the definition is read.
    public let candidacyProblems: [Problem]
    /// The rounds read so far: all of them after `load(from:)`, one per round of the system, held
    /// or not yet.
    public internal(set) var rounds: [RoundCount]
    public internal(set) var seats: SeatTable
    /// Sheets submitted one at a time, by round index.
    var submissions: [Int: Int] = [:]
    /// The rulings on outcomes that the count follows.
    public internal(set) var rulings = OutcomeRulings.none

    /// Reads, checks and tabulates a bundle.
    ///
    /// Round 1 is tabulated first: its outcomes say which lists run in round 2, and round-2 sheets
    /// are checked against them.
    ///
    /// - Parameters:
    ///   - source: the bundle.
    ///   - lastRound: read the rounds up to this one only (`loadNextRound(from:)` reads the next);
    ///     nil reads them all.
    ///   - options: how many threads read the large files; the results do not depend on it.
    /// - Throws: `BundleError` with every fatal (S or D) problem; nothing is loaded then.
    /// - Complexity: O(files' size), one pass over each file.
    public static func load(
        from source: some BundleSource,
        throughRound lastRound: Int? = nil,
        options: LoadOptions = .sequential,
        rulings: OutcomeRulings = .none
    ) throws(BundleError) -> ElectionCount {
        let definition: ElectionDefinition
        let candidacy: [Problem]
        do {
            (definition, candidacy) = try DefinitionLoader.load(from: source, options: options)
        } catch {
            // Report the rounds' structural problems too, so one run lists every fatal problem.
            throw BundleError(error.problems + laterRoundProblems(after: 0, maximum: nil, source: source))
        }
        // Files of a round the election does not have would be silently ignored: refuse them.
        let roundCount = definition.system.rounds
        let extra = [0, roundCount + 1].flatMap { round in
            RoundLoader.Files(round: round, source: source).presentPaths.map { path in
                Problem(.extraRound, at: BundleLocation(file: path), [String(roundCount), String(round)])
            }
        }
        guard extra.isEmpty else { throw BundleError(extra) }
        var count = ElectionCount(
            definition: definition,
            candidacyProblems: candidacy,
            rounds: [],
            seats: SeatTable.make(definition: definition, rounds: [])
        )
        count.rulings = rulings
        for _ in 0..<min(roundCount, max(0, lastRound ?? roundCount)) {
            try count.loadNextRound(from: source, options: options)
        }
        return count
    }

    /// Whether every round of the system has been read.
    public var hasAllRounds: Bool { rounds.count == definition.system.rounds }

    /// Reads, checks and tabulates the next round, and updates the seats.
    ///
    /// - Precondition: `hasAllRounds` is false.
    /// - Throws: `BundleError` with the round's fatal problems (and the structural problems of the
    ///   rounds after it); the count is unchanged then.
    public mutating func loadNextRound(
        from source: some BundleSource,
        options: LoadOptions = .sequential
    )
        throws(BundleError)
    {
        precondition(!hasAllRounds, "every round is read already")
        let round = rounds.count + 1
        let contenders =
            rounds.last.map(Self.nextContenders(after:))
            ?? definition.listsOfConstituency.map { .lists($0.map(ListID.init)) }
        let loaded: RoundLoader.Loaded
        do {
            loaded = try RoundLoader.load(
                round: round,
                from: source,
                definition: definition,
                contenders: contenders,
                options: options
            )
        } catch {
            throw BundleError(
                error.problems
                    + Self.laterRoundProblems(after: round, maximum: definition.system.rounds, source: source)
            )
        }
        rounds.append(
            Tabulator.tabulate(
                round: round,
                loaded: loaded,
                definition: definition,
                contenders: contenders,
                options: options,
                rulings: rulings
            )
        )
        seats = SeatTable.make(definition: definition, rounds: rounds)
    }

    /// The structural problems of the round files after `round`: up to `maximum`, or, when the
    /// number of rounds is unknown, as long as round folders have files (at most nine).
    static func laterRoundProblems(after round: Int, maximum: Int?, source: some BundleSource) -> [Problem] {
        var problems: [Problem] = []
        var next = round + 1
        while next <= (maximum ?? 9) {
            let files = RoundLoader.Files(round: next, source: source)
            if maximum == nil && !files.isPresent { break }
            problems += files.structuralProblems
            next += 1
        }
        return problems
    }

    /// Who runs in the next round, from a round's outcomes.
    static func nextContenders(after round: RoundCount) -> [Contenders] {
        round.constituencies.map(nextContenders(of:))
    }

    /// Who runs in a constituency in the next round, from its outcome in this one.
    static func nextContenders(of count: ConstituencyCount) -> Contenders {
        switch count.contenders {
        case .decidedEarlier: return .decidedEarlier
        case .awaitingEarlierRound: return .awaitingEarlierRound
        case .lists:
            switch count.outcome {
            case .decided(.elected): return .decidedEarlier
            case .decided(.runoff(let lists)): return .lists(lists)
            case .decided(.tie), .counting, .blocked, .noContest, .annulled: return .awaitingEarlierRound
            }
        }
    }

    /// Every problem: candidacies first, then each round's sheets.
    public var problems: [Problem] { candidacyProblems + rounds.flatMap { $0.problems(in: definition) } }

    /// The highest severity among the problems, or nil when there is none.
    public var worstSeverity: Severity? { problems.map(\.severity).max() }

    /// The round in which a constituency was finally decided, and the decision.
    public func finalDecision(of constituency: ConstituencyID) -> (round: Int, decision: Decision)? {
        for round in rounds.reversed() {
            if case .decided(let decision) = round[constituency].outcome { return (round.round, decision) }
        }
        return nil
    }
}
