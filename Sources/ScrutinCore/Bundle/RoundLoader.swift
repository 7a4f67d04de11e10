/// Reads one round's tally sheets (`round-N/sheets.csv`, `round-N/votes.csv`, and the optional
/// `round-N/closed.csv`) and makes every sheet check.
///
/// Structural problems are fatal (the load throws). A sheet with an `E` problem is quarantined;
/// a sheet with a `W` problem is counted and flagged.
enum RoundLoader {
    enum Schema {
        static let sheets = CSVSchema(["station", "registered", "voters", "invalid", "valid"])
        static let votes = CSVSchema(["station", "list", "votes"])
        static let closed = CSVSchema(["station", "reason"])
    }

    /// A round as read from the bundle, before tabulation.
    struct Loaded {
        var isHeld: Bool
        var sheets: SheetTable
        /// For each station, why it did not open, if it did not.
        var closedReasons: [Int: String]
        var problems: [Problem]
    }

    /// A round's files as found in the bundle, with the problems of finding them.
    struct Files {
        let round: Int
        var sheets: [UInt8]?
        var votes: [UInt8]?
        var closed: [UInt8]?
        var problems: [Problem] = []

        var sheetsPath: String { BundleLayout.sheets(round: round) }
        var votesPath: String { BundleLayout.votes(round: round) }
        var closedPath: String { BundleLayout.closed(round: round) }

        /// The paths of the files the bundle has for this round.
        var presentPaths: [String] {
            [(sheets, sheetsPath), (votes, votesPath), (closed, closedPath)].compactMap { $0.0 == nil ? nil : $0.1 }
        }

        /// Whether the bundle has any file of this round.
        var isPresent: Bool { sheets != nil || votes != nil || closed != nil || !problems.isEmpty }

        init(round: Int, source: some BundleSource) {
            self.round = round
            func read(_ path: String, _ problems: inout [Problem]) -> [UInt8]? {
                do { return try source.read(path) } catch {
                    problems.append(
                        Problem(.unreadableFile, at: BundleLocation(file: path), [String(describing: error)])
                    )
                    return nil
                }
            }
            sheets = read(BundleLayout.sheets(round: round), &problems)
            votes = read(BundleLayout.votes(round: round), &problems)
            closed = read(BundleLayout.closed(round: round), &problems)
            // Sheets and votes come together.
            if sheets == nil, votes != nil {
                problems.append(Problem(.orphanFile, at: BundleLocation(file: votesPath), [votesPath, sheetsPath]))
            } else if sheets != nil, votes == nil {
                problems.append(Problem(.missingFile, at: BundleLocation(file: votesPath)))
            }
        }

        /// The structural problems of the round's files, read without a definition: for reporting
        /// every fatal problem in one run even when an earlier file stops the load.
        var structuralProblems: [Problem] {
            var problems = self.problems
            for (bytes, path, schema) in [
                (sheets, sheetsPath, Schema.sheets), (votes, votesPath, Schema.votes),
                (closed, closedPath, Schema.closed),
            ] {
                guard let bytes else { continue }
                if let problem = CSVFile.forEachRow(bytes, file: path, schema: schema, { _ in }) {
                    problems.append(problem)
                }
            }
            return problems
        }
    }

    /// Reads and checks a round.
    ///
    /// The files are read one after the other and each is let go once parsed, so that a national
    /// round never holds its sheets and its votes in memory at once.
    static func load(
        round: Int,
        from source: some BundleSource,
        definition: ElectionDefinition,
        contenders: [Contenders]
    ) throws(BundleError) -> Loaded {
        let sheetsPath = BundleLayout.sheets(round: round)
        let votesPath = BundleLayout.votes(round: round)
        let closedPath = BundleLayout.closed(round: round)
        var fatal: [Problem] = []
        func read(_ path: String) -> [UInt8]? {
            do { return try source.read(path) } catch {
                fatal.append(Problem(.unreadableFile, at: BundleLocation(file: path), [String(describing: error)]))
                return nil
            }
        }
        var reader = Reader(round: round, definition: definition, contenders: contenders)
        if let closed = read(closedPath) {
            if let problem = reader.readClosed(closed, file: closedPath) { fatal.append(problem) }
            fatal += reader.fatal
        }
        var isHeld = false
        if let sheets = read(sheetsPath) {
            isHeld = true
            if let problem = reader.readSheets(sheets, file: sheetsPath) { fatal.append(problem) }
        }
        if let votes = read(votesPath) {
            if isHeld {
                if let problem = reader.readVotes(votes, file: votesPath) { fatal.append(problem) }
            } else {
                fatal.append(Problem(.orphanFile, at: BundleLocation(file: votesPath), [votesPath, sheetsPath]))
            }
        } else if isHeld {
            fatal.append(Problem(.missingFile, at: BundleLocation(file: votesPath)))
        }
        guard fatal.isEmpty else { throw BundleError(fatal) }
        guard isHeld else {
            return Loaded(
                isHeld: false,
                sheets: SheetTable(stationCount: definition.stations.count),
                closedReasons: reader.closedReasons,
                problems: []
            )
        }
        reader.checkArithmetic(file: sheetsPath)
        return Loaded(
            isHeld: true,
            sheets: reader.table,
            closedReasons: reader.closedReasons,
            problems: reader.problems
        )
    }

