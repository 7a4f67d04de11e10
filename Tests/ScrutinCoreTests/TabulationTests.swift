import ScrutinCore
import ScrutinTestSupport
import Testing

/// The fixture tabulated, against the figures computed by hand in `Fixture`'s documentation.
struct TabulationTests {
    let count: ElectionCount
    let north: ConstituencyID
    let south: ConstituencyID

    init() throws {
        count = try ElectionCount.load(from: Fixture.bundle)
        north = try #require(count.definition.constituency(code: "N1"))
        south = try #require(count.definition.constituency(code: "S1"))
    }

    func list(_ code: String) -> ListID { count.definition.list(code: code)! }

    @Test func roundOneConstituencyTotals() {
        let round = count.rounds[0]
        #expect(round[north].totals == Totals(registered: 900, voters: 500, invalid: 15, valid: 485))
        #expect(round[north].votes == [230, 190, 65])
        #expect(round[south].totals == Totals(registered: 500, voters: 250, invalid: 5, valid: 245))
        #expect(round[north].coverage == Coverage(expected: 2, counted: 2, closed: 0, quarantined: 0))
    }

    @Test func roundOneOutcomes() {
        let round = count.rounds[0]
        #expect(round[north].outcome == .decided(.runoff([list("LA-N1"), list("LB-N1")])))
        #expect(round[south].outcome == .decided(.elected([SeatAward(list: list("LA-S1"), seats: 1)])))
    }

    @Test func roundTwoOutcomes() {
        let round = count.rounds[1]
        #expect(round[north].contenders == .lists([list("LA-N1"), list("LB-N1")]))
        #expect(round[north].outcome == .decided(.elected([SeatAward(list: list("LB-N1"), seats: 3)])))
        #expect(round[north].votes == [220, 238, 0])
        #expect(round[south].contenders == .decidedEarlier)
        #expect(round[south].outcome == .noContest)
    }

    @Test func regionsAndNation() {
        let round = count.rounds[0]
        #expect(count.definition.regions == ["Region One", "Region Two"])
        #expect(round.regions[0].totals == round[north].totals)
        #expect(round.regions[1].totals == round[south].totals)
        #expect(round.nation.totals == Totals(registered: 1400, voters: 750, invalid: 20, valid: 730))
        #expect(round.nation.coverage.expected == 4)
        #expect(round.nation.decided == 2)
        // Round 2 is held in North only.
        #expect(count.rounds[1].nation.totals == Totals(registered: 900, voters: 470, invalid: 12, valid: 458))
        #expect(count.rounds[1].nation.coverage.expected == 2)
        #expect(count.rounds[1].nation.contested == 1)
    }

    @Test func turnoutInBasisPoints() {
        // 750 / 1400 = 53.571…% → 53.57 %.
        #expect(count.rounds[0].nation.totals.turnoutBasisPoints == 5_357)
    }

    @Test func seatsByPartyKeepTheCandidatesOwnParty() throws {
        let seats = count.seats
        let definition = count.definition
        func row(_ code: String) throws -> SeatTable.Row {
            let party = try #require(definition.party(code: code))
            return try #require(seats.rows.first { $0.party == party })
        }
        #expect(try row("A").byRound == [1, 0])
        #expect(try row("B").byRound == [0, 2])
        #expect(try row("C").byRound == [0, 1])
        #expect(try row("A").change == -1)
        #expect(try row("B").change == 1)
        #expect(try row("C").previous == nil)
        let independents = try #require(seats.rows.first { $0.party == nil })
        #expect(independents.total == 0)
        #expect(independents.change == -1)
        #expect(seats.filled == 4)
        #expect(seats.undecided == 0)
        #expect(seats.majority == 3)
        #expect(seats.majorityHolder == .none)
        #expect(seats.women == 1)
        #expect(seats.rows.map(\.total).reduce(0, +) == 4)
    }

    @Test func electedCandidatesAreTheTopOfTheWinningList() {
        let names = count.seats.elected.map(\.candidate.name)
        #expect(Set(names) == ["Moussa Dembélé", "Djeneba Coulibaly", "Fousseyni Sangaré", "Oumar Sidibé"])
        #expect(count.finalDecision(of: north)?.round == 2)
        #expect(count.finalDecision(of: south)?.round == 1)
    }

    @Test func roundTwoNotYetHeld() throws {
        let bundle = Fixture.bundle(replacing: BundleLayout.sheets(round: 2), with: nil)
            .with(BundleLayout.votes(round: 2), "")
        var without = bundle
        without.files[BundleLayout.votes(round: 2)] = nil
        let count = try ElectionCount.load(from: without)
        #expect(count.rounds[1].isHeld == false)
        #expect(count.rounds[1][north].outcome == .counting(leaders: []))
        #expect(count.seats.undecided == 3)
        #expect(count.seats.filled == 1)
    }

    @Test func partialCountShowsLeadersAndDecidesNothing() throws {
        let bundle = Fixture.bundle(replacingLine: 3, of: BundleLayout.sheets(round: 1), with: "")
            .with(
                BundleLayout.votes(round: 1),
                Fixture.round1Votes.split(separator: "\n").filter { !$0.hasPrefix("N1-02") }.joined(separator: "\n")
            )
        let count = try ElectionCount.load(from: bundle)
        #expect(count.rounds[0][north].coverage.missing == 1)
        #expect(count.rounds[0][north].outcome == .counting(leaders: [list("LA-N1")]))
        // North's runoff is unknown, so round-2 sheets there are held with E114.
        #expect(count.rounds[1][north].contenders == .awaitingEarlierRound)
        #expect(count.rounds[1].problems(in: count.definition).map(\.code) == [.noRunoffHere, .noRunoffHere])
    }

