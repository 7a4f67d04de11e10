import ScrutinCore
import ScrutinTestSupport
import Testing

/// One bundle per check code that makes exactly that check fire, with the place it names.
struct CheckTriggerTests {
    /// A broken bundle, the code it must raise, and where.
    struct Trigger: Sendable, CustomTestStringConvertible {
        let code: CheckCode
        let bundle: any BundleSource
        let location: BundleLocation
        var testDescription: String { code.rawValue }
    }

    static let election = BundleLayout.election
    static let parties = BundleLayout.parties
    static let constituencies = BundleLayout.constituencies
    static let lists = BundleLayout.lists
    static let candidates = BundleLayout.candidates
    static let stations = BundleLayout.stations
    static let sheets1 = BundleLayout.sheets(round: 1)
    static let votes1 = BundleLayout.votes(round: 1)
    static let sheets2 = BundleLayout.sheets(round: 2)
    static let votes2 = BundleLayout.votes(round: 2)

    static func at(_ file: String, _ line: Int = 0, _ field: String? = nil) -> BundleLocation {
        BundleLocation(file: file, line: line, field: field)
    }

    static let triggers: [Trigger] = [
        // S: structure
        Trigger(code: .missingFile, bundle: Fixture.bundle(replacing: stations, with: nil), location: at(stations)),
        Trigger(
            code: .invalidUTF8,
            bundle: {
                var bundle = Fixture.bundle
                bundle.files[parties] = Array("code,name\nA,Alpha\nB,B".utf8) + [0xE9] + Array("ta\n".utf8)
                return bundle
            }(),
            location: at(parties, 3)
        ),
        Trigger(code: .missingHeader, bundle: Fixture.bundle(replacing: parties, with: ""), location: at(parties)),
        Trigger(
            code: .missingColumn,
            bundle: Fixture.bundle(replacingLine: 1, of: stations, with: "code,constituency,name"),
            location: at(stations, 1)
        ),
        Trigger(
            code: .unknownColumn,
            bundle: Fixture.bundle(replacingLine: 1, of: constituencies, with: "code,name,region,sieges"),
            location: at(constituencies, 1)
        ),
        Trigger(
            code: .duplicateColumn,
            bundle: Fixture.bundle(replacingLine: 1, of: parties, with: "code,name,name"),
            location: at(parties, 1)
        ),
        Trigger(
            code: .shortRow,
            bundle: Fixture.bundle(replacingLine: 3, of: stations, with: "N1-02,N1,Mairie"),
            location: at(stations, 3)
        ),
        Trigger(
            code: .longRow,
            bundle: Fixture.bundle(replacingLine: 2, of: votes1, with: "N1-01,LA-N1,150,3"),
            location: at(votes1, 2)
        ),
        Trigger(
            code: .unterminatedQuote,
            bundle: Fixture.bundle(replacingLine: 3, of: lists, with: "LB-N1,N1,\"Beta,B+C"),
            location: at(lists, 3)
        ),
        Trigger(
            code: .textAfterQuote,
            bundle: Fixture.bundle(replacingLine: 2, of: lists, with: "LA-N1,N1,\"Alpha\" North,A"),
            location: at(lists, 2)
        ),
        Trigger(
            code: .strayQuote,
            bundle: Fixture.bundle(replacingLine: 2, of: lists, with: "LA-N1,N1,Alpha \"North\",A"),
            location: at(lists, 2)
        ),
        Trigger(
            code: .invalidJSON,
            // The file ends (after its last line break, on line 2) inside the object.
            bundle: Fixture.bundle(replacing: election, with: "{\"name\": \"x\", \"seats\": 4,"),
            location: at(election, 2)
        ),
        Trigger(
            code: .unreadableFile,
            bundle: UnreadableFiles(Fixture.bundle, unreadable: [BundleLayout.closed(round: 1)]),
            location: at(BundleLayout.closed(round: 1))
        ),
        Trigger(
            code: .notARegularFile,
            bundle: SpecialFiles(Fixture.bundle, special: [BundleLayout.votes(round: 1): .pipe]),
            location: at(BundleLayout.votes(round: 1))
        ),
        Trigger(
            code: .strayFile,
            bundle: Fixture.bundle.with("Round-2/sheets.csv", "station,registered,voters,invalid,valid"),
            location: at("Round-2")
        ),
        Trigger(
            code: .moreStructuralProblems,
            bundle: Fixture.bundle.with(
                parties,
                "code,name,color\n" + (1...105).map { "P\($0),Party \($0)" }.joined(separator: "\n")
            ),
            location: at(parties)
        ),
        Trigger(
            code: .extraRound,
            bundle: Fixture.bundle.with("round-3/sheets.csv", "station,registered,voters,invalid,valid"),
            location: at("round-3/sheets.csv")
        ),
        Trigger(
            code: .orphanFile,
            bundle: Fixture.bundle(replacing: sheets2, with: nil),
            location: at(votes2)
        ),

        // D: definition
        Trigger(
            code: .duplicateCode,
            bundle: Fixture.bundle(appending: "S1-01,S1,Other school,100", to: stations),
            location: at(stations, 6, "code")
        ),
        Trigger(
            code: .unknownReference,
            bundle: Fixture.bundle(replacingLine: 6, of: lists, with: "LB-S1,S1,Beta South,Z"),
            location: at(lists, 6, "parties")
        ),
        Trigger(
            code: .invalidValue,
            bundle: Fixture.bundle(replacingLine: 3, of: constituencies, with: "S1,South,Region Two,one"),
            location: at(constituencies, 3, "seats")
        ),
        Trigger(
            code: .seatsMismatch,
            bundle: Fixture.bundle(replacingLine: 3, of: constituencies, with: "S1,South,Region Two,2"),
            location: at(constituencies)
        ),
        Trigger(
            code: .constituencyWithoutLists,
            bundle: Fixture.bundle(appending: "E1,East,Region Two,1", to: constituencies)
                .with(election, Fixture.election.replacing("\"seats\": 4", with: "\"seats\": 5"))
                .with(stations, Fixture.stations + "\nE1-01,E1,École E,10"),
            location: at(constituencies, 4)
        ),
        Trigger(
            code: .constituencyWithoutStations,
            bundle: Fixture.bundle(appending: "E1,East,Region Two,1", to: constituencies)
                .with(election, Fixture.election.replacing("\"seats\": 4", with: "\"seats\": 5"))
                .with(lists, Fixture.lists + "\nLA-E1,E1,Alpha East,A")
                .with(candidates, Fixture.candidates + "\nLA-E1,1,Sali Ba,F,A"),
            location: at(constituencies, 4)
        ),
        Trigger(
            code: .unknownSystem,
            bundle: Fixture.bundle(
                replacing: election,
                with: Fixture.election.replacing("two-round-block-vote", with: "stv")
            ),
            location: at(election, 1, "system")
        ),
        Trigger(
            code: .invalidRounds,
            bundle: Fixture.bundle(
                replacing: election,
                with: Fixture.election.replacing(", {\"round\": 2, \"date\": \"2024-03-24\"}", with: "")
            ),
            location: at(election, 2, "rounds")
        ),
        Trigger(
            code: .duplicatePosition,
            bundle: Fixture.bundle(replacingLine: 4, of: candidates, with: "LA-N1,2,Cheick Traoré,M,A"),
            location: at(candidates, 4, "position")
        ),

        // C: candidacies
        Trigger(
            code: .listSize,
            bundle: Fixture.bundle(appending: "LA-S1,2,Extra Name,F,A", to: candidates),
            location: at(candidates, 11)
        ),
        Trigger(
            code: .genderQuota,
            bundle: Fixture.bundle(replacingLine: 2, of: candidates, with: "LA-N1,1,Adama Diallo,M,A"),
            location: at(candidates, 2)
        ),
        Trigger(
            code: .candidateOnSeveralLists,
            bundle: Fixture.bundle(replacingLine: 12, of: candidates, with: "LB-S1,1,awa  DIALLO,F,B"),
            location: at(candidates, 12, "name")
        ),
        Trigger(
            code: .partyNotOnList,
            bundle: Fixture.bundle(replacingLine: 11, of: candidates, with: "LA-S1,1,Moussa Dembélé,M,B"),
            location: at(candidates, 11, "party")
        ),
        Trigger(
            code: .positionGap,
            bundle: Fixture.bundle(replacingLine: 4, of: candidates, with: "LA-N1,4,Cheick Traoré,M,A"),
            location: at(candidates, 2)
        ),

        // E: tally sheets
        Trigger(
            code: .voterBalance,
            bundle: Fixture.bundle(replacingLine: 2, of: sheets1, with: "N1-01,500,301,10,290"),
            location: at(sheets1, 2, "voters")
        ),
        Trigger(
            code: .voteSum,
            bundle: Fixture.bundle(replacingLine: 2, of: votes1, with: "N1-01,LA-N1,151"),
            location: at(sheets1, 2, "valid")
        ),
        Trigger(
            code: .listNotRunning,
            bundle: Fixture.bundle(appending: "S1-01,LA-N1,0", to: votes1),
            location: at(votes1, 12, "list")
        ),
        Trigger(
            code: .listNotInRunoff,
            bundle: Fixture.bundle(appending: "N1-01,LI-N1,0", to: votes2),
            location: at(votes2, 6, "list")
        ),
        Trigger(
            code: .unknownStation,
            bundle: Fixture.bundle(appending: "X9-99,10,5,0,5", to: sheets1),
            location: at(sheets1, 6, "station")
        ),
        Trigger(
            code: .duplicateSheet,
            bundle: Fixture.bundle(appending: "S1-02,200,100,2,98", to: sheets1),
            location: at(sheets1, 6, "station")
        ),
        Trigger(
            code: .negativeNumber,
            bundle: Fixture.bundle(replacingLine: 5, of: sheets1, with: "S1-02,200,100,-2,98"),
            location: at(sheets1, 5, "invalid")
        ),
        Trigger(
            code: .notAnInteger,
            bundle: Fixture.bundle(replacingLine: 5, of: sheets1, with: "S1-02,200,100.0,2,98"),
            location: at(sheets1, 5, "voters")
        ),
        Trigger(
            code: .numberTooLarge,
            bundle: Fixture.bundle(replacingLine: 11, of: votes1, with: "S1-02,LB-S1,99999999999"),
            location: at(votes1, 11, "votes")
        ),
        Trigger(
            code: .duplicateVoteRow,
            bundle: Fixture.bundle(appending: "S1-02,LB-S1,38", to: votes1),
            location: at(votes1, 12, "list")
        ),
        Trigger(
            code: .votesWithoutSheet,
            bundle: Fixture.bundle(appending: "S1-01,LA-S1,3", to: votes2),
            location: at(votes2, 6, "station")
        ),
        Trigger(
            code: .unknownList,
            bundle: Fixture.bundle(appending: "N1-01,LZ-N1,0", to: votes1),
            location: at(votes1, 12, "list")
        ),
        Trigger(
            code: .sheetForClosedStation,
            bundle: Fixture.bundle.with(BundleLayout.closed(round: 1), "station,reason\nS1-02,insecurity"),
            location: at(sheets1, 5, "station")
        ),
        Trigger(
            code: .noRunoffHere,
            bundle: Fixture.bundle(appending: "S1-01,300,100,0,100", to: sheets2),
            location: at(sheets2, 4, "station")
        ),

        // W: warnings
        Trigger(
            code: .votersAboveRegistered,
            bundle: Fixture.bundle(replacingLine: 5, of: sheets1, with: "S1-02,90,100,2,98"),
            location: at(sheets1, 5, "voters")
        ),
        Trigger(
            code: .registeredDiffers,
            bundle: Fixture.bundle(replacingLine: 5, of: sheets1, with: "S1-02,210,100,2,98"),
            location: at(sheets1, 5, "registered")
        ),
        Trigger(
            code: .highInvalidShare,
            bundle: Fixture.bundle(replacingLine: 5, of: sheets1, with: "S1-02,200,100,30,70")
                .with(votes1, Fixture.round1Votes.replacing("S1-02,LA-S1,60", with: "S1-02,LA-S1,32")),
            location: at(sheets1, 5, "invalid")
        ),
        Trigger(
            code: .turnoutOutlier,
            bundle: Fixture.bundle(replacingLine: 5, of: sheets1, with: "S1-02,200,198,2,196")
                .with(votes1, Fixture.round1Votes.replacing("S1-02,LA-S1,60", with: "S1-02,LA-S1,158"))
                // 198/200 = 99 % against 348/500 = 69.6 % for S1: 29.4 points apart, above a 20-point limit;
                // S1-01 (50 %) is 19.6 points away, below it.
                .with(
                    election,
                    Fixture.election.replacing("\"seats\": 4", with: "\"seats\": 4, \"turnoutGapWarning\": 20")
                ),
            location: at(sheets1, 5, "voters")
        ),
    ]

