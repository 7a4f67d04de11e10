import ScrutinCore
import ScrutinTestSupport
import Testing

/// One rule for a count, in files and on the command line: digits only, no sign.
struct CountTests {
    @Test(
        "A count is digits only, from 0 to 2,147,483,647, with spaces around at most",
        arguments: [
            ("0", CountField.value(0)), ("290", .value(290)), (" 12\t", .value(12)), ("007", .value(7)),
            ("2147483647", .value(2_147_483_647)), ("+300", .invalid), ("-0", .invalid), ("-00", .invalid),
            ("-5", .negative), ("2147483648", .tooLarge), ("1 000", .invalid), ("1.0", .invalid), ("1e3", .invalid),
            ("", .invalid), ("  ", .invalid), ("-", .invalid), ("+", .invalid), ("٣", .invalid), ("1,000", .invalid),
        ]
    )
    func parse(text: String, expected: CountField) {
        #expect(CountField.parse(text) == expected)
    }

    @Test("A signed count in a sheet is E108, '-0' as '+300'")
    func signedCountsInSheets() throws {
        for (text, code) in [("+290", CheckCode.notAnInteger), ("-0", .notAnInteger), ("-290", .negativeNumber)] {
            let bundle = Fixture.bundle(
                replacingLine: 2,
                of: BundleLayout.sheets(round: 1),
                with: "N1-01,500,300,10,\(text)"
            )
            let problems = try ElectionCount.load(from: bundle).problems.filter { $0.code == code }
            #expect(
                problems.map(\.location) == [
                    BundleLocation(file: BundleLayout.sheets(round: 1), line: 2, field: "valid")
                ],
                "\(text)"
            )
        }
    }

    @Test("A signed count in the register is D003, '-0' as '+300'")
    func signedCountsInTheRegister() {
        for text in ["+500", "-0"] {
            let bundle = Fixture.bundle(replacingLine: 2, of: BundleLayout.stations, with: "N1-01,N1,École A,\(text)")
            do {
                _ = try ElectionCount.load(from: bundle)
                Issue.record("expected a failure for \(text)")
            } catch {
                #expect(
                    error.problems.map { $0.line(.english) } == [
                        "stations.csv:2 [registered] D003 fatal: '\(text)' is not a whole number from 0 to 2,147,483,647"
                    ]
                )
            }
        }
    }
}
