import ScrutinCore
import ScrutinPublished
import ScrutinReference
import ScrutinReports
import Testing

/// The 2020 report computed from the embedded record, against the seed's tables
/// (`shared/seeds/2020-malian-parliamentary-election.txt`).
struct Mali2020ReportTests {
    let record: PublishedRecord
    let report: ReferenceReport

    init() throws {
        record = try RecordLoader.load(from: ReferenceData.mali2020)
        report = ReferenceReport(record)
    }

    /// The seed's results table: party, first round, second round, total, +/− (nil for "New" or "–").
    static let seedTable: [(String, Int, Int, Int, Int?)] = [
        ("RPM", 10, 41, 51, -15), ("ADEMA", 2, 22, 24, 8), ("URD", 4, 15, 19, 2), ("MPM", 0, 10, 10, nil),
        ("ADP", 3, 3, 6, 4), ("CODEM", 0, 5, 5, 0), ("ASMA", 0, 4, 4, 2), ("UDD", 0, 4, 4, 3), ("SADI", 1, 2, 3, -2),
        ("YELEMA", 1, 1, 2, 2), ("PARENA", 0, 2, 2, -1), ("CDS", 0, 2, 2, 0), ("PRVM", 0, 1, 1, 0),
        ("UMRDA", 1, 0, 1, -1),
        ("PDES", 0, 1, 1, -2), ("APR", 0, 1, 1, nil), ("MPR", 0, 1, 1, -2), ("UFDP", 0, 1, 1, 1), ("PMK", 0, 1, 1, nil),
        ("PSYK", 0, 1, 1, nil), ("OTHER", 0, 5, 5, nil), ("IND", 0, 2, 2, -2),
    ]

    @Test("Seats by party by round, with the change since 2013, as the seed tabulates them")
    func seatTable() {
        #expect(report.parties.map(\.party) == Self.seedTable.map(\.0))
        for (row, expected) in zip(report.parties, Self.seedTable) {
            #expect(row.round1 == expected.1, "\(row.party) round 1")
            #expect(row.round2 == expected.2, "\(row.party) round 2")
            #expect(row.total == expected.3, "\(row.party) total")
            #expect(row.change == expected.4, "\(row.party) change")
        }
        // The seed's "New" rows: MPM, APR, PMK, PSYK; OTHER has no 2013 value at all.
        #expect(report.parties.filter(\.new).map(\.party) == ["MPM", "APR", "PMK", "PSYK"])
    }

    @Test("147 seats in 55 constituencies; a majority is 74 and no party holds it")
    func majority() {
        #expect(report.seats == 147)
        #expect(report.constituencies == 55)
        #expect(report.majority == 74)
        #expect(report.majorityHolder == nil)
        #expect(report.largestParty == "RPM")
        #expect(report.largestPartySeats == 51)
    }

    @Test("Every check between levels holds on the embedded data")
    func agreements() {
        #expect(report.agreements.count >= 7)
        for agreement in report.agreements {
            #expect(agreement.holds, "\(agreement.what): \(agreement.found) ≠ \(agreement.expected)")
        }
    }

    @Test("Turnout 35.58% and 35.25% (final), 35.73% and 35.33% (provisional), computed from the counts")
    func turnout() throws {
        let round1 = try #require(report.votes.first { $0.round == 1 })
        let round2 = try #require(report.votes.first { $0.round == 2 })
        #expect(round1.final?.turnoutBasisPoints == 3_558)
        #expect(round2.final?.turnoutBasisPoints == 3_525)
        #expect(round1.provisional?.turnoutBasisPoints == 3_573)
        #expect(round2.provisional?.turnoutBasisPoints == 3_533)
        #expect(round1.date == "2020-03-29")
        #expect(round2.date == "2020-04-19")
    }

    @Test("The seed's votes table: valid and invalid shares per round")
    func votesTable() throws {
        let round1 = try #require(report.votes.first { $0.round == 1 }?.final)
        let round2 = try #require(report.votes.first { $0.round == 2 }?.final)
        #expect(round1.valid == 2_603_157)
        #expect(round1.invalid == 123_135)
        #expect(round1.voters == 2_726_292)
        #expect(round1.registered == 7_663_464)
        #expect(round1.validBasisPoints == 9_548)
        #expect(round1.invalidBasisPoints == 452)
        #expect(round2.valid == 2_186_077)
        #expect(round2.invalid == 172_832)
        #expect(round2.validBasisPoints == 9_267)
        #expect(round2.invalidBasisPoints == 733)
    }

