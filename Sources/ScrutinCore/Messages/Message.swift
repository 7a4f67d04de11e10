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

/// A text in every language Scrutin speaks: English and French.
///
/// Messages are made in one place, the catalogue (`Sources/ScrutinCore/Messages`, and the checks'
/// `CheckCatalogue`): the initializer is internal to the core, so the other modules take their
/// texts from the catalogue's entries (`RecordRefusal`, `Word`, `ReportText`, …) and cannot make
/// one of their own.
///
/// French follows French typography: a no-break space (U+00A0) before `:`, `;`, `!`, `?` and `%`
/// and inside « guillemets », the typographic apostrophe `’`; numbers are written by `Format`
/// (decimal comma, thousands separated by a narrow no-break space, U+202F). `MessageCatalogueTests`
/// holds every entry to it.
public struct Message: Sendable, Hashable {
    public let english: String
    public let french: String

    init(en english: String, fr french: String) {
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

    /// Replaces `{0}`, `{1}`, … with the given arguments (the check catalogue's templates).
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