    @Test("Each check fires on its trigger and names the place", arguments: triggers)
    func fires(_ trigger: Trigger) throws {
        let problems: [Problem]
        do {
            problems = try ElectionCount.load(from: trigger.bundle).problems
            #expect(trigger.code.family != .fatal, "a fatal check must stop the load")
        } catch {
            problems = error.problems
            #expect(trigger.code.family == .fatal, "only S and D problems may stop the load")
        }
        let matching = problems.filter { $0.code == trigger.code }
        #expect(!matching.isEmpty, "\(trigger.code) not raised; got \(problems.map { $0.line(.english) })")
        #expect(matching.contains { $0.location == trigger.location }, "\(matching.map(\.location))")
        for problem in matching {
            for language in Language.allCases {
                #expect(!problem.message(language).contains("{"), "unfilled placeholder: \(problem.message(language))")
            }
        }
    }

    @Test("Each check fires the same on several threads", arguments: triggers)
    func firesOnThreads(_ trigger: Trigger) throws {
        let options = LoadOptions(threads: 3, minimumChunkBytes: 16)
        do {
            let sequential = CountSummary(try ElectionCount.load(from: trigger.bundle))
            #expect(CountSummary(try ElectionCount.load(from: trigger.bundle, options: options)) == sequential)
        } catch {
            do {
                _ = try ElectionCount.load(from: trigger.bundle, options: options)
                Issue.record("the threaded load succeeded where the sequential one failed")
            } catch let threaded {
                #expect(threaded.problems == error.problems)
            }
        }
    }