    /// The state of a round being read.
    private struct Reader {
        let round: Int
        let definition: ElectionDefinition
        let contenders: [Contenders]
        var table: SheetTable
        var closedReasons: [Int: String] = [:]
        var problems: [Problem] = []
        var fatal: [Problem] = []
        /// Sheets with a vote row refused (E103, E104, E107–E110, E112): their vote sum is not checked,
        /// since a refused row would make it differ anyway.
        var votesRejected: Set<Int> = []

        /// Whether each list runs in this round: one look-up per vote row, whatever the number of lists.
        let isRunning: [Bool]

        init(round: Int, definition: ElectionDefinition, contenders: [Contenders]) {
            self.round = round
            self.definition = definition
            self.contenders = contenders
            self.table = SheetTable(stationCount: definition.stations.count)
            var isRunning = Array(repeating: false, count: definition.lists.count)
            for constituency in contenders {
                for list in constituency.running { isRunning[list.index] = true }
            }
            self.isRunning = isRunning
        }

        /// The last station found: the next row is most likely the same one or the one after.
        var lastStation = -1

        mutating func station(_ row: CSVRow, column: Int) -> Int? {
            guard let field = row.field(column) else { return nil }
            let trimmed = row.reader.trimmed(field)
            let found = definition.stationIndex.find(
                UnsafeBufferPointer(rebasing: row.reader.bytes[trimmed.start..<trimmed.end]),
                guess: lastStation
            )
            if let found { lastStation = found }
            return found
        }

        mutating func readClosed(_ bytes: [UInt8], file: String) -> Problem? {
            var lines: [Int: Int] = [:]
            return CSVFile.forEachRow(bytes, file: file, schema: Schema.closed) { row in
                let code = row.text(0)
                guard let station = station(row, column: 0) else {
                    fatal.append(
                        Problem(
                            .unknownReference,
                            at: BundleLocation(file: file, line: row.line, field: "station"),
                            ["polling station", code]
                        )
                    )
                    return
                }
                if let first = lines[station] {
                    fatal.append(
                        Problem(
                            .duplicateCode,
                            at: BundleLocation(file: file, line: row.line, field: "station"),
                            [code, String(first)]
                        )
                    )
                    return
                }
                lines[station] = row.line
                closedReasons[station] = row.text(1)
            }
        }

        mutating func quarantine(_ sheet: Int) {
            table.state[sheet] = .quarantined
        }

        /// Quarantines a sheet for one of its vote rows.
        mutating func reject(_ sheet: Int) {
            quarantine(sheet)
            votesRejected.insert(sheet)
        }

        /// For each constituency, its lists' count when the round is held there, or -1 when it was
        /// decided earlier, or -2 when the earlier round is not settled.
        var contestedLists: [Int32] {
            contenders.enumerated().map { constituency, contenders in
                switch contenders {
                case .lists: Int32(definition.listsOfConstituency[constituency].count)
                case .decidedEarlier: -1
                case .awaitingEarlierRound: -2
                }
            }
        }