    @Test func quarantineBlocksTheConstituencyAndCountsNothingOfTheSheet() throws {
        let bundle = Fixture.bundle(replacingLine: 4, of: BundleLayout.sheets(round: 1), with: "S1-01,300,150,3,148")
        let count = try ElectionCount.load(from: bundle)
        let round = count.rounds[0]
        #expect(round[south].coverage.quarantined == 1)
        #expect(round[south].totals == Totals(registered: 200, voters: 100, invalid: 2, valid: 98))
        #expect(round[south].outcome == .blocked(leaders: [list("LA-S1")]))
        let sheet = try #require(round.sheets.sheet(of: count.definition.station(code: "S1-01")!))
        #expect(round.sheets.state(ofSheet: sheet) == .quarantined)
        #expect(count.seats.undecided == 1)
    }

    @Test func closedStationsCountTheirRegisteredVotersWithNoVoters() throws {
        let bundle = Fixture.bundle(replacingLine: 5, of: BundleLayout.sheets(round: 1), with: "")
            .with(
                BundleLayout.votes(round: 1),
                Fixture.round1Votes.split(separator: "\n").filter { !$0.hasPrefix("S1-02") }.joined(separator: "\n")
            )
            .with(BundleLayout.closed(round: 1), "station,reason\nS1-02,insecurity")
        let count = try ElectionCount.load(from: bundle)
        let south = count.rounds[0][self.south]
        #expect(south.coverage == Coverage(expected: 2, counted: 1, closed: 1, quarantined: 0))
        #expect(south.totals == Totals(registered: 500, voters: 150, invalid: 3, valid: 147))
        // 100 of 147 valid: elected, and the constituency is decided without the closed station.
        #expect(south.outcome == .decided(.elected([SeatAward(list: list("LA-S1"), seats: 1)])))
        #expect(count.rounds[0].closedReasons[count.definition.station(code: "S1-02")!] == "insecurity")
    }

    @Test func aRoundTwoTieIsNotSettled() throws {
        // LA 136 + 93 = 229, LB 136 + 93 = 229; valid votes stay 272 and 186.
        let equal = Fixture.bundle
            .with(
                BundleLayout.votes(round: 2),
                "station,list,votes\nN1-01,LA-N1,136\nN1-01,LB-N1,136\nN1-02,LA-N1,93\nN1-02,LB-N1,93"
            )
        let count = try ElectionCount.load(from: equal)
        #expect(count.rounds[1].problems(in: count.definition).isEmpty)
        #expect(
            count.rounds[1][north].outcome
                == .decided(
                    .tie(Tie(stake: .seats, tied: [list("LA-N1"), list("LB-N1")], settled: [], places: 1, votes: 229))
                )
        )
        #expect(count.seats.undecided == 3)
        #expect(count.seats.filled == 1)
        // A tie is not settled.
        #expect(count.rounds[1].nation.decided == 0)
        #expect(count.rounds[1].regions[0].decided == 0)
    }

    @Test func independentsNeverHoldTheMajorityTogether() throws {
        // LI-N1 takes North in round 1 with 300 of 485; round 2 is then not held there.
        let bundle = Fixture.bundle
            .with(
                BundleLayout.votes(round: 1),
                Fixture.round1Votes.replacing("N1-01,LA-N1,150", with: "N1-01,LA-N1,10")
                    .replacing("N1-01,LI-N1,40", with: "N1-01,LI-N1,180")
                    .replacing("N1-02,LA-N1,80", with: "N1-02,LA-N1,40")
                    .replacing("N1-02,LI-N1,25", with: "N1-02,LI-N1,65")
            )
        var withoutRound2 = bundle
        withoutRound2.files[BundleLayout.sheets(round: 2)] = nil
        withoutRound2.files[BundleLayout.votes(round: 2)] = nil
        let count = try ElectionCount.load(from: withoutRound2)
        #expect(count.rounds[0][north].outcome == .decided(.elected([SeatAward(list: list("LI-N1"), seats: 3)])))
        #expect(count.seats.rows.first { $0.party == nil }?.total == 3)
        #expect(count.seats.majority == 3)
        #expect(count.seats.majorityHolder == .none)
    }

    @Test func anImportIsAllOrNothing() {
        let broken = Fixture.bundle(replacingLine: 3, of: BundleLayout.stations, with: "N1-02,N1")
        #expect(throws: BundleError.self) { try ElectionCount.load(from: broken) }
    }

    @Test func everyProblemOfEveryDefinitionFileIsReportedAtOnce() {
        let broken = Fixture.bundle(replacingLine: 3, of: BundleLayout.constituencies, with: "S1,South,Region Two,x")
            .with(BundleLayout.parties, Fixture.parties + "\nA,Again,")
        do {
            _ = try ElectionCount.load(from: broken)
            Issue.record("expected a failure")
        } catch {
            #expect(Set(error.problems.map(\.code)) == [.invalidValue, .duplicateCode])
        }
    }
}
