public import ScrutinCore

/// Bar charts as SVG, without script.
///
/// Seats by party, turnout by region per round, and one constituency's lists in both rounds.
/// Pure: a book in, an SVG document out.
///
/// Bars are horizontal, one row each, 18 units high, scaled to the largest value; every bar has
/// its value written beside it, so the chart reads without colour.
public enum Charts {
    static let width = 600.0
    static let labelWidth = 250.0
    static let barWidth = 290.0

    /// A label cut to fit left of the bars.
    static func fit(_ text: String, _ limit: Int = 38) -> String {
        text.count > limit ? String(text.prefix(limit - 1)) + "…" : text
    }

    /// Seats by party, largest first, in the parties' colours; the majority marked.
    public static func seats(_ book: ResultsBook, language: Language) -> String {
        let parties = book.seatedParties
        let top = max(1, parties.map(\.total).max() ?? 1, book.majority)
        let title = PublishingText.seatsChartTitle(name: book.name, frenchName: book.title(.french))(language)
        var svg = SVG(width: Int(width), height: 40 + parties.count * 22 + 24, title: title)
        svg.text(title, x: 10, y: 18, anchor: "start", size: 13, weight: "bold")
        var y = 36.0
        for party in parties {
            svg.text(
                fit("\(party.code) — \(party.displayName(language))"),
                x: labelWidth - 8,
                y: y + 13,
                anchor: "end",
                size: 11
            )
            let length = barWidth * Double(party.total) / Double(top)
            svg.element(
                "rect",
                [
                    "x": Hemicycle.num(labelWidth), "y": Hemicycle.num(y), "width": Hemicycle.num(length),
                    "height": "18",
                    "fill": party.colour,
                ]
            )
            svg.text(
                Format(language).number(party.total),
                x: labelWidth + length + 6,
                y: y + 13,
                anchor: "start",
                size: 11,
                weight: "bold"
            )
            y += 22
        }
        let majorityX = labelWidth + barWidth * Double(book.majority) / Double(top)
        svg.element(
            "line",
            [
                "x1": Hemicycle.num(majorityX), "y1": "30", "x2": Hemicycle.num(majorityX), "y2": Hemicycle.num(y),
                "stroke": "#222222", "stroke-dasharray": "4 3",
            ]
        )
        svg.text(
            PublishingText.majorityColon(book.majority)(language),
            x: majorityX,
            y: y + 14,
            anchor: "middle",
            size: 11
        )
        return svg.document
    }

