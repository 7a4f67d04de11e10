import Testing

@testable import ScrutinCore

/// The strict JSON reader of `election.json`.
struct JSONReaderTests {
    func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue { try JSONReader.parse(Array(text.utf8)) }

    @Test func valuesAndNumbers() throws {
        let value = try parse(
            #"{"a": [1, -2, 15.5, 1e400, 99999999999999999999], "b": "Keïta \u00e9 \ud83d\ude00", "c": true, "d": null}"#
        )
        #expect(
            value
                == .object([
                    JSONMember(
                        key: "a",
                        value: .array([
                            .integer(1), .integer(-2), .otherNumber("15.5"), .otherNumber("1e400"),
                            .otherNumber("99999999999999999999"),
                        ]),
                        line: 1
                    ),
                    JSONMember(key: "b", value: .string("Keïta é 😀"), line: 1),
                    JSONMember(key: "c", value: .bool(true), line: 1),
                    JSONMember(key: "d", value: .null, line: 1),
                ])
        )
    }

    @Test(
        "Syntax errors say where",
        arguments: [
            ("{\"a\": 1,}", 1, 9), ("{\"a\": 1, \"a\": 2}", 1, 13), ("{\n  \"a\": 01}", 2, 8), ("[1, 2", 1, 6),
            ("{\"a\": 1} x", 1, 10), ("{\"a\": \"x\ny\"}", 1, 9), ("{'a': 1}", 1, 2), ("", 1, 1),
        ]
    )
    func syntaxErrors(_ text: String, line: Int, column: Int) {
        do {
            _ = try parse(text)
            Issue.record("expected an error for \(text)")
        } catch {
            #expect(error.line == line)
            #expect(error.column == column)
        }
    }

    @Test(
        "Real calendar dates only",
        arguments: [
            ("2020-03-29", true), ("2024-02-29", true), ("2031-02-29", false), ("1900-02-29", false),
            ("2000-02-29", true), ("2020-13-01", false), ("2020-04-31", false), ("0000-01-01", false),
            ("2020-3-29", false), ("29 Mar 2020", false),
        ]
    )
    func dates(_ text: String, valid: Bool) {
        #expect(ElectionFile.isISODate(text) == valid)
    }

    @Test("Messages show bundle values safely: escaped control characters, long values cut")
    func safeMessages() {
        let problem = Problem(.notAnInteger, at: BundleLocation(file: "f"), ["12\nround-1/sheets.csv:9 E101\u{1B}[8m"])
        let message = problem.message(.english)
        #expect(!message.contains("\n"))
        #expect(!message.contains("\u{1B}"))
        #expect(message.contains("\\n"))
        #expect(message.contains("\\u{1B}"))
        let long = Problem(.notAnInteger, at: BundleLocation(file: "f"), [String(repeating: "9", count: 10_000)])
        // Cut at 160 characters, whatever the length of the template around it.
        #expect(long.message(.english).contains(String(repeating: "9", count: 160) + "…"))
        #expect(!long.message(.english).contains(String(repeating: "9", count: 161)))
        let share = Problem(.highInvalidShare, at: BundleLocation(file: "f"), ["30", "100", "30.00%", "15%"])
        #expect(share.message(.french).contains("30,00\u{00A0}%"))
    }
}
