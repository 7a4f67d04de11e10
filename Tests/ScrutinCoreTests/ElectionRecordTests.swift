import ScrutinCore
import ScrutinTestSupport
import Testing

/// The record replayed from events: what it takes, what it refuses, and the results it makes.
struct ElectionRecordTests {
    typealias B = RecordBuilder

    /// The seats of a party code in a snapshot (0 when absent).
    func seats(_ snapshot: ResultsSnapshot, _ party: String) -> Int {
        snapshot.seats.first { $0.party == party }?.seats ?? 0
    }

    func outcome(_ snapshot: ResultsSnapshot, round: Int, _ code: String) -> ResultsSnapshot.Outcome? {
        snapshot.round(round)?.constituencies.first { $0.code == code }?.outcome
    }

    @Test("Imports of both rounds count as the bundle does: B 2, C 1, A 1")
    func importsCountLikeTheBundle() throws {
        var builder = try B.defined()
        try builder.importRound(1)
        try builder.importRound(2)
        let count = try builder.record.count(blobs: builder.blobs)
        #expect(CountSummary(count) == CountSummary(try ElectionCount.load(from: Fixture.bundle)))
        let snapshot = try builder.record.snapshot(blobs: builder.blobs)
        #expect(seats(snapshot, "A") == 1 && seats(snapshot, "B") == 2 && seats(snapshot, "C") == 1)
        #expect(snapshot.round(1)?.totals == Totals(registered: 1400, voters: 750, invalid: 20, valid: 730))
    }

    @Test("Sheets keyed twice by two clerks count like the imported ones")
    func doubleEntryCounts() throws {
        var builder = try B.defined()
        let sheets: [(String, [String: Int])] = [
            ("N1-01,500,300,10,290", ["LA-N1": 150, "LB-N1": 100, "LI-N1": 40]),
            ("N1-02,400,200,5,195", ["LA-N1": 80, "LB-N1": 90, "LI-N1": 25]),
            ("S1-01,300,150,3,147", ["LA-S1": 100, "LB-S1": 47]),
            ("S1-02,200,100,2,98", ["LA-S1": 60, "LB-S1": 38]),
        ]
        for (figures, votes) in sheets {
            let entry = SheetEntry.parse(figures, votes)
            try builder.append(.sheet(round: 1, station: entry.station, action: .enter(entry)), by: B.clerkA)
            try builder.append(.sheet(round: 1, station: entry.station, action: .enter(entry)), by: B.clerkB)
        }
        let keyed = try builder.record.count(blobs: builder.blobs)
        let imported = try ElectionCount.load(from: Fixture.bundle, throughRound: 1)
        #expect(keyed.rounds[0].constituencies == imported.rounds[0].constituencies)
        #expect(keyed.rounds[0].nation == imported.rounds[0].nation)
    }

