import ScrutinCore
import ScrutinPublished
import ScrutinReference
import ScrutinTestSupport
import Testing

/// The 2020 election as a journal: the Ministry's results, the Court's rulings, the Court's
/// results; replayed, it must give the Court's results as the data state them.
struct Mali2020JournalTests {
    let events: [JournalEvent]
    let blobs: InMemoryBlobs
    let published: PublishedRecord

    init() throws {
        (events, blobs) = try Mali2020Journal.make(digest: RecordBuilder.testDigest)
        published = try RecordLoader.load(from: ReferenceData.mali2020)
    }

    func record(through: Int? = nil) throws -> ElectionRecord {
        try ElectionRecord.replay(events, blobs: blobs, through: through, validation: .full)
    }

    func publication(_ round: Int, _ stage: Stage) throws -> Int {
        try #require(
            events.first { event in
                if case .publication(round, stage, _) = event.body { return true }
                return false
            }?.sequence
        )
    }

    @Test("The journal: definition, then per round the Ministry, the Court's rulings, the Court")
    func shape() throws {
        #expect(events.map(\.body.kind).first == "define")
        let kinds = events.dropFirst().map(\.body.kind)
        #expect(kinds.filter { $0.hasPrefix("ruling") }.count == 12)  // 5 in round 1, 7 in round 2
        #expect(kinds.filter { $0 == "publish-provisional" }.count == 2)
        #expect(kinds.filter { $0 == "publish-final" }.count == 2)
        let record = try record()
        #expect(record.definition?.constituencies.count == 55)
        #expect(record.definition?.constituencies.map(\.seats).reduce(0, +) == 147)
        #expect(record.isDeclared)
    }

    @Test("Ministry + Court's rulings = Court: every final outcome the data state is reproduced, none unexplained")
    func rulingsExplainTheFinal() throws {
        let record = try record()
        #expect(record.discrepancies.isEmpty, "\(record.discrepancies)")
        // Replay without the final publications' outcomes: the rulings alone turn the Ministry's
        // results into the Court's, for every constituency the Ministry's results cover.
        var checked = 0
        for round in 1...2 {
            let provisionalEnd = try publication(round, .final) - 1
            let beforeFinal = try self.record(through: provisionalEnd)
            for outcome in published.outcomes where outcome.round == round && outcome.stage == .final {
                guard outcome.status != .unknown,
                    let entry = beforeFinal.declared[round]?.outcomes[outcome.constituency],
                    case .declared(let status) = entry.status, status != .unknown
                else { continue }
                switch outcome.status {
                case .elected:
                    #expect(
                        status
                            == .elected(
                                list: Mali2020Journal.listCode(
                                    constituency: outcome.constituency,
                                    parties: outcome.winner
                                )
                            ),
                        "\(outcome.constituency) round \(round)"
                    )
                case .runoff:
                    guard case .runoff(let lists) = status else {
                        Issue.record("\(outcome.constituency): \(status) is not a runoff")
                        continue
                    }
                    let expected = [outcome.runoffA, outcome.runoffB].filter { !$0.isEmpty }.map {
                        Mali2020Journal.listCode(constituency: outcome.constituency, parties: $0)
                    }
                    // The Ministry's pair, as far as the sources name it, is the Court's.
                    #expect(Set(lists).isSubset(of: expected), "\(outcome.constituency)")
                case .unknown: break
                }
                checked += 1
            }
        }
        // Round 1: all 55; round 2: the runoffs whose provisional and final winners are both known.
        #expect(checked >= 55 + 7)
    }

    @Test("Diff of round 1, Ministry against Court: 5 constituencies, turnout 35.73% → 35.58%, 18 → 22 seats")
    func roundOneDiff() throws {
        let from = try record(through: publication(1, .provisional))
        let to = try record(through: publication(1, .final))
        let diff = ResultsDiff.between(
            ResultsSnapshot(declared: from),
            ResultsSnapshot(declared: to),
            record: to,
            events: events
        )
        #expect(
            Set(diff.outcomes.map(\.name)) == ["Yélimané", "Djenné", "Tombouctou", "Youwarou", "Commune III"]
        )
        #expect(diff.outcomes.allSatisfy { $0.causes.contains { $0.text.contains("arrêt n°2020-03/CC-EL") } })
        let turnout = try #require(diff.totals.first)
        #expect(turnout.turnoutBefore == 3573 && turnout.turnoutAfter == 3558)
        #expect(turnout.before?.voters == 2_738_428 && turnout.after?.voters == 2_726_292)
        let before = ResultsSnapshot(declared: from).seats.map(\.seats).reduce(0, +)
        let after = ResultsSnapshot(declared: to).seats.map(\.seats).reduce(0, +)
        #expect(before == 18 && after == 22)
        #expect(diff.seats.contains { $0.party == "RPM" && $0.before == 8 && $0.after == 10 })
    }

    @Test("Diff of round 2: the Court reversed 30 seats in 7 constituencies; RPM 43 → 51")
    func roundTwoDiff() throws {
        let from = try record(through: publication(2, .provisional))
        let to = try record()
        let diff = ResultsDiff.between(
            ResultsSnapshot(declared: from),
            ResultsSnapshot(declared: to),
            record: to,
            events: events
        )
        let reversed = diff.outcomes.filter { $0.causes.contains { $0.kind == "overturn" } }
        #expect(reversed.count == 7)
        #expect(reversed.map(\.seats).reduce(0, +) == 30)
        #expect(
            Set(reversed.map(\.name)) == [
                "Commune I", "Commune V", "Commune VI", "Kati", "Sikasso", "Bougouni", "Koro",
            ]
        )
        #expect(
            reversed.allSatisfy { $0.causes.first?.text == "Cour constitutionnelle, arrêt n°2020-04/CC-EL, 2020-04-30" }
        )
        let turnout = try #require(diff.totals.first)
        #expect(turnout.turnoutBefore == 3533 && turnout.turnoutAfter == 3525)
        #expect(diff.seats.contains { $0.party == "RPM" && $0.before == 43 && $0.after == 51 })
        let final = ResultsSnapshot(declared: to)
        #expect(final.seats.map(\.seats).reduce(0, +) == 147)
        // The reversals are the only changes; the other winners were first found in the Court's
        // results (the Ministry's, as the sources give them, do not cover them).
        #expect(diff.outcomes == reversed)
        #expect(diff.newlyKnown.allSatisfy { $0.before == .notContested && $0.causes.map(\.kind) == ["publish-final"] })
        let finalWinners = Set(
            published.outcomes.filter { $0.round == 2 && $0.stage == .final && $0.status == .elected }.map(
                \.constituency
            )
        )
        let provisionalWinners = Set(
            published.outcomes.filter { $0.round == 2 && $0.stage == .provisional && $0.status == .elected }.map(
                \.constituency
            )
        )
        #expect(finalWinners.count == 30)
        #expect(Set(diff.newlyKnown.map(\.constituency)) == finalWinners.subtracting(provisionalWinners))
    }
}