    /// Turnout by region, one bar per round; a region without a published figure says so.
    public static func turnout(_ book: ResultsBook, language: Language) -> String {
        let format = Format(language)
        let rounds = book.votes.map(\.round)
        let roundColours = ["#1F77B4", "#FF7F0E", "#2CA02C"]
        let title = PublishingText.turnoutChartTitle(name: book.name, frenchName: book.title(.french))(language)
        let rowHeight = Double(rounds.count) * 16 + 10
        let rows = book.regions.count + 1
        var svg = SVG(width: Int(width), height: Int(60 + Double(rows) * rowHeight), title: title)
        svg.text(title, x: 10, y: 18, anchor: "start", size: 13, weight: "bold")
        // Legend.
        for (index, round) in rounds.enumerated() {
            let x = labelWidth + Double(index) * 110
            svg.element(
                "rect",
                [
                    "x": Hemicycle.num(x), "y": "28", "width": "12", "height": "12",
                    "fill": roundColours[index % roundColours.count],
                ]
            )
            svg.text(PublishingText.roundLower(round)(language), x: x + 16, y: 38, anchor: "start", size: 11)
        }
        var y = 52.0
        let lines: [(String, [Int: Int64])] =
            book.regions.map { ($0.name, $0.turnoutBasisPoints) }
            + [
                (
                    PublishingText.wholeCountry(language),
                    Dictionary(book.votes.compactMap { votes in votes.turnoutBasisPoints.map { (votes.round, $0) } }) {
                        first,
                        _ in first
                    }
                )
            ]
        let notHeld = Dictionary(
            book.regions.map { ($0.name, Set($0.notHeld)) },
            uniquingKeysWith: { first, _ in first }
        )
        for (name, turnout) in lines {
            svg.text(
                name,
                x: labelWidth - 8,
                y: y + 12,
                anchor: "end",
                size: 11,
                weight: name == lines.last?.0 ? "bold" : nil
            )
            for (index, round) in rounds.enumerated() {
                let barY = y + Double(index) * 16
                if let value = turnout[round] {
                    let length = (barWidth - 60) * Double(min(10_000, max(0, value))) / 10_000
                    svg.element(
                        "rect",
                        [
                            "x": Hemicycle.num(labelWidth), "y": Hemicycle.num(barY), "width": Hemicycle.num(length),
                            "height": "14", "fill": roundColours[index % roundColours.count],
                        ]
                    )
                    svg.text(
                        format.percent(basisPoints: value),
                        x: labelWidth + length + 6,
                        y: barY + 11,
                        anchor: "start",
                        size: 10
                    )
                } else {
                    let noVote = notHeld[name]?.contains(round) == true
                    svg.text(
                        noVote ? PublishingText.noRound(round)(language) : PublishingText.notPublished(language),
                        x: labelWidth + 4,
                        y: barY + 11,
                        anchor: "start",
                        size: 10,
                        fill: "#777777"
                    )
                }
            }
            y += rowHeight
        }
        return svg.document
    }

    /// One constituency's lists in each round: votes and shares, the winner marked.
    public static func constituency(
        _ constituency: ResultsBook.Constituency,
        book: ResultsBook,
        language: Language
    ) -> String {
        let format = Format(language)
        let title =
            "\(constituency.name) (\(ReportText.seatCount(constituency.seats, formatted: Format(language).number(constituency.seats))(language)))"
        let rowCount = constituency.rounds.map { max(1, $0.votes.count) + 1 }.reduce(0, +)
        var svg = SVG(width: Int(width), height: 40 + rowCount * 20 + 10, title: title)
        svg.text(title, x: 10, y: 18, anchor: "start", size: 13, weight: "bold")
        var y = 34.0
        for round in constituency.rounds {
            let outcome = ReportText.outcomeSummary(status: round.status, lists: round.lists)(language)
            svg.text(
                PublishingText.roundLabel(round.round, outcome)(language),
                x: 10,
                y: y + 12,
                anchor: "start",
                size: 12,
                weight: "bold"
            )
            y += 20
            let top = max(1, round.votes.compactMap(\.votes).max() ?? 1)
            if round.votes.isEmpty {
                svg.text(
                    PublishingText.votesNotPublished(language),
                    x: labelWidth,
                    y: y + 12,
                    anchor: "start",
                    size: 10,
                    fill: "#777777"
                )
                y += 20
            }
            for list in round.votes {
                svg.text(fit(list.label), x: labelWidth - 8, y: y + 12, anchor: "end", size: 11)
                let winner = round.status == "elected" && round.lists.contains(list.label)
                let colour = winner ? "#2CA02C" : (round.lists.contains(list.label) ? "#1F77B4" : "#9E9E9E")
                let length = (barWidth - 110) * Double(list.votes ?? 0) / Double(top)
                svg.element(
                    "rect",
                    [
                        "x": Hemicycle.num(labelWidth), "y": Hemicycle.num(y), "width": Hemicycle.num(length),
                        "height": "16",
                        "fill": colour,
                    ]
                )
                let value =
                    (list.votes.map { format.number($0) } ?? "–")
                    + (list.shareBasisPoints.map { " (" + format.percent(basisPoints: $0) + ")" } ?? "")
                svg.text(value, x: labelWidth + length + 6, y: y + 12, anchor: "start", size: 10)
                y += 20
            }
        }
        return svg.document
    }
}