    @Test("The Court's printed figures that do not add up are named, not used")
    func inconsistentFinalFigures() throws {
        let round1 = try #require(report.votes.first { $0.round == 1 })
        #expect(round1.final?.stage == "final-seed")
        let printed = try #require(round1.finalAlternatives.first)
        #expect(printed.stage == "final")
        #expect(printed.addsUp == false)
        #expect(printed.invalid == 113_801)
    }

    @Test("Round 1 outcomes: 12 constituencies (22 seats) for the Court, 10 (18) for the Ministry; 43 runoffs")
    func outcomes() {
        #expect(report.outcomes.round1ElectedConstituencies == 12)
        #expect(report.outcomes.round1ElectedSeats == 22)
        #expect(report.outcomes.round1ProvisionalElectedConstituencies == 10)
        #expect(report.outcomes.round1ProvisionalElectedSeats == 18)
        #expect(report.outcomes.runoffConstituencies == 43)
        #expect(report.outcomes.runoffSeats == 125)
        #expect(report.outcomes.round2Unknown.count == 13)
    }

    @Test("The rule applied to every published share or vote pair gives the published outcome")
    func ruleAgreesWithPublishedOutcomes() {
        // 19 winners' shares and 3 round-2 vote pairs (Commune III, Banamba, Sikasso provisional),
        // plus the final shares of Kayes, Yélimané and Sikasso.
        #expect(report.ruleChecks.count == 25)
        #expect(report.ruleChecks.allSatisfy { $0.holds })
        let banamba = report.ruleChecks.first { $0.constituency == "Banamba" }
        #expect(banamba?.decided == "ADP+PARENA")
        #expect(report.ruleChecks.contains { $0.constituency == "Yélimané" && $0.figures.hasSuffix("50.18%") })
    }

    @Test("The Court reversed 30 seats in 7 constituencies")
    func reversals() {
        #expect(report.reversedSeats == 30)
        #expect(report.reversedConstituencies == 7)
    }

    @Test("Women: 430 of 1,417 candidates (30.35%); 42 elected (28.57%), 41 per other sources")
    func women() {
        #expect(report.women.candidates == 430)
        #expect(report.women.candidatesTotal == 1_417)
        #expect(report.women.candidatesShareBasisPoints == 3_035)
        #expect(report.women.elected == 42)
        #expect(report.women.electedShareBasisPoints == 2_857)
        #expect(report.women.electedOther == 41)
        #expect(report.women.previous == 14)
    }

    @Test("797 of 22,147 stations did not open in round 1, covering 208,508 voters")
    func stations() {
        #expect(report.stations.total == 22_147)
        #expect(report.stations.notOpened == 797)
        #expect(report.stations.votersInNotOpened == 208_508)
        #expect(report.stations.notOpenedShareBasisPoints == 360)
    }

    @Test("Every source cited by the report has an address")
    func sources() {
        #expect(report.sources.contains { $0.id == "seed" })
        #expect(report.sources.contains { $0.id == "S4" && $0.address.hasPrefix("http") })
        #expect(report.sources.allSatisfy { !$0.address.isEmpty })
    }

    @Test("The text shows the headline figures in English and French")
    func text() {
        let english = ReferenceText.render(report, language: .english, sources: false)
        #expect(english.contains("35.58%"))
        #expect(english.contains("35.25%"))
        #expect(english.contains("majority 74"))
        #expect(english.contains("Rally for Mali"))
        #expect(english.contains("2,603,157 (95.48%)"))
        let french = ReferenceText.render(report, language: .french, sources: true)
        #expect(french.contains("35,58\u{00A0}%"))
        #expect(french.contains("2\u{202F}603\u{202F}157"))
        #expect(french.contains("SOURCES"))
        #expect(french.contains("S4  http"))
    }

    @Test(
        "Numbers inside free-text facts",
        arguments: [
            ("42 (28.57%) [conflict: 41 (27.89%) per S9/S38/S60]", [42, 41] as [Int64]),
            ("797 (covering 208 508 voters, about 3% of the electorate)", [797, 208_508, 3]),
            ("430 of 1417 (987 men), 30.35%", [430, 1_417, 987]),
            ("14 (S37,S40) [IDEA: 13]", [14, 13]),
            ("29 Mar 2020", [29, 2_020]),
        ]
    )
    func factNumbers(_ text: String, expected: [Int64]) {
        #expect(PublishedRecord.Fact.numbers(in: text) == expected)
    }
}
