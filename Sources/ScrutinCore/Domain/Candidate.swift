/// A candidate's sex, as the gender law counts it.
public enum Gender: String, Sendable, Hashable, Codable, CaseIterable {
    case female = "F"
    case male = "M"
}

/// A candidate on a list.
public struct Candidate: Sendable, Hashable {
    /// The code of the candidate's list.
    public var list: String
    /// 1-based rank on the list; a list winning `n` seats elects positions 1 to `n`.
    public var position: Int
    public var name: String
    public var gender: Gender
    /// The candidate's own party code, or nil for an independent.
    public var party: String?

    public init(list: String, position: Int, name: String, gender: Gender, party: String?) {
        self.list = list
        self.position = position
        self.name = name
        self.gender = gender
        self.party = party
    }
}
