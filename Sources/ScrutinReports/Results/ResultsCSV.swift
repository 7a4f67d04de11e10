import ScrutinCore

/// `scrutin results --format csv`: one table per level, stable columns, shares as exact decimals.
public enum ResultsCSV {
    /// The level of detail of a CSV table.
    public enum Level: String, CaseIterable, Sendable {
        case nation
        case region
        case constituency
        /// One row per list per constituency per round: the default.
        case list
        case station
        /// Seats by party.
        case seats
        /// The elected candidates.
        case elected
    }

    /// `35.58` from 3558 hundredths of a percent (exact, not a float); empty when absent.
    static func decimal(_ basisPoints: Int64?) -> String {
        guard let points = basisPoints else { return "" }
        let cents = points.magnitude % 100
        return "\(points < 0 ? "-" : "")\(points.magnitude / 100).\(cents < 10 ? "0" : "")\(cents)"
    }

    static let figureColumns = [
        "stations_expected", "stations_counted", "stations_closed", "stations_quarantined", "stations_missing",
        "roll", "registered", "voters", "invalid", "valid", "turnout_percent", "invalid_percent",
    ]

    static func figureFields(_ figures: ResultsDocument.Figures?) -> [String] {
        guard let figures else { return Array(repeating: "", count: figureColumns.count) }
        let stations = figures.stations
        return [
            stations.expected, stations.counted, stations.closed, stations.quarantined, stations.missing,
        ].map(String.init)
            + [figures.roll, figures.registered, figures.voters, figures.invalid, figures.valid].map(String.init)
            + [decimal(figures.turnoutBasisPoints), decimal(figures.invalidBasisPoints)]
    }

    /// Renders one level of the document.
    public static func render(_ document: ResultsDocument, level: Level) -> String {
        switch level {
        case .nation:
            var csv = CSVText(
                header: ["round", "date", "held", "constituencies_contested", "constituencies_decided"] + figureColumns
            )
            for round in document.rounds {
                csv.add(
                    [
                        String(round.round), round.date, String(round.held), String(round.contested),
                        String(round.decided),
                    ]
                        + figureFields(round.nation)
                )
            }
            return csv.text
        case .region:
            var csv = CSVText(
                header: ["round", "region", "constituencies_contested", "constituencies_decided"] + figureColumns
            )
            for round in document.rounds {
                for region in round.regions {
                    csv.add(
                        [String(round.round), region.name, String(region.contested), String(region.decided)]
                            + figureFields(region.figures)
                    )
                }
            }
            return csv.text
        case .constituency:
            var csv = CSVText(
                header: [
                    "round", "constituency", "name", "region", "seats", "status", "elected", "runoff", "leaders",
                    "tied",
                ]
                    + figureColumns
            )
            for round in document.rounds {
                for constituency in round.constituencies {
                    csv.add(
                        [
                            String(round.round), constituency.code, constituency.name, constituency.region,
                            String(constituency.seats), constituency.status.rawValue, constituency.elected ?? "",
                            (constituency.runoff ?? []).joined(separator: " "),
                            (constituency.leaders ?? []).joined(separator: " "),
                            (constituency.tie?.tied ?? []).joined(separator: " "),
                        ] + figureFields(constituency.figures)
                    )
                }
            }
            return csv.text
        case .list:
            var csv = CSVText(header: [
                "round", "constituency", "constituency_name", "rank", "list", "list_name", "parties", "votes",
                "share_percent", "status",
            ])
            for round in document.rounds {
                for constituency in round.constituencies {
                    for (rank, list) in constituency.lists.enumerated() {
                        var status = ""
                        if constituency.elected == list.code { status = "elected" }
                        if constituency.runoff?.contains(list.code) == true { status = "runoff" }
                        if constituency.tie?.tied.contains(list.code) == true { status = "tied" }
                        if constituency.tie?.settled.contains(list.code) == true { status = "runoff" }
                        csv.add([
                            String(round.round), constituency.code, constituency.name, String(rank + 1), list.code,
                            list.name, list.parties.joined(separator: "+"), String(list.votes),
                            decimal(list.shareBasisPoints), status,
                        ])
                    }
                }
            }
            return csv.text
        case .station:
            var csv = CSVText(header: [
                "round", "station", "name", "constituency", "state", "registered_on_register", "registered", "voters",
                "invalid", "valid", "turnout_percent", "closed_reason",
            ])
            for round in document.rounds {
                for station in round.stations ?? [] {
                    csv.add([
                        String(round.round), station.code, station.name, station.constituency, station.state,
                        String(station.registeredOnRegister), station.registered.map(String.init) ?? "",
                        station.voters.map(String.init) ?? "", station.invalid.map(String.init) ?? "",
                        station.valid.map(String.init) ?? "", decimal(station.turnoutBasisPoints),
                        station.closedReason ?? "",
                    ])
                }
            }
            return csv.text
        case .seats:
            let rounds = document.election.rounds.map { "round\($0.round)" }
            var csv = CSVText(header: ["party", "name"] + rounds + ["total", "previous", "change", "new", "women"])
            for row in document.seats.parties {
                csv.add(
                    [row.party ?? "", row.name] + row.byRound.map(String.init)
                        + [
                            String(row.total), row.previous.map(String.init) ?? "", row.change.map(String.init) ?? "",
                            row.new == true ? "true" : "", String(row.women),
                        ]
                )
            }
            return csv.text
        case .elected:
            var csv = CSVText(header: ["name", "gender", "party", "list", "constituency", "round"])
            for person in document.seats.elected {
                csv.add([
                    person.name, person.gender, person.party ?? "", person.list, person.constituency,
                    String(person.round),
                ])
            }
            return csv.text
        }
    }
}
