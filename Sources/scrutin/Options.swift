public import ArgumentParser
import ScrutinCore

/// `--lang`: the language of what people read.
struct LanguageOptions: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help: "Language of the output: en or fr (default: from LC_ALL, LC_MESSAGES or LANG)."
    )
    var language: Language?

    func resolved(_ console: Console) -> Language {
        language ?? Language.fromEnvironment(console.environment)
    }
}

extension Language: ExpressibleByArgument {}

/// Output formats.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
    case csv
}
