/// The two-round block vote of Mali's National Assembly.
///
/// - Round 1: a list with more than half of the valid votes takes every seat of the
///   constituency. Otherwise the two lists with most votes go to a runoff. Exactly half is not a
///   majority.
/// - Round 2: the two lists run alone; the list with most votes takes every seat.
///
/// Mali's law, as far as the sources read say, gives no rule for equal votes (see
/// `shared/data/mali-2020/rules.md`), so a tie for a runoff place or for the seats is returned
/// as a `Tie` for a later decision. Nor does it say what happens when round 1 gives no majority
/// and fewer lists may run than the runoff has places (the others disqualified): that is a
/// `Tie` with the stake `vacancy`, for the court to decide (never a runoff of one list).
public struct TwoRoundBlockVote: ElectoralSystem {
    public init() {}

    public var identifier: String { "two-round-block-vote" }
    public var name: Message {
        Word.twoRoundBlockVote.message
    }
    public var rounds: Int { 2 }

    /// The number of lists that go to the runoff.
    public static let runoffPlaces = 2

    public func decide(_ contest: Contest) -> Decision {
        let ranked = contest.ranked
        guard let leader = ranked.first else {
            if contest.round == 1 { return vacancy(ranked, places: Self.runoffPlaces) }
            return .tie(Tie(stake: .seats, tied: [], settled: [], places: 1, votes: 0))
        }
        if contest.round == 1 {
            // An absolute majority: strictly more than half of the valid votes.
            if leader.votes * 2 > contest.totals.valid {
                return .elected([SeatAward(list: leader.list, seats: contest.seats)])
            }
            return qualify(ranked, places: Self.runoffPlaces)
        }
        // The final round: the most votes win, unless the top lists are equal.
        let tiedAtTop = ranked.prefix { $0.votes == leader.votes }
        if tiedAtTop.count > 1 {
            return .tie(Tie(stake: .seats, tied: tiedAtTop.map(\.list), settled: [], places: 1, votes: leader.votes))
        }
        return .elected([SeatAward(list: leader.list, seats: contest.seats)])
    }

    /// The top `places` lists, or a tie where the line between qualified and not falls between
    /// equal votes.
    private func qualify(_ ranked: [Contest.Entry], places: Int) -> Decision {
        guard ranked.count >= places else { return vacancy(ranked, places: places) }
        guard places < ranked.count else { return .runoff(ranked.map(\.list)) }
        let boundary = ranked[places - 1].votes
        guard ranked[places].votes == boundary else { return .runoff(ranked.prefix(places).map(\.list)) }
        let settled = ranked.prefix { $0.votes > boundary }.map(\.list)
        let tied = ranked.filter { $0.votes == boundary }.map(\.list)
        return .tie(
            Tie(stake: .qualification, tied: tied, settled: settled, places: places - settled.count, votes: boundary)
        )
    }

    /// Fewer lists than places, and no majority: the rule cannot decide, a ruling must.
    private func vacancy(_ ranked: [Contest.Entry], places: Int) -> Decision {
        .tie(
            Tie(
                stake: .vacancy,
                tied: ranked.map(\.list),
                settled: [],
                places: places - ranked.count,
                votes: ranked.first?.votes ?? 0
            )
        )
    }
}
