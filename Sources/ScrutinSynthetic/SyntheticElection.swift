public import ScrutinCore

/// Deterministic synthetic elections, for tests and benchmarks.
///
/// Bundles shaped like a real two-round block-vote election, made from a seed. Never real data: `election.json` says
/// `"synthetic": true`, the name says so, and a `README.txt` in the bundle says so again.
///
/// Everything is integer arithmetic on a SplitMix64 stream, so one seed gives the same bytes
/// everywhere. Round 1 has a few dominant lists (decided at once) and many open races; the
/// runoff pairs of round 2 are decided by `TwoRoundBlockVote` on the generated round-1 totals,
/// and round 2 is generated for those constituencies only. About 3.6 % of stations do not open
/// in round 1 (as in Mali in 2020: 797 of 22,147).
public enum SyntheticElection {
    /// What to generate.
    public struct Parameters: Sendable, Hashable {
        public var stations: Int
        public var constituencies: Int
        public var seed: UInt64
        /// The range of lists per constituency.
        public var lists: ClosedRange<Int>
        /// Deliberate problems in round 1's sheets.
        ///
        /// In turn: a second sheet for a station (E106),
        /// voters ≠ invalid + valid (E101), votes not adding up (E102), a sheet for an unknown
        /// station (E105), a negative figure (E107), votes for another constituency's list (E103),
        /// more voters than registered (W201, W202). A constituency with an error gets no round 2.
        public var defects: Int

        public init(
            stations: Int,
            constituencies: Int,
            seed: UInt64,
            lists: ClosedRange<Int> = 2...12,
            defects: Int = 0
        ) {
            self.stations = stations
            self.constituencies = constituencies
            self.seed = seed
            self.lists = lists
            self.defects = defects
        }

        /// Why the parameters cannot make a bundle, or nil.
        public var problem: CommandText? {
            if constituencies < 1 { return .needConstituency }
            if stations < constituencies { return .needStationPerConstituency }
            if lists.lowerBound < 2 { return .needTwoLists }
            if lists.upperBound > 99 { return .atMost99Lists }
            if stations > 10_000_000 { return .atMostStations }
            if defects < 0 || defects > stations { return .defectsRange }
            return nil
        }
    }

    /// The rounds' dates in every synthetic bundle.
    static let dates = ["2030-03-31", "2030-04-21"]

    /// Makes a bundle.
    ///
    /// - Parameters:
    ///   - parameters: the size and the seed; `parameters.problem` must be nil.
    ///   - progress: called with (constituencies done, constituencies in all), for a progress bar.
    /// - Returns: the bundle's files.
    /// - Complexity: O(stations × lists).
    public static func generate(
        _ parameters: Parameters,
        progress: (Int, Int) -> Void = { _, _ in }
    ) -> InMemoryBundle {
        var generator = Generator(parameters: parameters)
        return generator.run(progress: progress)
    }
}

/// A deliberate problem in a round-1 sheet (see `SyntheticElection.Parameters.defects`).
private enum Defect: Int, CaseIterable {
    case duplicateSheet, voterBalance, voteSum, unknownStation, negative, listNotRunning, aboveRegistered

    /// Whether the defect holds the sheet (an error), rather than flagging it.
    var blocks: Bool { self != .unknownStation && self != .aboveRegistered }
}

private struct Generator {
    let parameters: SyntheticElection.Parameters
    var random: SplitMix64
    /// The defects to write, by constituency and station position.
    var defects: [Int: [Int: Defect]] = [:]

    // Definition
    var constituencyCodes: [String] = []
    var seats: [Int] = []
    var partyCount = 0
    /// For each constituency, its lists' codes and member parties (indices).
    var lists: [[(code: String, parties: [Int])]] = []
    var stationCodes: [[String]] = []
    var registered: [[Int]] = []
    /// Each list's popularity in its constituency.
    var weights: [[Int]] = []

    init(parameters: SyntheticElection.Parameters) {
        self.parameters = parameters
        self.random = SplitMix64(seed: parameters.seed)
    }

