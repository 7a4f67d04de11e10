import ArgumentParser
import ScrutinCore
import ScrutinFileSystem
import ScrutinReports

/// `scrutin check BUNDLE`: every problem with its code, and an exit status that sums them up.
struct Check: ParsableCommand, ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: HelpText.checkAbstract.text,
        discussion: HelpText.checkDiscussion.text
    )

    @Argument(help: HelpText.bundleOrFile.help)
    var bundle: String

    @Option(
        help:
            HelpText.checkAsOf.help
    )
    var asOf: String?

    @Option(help: HelpText.formatTableJSON.help)
    var format: TableOrJSON = .table

    @OptionGroup var languageOptions: LanguageOptions

    func run() throws { try finish(execute(console: .standard)) }

    func execute(console: Console) throws -> Int32 {
        let language = languageOptions.resolved(console)
        let report: CheckReport
        if isElectionFile(bundle) || asOf != nil {
            switch loadElection(bundle, asOf: asOf, console: console, language: language) {
            case .failure(let status): return status.code
            case .success(.counted(let count)): report = CheckReport(bundle: bundle, count: count, language: language)
            case .success(.declared):
                console.write(CommandText.declaredNoSheets(language) + "\n")
                return 0
            }
            switch format {
            case .json: console.write(try json(report))
            case .table: console.write(report.text(language: language))
            }
            return report.status.rawValue
        }
        let directory = DirectoryBundle(path: bundle)
        if let problem = directory.problem {
            console.writeError(problem(language) + "\n")
            return CheckReport.Status.unreadable.rawValue
        }
        console.progress(CommandText.checking(bundle)(language))
        do {
            let count = try ElectionCount.load(from: directory, options: .machine)
            report = CheckReport(bundle: bundle, count: count, language: language)
        } catch {
            report = CheckReport(bundle: bundle, error: error, language: language)
        }
        console.endProgress()
        switch format {
        case .json: console.write(try json(report))
        case .table: console.write(report.text(language: language))
        }
        return report.status.rawValue
    }
}
