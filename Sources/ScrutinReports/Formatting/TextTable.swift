/// A table for a terminal: aligned columns, a rule under the header, an optional total row.
public struct TextTable: Sendable {
    public enum Alignment: Sendable {
        case left
        case right
    }

    public struct Column: Sendable {
        public var header: String
        public var alignment: Alignment

        public init(_ header: String, _ alignment: Alignment = .left) {
            self.header = header
            self.alignment = alignment
        }
    }

    public var columns: [Column]
    public var rows: [[String]] = []
    /// Rows under a second rule, like totals.
    public var footer: [[String]] = []

    public init(_ columns: [Column]) { self.columns = columns }

    /// Adds a row; line breaks, tabs and other control characters in cells become spaces, so a
    /// name from the data cannot break the table's alignment.
    public mutating func add(_ row: [String]) { rows.append(row.map(Self.cell)) }

    static func cell(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }) else {
            return text
        }
        return String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) ? " " : $0 }
            )
        )
    }

    /// The table as lines of text, each indented by `indent` spaces, without trailing spaces.
    public func render(indent: Int = 2) -> String {
        var widths = columns.map(\.header.count)
        for row in rows + footer {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        let margin = String(repeating: " ", count: indent)
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (index, column) in columns.enumerated() {
                let cell = index < cells.count ? cells[index] : ""
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                parts.append(column.alignment == .left ? cell + padding : padding + cell)
            }
            return (margin + parts.joined(separator: "  ")).trimmingTrailingSpaces()
        }
        let rule = margin + widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
        var lines = [line(columns.map(\.header)), rule]
        lines += rows.map(line)
        if !footer.isEmpty {
            lines.append(rule)
            lines += footer.map(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = Substring(self)
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}