    static let firstNames = [
        "Aminata", "Awa", "Fatoumata", "Kadiatou", "Mariam", "Oumou", "Hawa", "Assitan", "Djeneba", "Salimata",
        "Moussa", "Mamadou", "Ibrahim", "Oumar", "Bakary", "Modibo", "Seydou", "Souleymane", "Abdoulaye", "Adama",
    ]
    static let womenCount = 10
    static let familyNames = [
        "Traoré", "Keïta", "Coulibaly", "Diarra", "Touré", "Cissé", "Sangaré", "Maïga", "Diallo", "Konaté",
        "Sidibé", "Dembélé", "Sacko", "Doumbia", "Kanté", "Ba", "Guindo", "Dicko", "Samaké", "Bagayoko",
    ]
    static let colors = [
        "#1F77B4", "#FF7F0E", "#2CA02C", "#D62728", "#9467BD", "#8C564B", "#E377C2", "#7F7F7F", "#BCBD22", "#17BECF",
    ]

    mutating func run(progress: (Int, Int) -> Void) -> InMemoryBundle {
        let count = parameters.constituencies
        var files: [String: [UInt8]] = [:]
        makeDefinition()

        let digits = String(count).count
        let regionCount = max(1, (count + 5) / 6)
        var constituencies = ByteWriter()
        constituencies.text("code,name,region,seats\n")
        for index in 0..<count {
            constituencies.text(constituencyCodes[index])
            constituencies.text(
                ",Constituency \(pad(index + 1, digits)),Region \(pad(index * regionCount / count + 1, 2)),"
            )
            constituencies.number(seats[index])
            constituencies.newline()
        }
        files[BundleLayout.constituencies] = constituencies.bytes

        var parties = ByteWriter()
        parties.text("code,name,color\n")
        for party in 0..<partyCount {
            parties.text("\(partyCode(party)),Party \(pad(party + 1, 2)) (synthetic),")
            parties.text(Self.colors[party % Self.colors.count])
            parties.newline()
        }
        files[BundleLayout.parties] = parties.bytes

        var listFile = ByteWriter()
        var candidateFile = ByteWriter()
        listFile.text("code,constituency,name,parties\n")
        candidateFile.text("list,position,name,gender,party\n")
        for constituency in 0..<count {
            for (index, list) in lists[constituency].enumerated() {
                listFile.text("\(list.code),\(constituencyCodes[constituency]),")
                let members = list.parties.map(partyCode)
                switch members.count {
                case 0: listFile.text("Independent list \(index + 1)")
                case 1: listFile.text("Party list \(members[0])")
                default: listFile.text("Alliance " + members.joined(separator: "-"))
                }
                listFile.comma()
                listFile.text(members.joined(separator: "+"))
                listFile.newline()
                writeCandidates(list, seats: seats[constituency], into: &candidateFile)
            }
        }
        files[BundleLayout.lists] = listFile.bytes
        files[BundleLayout.candidates] = candidateFile.bytes

        var stationFile = ByteWriter(reservingCapacity: parameters.stations * 36)
        stationFile.text("code,constituency,name,registered\n")
        for constituency in 0..<count {
            for (index, code) in stationCodes[constituency].enumerated() {
                stationFile.text("\(code),\(constituencyCodes[constituency]),Bureau \(index + 1),")
                stationFile.number(registered[constituency][index])
                stationFile.newline()
            }
        }
        files[BundleLayout.stations] = stationFile.bytes

        // Round 1, then round 2 where round 1 calls for a runoff.
        // Where the defects go: spread over constituencies and stations by arithmetic alone, so the
        // random stream (and so every clean figure) is the same with or without defects.
        for number in 0..<parameters.defects {
            let constituency = (number * 31 + 7) % count
            let station = (number * 7 + 3) % stationCodes[constituency].count
            let kinds = Defect.allCases
            defects[constituency, default: [:]][station] = kinds[number % kinds.count]
        }
        let totalLists = lists.reduce(0) { $0 + $1.count }
        let averageLists = max(1, totalLists / count)
        var round1 = RoundWriter(stations: parameters.stations, lists: averageLists)
        var runoffs: [Int: [Int]] = [:]
        var closedInRound1: [Set<Int>] = []
        for constituency in 0..<count {
            let (totals, closed) = writeRound1(constituency, into: &round1)
            closedInRound1.append(closed)
            let entries = totals.votes.enumerated().map { Contest.Entry(list: ListID($0.offset), votes: $0.element) }
            let contest = Contest(round: 1, seats: seats[constituency], totals: totals.totals, entries: entries)
            let blocked = (defects[constituency] ?? [:]).contains { !closed.contains($0.key) && $0.value.blocks }
            if !blocked, case .runoff(let pair) = TwoRoundBlockVote().decide(contest) {
                runoffs[constituency] = pair.map(\.index)
            }
            progress(constituency + 1, count * 2)
        }
        files[BundleLayout.sheets(round: 1)] = round1.sheets.bytes
        files[BundleLayout.votes(round: 1)] = round1.votes.bytes
        files[BundleLayout.closed(round: 1)] = round1.closed.bytes

        var round2 = RoundWriter(stations: parameters.stations / 2, lists: 2)
        for constituency in 0..<count {
            if let pair = runoffs[constituency] {
                writeRound2(constituency, pair: pair, closedBefore: closedInRound1[constituency], into: &round2)
            }
            progress(count + constituency + 1, count * 2)
        }
        files[BundleLayout.sheets(round: 2)] = round2.sheets.bytes
        files[BundleLayout.votes(round: 2)] = round2.votes.bytes
        files[BundleLayout.closed(round: 2)] = round2.closed.bytes

        let totalSeats = seats.reduce(0, +)
        files[BundleLayout.election] = Array(
            """
            {"name": "Synthetic election (seed \(parameters.seed))", "seats": \(totalSeats), \
            "system": "two-round-block-vote", "synthetic": true, "previous": "previous",
             "rounds": [{"round": 1, "date": "\(SyntheticElection.dates[0])"}, \
            {"round": 2, "date": "\(SyntheticElection.dates[1])"}]}

            """.utf8
        )
        files[BundleLayout.previous] = previousSeats(total: totalSeats)
        files["README.txt"] = Array(
            """
            SYNTHETIC DATA. Generated by `scrutin generate` with seed \(parameters.seed), \
            \(parameters.stations) stations and \(count) constituencies.
            Every name, code and figure here is made up. These are not the results of any election.

            """.utf8
        )
        return InMemoryBundle(name: "synthetic (seed \(parameters.seed))", files: files)
    }

