import ScrutinCore
import Testing

/// Every branch of the two-round block vote, on hand-computed counts.
struct TwoRoundBlockVoteTests {
    let system = TwoRoundBlockVote()

    /// Lists 0, 1, 2… with the given votes; valid votes are their sum unless given.
    func contest(round: Int, seats: Int = 3, _ votes: [Int64], valid: Int64? = nil) -> Contest {
        let entries = votes.enumerated().map { Contest.Entry(list: ListID($0.offset), votes: $0.element) }
        let sum = votes.reduce(0, +)
        return Contest(
            round: round,
            seats: seats,
            totals: Totals(registered: 1000, voters: sum + 7, invalid: 7, valid: valid ?? sum),
            entries: entries
        )
    }

    @Test("Round 1: more than half of the valid votes takes every seat")
    func majorityElects() {
        // 51 of 100 valid: 102 > 100.
        #expect(
            system.decide(contest(round: 1, seats: 5, [51, 30, 19])) == .elected([SeatAward(list: ListID(0), seats: 5)])
        )
    }

    @Test("Round 1: exactly half is not a majority")
    func exactlyHalfGoesToRunoff() {
        // 50 of 100: 100 > 100 is false.
        #expect(system.decide(contest(round: 1, [50, 30, 20])) == .runoff([ListID(0), ListID(1)]))
    }

    @Test("Round 1: the majority is of valid votes, whoever leads")
    func majorityIsOfValidVotes() {
        // A list with 60 votes is not elected when valid votes are 121 (the sheet's figure).
        #expect(
            system.decide(contest(round: 1, [60, 61], valid: 121)) == .elected([SeatAward(list: ListID(1), seats: 3)])
        )
        #expect(system.decide(contest(round: 1, [60, 40, 21], valid: 121)) == .runoff([ListID(0), ListID(1)]))
    }

    @Test("Round 1: the runoff pair is the top two, whatever the list order")
    func runoffPairIsTopTwo() {
        #expect(system.decide(contest(round: 1, [10, 40, 20, 30])) == .runoff([ListID(1), ListID(3)]))
    }

    @Test("Round 1: two lists equal at the top both qualify")
    func tieForFirstBothQualify() {
        #expect(system.decide(contest(round: 1, [40, 40, 20])) == .runoff([ListID(0), ListID(1)]))
    }

    @Test("Round 1: a tie for second place is a tie for one runoff place")
    func tieForSecondPlace() {
        let decision = system.decide(contest(round: 1, [40, 30, 30]))
        #expect(
            decision
                == .tie(
                    Tie(
                        stake: .qualification,
                        tied: [ListID(1), ListID(2)],
                        settled: [ListID(0)],
                        places: 1,
                        votes: 30
                    )
                )
        )
    }

    @Test("Round 1: three lists equal at the top tie for both places")
    func threeWayTieAtTop() {
        let decision = system.decide(contest(round: 1, [30, 30, 30]))
        #expect(
            decision
                == .tie(
                    Tie(
                        stake: .qualification,
                        tied: [ListID(0), ListID(1), ListID(2)],
                        settled: [],
                        places: 2,
                        votes: 30
                    )
                )
        )
    }

    @Test("Round 1: two lists at exactly half each go to the runoff")
    func twoListsAtHalf() {
        #expect(system.decide(contest(round: 1, [50, 50])) == .runoff([ListID(0), ListID(1)]))
    }

    @Test("Round 1: a single list with votes is elected")
    func singleList() {
        #expect(system.decide(contest(round: 1, seats: 1, [12])) == .elected([SeatAward(list: ListID(0), seats: 1)]))
    }

    @Test("Round 1: fewer lists than runoff places and no majority (the others disqualified): a ruling must decide")
    func tooFewListsForARunoff() {
        // One list left, 40 of 100 valid votes: no majority, and no runoff of one list.
        #expect(
            system.decide(contest(round: 1, [40], valid: 100))
                == .tie(Tie(stake: .vacancy, tied: [ListID(0)], settled: [], places: 1, votes: 40))
        )
        // No list left at all.
        #expect(
            system.decide(contest(round: 1, [], valid: 100))
                == .tie(Tie(stake: .vacancy, tied: [], settled: [], places: 2, votes: 0))
        )
    }

    @Test("Round 2: the most votes take every seat")
    func runoffWinner() {
        #expect(
            system.decide(contest(round: 2, seats: 7, [4_999, 5_001]))
                == .elected([SeatAward(list: ListID(1), seats: 7)])
        )
    }

    @Test("Round 2: equal votes are a tie for the seats, never settled silently")
    func runoffTie() {
        #expect(
            system.decide(contest(round: 2, [5_000, 5_000]))
                == .tie(Tie(stake: .seats, tied: [ListID(0), ListID(1)], settled: [], places: 1, votes: 5_000))
        )
    }

    @Test("Round 2: a relative majority suffices, even under half of the valid votes")
    func runoffNeedsNoAbsoluteMajority() {
        // Only two lists run in round 2, but the valid votes could include more (the rule uses
        // the lists' votes only).
        #expect(
            system.decide(contest(round: 2, [40, 35], valid: 100)) == .elected([SeatAward(list: ListID(0), seats: 3)])
        )
    }

    @Test(
        "Majority of seats: half plus one, rounded down",
        arguments: [(147, 74), (4, 3), (1, 1), (2, 2), (160, 81)]
    )
    func majorityOfSeats(seats: Int, majority: Int) {
        let settings = ElectionSettings(name: "x", seats: seats, system: "two-round-block-vote", rounds: [])
        #expect(settings.majority == majority)
    }

    @Test("The system is found by its identifier")
    func registry() {
        #expect(ElectoralSystems.named("two-round-block-vote")?.rounds == 2)
        #expect(ElectoralSystems.named("d-hondt") == nil)
    }
}
