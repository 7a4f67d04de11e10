/// Writes RFC 4180 CSV: a header, then rows; fields quoted only when they must be; LF line ends.
///
/// A text that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or
/// a carriage return, and not a number) gets a leading `'`, as OWASP advises: a party named
/// `=HYPERLINK(…)` stays a name.
public struct CSVText: Sendable {
    public private(set) var text = ""

    public init(header: [String]) { add(header) }

    public mutating func add(_ fields: [String]) {
        text += fields.map { Self.escape(Self.inert($0)) }.joined(separator: ",") + "\n"
    }

    /// The field, with a `'` before it when a spreadsheet would take it for a formula.
    static func inert(_ field: String) -> String {
        guard let first = field.first, "=+-@\t\r".contains(first) else { return field }
        let isNumber = field.dropFirst().allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") } && field.count > 1
        return isNumber && (first == "-" || first == "+") ? field : "'" + field
    }

    static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacing("\"", with: "\"\"") + "\""
    }
}
