import Foundation
import ScrutinCore
import ScrutinPublished
import ScrutinReference
import ScrutinReports
import ScrutinTestSupport
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The published documents: the 2020 book and its tables, wikitext, hemicycle, charts, CSV,
/// HTML and NIST export; the fixture's book from a count.
struct PublishingTests {
    let mali: ResultsBook
    let fixture: ResultsBook

    init() throws {
        let record = try RecordLoader.load(from: ReferenceData.mali2020)
        let journal = try Mali2020Journal.make(digest: RecordBuilder.testDigest)
        mali = try ResultsBook(
            reference: ReferenceReport(record),
            record: record,
            events: journal.events,
            blobs: journal.blobs
        )
        fixture = ResultsBook(count: try ElectionCount.load(from: Fixture.bundle))
    }

    // MARK: - The book

    @Test("The 2020 book: 147 seats, majority 74, RPM 51 without a majority, turnout 35.58% and 35.25%")
    func maliBook() {
        #expect(mali.seats == 147 && mali.majority == 74)
        #expect(mali.seatsFilled == 147)
        #expect(mali.majorityHolder == nil)
        #expect(mali.parties.first?.code == "RPM" && mali.parties.first?.total == 51)
        #expect(mali.parties.first?.byRound == [10, 41] && mali.parties.first?.change == -15)
        #expect(mali.votes.map(\.turnoutBasisPoints) == [3558, 3525])
        #expect(mali.votes.map { $0.provisional?.turnoutBasisPoints } == [3573, 3533])
        #expect(mali.constituencies.count == 55)
        #expect(mali.women == 42)
        // The Court's changes: 5 in round 1, 7 reversals (30 seats) in round 2.
        #expect(mali.changes.filter { $0.round == 1 }.count == 5)
        #expect(mali.changes.filter { $0.round == 2 }.map(\.seats).reduce(0, +) == 30)
        // Regional turnout: the Court's round-1 figures for the nine regions, three in round 2.
        #expect(mali.regions.count == 9)
        #expect(mali.regions.first { $0.name == "Gao" }?.turnoutBasisPoints == [1: 6604, 2: 6365])
        #expect(mali.regions.first { $0.name == "District de Bamako" }?.turnoutBasisPoints == [1: 1285])
        let kati = mali.constituency("KLK-KATI")
        #expect(kati?.rounds.last?.provisional?.lists == ["ASMA+UMRDA+ADJS+PARENA+PRVM"])
        #expect(kati?.rulings.first?.text(.english).contains("arrêt n°2020-04/CC-EL") == true)
        #expect(kati?.rulings.first?.text(.french).contains("proclame la liste") == true)
        // Only real changes are flagged: a runoff whose pair the Ministry's results name less
        // fully is the same runoff. 5 changes in round 1, 7 in round 2.
        let flagged = mali.constituencies.flatMap { constituency in constituency.rounds.filter { $0.provisional != nil }
        }
        #expect(flagged.count == 12)
        #expect(mali.comparedRounds == [1, 2])
        #expect(mali.title(.french) == "Mali — élections législatives de 2020")
        #expect(fixture.comparedRounds.isEmpty)
    }

