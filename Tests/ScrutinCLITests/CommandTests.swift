import Foundation
import ScrutinCore
import ScrutinReports
import ScrutinTestSupport
import Testing

@testable import scrutin

/// Each command, parsed and run in process on the fixture or the embedded data.
struct CommandTests {
    let scratch = Scratch()

    @Test("`scrutin` alone shows the 2020 election")
    func defaultIsMali2020() throws {
        let result = try run([])
        #expect(result.status == 0)
        #expect(result.output.contains("Mali — National Assembly election, 2020"))
        #expect(result.output.contains("RPM     Rally for Mali"))
        #expect(result.output.contains("35.58%"))
        #expect(result.output.contains("majority 74"))
    }

    @Test func mali2020InFrenchWithSources() throws {
        let result = try run(["mali-2020", "--lang", "fr", "--sources"])
        #expect(result.output.contains("Mali — élections législatives de 2020"))
        #expect(result.output.contains("[seed; S12]"))
        #expect(result.output.contains("SOURCES"))
    }

    @Test func mali2020AsJSON() throws {
        let result = try run(["mali-2020", "--format", "json"])
        let report = try JSONDecoder().decode(ReferenceReport.self, from: Data(result.output.utf8))
        #expect(report.majority == 74)
        #expect(report.schema == "scrutin.reference/1")
    }

    @Test func resultsTable() throws {
        let folder = try scratch.write(Fixture.bundle)
        let result = try run(["results", folder])
        #expect(result.status == 0)
        #expect(result.output.contains("Elected: LA-S1 (A) 65.31%"))
        #expect(result.output.contains("Runoff: LA-N1 (A) 47.42% vs LB-N1 (B+C) 39.18%"))
    }

    @Test func resultsForOneConstituencyShowsItsStations() throws {
        let folder = try scratch.write(Fixture.bundle)
        let result = try run(["results", folder, "--constituency", "N1", "--round", "1"])
        #expect(result.output.contains("N1-02"))
        #expect(result.output.contains("Mairie, salle 2"))
        #expect(!result.output.contains("S1-01"))
    }

    @Test func resultsJSONAndCSV() throws {
        let folder = try scratch.write(Fixture.bundle)
        let json = try run(["results", folder, "--format", "json"])
        let document = try JSONDecoder().decode(ResultsDocument.self, from: Data(json.output.utf8))
        #expect(document.seats.filled == 4)
        let csv = try run(["results", folder, "--format", "csv", "--level", "station", "--round", "1"])
        #expect(csv.output.hasPrefix("round,station,name,constituency,state,"))
        #expect(csv.output.split(separator: "\n").count == 5)
    }

    @Test func resultsRefusesAnUnknownConstituency() throws {
        let folder = try scratch.write(Fixture.bundle)
        let result = try run(["results", folder, "--constituency", "ZZ"])
        #expect(result.status == 64)
        #expect(result.errors.contains("no constituency has the code 'ZZ'"))
        #expect(result.output.isEmpty)
    }

    @Test func levelNeedsCSV() {
        #expect(throws: (any Error).self) { try run(["results", "/tmp", "--level", "station"]) }
    }

    @Test func aFileIsNotABundle() throws {
        let folder = try scratch.write(Fixture.bundle)
        let result = try run(["results", folder + "/parties.csv"])
        #expect(result.status == 3)
        #expect(result.errors.contains("is not an election file"))
        #expect(result.errors.contains("a bundle is a folder"))
    }

    @Test(
        "check: 0 clean, 1 warnings, 2 errors, 3 unreadable",
        arguments: [
            (nil, 0), ("S1-02,210,100,2,98", 1), ("S1-02,200,101,2,98", 2), ("S1-02,200,101", 3),
        ] as [(String?, Int32)]
    )
    func checkStatus(line: String?, expected: Int32) throws {
        var bundle = Fixture.bundle
        if let line { bundle = Fixture.bundle(replacingLine: 5, of: BundleLayout.sheets(round: 1), with: line) }
        let result = try run(["check", try scratch.write(bundle)])
        #expect(result.status == expected)
    }

    @Test func checkJSONListsProblems() throws {
        let bundle = Fixture.bundle(replacingLine: 5, of: BundleLayout.sheets(round: 1), with: "S1-02,200,101,2,98")
        let result = try run(["check", try scratch.write(bundle), "--format", "json"])
        let report = try JSONDecoder().decode(CheckReport.self, from: Data(result.output.utf8))
        #expect(report.problems.map(\.code) == ["E101"])
        #expect(report.problems.first?.line == 5)
        #expect(report.problems.first?.field == "voters")
    }

    @Test func unreadableBundleNamesFileLineAndField() throws {
        let bundle = Fixture.bundle(replacingLine: 3, of: BundleLayout.constituencies, with: "S1,South,Region Two,x")
        let result = try run(["results", try scratch.write(bundle)])
        #expect(result.status == 3)
        #expect(result.errors.contains("constituencies.csv:3 [seats] D003 fatal: 'x' is not a positive whole number"))
        #expect(result.output.isEmpty)
    }

    @Test func missingFolder() throws {
        let result = try run(["results", "/nonexistent/scrutin"])
        #expect(result.status == 3)
        #expect(result.errors.contains("no such folder"))
    }

