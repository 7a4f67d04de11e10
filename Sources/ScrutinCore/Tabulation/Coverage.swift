/// How far the count of an area has gone: stations expected, counted, closed, quarantined.
public struct Coverage: Sendable, Hashable, Codable {
    /// Stations where the round is held.
    public var expected: Int = 0
    /// Stations whose sheet is counted.
    public var counted: Int = 0
    /// Stations that did not open (recorded in `closed.csv`).
    public var closed: Int = 0
    /// Stations whose sheet is quarantined.
    public var quarantined: Int = 0

    public init(expected: Int = 0, counted: Int = 0, closed: Int = 0, quarantined: Int = 0) {
        self.expected = expected
        self.counted = counted
        self.closed = closed
        self.quarantined = quarantined
    }

    /// Stations with nothing yet.
    public var missing: Int { expected - counted - closed - quarantined }

    /// Every station is counted or closed.
    public var isComplete: Bool { counted + closed == expected }

    public static func += (lhs: inout Coverage, rhs: Coverage) {
        lhs.expected += rhs.expected
        lhs.counted += rhs.counted
        lhs.closed += rhs.closed
        lhs.quarantined += rhs.quarantined
    }
}

/// Where a constituency stands in a round.
public enum Outcome: Sendable, Hashable {
    /// No contest in this round; `ConstituencyCount.contenders` says why.
    case noContest
    /// Stations remain to be counted. The leading lists so far: one, several when equal, none
    /// before any vote.
    case counting(leaders: [ListID])
    /// Quarantined sheets hold the decision until they are resolved; the leaders so far.
    case blocked(leaders: [ListID])
    /// Every station is counted or closed: the electoral system's decision.
    case decided(Decision)
    /// A ruling annulled the election here; a new vote is due.
    case annulled
}
