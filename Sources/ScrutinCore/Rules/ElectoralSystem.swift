/// A constituency-level electoral rule.
///
/// A system decides one round of one constituency from its complete count. Everything around that
/// (which stations are counted, quarantine, coverage, seats by party) is the same for every
/// system, so a new system is one type conforming to this protocol, registered in
/// `ElectoralSystems`. First past the post returns `.elected` or `.tie` from round 1; a French-style
/// two-round system returns `.runoff` with two or more lists; list PR returns several awards.
///
/// Systems compute with integers only.
public protocol ElectoralSystem: Sendable {
    /// The identifier used in `election.json`.
    var identifier: String { get }
    /// The system's name for people.
    var name: Message { get }
    /// The number of rounds the system may take.
    var rounds: Int { get }
    /// Decides a round from its complete count.
    ///
    /// - Parameter contest: the round, the seats and every running list's votes.
    /// - Returns: the seats awarded, the lists going to the next round, or a tie.
    func decide(_ contest: Contest) -> Decision
}

/// The electoral systems Scrutin knows, by identifier.
public enum ElectoralSystems {
    /// Every known system.
    public static let all: [any ElectoralSystem] = [TwoRoundBlockVote()]

    /// The system with this identifier, or nil.
    public static func named(_ identifier: String) -> (any ElectoralSystem)? {
        all.first { $0.identifier == identifier }
    }
}
