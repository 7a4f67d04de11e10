public import ScrutinCore

/// Results as published: what sources say about an election.
///
/// Each fact comes with its sources and certainty. Scrutin reads it, computes what it allows (shares, sums, changes, checks between
/// levels) and never adds a figure of its own.
///
/// The embedded Mali 2020 record comes from `shared/data/mali-2020` (see
/// `ScrutinReference.ReferenceData.mali2020`).
public struct PublishedRecord: Sendable {
    public struct Party: Sendable, Hashable {
        public var code: String
        /// The label as French-language sources print it (`ADEMA-PASJ`).
        public var label: String
        /// The English name, when the sources give one.
        public var englishName: String?
        public var leader: String?
        public var sources: [String]
    }

    public struct Constituency: Sendable, Hashable {
        public var code: String
        public var name: String
        public var region: String
        public var seats: Int
        public var certainty: Certainty
        public var sources: [String]
        public var note: String
    }

    /// What the sources say happened in one constituency, round and stage.
    public struct Outcome: Sendable, Hashable {
        public enum Status: String, Sendable, Hashable, Codable {
            case elected
            case runoff
            case unknown
        }

        public var constituency: String
        public var round: Int
        public var stage: Stage
        public var status: Status
        /// Member parties of the winning list.
        public var winner: [String]
        /// The runoff lists' member parties (either may be unknown: empty).
        public var runoffA: [String]
        public var runoffB: [String]
        public var winnerShareBasisPoints: Int64?
        public var votesA: Int64?
        public var votesB: Int64?
        public var certainty: Certainty
        public var note: String
        public var sources: [String]
    }

    /// Seats by party in one table of one source.
    public struct PartySeats: Sendable, Hashable {
        public var party: String
        public var year: Int
        /// The table, like `final-seed`, `provisional`, `final` (2013).
        public var stage: String
        public var round1: Int?
        public var round2: Int?
        public var total: Int?
        public var certainty: Certainty
        public var sources: [String]
        public var note: String
    }

    /// National figures of one round at one stage.
    public struct NationalFigures: Sendable, Hashable {
        public var round: Int
        /// `provisional`, `final` (the Court's figures as the press printed them) or `final-seed`.
        public var stage: String
        public var registered: Int64
        public var voters: Int64
        public var invalid: Int64
        public var valid: Int64
        /// The turnout as the source printed it.
        public var printedTurnoutBasisPoints: Int64?
        public var stations: Int?
        public var certainty: Certainty
        public var note: String
        public var sources: [String]

        /// Whether voters = invalid + valid.
        public var addsUp: Bool { voters == invalid + valid }
    }

    public struct Deputy: Sendable, Hashable {
        public var name: String
        public var gender: Gender?
        public var party: String?
        public var constituency: String?
        public var round: Int?
        public var certainty: Certainty
        public var sources: [String]
    }

    /// What the Court changed against the Ministry's provisional results.
    public struct CourtChange: Sendable, Hashable {
        /// `elected-in-round-1`, `runoff-pair`, `reversed` or `turnout`.
        public var kind: String
        /// Empty for national changes (turnout).
        public var constituency: String
        public var round: Int
        public var provisional: String
        public var final: String
        public var certainty: Certainty
        public var note: String
        public var sources: [String]
    }

    /// A fact of the free-form national table (`facts/national.csv`): a figure, a text value.
    public struct Fact: Sendable, Hashable {
        /// `1`, `2`, `all`, `candidacy`, `final`, `2013`.
        public var round: String
        public var figure: String
        public var value: String
        public var sources: [String]

        /// The first whole number of the value (`42` in `42 (28.57%) [conflict: 41 …]`).
        public var leadingNumber: Int64? { Self.numbers(in: value).first }

        /// The first whole number after `conflict:` (`41` above): the other sources' value.
        public var conflictingNumber: Int64? {
            guard let range = value.firstRange(of: "conflict:") else { return nil }
            return Self.numbers(in: String(value[range.upperBound...])).first
        }

        /// The whole numbers of a text, in order.
        ///
        /// Digit groups separated by single spaces join up (`208 508` is 208508); numbers with
        /// decimals (`28.57`) and numbers glued to letters (`S9`, `R1`) are left out.
        public static func numbers(in text: String) -> [Int64] {
            let characters = Array(text)
            func isDigit(_ index: Int) -> Bool {
                index >= 0 && index < characters.count && characters[index].isASCII && characters[index].isNumber
            }
            var numbers: [Int64] = []
            var index = 0
            while index < characters.count {
                guard isDigit(index) else {
                    index += 1
                    continue
                }
                let gluedToLetter = index > 0 && characters[index - 1].isLetter
                var value: Int64 = 0
                while index < characters.count {
                    if isDigit(index), let digit = characters[index].wholeNumberValue {
                        value = value &* 10 &+ Int64(digit)
                        index += 1
                    } else if characters[index] == " ", isDigit(index + 1), isDigit(index + 2), isDigit(index + 3),
                        !isDigit(index + 4), isDigit(index - 1)
                    {
                        index += 1
                    } else {
                        break
                    }
                }
                var hasDecimals = false
                if index + 1 < characters.count, characters[index] == "." || characters[index] == ",",
                    isDigit(index + 1)
                {
                    hasDecimals = true
                    index += 1
                    while isDigit(index) { index += 1 }
                }
                let gluedAfter = index < characters.count && characters[index].isLetter
                if !gluedToLetter && !gluedAfter && !hasDecimals { numbers.append(value) }
            }
            return numbers
        }
    }

    /// A source of the record (`SOURCES.md`).
    public struct Source: Sendable, Hashable {
        public var id: String
        public var address: String
        public var date: String
        public var gave: String
    }

    public var parties: [Party]
    public var constituencies: [Constituency]
    public var outcomes: [Outcome]
    public var seats: [PartySeats]
    public var national: [NationalFigures]
    public var deputies: [Deputy]
    public var courtChanges: [CourtChange]
    public var facts: [Fact]
    public var sources: [Source]

    public func party(_ code: String) -> Party? { parties.first { $0.code == code } }
    public func constituency(_ code: String) -> Constituency? { constituencies.first { $0.code == code } }
    public func fact(round: String, figure: String) -> Fact? {
        facts.first { $0.round == round && $0.figure.hasPrefix(figure) }
    }
    public func outcome(_ constituency: String, round: Int, stage: Stage) -> Outcome? {
        outcomes.first { $0.constituency == constituency && $0.round == round && $0.stage == stage }
    }
}
