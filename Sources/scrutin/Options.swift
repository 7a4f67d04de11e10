public import ArgumentParser
import Foundation
import ScrutinCore

/// `--lang`: the language of what people read.
struct LanguageOptions: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help: HelpText.language.help
    )
    var language: Language?

    /// The language chosen, which standard output's own messages follow too.
    func resolved(_ console: Console) -> Language {
        let language = self.language ?? Language.fromEnvironment(console.environment)
        StandardOutput.speak(language)
        return language
    }

    /// The language chosen, or the process's (for `validate()`, before a console is given).
    var chosen: Language { language ?? CommandLanguage.current }
}

/// The language of what the command line says before a command runs (errors in its arguments,
/// `--help`): `--lang` when the arguments give it, else the locale's (`LC_ALL`, `LC_MESSAGES`,
/// `LANG`).
enum CommandLanguage {
    static let current = detect(CommandLine.arguments, environment: ProcessInfo.processInfo.environment)

    /// The language that arguments and an environment ask for.
    static func detect(_ arguments: [String], environment: [String: String]) -> Language {
        for (index, argument) in arguments.enumerated() {
            let value: String?
            if argument == "--lang" {
                value = index + 1 < arguments.count ? arguments[index + 1] : nil
            } else if argument.hasPrefix("--lang=") {
                value = String(argument.dropFirst("--lang=".count))
            } else {
                continue
            }
            if let value, let language = Language(rawValue: value) { return language }
        }
        return Language.fromEnvironment(environment)
    }
}

extension HelpText {
    /// The text in the command line's language.
    var text: String { self(CommandLanguage.current) }

    /// The text as an option's help.
    var help: ArgumentHelp { ArgumentHelp(text) }
}

extension ValidationError {
    /// A wrong argument, said in a language.
    init(_ text: CommandText, _ language: Language = CommandLanguage.current) {
        self.init(text(language))
    }
}

extension Console {
    /// Writes `Error: …` on standard error.
    func fail(_ text: CommandText, _ language: Language) {
        writeError(CommandText.error(text.message)(language) + "\n")
    }

    /// Writes `Error: …` on standard error, for a message from elsewhere.
    func fail(_ message: Message, _ language: Language) {
        writeError(CommandText.error(message)(language) + "\n")
    }

    /// Writes `Error: …` on standard error, for a text already in the reader's language.
    func fail(text: String, _ language: Language) {
        writeError(CommandText.errorText(text)(language) + "\n")
    }
}

extension Language: ExpressibleByArgument {}

/// Output formats, for commands that write all three (`results`, `runoffs`).
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
    case csv
}

/// `--format` for commands that write a table or JSON: their help offers only those.
enum TableOrJSON: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
}
