public import ScrutinCore

/// Reads a published record: the `structured/` tables of `shared/data/mali-2020`, with
/// `facts/national.csv` and `SOURCES.md`.
///
/// The same rules as bundles: exact headers, RFC 4180, UTF-8; any problem fails the whole load.
public enum RecordLoader {
    enum Schema {
        static let parties = CSVSchema([
            "code", "name_fr", "name_en", "leader", "notes", "source_ids", "name_en_status", "leader_status",
        ])
        static let constituencies = CSVSchema(["code", "name", "region", "seats", "status", "source_ids", "note"])
        static let outcomes = CSVSchema([
            "constituency_code", "round", "stage", "status", "winner_parties", "runoff_parties_a", "runoff_parties_b",
            "winner_share_pct", "votes_a", "votes_b", "value_status", "note", "source_ids",
        ])
        static let seats = CSVSchema([
            "party_code", "year", "stage", "round1", "round2", "total", "status", "source_ids", "note",
        ])
        static let national = CSVSchema([
            "round", "stage", "registered", "voters", "invalid", "valid", "turnout_pct", "stations", "status", "note",
            "source_ids",
        ])
        static let deputies = CSVSchema([
            "name", "gender", "party_code", "constituency_code", "round", "status", "source_ids", "note",
        ])
        static let courtChanges = CSVSchema([
            "constituency_code", "round", "provisional", "final", "kind", "note", "source_ids", "status",
        ])
        static let facts = CSVSchema(["round", "figure", "value", "source_ids"])
    }

    /// Loads a record.
    ///
    /// - Throws: `BundleError` with every problem; nothing is returned then.
    public static func load(from source: some BundleSource) throws(BundleError) -> PublishedRecord {
        var reader = Reader(source: source)
        let parties = reader.rows("parties.csv", Schema.parties) { row, _ in
            PublishedRecord.Party(
                code: row.text(0),
                label: row.text(1),
                englishName: row.text(2).nonEmpty,
                leader: row.text(3).nonEmpty,
                sources: Reader.ids(row.text(5))
            )
        }
        let constituencies = reader.rows("constituencies.csv", Schema.constituencies) { row, reader in
            PublishedRecord.Constituency(
                code: row.text(0),
                name: row.text(1),
                region: row.text(2),
                seats: Int(reader.integer(row, 3, "seats") ?? 0),
                certainty: reader.certainty(row, 4, "status"),
                sources: Reader.ids(row.text(5)),
                note: row.text(6)
            )
        }
        let outcomes = reader.rows("outcomes.csv", Schema.outcomes) { row, reader in
            PublishedRecord.Outcome(
                constituency: row.text(0),
                round: Int(reader.integer(row, 1, "round") ?? 0),
                stage: reader.stage(row, 2),
                status: reader.outcomeStatus(row, 3),
                winner: Reader.parties(row.text(4)),
                runoffA: Reader.parties(row.text(5)),
                runoffB: Reader.parties(row.text(6)),
                winnerShareBasisPoints: reader.percent(row, 7, "winner_share_pct"),
                votesA: reader.optionalInteger(row, 8, "votes_a"),
                votesB: reader.optionalInteger(row, 9, "votes_b"),
                certainty: reader.certainty(row, 10, "value_status"),
                note: row.text(11),
                sources: Reader.ids(row.text(12))
            )
        }
        let seats = reader.rows("seats_by_party.csv", Schema.seats) { row, reader in
            PublishedRecord.PartySeats(
                party: row.text(0),
                year: Int(reader.integer(row, 1, "year") ?? 0),
                stage: row.text(2),
                round1: reader.optionalInteger(row, 3, "round1").map(Int.init),
                round2: reader.optionalInteger(row, 4, "round2").map(Int.init),
                total: reader.optionalInteger(row, 5, "total").map(Int.init),
                certainty: reader.certainty(row, 6, "status"),
                sources: Reader.ids(row.text(7)),
                note: row.text(8)
            )
        }
        let national = reader.rows("national.csv", Schema.national) { row, reader in
            PublishedRecord.NationalFigures(
                round: Int(reader.integer(row, 0, "round") ?? 0),
                stage: row.text(1),
                registered: reader.integer(row, 2, "registered") ?? 0,
                voters: reader.integer(row, 3, "voters") ?? 0,
                invalid: reader.integer(row, 4, "invalid") ?? 0,
                valid: reader.integer(row, 5, "valid") ?? 0,
                printedTurnoutBasisPoints: reader.percent(row, 6, "turnout_pct"),
                stations: reader.optionalInteger(row, 7, "stations").map(Int.init),
                certainty: reader.certainty(row, 8, "status"),
                note: row.text(9),
                sources: Reader.ids(row.text(10))
            )
        }
        let deputies = reader.rows("deputies.csv", Schema.deputies) { row, reader in
            PublishedRecord.Deputy(
                name: row.text(0),
                gender: Gender(rawValue: row.text(1)),
                party: row.text(2).nonEmpty,
                constituency: row.text(3).nonEmpty,
                round: reader.optionalInteger(row, 4, "round").map(Int.init),
                certainty: reader.certainty(row, 5, "status"),
                sources: Reader.ids(row.text(6))
            )
        }
        let changes = reader.rows("court_changes.csv", Schema.courtChanges) { row, reader in
            PublishedRecord.CourtChange(
                kind: row.text(4),
                constituency: row.text(0),
                round: Int(reader.integer(row, 1, "round") ?? 0),
                provisional: row.text(2),
                final: row.text(3),
                certainty: reader.certainty(row, 7, "status"),
                note: row.text(5),
                sources: Reader.ids(row.text(6))
            )
        }
        let facts = reader.rows("facts/national.csv", Schema.facts) { row, _ in
            PublishedRecord.Fact(
                round: row.text(0),
                figure: row.text(1),
                value: row.text(2),
                sources: Reader.ids(row.text(3))
            )
        }
        let sources = reader.sources("SOURCES.md")
        guard reader.problems.isEmpty else { throw BundleError(reader.problems) }
        return PublishedRecord(
            parties: parties,
            constituencies: constituencies,
            outcomes: outcomes,
            seats: seats,
            national: national,
            deputies: deputies,
            courtChanges: changes,
            facts: facts,
            sources: sources
        )
    }

