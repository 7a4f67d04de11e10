/// Everything an election is before any vote: its settings, parties, constituencies, lists,
/// candidates and polling stations, with the indices that tabulation needs.
///
/// Built by `DefinitionLoader` from a bundle and valid by construction: every reference resolves,
/// every constituency has lists and stations, seats add up.
public struct ElectionDefinition: Sendable {
    public let settings: ElectionSettings
    public let system: any ElectoralSystem
    public let thresholds: CheckThresholds
    public let parties: [Party]
    /// Region names, in the order constituencies first name them.
    public let regions: [String]
    public let constituencies: [Constituency]
    public let lists: [CandidateList]
    public let candidates: [Candidate]
    public let stations: StationTable
    /// Seats by party at the previous election, when `previous.csv` gives them.
    public let previous: PreviousSeats?

    // Indices, all dense arrays.
    let constituencyRegion: [Int]
    let listConstituency: [Int]
    /// A list's position among its constituency's lists.
    let listSlot: [Int]
    let listParties: [[Int]]
    let listsOfConstituency: [[Int]]
    /// Candidates of each list, by position.
    let candidatesOfList: [[Int]]
    let candidateParty: [Int?]
    var stationConstituency: [Int32] { stations.constituency }
    let stationsOfConstituency: [[Int32]]
    let partyIndex: [String: Int]
    let constituencyIndex: [String: Int]
    let listIndex: CodeIndex
    var stationIndex: CodeIndex { stations.index }

    init(
        settings: ElectionSettings,
        system: any ElectoralSystem,
        thresholds: CheckThresholds,
        parties: [Party],
        constituencies: [Constituency],
        lists: [CandidateList],
        candidates: [Candidate],
        stations: StationTable,
        previous: PreviousSeats?,
        partyIndex: [String: Int],
        constituencyIndex: [String: Int],
        listIndex: CodeIndex,
        listConstituency: [Int],
        listParties: [[Int]],
        candidateList: [Int],
        candidateParty: [Int?]
    ) {
        self.settings = settings
        self.system = system
        self.thresholds = thresholds
        self.parties = parties
        self.constituencies = constituencies
        self.lists = lists
        self.candidates = candidates
        self.stations = stations
        self.previous = previous
        self.partyIndex = partyIndex
        self.constituencyIndex = constituencyIndex
        self.listIndex = listIndex
        self.listConstituency = listConstituency
        self.listParties = listParties
        self.candidateParty = candidateParty

        var regions: [String] = []
        var regionIndex: [String: Int] = [:]
        var constituencyRegion: [Int] = []
        for constituency in constituencies {
            if let index = regionIndex[constituency.region] {
                constituencyRegion.append(index)
            } else {
                regionIndex[constituency.region] = regions.count
                constituencyRegion.append(regions.count)
                regions.append(constituency.region)
            }
        }
        self.regions = regions
        self.constituencyRegion = constituencyRegion

        var listsOfConstituency = Array(repeating: [Int](), count: constituencies.count)
        var listSlot = Array(repeating: 0, count: lists.count)
        for (list, constituency) in listConstituency.enumerated() {
            listSlot[list] = listsOfConstituency[constituency].count
            listsOfConstituency[constituency].append(list)
        }
        self.listsOfConstituency = listsOfConstituency
        self.listSlot = listSlot

        var candidatesOfList = Array(repeating: [Int](), count: lists.count)
        for (candidate, list) in candidateList.enumerated() { candidatesOfList[list].append(candidate) }
        self.candidatesOfList = candidatesOfList.map { members in
            members.sorted { candidates[$0].position < candidates[$1].position }
        }

        var stationsOfConstituency = Array(repeating: [Int32](), count: constituencies.count)
        for (station, constituency) in stations.constituency.enumerated() {
            stationsOfConstituency[Int(constituency)].append(Int32(station))
        }
        self.stationsOfConstituency = stationsOfConstituency
    }

    // MARK: Look-ups

    public func party(code: String) -> PartyID? { partyIndex[code].map(PartyID.init) }
    public func constituency(code: String) -> ConstituencyID? { constituencyIndex[code].map(ConstituencyID.init) }
    public func list(code: String) -> ListID? { listIndex.find(code).map(ListID.init) }
    public func station(code: String) -> StationID? { stationIndex.find(code).map(StationID.init) }

    public subscript(party: PartyID) -> Party { parties[party.index] }
    public subscript(constituency: ConstituencyID) -> Constituency { constituencies[constituency.index] }
    public subscript(list: ListID) -> CandidateList { lists[list.index] }
    public subscript(station: StationID) -> PollingStation { stations[station.index] }

    /// A station's code, without making the whole `PollingStation`.
    public func code(of station: StationID) -> String { stations.code(at: station.index) }

    /// A station's registered voters on the register.
    public func registered(at station: StationID) -> Int { Int(stations.registered[station.index]) }

    /// The region of a constituency.
    public func region(of constituency: ConstituencyID) -> RegionID {
        RegionID(constituencyRegion[constituency.index])
    }

    /// The constituency of a list.
    public func constituency(of list: ListID) -> ConstituencyID { ConstituencyID(listConstituency[list.index]) }

    /// The constituency of a polling station.
    public func constituency(of station: StationID) -> ConstituencyID {
        ConstituencyID(Int(stationConstituency[station.index]))
    }

    /// The lists running in a constituency, in file order.
    public func lists(in constituency: ConstituencyID) -> [ListID] {
        listsOfConstituency[constituency.index].map(ListID.init)
    }

    /// The polling stations of a constituency, in file order.
    public func stations(in constituency: ConstituencyID) -> [StationID] {
        stationsOfConstituency[constituency.index].map { StationID(Int($0)) }
    }

    /// The constituencies of a region, in file order.
    public func constituencies(in region: RegionID) -> [ConstituencyID] {
        constituencyRegion.indices.filter { constituencyRegion[$0] == region.index }.map(ConstituencyID.init)
    }

    /// The member parties of a list.
    public func parties(of list: ListID) -> [PartyID] { listParties[list.index].map(PartyID.init) }

    /// The candidates of a list, by position.
    public func candidates(of list: ListID) -> [Candidate] { candidatesOfList[list.index].map { candidates[$0] } }

    /// A list's member parties joined by `+` (`RPM+URD`), or its name when independent.
    public func label(of list: ListID) -> String {
        let value = lists[list.index]
        return value.parties.isEmpty ? value.name : value.parties.joined(separator: "+")
    }
}

/// Seats by party at the previous election (`previous.csv`).
public struct PreviousSeats: Sendable, Hashable {
    /// Seats by party index; a party absent here is new.
    public var byParty: [PartyID: Int]
    /// Seats won by independents, when the file gives them.
    public var independents: Int?

    public init(byParty: [PartyID: Int], independents: Int?) {
        self.byParty = byParty
        self.independents = independents
    }
}
