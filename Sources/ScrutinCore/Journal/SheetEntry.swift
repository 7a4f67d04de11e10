/// A tally sheet as one clerk keyed it: the figures and each list's votes, in list-code order.
public struct SheetEntry: Sendable, Hashable, Codable {
    public var station: String
    public var registered: Int
    public var voters: Int
    public var invalid: Int
    public var valid: Int
    /// Votes by list code.
    ///
    /// Stored sorted by list, so that two entries of the same figures are equal.
    public var votes: [ListVotes]

    public struct ListVotes: Sendable, Hashable, Codable {
        public var list: String
        public var votes: Int

        public init(list: String, votes: Int) {
            self.list = list
            self.votes = votes
        }
    }

    /// A sheet; lists with no vote are left out (a list absent from a sheet has none), so an
    /// omitted list and an explicit zero are the same entry.
    public init(station: String, registered: Int, voters: Int, invalid: Int, valid: Int, votes: [ListVotes]) {
        self.station = station
        self.registered = registered
        self.voters = voters
        self.invalid = invalid
        self.valid = valid
        self.votes = votes.filter { $0.votes != 0 }.sorted { $0.list < $1.list }
    }

    enum CodingKeys: String, CodingKey {
        case station, registered, voters, invalid, valid, votes
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            station: try container.decode(String.self, forKey: .station),
            registered: try container.decode(Int.self, forKey: .registered),
            voters: try container.decode(Int.self, forKey: .voters),
            invalid: try container.decode(Int.self, forKey: .invalid),
            valid: try container.decode(Int.self, forKey: .valid),
            votes: try container.decode([ListVotes].self, forKey: .votes)
        )
    }

    /// The fields where two entries of a sheet differ, for the supervisor.
    ///
    /// For example `voters` or `list LA-N1`.
    public func differences(from other: SheetEntry) -> [SheetField] {
        var fields: [SheetField] = []
        if registered != other.registered { fields.append(.registered) }
        if voters != other.voters { fields.append(.voters) }
        if invalid != other.invalid { fields.append(.invalid) }
        if valid != other.valid { fields.append(.valid) }
        let mine = Dictionary(votes.map { ($0.list, $0.votes) }, uniquingKeysWith: { first, _ in first })
        let theirs = Dictionary(other.votes.map { ($0.list, $0.votes) }, uniquingKeysWith: { first, _ in first })
        for list in Set(mine.keys).union(theirs.keys).sorted() where mine[list] != theirs[list] {
            fields.append(.list(list))
        }
        return fields
    }

    /// The sheet as the counting engine takes it.
    public var submission: SheetSubmission {
        SheetSubmission(
            station: station,
            registered: registered,
            voters: voters,
            invalid: invalid,
            valid: valid,
            votes: votes.map { SheetSubmission.ListVotes(list: $0.list, votes: $0.votes) }
        )
    }
}
