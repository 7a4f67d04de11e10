import ScrutinTestSupport
import Testing

@testable import ScrutinCore

/// RFC 4180 reading: quotes, commas inside names, CRLF, byte-order mark, accents, errors with lines.
struct CSVReaderTests {
    /// Reads every record as texts, with their starting lines.
    func records(_ text: String) throws(CSVSyntaxError) -> [(line: Int, fields: [String])] {
        try records(Array(text.utf8))
    }

    func records(_ bytes: [UInt8]) throws(CSVSyntaxError) -> [(line: Int, fields: [String])] {
        let result: Result<[(line: Int, fields: [String])], CSVSyntaxError> = bytes.withUnsafeBufferPointer { buffer in
            var reader = CSVReader(buffer)
            var fields = FieldBuffer(capacity: 8)
            var out: [(line: Int, fields: [String])] = []
            do throws(CSVSyntaxError) {
                while let line = try reader.nextRecord(into: &fields) {
                    out.append((line, fields.stored.map { reader.text($0) }))
                }
                return .success(out)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    @Test func plainFields() throws {
        let rows = try records("a,b,c\n1,2,3\n")
        #expect(rows.map(\.fields) == [["a", "b", "c"], ["1", "2", "3"]])
        #expect(rows.map(\.line) == [1, 2])
    }

    @Test func quotedFieldsWithCommasAndDoubledQuotes() throws {
        let rows = try records("code,name\nC,\"Gamma, the \"\"third\"\"\"\n")
        #expect(rows[1].fields == ["C", "Gamma, the \"third\""])
    }

    @Test func crlfLineEnds() throws {
        let rows = try records("a,b\r\n1,2\r\n3,4")
        #expect(rows.map(\.fields) == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect(rows.map(\.line) == [1, 2, 3])
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let rows = try records([0xEF, 0xBB, 0xBF] + Array("code,name\nY,Yéléma\n".utf8))
        #expect(rows[0].fields == ["code", "name"])
        #expect(rows[1].fields == ["Y", "Yéléma"])
    }

    @Test func accentsSurvive() throws {
        let rows = try records("name\nIbrahim Boubacar Keïta\nSoumeylou Boubèye Maïga\n")
        #expect(rows.map(\.fields) == [["name"], ["Ibrahim Boubacar Keïta"], ["Soumeylou Boubèye Maïga"]])
    }

    @Test func lineBreakInsideQuotesCountsLines() throws {
        let rows = try records("a,b\n\"two\nlines\",x\nlast,y\n")
        #expect(rows[1].fields == ["two\nlines", "x"])
        #expect(rows.map(\.line) == [1, 2, 4])
    }

    @Test func emptyFieldsAndTrailingComma() throws {
        let rows = try records("a,b,c\n,,\nx,,\n")
        #expect(rows[1].fields == ["", "", ""])
        #expect(rows[2].fields == ["x", "", ""])
    }

    @Test func blankLinesAreSkipped() throws {
        let rows = try records("a\n\n1\n\r\n2\n")
        #expect(rows.map(\.fields) == [["a"], ["1"], ["2"]])
        #expect(rows.map(\.line) == [1, 3, 5])
    }

    @Test("A line of only spaces and tabs is blank, as a clerk sees it: skipped, at any place")
    func whitespaceLinesAreSkipped() throws {
        let rows = try records("a,b\n  \n1,2\n\t \r\n 3 ,4\n   ")
        #expect(rows.map(\.fields) == [["a", "b"], ["1", "2"], [" 3 ", "4"]])
        #expect(rows.map(\.line) == [1, 3, 5])
    }

    @Test("A bundle file with whitespace-only lines loads as without them")
    func whitespaceLinesInABundle() throws {
        let bundle = Fixture.bundle(appending: "   \n\t\n", to: BundleLayout.sheets(round: 1))
            .with(
                BundleLayout.parties,
                "  \n" + Fixture.parties.replacing("A,Alpha,#FF0000\n", with: "A,Alpha,#FF0000\n \t \n")
            )
        #expect(try ElectionCount.load(from: bundle).problems.isEmpty)
        #expect(
            try ElectionCount.load(from: bundle, options: LoadOptions(threads: 3, minimumChunkBytes: 8)).problems
                .isEmpty
        )
    }

    @Test func unterminatedQuoteNamesTheLineWhereItOpened() {
        #expect(throws: CSVSyntaxError.self) { try records("a,b\n1,\"open\n2,3\n") }
        do {
            _ = try records("a,b\n1,\"open\n2,3\n")
        } catch {
            #expect(error.code == .unterminatedQuote)
            #expect(error.line == 2)
        }
    }

    @Test func textAfterClosingQuote() {
        do {
            _ = try records("a,b\n\"x\"y,2\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .textAfterQuote)
            #expect(error.line == 2)
        }
    }

    @Test func quoteInsideUnquotedField() {
        do {
            _ = try records("a\nOumar \"Gaucher\" Traoré\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .strayQuote)
            #expect(error.line == 2)
        }
    }

    @Test(
        "Counts: whole numbers only, within 0…2,147,483,647",
        arguments: [
            ("0", CountField.value(0)), ("42", .value(42)), (" 7 ", .value(7)), ("-0", .invalid),
            ("2147483647", .value(2_147_483_647)), ("2147483648", .tooLarge),
            ("99999999999999999999999", .tooLarge), ("-3", .negative), ("12.5", .invalid), ("", .invalid),
            ("1,000", .invalid), ("abc", .invalid), ("+4", .invalid), ("-", .invalid),
        ]
    )
    func counts(_ text: String, expected: CountField) {
        let bytes = Array(text.utf8)
        let value = bytes.withUnsafeBufferPointer { buffer in
            CSVReader(buffer).count(CSVField(start: 0, end: buffer.count, hasDoubledQuotes: false))
        }
        #expect(value == expected)
    }

    @Test(
        "UTF-8 validation finds the first bad byte",
        arguments: [
            ([0x61, 0x62], nil), ([0x61, 0xFF], 1), ([0xC3, 0xA9], nil), ([0xC3], 0), ([0xC0, 0x80], 0),
            ([0xED, 0xA0, 0x80], 0), ([0xF4, 0x90, 0x80, 0x80], 0), ([0xF0, 0x9F, 0x98, 0x80], nil),
            (Array(repeating: 0x61, count: 17) + [0xE2, 0x82], 17),
        ] as [([UInt8], Int?)]
    )
    func utf8(_ bytes: [UInt8], invalidAt: Int?) {
        #expect(bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset(in: $0) } == invalidAt)
    }
}
