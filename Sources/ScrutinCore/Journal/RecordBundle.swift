/// The bundle a record makes: the definition's files, and each round's sheets as the events left
/// them (imports, accepted entries, rulings).
///
/// A round that is one import and nothing else is its files as they came; otherwise its rows are
/// written out anew, one file per kind, leaving out the sheets that rulings annulled or corrected.
enum RecordBundle {
    /// The files of an event, read from the blobs by digest.
    static func files(
        _ digests: [FileDigest],
        blobs: some BlobSource,
        event: JournalEvent?
    ) throws(RecordError) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for digest in digests {
            let bytes: [UInt8]?
            do {
                bytes = try blobs.blob(digest.sha256)
            } catch {
                if let changed = error as? ChangedBlob {
                    throw RecordError(
                        event: event,
                        refusal: .storedFileChanged(path: digest.path, sha256: changed.sha256)
                    )
                }
                throw RecordError(event: event, refusal: .storedFileUnreadable(path: digest.path, reason: "\(error)"))
            }
            guard let bytes, bytes.count == digest.size else {
                throw RecordError(event: event, refusal: .storedFileMissing(path: digest.path, sha256: digest.sha256))
            }
            files[digest.path] = bytes
        }
        return files
    }

    /// The stations of a `sheets.csv` that the election knows (an unknown one is the count's
    /// `E` problem, not the record's).
    static func stations(
        in bytes: [UInt8],
        file: String,
        definition: ElectionDefinition,
        event: JournalEvent?
    ) throws(RecordError) -> Set<Int32> {
        var stations = Set<Int32>()
        let problems = CSVFile.forEachRow(bytes, file: file, schema: RoundLoader.Schema.sheets) { row in
            if let station = definition.station(code: row.text(0)) { stations.insert(Int32(station.index)) }
        }
        if !problems.isEmpty { throw RecordError(event: event, problems: problems) }
        return stations
    }

    static func make(_ record: ElectionRecord, blobs: some BlobSource) throws(RecordError) -> InMemoryBundle {
        var files = try self.files(record.definitionFiles, blobs: blobs, event: record.events.first)
        guard let definition = record.definition else { return InMemoryBundle(name: "the record", files: files) }
        for (round, sheets) in record.rounds.sorted(by: { $0.key < $1.key }) where !sheets.isEmpty {
            try write(round: round, sheets: sheets, definition: definition, blobs: blobs, into: &files)
        }
        return InMemoryBundle(name: "the record", files: files)
    }

    private static func write(
        round: Int,
        sheets: ElectionRecord.RoundSheets,
        definition: ElectionDefinition,
        blobs: some BlobSource,
        into files: inout [String: [UInt8]]
    ) throws(RecordError) {
        let paths = (
            sheets: BundleLayout.sheets(round: round), votes: BundleLayout.votes(round: round),
            closed: BundleLayout.closed(round: round)
        )
        if sheets.imports.count == 1, sheets.entries.isEmpty, sheets.excluded.isEmpty, sheets.corrected.isEmpty,
            let only = sheets.imports.first
        {
            for (path, bytes) in try self.files(only.files, blobs: blobs, event: nil) { files[path] = bytes }
            return
        }
        var sheetRows = CSVWriter(header: RoundLoader.Schema.sheets.required)
        var voteRows = CSVWriter(header: RoundLoader.Schema.votes.required)
        var closedRows = CSVWriter(header: RoundLoader.Schema.closed.required)
        // A station that a ruling settled loses its imported rows.
        let settled = Set(sheets.excluded.keys).union(sheets.corrected.keys)
        func keep(_ code: String) -> Bool {
            guard let station = definition.station(code: code) else { return true }
            return !settled.contains(Int32(station.index))
        }
        for item in sheets.imports {
            let bytes = try self.files(item.files, blobs: blobs, event: nil)
            let parts: [(String, CSVSchema, Int)] = [
                (paths.sheets, RoundLoader.Schema.sheets, 5), (paths.votes, RoundLoader.Schema.votes, 3),
                (paths.closed, RoundLoader.Schema.closed, 2),
            ]
            for (path, schema, width) in parts {
                guard let file = bytes[path] else { continue }
                var rows: [[String]] = []
                let problems = CSVFile.forEachRow(file, file: path, schema: schema) { row in
                    let fields = (0..<width).map { row.text($0) }
                    if keep(fields[0]) { rows.append(fields) }
                }
                if !problems.isEmpty { throw RecordError(event: nil, problems: problems) }
                for fields in rows {
                    switch width {
                    case 5: sheetRows.append(fields)
                    case 3: voteRows.append(fields)
                    default: closedRows.append(fields)
                    }
                }
            }
        }
        func add(_ entry: SheetEntry) {
            sheetRows.append([
                entry.station, String(entry.registered), String(entry.voters), String(entry.invalid),
                String(entry.valid),
            ])
            for item in entry.votes { voteRows.append([entry.station, item.list, String(item.votes)]) }
        }
        for (station, state) in sheets.entries.sorted(by: { $0.key < $1.key }) where !settled.contains(station) {
            if let entry = state.accepted { add(entry) }
        }
        for (_, entry) in sheets.corrected.sorted(by: { $0.key < $1.key }) { add(entry) }
        for (station, reason) in sheets.excluded.sorted(by: { $0.key < $1.key }) {
            closedRows.append([definition.code(of: StationID(Int(station))), reason])
        }
        files[paths.sheets] = sheetRows.bytes
        files[paths.votes] = voteRows.bytes
        if closedRows.rows > 0 { files[paths.closed] = closedRows.bytes }
    }
}

/// Writes CSV rows (RFC 4180: a field with a comma, a quote or a line break is quoted).
public struct CSVWriter: Sendable {
    public private(set) var bytes: [UInt8] = []
    public private(set) var rows = 0

    public init(header: [String]) { write(header) }

    public mutating func append(_ fields: [String]) {
        write(fields)
        rows += 1
    }

    private mutating func write(_ fields: [String]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            if field.utf8.contains(where: {
                $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13
            }) {
                bytes.append(UInt8(ascii: "\""))
                for byte in field.utf8 {
                    if byte == UInt8(ascii: "\"") { bytes.append(byte) }
                    bytes.append(byte)
                }
                bytes.append(UInt8(ascii: "\""))
            } else {
                bytes.append(contentsOf: field.utf8)
            }
        }
        bytes.append(10)
    }
}
