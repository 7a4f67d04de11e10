/// The position of a value (a party, a constituency, a list, a station, a region) in its
/// election's definition: a dense index, typed by what it indexes so that a station's index can
/// never be passed where a list's is expected.
public struct Identifier<Kind>: Hashable, Sendable, Comparable, Codable {
    public let index: Int

    public init(_ index: Int) { self.index = index }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.index < rhs.index }
}

/// What a `RegionID` indexes: regions are named by their constituencies, not a type of their own.
public enum Region {}

public typealias PartyID = Identifier<Party>
public typealias ConstituencyID = Identifier<Constituency>
public typealias ListID = Identifier<CandidateList>
public typealias StationID = Identifier<PollingStation>
public typealias RegionID = Identifier<Region>
