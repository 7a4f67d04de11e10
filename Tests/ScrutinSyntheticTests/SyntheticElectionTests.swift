import ScrutinCore
import ScrutinSynthetic
import ScrutinTestSupport
import Testing

/// Properties that hold for every generated election, over several seeds and sizes.
struct SyntheticElectionTests {
    static let cases: [SyntheticElection.Parameters] = [
        .init(stations: 400, constituencies: 12, seed: 1),
        .init(stations: 900, constituencies: 30, seed: 2),
        .init(stations: 2_000, constituencies: 55, seed: 2020),
        .init(stations: 60, constituencies: 60, seed: 7, lists: 2...3),
        .init(stations: 500, constituencies: 5, seed: 99, lists: 10...12),
    ]

    @Test("The same seed gives the same bytes")
    func deterministic() {
        let parameters = SyntheticElection.Parameters(stations: 300, constituencies: 10, seed: 42)
        #expect(SyntheticElection.generate(parameters).files == SyntheticElection.generate(parameters).files)
        let other = SyntheticElection.Parameters(stations: 300, constituencies: 10, seed: 43)
        #expect(SyntheticElection.generate(parameters).files != SyntheticElection.generate(other).files)
    }

    @Test("A synthetic bundle says so")
    func labelledSynthetic() throws {
        let bundle = SyntheticElection.generate(.init(stations: 20, constituencies: 4, seed: 5))
        let count = try ElectionCount.load(from: bundle)
        #expect(count.definition.settings.isSynthetic)
        #expect(count.definition.settings.name.contains("Synthetic"))
        #expect(bundle[text: "README.txt"]?.hasPrefix("SYNTHETIC DATA") == true)
    }

    @Test("A generated bundle loads clean, with the stations asked for", arguments: cases)
    func loadsClean(_ parameters: SyntheticElection.Parameters) throws {
        let count = try ElectionCount.load(from: SyntheticElection.generate(parameters))
        #expect(count.problems.isEmpty, "\(count.problems.prefix(3).map { $0.line(.english) })")
        #expect(count.definition.stations.count == parameters.stations)
        #expect(count.definition.constituencies.count == parameters.constituencies)
        for constituency in count.definition.constituencies.indices {
            let lists = count.definition.lists(in: ConstituencyID(constituency)).count
            #expect(parameters.lists.contains(lists))
        }
    }

    @Test("Every constituency is decided once across the rounds; seats add up", arguments: cases)
    func decidedOnce(_ parameters: SyntheticElection.Parameters) throws {
        let count = try ElectionCount.load(from: SyntheticElection.generate(parameters))
        var seatsWon = 0
        for constituency in count.definition.constituencies.indices.map(ConstituencyID.init) {
            let elected = count.rounds.filter {
                if case .decided(.elected) = $0[constituency].outcome { return true }
                return false
            }
            #expect(elected.count <= 1)
            let first = count.rounds[0][constituency].outcome
            switch first {
            case .decided(.elected):
                #expect(count.rounds[1][constituency].contenders == .decidedEarlier)
            case .decided(.runoff(let pair)):
                #expect(pair.count == 2)
                #expect(count.rounds[1][constituency].contenders == .lists(pair))
                #expect(elected.count == 1 || isTie(count.rounds[1][constituency].outcome))
            default:
                #expect(isTie(first), "round 1 of a complete synthetic bundle is decided: \(first)")
            }
            if let awards = elected.first.flatMap({ round -> [SeatAward]? in
                if case .decided(.elected(let awards)) = round[constituency].outcome { return awards }
                return nil
            }) {
                #expect(awards.map(\.seats).reduce(0, +) == count.definition[constituency].seats)
                seatsWon += count.definition[constituency].seats
            }
        }
        let table = count.seats
        #expect(table.rows.map(\.total).reduce(0, +) == seatsWon)
        #expect(table.filled + table.undecided == table.seats)
        #expect(table.seats == count.definition.constituencies.map(\.seats).reduce(0, +))
    }