    private struct Reader {
        let source: any BundleSource
        var problems: [Problem] = []
        var file = ""
        var line = 0

        init(source: any BundleSource) { self.source = source }

        mutating func bytes(_ path: String) -> [UInt8]? {
            do {
                if let bytes = try source.read(path) { return bytes }
            } catch {}
            problems.append(Problem(.missingFile, at: BundleLocation(file: path)))
            return nil
        }

        mutating func rows<T>(_ path: String, _ schema: CSVSchema, _ make: (CSVRow, inout Reader) -> T) -> [T] {
            guard let bytes = bytes(path) else { return [] }
            var result: [T] = []
            var copy = self
            copy.file = path
            let structural = CSVFile.forEachRow(bytes, file: path, schema: schema) { row in
                copy.line = row.line
                result.append(make(row, &copy))
            }
            self.problems = copy.problems + structural
            return result
        }

        mutating func invalid(_ row: CSVRow, _ field: String, _ value: String, _ expectation: String) {
            problems.append(
                Problem(
                    .invalidValue,
                    at: BundleLocation(file: file, line: row.line, field: field),
                    [value, expectation]
                )
            )
        }

        mutating func integer(_ row: CSVRow, _ column: Int, _ field: String) -> Int64? {
            guard let value = optionalInteger(row, column, field) else {
                invalid(row, field, row.text(column), "a whole number")
                return nil
            }
            return value
        }

        mutating func optionalInteger(_ row: CSVRow, _ column: Int, _ field: String) -> Int64? {
            let text = row.text(column)
            guard !text.isEmpty else { return nil }
            guard let value = Int64(text), value >= 0 else {
                invalid(row, field, text, "a whole number")
                return nil
            }
            return value
        }

        /// `61.35` → 6135, `51` → 5100: a printed percentage in hundredths, exactly.
        mutating func percent(_ row: CSVRow, _ column: Int, _ field: String) -> Int64? {
            let text = row.text(column)
            guard !text.isEmpty else { return nil }
            let parts = text.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count <= 2, let whole = Int64(parts[0]), whole >= 0 else {
                invalid(row, field, text, "a percentage")
                return nil
            }
            var hundredths: Int64 = 0
            if parts.count == 2 {
                let decimals = parts[1]
                guard (1...2).contains(decimals.count), let value = Int64(decimals) else {
                    invalid(row, field, text, "a percentage with at most two decimals")
                    return nil
                }
                hundredths = decimals.count == 1 ? value * 10 : value
            }
            return whole * 100 + hundredths
        }

        mutating func certainty(_ row: CSVRow, _ column: Int, _ field: String) -> Certainty {
            let text = row.text(column)
            guard let value = Certainty(rawValue: text) else {
                invalid(row, field, text, "sourced, conflict, derived, inferred or unknown")
                return .unknown
            }
            return value
        }

        mutating func stage(_ row: CSVRow, _ column: Int) -> Stage {
            let text = row.text(column)
            guard let value = Stage(rawValue: text) else {
                invalid(row, "stage", text, "provisional or final")
                return .final
            }
            return value
        }

        mutating func outcomeStatus(_ row: CSVRow, _ column: Int) -> PublishedRecord.Outcome.Status {
            let text = row.text(column)
            guard let value = PublishedRecord.Outcome.Status(rawValue: text) else {
                invalid(row, "status", text, "elected, runoff or unknown")
                return .unknown
            }
            return value
        }

        static func ids(_ text: String) -> [String] {
            text.split(separator: ";").map { String($0).trimmingSuffixWhitespace() }.filter { !$0.isEmpty }
        }

        static func parties(_ text: String) -> [String] {
            text.isEmpty ? [] : text.split(separator: "+").map(String.init)
        }

        /// The rows of the Markdown table of `SOURCES.md`: `| id | url | date | what it gave |`.
        mutating func sources(_ path: String) -> [PublishedRecord.Source] {
            guard let bytes = bytes(path) else { return [] }
            var sources: [PublishedRecord.Source] = []
            for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") where line.hasPrefix("| S") {
                let cells = line.split(separator: "|", omittingEmptySubsequences: false).map {
                    String(String($0).trimmingPrefix(while: \.isWhitespace)).trimmingSuffixWhitespace()
                }
                guard cells.count >= 6 else { continue }
                sources.append(PublishedRecord.Source(id: cells[1], address: cells[2], date: cells[3], gave: cells[4]))
            }
            if sources.isEmpty {
                problems.append(
                    Problem(.missingHeader, at: BundleLocation(file: path), ["| id | url | date | what it gave |"])
                )
            }
            return sources
        }
    }
}

extension String {
    /// nil when empty.
    package var nonEmpty: String? { isEmpty ? nil : self }
}
