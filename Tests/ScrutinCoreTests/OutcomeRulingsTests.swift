import ScrutinCore
import ScrutinTestSupport
import Testing

/// Rulings on outcomes, applied by the count between rounds.
struct OutcomeRulingsTests {
    let definition: ElectionDefinition

    init() throws {
        definition = try ElectionCount.load(from: Fixture.bundle, throughRound: 0).definition
    }

    func list(_ code: String) -> ListID { definition.list(code: code)! }
    func constituency(_ code: String) -> ConstituencyID { definition.constituency(code: code)! }

    @Test("A constituency overturned: the court's list takes the seats, by party")
    func overturn() throws {
        let rulings = OutcomeRulings(overrides: [
            2: [constituency("N1"): .init(override: .elected(list("LA-N1")), citation: "arrêt 1")]
        ])
        let count = try ElectionCount.load(from: Fixture.bundle, rulings: rulings)
        #expect(
            count.rounds[1][constituency("N1")].outcome
                == .decided(.elected([SeatAward(list: list("LA-N1"), seats: 3)]))
        )
        #expect(count.rounds[1][constituency("N1")].ruling == "arrêt 1")
        // A 4 seats (1 + 3), B and C none.
        #expect(count.seats.rows.first { $0.party == definition.party(code: "A") }?.total == 4)
        #expect(count.seats.majorityHolder == .party(definition.party(code: "A")!))
    }

    @Test("A constituency annulled in round 1: no seat, no runoff, a new vote due")
    func annulled() throws {
        let rulings = OutcomeRulings(overrides: [
            1: [constituency("S1"): .init(override: .annulled, citation: "arrêt 2")]
        ])
        let count = try ElectionCount.load(from: Fixture.bundle, rulings: rulings)
        #expect(count.rounds[0][constituency("S1")].outcome == .annulled)
        #expect(count.rounds[1][constituency("S1")].contenders == .awaitingEarlierRound)
        #expect(count.seats.undecided == 1)
        #expect(count.rounds[0].nation.decided == 1)
    }

    @Test("A round-2 tie settled by lots")
    func tieSettled() throws {
        let tied = Fixture.bundle.with(
            BundleLayout.votes(round: 2),
            "station,list,votes\nN1-01,LA-N1,136\nN1-01,LB-N1,136\nN1-02,LA-N1,93\nN1-02,LB-N1,93"
        )
        let rulings = OutcomeRulings(overrides: [
            2: [constituency("N1"): .init(override: .settled([list("LB-N1")]), citation: "tirage au sort")]
        ])
        let count = try ElectionCount.load(from: tied, rulings: rulings)
        #expect(
            count.rounds[1][constituency("N1")].outcome
                == .decided(.elected([SeatAward(list: list("LB-N1"), seats: 3)]))
        )
        // A settlement that does not fit the tie is not applied.
        let wrong = OutcomeRulings(overrides: [
            2: [constituency("N1"): .init(override: .settled([list("LI-N1")]), citation: "x")]
        ])
        let unsettled = try ElectionCount.load(from: tied, rulings: wrong)
        guard case .decided(.tie) = unsettled.rounds[1][constituency("N1")].outcome else {
            Issue.record("the tie should stand")
            return
        }
    }

    @Test("A disqualified list can win nothing; its votes stay valid votes")
    func disqualified() throws {
        let rulings = OutcomeRulings(disqualified: [list("LA-S1"): "arrêt 3"])
        let count = try ElectionCount.load(from: Fixture.bundle, throughRound: 1, rulings: rulings)
        let south = count.rounds[0][constituency("S1")]
        #expect(south.totals.valid == 245)
        // LB-S1 alone: 85 of 245 is no majority, and there is no runoff of one list: the court
        // must decide (a vacant runoff place), as for a tie.
        #expect(
            south.outcome
                == .decided(.tie(Tie(stake: .vacancy, tied: [list("LB-S1")], settled: [], places: 1, votes: 85)))
        )
    }

    @Test("A submitted sheet keeps a constituency's override")
    func submissionsKeepOverrides() throws {
        let bundle = Fixture.bundle(replacingLine: 5, of: BundleLayout.sheets(round: 1), with: "")
            .with(
                BundleLayout.votes(round: 1),
                Fixture.round1Votes.split(separator: "\n").filter { !$0.hasPrefix("S1-02") }.joined(separator: "\n")
            )
        let rulings = OutcomeRulings(overrides: [
            1: [constituency("S1"): .init(override: .elected(list("LB-S1")), citation: "arrêt 4")]
        ])
        var count = try ElectionCount.load(from: bundle, throughRound: 1, rulings: rulings)
        count.submit(
            .init(
                station: "S1-02",
                registered: 200,
                voters: 100,
                invalid: 2,
                valid: 98,
                votes: [.init(list: "LA-S1", votes: 60), .init(list: "LB-S1", votes: 38)]
            )
        )
        #expect(
            count.rounds[0][constituency("S1")].outcome
                == .decided(.elected([SeatAward(list: list("LB-S1"), seats: 1)]))
        )
    }
}
