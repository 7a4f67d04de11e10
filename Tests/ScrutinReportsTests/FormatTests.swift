import ScrutinCore
import ScrutinReports
import Testing

struct FormatTests {
    @Test(arguments: [
        (0 as Int64, "0", "0"), (999, "999", "999"), (1_000, "1,000", "1\u{202F}000"),
        (7_663_464, "7,663,464", "7\u{202F}663\u{202F}464"), (-15, "−15", "−15"),
    ])
    func numbers(_ value: Int64, english: String, french: String) {
        #expect(Format(.english).number(value) == english)
        #expect(Format(.french).number(value) == french)
    }

    @Test func percentages() {
        #expect(Format(.english).percent(basisPoints: 3_558) == "35.58%")
        #expect(Format(.french).percent(basisPoints: 3_558) == "35,58\u{00A0}%")
        #expect(Format(.english).percent(basisPoints: 5) == "0.05%")
        #expect(Format(.english).percent(basisPoints: nil) == "–")
        #expect(Format(.english).percent(1, of: 3) == "33.33%")
    }

    @Test func dates() {
        #expect(Format(.english).date("2020-03-29") == "29 March 2020")
        #expect(Format(.french).date("2020-04-19") == "19 avril 2020")
        #expect(Format(.french).date("2020-05-01") == "1er mai 2020")
        #expect(Format(.english).date("soon") == "soon")
    }

    @Test func signed() {
        #expect(Format(.english).signed(8) == "+8")
        #expect(Format(.english).signed(-15) == "−15")
        #expect(Format(.english).signed(0) == "0")
    }

    @Test func tableAlignsColumnsByCharacters() {
        var table = TextTable([.init("Name"), .init("Seats", .right)])
        table.add(["Yéléma", "2"])
        table.add(["RPM", "51"])
        table.footer = [["Total", "53"]]
        #expect(
            table.render(indent: 0) == """
                Name    Seats
                ──────  ─────
                Yéléma      2
                RPM        51
                ──────  ─────
                Total      53

                """
        )
    }

    @Test func csvQuotesOnlyWhenNeeded() {
        var csv = CSVText(header: ["code", "name"])
        csv.add(["C", "Gamma, the \"third\""])
        csv.add(["A", "Alpha"])
        #expect(csv.text == "code,name\nC,\"Gamma, the \"\"third\"\"\"\nA,Alpha\n")
    }
}

extension FormatTests {
    @Test func controlCharactersCannotBreakATable() {
        var table = TextTable([.init("Name"), .init("Seats", .right)])
        table.add(["two\nlines\u{1B}", "1"])
        #expect(table.render(indent: 0).split(separator: "\n").count == 3)
        #expect(!table.render(indent: 0).contains("\u{1B}"))
    }
}
