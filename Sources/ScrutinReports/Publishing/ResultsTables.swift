public import ScrutinCore

/// The results tables of a book: seats by party (round 1, round 2, total, +/−) and votes cast per
/// round (valid, invalid/blank, total, registered and turnout), as terminal text, Markdown, or
/// wikitext in the layout of the reference article (an infobox and two `wikitable`s).
public enum ResultsTables {
    // MARK: - Terminal

    /// Aligned tables for a terminal.
    public static func text(_ book: ResultsBook, language: Language) -> String {
        let format = Format(language)
        var text = header(book, language: language) + "\n"
        text += PublishingText.seatsByPartyHeading(language) + "\n"
        var seats = TextTable(
            [.init(Word.party(language)), .init(Word.name(language))]
                + roundNumbers(book).map { .init(PublishingText.roundShort($0)(language), .right) }
                + [
                    .init(Word.total(language), .right),
                    .init(book.previousElection ?? Word.before(language), .right), .init(Word.change(language), .right),
                ]
        )
        for party in book.parties {
            seats.add(
                [party.code, party.displayName(language)] + roundNumbers(book).map { cell(party, round: $0) }
                    + [format.number(party.total), previous(party, language), change(party, format)]
            )
        }
        seats.footer = [
            ["", Word.total(language)]
                + roundNumbers(book).map { round in
                    format.number(
                        book.parties.compactMap { $0.byRound.indices.contains(round - 1) ? $0.byRound[round - 1] : nil }
                            .reduce(0, +)
                    )
                } + [format.number(book.seatsFilled), "", ""]
        ]
        text += seats.render() + majorityLine(book, language: language) + "\n"
        text += "\n" + PublishingText.votesCastHeading(language) + "\n"
        var votes = TextTable(
            [.init("")]
                + book.votes.flatMap { [.init(PublishingText.round($0.round)(language), .right), .init("%", .right)] }
        )
        for row in voteRows(book, language: language) { votes.add(row) }
        text += votes.render()
        return text
    }

    // MARK: - Markdown

    /// GitHub-flavoured Markdown.
    public static func markdown(_ book: ResultsBook, language: Language) -> String {
        let format = Format(language)
        var text = "# \(escapeMarkdown(book.title(language)))\n\n" + header(book, language: language) + "\n"
        text += "## " + Word.seatsByParty(language) + "\n\n"
        let rounds = roundNumbers(book)
        text +=
            "| " + Word.party(language) + " | "
            + rounds.map { PublishingText.round($0)(language) }.joined(separator: " | ")
            + (rounds.isEmpty ? "" : " | ") + Word.total(language) + " | "
            + (book.previousElection ?? Word.before(language)) + " | " + Word.change(language) + " |\n"
        text += "|---|" + String(repeating: "--:|", count: rounds.count + 3) + "\n"
        for party in book.parties {
            text +=
                "| \(escapeMarkdown(party.displayName(language))) (\(escapeMarkdown(party.code))) | "
                + rounds.map { cell(party, round: $0) }.joined(separator: " | ") + (rounds.isEmpty ? "" : " | ")
                + "\(format.number(party.total)) | \(previous(party, language)) | \(change(party, format)) |\n"
        }
        text += "\n" + majorityLine(book, language: language) + "\n\n"
        text += "## " + PublishingText.votesCast(language) + "\n\n"
        text +=
            "| | " + book.votes.map { PublishingText.round($0.round)(language) + " | %" }.joined(separator: " | ")
            + " |\n"
        text += "|---|" + String(repeating: "--:|--:|", count: book.votes.count) + "\n"
        for row in voteRows(book, language: language) { text += "| " + row.joined(separator: " | ") + " |\n" }
        if !book.changes.isEmpty {
            text += "\n## " + PublishingText.provisionalAgainstFinal(language) + "\n\n"
            text +=
                "| "
                + [
                    Word.round(language), Word.constituency(language), Word.seatsTitle(language),
                    PublishingText.provisional(language), PublishingText.final(language), Word.because(language),
                ].joined(separator: " | ") + " |\n"
            text += "|--:|---|--:|---|---|---|\n"
            for change in book.changes {
                text +=
                    "| \(change.round) | \(escapeMarkdown(change.name)) | \(change.seats) | "
                    + "\(escapeMarkdown(change.provisional.text(language))) | \(escapeMarkdown(change.final.text(language))) | "
                    + "\(escapeMarkdown(change.causes.map { $0.text(language) }.joined(separator: "; "))) |\n"
            }
        }
        if !book.notes.isEmpty {
            text += "\n" + book.notes(language).map { "- " + escapeMarkdown($0) }.joined(separator: "\n") + "\n"
        }
        text += "\n" + PublishingText.source(escapeMarkdown(book.sourceText(language)))(language) + "\n"
        return text
    }

