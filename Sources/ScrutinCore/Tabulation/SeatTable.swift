/// A candidate elected: who, for which list and constituency, in which round.
public struct ElectedCandidate: Sendable, Hashable {
    public var constituency: ConstituencyID
    public var list: ListID
    public var round: Int
    public var candidate: Candidate
    /// The candidate's own party, or nil for an independent.
    public var party: PartyID?
}

/// Seats by party across the rounds: the national table.
///
/// Each elected candidate keeps their own party, whatever list they were elected on.
public struct SeatTable: Sendable, Hashable {
    /// One party's line (or the independents' line, when `party` is nil).
    public struct Row: Sendable, Hashable {
        public var party: PartyID?
        /// Seats won in each round, round 1 first.
        public var byRound: [Int]
        public var women: Int
        /// Seats at the previous election; nil when the party is new there (or no previous
        /// results are given).
        public var previous: Int?

        public var total: Int { byRound.reduce(0, +) }
        /// Change since the previous election; nil when the party is new.
        public var change: Int? { previous.map { total - $0 } }
    }

    /// Who holds an absolute majority of seats: a party, or no one.
    ///
    /// Independents are not a group, so they never hold it together.
    public enum Majority: Sendable, Hashable {
        case party(PartyID)
        case none
    }

    /// Parties with seats now or before, most seats first; independents last.
    public var rows: [Row]
    public var elected: [ElectedCandidate]
    /// Seats in the assembly.
    public var seats: Int
    /// Seats not yet decided (counting, quarantine, ties, rounds to come).
    public var undecided: Int
    /// Seats won by a list that has fewer candidates than seats (see C001): won but not filled.
    public var unfilled: Int
    /// Half the seats plus one, rounded down.
    public var majority: Int
    public var majorityHolder: Majority
    /// Whether `previous.csv` was given.
    public var hasPrevious: Bool

    public var filled: Int { elected.count }
    public var women: Int { elected.count { $0.candidate.gender == .female } }

    /// Builds the table from every round's decisions.
    static func make(definition: ElectionDefinition, rounds: [RoundCount]) -> SeatTable {
        let roundCount = definition.system.rounds
        var byParty: [Int?: Row] = [:]
        var elected: [ElectedCandidate] = []
        var decidedSeats = 0
        var unfilled = 0
        for round in rounds {
            for count in round.constituencies {
                guard case .decided(.elected(let awards)) = count.outcome else { continue }
                for award in awards {
                    decidedSeats += award.seats
                    let members = definition.candidatesOfList[award.list.index]
                    unfilled += max(0, award.seats - members.count)
                    for member in members.prefix(award.seats) {
                        let party = definition.candidateParty[member]
                        let candidate = definition.candidates[member]
                        var row =
                            byParty[party]
                            ?? Row(
                                party: party.map(PartyID.init),
                                byRound: Array(repeating: 0, count: roundCount),
                                women: 0,
                                previous: nil
                            )
                        row.byRound[round.round - 1] += 1
                        if candidate.gender == .female { row.women += 1 }
                        byParty[party] = row
                        elected.append(
                            ElectedCandidate(
                                constituency: count.constituency,
                                list: award.list,
                                round: round.round,
                                candidate: candidate,
                                party: party.map(PartyID.init)
                            )
                        )
                    }
                }
            }
        }
        if let previous = definition.previous {
            for (party, seats) in previous.byParty {
                var row =
                    byParty[party.index]
                    ?? Row(party: party, byRound: Array(repeating: 0, count: roundCount), women: 0, previous: nil)
                row.previous = seats
                byParty[party.index] = row
            }
            if let independents = previous.independents {
                var row =
                    byParty[nil]
                    ?? Row(party: nil, byRound: Array(repeating: 0, count: roundCount), women: 0, previous: nil)
                row.previous = independents
                byParty[nil] = row
            }
        }
        let rows = byParty.values.sorted { lhs, rhs in
            switch (lhs.party, rhs.party) {
            case (nil, _): return false
            case (_, nil): return true
            case (let left?, let right?):
                if lhs.total != rhs.total { return lhs.total > rhs.total }
                if (lhs.previous ?? 0) != (rhs.previous ?? 0) { return (lhs.previous ?? 0) > (rhs.previous ?? 0) }
                return left < right
            }
        }
        let majority = definition.settings.majority
        var holder = Majority.none
        if let party = rows.first(where: { $0.party != nil && $0.total >= majority })?.party {
            holder = .party(party)
        }
        return SeatTable(
            rows: rows,
            elected: elected,
            seats: definition.settings.seats,
            undecided: definition.settings.seats - decidedSeats,
            unfilled: unfilled,
            majority: majority,
            majorityHolder: holder,
            hasPrevious: definition.previous != nil
        )
    }
}
