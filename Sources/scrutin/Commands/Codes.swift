import ArgumentParser
import ScrutinCore
import ScrutinReports

/// `scrutin codes`: the catalogues of checks and of the record's refusals.
struct Codes: ParsableCommand, ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "codes",
        abstract: HelpText.codesAbstract.text
    )

    @Flag(help: HelpText.codesMarkdown.help)
    var markdown = false

    @Flag(help: HelpText.codesRefusals.help)
    var refusals = false

    @OptionGroup var languageOptions: LanguageOptions

    func run() throws { try finish(execute(console: .standard)) }

    func execute(console: Console) -> Int32 {
        let language = languageOptions.resolved(console)
        if markdown {
            console.write(
                refusals
                    ? CheckReport.refusalsMarkdown(language: language)
                    : CheckReport.catalogueMarkdown(language: language)
            )
            return 0
        }
        if refusals {
            var table = TextTable([.init(Word.code(language)), .init(Word.meaning(language))])
            for refusal in RefusalCatalogue.all { table.add([refusal.code.rawValue, refusal.meaning(language)]) }
            console.write(table.render(indent: 0))
            return 0
        }
        var table = TextTable([
            .init(Word.code(language)), .init(Word.severity(language)), .init(Word.meaning(language)),
        ])
        for check in CheckCatalogue.all {
            table.add([check.code.rawValue, check.severity.label(language), check.meaning(language)])
        }
        console.write(table.render(indent: 0))
        return 0
    }
}
