public import ScrutinCore

/// A small election whose every figure is computed by hand in the comments, for tests.
///
/// Two regions, two constituencies, four seats (majority 3):
///
/// - `N1` North (Region One), 3 seats, lists `LA-N1` (A), `LB-N1` (B+C), `LI-N1` (independents).
///   Round 1: LA 150+80 = 230, LB 100+90 = 190, LI 40+25 = 65; valid 290+195 = 485.
///   230 × 2 = 460 ≤ 485: no majority, runoff LA-N1 vs LB-N1.
///   Round 2: LA 130+90 = 220, LB 142+96 = 238: LB-N1 wins its 3 seats (B F, C M, B M).
/// - `S1` South (Region Two), 1 seat, lists `LA-S1` (A), `LB-S1` (B).
///   Round 1: LA 100+60 = 160 of valid 147+98 = 245; 320 > 245: LA-S1 elected (A, M).
///
/// Seats: A 1 (round 1), B 2 and C 1 (round 2); nobody holds 3; one woman elected.
/// Previous (`previous.csv`): A 2, B 1, independents 1; C is new.
public enum Fixture {
    public static let election = """
        {"name": "Fixture election", "seats": 4, "system": "two-round-block-vote",
         "rounds": [{"round": 1, "date": "2024-03-03"}, {"round": 2, "date": "2024-03-24"}],
         "previous": "2019"}
        """

    public static let parties = """
        code,name,color
        A,Alpha,#FF0000
        B,Beta,
        C,"Gamma, the third",#0000FF
        """

    public static let constituencies = """
        code,name,region,seats
        N1,North,Region One,3
        S1,South,Region Two,1
        """

    public static let lists = """
        code,constituency,name,parties
        LA-N1,N1,Alpha North,A
        LB-N1,N1,Beta-Gamma,B+C
        LI-N1,N1,Independents North,
        LA-S1,S1,Alpha South,A
        LB-S1,S1,Beta South,B
        """

    public static let candidates = """
        list,position,name,gender,party
        LA-N1,1,Awa Diallo,F,A
        LA-N1,2,Bakary Keïta,M,A
        LA-N1,3,Cheick Traoré,M,A
        LB-N1,1,Djeneba Coulibaly,F,B
        LB-N1,2,Fousseyni Sangaré,M,C
        LB-N1,3,Oumar Sidibé,M,B
        LI-N1,1,Hawa Maïga,F,
        LI-N1,2,Kadiatou Cissé,F,
        LI-N1,3,Ibrahim Touré,M,
        LA-S1,1,Moussa Dembélé,M,A
        LB-S1,1,Nana Konaté,F,B
        """

    public static let stations = """
        code,constituency,name,registered
        N1-01,N1,École A,500
        N1-02,N1,"Mairie, salle 2",400
        S1-01,S1,École B,300
        S1-02,S1,École C,200
        """

    public static let previous = """
        party,seats
        A,2
        B,1
        ,1
        """

    public static let round1Sheets = """
        station,registered,voters,invalid,valid
        N1-01,500,300,10,290
        N1-02,400,200,5,195
        S1-01,300,150,3,147
        S1-02,200,100,2,98
        """

    public static let round1Votes = """
        station,list,votes
        N1-01,LA-N1,150
        N1-01,LB-N1,100
        N1-01,LI-N1,40
        N1-02,LA-N1,80
        N1-02,LB-N1,90
        N1-02,LI-N1,25
        S1-01,LA-S1,100
        S1-01,LB-S1,47
        S1-02,LA-S1,60
        S1-02,LB-S1,38
        """

    public static let round2Sheets = """
        station,registered,voters,invalid,valid
        N1-01,500,280,8,272
        N1-02,400,190,4,186
        """

    public static let round2Votes = """
        station,list,votes
        N1-01,LA-N1,130
        N1-01,LB-N1,142
        N1-02,LA-N1,90
        N1-02,LB-N1,96
        """