    @Test func runoffs() throws {
        let result = try run(["runoffs", try scratch.write(Fixture.bundle)])
        #expect(result.status == 0)
        #expect(result.output.contains("LA-N1 Alpha North"))
        let blocked = Fixture.bundle(replacingLine: 2, of: BundleLayout.sheets(round: 1), with: "N1-01,500,301,10,290")
        let unsettled = try run(["runoffs", try scratch.write(blocked)])
        #expect(unsettled.status == 2)
        #expect(unsettled.output.contains("Blocked by quarantined sheets"))
    }

    @Test func generateWritesALoadableSyntheticBundle() throws {
        let folder = try scratch.folder() + "/bundle"
        let result = try run(["generate", folder, "--stations", "120", "--constituencies", "6", "--seed", "11"])
        #expect(result.status == 0)
        #expect(result.errors.contains("Wrote a synthetic bundle"))
        let check = try run(["check", folder])
        #expect(check.status == 0)
        let results = try run(["results", folder])
        #expect(results.output.contains("SYNTHETIC DATA"))
    }

    @Test func generateRefusesImpossibleSizes() {
        #expect(throws: (any Error).self) {
            try run(["generate", "/tmp/x", "--stations", "3", "--constituencies", "5"])
        }
    }

    @Test("The README lists every check code, as `scrutin codes --markdown` prints them")
    func readmeListsTheCatalogue() throws {
        let readme = try String(contentsOfFile: packageRoot + "/README.md", encoding: .utf8)
        let table = try run(["codes", "--markdown"]).output
        #expect(readme.contains(table), "README.md's check table differs from `scrutin codes --markdown`")
    }

    @Test("The README lists every refusal code, as `scrutin codes --refusals --markdown` prints them")
    func readmeListsTheRefusals() throws {
        let readme = try String(contentsOfFile: packageRoot + "/README.md", encoding: .utf8)
        let table = try run(["codes", "--refusals", "--markdown", "--lang", "en"]).output
        #expect(table.contains("| R001 |"))
        #expect(readme.contains(table), "README.md's refusal table differs from `scrutin codes --refusals --markdown`")
    }
}

/// The built binary, run as a user runs it.
struct BinaryTests {
    let scratch = Scratch()

    @Test(
        "--help speaks the language asked for, by --lang or LANG",
        arguments: [
            (["enter", "--help"], [String: String](), "Key a tally sheet", "The election file."),
            (["enter", "--help", "--lang", "fr"], [:], "Saisir un procès-verbal", "Le fichier d’élection."),
            (
                ["verify", "--help"], ["LANG": "fr_FR.UTF-8"], "Contrôler un fichier d’élection",
                "Le fichier d’élection."
            ),
            (["rule", "annul-sheet", "--help", "--lang=fr"], [:], "Annuler le procès-verbal", "Le code du bureau"),
        ]
    )
    func helpInEachLanguage(
        arguments: [String],
        environment: [String: String],
        abstract: String,
        option: String
    )
        throws
    {
        let result = try runBinary(arguments, environment: environment)
        #expect(result.status == 0)
        #expect(result.output.contains(abstract), "\(result.output)")
        #expect(result.output.contains(option), "\(result.output)")
    }

    @Test("An argument error Scrutin finds is said in the language asked for, whole")
    func argumentErrorInFrench() throws {
        let file = try scratch.folder() + "/e.scrutin"
        let result = try runBinary(
            [
                "enter", file, "--round", "1", "--station", "N1-01", "--registered", "1", "--voters", "1", "--invalid",
                "0", "--valid", "1", "--votes", "LA-N1=-3", "--lang", "fr",
            ]
        )
        #expect(result.status == 64)
        #expect(
            result.errors.hasPrefix("Erreur\u{00A0}: --votes LA-N1\u{00A0}: «\u{00A0}-3\u{00A0}» est négatif"),
            "\(result.errors)"
        )
        #expect(result.errors.contains("Voir «\u{00A0}scrutin enter --help\u{00A0}»"), "\(result.errors)")
        #expect(!result.errors.contains("is negative"), "\(result.errors)")
    }

    @Test func exitStatusAndQuietWhenPiped() throws {
        let bundle = Fixture.bundle(replacingLine: 5, of: BundleLayout.sheets(round: 1), with: "S1-02,200,101,2,98")
        let result = try runBinary(["check", try scratch.write(bundle)])
        #expect(result.status == 2)
        #expect(result.output.contains("E101"))
        // No progress line or escape sequence when standard error is not a terminal.
        #expect(!result.errors.contains("\u{1B}"))
    }

    @Test func frenchFromTheEnvironment() throws {
        let result = try runBinary(
            ["results", try scratch.write(Fixture.bundle)],
            environment: ["LANG": "fr_FR.UTF-8"]
        )
        #expect(result.output.contains("Élue\u{00A0}: LA-S1"))
    }

    @Test func helpEverywhere() throws {
        for command in [[], ["results"], ["check"], ["runoffs"], ["generate"], ["codes"], ["mali-2020"]] {
            let result = try runBinary(command + ["--help"])
            #expect(result.status == 0)
            #expect(result.output.contains("USAGE"), "\(command)")
        }
    }
}