    func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    func partyCode(_ party: Int) -> String { "P" + pad(party + 1, 2) }

    mutating func makeDefinition() {
        let count = parameters.constituencies
        let digits = max(3, String(count).count)
        partyCount = 12 + min(count, 2_000) / 25
        // Seat counts from 1 to 7, most constituencies small, as in Mali.
        let seatWeights = [11, 18, 13, 5, 2, 1, 3]
        let weightSum = seatWeights.reduce(0, +)
        for index in 0..<count {
            constituencyCodes.append("C" + pad(index + 1, digits))
            var pick = random.int(in: 0...(weightSum - 1))
            var value = 1
            for (offset, weight) in seatWeights.enumerated() {
                if pick < weight {
                    value = offset + 1
                    break
                }
                pick -= weight
            }
            seats.append(value)
        }

        // Stations: one each, the rest in proportion to seats times a random factor.
        let shares = (0..<count).map { seats[$0] * random.int(in: 2...6) }
        let shareSum = shares.reduce(0, +)
        let extra = parameters.stations - count
        var stationCounts = shares.map { 1 + extra * $0 / shareSum }
        var remaining = parameters.stations - stationCounts.reduce(0, +)
        var cursor = 0
        while remaining > 0 {
            stationCounts[cursor % count] += 1
            remaining -= 1
            cursor += 1
        }
        let stationDigits = max(3, String(stationCounts.max() ?? 1).count)
        for constituency in 0..<count {
            stationCodes.append(
                (1...stationCounts[constituency]).map { "\(constituencyCodes[constituency])-\(pad($0, stationDigits))" }
            )
            registered.append((0..<stationCounts[constituency]).map { _ in random.int(in: 150...650) })
        }

        // Lists: each party at most once per constituency, alone, in an alliance, or none.
        for constituency in 0..<count {
            var available = Array(0..<partyCount)
            for index in stride(from: available.count - 1, to: 0, by: -1) {
                available.swapAt(index, random.int(in: 0...index))
            }
            let listCount = random.int(in: parameters.lists)
            var made: [(code: String, parties: [Int])] = []
            for index in 0..<listCount {
                let size: Int
                if random.chance(perMille: 100) || available.isEmpty {
                    size = 0
                } else {
                    let roll = random.int(in: 0...9)
                    size = min(available.count, roll < 7 ? 1 : roll < 9 ? 2 : 3)
                }
                let members = Array(available.prefix(size)).sorted()
                available.removeFirst(size)
                made.append(("\(constituencyCodes[constituency])-L\(pad(index + 1, 2))", members))
            }
            lists.append(made)
            // Popularity; one constituency in four has a dominant list.
            var popularity = made.map { _ in random.int(in: 1...100) }
            if random.chance(perMille: 250) {
                let favourite = random.int(in: 0...(made.count - 1))
                popularity[favourite] += popularity.reduce(0, +) * 12 / 10
            }
            weights.append(popularity)
        }
    }