        /// Reads `sheets.csv`: one row per polling station.
        ///
        /// This loop and `readVotes` run once per row of a national round (a million sheets,
        /// seven million vote rows), so they read fields as bytes through a cursor and keep the
        /// arrays they use in local constants; a problem's message is made only when there is one.
        mutating func readSheets(_ bytes: [UInt8], file: String) -> Problem? {
            let definition = self.definition
            let stations = definition.stations
            let stationIndex = stations.index
            let stationConstituency = stations.constituency
            let contestedLists = self.contestedLists
            var isClosed = Array(repeating: false, count: stations.count)
            for station in closedReasons.keys { isClosed[station] = true }
            let round = self.round
            var problems: [Problem] = []
            var table = SheetTable(stationCount: 0)
            swap(&table, &self.table)
            // Reserve what the round can need at most: no array grows by doubling past it.
            let rows = bytes.count { $0 == UInt8(ascii: "\n") }
            table.reserve(sheets: rows)
            var slots = 0
            for (constituency, lists) in contestedLists.enumerated() where lists > 0 {
                slots += definition.stationsOfConstituency[constituency].count * Int(lists)
            }
            table.votes.reserveCapacity(slots)
            var lastStation = -1
            let columns = ["registered", "voters", "invalid", "valid"]

            let stop = CSVFile.withRows(bytes, file: file, schema: Schema.sheets) { cursor throws(CSVStop) in
                while try cursor.next() {
                    let sheet = table.station.count
                    let line = cursor.line
                    let station = stationIndex.find(cursor.bytes(0), guess: lastStation)
                    if let station { lastStation = station }
                    var figures: (Int32, Int32, Int32, Int32) = (-1, -1, -1, -1)
                    var readable = true
                    for column in 1...4 {
                        let value: Int32
                        switch cursor.count(column) {
                        case .value(let number): value = number
                        case let failure:
                            let code: CheckCode =
                                failure == .negative
                                ? .negativeNumber : failure == .tooLarge ? .numberTooLarge : .notAnInteger
                            problems.append(
                                Problem(
                                    code,
                                    at: BundleLocation(file: file, line: line, field: columns[column - 1]),
                                    [cursor.text(column)]
                                )
                            )
                            readable = false
                            value = -1
                        }
                        switch column {
                        case 1: figures.0 = value
                        case 2: figures.1 = value
                        case 3: figures.2 = value
                        default: figures.3 = value
                        }
                    }
                    table.station.append(Int32(station ?? -1))
                    table.line.append(Int32(clamping: line))
                    table.registered.append(figures.0)
                    table.voters.append(figures.1)
                    table.invalid.append(figures.2)
                    table.valid.append(figures.3)
                    table.voteStart.append(-1)
                    table.state.append(readable ? .counted : .quarantined)

                    let location = BundleLocation(file: file, line: line, field: "station")
                    guard let station else {
                        table.unknownStationCodes[sheet] = cursor.text(0)
                        problems.append(Problem(.unknownStation, at: location, [cursor.text(0)]))
                        table.state[sheet] = .quarantined
                        continue
                    }
                    let first = Int(table.sheetOfStation[station])
                    if first >= 0 {
                        problems.append(
                            Problem(
                                .duplicateSheet,
                                at: location,
                                [stations.code(at: station), String(table.line[first])]
                            )
                        )
                        table.state[sheet] = .quarantined
                        table.state[first] = .quarantined
                        continue
                    }
                    table.sheetOfStation[station] = Int32(sheet)
                    if isClosed[station] {
                        problems.append(
                            Problem(
                                .sheetForClosedStation,
                                at: location,
                                [stations.code(at: station), BundleLayout.closed(round: round)]
                            )
                        )
                        table.state[sheet] = .quarantined
                    }
                    let constituency = Int(stationConstituency[station])
                    let lists = contestedLists[constituency]
                    if lists >= 0 {
                        table.voteStart[sheet] = Int32(table.votes.count)
                        table.votes.append(contentsOf: repeatElement(-1, count: Int(lists)))
                    } else {
                        let reason = lists == -1 ? "decided in an earlier round" : "round \(round - 1) is not settled"
                        problems.append(
                            Problem(
                                .noRunoffHere,
                                at: location,
                                [definition.constituencies[constituency].code, reason]
                            )
                        )
                        table.state[sheet] = .quarantined
                    }
                }
            }
            swap(&table, &self.table)
            self.problems += problems
            return stop
        }

