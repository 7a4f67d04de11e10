/// One round of one constituency, counted in full: what an electoral system decides from.
public struct Contest: Sendable, Hashable {
    /// A list and its votes.
    public struct Entry: Sendable, Hashable {
        public var list: ListID
        public var votes: Int64

        public init(list: ListID, votes: Int64) {
            self.list = list
            self.votes = votes
        }
    }

    /// 1-based round number.
    public var round: Int
    /// Seats at stake in the constituency.
    public var seats: Int
    public var totals: Totals
    /// The lists that ran in this round, with their votes.
    public var entries: [Entry]

    public init(round: Int, seats: Int, totals: Totals, entries: [Entry]) {
        self.round = round
        self.seats = seats
        self.totals = totals
        self.entries = entries
    }

    /// The entries from most to fewest votes; equal votes keep the lists' definition order.
    ///
    /// - Complexity: O(n log n) in the number of lists.
    public var ranked: [Entry] {
        entries.sorted { $0.votes != $1.votes ? $0.votes > $1.votes : $0.list < $1.list }
    }
}
