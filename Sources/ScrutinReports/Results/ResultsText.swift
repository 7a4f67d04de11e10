public import ScrutinCore

/// `scrutin results` as text for a terminal.
public enum ResultsText {
    /// Renders the document.
    ///
    /// - Parameters:
    ///   - document: the results.
    ///   - language: the language to write in.
    /// - Returns: the text, ending with a newline.
    public static func render(_ document: ResultsDocument, language: Language) -> String {
        let format = Format(language)
        var text = header(document, format: format)
        let detailed =
            document.rounds.contains { $0.stations != nil }
            && document.rounds.allSatisfy {
                $0.constituencies.count == 1
            }
        for round in document.rounds {
            text += "\n" + self.round(round, format: format, detailed: detailed)
        }
        text += "\n" + seats(document, format: format)
        return text
    }

    static func header(_ document: ResultsDocument, format: Format) -> String {
        let language = format.language
        let election = document.election
        let system = ElectoralSystems.named(election.system)?.name(language) ?? election.system
        let dates = election.rounds.map { format.date($0.date) }.joined(separator: ", ")
        var text = "\(election.name)\n"
        text += "\(system) · \(format.number(election.seats)) \(Word.seats(language)) · "
        text += "\(Word.majority(language)) \(format.number(election.majority)) · \(dates)\n"
        if election.synthetic { text += "⚠ \(Word.synthetic(language))\n" }
        return text
    }

    static func figuresLines(_ figures: ResultsDocument.Figures, format: Format) -> String {
        let language = format.language
        let stations = figures.stations
        var text = "\(Word.stations(language))\(format.colon)\(format.fraction(stations.counted, stations.expected)) "
        text += "\(Word.counted(language)) · \(format.number(stations.closed)) \(Word.closed(language)) · "
        text += "\(format.number(stations.quarantined)) \(Word.quarantined(language)) · "
        text += "\(format.number(stations.missing)) \(Word.missing(language))\n"
        text += "\(Word.registered(language)) \(format.number(figures.registered)) · "
        text += "\(Word.voters(language)) \(format.number(figures.voters)) · "
        text += "\(Word.turnout(language)) \(format.percent(basisPoints: figures.turnoutBasisPoints)) · "
        text += "\(Word.invalid(language)) \(format.number(figures.invalid)) "
        text += "(\(format.percent(basisPoints: figures.invalidBasisPoints))) · "
        text += "\(Word.valid(language)) \(format.number(figures.valid))\n"
        return text
    }

    static func round(_ round: ResultsDocument.Round, format: Format, detailed: Bool) -> String {
        let language = format.language
        var text = "\(Word.round(language).uppercased()) \(round.round) · \(format.date(round.date))"
        if !round.held { text += " · \(Word.notHeld(language))" }
        text += "\n"
        if !detailed {
            text += figuresLines(round.nation, format: format)
            text +=
                "\(Word.constituencies(language))\(format.colon)\(format.fraction(round.decided, round.contested)) "
            text += "\(Word.decided(language))\n\n"
            text += regionsTable(round, format: format)
            text += "\n"
            text += constituencyTable(round, format: format)
        } else {
            for constituency in round.constituencies {
                text += detail(constituency, stations: round.stations ?? [], format: format)
            }
        }
        return text
    }

    static func regionsTable(_ round: ResultsDocument.Round, format: Format) -> String {
        let language = format.language
        var table = TextTable([
            .init(Word.region(language)), .init(Word.constituencies(language), .right),
            .init(Word.stations(language), .right), .init(Word.registered(language), .right),
            .init(Word.voters(language), .right), .init(Word.turnout(language), .right),
        ])
        for region in round.regions where region.contested > 0 {
            let stations = region.figures.stations
            table.add([
                region.name, "\(region.decided)/\(region.contested)",
                "\(format.number(stations.counted + stations.closed))/\(format.number(stations.expected))",
                format.number(region.figures.registered), format.number(region.figures.voters),
                format.percent(basisPoints: region.figures.turnoutBasisPoints),
            ])
        }
        return table.render()
    }