    @Test("Every code in the catalogue has a trigger")
    func catalogueIsCovered() {
        let covered = Set(Self.triggers.map(\.code))
        let missing = CheckCatalogue.all.map(\.code).filter { !covered.contains($0) }
        #expect(missing.isEmpty, "no trigger for \(missing)")
    }

    @Test("The fixture itself raises nothing")
    func fixtureIsClean() throws {
        #expect(try ElectionCount.load(from: Fixture.bundle).problems.isEmpty)
    }
}

extension CheckCode {
    enum Family { case fatal, reported }
    var family: Family { rawValue.hasPrefix("S") || rawValue.hasPrefix("D") ? .fatal : .reported }
}

extension InMemoryBundle {
    /// The bundle with one file set from a text.
    func with(_ path: String, _ text: String) -> InMemoryBundle {
        var copy = self
        copy[text: path] = text + "\n"
        return copy
    }
}

/// Problems reported together, without cascades, in one run.
struct ProblemReportingTests {
    @Test("A sheet held for a vote row still gets its arithmetic checked")
    func arithmeticOnHeldSheets() throws {
        let bundle = Fixture.bundle(replacingLine: 2, of: BundleLayout.sheets(round: 1), with: "N1-01,500,301,10,290")
            .with(BundleLayout.votes(round: 1), Fixture.round1Votes + "\nN1-01,LX-N1,0")
        let codes = try ElectionCount.load(from: bundle).problems.map(\.code)
        #expect(codes.contains(.unknownList))
        #expect(codes.contains(.voterBalance))
        // The refused row makes no vote-sum error of its own.
        #expect(!codes.contains(.voteSum))
    }

