/// Where in a bundle a value comes from: a file, a line and, when known, a field.
public struct BundleLocation: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The file's path inside the bundle, like `round-1/sheets.csv`.
    public var file: String
    /// The 1-based line where the record starts; 0 when the problem concerns the whole file.
    public var line: Int
    /// The column name, when the problem concerns one field.
    public var field: String?

    public init(file: String, line: Int = 0, field: String? = nil) {
        self.file = file
        self.line = line
        self.field = field
    }

    /// `file:line (field)`, the way compilers and editors point at a place.
    public var description: String {
        var text = file
        if line > 0 { text += ":\(line)" }
        if let field { text += " [\(field)]" }
        return text
    }

    public static func < (lhs: BundleLocation, rhs: BundleLocation) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        if lhs.line != rhs.line { return lhs.line < rhs.line }
        return (lhs.field ?? "") < (rhs.field ?? "")
    }
}
