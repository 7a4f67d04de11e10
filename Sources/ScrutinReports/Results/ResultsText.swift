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
        text += "\(system) · \(format.number(election.seats)) \(Words.seats(language)) · "
        text += "\(Words.majority(language)) \(format.number(election.majority)) · \(dates)\n"
        if election.synthetic { text += "⚠ \(Words.synthetic(language))\n" }
        return text
    }

    static func figuresLines(_ figures: ResultsDocument.Figures, format: Format) -> String {
        let language = format.language
        let stations = figures.stations
        var text = "\(Words.stations(language))\(format.colon)\(format.fraction(stations.counted, stations.expected)) "
        text += "\(Words.counted(language)) · \(format.number(stations.closed)) \(Words.closed(language)) · "
        text += "\(format.number(stations.quarantined)) \(Words.quarantined(language)) · "
        text += "\(format.number(stations.missing)) \(Words.missing(language))\n"
        text += "\(Words.registered(language)) \(format.number(figures.registered)) · "
        text += "\(Words.voters(language)) \(format.number(figures.voters)) · "
        text += "\(Words.turnout(language)) \(format.percent(basisPoints: figures.turnoutBasisPoints)) · "
        text += "\(Words.invalid(language)) \(format.number(figures.invalid)) "
        text += "(\(format.percent(basisPoints: figures.invalidBasisPoints))) · "
        text += "\(Words.valid(language)) \(format.number(figures.valid))\n"
        return text
    }

    static func round(_ round: ResultsDocument.Round, format: Format, detailed: Bool) -> String {
        let language = format.language
        var text = "\(Words.round(language).uppercased()) \(round.round) · \(format.date(round.date))"
        if !round.held { text += " · \(Words.notHeld(language))" }
        text += "\n"
        if !detailed {
            text += figuresLines(round.nation, format: format)
            text +=
                "\(Words.constituencies(language))\(format.colon)\(format.fraction(round.decided, round.contested)) "
            text += "\(Words.decided(language))\n\n"
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
            .init(Words.region(language)), .init(Words.constituencies(language), .right),
            .init(Words.stations(language), .right), .init(Words.registered(language), .right),
            .init(Words.voters(language), .right), .init(Words.turnout(language), .right),
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
            .init(Words.code(language)), .init(Words.constituency(language)), .init(Words.region(language)),
            .init(Words.seatsTitle(language), .right), .init(Words.stations(language), .right),
            .init(Words.turnout(language), .right), .init(Words.result(language)),
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
            let parties = list.parties.isEmpty ? Words.independents(language) : list.parties.joined(separator: "+")
            return "\(code) (\(parties)) \(format.percent(basisPoints: list.shareBasisPoints))"
        }
        switch constituency.status {
        case .elected:
            return Words.elected(language) + format.colon + (constituency.elected.map(describe) ?? "")
        case .runoff:
            return Words.runoff(language) + format.colon
                + (constituency.runoff ?? []).map(describe).joined(separator: " vs ")
        case .tie:
            guard let tie = constituency.tie else { return Words.tie(language) }
            if tie.stake == Tie.Stake.vacancy.rawValue {
                return Words.rulingNeeded(language) + format.colon + tie.tied.joined(separator: ", ") + " — "
                    + Words.vacancy.format(language, [String(tie.places)])
            }
            let reason =
                tie.stake == Tie.Stake.seats.rawValue
                ? Words.tieForSeats(language) : Words.tieForRunoff.format(language, [String(tie.places)])
            return Words.tie(language) + format.colon + tie.tied.joined(separator: ", ") + " — " + reason
        case .counting:
            let leaders = constituency.leaders ?? []
            if leaders.isEmpty { return Words.countingNothing(language) }
            return Words.countingLeads(language) + format.colon + leaders.map(describe).joined(separator: ", ")
        case .blocked:
            return Words.blocked(language)
        case .annulled:
            return Words.annulled(language)
        case .decidedEarlier:
            return Words.decidedEarlier(language)
        case .awaitingEarlierRound:
            return Words.awaitingEarlier(language)
        }
    }

    static func detail(
        _ constituency: ResultsDocument.Constituency,
        stations: [ResultsDocument.Station],
        format: Format
    ) -> String {
        let language = format.language
        var text = "\(constituency.code) \(constituency.name) · \(constituency.region) · "
        text += "\(constituency.seats) \(Words.seats(language))\n"
        if let figures = constituency.figures { text += figuresLines(figures, format: format) }
        text += "\(Words.result(language))\(format.colon)\(outcome(constituency, format: format))\n"
        if !constituency.lists.isEmpty {
            var table = TextTable([
                .init(Words.list(language)), .init(Words.name(language)), .init(Words.parties(language)),
                .init(Words.votes(language), .right), .init(Words.share(language), .right),
            ])
            for list in constituency.lists {
                table.add([
                    list.code, list.name,
                    list.parties.isEmpty ? Words.independents(language) : list.parties.joined(separator: "+"),
                    format.number(list.votes), format.percent(basisPoints: list.shareBasisPoints),
                ])
            }
            text += "\n" + table.render()
        }
        if !stations.isEmpty {
            var table = TextTable([
                .init(Words.code(language)), .init(Words.name(language)), .init(Words.state(language)),
                .init(Words.registered(language), .right), .init(Words.voters(language), .right),
                .init(Words.invalid(language), .right), .init(Words.valid(language), .right),
                .init(Words.turnout(language), .right),
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
        case "counted": Words.counted(language)
        case "closed": Words.closed(language)
        case "quarantined": Words.quarantined(language)
        default: Words.missing(language)
        }
    }

    static func seats(_ document: ResultsDocument, format: Format) -> String {
        let language = format.language
        let seats = document.seats
        var columns: [TextTable.Column] = [.init(Words.party(language)), .init(Words.name(language))]
        for round in document.election.rounds {
            columns.append(.init("\(Words.round(language).prefix(1))\(round.round)", .right))
        }
        columns.append(.init(Words.total(language), .right))
        let hasPrevious = document.election.previousElection != nil
        if hasPrevious {
            columns.append(.init(document.election.previousElection ?? "", .right))
            columns.append(.init(Words.change(language), .right))
        }
        columns.append(.init(Words.women(language), .right))
        var table = TextTable(columns)
        for row in seats.parties {
            var cells = [row.party ?? "–", row.party == nil ? Words.independents(language) : row.name]
            cells += row.byRound.map { String($0) }
            cells.append(String(row.total))
            if hasPrevious {
                cells.append(row.previous.map { String($0) } ?? "–")
                cells.append(row.change.map(format.signed) ?? (row.new == true ? Words.new(language) : "–"))
            }
            cells.append(String(row.women))
            table.add(cells)
        }
        var totals = [Words.total(language), ""]
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

        var text = "\(Words.seatsByParty(language).uppercased())\n"
        text += seats.parties.isEmpty ? "" : table.render()
        text += Words.majorityLine.format(language, [format.number(seats.majority), format.number(seats.seats)]) + " "
        if let holder = seats.majorityHolder {
            let total = seats.parties.first { $0.party == holder }?.total ?? 0
            text += Words.majorityHeld.format(language, [holder, format.number(total)]) + "\n"
        } else {
            text += Words.majorityNobody(language) + "\n"
        }
        if seats.undecided > 0 {
            text += Words.undecidedSeats.format(language, [format.number(seats.undecided)]) + "\n"
        }
        if seats.unfilled > 0 { text += Words.unfilledSeats.format(language, [format.number(seats.unfilled)]) + "\n" }
        text +=
            Words.womenElected.format(
                language,
                [
                    format.number(seats.women), format.number(seats.filled),
                    format.percent(Int64(seats.women), of: Int64(seats.filled)),
                ]
            )
            + "\n"
        return text
    }
}
