public import ScrutinCore

/// Numbers written the way readers of one language expect.
///
/// English: `7,663,464`, `35.58%`, `−15`. French: `7 663 464`, `35,58 %`, `−15` (narrow no-break
/// spaces, as French typography wants).
public struct Format: Sendable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    private var groupSeparator: String {
        switch language {
        case .english: ","
        case .french: "\u{202F}"
        }
    }

    private var decimalSeparator: String {
        switch language {
        case .english: "."
        case .french: ","
        }
    }

    /// `7,663,464`.
    public func number(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return (value < 0 ? "−" : "") + groups.joined(separator: groupSeparator)
    }

    public func number(_ value: Int) -> String { number(Int64(value)) }

    /// `35.58%` from 3558 hundredths of a percent; `–` when there is no share.
    public func percent(basisPoints: Int64?) -> String {
        guard let points = basisPoints else { return "–" }
        let magnitude = points.magnitude
        let cents = magnitude % 100
        let text = "\(points < 0 ? "−" : "")\(magnitude / 100)\(decimalSeparator)\(cents < 10 ? "0" : "")\(cents)"
        switch language {
        case .english: return text + "%"
        case .french: return text + "\u{00A0}%"
        }
    }

    /// `35.58%` of `part / whole`.
    public func percent(_ part: Int64, of whole: Int64) -> String {
        percent(basisPoints: Ratio.basisPoints(part, of: whole))
    }

    /// `+8`, `−15`, `0`.
    public func signed(_ value: Int) -> String {
        value > 0 ? "+\(value)" : value < 0 ? "−\(-value)" : "0"
    }

    /// `: ` in English, ` : ` in French (a no-break space before the colon).
    public var colon: String { ReportText.colon(language) }

    /// `12 of 55` / `12 sur 55`.
    public func fraction(_ part: Int, _ whole: Int) -> String {
        ReportText.fraction(number(part), of: number(whole))(language)
    }

    /// `29 March 2020` / `29 mars 2020` from `2020-03-29`; the text itself when it is not a date.
    public func date(_ iso: String) -> String {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month) else {
            return iso
        }
        return ReportText.date(day: day, month: month, year: String(parts[0]))(language)
    }
}