    // MARK: - Wikitext

    /// The reference article's layout: `{{Infobox legislative election}}`, then the seats table and
    /// the votes table as `wikitable`s (English, as the article).
    public static func wikitext(_ book: ResultsBook) -> String {
        let format = Format(.english)
        var text = "{{Infobox legislative election\n"
        text += "| election_name = \(wiki(book.name))\n"
        if let country = book.country { text += "| country = \(wiki(country))\n" }
        if let previous = book.previousElection { text += "| previous_election = \(wiki(previous))\n" }
        text +=
            "| seats_for_election = All \(book.seats) seats" + (book.body.isEmpty ? "" : " in the \(wiki(book.body))")
            + "\n"
        text += "| majority_seats = \(book.majority)\n"
        text +=
            "| election_date = "
            + book.rounds.map { "\(format.date($0.date)) (\(ordinal($0.round)) round)" }.joined(separator: "<br />")
            + "\n"
        text +=
            "| turnout = "
            + book.votes.map { "\(format.percent(basisPoints: $0.turnoutBasisPoints)) (\(ordinal($0.round)) round)" }
            .joined(separator: "<br />") + "\n"
        for (index, party) in book.seatedParties.enumerated() {
            let n = index + 1
            text += "| party\(n) = " + (party.kind == .party ? wikiLink(party.name) : wiki(party.name)) + "\n"
            if let leader = party.leader { text += "| leader\(n) = \(wiki(leader))\n" }
            if party.kind != .party && party.leader == nil { text += "| leader\(n) = –\n" }
            text += "| seats\(n) = \(party.total)\n"
            if party.isNew {
                text += "| last_election\(n) = New\n"
            } else if let previous = party.previous {
                text += "| last_election\(n) = \(previous)\n"
            }
        }
        text += "}}\n\n"
        // Seats.
        let rounds = roundNumbers(book)
        text += "{| class=\"wikitable\" style=\"text-align:right\"\n"
        text += "! colspan=\"2\" rowspan=\"2\" | Party !! colspan=\"\(rounds.count + 2)\" | Seats\n|-\n"
        text +=
            "! "
            + (rounds.map { "\(ordinal($0).capitalizedFirst) round" } + ["Total", "+/−"]).joined(separator: " !! ")
            + "\n"
        for party in book.parties {
            text += "|-\n| style=\"background:\(party.colour)\" | || style=\"text-align:left\" | "
            text += (party.kind == .party ? wikiLink(party.name) : wiki(party.name))
            for round in rounds { text += " || " + cell(party, round: round) }
            text += " || \(party.total) || " + change(party, format, newWord: "New") + "\n"
        }
        text += "|-\n! colspan=\"2\" | Total"
        for round in rounds {
            let sum = book.parties.compactMap { $0.byRound.indices.contains(round - 1) ? $0.byRound[round - 1] : nil }
                .reduce(0, +)
            text += " !! \(sum)"
        }
        text += " !! \(book.seatsFilled) !! –\n|}\n\n"
        // Votes cast.
        text += "{| class=\"wikitable\" style=\"text-align:right\"\n"
        text += "! rowspan=\"2\" | Votes cast"
        for votes in book.votes { text += " !! colspan=\"2\" | \(ordinal(votes.round).capitalizedFirst) round" }
        text += "\n|-\n! " + Array(repeating: "Votes !! %", count: book.votes.count).joined(separator: " !! ") + "\n"
        for row in voteRows(book, language: .english, plainPercent: true) {
            text += "|-\n| style=\"text-align:left\" | " + row.joined(separator: " || ") + "\n"
        }
        text +=
            "|-\n| colspan=\"\(1 + 2 * book.votes.count)\" style=\"text-align:left\" | Source: \(wiki(book.source))\n|}\n"
        return text
    }

