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
            Self.append(field: field, to: &bytes)
        }
        bytes.append(10)
    }

    /// Appends one field, quoted when it holds a comma, a quote or a line break (its quotes
    /// doubled).
    public static func append(field: String, to bytes: inout [UInt8]) {
        if field.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }) {
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
}
