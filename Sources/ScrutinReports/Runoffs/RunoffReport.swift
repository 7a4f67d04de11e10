public import ScrutinCore

/// `scrutin runoffs`: after round 1, each constituency's runoff pair, what an official needs to
/// print round-2 ballots; and the constituencies that cannot have ballots yet.
public struct RunoffReport: Codable, Sendable, Hashable {
    public static let schemaVersion = "scrutin.runoffs/1"

    public struct Runoff: Codable, Sendable, Hashable {
        public var constituency: String
        public var name: String
        public var region: String
        public var seats: Int
        /// The two lists, with their round-1 votes, most votes first.
        public var lists: [ResultsDocument.ListResult]
    }

    public struct Settled: Codable, Sendable, Hashable {
        public var constituency: String
        public var name: String
        /// The status in round 1 (`elected`, `tie`, `counting`, `blocked`).
        public var status: ResultsDocument.Status
        /// The elected list, when elected.
        public var list: String?
        /// What the status means, in the report's language.
        public var detail: String
    }

    public var schema = Self.schemaVersion
    public var election: String
    public var synthetic: Bool
    public var date: String
    public var runoffs: [Runoff]
    public var electedInRound1: [Settled]
    /// Constituencies whose pair is not known yet: ballots cannot be printed.
    public var unsettled: [Settled]

    /// Whether every constituency is either elected or has its pair.
    public var isComplete: Bool { unsettled.isEmpty }

    public init(_ count: ElectionCount, language: Language) {
        let document = ResultsDocument(count, selection: .init(round: 1))
        let format = Format(language)
        election = document.election.name
        synthetic = document.election.synthetic
        date = document.election.rounds.first { $0.round == 2 }?.date ?? ""
        runoffs = []
        electedInRound1 = []
        unsettled = []
        for constituency in document.rounds.first?.constituencies ?? [] {
            let detail = ResultsText.outcome(constituency, format: format)
            switch constituency.status {
            case .runoff:
                let pair = constituency.runoff ?? []
                runoffs.append(
                    Runoff(
                        constituency: constituency.code,
                        name: constituency.name,
                        region: constituency.region,
                        seats: constituency.seats,
                        lists: constituency.lists.filter { pair.contains($0.code) }
                    )
                )
            case .elected:
                electedInRound1.append(
                    Settled(
                        constituency: constituency.code,
                        name: constituency.name,
                        status: .elected,
                        list: constituency.elected,
                        detail: detail
                    )
                )
            default:
                unsettled.append(
                    Settled(
                        constituency: constituency.code,
                        name: constituency.name,
                        status: constituency.status,
                        list: nil,
                        detail: detail
                    )
                )
            }
        }
    }

    public func text(language: Language) -> String {
        let format = Format(language)
        var text = "\(election)\n"
        if synthetic { text += "⚠ \(Word.synthetic(language))\n" }
        text += "\(ReportText.runoffsTitle(language).uppercased()) · \(format.date(date))\n"
        text +=
            ReportText.runoffCount(runoffs: runoffs.count, elected: electedInRound1.count, unsettled: unsettled.count)(
                language
            ) + "\n\n"
        if !runoffs.isEmpty {
            var table = TextTable([
                .init(Word.code(language)), .init(Word.constituency(language)),
                .init(Word.seatsTitle(language), .right),
                .init("\(Word.list(language)) A"), .init(Word.parties(language)),
                .init(Word.votes(language), .right),
                .init(Word.share(language), .right), .init("\(Word.list(language)) B"),
                .init(Word.parties(language)),
                .init(Word.votes(language), .right), .init(Word.share(language), .right),
            ])
            for runoff in runoffs {
                var row = [runoff.constituency, runoff.name, String(runoff.seats)]
                for list in runoff.lists {
                    row += [
                        "\(list.code) \(list.name)",
                        list.parties.isEmpty ? Word.independents(language) : list.parties.joined(separator: "+"),
                        format.number(list.votes), format.percent(basisPoints: list.shareBasisPoints),
                    ]
                }
                table.add(row)
            }
            text += table.render() + "\n"
        }
        if !electedInRound1.isEmpty {
            text += ReportText.electedInRound1Title(language) + "\n"
            for settled in electedInRound1 {
                text += "  \(settled.constituency) \(settled.name)\(format.colon)\(settled.detail)\n"
            }
            text += "\n"
        }
        if !unsettled.isEmpty {
            text += ReportText.unsettledTitle(language) + "\n"
            for settled in unsettled {
                text += "  \(settled.constituency) \(settled.name)\(format.colon)\(settled.detail)\n"
            }
        }
        return text
    }

    /// One row per constituency with a runoff.
    public var csv: String {
        var csv = CSVText(header: [
            "constituency", "name", "region", "seats", "list_a", "list_a_name", "list_a_parties", "list_a_votes",
            "list_a_share_percent", "list_b", "list_b_name", "list_b_parties", "list_b_votes", "list_b_share_percent",
        ])
        for runoff in runoffs {
            var row = [runoff.constituency, runoff.name, runoff.region, String(runoff.seats)]
            for list in runoff.lists {
                row += [
                    list.code, list.name, list.parties.joined(separator: "+"), String(list.votes),
                    ResultsCSV.decimal(list.shareBasisPoints),
                ]
            }
            csv.add(row)
        }
        return csv.text
    }
}
