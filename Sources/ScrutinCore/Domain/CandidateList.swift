/// A list of candidates in one constituency, presented by a party, a coalition or independents.
///
/// Coalitions differ from one constituency to the next, so a list is not a party: each elected
/// candidate keeps their own party.
public struct CandidateList: Sendable, Hashable {
    /// Unique across the election.
    public var code: String
    /// The code of the constituency where the list runs.
    public var constituency: String
    public var name: String
    /// Codes of the member parties; empty for a list of independents.
    public var parties: [String]

    public init(code: String, constituency: String, name: String, parties: [String]) {
        self.code = code
        self.constituency = constituency
        self.name = name
        self.parties = parties
    }

    /// Whether no party presents the list.
    public var isIndependent: Bool { parties.isEmpty }
}
