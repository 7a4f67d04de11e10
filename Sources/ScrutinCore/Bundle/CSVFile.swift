/// The columns a CSV file must and may have.
package struct CSVSchema: Sendable {
    let required: [String]
    let optional: [String]

    package init(_ required: [String], optional: [String] = []) {
        self.required = required
        self.optional = optional
    }

    var columns: [String] { required + optional }

    /// `code,name[,color]`, for messages.
    var expected: String {
        (required.joined(separator: ",")) + optional.map { "[,\($0)]" }.joined()
    }
}

/// One data row of a CSV file, with its fields found by column.
///
/// Valid only during the call that receives it: its fields point into the reader's buffer.
package struct CSVRow {
    let reader: CSVReader
    let fields: UnsafeBufferPointer<CSVField>
    package let line: Int
    /// For each schema column, its index in the record, or -1 when an optional column is absent.
    let columns: [Int]

    /// The field of a schema column, or nil when the optional column is absent.
    func field(_ column: Int) -> CSVField? {
        let index = columns[column]
        return index < 0 ? nil : fields[index]
    }

    /// The trimmed bytes of a schema column (empty when the optional column is absent).
    func bytes(_ column: Int) -> UnsafeBufferPointer<UInt8> {
        guard let field = field(column) else { return UnsafeBufferPointer(start: nil, count: 0) }
        let trimmed = reader.trimmed(field)
        return UnsafeBufferPointer(rebasing: reader.bytes[trimmed.start..<trimmed.end])
    }

    /// The trimmed text of a schema column; empty when the optional column is absent.
    package func text(_ column: Int) -> String {
        field(column).map { reader.trimmedText($0) } ?? ""
    }
}

/// A structural problem that stops the reading of a CSV file.
struct CSVStop: Error {
    let problem: Problem
}

/// A position in a CSV file whose header is read: the hot loops read rows with it, without a
/// call per row.
struct CSVCursor: ~Copyable {
    private(set) var reader: CSVReader
    private var fields: FieldBuffer
    /// For each schema column, its index in the record, or -1 when an optional column is absent.
    let columns: [Int]
    let width: Int
    let file: String
    /// The line where the current row starts.
    private(set) var line = 0

    init(reader: CSVReader, columns: [Int], width: Int, file: String) {
        self.reader = reader
        self.fields = FieldBuffer(capacity: width + 1)
        self.columns = columns
        self.width = width
        self.file = file
    }

    /// Moves to the next row.
    ///
    /// - Returns: false at the end of the file.
    /// - Throws: `CSVStop` when the row is not valid CSV or does not have the header's width.
    mutating func next() throws(CSVStop) -> Bool {
        let found: Int?
        do throws(CSVSyntaxError) { found = try reader.nextRecord(into: &fields) } catch {
            throw CSVStop(
                problem: Problem(error.code, at: BundleLocation(file: file, line: error.line), error.arguments)
            )
        }
        guard let found else { return false }
        line = found
        if fields.count != width {
            throw CSVStop(
                problem: Problem(
                    fields.count < width ? .shortRow : .longRow,
                    at: BundleLocation(file: file, line: found),
                    [String(fields.count), String(width)]
                )
            )
        }
        return true
    }

    /// The current row as a value, for code that is not on the hot path.
    var row: CSVRow { CSVRow(reader: reader, fields: fields.stored, line: line, columns: columns) }

    /// The field of a schema column, or nil when the optional column is absent.
    @inline(__always)
    func field(_ column: Int) -> CSVField? {
        let index = columns[column]
        return index < 0 ? nil : fields[index]
    }

    /// The trimmed bytes of a schema column (empty when the optional column is absent).
    @inline(__always)
    func bytes(_ column: Int) -> UnsafeBufferPointer<UInt8> {
        guard let field = field(column) else { return UnsafeBufferPointer(start: nil, count: 0) }
        let trimmed = reader.trimmed(field)
        return UnsafeBufferPointer(rebasing: reader.bytes[trimmed.start..<trimmed.end])
    }

