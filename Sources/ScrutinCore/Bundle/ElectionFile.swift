#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads `election.json`.
///
/// ```json
/// {"name": "…", "seats": 147, "system": "two-round-block-vote",
///  "rounds": [{"round": 1, "date": "2020-03-29"}, {"round": 2, "date": "2020-04-19"}],
///  "synthetic": false, "previous": "2013", "invalidShareWarning": 15, "turnoutGapWarning": 30}
/// ```
/// `synthetic`, `previous` and the two warning thresholds (whole percentages) are optional.
/// Unknown keys are refused, so a misspelt key is not silently ignored.
enum ElectionFile {
    struct Contents {
        var settings: ElectionSettings
        var thresholds: CheckThresholds
    }

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    private struct RoundDTO: Decodable {
        var round: Int
        var date: String
    }

    private struct ElectionDTO: Decodable {
        static let knownKeys: Set<String> = [
            "name", "seats", "system", "rounds", "synthetic", "previous", "invalidShareWarning", "turnoutGapWarning",
        ]
        var name: String
        var seats: Int
        var system: String
        var rounds: [RoundDTO]
        var synthetic: Bool?
        var previous: String?
        var invalidShareWarning: Int?
        var turnoutGapWarning: Int?

        init(from decoder: any Decoder) throws {
            let keys = try decoder.container(keyedBy: AnyKey.self)
            for key in keys.allKeys where !Self.knownKeys.contains(key.stringValue) {
                throw DecodingError.dataCorrupted(
                    .init(codingPath: [key], debugDescription: "unknown key '\(key.stringValue)'")
                )
            }
            let container = try decoder.container(keyedBy: AnyKey.self)
            func value<T: Decodable>(_ key: String) throws -> T {
                try container.decode(T.self, forKey: AnyKey(stringValue: key))
            }
            func optional<T: Decodable>(_ key: String) throws -> T? {
                try container.decodeIfPresent(T.self, forKey: AnyKey(stringValue: key))
            }
            name = try value("name")
            seats = try value("seats")
            system = try value("system")
            rounds = try value("rounds")
            synthetic = try optional("synthetic")
            previous = try optional("previous")
            invalidShareWarning = try optional("invalidShareWarning")
            turnoutGapWarning = try optional("turnoutGapWarning")
        }
    }

    /// Parses the file; on failure, returns the problems.
    static func parse(_ bytes: [UInt8]) -> Result<Contents, BundleError> {
        let file = BundleLayout.election
        func failure(_ code: CheckCode, _ message: String, field: String? = nil) -> Result<Contents, BundleError> {
            .failure(BundleError([Problem(code, at: BundleLocation(file: file, field: field), [message])]))
        }
        let dto: ElectionDTO
        do {
            dto = try JSONDecoder().decode(ElectionDTO.self, from: Data(bytes))
        } catch let error as DecodingError {
            return failure(.invalidJSON, describe(error))
        } catch {
            return failure(.invalidJSON, "not valid JSON")
        }
        var problems: [Problem] = []
        func invalid(_ field: String, _ value: String, _ expectation: String) {
            problems.append(Problem(.invalidValue, at: BundleLocation(file: file, field: field), [value, expectation]))
        }
        if dto.name.allSatisfy(\.isWhitespace) { invalid("name", dto.name, "a name") }
        if dto.seats < 1 { invalid("seats", String(dto.seats), "a positive whole number") }
        for (key, value) in [
            ("invalidShareWarning", dto.invalidShareWarning), ("turnoutGapWarning", dto.turnoutGapWarning),
        ] {
            if let value, !(0...100).contains(value) { invalid(key, String(value), "a percentage from 0 to 100") }
        }
        let system = ElectoralSystems.named(dto.system)
        if system == nil {
            problems.append(
                Problem(
                    .unknownSystem,
                    at: BundleLocation(file: file, field: "system"),
                    [dto.system, ElectoralSystems.all.map(\.identifier).joined(separator: ", ")]
                )
            )
        }
        let numbers = dto.rounds.map(\.round)
        if let system, numbers != Array(1...system.rounds) {
            problems.append(
                Problem(
                    .invalidRounds,
                    at: BundleLocation(file: file, field: "rounds"),
                    ["rounds must be numbered 1 to \(system.rounds) for \(system.identifier); found \(numbers)"]
                )
            )
        }
        for round in dto.rounds where !isISODate(round.date) {
            invalid("rounds", round.date, "a date written YYYY-MM-DD")
        }
        guard problems.isEmpty else { return .failure(BundleError(problems)) }
        let settings = ElectionSettings(
            name: dto.name,
            seats: dto.seats,
            system: dto.system,
            rounds: dto.rounds.map { ElectionSettings.Round(number: $0.round, date: $0.date) },
            isSynthetic: dto.synthetic ?? false,
            previousElection: dto.previous
        )
        var thresholds = CheckThresholds()
        if let value = dto.invalidShareWarning { thresholds.invalidSharePercent = value }
        if let value = dto.turnoutGapWarning { thresholds.turnoutGapPoints = value }
        return .success(Contents(settings: settings, thresholds: thresholds))
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ codingPath: [any CodingKey]) -> String {
            codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            let parent = path(context.codingPath)
            return "missing key '\(parent.isEmpty ? "" : parent + ".")\(key.stringValue)'"
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            return "key '\(path(context.codingPath))' should be \(typeName(type))"
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return "not valid JSON" }
            return context.debugDescription
        @unknown default:
            return "not valid JSON"
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type: "a whole number"
        case is String.Type: "a text"
        case is Bool.Type: "true or false"
        default: "a list of rounds"
        }
    }

    /// `YYYY-MM-DD` with a month from 1 to 12 and a day from 1 to 31.
    static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let month = Int(parts[1]), let day = Int(parts[2])
        else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }
}

/// The limits above which a counted sheet is flagged with a warning.
public struct CheckThresholds: Sendable, Hashable {
    /// W203: invalid ballots above this share of voters, in whole percent.
    public var invalidSharePercent: Int = 15
    /// W204: station turnout more than this many points from its constituency's.
    public var turnoutGapPoints: Int = 30

    public init(invalidSharePercent: Int = 15, turnoutGapPoints: Int = 30) {
        self.invalidSharePercent = invalidSharePercent
        self.turnoutGapPoints = turnoutGapPoints
    }
}
