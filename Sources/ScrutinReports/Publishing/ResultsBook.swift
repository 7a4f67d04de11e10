public import ScrutinCore

/// Everything a published document shows, in one value: the national summary, seats by party,
/// votes and turnout per round, regions, each constituency with its rounds, the rulings, and the
/// provisional-against-final difference.
///
/// Two sources make one: a count of tally sheets (a bundle or an election file) with its rulings,
/// or a published record (the embedded 2020 election) with its journal of declared results.
/// Every renderer (tables, wikitext, SVG, HTML, NIST) reads this value only, so they all show the
/// same figures.
public struct ResultsBook: Sendable, Hashable, Codable {
    public static let schemaVersion = "scrutin.book/1"

    public var schema = Self.schemaVersion
    public var name: String
    /// The name in French, when it differs (the embedded 2020 election's).
    public var frenchName: String?
    /// The country, when known (for the infobox and the standard export).
    public var country: String?
    /// ISO 3166-1 alpha-2 code, lower case (`ml`), for Open Civic Data ids.
    public var countryCode: String?
    /// The body elected, like `National Assembly`.
    public var body: String
    public var isSynthetic: Bool
    public var seats: Int
    public var majority: Int
    public var rounds: [RoundDate]
    public var previousElection: String?
    /// Which results these are: `final`, `provisional`, or `count` (as the sheets stand).
    public var stage: String
    /// Where the figures come from, in one line, in English and French.
    public var source: String
    public var frenchSource: String?
    public var parties: [PartyLine]
    /// Every party the election knows, by code: its name (lists name their member parties by
    /// code, and some of them hold no seat).
    public var partyNames: [String: String]
    /// The party code that holds an absolute majority, or nil.
    public var majorityHolder: String?
    public var women: Int?
    public var votes: [RoundVotes]
    public var regions: [Region]
    public var constituencies: [Constituency]
    /// What changed between the provisional and the final results, per constituency.
    public var changes: [Change]
    /// The rounds whose provisional and final results are both published (and so compared).
    public var comparedRounds: [Int]
    /// Notes a reader needs: conflicts between sources, figures that do not add up.
    public var notes: [String]
    /// The same notes in French, where they differ (the sources' own notes are in English).
    public var frenchNotes: [String]?

    public struct RoundDate: Sendable, Hashable, Codable {
        public var round: Int
        public var date: String
    }

    /// One line of the seat table: a party, the independents, or the other parties together.
    public struct PartyLine: Sendable, Hashable, Codable {
        public enum Kind: String, Sendable, Hashable, Codable {
            case party
            case independents
            case others
        }
        public var code: String
        public var name: String
        /// `#RRGGBB`: the bundle's colour, or one from `PartyColours` in a stable order.
        public var colour: String
        public var leader: String?
        public var kind: Kind
        /// Seats won in each round (nil where the sources do not say).
        public var byRound: [Int?]
        public var total: Int
        /// Seats at the previous election; nil when unknown or new.
        public var previous: Int?
        public var isNew: Bool
        public var change: Int? { isNew ? nil : previous.map { total - $0 } }

        /// The name to show: the independents' in the reader's language, a party's as it is.
        public func displayName(_ language: Language) -> String {
            kind == .independents ? Word.independents(language) : name
        }
    }

    /// A round's national figures: final (or as counted), and provisional when published apart.
    public struct RoundVotes: Sendable, Hashable, Codable {
        public var round: Int
        public var figures: Totals
        /// The turnout as published, when it was printed (basis points).
        public var printedTurnoutBasisPoints: Int64?
        public var provisional: Totals?
        public var provisionalTurnoutBasisPoints: Int64?
        /// Stations counted, not opened, quarantined, expected (a count only).
        public var coverage: Coverage?
        public var turnoutBasisPoints: Int64? { printedTurnoutBasisPoints ?? figures.turnoutBasisPoints }
    }

    public struct Region: Sendable, Hashable, Codable {
        public var name: String
        /// Turnout per round, in basis points, where known.
        public var turnoutBasisPoints: [Int: Int64]
        public var totals: [Int: Totals]
        /// Rounds with no vote in the region (its seats were all decided earlier).
        public var notHeld: [Int] = []
    }

    public struct Constituency: Sendable, Hashable, Codable {
        public var code: String
        public var name: String
        public var region: String
        public var seats: Int
        public var rounds: [ConstituencyRound]
        /// The rulings that touched it.
        public var rulings: [RulingText]
    }

    /// A ruling as cited, with what it did; `text(_:)` says it in a language.
    public struct RulingText: Sendable, Hashable, Codable {
        public var event: Int
        public var citation: String
        public var action: Ruling.Action

        public func text(_ language: Language) -> String {
            "\(citation): \(JournalText.describe(action, language: language))"
        }
    }