    static func constituencyTable(_ round: ResultsDocument.Round, format: Format) -> String {
        let language = format.language
        var table = TextTable([
            .init(Word.code(language)), .init(Word.constituency(language)), .init(Word.region(language)),
            .init(Word.seatsTitle(language), .right), .init(Word.stations(language), .right),
            .init(Word.turnout(language), .right), .init(Word.result(language)),
        ])
        for constituency in round.constituencies {
            let stations = constituency.figures.map {
                "\(format.number($0.stations.counted + $0.stations.closed))/\(format.number($0.stations.expected))"
            }
            table.add([
                constituency.code, constituency.name, constituency.region, String(constituency.seats), stations ?? "",
                constituency.figures.map { format.percent(basisPoints: $0.turnoutBasisPoints) } ?? "",
                outcome(constituency, format: format),
            ])
        }
        return table.render()
    }

    /// A constituency's outcome in one line.
    ///
    /// For example `Elected: LA-S1 (A) 65.31%` or `Runoff: LA-N1 (A) 47.42% vs LB-N1 (B+C) 39.18%`.
    public static func outcome(_ constituency: ResultsDocument.Constituency, format: Format) -> String {
        let language = format.language
        func describe(_ code: String) -> String {
            guard let list = constituency.lists.first(where: { $0.code == code }) else { return code }
            let parties = list.parties.isEmpty ? Word.independents(language) : list.parties.joined(separator: "+")
            return "\(code) (\(parties)) \(format.percent(basisPoints: list.shareBasisPoints))"
        }
        switch constituency.status {
        case .elected:
            return Word.elected(language) + format.colon + (constituency.elected.map(describe) ?? "")
        case .runoff:
            return Word.runoff(language) + format.colon
                + (constituency.runoff ?? []).map(describe).joined(separator: " \(Word.versus(language)) ")
        case .tie:
            guard let tie = constituency.tie else { return Word.tie(language) }
            if tie.stake == Tie.Stake.vacancy.rawValue {
                return Word.rulingNeeded(language) + format.colon + tie.tied.joined(separator: ", ") + " — "
                    + ReportText.vacancy(places: tie.places)(language)
            }
            let reason =
                tie.stake == Tie.Stake.seats.rawValue
                ? Word.tieForSeats(language) : ReportText.tieForRunoff(places: tie.places)(language)
            return Word.tie(language) + format.colon + tie.tied.joined(separator: ", ") + " — " + reason
        case .counting:
            let leaders = constituency.leaders ?? []
            if leaders.isEmpty { return Word.countingNothing(language) }
            return Word.countingLeads(language) + format.colon + leaders.map(describe).joined(separator: ", ")
        case .blocked:
            return Word.blocked(language)
        case .annulled:
            return Word.annulled(language)
        case .decidedEarlier:
            return Word.decidedEarlier(language)
        case .awaitingEarlierRound:
            return Word.awaitingEarlier(language)
        }
    }

