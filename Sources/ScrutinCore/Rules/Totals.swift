/// The four figures of a count: registered voters, voters, invalid ballots and valid votes.
public struct Totals: Sendable, Hashable, Codable {
    public var registered: Int64
    public var voters: Int64
    public var invalid: Int64
    public var valid: Int64

    public init(registered: Int64 = 0, voters: Int64 = 0, invalid: Int64 = 0, valid: Int64 = 0) {
        self.registered = registered
        self.voters = voters
        self.invalid = invalid
        self.valid = valid
    }

    public static let zero = Totals()

    public static func += (lhs: inout Totals, rhs: Totals) {
        lhs.registered += rhs.registered
        lhs.voters += rhs.voters
        lhs.invalid += rhs.invalid
        lhs.valid += rhs.valid
    }

    public static func -= (lhs: inout Totals, rhs: Totals) {
        lhs.registered -= rhs.registered
        lhs.voters -= rhs.voters
        lhs.invalid -= rhs.invalid
        lhs.valid -= rhs.valid
    }

    /// Voters over registered, in hundredths of a percent.
    public var turnoutBasisPoints: Int64? { Ratio.basisPoints(voters, of: registered) }
    /// Invalid ballots over voters, in hundredths of a percent.
    public var invalidBasisPoints: Int64? { Ratio.basisPoints(invalid, of: voters) }
    /// Valid votes over voters, in hundredths of a percent.
    public var validBasisPoints: Int64? { Ratio.basisPoints(valid, of: voters) }
}