        /// Reads `votes.csv`: one row per list per sheet; see `readSheets`.
        mutating func readVotes(_ bytes: [UInt8], file: String) -> Problem? {
            let definition = self.definition
            let stations = definition.stations
            let stationIndex = stations.index
            let stationConstituency = stations.constituency
            let listIndex = definition.listIndex
            let listConstituency = definition.listConstituency
            let listSlot = definition.listSlot
            let isRunning = self.isRunning
            let sheetOfStation = table.sheetOfStation
            let voteStart = table.voteStart
            let contenders = self.contenders
            let round = self.round
            var votes: [Int32] = []
            swap(&votes, &table.votes)
            var problems: [Problem] = []
            var rejected: [Int] = []
            var lastStation = -1
            var lastList = -1

            let stop = CSVFile.withRows(bytes, file: file, schema: Schema.votes) { cursor throws(CSVStop) in
                while try cursor.next() {
                    let line = cursor.line
                    guard let station = stationIndex.find(cursor.bytes(0), guess: lastStation) else {
                        problems.append(
                            Problem(
                                .unknownStation,
                                at: BundleLocation(file: file, line: line, field: "station"),
                                [cursor.text(0)]
                            )
                        )
                        continue
                    }
                    lastStation = station
                    let sheet = Int(sheetOfStation[station])
                    guard sheet >= 0 else {
                        problems.append(
                            Problem(
                                .votesWithoutSheet,
                                at: BundleLocation(file: file, line: line, field: "station"),
                                [stations.code(at: station), BundleLayout.sheets(round: round)]
                            )
                        )
                        continue
                    }
                    let listLocation = BundleLocation(file: file, line: line, field: "list")
                    guard let list = listIndex.find(cursor.bytes(1), guess: lastList) else {
                        problems.append(Problem(.unknownList, at: listLocation, [cursor.text(1)]))
                        rejected.append(sheet)
                        continue
                    }
                    lastList = list
                    let constituency = Int(stationConstituency[station])
                    guard listConstituency[list] == constituency else {
                        problems.append(
                            Problem(
                                .listNotRunning,
                                at: listLocation,
                                [listIndex.code(list), definition.constituencies[constituency].code]
                            )
                        )
                        rejected.append(sheet)
                        continue
                    }
                    let start = Int(voteStart[sheet])
                    guard isRunning[list] else {
                        if start >= 0 {
                            let running = contenders[constituency].running
                            problems.append(
                                Problem(
                                    .listNotInRunoff,
                                    at: listLocation,
                                    [
                                        listIndex.code(list), definition.constituencies[constituency].code,
                                        running.map { listIndex.code($0.index) }.joined(separator: " vs "),
                                    ]
                                )
                            )
                            rejected.append(sheet)
                        }
                        continue
                    }
                    let value: Int32
                    switch cursor.count(2) {
                    case .value(let number): value = number
                    case let failure:
                        let code: CheckCode =
                            failure == .negative
                            ? .negativeNumber : failure == .tooLarge ? .numberTooLarge : .notAnInteger
                        problems.append(
                            Problem(code, at: BundleLocation(file: file, line: line, field: "votes"), [cursor.text(2)])
                        )
                        rejected.append(sheet)
                        continue
                    }
                    let slot = start + listSlot[list]
                    if votes[slot] >= 0 {
                        problems.append(
                            Problem(
                                .duplicateVoteRow,
                                at: listLocation,
                                [stations.code(at: station), listIndex.code(list)]
                            )
                        )
                        rejected.append(sheet)
                        continue
                    }
                    votes[slot] = value
                }
            }
            swap(&votes, &table.votes)
            for sheet in rejected { reject(sheet) }
            self.problems += problems
            return stop
        }

        /// E101 and E102 on every sheet whose figures could be read, even one already held for
        /// another reason, so that one run lists every problem; W201 to W203 on the sheets still counted.
        mutating func checkArithmetic(file: String) {
            let thresholds = definition.thresholds
            for sheet in 0..<table.count where table.voteStart[sheet] >= 0 {
                guard table.registered[sheet] >= 0, table.voters[sheet] >= 0, table.invalid[sheet] >= 0,
                    table.valid[sheet] >= 0
                else { continue }
                let line = Int(table.line[sheet])
                let station = Int(table.station[sheet])
                let registered = Int64(table.registered[sheet])
                let voters = Int64(table.voters[sheet])
                let invalid = Int64(table.invalid[sheet])
                let valid = Int64(table.valid[sheet])
                if voters != invalid + valid {
                    problems.append(
                        Problem(
                            .voterBalance,
                            at: BundleLocation(file: file, line: line, field: "voters"),
                            [String(voters), String(invalid), String(valid), String(invalid + valid)]
                        )
                    )
                    quarantine(sheet)
                }
                let lists = definition.listsOfConstituency[Int(definition.stationConstituency[station])].count
                let start = Int(table.voteStart[sheet])
                var sum: Int64 = 0
                for slot in start..<(start + lists) where table.votes[slot] > 0 { sum += Int64(table.votes[slot]) }
                if sum != valid && !votesRejected.contains(sheet) {
                    problems.append(
                        Problem(
                            .voteSum,
                            at: BundleLocation(file: file, line: line, field: "valid"),
                            [String(sum), String(valid)]
                        )
                    )
                    quarantine(sheet)
                }
                guard table.state[sheet] == .counted else { continue }
                if voters > registered {
                    problems.append(
                        Problem(
                            .votersAboveRegistered,
                            at: BundleLocation(file: file, line: line, field: "voters"),
                            [String(voters), String(registered)]
                        )
                    )
                }
                let onRegister = Int64(definition.stations.registered[station])
                if registered != onRegister {
                    problems.append(
                        Problem(
                            .registeredDiffers,
                            at: BundleLocation(file: file, line: line, field: "registered"),
                            [String(registered), String(onRegister)]
                        )
                    )
                }
                if voters > 0 && invalid * 100 > voters * Int64(thresholds.invalidSharePercent) {
                    problems.append(
                        Problem(
                            .highInvalidShare,
                            at: BundleLocation(file: file, line: line, field: "invalid"),
                            [
                                String(invalid), String(voters), Ratio.percentText(invalid, of: voters),
                                "\(thresholds.invalidSharePercent)%",
                            ]
                        )
                    )
                }
            }
        }
    }
}