    /// The whole fixture, both rounds.
    public static var bundle: InMemoryBundle {
        InMemoryBundle(
            name: "fixture",
            texts: [
                BundleLayout.election: election,
                BundleLayout.parties: parties,
                BundleLayout.constituencies: constituencies,
                BundleLayout.lists: lists,
                BundleLayout.candidates: candidates,
                BundleLayout.stations: stations,
                BundleLayout.previous: previous,
                BundleLayout.sheets(round: 1): round1Sheets,
                BundleLayout.votes(round: 1): round1Votes,
                BundleLayout.sheets(round: 2): round2Sheets,
                BundleLayout.votes(round: 2): round2Votes,
            ].mapValues { $0 + "\n" }
        )
    }

    /// The fixture with one file replaced (or removed, with nil).
    public static func bundle(replacing path: String, with text: String?) -> InMemoryBundle {
        var bundle = bundle
        bundle[text: path] = text.map { $0.hasSuffix("\n") ? $0 : $0 + "\n" }
        return bundle
    }

    /// The fixture with one line of a file replaced (lines counted from 1, header included).
    public static func bundle(replacingLine line: Int, of path: String, with text: String) -> InMemoryBundle {
        var bundle = bundle
        var lines = (bundle[text: path] ?? "").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[line - 1] = text
        bundle[text: path] = lines.joined(separator: "\n")
        return bundle
    }

    /// The fixture with lines appended to a file.
    public static func bundle(appending text: String, to path: String) -> InMemoryBundle {
        var bundle = bundle
        bundle[text: path] = (bundle[text: path] ?? "") + text + "\n"
        return bundle
    }
}

/// A bundle whose given files exist but cannot be read, like a file without read permission.
public struct UnreadableFiles: BundleSource {
    public struct ReadError: Error, CustomStringConvertible {
        public var description: String { "Permission denied" }
    }

    public var base: InMemoryBundle
    public var unreadable: Set<String>

    public init(_ base: InMemoryBundle, unreadable: Set<String>) {
        self.base = base
        self.unreadable = unreadable
    }

    public var name: String { base.name }

    public func read(_ path: String) throws -> [UInt8]? {
        if unreadable.contains(path) { throw ReadError() }
        return try base.read(path)
    }

    public func names(in folder: String) -> [String] { base.names(in: folder) }
}

/// A bundle some of whose paths are not regular files (a folder, a device, a named pipe), as a
/// folder on disk reports them.
public struct SpecialFiles: BundleSource {
    public var base: InMemoryBundle
    public var special: [String: NotARegularFile.Kind]

    public init(_ base: InMemoryBundle, special: [String: NotARegularFile.Kind]) {
        self.base = base
        self.special = special
    }

    public var name: String { base.name }

    public func read(_ path: String) throws -> [UInt8]? {
        if let kind = special[path] { throw NotARegularFile(kind) }
        return try base.read(path)
    }

    public func names(in folder: String) -> [String] { base.names(in: folder) }
}

/// Everything a count says, as one comparable value: for checking that two ways of reading a
/// bundle (one thread, several) give the same count.
public struct CountSummary: Hashable, Sendable {
    public var problems: [Problem]
    public var constituencies: [[ConstituencyCount]]
    public var nations: [AreaCount]
    public var regions: [[AreaCount]]
    public var seats: SeatTable
    public var sheets: [[String]]

    public init(_ count: ElectionCount) {
        problems = count.problems
        constituencies = count.rounds.map(\.constituencies)
        nations = count.rounds.map(\.nation)
        regions = count.rounds.map(\.regions)
        seats = count.seats
        sheets = count.rounds.map { round in
            (0..<round.sheets.count).map { sheet in
                let figures = round.sheets.figures(ofSheet: sheet)
                let votes = round.sheets.votes(ofSheet: sheet, in: count.definition).map {
                    "\($0.list.index):\($0.votes ?? -1)"
                }
                return
                    "\(round.sheets.stationCode(ofSheet: sheet, in: count.definition)) \(round.sheets.line(ofSheet: sheet)) "
                    + "\(round.sheets.state(ofSheet: sheet)) \(String(describing: figures)) \(votes)"
            }
        }
    }
}
