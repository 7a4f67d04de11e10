/// Seats won by a list.
public struct SeatAward: Sendable, Hashable {
    public var list: ListID
    public var seats: Int

    public init(list: ListID, seats: Int) {
        self.list = list
        self.seats = seats
    }
}

/// A tie that the rule cannot settle: a later decision (drawing lots, the court) must.
///
/// Scrutin never settles a tie silently. Where the law gives a rule, the electoral system applies
/// it and there is no tie; where it does not (Mali's law, as far as the sources read, does not),
/// the tie is the outcome.
public struct Tie: Sendable, Hashable {
    /// What the tied lists are competing for.
    public enum Stake: String, Sendable, Hashable, Codable {
        /// The seats of the constituency.
        case seats
        /// A place in the next round.
        case qualification
        /// Runoff places no list can fill: no majority, and fewer lists may run than the runoff
        /// has places (the others disqualified). `tied` are the lists that may still run,
        /// `places` the places left empty. The rule cannot decide, nor can lots: a ruling must
        /// (the court proclaims a list elected, or names the runoff pair).
        case vacancy
    }

    public var stake: Stake
    /// The lists with equal votes where the line falls.
    public var tied: [ListID]
    /// Lists through already, above the tie (qualification only).
    public var settled: [ListID]
    /// How many of the tied lists the decision must pick.
    public var places: Int
    /// The votes each tied list has.
    public var votes: Int64

    public init(stake: Stake, tied: [ListID], settled: [ListID], places: Int, votes: Int64) {
        self.stake = stake
        self.tied = tied
        self.settled = settled
        self.places = places
        self.votes = votes
    }
}

/// What an electoral system decides for one round of one constituency.
public enum Decision: Sendable, Hashable {
    /// Seats are awarded; the constituency is decided.
    case elected([SeatAward])
    /// No one is elected yet; these lists go to the next round.
    case runoff([ListID])
    /// The rule cannot decide; a decision must settle the tie.
    case tie(Tie)
}