    @Test("Seated parties never share a colour; names and formulas from the data stay inert")
    func coloursAndInertText() {
        var book = fixture
        for index in book.parties.indices { book.parties[index].colour = "#123456" }
        book.separateColoursForTesting()
        let colours = book.seatedParties.map { $0.colour.uppercased() }
        #expect(Set(colours).count == colours.count)
        var hostile = fixture
        hostile.parties[0].name = "=HYPERLINK(\"http://x\")"
        let csv = BookCSV.render(hostile, level: .party)
        #expect(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""))
        #expect(csv.contains(",-1,") || csv.contains("−1") || csv.contains(",+1,") || csv.contains(",1,"))
        hostile.parties[0].name = "Bold " + String(repeating: "'", count: 3) + "x ~~~~ __NOTOC__"
        let wiki = ResultsTables.wikitext(hostile)
        #expect(
            !wiki.contains(String(repeating: "'", count: 3)) && !wiki.contains("~~~~") && !wiki.contains("__NOTOC__")
        )
    }

    @Test("The fixture's book from the count: B 2, C 1, A 1; N1 to a runoff, then B+C elected")
    func fixtureBook() {
        #expect(fixture.parties.map { "\($0.code) \($0.total)" } == ["B 2", "A 1", "C 1", "IND 0"])
        #expect(fixture.constituency("N1")?.rounds.map(\.status) == ["runoff", "elected"])
        #expect(fixture.constituency("N1")?.rounds.last?.votes.map(\.votes) == [238, 220])
        #expect(fixture.votes.first?.figures == Totals(registered: 1400, voters: 750, invalid: 20, valid: 730))
        #expect(fixture.regions.map(\.name) == ["Region One", "Region Two"])
        #expect(fixture.women == 1)
    }

    // MARK: - Hemicycle

    @Test(
        "Hemicycle rows hold every seat, for every size from 1 to 700",
        arguments: [1, 2, 3, 4, 7, 21, 74, 147, 150, 349, 577, 700]
    )
    func hemicycleRows(seats: Int) {
        let rows = Hemicycle.rows(for: seats)
        #expect(rows.reduce(0, +) == seats)
        #expect(rows.allSatisfy { $0 >= 0 })
        // Outer rows hold at least as many seats as inner ones.
        #expect(zip(rows, rows.dropFirst()).allSatisfy { $0 <= $1 + 1 })
    }

    @Test("Hemicycle seats: each party's seats, no two dots overlapping, the majority line at half the seats")
    func hemicycleSeats() {
        let seats = Hemicycle.seats(mali)
        #expect(seats.count == 147)
        for party in mali.seatedParties {
            #expect(seats.filter { $0.party == party.code }.count == party.total, "\(party.code)")
        }
        // Dots are at least a dot's diameter apart (radius 0.38 of the row width).
        let rows = Hemicycle.rows(for: 147)
        let width = 170.0 * 0.6 / Double(rows.count)
        var closest = Double.infinity
        for i in seats.indices {
            for j in seats.indices where j > i {
                let dx = seats[i].x - seats[j].x
                let dy = seats[i].y - seats[j].y
                closest = min(closest, (dx * dx + dy * dy).squareRoot())
            }
        }
        #expect(closest >= 2 * 0.38 * width)
        // Left of the majority line: fewer than a majority of seats; the parties take them in order.
        let left = seats.filter { $0.angle > Double.pi / 2 + 1e-9 }.count
        #expect(left < mali.majority)
        #expect(seats.first?.party == "RPM" && seats.last?.party == "IND")
        // Seats not yet filled are drawn empty, and the legend says how many.
        var partial = fixture
        partial.parties = partial.parties.map {
            var line = $0
            line.total = $0.code == "B" ? 2 : 0
            return line
        }
        let svg = Hemicycle.svg(partial, language: .english)
        #expect(svg.contains("Not yet decided"))
        #expect(svg.components(separatedBy: "fill=\"none\"").count - 1 == 2 + 1)  // two seats and the legend's
    }

    @Test("The hemicycle SVG is a document with a title, the majority line and a legend in each language")
    func hemicycleSVG() {
        let english = Hemicycle.svg(mali, language: .english)
        #expect(english.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(english.contains("Majority: 74 seats"))
        #expect(english.contains("RPM — Rally for Mali"))
        #expect(english.components(separatedBy: "<circle").count - 1 == 147)
        let french = Hemicycle.svg(mali, language: .french)
        #expect(french.contains("Majorité\u{00A0}: 74 sièges"))
        // The same book always gives the same bytes.
        #expect(english == Hemicycle.svg(mali, language: .english))
    }

    // MARK: - Tables

    @Test("Wikitext: the seed's infobox fields and results tables")
    func wikitext() {
        let text = ResultsTables.wikitext(mali)
        for field in [
            "{{Infobox legislative election", "| country = Mali", "| previous_election = 2013",
            "| seats_for_election = All 147 seats in the National Assembly", "| majority_seats = 74",
            "| election_date = 29 March 2020 (first round)<br />19 April 2020 (second round)",
            "| turnout = 35.58% (first round)<br />35.25% (second round)", "| party1 = [[Rally for Mali]]",
            "| leader1 = Ibrahim Boubacar Keïta", "| seats1 = 51", "| last_election1 = 66",
            "| party4 = [[Movement for Mali]]", "| last_election4 = New", "| party22 = Independents", "| seats22 = 2",
            "| last_election22 = 4",
        ] {
            #expect(text.contains(field), "\(field)")
        }
        // Seats table rows: first round, second round, total, +/−.
        #expect(text.contains("[[Rally for Mali]] || 10 || 41 || 51 || −15"))
        #expect(text.contains("[[Movement for Mali]] || 0 || 10 || 10 || New"))
        #expect(text.contains("! colspan=\"2\" | Total !! 22 !! 125 !! 147 !! –"))
        // Votes cast, as the seed's table.
        #expect(text.contains("| style=\"text-align:left\" | Valid votes || 2,603,157 || 95.48 || 2,186,077 || 92.67"))
        #expect(text.contains("Invalid/blank votes || 123,135 || 4.52 || 172,832 || 7.33"))
        #expect(text.contains("Total || 2,726,292 || 100 || 2,358,909 || 100"))
        #expect(text.contains("Registered voters/turnout || 7,663,464 || 35.58 || 6,691,305 || 35.25"))
    }

    @Test("Markdown and terminal tables carry the same figures; data cannot break the table")
    func markdownAndText() {
        let markdown = ResultsTables.markdown(mali, language: .english)
        #expect(markdown.contains("| Rally for Mali (RPM) | 10 | 41 | 51 | 66 | −15 |"))
        #expect(markdown.contains("No party holds a majority (74); the largest is RPM with 51 seats."))
        let french = ResultsTables.markdown(mali, language: .french)
        #expect(french.contains("| Suffrages exprimés | 2\u{202F}603\u{202F}157 | 95,48\u{00A0}% |"))
        let text = ResultsTables.text(mali, language: .english)
        #expect(text.contains("RPM") && text.contains("Total"))
        var hostile = fixture
        hostile.parties[0].name = "Evil | party\n| x"
        #expect(ResultsTables.markdown(hostile, language: .english).contains("Evil \\| party \\| x"))
        #expect(ResultsTables.wikitext(hostile).contains("Evil &#124; party &#124; x"))
    }

    // MARK: - CSV

    @Test("CSV of every level: stable headers, integers, shares with two decimals")
    func csv() {
        let nation = BookCSV.render(mali, level: .nation)
        #expect(
            nation.hasPrefix(
                "round,registered,voters,invalid,valid,turnout_percent,provisional_voters,provisional_turnout_percent\n"
                    + "1,7663464,2726292,123135,2603157,35.58,2738428,35.73\n"
            )
        )
        let party = BookCSV.render(mali, level: .party)
        #expect(party.contains("RPM,Rally for Mali,10,41,51,66,-15,false\n"))
        #expect(party.contains("MPM,Movement for Mali,0,10,10,,,true\n"))
        let constituency = BookCSV.render(mali, level: .constituency)
        #expect(constituency.hasPrefix("code,name,region,seats,round,status,lists,provisional,rulings\n"))
        #expect(
            constituency.contains("KAY-YELIMANE,Yélimané,Kayes,2,1,elected,RPM+YELEMA,runoff RPM+YELEMA;UMRDA+ADEMA,")
        )
        let region = BookCSV.render(fixture, level: .region)
        #expect(region.contains("Region One,1,900,500,15,485,55.56\n"))
        let lists = BookCSV.render(fixture, level: .list)
        #expect(lists.contains("N1,2,LB-N1,238,51.97,true\n"))
    }

    // MARK: - HTML

    @Test("The HTML report is self-contained, holds the key figures, in English and in French")
    func html() {
        let english = HTMLReport.render(mali, language: .english)
        #expect(english.hasPrefix("<!DOCTYPE html>"))
        #expect(!english.contains("<script"))
        // No network: the only URL is the SVG namespace.
        let urls = english.components(separatedBy: "http").count - 1
        let namespaces = english.components(separatedBy: "http://www.w3.org/2000/svg").count - 1
        #expect(urls == namespaces)
        for figure in [
            "147", "majority 74", "35.58%", "35.25%", "Rally for Mali", "51", "Yélimané", "arrêt n°2020-04/CC-EL",
        ] {
            #expect(english.contains(figure), "\(figure)")
        }
        #expect(english.contains("id=\"c-KLK-KATI\""))
        let french = HTMLReport.render(mali, language: .french)
        #expect(french.contains("<html lang=\"fr\">"))
        for figure in ["35,58\u{00A0}%", "majorité 74", "Participation par région", "liste proclamée élue"] {
            #expect(french.contains(figure), "\(figure)")
        }
        // One constituency only.
        let kati = HTMLReport.render(mali, language: .english, only: "KLK-KATI")
        #expect(kati.contains("id=\"c-KLK-KATI\"") && !kati.contains("id=\"c-KAY-YELIMANE\""))
        // Quarantined sheets and coverage show for a count.
        let counted = HTMLReport.render(fixture, language: .english)
        #expect(counted.contains("Stations: 2 of 2 counted"))
    }

    @Test("Names from the data are escaped in HTML and SVG")
    func escaping() {
        var hostile = fixture
        hostile.parties[0].name = "<script>alert(1)</script> & \"x\""
        let html = HTMLReport.render(hostile, language: .english)
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"))
        #expect(!Hemicycle.svg(hostile, language: .english).contains("<script>"))
    }

    // MARK: - NIST

    @Test("NIST export: one election per round, a contest per constituency, coalitions, invalid ballots, runoff links")
    func nist() throws {
        let xml = NISTExport.xml(mali, generated: "2026-11-29T10:00:00Z")
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ElectionReport"))
        #expect(xml.components(separatedBy: "<Election objectId=").count - 1 == 2)
        #expect(xml.components(separatedBy: "xsi:type=\"PartyContest\"").count - 1 == 55 + 43)
        #expect(xml.contains("<Type>runoff</Type>"))
        #expect(xml.contains("<Status>certified</Status>"))
        #expect(xml.contains("ocd-division/country:ml/region:kayes/constituency:kay-yelimane"))
        #expect(xml.contains("xsi:type=\"Coalition\""))
        // Round-1 contests that went to a runoff name their round-2 contest.
        #expect(xml.components(separatedBy: "<SubsequentContestId>").count - 1 == 43)
        // Court rulings and seats are in the extension points.
        #expect(xml.contains("<OtherType>court-ruling</OtherType>"))
        #expect(xml.contains("<OtherType>seats-won</OtherType>"))
        // The fixture: votes per list, invalid ballots as the null selection.
        let counted = NISTExport.xml(fixture, generated: "2026-11-29T10:00:00Z", countryCode: "ml")
        #expect(counted.contains("<NullBallotSelection"))
        #expect(counted.contains("<Count>238</Count>"))
        #expect(counted.contains("<BallotsCast>500</BallotsCast>"))
        // Well-formed: every element closes.
        let parser = XMLParser(data: Data(xml.utf8))
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
        // No empty collection when a round has no contest yet.
        let firstRound = NISTExport.xml(fixture.only(round: 1), generated: "2026-11-29T10:00:00Z", countryCode: "ml")
        #expect(!firstRound.contains("<ContestCollection>\n    </ContestCollection>"))
        // Stable ids use only [a-z0-9_-], and names that differ never share one.
        for name in ["Législatives 2030 (1er tour). Mali", "قائمة الأمل", "قائمة النور", "Liste indép. Mali Koura"] {
            let token = NISTExport.tokenForTesting(name)
            #expect(
                token.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-" || $0 == "_") },
                "\(token)"
            )
        }
        #expect(NISTExport.tokenForTesting("قائمة الأمل") != NISTExport.tokenForTesting("قائمة النور"))
        let ids = NISTExport.ocdIDs(mali)
        #expect(ids.hasPrefix("id,name\nocd-division/country:ml,Mali\n"))
        #expect(ids.split(separator: "\n").count == 1 + 1 + 9 + 55)
    }
}
