/// One problem found in a bundle: a check code, where, and the values that make the message.
public struct Problem: Sendable, Hashable {
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

    /// The message alone, without location or code.
    public func message(_ language: Language) -> String {
        CheckCatalogue.definition(of: code).template.format(language, arguments)
    }

    /// `file:line [field] CODE severity: message`, one line, safe to log.
    public func line(_ language: Language) -> String {
        "\(location) \(code) \(severity.label(language)): \(message(language))"
    }
}

/// The bundle cannot be read: every fatal problem found, and nothing loaded.
public struct BundleError: Error, Sendable, CustomStringConvertible {
    public let problems: [Problem]

    public init(_ problems: [Problem]) { self.problems = problems }

    public var description: String {
        problems.map { $0.line(.english) }.joined(separator: "\n")
    }
}
