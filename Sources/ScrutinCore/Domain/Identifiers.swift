/// The position of a party in its election's definition.
public struct PartyID: Hashable, Sendable, Comparable, Codable {
    public let index: Int
    public init(_ index: Int) { self.index = index }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.index < rhs.index }
}

/// The position of a constituency in its election's definition.
public struct ConstituencyID: Hashable, Sendable, Comparable, Codable {
    public let index: Int
    public init(_ index: Int) { self.index = index }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.index < rhs.index }
}

/// The position of a candidate list in its election's definition.
public struct ListID: Hashable, Sendable, Comparable, Codable {
    public let index: Int
    public init(_ index: Int) { self.index = index }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.index < rhs.index }
}

/// The position of a polling station in its election's definition.
public struct StationID: Hashable, Sendable, Comparable, Codable {
    public let index: Int
    public init(_ index: Int) { self.index = index }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.index < rhs.index }
}

/// The position of a region in its election's definition.
public struct RegionID: Hashable, Sendable, Comparable, Codable {
    public let index: Int
    public init(_ index: Int) { self.index = index }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.index < rhs.index }
}
