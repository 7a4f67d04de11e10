/// Reads `election.json`.
///
/// ```json
/// {"name": "…", "seats": 147, "system": "two-round-block-vote",
///  "rounds": [{"round": 1, "date": "2020-03-29"}, {"round": 2, "date": "2020-04-19"}],
///  "synthetic": false, "previous": "2013", "invalidShareWarning": 15, "turnoutGapWarning": 30,
///  "declaredResults": false}
/// ```
/// `synthetic`, `previous`, the two warning thresholds (whole percentages) and `declaredResults`
/// are optional.
/// Unknown keys are refused, so a misspelt key is not silently ignored; so are a key given twice
/// and numbers that are not whole.
enum ElectionFile {
    struct Contents {
        var settings: ElectionSettings
        var thresholds: CheckThresholds
    }

    static let requiredKeys = ["name", "seats", "system", "rounds"]
    static let optionalKeys = ["synthetic", "previous", "invalidShareWarning", "turnoutGapWarning", "declaredResults"]

    /// Parses the file; on failure, returns every problem found.
    static func parse(_ bytes: [UInt8]) -> Result<Contents, BundleError> {
        let file = BundleLayout.election
        if let offset = bytes.withUnsafeBufferPointer({ UTF8Validation.firstInvalidOffset(in: $0) }) {
            let line = 1 + bytes[..<offset].count { $0 == UInt8(ascii: "\n") }
            return .failure(
                BundleError([Problem(.invalidUTF8, at: BundleLocation(file: file, line: line), [String(offset)])])
            )
        }
        let root: JSONValue
        do {
            root = try JSONReader.parse(bytes)
        } catch {
            return .failure(
                BundleError([
                    Problem(
                        .invalidJSON,
                        at: BundleLocation(file: file, line: error.line),
                        ["not valid JSON at line \(error.line), column \(error.column): \(error.message)"]
                    )
                ])
            )
        }
        guard case .object(let members) = root else {
            return .failure(
                BundleError([
                    Problem(.invalidJSON, at: BundleLocation(file: file), ["the file should hold one JSON object"])
                ])
            )
        }
        var problems: [Problem] = []
        func invalid(_ field: String, line: Int, _ value: String, _ expectation: String) {
            problems.append(
                Problem(.invalidValue, at: BundleLocation(file: file, line: line, field: field), [value, expectation])
            )
        }
        func describe(_ value: JSONValue) -> String {
            switch value {
            case .string(let text): text
            case .integer(let number): String(number)
            case .otherNumber(let text): text
            case .bool(let flag): String(flag)
            case .null: "null"
            case .object: "{…}"
            case .array: "[…]"
            }
        }
        var byKey: [String: (value: JSONValue, line: Int)] = [:]
        for member in members {
            if !(requiredKeys + optionalKeys).contains(member.key) {
                problems.append(
                    Problem(
                        .invalidJSON,
                        at: BundleLocation(file: file, line: member.line, field: member.key),
                        [
                            "unknown key '\(member.key)'; known keys: \((requiredKeys + optionalKeys).joined(separator: ", "))"
                        ]
                    )
                )
            }
            byKey[member.key] = (member.value, member.line)
        }
        for key in requiredKeys where byKey[key] == nil {
            problems.append(Problem(.invalidJSON, at: BundleLocation(file: file, field: key), ["missing key '\(key)'"]))
        }
        func text(_ key: String) -> String? {
            guard let (value, line) = byKey[key] else { return nil }
            guard case .string(let text) = value else {
                invalid(key, line: line, describe(value), "a text")
                return nil
            }
            guard ForbiddenCharacters.first(in: text) == nil else {
                invalid(key, line: line, text, ForbiddenCharacters.expectation)
                return nil
            }
            return text
        }
        func integer(_ key: String, in range: ClosedRange<Int64>, _ expectation: String) -> Int? {
            guard let (value, line) = byKey[key] else { return nil }
            guard case .integer(let number) = value, range.contains(number) else {
                invalid(key, line: line, describe(value), expectation)
                return nil
            }
            return Int(number)
        }

        let name = text("name")
        if let name, name.allSatisfy(\.isWhitespace) { invalid("name", line: byKey["name"]?.line ?? 0, name, "a name") }
        let seats = integer("seats", in: 1...100_000, "a whole number of seats from 1 to 100,000")
        let systemName = text("system")
        var system: (any ElectoralSystem)?
        if let systemName {
            system = ElectoralSystems.named(systemName)
            if system == nil {
                problems.append(
                    Problem(
                        .unknownSystem,
                        at: BundleLocation(file: file, line: byKey["system"]?.line ?? 0, field: "system"),
                        [systemName, ElectoralSystems.all.map(\.identifier).joined(separator: ", ")]
                    )
                )
            }
        }
        let rounds = self.rounds(byKey["rounds"], system: system, file: file, problems: &problems)
        var isSynthetic = false
        if let (value, line) = byKey["synthetic"] {
            if case .bool(let flag) = value {
                isSynthetic = flag
            } else {
                invalid("synthetic", line: line, describe(value), "true or false")
            }
        }
        var declaredResults = false
        if let (value, line) = byKey["declaredResults"] {
            if case .bool(let flag) = value {
                declaredResults = flag
            } else {
                invalid("declaredResults", line: line, describe(value), "true or false")
            }
        }
        let previous = text("previous")
        let invalidShare = integer("invalidShareWarning", in: 0...100, "a whole percentage from 0 to 100")
        let turnoutGap = integer("turnoutGapWarning", in: 0...100, "a whole number of points from 0 to 100")

        guard problems.isEmpty, let name, let seats, let systemName, let rounds else {
            return .failure(BundleError(problems))
        }
        let settings = ElectionSettings(
            name: name,
            seats: seats,
            system: systemName,
            rounds: rounds,
            isSynthetic: isSynthetic,
            previousElection: previous,
            declaredResults: declaredResults
        )
        var thresholds = CheckThresholds()
        if let invalidShare { thresholds.invalidSharePercent = invalidShare }
        if let turnoutGap { thresholds.turnoutGapPoints = turnoutGap }
        return .success(Contents(settings: settings, thresholds: thresholds))
    }