    @Test("Totals agree between levels: stations, constituencies, regions, nation", arguments: cases)
    func levelsAgree(_ parameters: SyntheticElection.Parameters) throws {
        let count = try ElectionCount.load(from: SyntheticElection.generate(parameters))
        for round in count.rounds {
            var fromConstituencies = Totals.zero
            var coverage = Coverage()
            for constituency in round.constituencies where constituency.contenders.isContested {
                fromConstituencies += constituency.totals
                coverage += constituency.coverage
                // Valid votes are the sum of the lists' votes.
                #expect(constituency.votes.reduce(0, +) == constituency.totals.valid)
            }
            var fromRegions = Totals.zero
            for region in round.regions { fromRegions += region.totals }
            #expect(fromConstituencies == round.nation.totals)
            #expect(fromRegions == round.nation.totals)
            #expect(coverage == round.nation.coverage)
            var fromSheets = Totals.zero
            for sheet in 0..<round.sheets.count where round.sheets.state(ofSheet: sheet) == .counted {
                let figures = round.sheets.figures(ofSheet: sheet)
                fromSheets += Totals(
                    registered: figures.registered ?? 0,
                    voters: figures.voters ?? 0,
                    invalid: figures.invalid ?? 0,
                    valid: figures.valid ?? 0
                )
            }
            var closedRegistered: Int64 = 0
            for station in round.closedReasons.keys where round.state(of: station) == .closed {
                closedRegistered += Int64(count.definition[station].registered)
            }
            #expect(fromSheets.voters == round.nation.totals.voters)
            #expect(fromSheets.registered + closedRegistered == round.nation.totals.registered)
        }
    }

    @Test("Women elected are counted from the elected candidates", arguments: cases)
    func women(_ parameters: SyntheticElection.Parameters) throws {
        let count = try ElectionCount.load(from: SyntheticElection.generate(parameters))
        #expect(count.seats.women == count.seats.rows.map(\.women).reduce(0, +))
        #expect(count.seats.women == count.seats.elected.count { $0.candidate.gender == .female })
    }

    @Test("Reading on several threads gives the same count as one thread", arguments: cases)
    func threadsDoNotChangeTheCount(_ parameters: SyntheticElection.Parameters) throws {
        let bundle = SyntheticElection.generate(parameters)
        let sequential = CountSummary(try ElectionCount.load(from: bundle))
        for threads in [2, 3, 7] {
            let options = LoadOptions(threads: threads, minimumChunkBytes: 64)
            #expect(CountSummary(try ElectionCount.load(from: bundle, options: options)) == sequential)
        }
    }

    @Test("Sheet checks shared out between threads (4,096 sheets or more) find the same problems")
    func threadsDoNotChangeTheSheetChecks() throws {
        // Below 4,096 sheets the arithmetic checks run on one thread whatever the options.
        let parameters = SyntheticElection.Parameters(stations: 5_000, constituencies: 25, seed: 11, defects: 5)
        let bundle = SyntheticElection.generate(parameters)
        let sequential = CountSummary(try ElectionCount.load(from: bundle))
        #expect(!sequential.problems.isEmpty)
        for threads in [2, 3] {
            let options = LoadOptions(threads: threads, minimumChunkBytes: 4_096)
            #expect(CountSummary(try ElectionCount.load(from: bundle, options: options)) == sequential)
        }
    }

    @Test("Votes not grouped by station are read again on one thread, with the same count")
    func ungroupedVotes() throws {
        var bundle = SyntheticElection.generate(.init(stations: 300, constituencies: 6, seed: 4))
        // Reverse the vote rows: each station's rows stay together, but put the file out of order
        // by interleaving two halves.
        let text = bundle[text: BundleLayout.votes(round: 1)] ?? ""
        var lines = text.split(separator: "\n").map(String.init)
        let header = lines.removeFirst()
        let half = lines.count / 2
        var mixed: [String] = []
        for index in 0..<half {
            mixed.append(lines[index])
            mixed.append(lines[half + index])
        }
        mixed += lines[(2 * half)...]
        bundle[text: BundleLayout.votes(round: 1)] = ([header] + mixed).joined(separator: "\n") + "\n"
        let sequential = CountSummary(try ElectionCount.load(from: bundle))
        let threaded = CountSummary(
            try ElectionCount.load(from: bundle, options: LoadOptions(threads: 4, minimumChunkBytes: 64))
        )
        #expect(threaded == sequential)
    }

