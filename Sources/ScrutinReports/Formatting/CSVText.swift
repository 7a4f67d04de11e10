/// Writes RFC 4180 CSV: a header, then rows; fields quoted only when they must be; LF line ends.
public struct CSVText: Sendable {
    public private(set) var text = ""

    public init(header: [String]) { add(header) }

    public mutating func add(_ fields: [String]) {
        text += fields.map(Self.escape).joined(separator: ",") + "\n"
    }

    static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacing("\"", with: "\"\"") + "\""
    }
}
