public import ScrutinCore

/// The results as one self-contained HTML page: inline CSS and SVG, no script, no network.
///
/// The national summary, the hemicycle, the party table, votes cast, turnout by region, the
/// provisional-against-final difference, and a section per constituency with both rounds, its
/// sheets' coverage and quarantines, and the rulings that touched it. In French or English.
public enum HTMLReport {
    public static func render(_ book: ResultsBook, language: Language, only: String? = nil) -> String {
        let format = Format(language)
        var html = """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="Scrutin">
            <title>\(e(book.title(language)))</title>
            <style>\(css)</style>
            </head>
            <body>
            <header>
            <h1>\(e(book.title(language)))</h1>

            """
        html +=
            "<p class=\"meta\">"
            + book.rounds.map { e(PublishingText.roundLabel($0.round, format.date($0.date))(language)) }
            .joined(separator: " · ") + " · "
            + e(
                PublishingText.seatsAndMajority(
                    seats: format.number(book.seats),
                    majority: format.number(book.majority)
                )(language)
            ) + "</p>\n"
        html += "<p class=\"stage\">" + e(stageText(book, language: language)) + "</p>\n"
        if book.isSynthetic { html += "<p class=\"synthetic\">⚠ " + e(Word.synthetic(language)) + "</p>\n" }
        html += "</header>\n<nav>"
        let sections = [
            ("summary", PublishingText.summary(language)), ("seats", Word.seatsTitle(language)),
            ("votes", PublishingText.votes(language)), ("turnout", Word.turnout(language)),
            ("changes", PublishingText.provisionalAndFinal(language)),
            ("constituencies", Word.constituencies(language)),
        ]
        html += sections.map { "<a href=\"#\($0.0)\">\(e($0.1))</a>" }.joined(separator: " ") + "</nav>\n<main>\n"

        // Summary.
        html += "<section id=\"summary\">\n<h2>\(e(PublishingText.summary(language)))</h2>\n<div class=\"cards\">\n"
        func card(_ label: String, _ value: String, _ detail: String = "") {
            html +=
                "<div class=\"card\"><div class=\"label\">\(e(label))</div><div class=\"value\">\(e(value))</div>"
                + (detail.isEmpty ? "" : "<div class=\"detail\">\(e(detail))</div>") + "</div>\n"
        }
        card(
            Word.seatsTitle(language),
            format.number(book.seats),
            PublishingText.majority(format.number(book.majority))(language)
        )
        if let largest = book.seatedParties.first(where: { $0.kind == .party }) {
            card(
                PublishingText.largestParty(language),
                "\(largest.code) \(format.number(largest.total))",
                book.majorityHolder == nil
                    ? PublishingText.noMajority(language) : PublishingText.absoluteMajority(language)
            )
        }
        for votes in book.votes {
            card(
                PublishingText.turnoutRound(votes.round)(language),
                format.percent(basisPoints: votes.turnoutBasisPoints),
                PublishingText.votersOf(
                    voters: format.number(votes.figures.voters),
                    registered: format.number(votes.figures.registered)
                )(language)
            )
        }
        if let women = book.women {
            card(
                PublishingText.womenElected(language),
                format.number(women),
                format.percent(Int64(women), of: Int64(max(1, book.seatsFilled)))
            )
        }
        html += "</div>\n</section>\n"

        // Seats.
        html += "<section id=\"seats\">\n<h2>\(e(Word.seatsByParty(language)))</h2>\n"
        html +=
            "<figure class=\"hemicycle\">" + Hemicycle.svg(book, language: language, legend: false)
            + "</figure>\n"
        html += "<table>\n<thead><tr><th></th><th>\(e(Word.party(language)))</th>"
        let rounds = ResultsTables.roundNumbers(book)
        for round in rounds { html += "<th class=\"n\">\(e(PublishingText.round(round)(language)))</th>" }
        html +=
            "<th class=\"n\">Total</th><th class=\"n\">\(e(book.previousElection ?? Word.before(language)))</th><th class=\"n\">+/−</th></tr></thead>\n<tbody>\n"
        for party in book.parties {
            html +=
                "<tr><td><span class=\"swatch\" style=\"background:\(e(party.colour))\"></span></td>"
                + "<td>\(e(party.displayName(language))) <span class=\"code\">\(e(party.code))</span>"
                + (party.leader.map { " <span class=\"leader\">(\(e($0)))</span>" } ?? "") + "</td>"
            for round in rounds { html += "<td class=\"n\">\(e(ResultsTables.cell(party, round: round)))</td>" }
            html +=
                "<td class=\"n\"><strong>\(format.number(party.total))</strong></td>"
                + "<td class=\"n\">\(e(ResultsTables.previous(party, language)))</td>"
                + "<td class=\"n\">\(e(ResultsTables.change(party, format)))</td></tr>\n"
        }
        html += "</tbody>\n<tfoot><tr><td></td><td>Total</td>"
        for round in rounds {
            let sum = book.parties.compactMap { $0.byRound.indices.contains(round - 1) ? $0.byRound[round - 1] : nil }
                .reduce(0, +)
            html += "<td class=\"n\">\(format.number(sum))</td>"
        }
        html += "<td class=\"n\">\(format.number(book.seatsFilled))</td><td></td><td></td></tr></tfoot>\n</table>\n"
        html += "<p>" + e(ResultsTables.majorityLine(book, language: language)) + "</p>\n"
        html += "<figure>" + Charts.seats(book, language: language) + "</figure>\n</section>\n"

        // Votes.
        html +=
            "<section id=\"votes\">\n<h2>\(e(PublishingText.votesCast(language)))</h2>\n<table>\n<thead><tr><th></th>"
        for votes in book.votes {
            html += "<th class=\"n\">\(e(PublishingText.round(votes.round)(language)))</th><th class=\"n\">%</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for row in ResultsTables.voteRows(book, language: language) {
            html +=
                "<tr><td>\(e(row[0]))</td>" + row.dropFirst().map { "<td class=\"n\">\(e($0))</td>" }.joined()
                + "</tr>\n"
        }
        html += "</tbody>\n</table>\n"
        let provisional = book.votes.filter { $0.provisional != nil }
        if !provisional.isEmpty {
            let rounds = provisional.compactMap { votes -> String? in
                guard let figures = votes.provisional else { return nil }
                let turnout = votes.provisionalTurnoutBasisPoints ?? figures.turnoutBasisPoints
                return PublishingText.provisionalRound(
                    round: votes.round,
                    voters: format.number(figures.voters),
                    turnout: format.percent(basisPoints: turnout),
                    final: format.percent(basisPoints: votes.turnoutBasisPoints)
                )(language)
            }
            html += "<p>" + e(PublishingText.provisionalFigures(rounds)(language)) + "</p>\n"
        }
        html += "</section>\n"

        // Turnout by region.
        html += "<section id=\"turnout\">\n<h2>\(e(PublishingText.turnoutByRegion(language)))</h2>\n"
        html += "<figure>" + Charts.turnout(book, language: language) + "</figure>\n</section>\n"

        // Provisional against final.
        html +=
            "<section id=\"changes\">\n<h2>\(e(PublishingText.provisionalAgainstFinal(language)))</h2>\n"
        if book.changes.isEmpty {
            html +=
                "<p>"
                + e(PublishingText.noDifference(language)) + "</p>\n"
        } else {
            let seats = book.changes.map(\.seats).reduce(0, +)
            html +=
                "<p>"
                + e(PublishingText.changed(constituencies: book.changes.count, seats: seats)(language)) + "</p>\n"
            html +=
                "<table>\n<thead><tr><th class=\"n\">\(e(Word.round(language)))</th><th>\(e(Word.constituency(language)))</th><th class=\"n\">\(e(Word.seatsTitle(language)))</th><th>\(e(PublishingText.provisional(language)))</th><th>\(e(PublishingText.final(language)))</th><th>\(e(Word.because(language)))</th></tr></thead>\n<tbody>\n"
            for change in book.changes {
                html +=
                    "<tr><td class=\"n\">\(change.round)</td><td><a href=\"#c-\(e(change.constituency))\">\(e(change.name))</a></td>"
                    + "<td class=\"n\">\(change.seats)</td><td>\(e(change.provisional.text(language)))</td><td>\(e(change.final.text(language)))</td>"
                    + "<td class=\"small\">\(e(change.causes.map { $0.text(language) }.joined(separator: "; ")))</td></tr>\n"
            }
            html += "</tbody>\n</table>\n"
        }
        html += "</section>\n"

        // Constituencies.
        html += "<section id=\"constituencies\">\n<h2>\(e(Word.constituencies(language)))</h2>\n"
        let shown = book.constituencies.filter { only == nil || $0.code == only }
        html +=
            "<table class=\"index\">\n<thead><tr><th>\(e(Word.constituency(language)))</th><th>\(e(Word.region(language)))</th><th class=\"n\">\(e(Word.seatsTitle(language)))</th>"
        for round in book.rounds { html += "<th>\(e(PublishingText.round(round.round)(language)))</th>" }
        html += "</tr></thead>\n<tbody>\n"
        for constituency in shown {
            html +=
                "<tr><td><a href=\"#c-\(e(constituency.code))\">\(e(constituency.name))</a></td><td>\(e(constituency.region))</td><td class=\"n\">\(constituency.seats)</td>"
            for round in book.rounds {
                let item = constituency.rounds.first { $0.round == round.round }
                html +=
                    "<td>"
                    + e(
                        item.map { ReportText.outcomeSummary(status: $0.status, lists: $0.lists)(language) } ?? "–"
                    ) + "</td>"
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>\n"
        for constituency in shown {
            html += article(constituency, book: book, language: language)
        }
        html += "</section>\n</main>\n<footer>\n"
        for note in book.notes(language) { html += "<p class=\"note\">\(e(note))</p>\n" }
        html += "<p>" + e(PublishingText.source(book.sourceText(language))(language)) + "</p>\n"
        html += "<p>" + e(PublishingText.madeBy(language)) + "</p>\n"
        html += "</footer>\n</body>\n</html>\n"
        return html
    }

    /// One constituency's section.
    static func article(_ constituency: ResultsBook.Constituency, book: ResultsBook, language: Language) -> String {
        let format = Format(language)
        var html = "<article id=\"c-\(e(constituency.code))\">\n"
        html += "<h3>\(e(constituency.name)) <span class=\"code\">\(e(constituency.code))</span></h3>\n"
        html +=
            "<p class=\"meta\">\(e(constituency.region)) · \(e(ReportText.seatCount(constituency.seats, formatted: Format(language).number(constituency.seats))(language)))</p>\n"
        for round in constituency.rounds {
            html +=
                "<h4>\(e(PublishingText.round(round.round)(language) + format.colon))"
                + e(ReportText.outcomeSummary(status: round.status, lists: round.lists)(language)) + "</h4>\n"
            if let provisional = round.provisional {
                html +=
                    "<p class=\"changed\">\(e(PublishingText.provisionalResult(provisional.text(language))(language)))</p>\n"
            }
            if let coverage = round.coverage {
                html +=
                    "<p class=\"small\">"
                    + e(
                        PublishingText.stationsCounted(format.fraction(coverage.counted, coverage.expected))(language)
                            + " · \(coverage.closed) " + Word.closed(language) + " · "
                            + "\(coverage.quarantined) " + Word.quarantined(language) + " · \(coverage.missing) "
                            + Word.missing(language)
                    ) + "</p>\n"
            }
            if !round.quarantined.isEmpty {
                html +=
                    "<p class=\"quarantine\">"
                    + e(
                        PublishingText.quarantinedSheets(round.quarantined.joined(separator: ", "))(language)
                    ) + "</p>\n"
            }
            if !round.votes.isEmpty {
                html +=
                    "<table>\n<thead><tr><th>\(e(Word.list(language)))</th><th class=\"n\">\(e(Word.votes(language)))</th><th class=\"n\">%</th></tr></thead>\n<tbody>\n"
                for list in round.votes {
                    let winner = round.status == "elected" && round.lists.contains(list.label)
                    html +=
                        "<tr\(winner ? " class=\"winner\"" : "")><td>\(e(list.label))</td>"
                        + "<td class=\"n\">\(e(list.votes.map { format.number($0) } ?? "–"))</td>"
                        + "<td class=\"n\">\(e(format.percent(basisPoints: list.shareBasisPoints)))</td></tr>\n"
                }
                html += "</tbody>\n</table>\n"
            }
            if let totals = round.totals {
                html +=
                    "<p class=\"small\">"
                    + e(
                        Word.registered(language) + " " + format.number(totals.registered) + " · "
                            + Word.voters(language)
                            + " " + format.number(totals.voters) + " · " + Word.turnout(language) + " "
                            + format.percent(basisPoints: totals.turnoutBasisPoints) + " · " + Word.invalid(language)
                            + " "
                            + format.number(totals.invalid) + " · " + Word.valid(language) + " "
                            + format.number(totals.valid)
                    ) + "</p>\n"
            }
        }
        if !constituency.rulings.isEmpty {
            html += "<p><strong>\(e(PublishingText.rulings(language)))</strong></p>\n<ul class=\"rulings\">\n"
            for ruling in constituency.rulings { html += "<li>\(e(ruling.text(language)))</li>\n" }
            html += "</ul>\n"
        }
        html += "</article>\n"
        return html
    }

    static func stageText(_ book: ResultsBook, language: Language) -> String {
        switch book.stage {
        case "final": PublishingText.finalResults(language)
        case "provisional": PublishingText.provisionalResults(language)
        default: PublishingText.countAsItStands(language)
        }
    }

    static func e(_ text: String) -> String { SVG.escape(text) }

    static let css = """
        :root{--ink:#1d1d1f;--muted:#5f6368;--rule:#d9d9de;--accent:#0b5394}
        *{box-sizing:border-box}
        body{margin:0;font:15px/1.45 -apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:var(--ink);background:#fff}
        header,main,footer,nav{max-width:980px;margin:0 auto;padding:0 20px}
        header{padding-top:24px}
        h1{font-size:28px;margin:0 0 4px}
        h2{font-size:21px;border-bottom:2px solid var(--ink);padding-bottom:4px;margin-top:36px}
        h3{font-size:17px;margin:28px 0 2px}
        h4{font-size:15px;margin:12px 0 4px}
        .meta,.small,.leader,.code{color:var(--muted)}
        .code{font-size:12px;font-weight:normal}
        .small{font-size:13px}
        .stage{font-weight:600;color:var(--accent)}
        .synthetic{background:#fff3cd;border:1px solid #e0c36b;padding:8px 12px}
        nav{position:sticky;top:0;background:#fff;border-bottom:1px solid var(--rule);padding:8px 20px;z-index:1}
        nav a{margin-right:14px;color:var(--accent);text-decoration:none;font-size:14px}
        .cards{display:flex;flex-wrap:wrap;gap:12px}
        .card{flex:1 1 160px;border:1px solid var(--rule);border-radius:8px;padding:10px 14px}
        .card .label{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
        .card .value{font-size:26px;font-weight:700}
        .card .detail{font-size:13px;color:var(--muted)}
        table{border-collapse:collapse;width:100%;margin:8px 0;font-size:14px}
        th,td{padding:4px 8px;border-bottom:1px solid var(--rule);text-align:left;vertical-align:top;overflow-wrap:anywhere}
        th{font-size:12px;text-transform:uppercase;letter-spacing:.03em;color:var(--muted)}
        td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
        tfoot td{font-weight:700;border-top:2px solid var(--ink)}
        tr.winner td{font-weight:700;background:#eef6ee}
        .swatch{display:inline-block;width:14px;height:14px;border-radius:3px;vertical-align:middle}
        figure{margin:12px 0}
        figure svg{max-width:100%;height:auto}
        .hemicycle svg{width:560px}
        .changed{color:#a61b1b}
        .quarantine{color:#a61b1b;font-size:13px}
        .rulings{font-size:13px}
        .undecided{font-size:13px;color:var(--muted)}
        .ring{display:inline-block;width:10px;height:10px;border:1.5px solid #888;border-radius:50%;vertical-align:middle}
        h1,h3{overflow-wrap:anywhere}
        footer{margin:40px auto;color:var(--muted);font-size:13px;border-top:1px solid var(--rule);padding-top:12px}
        @media print{nav{display:none}article{break-inside:avoid}}
        """
}