    static func detail(
        _ constituency: ResultsDocument.Constituency,
        stations: [ResultsDocument.Station],
        format: Format
    ) -> String {
        let language = format.language
        var text = "\(constituency.code) \(constituency.name) · \(constituency.region) · "
        text += "\(constituency.seats) \(Word.seats(language))\n"
        if let figures = constituency.figures { text += figuresLines(figures, format: format) }
        text += "\(Word.result(language))\(format.colon)\(outcome(constituency, format: format))\n"
        if !constituency.lists.isEmpty {
            var table = TextTable([
                .init(Word.list(language)), .init(Word.name(language)), .init(Word.parties(language)),
                .init(Word.votes(language), .right), .init(Word.share(language), .right),
            ])
            for list in constituency.lists {
                table.add([
                    list.code, list.name,
                    list.parties.isEmpty ? Word.independents(language) : list.parties.joined(separator: "+"),
                    format.number(list.votes), format.percent(basisPoints: list.shareBasisPoints),
                ])
            }
            text += "\n" + table.render()
        }
        if !stations.isEmpty {
            var table = TextTable([
                .init(Word.code(language)), .init(Word.name(language)), .init(Word.state(language)),
                .init(Word.registered(language), .right), .init(Word.voters(language), .right),
                .init(Word.invalid(language), .right), .init(Word.valid(language), .right),
                .init(Word.turnout(language), .right),
            ])
            for station in stations {
                table.add([
                    station.code, station.name, stateWord(station.state, language: language),
                    format.number(station.registered ?? Int64(station.registeredOnRegister)),
                    station.voters.map(format.number) ?? "", station.invalid.map(format.number) ?? "",
                    station.valid.map(format.number) ?? "", format.percent(basisPoints: station.turnoutBasisPoints),
                ])
            }
            text += "\n" + table.render()
        }
        return text
    }

    static func stateWord(_ state: String, language: Language) -> String {
        switch state {
        case "counted": Word.counted(language)
        case "closed": Word.closed(language)
        case "quarantined": Word.quarantined(language)
        default: Word.missing(language)
        }
    }

    static func seats(_ document: ResultsDocument, format: Format) -> String {
        let language = format.language
        let seats = document.seats
        var columns: [TextTable.Column] = [.init(Word.party(language)), .init(Word.name(language))]
        for round in document.election.rounds {
            columns.append(.init("\(Word.round(language).prefix(1))\(round.round)", .right))
        }
        columns.append(.init(Word.total(language), .right))
        let hasPrevious = document.election.previousElection != nil
        if hasPrevious {
            columns.append(.init(document.election.previousElection ?? "", .right))
            columns.append(.init(Word.change(language), .right))
        }
        columns.append(.init(Word.women(language), .right))
        var table = TextTable(columns)
        for row in seats.parties {
            var cells = [row.party ?? "–", row.party == nil ? Word.independents(language) : row.name]
            cells += row.byRound.map { String($0) }
            cells.append(String(row.total))
            if hasPrevious {
                cells.append(row.previous.map { String($0) } ?? "–")
                cells.append(row.change.map(format.signed) ?? (row.new == true ? Word.new(language) : "–"))
            }
            cells.append(String(row.women))
            table.add(cells)
        }
        var totals = [Word.total(language), ""]
        for index in document.election.rounds.indices {
            totals.append(String(seats.parties.reduce(0) { $0 + (index < $1.byRound.count ? $1.byRound[index] : 0) }))
        }
        totals.append(String(seats.filled))
        if hasPrevious {
            totals.append(String(seats.parties.reduce(0) { $0 + ($1.previous ?? 0) }))
            totals.append("")
        }
        totals.append(String(seats.women))
        table.footer = [totals]

        var text = "\(Word.seatsByParty(language).uppercased())\n"
        text += seats.parties.isEmpty ? "" : table.render()
        text +=
            ReportText.majorityLine(majority: format.number(seats.majority), seats: format.number(seats.seats))(
                language
            ) + " "
        if let holder = seats.majorityHolder {
            let total = seats.parties.first { $0.party == holder }?.total ?? 0
            text += ReportText.majorityHeld(holder: holder, seats: format.number(total))(language) + "\n"
        } else {
            text += Word.majorityNobody(language) + "\n"
        }
        if seats.undecided > 0 {
            text += ReportText.undecidedSeats(format.number(seats.undecided))(language) + "\n"
        }
        if seats.unfilled > 0 { text += ReportText.unfilledSeats(format.number(seats.unfilled))(language) + "\n" }
        text +=
            ReportText.womenElected(
                format.number(seats.women),
                of: format.number(seats.filled),
                share: format.percent(Int64(seats.women), of: Int64(seats.filled))
            )(language)
            + "\n"
        return text
    }
}
