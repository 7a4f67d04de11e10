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
        var table = SeatTable(
            rows: [],
            elected: [],
            seats: definition.settings.seats,
            undecided: definition.settings.seats,
            unfilled: 0,
            majority: definition.settings.majority,
            majorityHolder: .none,
            hasPrevious: definition.previous != nil
        )
        var byParty: [Int?: Row] = [:]
        if let previous = definition.previous {
            for (party, seats) in previous.byParty {
                byParty[party.index, default: table.emptyRow(party.index, definition)].previous = seats
            }
            if let independents = previous.independents {
                byParty[nil, default: table.emptyRow(nil, definition)].previous = independents
            }
        }
        table.rows = Array(byParty.values)
        for round in rounds {
            for count in round.constituencies {
                table.add(
                    count.outcome.awards,
                    constituency: count.constituency,
                    round: round.round,
                    definition: definition
                )
            }
        }
        table.settle()
        return table
    }

    /// Replaces a constituency's seats of a round (after a submitted sheet changed its decision).
    ///
    /// - Complexity: O(seats), to take the old winners out of `elected`.
    mutating func replace(
        constituency: ConstituencyID,
        round: Int,
        old: [SeatAward],
        new: [SeatAward],
        definition: ElectionDefinition
    ) {
        if !old.isEmpty {
            for award in old {
                undecided += award.seats
                let members = definition.candidatesOfList[award.list.index]
                unfilled -= max(0, award.seats - members.count)
                for member in members.prefix(award.seats) {
                    let party = definition.candidateParty[member]
                    if let index = rows.firstIndex(where: { $0.party?.index == party }) {
                        rows[index].byRound[round - 1] -= 1
                        if definition.candidates[member].gender == .female { rows[index].women -= 1 }
                    }
                }
            }
            elected.removeAll { $0.constituency == constituency && $0.round == round }
            rows.removeAll { $0.total == 0 && $0.previous == nil }
        }
        add(new, constituency: constituency, round: round, definition: definition)
        settle()
    }

    private func emptyRow(_ party: Int?, _ definition: ElectionDefinition) -> Row {
        Row(
            party: party.map(PartyID.init),
            byRound: Array(repeating: 0, count: definition.system.rounds),
            women: 0,
            previous: nil
        )
    }

    /// Adds the winners of some awards.
    private mutating func add(
        _ awards: [SeatAward],
        constituency: ConstituencyID,
        round: Int,
        definition: ElectionDefinition
    ) {
        for award in awards {
            undecided -= award.seats
            let members = definition.candidatesOfList[award.list.index]
            unfilled += max(0, award.seats - members.count)
            for member in members.prefix(award.seats) {
                let party = definition.candidateParty[member]
                let candidate = definition.candidates[member]
                var index = rows.firstIndex { $0.party?.index == party }
                if index == nil {
                    rows.append(emptyRow(party, definition))
                    index = rows.count - 1
                }
                if let index {
                    rows[index].byRound[round - 1] += 1
                    if candidate.gender == .female { rows[index].women += 1 }
                }
                elected.append(
                    ElectedCandidate(
                        constituency: constituency,
                        list: award.list,
                        round: round,
                        candidate: candidate,
                        party: party.map(PartyID.init)
                    )
                )
            }
        }
    }

    /// Orders the rows (most seats first, independents last) and finds who holds the majority.
    private mutating func settle() {
        rows.sort { lhs, rhs in
            switch (lhs.party, rhs.party) {
            case (nil, _): return false
            case (_, nil): return true
            case (let left?, let right?):
                if lhs.total != rhs.total { return lhs.total > rhs.total }
                if (lhs.previous ?? 0) != (rhs.previous ?? 0) { return (lhs.previous ?? 0) > (rhs.previous ?? 0) }
                return left < right
            }
        }
        majorityHolder = .none
        if let party = rows.first(where: { $0.party != nil && $0.total >= majority })?.party {
            majorityHolder = .party(party)
        }
    }
}
