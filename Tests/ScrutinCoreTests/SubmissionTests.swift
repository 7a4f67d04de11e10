import ScrutinCore
import ScrutinTestSupport
import Testing

/// Sheets submitted one at a time: the same checks as a bulk load, and the count updated in place.
struct SubmissionTests {
    /// The fixture without S1-02's round-1 sheet (S1 still counting), and that sheet.
    static var withoutS102: (bundle: InMemoryBundle, sheet: SheetSubmission) {
        let bundle = Fixture.bundle(replacingLine: 5, of: BundleLayout.sheets(round: 1), with: "")
            .with(
                BundleLayout.votes(round: 1),
                Fixture.round1Votes.split(separator: "\n").filter { !$0.hasPrefix("S1-02") }.joined(separator: "\n")
            )
        let sheet = SheetSubmission(
            station: "S1-02",
            registered: 200,
            voters: 100,
            invalid: 2,
            valid: 98,
            votes: [.init(list: "LA-S1", votes: 60), .init(list: "LB-S1", votes: 38)]
        )
        return (bundle, sheet)
    }

    @Test("A submitted sheet gives the count of the full bundle")
    func submittedSheetCompletesTheCount() throws {
        let full = try ElectionCount.load(from: Fixture.bundle, throughRound: 1)
        var count = try ElectionCount.load(from: Self.withoutS102.bundle, throughRound: 1)
        let south = try #require(count.definition.constituency(code: "S1"))
        #expect(count.rounds[0][south].coverage.missing == 1)
        #expect(count.seats.filled == 0)
        let problems = count.submit(Self.withoutS102.sheet)
        #expect(problems.isEmpty)
        #expect(count.rounds[0][south] == full.rounds[0][south])
        #expect(count.rounds[0].nation == full.rounds[0].nation)
        #expect(count.rounds[0].regions == full.rounds[0].regions)
        #expect(count.seats == full.seats)
        #expect(count.seats.filled == 1)
    }

    @Test("A second sheet for a counted station holds both and takes the first back out")
    func duplicateSubmission() throws {
        var count = try ElectionCount.load(from: Fixture.bundle, throughRound: 1)
        let south = try #require(count.definition.constituency(code: "S1"))
        // Round 1 only: S1's seat is filled, N1 goes to a runoff.
        #expect(count.seats.filled == 1)
        let problems = count.submit(Self.withoutS102.sheet)
        #expect(problems.map(\.code) == [.duplicateSheet])
        #expect(problems.first?.location == BundleLocation(file: "round-1/submitted", line: 1, field: "station"))
        let south1 = count.rounds[0][south]
        #expect(south1.coverage == Coverage(expected: 2, counted: 1, closed: 0, quarantined: 1))
        #expect(south1.totals == Totals(registered: 300, voters: 150, invalid: 3, valid: 147))
        #expect(south1.outcome == .blocked(leaders: [count.definition.list(code: "LA-S1")!]))
        // The seat S1 had is undecided again.
        #expect(count.seats.filled == 0)
        #expect(count.seats.undecided == 4)
        #expect(count.rounds[0].nation.decided == 1)
    }

