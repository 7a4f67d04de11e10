/// An electoral constituency: the unit that elects a number of seats.
public struct Constituency: Sendable, Hashable {
    public var code: String
    public var name: String
    /// The region's name; regions are the level between constituencies and the nation.
    public var region: String
    /// Seats to fill: 1 to 7 in Mali.
    public var seats: Int

    public init(code: String, name: String, region: String, seats: Int) {
        self.code = code
        self.name = name
        self.region = region
        self.seats = seats
    }
}