    // MARK: - Shared pieces

    static func header(_ book: ResultsBook, language: Language) -> String {
        let format = Format(language)
        var lines: [String] = []
        if book.isSynthetic { lines.append("⚠ " + Word.synthetic(language)) }
        lines.append(
            book.rounds.map { PublishingText.roundLabel($0.round, format.date($0.date))(language) }
                .joined(separator: " · ")
        )
        lines.append(
            PublishingText.seatsAndMajority(seats: format.number(book.seats), majority: format.number(book.majority))(
                language
            )
        )
        return lines.joined(separator: "\n") + "\n"
    }

    static func majorityLine(_ book: ResultsBook, language: Language) -> String {
        if let holder = book.majorityHolder {
            return PublishingText.holdsMajority(holder: holder, majority: book.majority)(language)
        }
        guard let largest = book.seatedParties.first(where: { $0.kind == .party }) else { return "" }
        return PublishingText.noPartyMajority(majority: book.majority, largest: largest.code, seats: largest.total)(
            language
        )
    }

    static func roundNumbers(_ book: ResultsBook) -> [Int] {
        let count = book.parties.map(\.byRound.count).max() ?? 0
        return count == 0 ? [] : Array(1...count)
    }

    static func cell(_ party: ResultsBook.PartyLine, round: Int) -> String {
        guard party.byRound.indices.contains(round - 1), let value = party.byRound[round - 1] else { return "–" }
        return String(value)
    }

    static func previous(_ party: ResultsBook.PartyLine, _ language: Language) -> String {
        if party.isNew { return Word.new(language) }
        return party.previous.map(String.init) ?? "–"
    }

    static func change(_ party: ResultsBook.PartyLine, _ format: Format, newWord: String? = nil) -> String {
        if party.isNew { return newWord ?? Word.new(format.language) }
        return party.change.map { format.signed($0) } ?? "–"
    }

    /// Valid, invalid/blank, total, registered and turnout, each round's count and share.
    static func voteRows(_ book: ResultsBook, language: Language, plainPercent: Bool = false) -> [[String]] {
        let format = Format(language)
        func share(_ points: Int64?) -> String {
            guard let points else { return "–" }
            if !plainPercent { return format.percent(basisPoints: points) }
            let text = format.percent(basisPoints: points)
            return String(text.dropLast())
        }
        var rows: [[String]] = [
            [PublishingText.validVotes(language)], [PublishingText.invalidBlankVotes(language)],
            [Word.total(language)], [PublishingText.registeredTurnout(language)],
        ]
        for votes in book.votes {
            let figures = votes.figures
            rows[0] += [format.number(figures.valid), share(figures.validBasisPoints)]
            rows[1] += [format.number(figures.invalid), share(figures.invalidBasisPoints)]
            rows[2] += [format.number(figures.voters), plainPercent ? "100" : format.percent(basisPoints: 10_000)]
            rows[3] += [format.number(figures.registered), share(votes.turnoutBasisPoints)]
        }
        return rows
    }

    static func ordinal(_ round: Int) -> String {
        switch round {
        case 1: "first"
        case 2: "second"
        case 3: "third"
        default: "round \(round)"
        }
    }

    /// Text safe in wikitext: no template, table, link, formatting, signature or behaviour-switch
    /// syntax from the data.
    static func wiki(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "|": result += "&#124;"
            case "{": result += "&#123;"
            case "}": result += "&#125;"
            case "[": result += "&#91;"
            case "]": result += "&#93;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "'": result += "&#39;"
            case "~": result += "&#126;"
            case "_": result += "&#95;"
            case "=": result += "&#61;"
            case "&": result += "&amp;"
            case "\n", "\r": result += " "
            default: result.append(character)
            }
        }
        return result
    }

    /// A party as a wiki link when its name can be a page title, else as plain text.
    static func wikiLink(_ name: String) -> String {
        let titleSafe = !name.contains { "|{}[]<>#_~'=&\n\r".contains($0) }
        return titleSafe ? "[[\(name)]]" : wiki(name)
    }

    /// Text safe in a Markdown table cell.
    static func escapeMarkdown(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "|", "\\", "*", "_", "`", "[", "]", "<", ">": result += "\\" + String(character)
            case "\n", "\r": result += " "
            default: result.append(character)
            }
        }
        return result
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
