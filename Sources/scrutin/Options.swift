public import ArgumentParser
import ScrutinCore

/// `--lang`: the language of what people read.
struct LanguageOptions: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help: "Language of the output: en or fr (default: from LC_ALL, LC_MESSAGES or LANG)."
    )
    var language: Language?

    /// The language chosen, which standard output's own messages follow too.
    func resolved(_ console: Console) -> Language {
        let language = self.language ?? Language.fromEnvironment(console.environment)
        StandardOutput.speak(language)
        return language
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
