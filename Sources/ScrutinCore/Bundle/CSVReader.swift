/// A field of a CSV record: a range of bytes in the file.
///
/// Unquoted fields point straight into the file's bytes, so reading a record copies nothing.
/// Quoted fields point inside their quotes; `hasDoubledQuotes` says whether `""` must be
/// turned into `"` when the field is read as text.
struct CSVField: Sendable {
    var start: Int
    var end: Int
    var hasDoubledQuotes: Bool

    var count: Int { end - start }
}

/// The fields of the record being read, in storage allocated once per file.
///
/// Reading millions of records into a growing array costs a uniqueness check and bookkeeping per
/// field; this buffer has a fixed capacity (the header's width, plus one to notice a long row) and
/// keeps counting past it, so a row with too many fields is still reported with its true count.
struct FieldBuffer: ~Copyable {
    private let storage: UnsafeMutableBufferPointer<CSVField>
    /// Fields in the record, including any beyond the capacity.
    private(set) var count = 0

    init(capacity: Int) {
        storage = .allocate(capacity: max(1, capacity))
    }

    deinit { storage.deallocate() }

    var capacity: Int { storage.count }

    mutating func removeAll() { count = 0 }

    mutating func append(_ field: CSVField) {
        if count < storage.count { storage[count] = field }
        count += 1
    }

    /// A field; `index` must be below both `count` and `capacity`.
    subscript(index: Int) -> CSVField { storage[index] }

    /// The stored fields, valid until the buffer changes.
    var stored: UnsafeBufferPointer<CSVField> {
        UnsafeBufferPointer(rebasing: storage[..<min(count, storage.count)])
    }
}

/// Why a file is not valid RFC 4180 CSV.
struct CSVSyntaxError: Error {
    let code: CheckCode
    let line: Int
    let arguments: [String]
}

/// An RFC 4180 reader over the bytes of one file.
///
/// Accepts quoted fields (with commas, doubled quotes and line breaks inside), LF or CRLF line
/// ends, a UTF-8 byte-order mark, and blank lines, empty or of only spaces and tabs (skipped). Rejects a quote inside an unquoted
/// field, text after a closing quote, and a quote never closed, each with its line.
///
/// This is the hot path of a national count (millions of vote rows), so it is written over
/// raw bytes: one pass, no per-field allocation. The caller keeps the buffer alive.
struct CSVReader {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position: Int
    /// The 1-based line of the next byte to read.
    private(set) var line: Int = 1

    /// Whether a byte is a comma, a quote, CR or LF.
    @inline(__always)
    private static func isSpecial(_ byte: UInt8) -> Bool {
        // Bit n of word (byte >> 6) is set for the special bytes: 0x0A, 0x0D, 0x22, 0x2C all lie below 64.
        byte < 64 && (specialMask >> UInt64(byte)) & 1 == 1
    }

    private static let specialMask: UInt64 = (1 << 0x0A) | (1 << 0x0D) | (1 << 0x22) | (1 << 0x2C)

    private static let comma = UInt8(ascii: ",")
    private static let quote = UInt8(ascii: "\"")
    private static let lf = UInt8(ascii: "\n")
    private static let cr = UInt8(ascii: "\r")
    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")

