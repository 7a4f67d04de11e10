/// A member of a JSON object: its key, value, and the line of the key.
struct JSONMember: Equatable {
    var key: String
    var value: JSONValue
    var line: Int
}

/// A JSON value, as `JSONReader` reads it.
enum JSONValue: Equatable {
    /// Members in file order.
    case object([JSONMember])
    case array([JSONValue])
    case string(String)
    case integer(Int64)
    /// A number that is not a whole number fitting 64 bits, as written (`15.5`, `1e400`).
    case otherNumber(String)
    case bool(Bool)
    case null
}

/// Why a text is not strict JSON, and where.
struct JSONSyntaxError: Error, Equatable {
    let message: String
    let line: Int
    let column: Int
}

/// A strict JSON reader (RFC 8259) for `election.json`: the one file people edit by hand.
///
/// Unlike Foundation's decoder it says where a syntax error is (line and column), refuses a key
/// given twice and a trailing comma, and keeps numbers exact: whole numbers as integers, any other
/// number as written, so that `"seats": 15.5` is reported as such rather than as invalid JSON.
struct JSONReader {
    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0

    init(_ bytes: [UInt8]) {
        var bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        self.bytes = bytes
    }

    /// Reads the one value of the text.
    static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        var reader = JSONReader(bytes)
        reader.skipSpace()
        let value = try reader.value(depth: 0)
        reader.skipSpace()
        guard reader.index == reader.bytes.count else { throw reader.error("text after the end of the JSON value") }
        return value
    }

    private func error(_ message: String) -> JSONSyntaxError {
        JSONSyntaxError(message: message, line: line, column: index - lineStart + 1)
    }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipSpace() {
        while let byte = current {
            switch byte {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
            default: return
            }
        }
    }

    private mutating func expect(_ literal: String, _ value: JSONValue) throws(JSONSyntaxError) -> JSONValue {
        for byte in literal.utf8 {
            guard current == byte else { throw error("expected '\(literal)'") }
            index += 1
        }
        return value
    }

    private mutating func value(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        guard depth < 64 else { throw error("nested too deeply") }
        guard let byte = current else { throw error("unexpected end of the file") }
        switch byte {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): return try expect("true", .bool(true))
        case UInt8(ascii: "f"): return try expect("false", .bool(false))
        case UInt8(ascii: "n"): return try expect("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw error("unexpected character '\(Character(Unicode.Scalar(byte)))'")
        }
    }

    private mutating func object(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        index += 1
        var members: [JSONMember] = []
        skipSpace()
        if current == UInt8(ascii: "}") {
            index += 1
            return .object(members)
        }
        while true {
            skipSpace()
            guard current == UInt8(ascii: "\"") else { throw error("expected a key in double quotes") }
            let keyLine = line
            let key = try string()
            if members.contains(where: { $0.key == key }) { throw error("the key '\(key)' appears twice") }
            skipSpace()
            guard current == UInt8(ascii: ":") else { throw error("expected ':' after the key '\(key)'") }
            index += 1
            skipSpace()
            members.append(JSONMember(key: key, value: try value(depth: depth + 1), line: keyLine))
            skipSpace()
            if current == UInt8(ascii: ",") {
                index += 1
                continue
            }
            guard current == UInt8(ascii: "}") else { throw error("expected ',' or '}'") }
            index += 1
            return .object(members)
        }
    }

    private mutating func array(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        index += 1
        var elements: [JSONValue] = []
        skipSpace()
        if current == UInt8(ascii: "]") {
            index += 1
            return .array(elements)
        }
        while true {
            skipSpace()
            elements.append(try value(depth: depth + 1))
            skipSpace()
            if current == UInt8(ascii: ",") {
                index += 1
                continue
            }
            guard current == UInt8(ascii: "]") else { throw error("expected ',' or ']'") }
            index += 1
            return .array(elements)
        }
    }

    private mutating func hexQuad() throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = current, let digit = Character(Unicode.Scalar(byte)).hexDigitValue else {
                throw error("expected four hexadecimal digits after \\u")
            }
            value = value * 16 + UInt32(digit)
            index += 1
        }
        return value
    }

    private mutating func string() throws(JSONSyntaxError) -> String {
        index += 1
        var scalars = String.UnicodeScalarView()
        var raw: [UInt8] = []
        func flush(_ raw: inout [UInt8], into scalars: inout String.UnicodeScalarView) {
            scalars.append(contentsOf: String(decoding: raw, as: UTF8.self).unicodeScalars)
            raw.removeAll()
        }
        while true {
            guard let byte = current else { throw error("a text is never closed") }
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                flush(&raw, into: &scalars)
                return String(scalars)
            case UInt8(ascii: "\\"):
                flush(&raw, into: &scalars)
                guard let escape = current else { throw error("a text is never closed") }
                index += 1
                switch escape {
                case UInt8(ascii: "\""): scalars.append("\"")
                case UInt8(ascii: "\\"): scalars.append("\\")
                case UInt8(ascii: "/"): scalars.append("/")
                case UInt8(ascii: "b"): scalars.append("\u{08}")
                case UInt8(ascii: "f"): scalars.append("\u{0C}")
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "u"):
                    var code = try hexQuad()
                    if (0xD800...0xDBFF).contains(code) {
                        guard current == UInt8(ascii: "\\") else { throw error("a lone surrogate in \\u escapes") }
                        index += 1
                        guard current == UInt8(ascii: "u") else { throw error("a lone surrogate in \\u escapes") }
                        index += 1
                        let low = try hexQuad()
                        guard (0xDC00...0xDFFF).contains(low) else { throw error("a lone surrogate in \\u escapes") }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(code) else { throw error("a lone surrogate in \\u escapes") }
                    scalars.append(scalar)
                default: throw error("unknown escape '\\\(Character(Unicode.Scalar(escape)))'")
                }
            case 0x00..<0x20:
                index -= 1
                throw error("a control character inside a text; write it as an escape")
            default:
                raw.append(byte)
            }
        }
    }

    private mutating func number() throws(JSONSyntaxError) -> JSONValue {
        let start = index
        func digits(_ reader: inout JSONReader) -> Int {
            let first = reader.index
            while let byte = reader.current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                reader.index += 1
            }
            return reader.index - first
        }
        if current == UInt8(ascii: "-") { index += 1 }
        let integerStart = index
        let count = digits(&self)
        guard count > 0 else { throw error("expected a digit") }
        if count > 1 && bytes[integerStart] == UInt8(ascii: "0") {
            index = integerStart
            throw error("a number may not start with 0")
        }
        var isWhole = true
        if current == UInt8(ascii: ".") {
            index += 1
            guard digits(&self) > 0 else { throw error("expected a digit after '.'") }
            isWhole = false
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            index += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
            guard digits(&self) > 0 else { throw error("expected a digit in the exponent") }
            isWhole = false
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if isWhole, let value = Int64(text) { return .integer(value) }
        return .otherNumber(text)
    }
}
