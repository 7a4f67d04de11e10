/// Who may receive votes in a constituency in a given round.
public enum Contenders: Sendable, Hashable {
    /// These lists run: every list in round 1, the runoff lists in round 2.
    case lists([ListID])
    /// The constituency was decided in an earlier round: no contest in this one.
    case decidedEarlier
    /// The earlier round is not settled yet (counting, quarantine, tie): no contest can be held.
    case awaitingEarlierRound

    /// The running lists, or an empty array when there is no contest.
    public var running: [ListID] {
        if case .lists(let lists) = self { return lists }
        return []
    }

    public var isContested: Bool {
        if case .lists = self { return true }
        return false
    }
}