    mutating func writeCandidates(
        _ list: (code: String, parties: [Int]),
        seats: Int,
        into writer: inout ByteWriter
    ) {
        // At least 30 % women on lists of three or more (Law 2015-052), placed at random.
        let women = seats >= 3 ? (seats * 3 + 9) / 10 : random.int(in: 0...seats)
        var genders =
            Array(repeating: Gender.female, count: women) + Array(repeating: Gender.male, count: seats - women)
        for index in stride(from: genders.count - 1, to: 0, by: -1) {
            genders.swapAt(index, random.int(in: 0...index))
        }
        for position in 1...seats {
            let gender = genders[position - 1]
            let first =
                gender == .female
                ? Self.firstNames[random.int(in: 0...(Self.womenCount - 1))]
                : Self.firstNames[random.int(in: Self.womenCount...(Self.firstNames.count - 1))]
            let family = Self.familyNames[random.int(in: 0...(Self.familyNames.count - 1))]
            writer.text("\(list.code),")
            writer.number(position)
            // The list code in the name keeps names unique across lists (C003).
            writer.text(",\(first) \(family) \(list.code)-\(position),\(gender.rawValue),")
            if !list.parties.isEmpty { writer.text(partyCode(list.parties[(position - 1) % list.parties.count])) }
            writer.newline()
        }
    }

    struct RoundWriter {
        var sheets: ByteWriter
        var votes: ByteWriter
        var closed = ByteWriter()

        init(stations: Int, lists: Int) {
            sheets = ByteWriter(reservingCapacity: stations * 32)
            votes = ByteWriter(reservingCapacity: stations * lists * 24)
            sheets.text("station,registered,voters,invalid,valid\n")
            votes.text("station,list,votes\n")
            closed.text("station,reason\n")
        }
    }

    struct ConstituencyTotals {
        var totals = Totals.zero
        var votes: [Int64]
    }

    /// Splits `valid` votes among lists in proportion to noisy weights; exact integers.
    mutating func split(_ valid: Int, weights: [Int]) -> [Int] {
        let noisy = weights.map { $0 * random.int(in: 80...120) }
        let sum = max(1, noisy.reduce(0, +))
        var votes = noisy.map { valid * $0 / sum }
        let largest = noisy.indices.max { noisy[$0] < noisy[$1] } ?? 0
        votes[largest] += valid - votes.reduce(0, +)
        return votes
    }

