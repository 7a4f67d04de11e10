/// The stable code of a check, like `E101`.
///
/// Codes never change meaning once published: tools and people quote them. The letter tells the
/// family, and the family tells what the problem does to a count:
///
/// - `S`: the structure of a file (CSV, JSON). The bundle cannot be read; nothing is loaded.
/// - `D`: the definition of the election (parties, constituencies, lists, stations). The bundle
///   cannot be read; nothing is loaded.
/// - `C`: a candidacy (Law 2015-052, list sizes, one list per candidate). Reported as an error;
///   the lists stay on the ballot as printed.
/// - `E`: a tally sheet. The sheet is quarantined: not counted, listed, and its constituency is
///   not decided until the sheet is resolved.
/// - `W`: a tally sheet that is counted but flagged for review.
public struct CheckCode: RawRepresentable, Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    init(_ rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }

    public static func < (lhs: CheckCode, rhs: CheckCode) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// What a problem does to the count.
public enum Severity: String, Sendable, Hashable, Codable, Comparable, CaseIterable {
    /// Counted, flagged for review.
    case warning
    /// Counted nowhere until resolved (tally sheets), or a candidacy that breaks the law.
    case error
    /// The bundle cannot be read at all.
    case fatal

    private var rank: Int {
        switch self {
        case .warning: 0
        case .error: 1
        case .fatal: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    /// The severity's name for people.
    public var label: Message {
        switch self {
        case .warning: Word.warning.message
        case .error: Word.error.message
        case .fatal: Word.fatal.message
        }
    }
}
