import ArgumentParser
import ScrutinCore
import ScrutinReports

/// `scrutin codes`: the catalogue of checks.
struct Codes: ParsableCommand, ConsoleCommand {
    static let configuration = CommandConfiguration(abstract: "List every check code with its severity and meaning.")

    @Flag(help: "Write a Markdown table (as in the README).")
    var markdown = false

    @OptionGroup var languageOptions: LanguageOptions

    func run() throws { try finish(execute(console: .standard)) }

    func execute(console: Console) -> Int32 {
        let language = languageOptions.resolved(console)
        if markdown {
            console.write(CheckReport.catalogueMarkdown(language: language))
            return 0
        }
        var table = TextTable([
            .init(Words.code(language)), .init(Localized(en: "Severity", fr: "Gravité")(language)),
            .init(Localized(en: "Meaning", fr: "Signification")(language)),
        ])
        for check in CheckCatalogue.all {
            table.add([check.code.rawValue, check.severity.label(language), check.meaning(language)])
        }
        console.write(table.render(indent: 0))
        return 0
    }
}