    mutating func writeSheet(
        station: String,
        registered: Int,
        turnout: Int,
        lists: [String],
        weights: [Int],
        defect: Defect? = nil,
        otherList: String = "",
        into round: inout RoundWriter
    ) -> (totals: Totals, votes: [Int]) {
        let voters = registered * turnout / 1_000
        let invalid = voters * random.int(in: 10...80) / 1_000
        let valid = voters - invalid
        let votes = split(valid, weights: weights)
        var line = ByteWriter()
        line.text(station)
        line.comma()
        line.number(defect == .aboveRegistered ? max(0, voters - 1) : registered)
        line.comma()
        line.number(defect == .voterBalance ? voters + 1 : voters)
        line.comma()
        line.number(defect == .negative ? -1 : invalid)
        line.comma()
        line.number(valid)
        line.newline()
        round.sheets.bytes += line.bytes
        if defect == .duplicateSheet { round.sheets.bytes += line.bytes }
        if defect == .unknownStation { round.sheets.text("\(station)-UNKNOWN,100,10,0,10\n") }
        for (index, list) in lists.enumerated() {
            round.votes.text(station)
            round.votes.comma()
            round.votes.text(list)
            round.votes.comma()
            round.votes.number(defect == .voteSum && index == 0 ? votes[index] + 1 : votes[index])
            round.votes.newline()
        }
        if defect == .listNotRunning { round.votes.text("\(station),\(otherList),0\n") }
        return (
            Totals(registered: Int64(registered), voters: Int64(voters), invalid: Int64(invalid), valid: Int64(valid)),
            votes
        )
    }

    mutating func writeRound1(_ constituency: Int, into round: inout RoundWriter) -> (ConstituencyTotals, Set<Int>) {
        let codes = lists[constituency].map(\.code)
        var totals = ConstituencyTotals(votes: Array(repeating: 0, count: codes.count))
        var closed: Set<Int> = []
        let base = random.int(in: 150...600)
        for (index, station) in stationCodes[constituency].enumerated() {
            if random.chance(perMille: 36) {
                closed.insert(index)
                round.closed.text("\(station),insecurity\n")
                continue
            }
            let turnout = min(980, max(20, base + random.int(in: -80...80)))
            let sheet = writeSheet(
                station: station,
                registered: registered[constituency][index],
                turnout: turnout,
                lists: codes,
                weights: weights[constituency],
                defect: defects[constituency]?[index],
                otherList: lists[(constituency + 1) % lists.count][0].code,
                into: &round
            )
            totals.totals += sheet.totals
            for (slot, votes) in sheet.votes.enumerated() { totals.votes[slot] += Int64(votes) }
        }
        return (totals, closed)
    }

    mutating func writeRound2(_ constituency: Int, pair: [Int], closedBefore: Set<Int>, into round: inout RoundWriter) {
        let codes = pair.map { lists[constituency][$0].code }
        let pairWeights = pair.map { weights[constituency][$0] }
        let base = random.int(in: 150...600)
        for (index, station) in stationCodes[constituency].enumerated() {
            if closedBefore.contains(index) || random.chance(perMille: 10) {
                round.closed.text("\(station),insecurity\n")
                continue
            }
            let turnout = min(980, max(20, base + random.int(in: -80...80)))
            _ = writeSheet(
                station: station,
                registered: registered[constituency][index],
                turnout: turnout,
                lists: codes,
                weights: pairWeights,
                into: &round
            )
        }
    }

    /// Seats of a made-up previous election: every seat to some party, a few to independents.
    mutating func previousSeats(total: Int) -> [UInt8] {
        var seatsByParty = Array(repeating: 0, count: partyCount + 1)
        for _ in 0..<total {
            // Lower-numbered parties are larger; the last slot is the independents'.
            let party = min(random.int(in: 0...partyCount), random.int(in: 0...partyCount))
            seatsByParty[party] += 1
        }
        var writer = ByteWriter()
        writer.text("party,seats\n")
        for party in 0..<partyCount where seatsByParty[party] > 0 {
            writer.text(partyCode(party) + ",")
            writer.number(seatsByParty[party])
            writer.newline()
        }
        writer.text(",")
        writer.number(seatsByParty[partyCount])
        writer.newline()
        return writer.bytes
    }
}
