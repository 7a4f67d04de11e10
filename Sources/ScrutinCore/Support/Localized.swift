/// A language in which Scrutin writes what people read.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
    case english = "en"
    case french = "fr"

    /// Picks a language from POSIX locale variables (`LC_ALL`, `LC_MESSAGES`, `LANG`).
    ///
    /// - Parameter environment: the process environment.
    /// - Returns: French when the first locale variable set names French, English otherwise.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return value.lowercased().hasPrefix("fr") ? .french : .english
            }
        }
        return .english
    }
}

/// A text in every language Scrutin speaks.
public struct Localized: Sendable, Hashable {
    public let english: String
    public let french: String

    public init(en english: String, fr french: String) {
        self.english = english
        self.french = french
    }

    /// The text in one language.
    public func callAsFunction(_ language: Language) -> String {
        switch language {
        case .english: english
        case .french: french
        }
    }

    /// Replaces `{0}`, `{1}`, … with the given arguments.
    ///
    /// - Parameters:
    ///   - language: the language to write in.
    ///   - arguments: the values of the placeholders, in order.
    /// - Returns: the text with every placeholder that has an argument replaced.
    public func format(_ language: Language, _ arguments: [String]) -> String {
        var text = self(language)
        for (index, argument) in arguments.enumerated() {
            text = text.replacing("{\(index)}", with: argument)
        }
        return text
    }
}
