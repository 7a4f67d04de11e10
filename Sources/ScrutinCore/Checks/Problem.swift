/// One problem found in a bundle: a check code, where, and the values that make the message.
public struct Problem: Sendable, Hashable, Codable {
    public let code: CheckCode
    public let location: BundleLocation
    /// The values that fill the check's message template, in order.
    public let arguments: [String]

    public init(_ code: CheckCode, at location: BundleLocation, _ arguments: [String] = []) {
        self.code = code
        self.location = location
        self.arguments = arguments
    }

    public var severity: Severity { CheckCatalogue.definition(of: code).severity }

    /// The same problem, its line moved by `offset` (for chunks of a file read on several threads).
    func shifted(by offset: Int) -> Problem {
        guard offset != 0, location.line > 0 else { return self }
        var location = self.location
        location.line += offset
        return Problem(code, at: location, arguments)
    }

    /// The message alone, without location or code.
    ///
    /// Values from the bundle are made safe to show: forbidden characters (`ForbiddenCharacters`:
    /// controls, invisible formatting) are escaped (a line break in a field cannot fake another
    /// problem line, an escape sequence cannot repaint a terminal),
    /// and values longer than 160 characters are cut. Shares follow the language (`35,58 %`).
    public func message(_ language: Language) -> String {
        let definition = CheckCatalogue.definition(of: code)
        return definition.template.format(
            language,
            arguments.map { definition.words[$0]?(language) ?? Self.displayable($0, language: language) }
        )
    }

    /// A value as it may appear in a message; see `message(_:)`.
    public static func displayable(_ value: String, language: Language) -> String {
        var text = ""
        var count = 0
        for scalar in value.unicodeScalars {
            if count == 160 {
                text += "…"
                break
            }
            switch scalar.value {
            case 0x0A: text += "\\n"
            case 0x0D: text += "\\r"
            case 0x09: text += "\\t"
            default:
                if ForbiddenCharacters.contains(scalar) {
                    text += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    text.unicodeScalars.append(scalar)
                }
            }
            count += 1
        }
        if language == .french, let percent = frenchPercent(text) { return percent }
        return text
    }

    /// `35,58 %` from `35.58%`, or nil when the text is not a share.
    private static func frenchPercent(_ text: String) -> String? {
        guard text.hasSuffix("%") else { return nil }
        let number = text.dropLast()
        let parts = number.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2,
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return nil }
        return "\(parts[0]),\(parts[1])\u{00A0}%"
    }

    /// `file:line [field] CODE severity: message`, one line, safe to log.
    public func line(_ language: Language) -> String {
        CoreText.problemLine(self)(language)
    }
}

/// The bundle cannot be read: every fatal problem found, and nothing loaded.
public struct BundleError: Error, Sendable, CustomStringConvertible {
    public let problems: [Problem]

    public init(_ problems: [Problem]) { self.problems = problems }

    /// Every problem, one a line.
    public var text: Message { CoreText.problems(problems).message }

    public var description: String { text.english }
}
