/// How sure a sourced value is, as the data files mark it.
public enum Certainty: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// A source states it.
    case sourced
    /// A source states it, and another source disagrees.
    case conflict
    /// Worked out from stated facts.
    case derived
    /// A reasoned guess.
    case inferred
    /// Not known.
    case unknown

    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
    public static func < (lhs: Certainty, rhs: Certainty) -> Bool { lhs.rank < rhs.rank }
}
