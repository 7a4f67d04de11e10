/// The columns a CSV file must and may have.
struct CSVSchema: Sendable {
    let required: [String]
    let optional: [String]

    init(_ required: [String], optional: [String] = []) {
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
struct CSVRow {
    let reader: CSVReader
    let fields: UnsafeBufferPointer<CSVField>
    let line: Int
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
    func text(_ column: Int) -> String {
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
enum CSVFile {
    /// Checks the encoding and the header of a CSV file, then gives a cursor on its rows to `body`.
    ///
    /// The file must be UTF-8, start with a header holding every required column (in any order),
    /// no unknown and no repeated column, and every row must have as many fields as the header.
    ///
    /// - Returns: nil when `body` returned, or the structural problem that stopped the reading.
    static func withRows(
        _ bytes: [UInt8],
        file: String,
        schema: CSVSchema,
        _ body: (inout CSVCursor) throws(CSVStop) -> Void
    ) -> Problem? {
        bytes.withUnsafeBufferPointer { buffer -> Problem? in
            if let offset = UTF8Validation.firstInvalidOffset(in: buffer) {
                let line = 1 + buffer[..<offset].count { $0 == UInt8(ascii: "\n") }
                return Problem(.invalidUTF8, at: BundleLocation(file: file, line: line), [String(offset)])
            }
            var reader = CSVReader(buffer)
            var header = FieldBuffer(capacity: schema.columns.count + 64)
            let headerLine: Int
            do throws(CSVSyntaxError) {
                guard let line = try reader.nextRecord(into: &header) else {
                    return Problem(.missingHeader, at: BundleLocation(file: file), [schema.expected])
                }
                headerLine = line
            } catch {
                return Problem(error.code, at: BundleLocation(file: file, line: error.line), error.arguments)
            }
            let names = header.stored.map { reader.trimmedText($0) }
            var columns = Array(repeating: -1, count: schema.columns.count)
            for (index, name) in names.enumerated() {
                guard let column = schema.columns.firstIndex(of: name) else {
                    return Problem(
                        .unknownColumn,
                        at: BundleLocation(file: file, line: headerLine),
                        [name, schema.expected]
                    )
                }
                guard columns[column] < 0 else {
                    return Problem(.duplicateColumn, at: BundleLocation(file: file, line: headerLine), [name])
                }
                columns[column] = index
            }
            for (column, name) in schema.required.enumerated() where columns[column] < 0 {
                return Problem(
                    .missingColumn,
                    at: BundleLocation(file: file, line: headerLine),
                    [name, schema.expected]
                )
            }
            var cursor = CSVCursor(reader: reader, columns: columns, width: header.count, file: file)
            do throws(CSVStop) {
                try body(&cursor)
                return nil
            } catch {
                return error.problem
            }
        }
    }

    /// Calls `body` for each data row of a CSV file; see `withRows`.
    ///
    /// - Returns: nil when the whole file was read, or the structural problem that stopped the
    ///   reading (no further row is read after it).
    static func forEachRow(
        _ bytes: [UInt8],
        file: String,
        schema: CSVSchema,
        _ body: (CSVRow) -> Void
    ) -> Problem? {
        withRows(bytes, file: file, schema: schema) { cursor throws(CSVStop) in
            while try cursor.next() { body(cursor.row) }
        }
    }
}