    /// A broken sheet for S1-02 (withheld), the code it must raise.
    static let broken: [(SheetSubmission, CheckCode)] = [
        (
            .init(station: "S1-02", registered: 200, voters: 101, invalid: 2, valid: 98, votes: votes(60, 38)),
            .voterBalance
        ),
        (.init(station: "S1-02", registered: 200, voters: 100, invalid: 2, valid: 98, votes: votes(61, 38)), .voteSum),
        (
            .init(station: "Z9", registered: 200, voters: 100, invalid: 2, valid: 98, votes: votes(60, 38)),
            .unknownStation
        ),
        (
            .init(station: "S1-02", registered: -1, voters: 100, invalid: 2, valid: 98, votes: votes(60, 38)),
            .negativeNumber
        ),
        (
            .init(
                station: "S1-02",
                registered: 3_000_000_000,
                voters: 100,
                invalid: 2,
                valid: 98,
                votes: votes(60, 38)
            ),
            .numberTooLarge
        ),
        (
            .init(
                station: "S1-02",
                registered: 200,
                voters: 100,
                invalid: 2,
                valid: 98,
                votes: votes(60, 38) + [.init(list: "LX", votes: 0)]
            ),
            .unknownList
        ),
        (
            .init(
                station: "S1-02",
                registered: 200,
                voters: 100,
                invalid: 2,
                valid: 98,
                votes: votes(60, 38) + [.init(list: "LA-N1", votes: 0)]
            ),
            .listNotRunning
        ),
        (
            .init(
                station: "S1-02",
                registered: 200,
                voters: 100,
                invalid: 2,
                valid: 98,
                votes: votes(60, 38) + [.init(list: "LA-S1", votes: 0)]
            ),
            .duplicateVoteRow
        ),
        (
            .init(station: "S1-02", registered: 90, voters: 100, invalid: 2, valid: 98, votes: votes(60, 38)),
            .votersAboveRegistered
        ),
        (
            .init(station: "S1-02", registered: 210, voters: 100, invalid: 2, valid: 98, votes: votes(60, 38)),
            .registeredDiffers
        ),
    ]

    static func votes(_ a: Int, _ b: Int) -> [SheetSubmission.ListVotes] {
        [.init(list: "LA-S1", votes: a), .init(list: "LB-S1", votes: b)]
    }

    @Test("Each check fires on a submitted sheet", arguments: broken)
    func checks(_ sheet: SheetSubmission, code: CheckCode) throws {
        var count = try ElectionCount.load(from: Self.withoutS102.bundle, throughRound: 1)
        let south = try #require(count.definition.constituency(code: "S1"))
        let problems = count.submit(sheet)
        #expect(problems.map(\.code).contains(code), "\(problems.map { $0.line(.english) })")
        let state = count.rounds[0][south]
        if code.rawValue.hasPrefix("E") && code != .unknownStation {
            #expect(state.outcome == .blocked(leaders: [count.definition.list(code: "LA-S1")!]))
            #expect(state.coverage.quarantined == 1)
        }
        if code.rawValue.hasPrefix("W") {
            #expect(state.coverage.counted == 2)
        }
    }

    @Test("A closed station's sheet is held, and leaves its closed state")
    func closedStation() throws {
        let bundle = Self.withoutS102.bundle.with(BundleLayout.closed(round: 1), "station,reason\nS1-02,insecurity")
        var count = try ElectionCount.load(from: bundle, throughRound: 1)
        let south = try #require(count.definition.constituency(code: "S1"))
        #expect(count.rounds[0][south].coverage.closed == 1)
        #expect(count.submit(Self.withoutS102.sheet).map(\.code) == [.sheetForClosedStation])
        #expect(count.rounds[0][south].coverage == Coverage(expected: 2, counted: 1, closed: 0, quarantined: 1))
        #expect(count.rounds[0][south].totals.registered == 300)
    }

    @Test("A round-2 sheet where round 1 elected someone is held (E114)")
    func noRunoff() throws {
        var count = try ElectionCount.load(from: Fixture.bundle)
        let problems = count.submit(
            .init(station: "S1-01", registered: 300, voters: 10, invalid: 0, valid: 10, votes: Self.votes(5, 5))
        )
        let problem = try #require(problems.first { $0.code == .noRunoffHere })
        #expect(count.rounds[1].nation == (try ElectionCount.load(from: Fixture.bundle)).rounds[1].nation)
        // Its reason is a word of the message, in the message's language.
        #expect(problem.message(.english).hasSuffix("it was decided in an earlier round"))
        #expect(problem.message(.french).hasSuffix("elle a été pourvue à un tour précédent"))
        #expect(!problem.message(.french).contains("decided"))
    }
}
