/// Results as an authority declared them, for a record that does not hold the tally sheets.
///
/// The embedded 2020 election is such a record: no polling-station figures were published, so the
/// journal keeps what the Ministry and the Court proclaimed (outcomes by constituency, national
/// figures, seats by party), each with its sources, and the Court's rulings in between. Every
/// value comes from a source; an unknown one is absent, never guessed.
public struct Declaration: Sendable, Hashable, Codable {
    /// Outcomes by constituency, for the constituencies the declaration covers.
    public var outcomes: [DeclaredOutcome]
    /// The round's national figures, when declared.
    public var totals: DeclaredTotals?
    /// Seats by party as published with these results (after this round), when published.
    public var seats: [DeclaredSeats]
    /// Where the declaration comes from: source ids and what they are.
    public var sources: [String]

    public init(
        outcomes: [DeclaredOutcome] = [],
        totals: DeclaredTotals? = nil,
        seats: [DeclaredSeats] = [],
        sources: [String] = []
    ) {
        self.outcomes = outcomes
        self.totals = totals
        self.seats = seats
        self.sources = sources
    }
}

/// One constituency's outcome in a round, as declared.
public struct DeclaredOutcome: Sendable, Hashable, Codable {
    public var constituency: String
    public var status: Status
    /// How sure the sources are (`sourced`, `derived`, `inferred`, …).
    public var certainty: Certainty
    public var sources: [String]

    public enum Status: Sendable, Hashable, Codable {
        /// This list is elected.
        case elected(list: String)
        /// A runoff between these lists (fewer than two when the sources do not name them).
        case runoff(lists: [String])
        /// The sources do not say.
        case unknown
    }

    public init(constituency: String, status: Status, certainty: Certainty, sources: [String]) {
        self.constituency = constituency
        self.status = status
        self.certainty = certainty
        self.sources = sources
    }
}

extension DeclaredOutcome.Status {
    /// Whether two outcomes agree: a runoff pair compares as a set, and a pair the sources name
    /// only in part agrees with the whole pair (it says less, not something else).
    public func isSame(as other: Self) -> Bool {
        if case .runoff(let a) = self, case .runoff(let b) = other {
            return Set(a).isSubset(of: b) || Set(b).isSubset(of: a)
        }
        return self == other
    }
}

/// A round's national figures as declared: kept as published, even when they do not add up.
public struct DeclaredTotals: Sendable, Hashable, Codable {
    public var registered: Int
    public var voters: Int
    public var invalid: Int
    public var valid: Int
    /// The turnout as printed, in basis points (35.58% is 3558).
    public var turnoutBasisPoints: Int?
    public var note: String

    public init(registered: Int, voters: Int, invalid: Int, valid: Int, turnoutBasisPoints: Int?, note: String) {
        self.registered = registered
        self.voters = voters
        self.invalid = invalid
        self.valid = valid
        self.turnoutBasisPoints = turnoutBasisPoints
        self.note = note
    }

    public var asTotals: Totals {
        Totals(registered: Int64(registered), voters: Int64(voters), invalid: Int64(invalid), valid: Int64(valid))
    }
}

/// A party's seats as published.
public struct DeclaredSeats: Sendable, Hashable, Codable {
    public var party: String
    public var seats: Int

    public init(party: String, seats: Int) {
        self.party = party
        self.seats = seats
    }
}