    @Test("Two different entries wait for a supervisor, who keeps one; until then the sheet does not count")
    func differentEntries() throws {
        var builder = try B.defined()
        try builder.importRound(
            1,
            files: [
                BundleLayout.sheets(round: 1):
                    "station,registered,voters,invalid,valid\nN1-01,500,300,10,290\nN1-02,400,200,5,195\nS1-01,300,150,3,147",
                BundleLayout.votes(round: 1): """
                station,list,votes
                N1-01,LA-N1,150
                N1-01,LB-N1,100
                N1-01,LI-N1,40
                N1-02,LA-N1,80
                N1-02,LB-N1,90
                N1-02,LI-N1,25
                S1-01,LA-S1,100
                S1-01,LB-S1,47
                """,
            ]
        )
        let good = SheetEntry.parse("S1-02,200,100,2,98", ["LA-S1": 60, "LB-S1": 38])
        let typo = SheetEntry.parse("S1-02,200,100,2,98", ["LA-S1": 66, "LB-S1": 38])
        try builder.append(.sheet(round: 1, station: "S1-02", action: .enter(good)), by: B.clerkA)
        try builder.append(.sheet(round: 1, station: "S1-02", action: .enter(typo)), by: B.clerkB)
        var count = try builder.record.count(blobs: builder.blobs)
        let south = count.definition.constituency(code: "S1")!
        #expect(count.rounds[0][south].coverage.counted == 1)
        #expect(count.rounds[0][south].outcome == .counting(leaders: [count.definition.list(code: "LA-S1")!]))
        // A third entry is refused while the two wait.
        #expect(throws: RecordError.self) {
            try builder.append(
                .sheet(round: 1, station: "S1-02", action: .enter(good)),
                by: Actor(name: "clerk-c", role: .clerk)
            )
        }
        try builder.append(.sheet(round: 1, station: "S1-02", action: .keep(.first)), by: B.supervisor)
        count = try builder.record.count(blobs: builder.blobs)
        #expect(count.rounds[0][south].totals.valid == 245)
        #expect(count.rounds[0][south].votes(of: count.definition.list(code: "LA-S1")!, in: count.definition) == 160)
    }

    @Test("Refused events leave the record as it was", arguments: RefusedCase.all)
    func refused(_ refused: RefusedCase) throws {
        var builder = try B.defined()
        try builder.importRound(1)
        try refused.setUp(&builder)
        let before = builder.record.head
        let error = #expect(throws: RecordError.self) {
            try builder.append(refused.body, by: refused.actor)
        }
        #expect(builder.record.head == before)
        #expect(error?.line(.english).contains(refused.message) == true, "\(error?.line(.english) ?? "")")
        #expect(error?.message(.french).isEmpty == false)
        #expect(error.map { RefusalCatalogue.definition(of: $0.code) != nil } == true, "a refusal has a code")
    }

    struct RefusedCase: Sendable, CustomTestStringConvertible {
        var name: String
        var body: EventBody
        var actor: Actor
        var message: String
        var setUp: @Sendable (inout B) throws -> Void = { _ in }
        var testDescription: String { name }

        /// A round-2 sheet of N1-01 (the runoff LA-N1 against LB-N1).
        static let roundTwo = SheetEntry.parse("N1-01,500,280,8,272", ["LA-N1": 130, "LB-N1": 142])

        static func ruling(_ action: Ruling.Action) -> EventBody {
            .ruling(Ruling(authority: "Court", number: "1", date: "2024-03-03", action: action))
        }

        static func ruling(_ action: Ruling.Action, number: String, date: String) -> EventBody {
            .ruling(Ruling(authority: "Court", number: number, date: date, action: action))
        }

        /// A court's figures for N1-01 in round 1, as given.
        static func correction(voters: Int, invalid: Int, valid: Int, votes: [String: Int]) -> EventBody {
            ruling(
                .correctSheet(
                    round: 1,
                    sheet: SheetEntry.parse("N1-01,500,\(voters),\(invalid),\(valid)", votes)
                )
            )
        }

        static let all: [RefusedCase] = [
            RefusedCase(
                name: "a ruling on a station that does not exist",
                body: ruling(.annulSheet(round: 1, station: "N9-99")),
                actor: B.court,
                message: "station 'N9-99' does not exist"
            ),
            RefusedCase(
                name: "a list that does not exist",
                body: ruling(.disqualifyList(list: "LZ")),
                actor: B.court,
                message: "list 'LZ' does not exist"
            ),
            RefusedCase(
                name: "an overturn to a list of another constituency",
                body: ruling(.overturn(round: 2, constituency: "N1", list: "LA-S1")),
                actor: B.court,
                message: "list 'LA-S1' does not run in N1"
            ),
            RefusedCase(
                name: "a ruling by a clerk",
                body: ruling(.annulSheet(round: 1, station: "N1-01")),
                actor: B.clerkA,
                message: "a clerk may not record 'ruling-annul-sheet'"
            ),
            RefusedCase(
                name: "a sheet keyed by the court",
                body: .sheet(round: 1, station: "N1-01", action: .enter(SheetEntry.parse("N1-01,500,1,0,1", [:]))),
                actor: B.court,
                message: "a court may not record 'sheet-enter'"
            ),
            RefusedCase(
                name: "provisional results published by the court",
                body: .publication(round: 1, stage: .provisional, declared: nil),
                actor: B.court,
                message: "a court may not record 'publish-provisional'"
            ),
            RefusedCase(
                name: "a final publication before any provisional one",
                body: .publication(round: 1, stage: .final, declared: nil),
                actor: B.court,
                message: "round 1's final results need provisional results published first"
            ),
            RefusedCase(
                name: "round 2 published before round 1",
                body: .publication(round: 2, stage: .provisional, declared: nil),
                actor: B.ministry,
                message: "round 2's results may not be published before round 1's"
            ),
            RefusedCase(
                name: "a round the election does not have",
                body: .publication(round: 3, stage: .provisional, declared: nil),
                actor: B.ministry,
                message: "round 3 does not exist"
            ),
            RefusedCase(
                name: "a round-2 sheet where the runoff is not known",
                body: .sheet(
                    round: 2,
                    station: "N1-01",
                    action: .enter(SheetEntry.parse("N1-01,500,280,8,272", ["LA-N1": 130, "LB-N1": 142]))
                ),
                actor: B.clerkA,
                message: "N1's runoff is not known yet",
                setUp: { builder in
                    // Round 1 without N1-02: N1 is still counting.
                    builder = try B.defined()
                    try builder.importRound(
                        1,
                        files: [
                            BundleLayout.sheets(round: 1):
                                "station,registered,voters,invalid,valid\nN1-01,500,300,10,290",
                            BundleLayout.votes(round: 1):
                                "station,list,votes\nN1-01,LA-N1,150\nN1-01,LB-N1,100\nN1-01,LI-N1,40",
                        ]
                    )
                }
            ),
            RefusedCase(
                name: "a round-2 sheet in a constituency decided in round 1",
                body: .sheet(
                    round: 2,
                    station: "S1-01",
                    action: .enter(SheetEntry.parse("S1-01,300,1,0,1", ["LA-S1": 1]))
                ),
                actor: B.clerkA,
                message: "S1 has no round 2"
            ),
            RefusedCase(
                name: "a keyed entry for a sheet that came in a trusted import",
                body: .sheet(round: 1, station: "N1-01", action: .enter(SheetEntry.parse("N1-01,500,1,0,1", [:]))),
                actor: B.clerkA,
                message: "came in a trusted import"
            ),
            RefusedCase(
                name: "the second entry by the same clerk",
                body: .sheet(
                    round: 2,
                    station: "N1-01",
                    action: .enter(SheetEntry.parse("N1-01,500,280,8,272", ["LA-N1": 130, "LB-N1": 142]))
                ),
                actor: B.clerkA,
                message: "must come from another clerk than clerk-a",
                setUp: { builder in
                    let entry = SheetEntry.parse("N1-01,500,280,8,272", ["LA-N1": 130, "LB-N1": 142])
                    try builder.append(.sheet(round: 2, station: "N1-01", action: .enter(entry)), by: B.clerkA)
                }
            ),
            RefusedCase(
                name: "an import of a round's sheets a second time",
                body: .importRound(round: 1, files: [], source: "again"),
                actor: B.administrator,
                message: "an import needs round-1/sheets.csv"
            ),
            RefusedCase(
                name: "a tie settled where there is none",
                body: ruling(.settleTie(round: 1, constituency: "S1", lists: ["LA-S1"], draw: "lots drawn")),
                actor: B.court,
                message: "S1 has no tie in round 1"
            ),
            RefusedCase(
                name: "an actor's name with a line break (it could forge a line of the log)",
                body: ruling(.disqualifyList(list: "LA-N1")),
                actor: Actor(name: "Court\n  9  2024-03-03  admin", role: .court),
                message: "holds a control or invisible character"
            ),
            RefusedCase(
                name: "an actor's name with a trailing space",
                body: ruling(.disqualifyList(list: "LA-N1")),
                actor: Actor(name: "Court ", role: .court),
                message: "begins or ends with a space"
            ),
            RefusedCase(
                name: "one person in two roles",
                body: .publication(round: 1, stage: .provisional, declared: nil),
                actor: Actor(name: "ADMIN", role: .ministry),
                message: "ADMIN acts as administrator in this record (since event 1) and may not act as ministry"
            ),
            RefusedCase(
                name: "a runoff overturned to a list that was not in it",
                body: ruling(.overturn(round: 2, constituency: "N1", list: "LI-N1")),
                actor: B.court,
                message: "list LI-N1 was not in N1's round-2 runoff (LA-N1, LB-N1)"
            ),
            RefusedCase(
                name: "a round-2 sheet corrected in a constituency decided in round 1",
                body: ruling(.correctSheet(round: 2, sheet: SheetEntry.parse("S1-01,300,1,0,1", ["LA-S1": 1]))),
                actor: B.court,
                message: "S1 has no round 2"
            ),
            RefusedCase(
                name: "a sheet keyed after the round's final results",
                body: .sheet(round: 1, station: "N1-01", action: .enter(SheetEntry.parse("N1-01,500,1,0,1", [:]))),
                actor: B.clerkA,
                message: "round 1's final results were proclaimed (event 4)",
                setUp: { builder in
                    try builder.publish(1, .provisional)
                    try builder.publish(1, .final)
                }
            ),
            RefusedCase(
                name: "a whitespace-only reason",
                body: ruling(.markNotOpened(round: 1, station: "N1-01", reason: "  ")),
                actor: B.court,
                message: "the reason is empty"
            ),
            RefusedCase(
                name: "a name mixing scripts (Latin clerk-a with a Cyrillic а)",
                body: .sheet(round: 1, station: "N1-01", action: .sendBack),
                actor: Actor(name: "clerk-\u{0430}", role: .supervisor),
                message: "mixes scripts (Cyrillic, Latin)"
            ),
            RefusedCase(
                name: "the second entry by the first clerk under a look-alike name (fullwidth)",
                body: .sheet(round: 2, station: "N1-01", action: .enter(roundTwo)),
                actor: Actor(name: "\u{FF23}\u{FF2C}\u{FF25}\u{FF32}\u{FF2B}-\u{FF21}", role: .clerk),
                message: "the second entry must come from another clerk",
                setUp: { builder in
                    try builder.append(.sheet(round: 2, station: "N1-01", action: .enter(roundTwo)), by: B.clerkA)
                }
            ),
            RefusedCase(
                name: "the second entry by the first clerk under a look-alike name (digit one for l)",
                body: .sheet(round: 2, station: "N1-01", action: .enter(roundTwo)),
                actor: Actor(name: "c1erk-a", role: .clerk),
                message: "the second entry must come from another clerk",
                setUp: { builder in
                    try builder.append(.sheet(round: 2, station: "N1-01", action: .enter(roundTwo)), by: B.clerkA)
                }
            ),
            RefusedCase(
                name: "the second entry by a whole-Cyrillic name that looks like the first clerk's",
                body: .sheet(round: 2, station: "N1-01", action: .enter(roundTwo)),
                actor: Actor(name: "ace", role: .clerk),
                message: "the second entry must come from another clerk",
                setUp: { builder in
                    try builder.append(
                        .sheet(round: 2, station: "N1-01", action: .enter(roundTwo)),
                        by: Actor(name: "\u{0430}\u{0441}\u{0435}", role: .clerk)
                    )
                }
            ),
            RefusedCase(
                name: "one person, two roles, under a look-alike name",
                body: .sheet(round: 2, station: "N1-01", action: .enter(roundTwo)),
                actor: Actor(name: "M\u{FF29}n\u{0131}stry", role: .clerk),
                message: "acts as ministry in this record",
                setUp: { builder in try builder.publish(1, .provisional) }
            ),
            RefusedCase(
                name: "a court correction where voters ≠ invalid + valid (valid 999 of 300 voters)",
                body: correction(voters: 300, invalid: 10, valid: 999, votes: ["LA-N1": 999]),
                actor: B.court,
                message: "voters 300 ≠ invalid 10 + valid 999 (= 1009)"
            ),
            RefusedCase(
                name: "a court correction whose list votes do not add up to the valid votes",
                body: correction(voters: 300, invalid: 10, valid: 290, votes: ["LA-N1": 150, "LB-N1": 100]),
                actor: B.court,
                message: "the lists' votes add up to 250, not to the valid votes (290)"
            ),
            RefusedCase(
                name: "a court correction with counts that overflow",
                body: correction(voters: Int.max, invalid: Int.max, valid: Int.max, votes: ["LA-N1": Int.max]),
                actor: B.court,
                message: "do not add up"
            ),
            RefusedCase(
                name: "a decision dated 1900",
                body: ruling(.disqualifyList(list: "LI-N1"), number: "1", date: "1900-01-01"),
                actor: B.court,
                message:
                    "the ruling's date 1900-01-01 is more than a year before the election's first round (2024-03-03)"
            ),
            RefusedCase(
                name: "a decision dated 2099",
                body: ruling(.disqualifyList(list: "LI-N1"), number: "1", date: "2099-01-01"),
                actor: B.court,
                message: "the ruling's date 2099-01-01 is after the event's time"
            ),
            RefusedCase(
                name: "a decision number used again for another decision (another date)",
                body: ruling(.disqualifyList(list: "LI-N1"), number: "arrêt n° 5", date: "2024-03-03"),
                actor: B.court,
                message: "Court, arrêt n°5 is cited already by event 3 with the date 2024-03-02",
                setUp: { builder in
                    try builder.append(
                        ruling(.annulSheet(round: 1, station: "S1-01"), number: "arrêt n°5", date: "2024-03-02"),
                        by: B.court
                    )
                }
            ),
            RefusedCase(
                name: "a decision number used again on the same sheet",
                body: correction(
                    voters: 300,
                    invalid: 10,
                    valid: 290,
                    votes: ["LA-N1": 160, "LB-N1": 90, "LI-N1": 40]
                ),
                actor: B.court,
                message: "Court, 1 already ruled on this (event 3)",
                setUp: { builder in
                    try builder.append(
                        correction(
                            voters: 300,
                            invalid: 10,
                            valid: 290,
                            votes: ["LA-N1": 150, "LB-N1": 100, "LI-N1": 40]
                        ),
                        by: B.court
                    )
                }
            ),
            RefusedCase(
                name: "a ruling without a date",
                body: .ruling(
                    Ruling(authority: "Court", number: "1", date: "10/03/2024", action: .disqualifyList(list: "LA-N1"))
                ),
                actor: B.court,
                message: "is not YYYY-MM-DD"
            ),
        ]
    }

    @Test("An import whose station already has a sheet is refused whole, naming the station")
    func importOverlap() throws {
        var builder = try B.defined()
        try builder.importRound(1)
        let error = #expect(throws: RecordError.self) { try builder.importRound(1) }
        #expect(error?.line(.english).contains("station N1-01 already has a round-1 sheet") == true)
        #expect(builder.record.head == 2)
    }

    @Test("A malformed import fails with the file and line, and nothing is taken")
    func malformedImport() throws {
        var builder = try B.defined()
        let error = #expect(throws: RecordError.self) {
            try builder.importRound(
                1,
                files: [
                    BundleLayout.sheets(round: 1): "station,registered,voters,invalid,valid\nN1-01,500,300,10",
                    BundleLayout.votes(round: 1): "station,list,votes",
                ]
            )
        }
        #expect(error?.line(.english).contains("round-1/sheets.csv:2") == true, "\(String(describing: error))")
        #expect(builder.record.head == 1)
    }

    @Test("A corrected sheet changes the winner; the diff names the ruling and the seats that moved")
    func correctionAndDiff() throws {
        var builder = try B.defined()
        try builder.importRound(1)
        try builder.importRound(2)
        try builder.publish(1, .provisional)
        try builder.publish(2, .provisional)
        let provisional = try builder.record.snapshot(blobs: builder.blobs)
        // The court's figures for N1-02 in round 2: LA 100, LB 86, so LA 230 against LB 228.
        let corrected = SheetEntry.parse("N1-02,400,190,4,186", ["LA-N1": 100, "LB-N1": 86])
        try builder.rule(.correctSheet(round: 2, sheet: corrected), number: "arrêt n°7")
        let final = try builder.record.snapshot(blobs: builder.blobs)
        #expect(outcome(provisional, round: 2, "N1")?.text.english == "elected B+C")
        #expect(outcome(final, round: 2, "N1")?.text.english == "elected A")
        #expect(seats(final, "A") == 4)

        let diff = ResultsDiff.between(provisional, final, record: builder.record, events: builder.events)
        #expect(diff.outcomes.count == 1)
        #expect(diff.outcomes.first?.constituency == "N1")
        #expect(diff.outcomes.first?.causes.map(\.kind) == ["correct-sheet"])
        #expect(diff.outcomes.first?.causes.first?.text == "Court, arrêt n°7, 2024-03-03")
        #expect(
            Set(diff.seats.map { "\($0.party) \($0.before)→\($0.after)" }) == ["A 1→4", "B 2→0", "C 1→0"]
        )
        // Round-2 votes changed, but not the totals (same voters, invalid, valid).
        #expect(diff.totals.isEmpty)
    }

    @Test("An annulled sheet makes its station closed: the totals drop by its figures")
    func annulSheet() throws {
        var builder = try B.defined()
        try builder.importRound(1)
        let before = try builder.record.snapshot(blobs: builder.blobs)
        try builder.rule(.annulSheet(round: 1, station: "S1-02"))
        let count = try builder.record.count(blobs: builder.blobs)
        let station = count.definition.station(code: "S1-02")!
        #expect(count.rounds[0].state(of: station) == .closed)
        #expect(count.rounds[0].nation.totals == Totals(registered: 1400, voters: 650, invalid: 18, valid: 632))
        let after = try builder.record.snapshot(blobs: builder.blobs)
        let diff = ResultsDiff.between(before, after, record: builder.record, events: builder.events)
        #expect(diff.totals.first?.turnoutBefore == 5357)  // 750 / 1400
        #expect(diff.totals.first?.turnoutAfter == 4643)  // 650 / 1400
        #expect(diff.totals.first?.causes.map(\.kind) == ["annul-sheet"])
        // A keyed entry for an annulled sheet is refused.
        #expect(throws: RecordError.self) {
            try builder.append(
                .sheet(round: 1, station: "S1-02", action: .enter(SheetEntry.parse("S1-02,200,1,0,1", [:]))),
                by: B.clerkA
            )
        }
    }

    @Test("Outcome rulings: overturn, runoff pair, disqualification, annulment, tie settled by lot")
    func outcomeRulings() throws {
        var builder = try B.defined()
        try builder.importRound(1)
        // The court names another runoff pair in N1: LA and LI.
        try builder.rule(.declareRunoff(round: 1, constituency: "N1", lists: ["LA-N1", "LI-N1"]))
        var snapshot = try builder.record.snapshot(blobs: builder.blobs)
        #expect(outcome(snapshot, round: 1, "N1")?.text.english == "runoff A vs Independents North")
        // Round-2 sheets must now be for that pair: LB-N1 is not in it (a quarantine, E-code).
        try builder.importRound(2)
        var count = try builder.record.count(blobs: builder.blobs)
        #expect(count.rounds[1][count.definition.constituency(code: "N1")!].coverage.quarantined == 2)

        // A list disqualified (its candidacy rejected) can win nothing, in any round: without
        // LB-N1, N1's runoff is LA against LI, and LB's round-2 votes are quarantined.
        builder = try B.defined()
        try builder.importRound(1)
        try builder.rule(.disqualifyList(list: "LB-N1"))
        snapshot = try builder.record.snapshot(blobs: builder.blobs)
        #expect(outcome(snapshot, round: 1, "N1")?.text.english == "runoff A vs Independents North")
        try builder.rule(.overturn(round: 2, constituency: "N1", list: "LA-N1"))
        try builder.rule(.annulConstituency(round: 1, constituency: "S1"))
        snapshot = try builder.record.snapshot(blobs: builder.blobs)
        #expect(outcome(snapshot, round: 2, "N1")?.text.english == "elected A")
        #expect(outcome(snapshot, round: 1, "S1") == .annulled)
        #expect(seats(snapshot, "A") == 3)

        // A round-2 tie (LA 136 + 93 = 229, LB 136 + 93 = 229) settled by lot.
        builder = try B.defined()
        try builder.importRound(1)
        try builder.importRound(
            2,
            files: [
                BundleLayout.sheets(round: 2): Fixture.round2Sheets,
                BundleLayout.votes(round: 2):
                    "station,list,votes\nN1-01,LA-N1,136\nN1-01,LB-N1,136\nN1-02,LA-N1,93\nN1-02,LB-N1,93",
            ]
        )
        snapshot = try builder.record.snapshot(blobs: builder.blobs)
        #expect(outcome(snapshot, round: 2, "N1") == .tie)
        try builder.rule(.settleTie(round: 2, constituency: "N1", lists: ["LB-N1"], draw: "drawn by the president"))
        count = try builder.record.count(blobs: builder.blobs)
        snapshot = ResultsSnapshot(count: count, sequence: builder.record.head)
        #expect(outcome(snapshot, round: 2, "N1")?.text.english == "elected B+C")
        #expect(snapshot.round(2)?.constituencies.first { $0.code == "N1" }?.ruling == "Court, arrêt n°1, 2024-03-03")
    }

    @Test("A list disqualified leaves one list without a majority: no runoff of one, a ruling is needed, as for a tie")
    func disqualifiedLeavesOneList() throws {
        var builder = try B.defined()
        try builder.importRound(1)
        // S1: LA-S1 160, LB-S1 85 of 245 valid. Without LA-S1, LB-S1 has no majority and no rival.
        try builder.rule(.disqualifyList(list: "LA-S1"))
        let count = try builder.record.count(blobs: builder.blobs)
        let definition = count.definition
        guard let s1 = definition.constituency(code: "S1"), let lb = definition.list(code: "LB-S1") else {
            Issue.record("the fixture has S1 and LB-S1")
            return
        }
        #expect(
            count.rounds[0][s1].outcome
                == .decided(.tie(Tie(stake: .vacancy, tied: [lb], settled: [], places: 1, votes: 85)))
        )
        #expect(count.rounds[1][s1].contenders == .awaitingEarlierRound)
        // Lots cannot settle it; the court does, with an overturn or a runoff.
        let lots = #expect(throws: RecordError.self) {
            try builder.rule(.settleTie(round: 1, constituency: "S1", lists: ["LB-S1"], draw: "lots"), number: "n°2")
        }
        #expect(lots?.message.english.contains("overturn or runoff") == true, "\(String(describing: lots))")
        var overturned = builder
        try overturned.rule(.overturn(round: 1, constituency: "S1", list: "LB-S1"), number: "arrêt n°2")
        var snapshot = try overturned.record.snapshot(blobs: overturned.blobs)
        #expect(outcome(snapshot, round: 1, "S1")?.text.english == "elected B")
        try builder.rule(.declareRunoff(round: 1, constituency: "S1", lists: ["LA-S1", "LB-S1"]), number: "arrêt n°3")
        snapshot = try builder.record.snapshot(blobs: builder.blobs)
        #expect(outcome(snapshot, round: 1, "S1")?.text.english == "runoff A vs B")
    }

    @Test("One decision may rule on several sheets or constituencies (as the Court's 2020 arrêts did)")
    func oneDecisionSeveralSubjects() throws {
        var builder = try B.defined()
        try builder.importRound(1)
        try builder.rule(.annulSheet(round: 1, station: "S1-01"), number: "arrêt n°9")
        try builder.rule(.annulSheet(round: 1, station: "S1-02"), number: "arrêt n°9")
        try builder.rule(.declareRunoff(round: 1, constituency: "N1", lists: ["LA-N1", "LI-N1"]), number: "arrêt n°9")
        #expect(builder.record.rulings.count == 3)
    }

    @Test("Replaying through an event shows the results as they stood then")
    func asOf() throws {
        var builder = try B.defined()
        try builder.importRound(1)
        try builder.importRound(2)
        try builder.rule(.overturn(round: 2, constituency: "N1", list: "LA-N1"))
        let events = builder.events
        let then = try ElectionRecord.replay(events, blobs: builder.blobs, through: 3)
        let now = try ElectionRecord.replay(events, blobs: builder.blobs)
        #expect(then.head == 3 && now.head == 4)
        #expect(outcome(try then.snapshot(blobs: builder.blobs), round: 2, "N1")?.text.english == "elected B+C")
        #expect(outcome(try now.snapshot(blobs: builder.blobs), round: 2, "N1")?.text.english == "elected A")
        // Replay with full validation gives the same record.
        let validated = try ElectionRecord.replay(events, blobs: builder.blobs, validation: .full)
        #expect(try validated.snapshot(blobs: builder.blobs) == now.snapshot(blobs: builder.blobs))
    }

    @Test("A ruling on a sheet being keyed takes it out of the queue")
    func rulingClearsQueue() throws {
        var builder = try B.defined()
        let entry = SheetEntry.parse("S1-01,300,150,3,147", ["LA-S1": 100, "LB-S1": 47])
        try builder.append(.sheet(round: 1, station: "S1-01", action: .enter(entry)), by: B.clerkA)
        #expect(builder.record.entries(round: 1).count == 1)
        try builder.rule(.markNotOpened(round: 1, station: "S1-01", reason: "flood"))
        #expect(builder.record.entries(round: 1).isEmpty)
    }

    @Test("An omitted list and an explicit zero are the same entry")
    func zeroVotes() {
        let omitted = SheetEntry.parse("S1-01,300,150,3,147", ["LA-S1": 147])
        let zero = SheetEntry.parse("S1-01,300,150,3,147", ["LA-S1": 147, "LB-S1": 0])
        #expect(omitted == zero)
        #expect(omitted.differences(from: zero).isEmpty)
    }

    @Test("Event numbers and times must follow on")
    func order() throws {
        var builder = try B.defined()
        let late = JournalEvent(
            sequence: 3,
            time: "2024-03-03T23:00:00Z",
            actor: B.ministry,
            body: .publication(round: 1, stage: .provisional, declared: nil)
        )
        #expect(throws: RecordError.self) { try builder.record.append(late, blobs: builder.blobs) }
        let early = JournalEvent(
            sequence: 2,
            time: "2024-03-02T23:00:00Z",
            actor: B.ministry,
            body: .publication(round: 1, stage: .provisional, declared: nil)
        )
        #expect(throws: RecordError.self) { try builder.record.append(early, blobs: builder.blobs) }
        // A date alone is the start of its day: it may not follow a time later that day.
        let sameDay = JournalEvent(
            sequence: 2,
            time: "2024-03-03",
            actor: B.ministry,
            body: .publication(round: 1, stage: .provisional, declared: nil)
        )
        #expect(throws: RecordError.self) { try builder.record.append(sameDay, blobs: builder.blobs) }
        #expect(RecordTime.isValid("2024-03-03") && RecordTime.isValid("2024-03-03T23:59:59Z"))
        #expect(!RecordTime.isValid("2024-13-03") && !RecordTime.isValid("2024-03-03 10:00") && !RecordTime.isValid(""))
        #expect(RecordTime.isAtOrBefore("2024-03-03T23:00:00Z", "2024-03-03"))
        // Real calendar dates and times only.
        for bad in ["2024-04-31", "2023-02-29", "2024-03-31T23:59:60Z", "2024-03-31T24:00:00Z", "0000-01-01"] {
            #expect(!RecordTime.isValid(bad), "\(bad)")
        }
        #expect(RecordTime.isValid("2024-02-29") && RecordTime.isValid("2000-02-29"))
        // A date alone is the start of its day: it may not follow a time later that day.
        #expect(RecordTime.isBefore("2024-03-05", "2024-03-05T18:00:00Z"))
        #expect(!RecordTime.isBefore("2024-03-05T18:00:00Z", "2024-03-05"))
        #expect(!RecordTime.isAtOrBefore("2024-03-04T00:00:00Z", "2024-03-03"))
    }
}