    public struct ConstituencyRound: Sendable, Hashable, Codable {
        public var round: Int
        /// `elected`, `runoff`, `tie`, `counting`, `blocked`, `annulled`, `unknown`.
        public var status: String
        /// The elected list's label, or the runoff pair's.
        public var lists: [String]
        /// Each list's votes, when counted or published.
        public var votes: [ListVotes]
        public var totals: Totals?
        public var coverage: Coverage?
        /// Stations whose sheets are quarantined, with the first problem's code.
        public var quarantined: [String]
        /// The provisional outcome, when it differs from this one.
        public var provisional: OutcomeText?
    }

    public struct ListVotes: Sendable, Hashable, Codable {
        public var code: String
        public var label: String
        public var votes: Int64?
        public var shareBasisPoints: Int64?
    }

    public struct Change: Sendable, Hashable, Codable {
        public var round: Int
        public var constituency: String
        public var name: String
        public var seats: Int
        public var provisional: OutcomeText
        public var final: OutcomeText
        public var causes: [Cause]
    }

    /// An outcome as a status word and the lists it names; `text(_:)` says it in a language.
    public struct OutcomeText: Sendable, Hashable, Codable {
        public var status: String
        public var lists: [String]

        public init(status: String, lists: [String]) {
            self.status = status
            self.lists = lists
        }

        public init(_ outcome: ResultsSnapshot.Outcome) {
            status = ResultsBook.status(outcome)
            lists = ResultsBook.lists(outcome)
        }

        public func text(_ language: Language) -> String {
            ReportText.outcomeSummary(status: status, lists: lists)(language)
        }
    }

    /// An event that caused a change: its number, kind and what it cites.
    public struct Cause: Sendable, Hashable, Codable {
        public var event: Int
        public var kind: String
        public var text: String

        public func text(_ language: Language) -> String {
            RecordText.cause(sequence: event, kind: kind, text: text)(language)
        }
    }

    /// The parties that hold seats, in the table's order.
    public var seatedParties: [PartyLine] { parties.filter { $0.total > 0 } }

    /// The seats counted in the table.
    public var seatsFilled: Int { parties.map(\.total).reduce(0, +) }

    public func constituency(_ code: String) -> Constituency? { constituencies.first { $0.code == code } }

    /// The notes in a language.
    public func notes(_ language: Language) -> [String] {
        switch language {
        case .english: notes
        case .french: frenchNotes ?? notes
        }
    }

    /// The election's name in a language.
    public func title(_ language: Language) -> String {
        switch language {
        case .english: name
        case .french: frenchName ?? name
        }
    }

    /// Where the figures come from, in a language.
    public func sourceText(_ language: Language) -> String {
        switch language {
        case .english: source
        case .french: frenchSource ?? source
        }
    }

    /// `separateColours()`, for tests.
    public mutating func separateColoursForTesting() { separateColours() }

    /// Gives each seated party its own colour: a colour used by a larger party goes to the
    /// next palette colour still free (bundle colours are hints; two neighbours of one colour
    /// would read as one bloc).
    mutating func separateColours() {
        var used = Set<String>()
        var next = 0
        for index in parties.indices where parties[index].total > 0 {
            let colour = parties[index].colour.uppercased()
            if used.insert(colour).inserted { continue }
            while used.contains(PartyColours.colour(at: next).uppercased()) && next < PartyColours.palette.count * 2 {
                next += 1
            }
            parties[index].colour = PartyColours.colour(at: next)
            used.insert(parties[index].colour.uppercased())
        }
    }
}

/// Stable party colours for parties the data give none: a palette of 20 distinguishable colours,
/// taken in the seat table's order (largest first), with grey for independents and others.
public enum PartyColours {
    public static let palette = [
        "#1F77B4", "#D62728", "#2CA02C", "#FF7F0E", "#9467BD", "#8C564B", "#E377C2", "#17BECF", "#BCBD22",
        "#393B79", "#AD494A", "#637939", "#E7BA52", "#7B4173", "#FDAE6B", "#843C39", "#8CA252", "#DE9ED6",
        "#9C9EDE", "#E6550D",
    ]
    public static let independents = "#9E9E9E"
    public static let others = "#C7C7C7"

    /// The colour of the n-th party (from 0) in the table's order.
    public static func colour(at index: Int) -> String { palette[index % palette.count] }
}

extension ResultsBook {
    /// The book restricted to one round: that round's votes and each constituency's outcome in it.
    public func only(round: Int) -> ResultsBook {
        var copy = self
        copy.rounds = rounds.filter { $0.round == round }
        copy.votes = votes.filter { $0.round == round }
        copy.regions = regions.map { region in
            var region = region
            region.turnoutBasisPoints = region.turnoutBasisPoints.filter { $0.key == round }
            region.totals = region.totals.filter { $0.key == round }
            return region
        }
        copy.constituencies = constituencies.map { constituency in
            var constituency = constituency
            constituency.rounds = constituency.rounds.filter { $0.round == round }
            return constituency
        }
        copy.changes = changes.filter { $0.round == round }
        copy.comparedRounds = comparedRounds.filter { $0 == round }
        return copy
    }
}