    @Test("A code with a quote or a comma is refused in the definition")
    func codesWithoutQuotes() {
        let bundle = Fixture.bundle(replacingLine: 5, of: BundleLayout.stations, with: "\"S1-0\"\"2\",S1,École C,200")
        #expect(throws: BundleError.self) { try ElectionCount.load(from: bundle) }
        do {
            _ = try ElectionCount.load(from: bundle)
        } catch {
            #expect(error.problems.first?.code == .invalidValue)
            #expect(
                error.problems.first?.location == BundleLocation(file: BundleLayout.stations, line: 5, field: "code")
            )
        }
    }

    @Test("Codes are ASCII, so that look-alike Unicode spellings cannot differ unseen")
    func asciiCodes() {
        let bundle = Fixture.bundle(replacingLine: 5, of: BundleLayout.stations, with: "S1-é,S1,École C,200")
        do {
            _ = try ElectionCount.load(from: bundle)
            Issue.record("expected a failure")
        } catch {
            #expect(error.problems.map(\.code) == [.invalidValue])
        }
    }

    @Test("A list without candidates is reported at its line in lists.csv")
    func listWithoutCandidates() throws {
        let bundle = Fixture.bundle.with(
            BundleLayout.candidates,
            Fixture.candidates.split(separator: "\n").filter { !$0.hasPrefix("LB-S1") }.joined(separator: "\n")
        )
        let problems = try ElectionCount.load(from: bundle).problems.filter { $0.code == .listSize }
        #expect(problems.map(\.location) == [BundleLocation(file: BundleLayout.lists, line: 6, field: "code")])
    }

    @Test("A path that is not a regular file is named with what it is, in English and French")
    func notARegularFile() {
        let bundle = SpecialFiles(Fixture.bundle, special: [BundleLayout.parties: .pipe, BundleLayout.lists: .device])
        do {
            _ = try ElectionCount.load(from: bundle)
            Issue.record("expected a failure")
        } catch {
            let lines = error.problems.filter { $0.code == .notARegularFile }.map { $0.line(.english) }
            #expect(
                lines.contains(
                    "parties.csv S016 fatal: is a named pipe (FIFO), not a regular file; it is not read (put the file itself here)"
                )
            )
            #expect(lines.contains { $0.hasPrefix("lists.csv S016 fatal: is a device, not a regular file") })
            let french = error.problems.first { $0.code == .notARegularFile }?.message(.french) ?? ""
            #expect(french.hasPrefix("est un tube nommé (FIFO), pas un fichier ordinaire"))
        }
    }

    @Test("A broken definition file does not make every reference to it a second problem")
    func noCascadeFromABrokenFile() {
        var bundle = Fixture.bundle
        bundle.files[BundleLayout.parties] = Array("code,name,color\nA,Alpha,\nB,B".utf8) + [0xE9] + Array("ta,\n".utf8)
        do {
            _ = try ElectionCount.load(from: bundle)
            Issue.record("expected a failure")
        } catch {
            #expect(error.problems.map(\.code) == [.invalidUTF8])
        }
    }

    @Test("Structural problems of every file are reported in one run")
    func everyStructuralProblemAtOnce() {
        let round1 = Fixture.bundle(replacingLine: 3, of: BundleLayout.sheets(round: 1), with: "N1-02,400,\"200,5,195")
        let both = round1.with(BundleLayout.votes(round: 2), "station,list,votes\nN1-01,LA-N1")
        do {
            _ = try ElectionCount.load(from: both)
            Issue.record("expected a failure")
        } catch {
            #expect(error.problems.map(\.code) == [.unterminatedQuote, .shortRow])
        }
        let definitionToo = both.with(BundleLayout.parties, "code,nom")
        do {
            _ = try ElectionCount.load(from: definitionToo)
            Issue.record("expected a failure")
        } catch {
            #expect(Set(error.problems.map(\.code)).isSuperset(of: [.unknownColumn, .unterminatedQuote, .shortRow]))
        }
    }
}
