import ScrutinCore
import ScrutinTestSupport
import Testing

/// Errors that name the right problem: every structural row of a file, and no cascade from a
/// file that could not be read.
struct StructuralReportingTests {
    static func problems(_ bundle: some BundleSource, options: LoadOptions = .sequential) -> [Problem] {
        do {
            return try ElectionCount.load(from: bundle, options: options).problems
        } catch {
            return error.problems
        }
    }

    @Test(
        "A file that cannot be read, is missing or is not a regular file is reported once, without a D002 per reference",
        arguments: [BundleLayout.parties, BundleLayout.constituencies, BundleLayout.lists]
    )
    func noCascade(file: String) {
        let unreadable = Self.problems(UnreadableFiles(Fixture.bundle, unreadable: [file]))
        #expect(unreadable.map(\.code) == [.unreadableFile], "\(unreadable.map { $0.line(.english) })")
        let missing = Self.problems(Fixture.bundle(replacing: file, with: nil))
        #expect(missing.map(\.code) == [.missingFile], "\(missing.map { $0.line(.english) })")
        let special = Self.problems(SpecialFiles(Fixture.bundle, special: [file: .folder]))
        #expect(special.map(\.code) == [.notARegularFile], "\(special.map { $0.line(.english) })")
    }

    @Test("Every structural row of a definition file is reported, not only the first")
    func everyStructuralRow() {
        let bundle = Fixture.bundle.with(
            BundleLayout.parties,
            """
            code,name,color
            A,Alpha
            B,Beta,,extra
            C,Ga"mma,#0000FF
            D,"Delta"x,
            E,Epsilon,
            F,Phi
            """
        )
        let lines = Self.problems(bundle).filter { $0.location.file == BundleLayout.parties }
            .map { "\($0.location.line) \($0.code)" }
        #expect(lines == ["2 S007", "3 S008", "4 S011", "5 S010", "7 S007"])
    }

    @Test("Every structural row of stations.csv and of a round's files, on one thread or several")
    func everyStructuralRowOfLargeFiles() {
        let stations = Fixture.stations.replacing("N1-02,N1,\"Mairie, salle 2\",400", with: "N1-02,N1,Mairie")
            .replacing("S1-02,S1,École C,200", with: "S1-02,S1,École C,200,9")
        let sheets = Fixture.round1Sheets.split(separator: "\n").enumerated().map { index, line in
            index == 1 || index == 3 ? line + ",1" : String(line)
        }.joined(separator: "\n")
        for options in [LoadOptions.sequential, LoadOptions(threads: 3, minimumChunkBytes: 16)] {
            let definition = Self.problems(Fixture.bundle.with(BundleLayout.stations, stations), options: options)
            #expect(definition.map { "\($0.location) \($0.code)" } == ["stations.csv:3 S007", "stations.csv:5 S008"])
            let round = Self.problems(Fixture.bundle.with(BundleLayout.sheets(round: 1), sheets), options: options)
            #expect(
                round.map { "\($0.location) \($0.code)" } == ["round-1/sheets.csv:2 S008", "round-1/sheets.csv:4 S008"]
            )
        }
    }

    @Test("A quote never closed takes the rest of the file: it is the last problem listed")
    func unterminatedQuote() {
        let bundle = Fixture.bundle.with(BundleLayout.parties, "code,name,color\nA,Alpha\nB,\"Beta,\nC,Gamma,")
        let lines = Self.problems(bundle).map { "\($0.location) \($0.code)" }
        #expect(lines == ["parties.csv:2 S007", "parties.csv:3 S009"])
    }

    @Test("Beyond 100 structural problems in a file, one more line says how many are left out")
    func limit() {
        let bundle = Fixture.bundle.with(
            BundleLayout.parties,
            "code,name,color\n" + (1...150).map { "P\($0),Party \($0)" }.joined(separator: "\n")
        )
        let problems = Self.problems(bundle).filter { $0.location.file == BundleLayout.parties }
        #expect(problems.count == 101)
        #expect(problems.prefix(100).allSatisfy { $0.code == .shortRow })
        #expect(
            problems.last?.line(.english)
                == "parties.csv S018 fatal: and 50 more structural problems in this file, not listed; fix those above and run again"
        )
        #expect(problems.last?.message(.french).hasPrefix("et 50 autres problèmes de structure") == true)
    }

    @Test("Invalid UTF-8 is reported once, among the rows' problems")
    func encodingAmongRows() {
        var bundle = Fixture.bundle
        bundle.files[BundleLayout.parties] =
            Array("code,name,color\nA,Alpha\nB,B".utf8) + [0xE9] + Array("ta,\nC,Gamma,\nD,D\u{E9}lta\n".utf8)
        let lines = Self.problems(bundle).map { "\($0.location) \($0.code)" }
        #expect(lines == ["parties.csv:2 S007", "parties.csv:3 S002", "parties.csv:5 S007"])
    }
}
