import ScrutinCore
import ScrutinReports
import ScrutinTestSupport
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The results document of the hand-computed fixture, in every format.
struct ResultsDocumentTests {
    let count: ElectionCount
    let document: ResultsDocument

    init() throws {
        count = try ElectionCount.load(from: Fixture.bundle)
        document = ResultsDocument(count)
    }

    @Test func statusesAndFigures() throws {
        let round1 = try #require(document.rounds.first)
        let north = try #require(round1.constituencies.first { $0.code == "N1" })
        #expect(north.status == .runoff)
        #expect(north.runoff == ["LA-N1", "LB-N1"])
        #expect(north.lists.map(\.votes) == [230, 190, 65])
        // 230 / 485 = 47.42 %.
        #expect(north.lists.first?.shareBasisPoints == 4_742)
        let south = try #require(round1.constituencies.first { $0.code == "S1" })
        #expect(south.status == .elected)
        #expect(south.elected == "LA-S1")
        let round2 = try #require(document.rounds.last)
        #expect(round2.constituencies.first { $0.code == "S1" }?.status == .decidedEarlier)
        #expect(round1.nation.turnoutBasisPoints == 5_357)
    }

    @Test func seats() {
        #expect(document.seats.majority == 3)
        #expect(document.seats.majorityHolder == nil)
        #expect(document.seats.parties.map(\.party) == ["B", "A", "C", nil])
        #expect(document.seats.parties.first { $0.party == "C" }?.new == true)
        #expect(document.seats.women == 1)
        #expect(document.seats.elected.count == 4)
    }

    @Test func selectionByRoundAndConstituency() throws {
        let selected = ResultsDocument(count, selection: .init(round: 2, constituency: "N1"))
        #expect(selected.rounds.map(\.round) == [2])
        #expect(selected.rounds[0].constituencies.map(\.code) == ["N1"])
        let stations = try #require(selected.rounds[0].stations)
        #expect(stations.map(\.code) == ["N1-01", "N1-02"])
        #expect(stations[0].votes == ["LA-N1": 130, "LB-N1": 142])
        #expect(stations[0].turnoutBasisPoints == 5_600)
    }

    @Test func jsonIsStableAndVersioned() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let first = try encoder.encode(document)
        let second = try encoder.encode(ResultsDocument(try ElectionCount.load(from: Fixture.bundle)))
        #expect(first == second)
        let text = String(decoding: first, as: UTF8.self)
        #expect(text.hasPrefix("{\"election\":"))
        #expect(text.contains("\"schema\":\"scrutin.results/1\""))
        let decoded = try JSONDecoder().decode(ResultsDocument.self, from: first)
        #expect(decoded == document)
    }

    @Test func csvLevels() {
        let lists = ResultsCSV.render(document, level: .list)
        #expect(
            lists.hasPrefix(
                "round,constituency,constituency_name,rank,list,list_name,parties,votes,share_percent,status\n"
            )
        )
        #expect(lists.contains("1,N1,North,1,LA-N1,Alpha North,A,230,47.42,runoff\n"))
        #expect(lists.contains("2,N1,North,1,LB-N1,Beta-Gamma,B+C,238,51.97,elected\n"))
        let seats = ResultsCSV.render(document, level: .seats)
        #expect(seats.contains("C,\"Gamma, the third\",0,1,1,,,true,0\n"))
        let nation = ResultsCSV.render(document, level: .nation)
        #expect(nation.split(separator: "\n").count == 3)
    }

    @Test func textNamesOutcomesAndSeats() {
        let text = ResultsText.render(document, language: .english)
        #expect(text.contains("Runoff: LA-N1 (A) 47.42% vs LB-N1 (B+C) 39.18%"))
        #expect(text.contains("Elected: LA-S1 (A) 65.31%"))
        #expect(text.contains("Majority: 3 of 4 seats. No party holds it."))
        #expect(text.contains("Women elected: 1 of 4 (25.00%)."))
        let french = ResultsText.render(document, language: .french)
        #expect(french.contains("Second tour\u{00A0}: LA-N1 (A) 47,42\u{00A0}% contre LB-N1 (B+C) 39,18\u{00A0}%"))
    }

    @Test func runoffReport() {
        let report = RunoffReport(count, language: .english)
        #expect(report.runoffs.map(\.constituency) == ["N1"])
        #expect(report.runoffs.first?.lists.map(\.code) == ["LA-N1", "LB-N1"])
        #expect(report.electedInRound1.map(\.constituency) == ["S1"])
        #expect(report.isComplete)
        #expect(
            report.csv.contains("N1,North,Region One,3,LA-N1,Alpha North,A,230,47.42,LB-N1,Beta-Gamma,B+C,190,39.18\n")
        )
    }

    @Test func checkReportStatuses() throws {
        #expect(CheckReport(bundle: "x", count: count, language: .english).status == .clean)
        let warning = try ElectionCount.load(
            from: Fixture.bundle(replacingLine: 5, of: BundleLayout.sheets(round: 1), with: "S1-02,210,100,2,98")
        )
        #expect(CheckReport(bundle: "x", count: warning, language: .english).status == .warnings)
        let error = try ElectionCount.load(
            from: Fixture.bundle(replacingLine: 5, of: BundleLayout.sheets(round: 1), with: "S1-02,200,101,2,98")
        )
        let report = CheckReport(bundle: "x", count: error, language: .english)
        #expect(report.status == .errors)
        #expect(report.quarantinedSheets == 1)
        #expect(
            report.text(language: .english).contains(
                "round-1/sheets.csv:5 [voters] E101 error: voters 101 ≠ invalid 2 + valid 98 (= 100)"
            )
        )
    }
}
