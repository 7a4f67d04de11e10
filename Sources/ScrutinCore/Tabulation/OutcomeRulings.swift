/// Rulings that act on outcomes rather than on sheets.
///
/// A list disqualified, a constituency overturned or annulled, a tie settled. The count applies
/// them after tabulating each round, so that the next round's runoff pairs follow them.
public struct OutcomeRulings: Sendable, Hashable, Codable {
    /// What a ruling makes of a constituency's outcome in a round.
    public enum Override: Sendable, Hashable, Codable {
        /// This list is elected (the court proclaims it).
        case elected(ListID)
        /// The election is annulled; a new vote is due.
        case annulled
        /// These two lists go to the runoff (the court names the pair).
        case runoff([ListID])
        /// A tie is settled in favour of these lists (the seats, or the runoff places).
        case settled([ListID])
    }

    /// An override and the decision it comes from.
    public struct Entry: Sendable, Hashable, Codable {
        public var override: Override
        /// The decision, like `Cour constitutionnelle, arrêt n°2020-04/CC-EL, 2020-04-30`.
        public var citation: String

        public init(override: Override, citation: String) {
            self.override = override
            self.citation = citation
        }
    }

    /// Disqualified lists, with the decision: they can win nothing, their votes stay valid votes.
    public var disqualified: [ListID: String]
    /// Overrides by round, then constituency.
    public var overrides: [Int: [ConstituencyID: Entry]]

    public init(disqualified: [ListID: String] = [:], overrides: [Int: [ConstituencyID: Entry]] = [:]) {
        self.disqualified = disqualified
        self.overrides = overrides
    }

    public static let none = OutcomeRulings()

    /// Applies an override to an outcome, when it can apply.
    ///
    /// - Returns: the new outcome, or nil when the ruling does not fit (a tie settled where there
    ///   is no tie any more, or lists that are not the tied ones).
    static func apply(_ override: Override, to outcome: Outcome, seats: Int) -> Outcome? {
        switch override {
        case .elected(let list):
            return .decided(.elected([SeatAward(list: list, seats: seats)]))
        case .annulled:
            return .annulled
        case .runoff(let lists):
            return .decided(.runoff(lists))
        case .settled(let lists):
            guard case .decided(.tie(let tie)) = outcome, Set(lists).isSubset(of: tie.tied),
                lists.count == tie.places
            else { return nil }
            switch tie.stake {
            case .seats:
                guard let winner = lists.first else { return nil }
                return .decided(.elected([SeatAward(list: winner, seats: seats)]))
            case .qualification:
                return .decided(.runoff(tie.settled + lists))
            case .vacancy:
                // Nothing to draw: an overturn or a runoff named by the court decides.
                return nil
            }
        }
    }
}