    /// A reader at the start of a file (or, with `isFileStart` false, of a chunk of one).
    init(_ bytes: UnsafeBufferPointer<UInt8>, isFileStart: Bool = true) {
        self.bytes = bytes
        // Skip a UTF-8 byte-order mark.
        if isFileStart && bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            position = 3
        } else {
            position = 0
        }
    }

    /// Reads the next record's fields into `fields` (cleared first).
    ///
    /// - Returns: the line where the record starts, or nil at the end of the file.
    /// - Throws: `CSVSyntaxError` when the record is not valid CSV.
    mutating func nextRecord(into fields: inout FieldBuffer) throws(CSVSyntaxError) -> Int? {
        fields.removeAll()
        let count = bytes.count
        // Skip blank lines, and lines of only spaces and tabs (blank to whoever typed them).
        while position < count {
            let byte = bytes[position]
            if byte == Self.lf || byte == Self.cr {
                consumeLineEnd()
                continue
            }
            guard byte == Self.space || byte == Self.tab else { break }
            var index = position + 1
            while index < count && (bytes[index] == Self.space || bytes[index] == Self.tab) { index += 1 }
            guard index == count || bytes[index] == Self.lf || bytes[index] == Self.cr else { break }
            position = index
        }
        guard position < count else { return nil }
        let recordLine = line
        while true {
            if position < count && bytes[position] == Self.quote {
                let openingLine = line
                position += 1
                let start = position
                var doubled = false
                while true {
                    guard position < count else {
                        throw CSVSyntaxError(code: .unterminatedQuote, line: openingLine, arguments: [])
                    }
                    let byte = bytes[position]
                    if byte == Self.quote {
                        if position + 1 < count && bytes[position + 1] == Self.quote {
                            doubled = true
                            position += 2
                            continue
                        }
                        break
                    }
                    if byte == Self.lf {
                        line += 1
                    } else if byte == Self.cr && !(position + 1 < count && bytes[position + 1] == Self.lf) {
                        line += 1
                    }
                    position += 1
                }
                fields.append(CSVField(start: start, end: position, hasDoubledQuotes: doubled))
                position += 1  // the closing quote
                guard position < count else { return recordLine }
                let next = bytes[position]
                if next == Self.comma {
                    position += 1
                    continue
                }
                if next == Self.lf || next == Self.cr {
                    consumeLineEnd()
                    return recordLine
                }
                throw CSVSyntaxError(code: .textAfterQuote, line: line, arguments: [])
            }
            let start = position
            // One table look-up per byte finds the four bytes that end or break an unquoted field.
            // The index is a local: `position` is a property, and writing it back at every byte
            // would cost a store per byte.
            if let base = bytes.baseAddress {
                var index = position
                while index < count && !Self.isSpecial(base[index]) { index += 1 }
                position = index
            }
            if position < count && bytes[position] == Self.quote {
                throw CSVSyntaxError(code: .strayQuote, line: line, arguments: [])
            }
            fields.append(CSVField(start: start, end: position, hasDoubledQuotes: false))
            guard position < count else { return recordLine }
            if bytes[position] == Self.comma {
                position += 1
                continue
            }
            consumeLineEnd()
            return recordLine
        }
    }

    /// Moves to the start of the next line, past a record that is not valid CSV: for listing
    /// every structural problem of a file, not only the first.
    mutating func skipRestOfLine() {
        while position < bytes.count && bytes[position] != Self.lf && bytes[position] != Self.cr { position += 1 }
        if position < bytes.count { consumeLineEnd() }
    }

    private mutating func consumeLineEnd() {
        if bytes[position] == Self.cr && position + 1 < bytes.count && bytes[position + 1] == Self.lf {
            position += 2
        } else {
            position += 1
        }
        line += 1
    }

    /// The field's text, with doubled quotes undone.
    func text(_ field: CSVField) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[field.start..<field.end])
        let text = String(decoding: slice, as: UTF8.self)
        return field.hasDoubledQuotes ? text.replacing("\"\"", with: "\"") : text
    }

    /// The field's text with spaces and tabs trimmed at both ends.
    func trimmedText(_ field: CSVField) -> String {
        let range = trimmed(field)
        return text(CSVField(start: range.start, end: range.end, hasDoubledQuotes: field.hasDoubledQuotes))
    }

    /// The field without leading and trailing spaces or tabs.
    func trimmed(_ field: CSVField) -> CSVField {
        var start = field.start
        var end = field.end
        while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
        while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
        return CSVField(start: start, end: end, hasDoubledQuotes: field.hasDoubledQuotes)
    }

    /// Reads a count (`CountField.parse`).
    @inline(__always)
    func count(_ field: CSVField) -> CountField {
        CountField.parse(UnsafeBufferPointer(rebasing: bytes[field.start..<field.end]))
    }
}

/// A count as written: in a CSV file (registered voters, votes, seats, a position) or on the
/// command line (`--voters`, `--votes LIST=N`).
///
/// The one rule for reading a count: digits only, from 0 to 2,147,483,647, optionally surrounded
/// by spaces or tabs. No sign: `+300` and `-0` are refused as `-5` is, so that a file and a
/// command agree on what a count is.
public enum CountField: Equatable, Sendable {
    case value(Int32)
    /// Not digits: empty, a sign, a point, a letter, a space inside.
    case invalid
    /// A minus sign before digits that are not all zero.
    case negative
    /// Digits for more than `maximum`.
    case tooLarge

    /// The largest count a tally sheet may hold: far above any polling station, and small
    /// enough that national sums of a million stations never overflow 64 bits.
    public static let maximum: Int64 = Int64(Int32.max)

    /// Reads a count from its text.
    public static func parse(_ text: some StringProtocol) -> CountField {
        Array(text.utf8).withUnsafeBufferPointer { parse($0) }
    }

    /// Reads a count from its UTF-8 bytes; the hot path of a national count.
    @inline(__always)
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> CountField {
        var index = 0
        var end = bytes.count
        while index < end && (bytes[index] == 0x20 || bytes[index] == 0x09) { index += 1 }
        while end > index && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
        guard index < end else { return .invalid }
        var negative = false
        if bytes[index] == UInt8(ascii: "-") {
            negative = true
            index += 1
            guard index < end else { return .invalid }
        }
        var value: Int64 = 0
        var tooLarge = false
        while index < end {
            let digit = bytes[index] &- 0x30
            guard digit < 10 else { return .invalid }
            if !tooLarge {
                value = value * 10 + Int64(digit)
                if value > maximum { tooLarge = true }
            }
            index += 1
        }
        // A sign is not part of a count: "-0" is refused; "-5" is negative, which says more.
        if negative { return value == 0 && !tooLarge ? .invalid : .negative }
        return tooLarge ? .tooLarge : .value(Int32(value))
    }
}
