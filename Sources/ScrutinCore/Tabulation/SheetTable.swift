/// The tally sheets of one round, stored column by column.
///
/// A national round is a million sheets and seven million vote figures, so the table keeps them
/// in flat arrays of 32-bit integers rather than one object per sheet: about 28 bytes a sheet
/// plus 4 a vote. Each sheet owns one vote slot per list of its constituency, in the
/// constituency's list order; a slot with no vote row holds -1 and counts as zero.
public struct SheetTable: Sendable {
    /// Whether a sheet is counted or held back.
    public enum State: UInt8, Sendable {
        case counted
        case quarantined
        /// Taken out by a ruling (annulled, corrected, or its station marked as not opened).
        case withdrawn
    }

    var station: [Int32] = []
    var line: [Int32] = []
    var registered: [Int32] = []
    var voters: [Int32] = []
    var invalid: [Int32] = []
    var valid: [Int32] = []
    var voteStart: [Int32] = []
    var state: [State] = []
    var votes: [Int32] = []
    /// For each station, its first sheet, or -1.
    var sheetOfStation: [Int32]
    /// The code written on sheets whose station is unknown.
    var unknownStationCodes: [Int: String] = [:]
    /// Where sheets came from: a round's `sheets.csv`, the journal (`line` is then the event's
    /// number), or sheets submitted one by one; `fileOfSheet` indexes it.
    var files: [String] = []
    var fileOfSheet: [UInt8] = []

    init(stationCount: Int) {
        sheetOfStation = Array(repeating: -1, count: stationCount)
    }

    public var count: Int { station.count }

    /// The columns that a parallel read writes, as raw buffers.
    struct Columns {
        static let names = ["registered", "voters", "invalid", "valid"]
        var station: UnsafeMutableBufferPointer<Int32>
        var line: UnsafeMutableBufferPointer<Int32>
        var registered: UnsafeMutableBufferPointer<Int32>
        var voters: UnsafeMutableBufferPointer<Int32>
        var invalid: UnsafeMutableBufferPointer<Int32>
        var valid: UnsafeMutableBufferPointer<Int32>

        /// Sets a figure: 0 registered, 1 voters, 2 invalid, 3 valid.
        @inline(__always)
        func set(figure: Int, row: Int, _ value: Int32) {
            switch figure {
            case 0: registered[row] = value
            case 1: voters[row] = value
            case 2: invalid[row] = value
            default: valid[row] = value
            }
        }
    }

    /// Calls `body` with the columns as raw buffers.
    mutating func withColumns<Result>(_ body: (Columns) -> Result) -> Result {
        station.withUnsafeMutableBufferPointer { station in
            line.withUnsafeMutableBufferPointer { line in
                registered.withUnsafeMutableBufferPointer { registered in
                    voters.withUnsafeMutableBufferPointer { voters in
                        invalid.withUnsafeMutableBufferPointer { invalid in
                            valid.withUnsafeMutableBufferPointer { valid in
                                body(
                                    Columns(
                                        station: station,
                                        line: line,
                                        registered: registered,
                                        voters: voters,
                                        invalid: invalid,
                                        valid: valid
                                    )
                                )
                            }
                        }
                    }
                }
            }
        }
    }

    /// Reserves room for this many sheets in every column.
    mutating func reserve(sheets: Int) {
        station.reserveCapacity(sheets)
        line.reserveCapacity(sheets)
        registered.reserveCapacity(sheets)
        voters.reserveCapacity(sheets)
        invalid.reserveCapacity(sheets)
        valid.reserveCapacity(sheets)
        voteStart.reserveCapacity(sheets)
        state.reserveCapacity(sheets)
        fileOfSheet.reserveCapacity(sheets)
    }

    /// Vote figures recorded (rows of `votes.csv` that found their sheet's slot).
    public var voteRowCount: Int { votes.count { $0 >= 0 } }

    /// The sheet of a station, if it has one.
    public func sheet(of station: StationID) -> Int? {
        let index = Int(sheetOfStation[station.index])
        return index < 0 ? nil : index
    }

    /// The station of a sheet, or nil when the sheet names an unknown station.
    public func station(ofSheet index: Int) -> StationID? {
        station[index] < 0 ? nil : StationID(Int(station[index]))
    }

    /// The line of a sheet in its file (in the journal: its event's number).
    public func line(ofSheet index: Int) -> Int { Int(line[index]) }

    /// Where a field of a sheet was given.
    public func location(ofSheet index: Int, field: String) -> BundleLocation {
        let file = index < fileOfSheet.count ? Int(fileOfSheet[index]) : 0
        return BundleLocation(file: file < files.count ? files[file] : "", line: Int(line[index]), field: field)
    }

    /// The index of a sheet file in `files`, added when new.
    mutating func fileIndex(_ file: String) -> UInt8 {
        if let index = files.firstIndex(of: file) { return UInt8(index) }
        files.append(file)
        return UInt8(files.count - 1)
    }

    public func state(ofSheet index: Int) -> State { state[index] }

    /// The station code as written on the sheet.
    public func stationCode(ofSheet index: Int, in definition: ElectionDefinition) -> String {
        if let station = station(ofSheet: index) { return definition[station].code }
        return unknownStationCodes[index] ?? ""
    }

    /// The sheet's four figures; an unreadable figure is nil.
    public func figures(ofSheet index: Int) -> (registered: Int64?, voters: Int64?, invalid: Int64?, valid: Int64?) {
        func value(_ column: [Int32]) -> Int64? { column[index] < 0 ? nil : Int64(column[index]) }
        return (value(registered), value(voters), value(invalid), value(valid))
    }

    /// The sheet's votes for each list of its constituency, in list order; nil for a list with no row.
    public func votes(ofSheet index: Int, in definition: ElectionDefinition) -> [(list: ListID, votes: Int64?)] {
        guard let station = station(ofSheet: index), voteStart[index] >= 0 else { return [] }
        let lists = definition.listsOfConstituency[Int(definition.stationConstituency[station.index])]
        let start = Int(voteStart[index])
        return lists.enumerated().map { slot, list in
            let value = votes[start + slot]
            return (ListID(list), value < 0 ? nil : Int64(value))
        }
    }
}