    /// The `rounds` list: numbered 1 to n for the system, with real dates in order.
    private static func rounds(
        _ entry: (value: JSONValue, line: Int)?,
        system: (any ElectoralSystem)?,
        file: String,
        problems: inout [Problem]
    ) -> [ElectionSettings.Round]? {
        guard let (value, line) = entry else { return nil }
        func fail(_ message: String) -> [ElectionSettings.Round]? {
            problems.append(
                Problem(.invalidRounds, at: BundleLocation(file: file, line: line, field: "rounds"), [message])
            )
            return nil
        }
        guard case .array(let elements) = value else { return fail("rounds should be a list of {\"round\", \"date\"}") }
        var rounds: [ElectionSettings.Round] = []
        for element in elements {
            guard case .object(let members) = element,
                members.count == 2,
                case .integer(let number)? = members.first(where: { $0.key == "round" })?.value,
                case .string(let date)? = members.first(where: { $0.key == "date" })?.value
            else { return fail("each round should be {\"round\": N, \"date\": \"YYYY-MM-DD\"}") }
            guard isISODate(date) else { return fail("'\(date)' is not a real date written YYYY-MM-DD") }
            rounds.append(ElectionSettings.Round(number: Int(number), date: date))
        }
        if let system, rounds.map(\.number) != Array(1...system.rounds) {
            return fail(
                "rounds must be numbered 1 to \(system.rounds) for \(system.identifier); found \(rounds.map(\.number))"
            )
        }
        // ISO dates of the same length compare as texts.
        for (earlier, later) in zip(rounds, rounds.dropFirst()) where later.date <= earlier.date {
            return fail("round \(later.number) (\(later.date)) is not after round \(earlier.number) (\(earlier.date))")
        }
        return rounds
    }

    /// A real calendar date written `YYYY-MM-DD` (Gregorian, years 1 to 9999).
    static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            year >= 1, (1...12).contains(month)
        else { return false }
        let isLeap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
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
