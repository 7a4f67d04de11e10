/// The settings of an election, as `election.json` gives them.
public struct ElectionSettings: Sendable, Hashable {
    /// One round's number and date.
    public struct Round: Sendable, Hashable {
        public var number: Int
        /// ISO 8601 calendar date, `YYYY-MM-DD`.
        public var date: String

        public init(number: Int, date: String) {
            self.number = number
            self.date = date
        }
    }

    public var name: String
    public var seats: Int
    /// The electoral system's identifier, like `two-round-block-vote`.
    public var system: String
    public var rounds: [Round]
    /// True when a generator made the data: never to be mistaken for real results.
    public var isSynthetic: Bool
    /// A label for the previous election that `previous.csv` describes, like `2013`.
    public var previousElection: String?
    /// True when the election's results are known only as declared by constituency (an
    /// election rebuilt from published results): it may have no polling stations and no
    /// candidates, and its journal holds declarations instead of tally sheets.
    public var declaredResults: Bool

    public init(
        name: String,
        seats: Int,
        system: String,
        rounds: [Round],
        isSynthetic: Bool = false,
        previousElection: String? = nil,
        declaredResults: Bool = false
    ) {
        self.declaredResults = declaredResults
        self.name = name
        self.seats = seats
        self.system = system
        self.rounds = rounds
        self.isSynthetic = isSynthetic
        self.previousElection = previousElection
    }

    /// An absolute majority of seats: half the seats plus one, rounded down (74 of 147).
    public var majority: Int { seats / 2 + 1 }
}