    /// A count in a schema column.
    @inline(__always)
    func count(_ column: Int) -> CountField {
        guard let field = field(column) else { return .invalid }
        return reader.count(field)
    }

    /// The trimmed text of a schema column.
    func text(_ column: Int) -> String { field(column).map { reader.trimmedText($0) } ?? "" }
}

/// Reading whole CSV files: encoding, header and row shape.
package enum CSVFile {
    /// Checks the encoding and the header of a CSV file, then gives a cursor on its rows to `body`.
    ///
    /// The file must be UTF-8, start with a header holding every required column (in any order),
    /// no unknown and no repeated column, and every row must have as many fields as the header.
    ///
    /// - Returns: no problem when `body` returned, or, when a structural problem stopped the
    ///   reading, every structural problem of the file (`structuralProblems`).
    static func withRows(
        _ bytes: [UInt8],
        file: String,
        schema: CSVSchema,
        _ body: (inout CSVCursor) throws(CSVStop) -> Void
    ) -> [Problem] {
        bytes.withUnsafeBufferPointer { buffer -> [Problem] in
            switch header(buffer, file: file, schema: schema) {
            case .failure(let stop): return [stop.problem]
            case .success(let header):
                let rows = UnsafeBufferPointer(rebasing: buffer[header.reader.position...])
                if UTF8Validation.firstInvalidOffset(in: rows) != nil {
                    return structuralProblems(buffer, file: file, schema: schema)
                }
                var cursor = CSVCursor(reader: header.reader, columns: header.columns, width: header.width, file: file)
                do throws(CSVStop) {
                    try body(&cursor)
                    return []
                } catch {
                    return structuralProblems(buffer, file: file, schema: schema)
                }
            }
        }
    }

    /// How many structural problems of one file are listed; beyond, S018 says how many more.
    static let structuralProblemLimit = 100

    /// Every structural problem of a file, in the order of its lines.
    ///
    /// The header's problem (which stops the reading: the rows cannot be read without it), the
    /// first invalid UTF-8 byte, and each row that is not valid CSV or does not have the header's
    /// width. After a row that is not
    /// valid CSV the reading goes on at the next line, except after a quote never closed, which
    /// takes the rest of the file.
    ///
    /// The loaders read a file's rows until the first structural problem; when there is one, this
    /// reads the file again to list them all (the file is refused either way), at most
    /// `limit`, then S018 with the number left out.
    static func structuralProblems(
        _ buffer: UnsafeBufferPointer<UInt8>,
        file: String,
        schema: CSVSchema,
        limit: Int = structuralProblemLimit
    ) -> [Problem] {
        let header: Header
        switch Self.header(buffer, file: file, schema: schema) {
        case .failure(let stop): return [stop.problem]
        case .success(let found): header = found
        }
        var problems: [Problem] = []
        var more = 0
        func add(_ code: CheckCode, line: Int, _ arguments: [String] = []) {
            if problems.count < limit {
                problems.append(Problem(code, at: BundleLocation(file: file, line: line), arguments))
            } else {
                more += 1
            }
        }
        let rows = UnsafeBufferPointer(rebasing: buffer[header.reader.position...])
        var encoding: Problem?
        if let offset = UTF8Validation.firstInvalidOffset(in: rows) {
            let line = header.reader.line + rows[..<offset].count { $0 == UInt8(ascii: "\n") }
            encoding = Problem(
                .invalidUTF8,
                at: BundleLocation(file: file, line: line),
                [String(header.reader.position + offset)]
            )
        }
        var reader = header.reader
        var fields = FieldBuffer(capacity: header.width + 1)
        while true {
            do throws(CSVSyntaxError) {
                guard let line = try reader.nextRecord(into: &fields) else { break }
                if fields.count != header.width {
                    add(
                        fields.count < header.width ? .shortRow : .longRow,
                        line: line,
                        [String(fields.count), String(header.width)]
                    )
                }
            } catch {
                add(error.code, line: error.line, error.arguments)
                if error.code == .unterminatedQuote { break }
                reader.skipRestOfLine()
            }
        }
        if let encoding {
            // One problem for the encoding, at its line among the others.
            problems.insert(
                encoding,
                at: problems.firstIndex { $0.location.line > encoding.location.line } ?? problems.endIndex
            )
        }
        if more > 0 {
            problems.append(Problem(.moreStructuralProblems, at: BundleLocation(file: file), [String(more)]))
        }
        return problems
    }

    /// A file whose encoding and header are checked, and the reader positioned after the header.
    struct Header {
        var reader: CSVReader
        var columns: [Int]
        var width: Int
    }

    /// Checks the encoding and the header of a file.
    static func header(_ buffer: UnsafeBufferPointer<UInt8>, file: String, schema: CSVSchema) -> Result<Header, CSVStop>
    {
        func stop(_ code: CheckCode, line: Int = 0, _ arguments: [String]) -> Result<Header, CSVStop> {
            .failure(CSVStop(problem: Problem(code, at: BundleLocation(file: file, line: line), arguments)))
        }
        // The header's line is checked here; the rows are checked chunk by chunk as they are read.
        let headerEnd = (buffer.firstIndex(of: UInt8(ascii: "\n")) ?? buffer.count - 1) + 1
        if let offset = UTF8Validation.firstInvalidOffset(in: UnsafeBufferPointer(rebasing: buffer[..<headerEnd])) {
            return stop(.invalidUTF8, line: 1, [String(offset)])
        }
        var reader = CSVReader(buffer)
        var header = FieldBuffer(capacity: schema.columns.count + 64)
        let headerLine: Int
        do throws(CSVSyntaxError) {
            guard let line = try reader.nextRecord(into: &header) else {
                return stop(.missingHeader, [schema.expected])
            }
            headerLine = line
        } catch {
            return stop(error.code, line: error.line, error.arguments)
        }
        let names = header.stored.map { reader.trimmedText($0) }
        var columns = Array(repeating: -1, count: schema.columns.count)
        for (index, name) in names.enumerated() {
            guard let column = schema.columns.firstIndex(of: name) else {
                return stop(.unknownColumn, line: headerLine, [name, schema.expected])
            }
            guard columns[column] < 0 else { return stop(.duplicateColumn, line: headerLine, [name]) }
            columns[column] = index
        }
        for (column, name) in schema.required.enumerated() where columns[column] < 0 {
            return stop(.missingColumn, line: headerLine, [name, schema.expected])
        }
        return .success(Header(reader: reader, columns: columns, width: header.count))
    }

    /// The chunks of a file's data rows, for reading them on several threads.
    struct Chunks {
        /// Byte ranges of the chunks, each starting at the beginning of a line.
        var ranges: [Range<Int>]
        var header: Header
    }

    /// Cuts the data rows of a file into up to `count` chunks of at least `minimumBytes`.
    ///
    /// Each cut falls at the start of a line whose first field differs from the previous line's
    /// (within 64 lines of the even cut), so that rows grouped by station stay together.
    static func chunks(_ header: Header, count: Int, minimumBytes: Int) -> [Range<Int>] {
        let bytes = header.reader.bytes
        let start = header.reader.position
        let end = bytes.count
        let pieces = max(1, min(count, (end - start) / max(1, minimumBytes)))
        guard pieces > 1 else { return [start..<end] }
        func lineStart(after position: Int) -> Int {
            var index = position
            while index < end && bytes[index] != UInt8(ascii: "\n") { index += 1 }
            return min(end, index + 1)
        }
        func firstField(at position: Int) -> Range<Int> {
            var index = position
            while index < end && bytes[index] != UInt8(ascii: ",") && bytes[index] != UInt8(ascii: "\n") { index += 1 }
            return position..<index
        }
        var cuts = [start]
        for piece in 1..<pieces {
            var cut = lineStart(after: start + (end - start) * piece / pieces)
            var previous = firstField(at: cut)
            for _ in 0..<64 where cut < end {
                let next = lineStart(after: cut)
                guard next < end else { break }
                let field = firstField(at: next)
                if !bytes[previous].elementsEqual(bytes[field]) {
                    cut = next
                    break
                }
                previous = field
                cut = next
            }
            if cut > cuts[cuts.count - 1] && cut < end { cuts.append(cut) }
        }
        cuts.append(end)
        return (0..<(cuts.count - 1)).map { cuts[$0]..<cuts[$0 + 1] }
    }

    /// What one chunk's reading ended with.
    struct ChunkEnd {
        /// The structural problem that stopped the chunk (its line local to the chunk), or nil.
        var stop: Problem?
        /// Line breaks the chunk went through: the next chunk's lines follow them.
        var lines: Int
    }

    /// Reads each chunk through its own cursor, on as many threads as there are chunks.
    ///
    /// `body` is called once per chunk, concurrently (through ``Parallel``), with the chunk's own
    /// state from `states`: it must write only to that state, or to shared storage it knows no
    /// other chunk touches. A cursor's lines are local to its chunk; `lineOffsets(_:header:)` gives
    /// what to add.
    ///
    /// - Parameters:
    ///   - states: One state per range, each given to its chunk's call of `body`.
    /// - Returns: How each chunk ended, in the order of `ranges`.
    static func forEachChunk<State>(
        _ header: Header,
        ranges: [Range<Int>],
        file: String,
        states: inout [State],
        _ body: (inout State, inout CSVCursor) throws(CSVStop) -> Void
    ) -> [ChunkEnd] {
        precondition(states.count == ranges.count, "one state per chunk")
        var ends = Array(repeating: ChunkEnd(stop: nil, lines: 0), count: ranges.count)
        states.withUnsafeMutableBufferPointer { buffer in
            let states = buffer
            // Chunk `chunk` writes only `ends[chunk]` and `states[chunk]`.
            Parallel.forEachSlot(&ends) { chunk, end in
                let slice = UnsafeBufferPointer(rebasing: header.reader.bytes[ranges[chunk]])
                if let offset = UTF8Validation.firstInvalidOffset(in: slice) {
                    let line = 1 + slice[..<offset].count { $0 == UInt8(ascii: "\n") }
                    end = ChunkEnd(
                        stop: Problem(
                            .invalidUTF8,
                            at: BundleLocation(file: file, line: line),
                            [String(ranges[chunk].lowerBound + offset)]
                        ),
                        lines: 0
                    )
                    return
                }
                var cursor = CSVCursor(
                    reader: CSVReader(slice, isFileStart: false),
                    columns: header.columns,
                    width: header.width,
                    file: file
                )
                do throws(CSVStop) {
                    try body(&states[chunk], &cursor)
                    end = ChunkEnd(stop: nil, lines: cursor.reader.line - 1)
                } catch {
                    end = ChunkEnd(stop: error.problem, lines: cursor.reader.line - 1)
                }
            }
        }
        return ends
    }

    /// What to add to each chunk's local line numbers to make them the file's.
    static func lineOffsets(_ ends: [ChunkEnd], header: Header) -> [Int] {
        var offsets: [Int] = []
        var offset = header.reader.line - 1
        for end in ends {
            offsets.append(offset)
            offset += end.lines
        }
        return offsets
    }

    /// Calls `body` for each data row of a CSV file; see `withRows`.
    ///
    /// - Returns: no problem when the whole file was read, or every structural problem of the
    ///   file (no row is given to `body` after the first).
    package static func forEachRow(
        _ bytes: [UInt8],
        file: String,
        schema: CSVSchema,
        _ body: (CSVRow) -> Void
    ) -> [Problem] {
        withRows(bytes, file: file, schema: schema) { cursor throws(CSVStop) in
            while try cursor.next() { body(cursor.row) }
        }
    }
}