    @Test("Deliberate defects raise their checks and block their constituencies, and nothing else")
    func defects() throws {
        let parameters = SyntheticElection.Parameters(stations: 2_000, constituencies: 40, seed: 8, defects: 14)
        let count = try ElectionCount.load(from: SyntheticElection.generate(parameters))
        let codes = Set(count.problems.map(\.code))
        #expect(
            codes.isSuperset(of: [
                .duplicateSheet, .voterBalance, .voteSum, .unknownStation, .negativeNumber, .listNotRunning,
                .votersAboveRegistered,
            ]),
            "\(codes)"
        )
        let blocked = count.rounds[0].constituencies.filter {
            if case .blocked = $0.outcome { return true }
            return false
        }
        #expect(!blocked.isEmpty)
        // A blocked constituency has no runoff, so no round-2 sheet either.
        for constituency in blocked {
            #expect(count.rounds[1][constituency.constituency].contenders == .awaitingEarlierRound)
            #expect(count.rounds[1][constituency.constituency].coverage.counted == 0)
        }
        #expect(count.rounds[1].problems(in: count.definition).isEmpty)
        // The clean figures do not move: without defects, the same seed gives the same stations.
        let clean = try ElectionCount.load(
            from: SyntheticElection.generate(.init(stations: 2_000, constituencies: 40, seed: 8))
        )
        #expect(clean.definition.stations.count == count.definition.stations.count)
    }

    @Test("Bad parameters are refused with a reason")
    func parameterProblems() {
        #expect(SyntheticElection.Parameters(stations: 5, constituencies: 10, seed: 1).problem != nil)
        #expect(SyntheticElection.Parameters(stations: 5, constituencies: 0, seed: 1).problem != nil)
        #expect(SyntheticElection.Parameters(stations: 5, constituencies: 5, seed: 1, lists: 1...3).problem != nil)
        #expect(SyntheticElection.Parameters(stations: 5, constituencies: 5, seed: 1).problem == nil)
    }

    func isTie(_ outcome: Outcome) -> Bool {
        if case .decided(.tie) = outcome { return true }
        return false
    }
}

/// Results night: sheets held back, then submitted one at a time.
struct SubmissionPropertyTests {
    @Test(
        "Submitting the held sheets one by one gives the count of the full bundle",
        arguments: [(400, 12, 1), (2_000, 55, 2020), (300, 6, 9)] as [(Int, Int, UInt64)]
    )
    func submissionsEqualTheFullLoad(stations: Int, constituencies: Int, seed: UInt64) throws {
        let bundle = SyntheticElection.generate(.init(stations: stations, constituencies: constituencies, seed: seed))
        let full = try ElectionCount.load(from: bundle, throughRound: 1)
        let (partial, held) = Withholding.withhold(every: 7, round: 1, from: bundle)
        #expect(!held.isEmpty)
        var count = try ElectionCount.load(from: partial, throughRound: 1)
        #expect(count.rounds[0].nation.coverage.missing == held.count)
        for sheet in held {
            #expect(count.submit(sheet).filter { $0.severity >= .error }.isEmpty)
        }
        #expect(count.rounds[0].constituencies == full.rounds[0].constituencies)
        #expect(count.rounds[0].regions == full.rounds[0].regions)
        #expect(count.rounds[0].nation == full.rounds[0].nation)
        #expect(count.seats.rows == full.seats.rows)
        #expect(Set(count.seats.elected) == Set(full.seats.elected))
        #expect(count.seats.undecided == full.seats.undecided)
    }
}
