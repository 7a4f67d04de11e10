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

    static func load(
        round: Int,
        from source: some BundleSource,
        definition: ElectionDefinition,
        contenders: [Contenders]
    ) throws(BundleError) -> Loaded {
        let files = Files(round: round, source: source)
        var fatal = files.problems
        var reader = Reader(round: round, definition: definition, contenders: contenders)
        if let closed = files.closed {
            if let problem = reader.readClosed(closed, file: files.closedPath) { fatal.append(problem) }
            fatal += reader.fatal
        }
        guard let sheets = files.sheets, let votes = files.votes else {
            guard fatal.isEmpty else { throw BundleError(fatal) }
            return Loaded(isHeld: false, sheets: reader.table, closedReasons: reader.closedReasons, problems: [])
        }
        if let problem = reader.readSheets(sheets, file: files.sheetsPath) { fatal.append(problem) }
        if let problem = reader.readVotes(votes, file: files.votesPath) { fatal.append(problem) }
        guard fatal.isEmpty else { throw BundleError(fatal) }
        reader.checkArithmetic(file: files.sheetsPath)
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

        /// The last list found, for the same reason.
        var lastList = -1

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

        /// Reads a count field; on a bad value, records the problem and returns nil.
        mutating func count(_ row: CSVRow, column: Int, name: String, file: String) -> Int32? {
            guard let field = row.field(column) else { return nil }
            let code: CheckCode
            switch row.reader.count(field) {
            case .value(let value): return value
            case .invalid: code = .notAnInteger
            case .negative: code = .negativeNumber
            case .tooLarge: code = .numberTooLarge
            }
            problems.append(
                Problem(code, at: BundleLocation(file: file, line: row.line, field: name), [row.text(column)])
            )
            return nil
        }

        mutating func quarantine(_ sheet: Int) {
            table.state[sheet] = .quarantined
        }

        /// Quarantines a sheet for one of its vote rows.
        mutating func reject(_ sheet: Int) {
            quarantine(sheet)
            votesRejected.insert(sheet)
        }

        mutating func readSheets(_ bytes: [UInt8], file: String) -> Problem? {
            CSVFile.forEachRow(bytes, file: file, schema: Schema.sheets) { row in
                let sheet = table.count
                let station = station(row, column: 0)
                let registered = count(row, column: 1, name: "registered", file: file)
                let voters = count(row, column: 2, name: "voters", file: file)
                let invalid = count(row, column: 3, name: "invalid", file: file)
                let valid = count(row, column: 4, name: "valid", file: file)
                table.station.append(Int32(station ?? -1))
                table.line.append(Int32(clamping: row.line))
                table.registered.append(registered ?? -1)
                table.voters.append(voters ?? -1)
                table.invalid.append(invalid ?? -1)
                table.valid.append(valid ?? -1)
                table.voteStart.append(-1)
                let readable = registered != nil && voters != nil && invalid != nil && valid != nil
                table.state.append(readable ? .counted : .quarantined)

                let location = BundleLocation(file: file, line: row.line, field: "station")
                guard let station else {
                    table.unknownStationCodes[sheet] = row.text(0)
                    problems.append(Problem(.unknownStation, at: location, [row.text(0)]))
                    quarantine(sheet)
                    return
                }
                let code = definition.stations.code(at: station)
                let constituency = Int(definition.stationConstituency[station])
                let first = Int(table.sheetOfStation[station])
                if first >= 0 {
                    problems.append(Problem(.duplicateSheet, at: location, [code, String(table.line[first])]))
                    quarantine(sheet)
                    quarantine(first)
                    return
                }
                table.sheetOfStation[station] = Int32(sheet)
                if closedReasons[station] != nil {
                    problems.append(
                        Problem(.sheetForClosedStation, at: location, [code, BundleLayout.closed(round: round)])
                    )
                    quarantine(sheet)
                }
                switch contenders[constituency] {
                case .lists:
                    let lists = definition.listsOfConstituency[constituency].count
                    table.voteStart[sheet] = Int32(table.votes.count)
                    table.votes.append(contentsOf: repeatElement(-1, count: lists))
                case .decidedEarlier:
                    problems.append(
                        Problem(
                            .noRunoffHere,
                            at: location,
                            [definition.constituencies[constituency].code, "decided in an earlier round"]
                        )
                    )
                    quarantine(sheet)
                case .awaitingEarlierRound:
                    problems.append(
                        Problem(
                            .noRunoffHere,
                            at: location,
                            [definition.constituencies[constituency].code, "round \(round - 1) is not settled"]
                        )
                    )
                    quarantine(sheet)
                }
            }
        }

        mutating func readVotes(_ bytes: [UInt8], file: String) -> Problem? {
            CSVFile.forEachRow(bytes, file: file, schema: Schema.votes) { row in
                let location = BundleLocation(file: file, line: row.line, field: "station")
                guard let station = station(row, column: 0) else {
                    problems.append(Problem(.unknownStation, at: location, [row.text(0)]))
                    return
                }
                let sheet = Int(table.sheetOfStation[station])
                guard sheet >= 0 else {
                    problems.append(
                        Problem(
                            .votesWithoutSheet,
                            at: location,
                            [definition.stations.code(at: station), BundleLayout.sheets(round: round)]
                        )
                    )
                    return
                }
                let listLocation = BundleLocation(file: file, line: row.line, field: "list")
                guard let listField = row.field(1) else { return }
                let trimmed = row.reader.trimmed(listField)
                let found = definition.listIndex.find(
                    UnsafeBufferPointer(rebasing: row.reader.bytes[trimmed.start..<trimmed.end]),
                    guess: lastList
                )
                if let found { lastList = found }
                guard let list = found else {
                    problems.append(Problem(.unknownList, at: listLocation, [row.text(1)]))
                    reject(sheet)
                    return
                }
                let constituency = Int(definition.stationConstituency[station])
                guard definition.listConstituency[list] == constituency else {
                    problems.append(
                        Problem(
                            .listNotRunning,
                            at: listLocation,
                            [definition.lists[list].code, definition.constituencies[constituency].code]
                        )
                    )
                    reject(sheet)
                    return
                }
                guard isRunning[list] else {
                    let running = contenders[constituency].running
                    if table.voteStart[sheet] >= 0 {
                        problems.append(
                            Problem(
                                .listNotInRunoff,
                                at: listLocation,
                                [
                                    definition.lists[list].code, definition.constituencies[constituency].code,
                                    running.map { definition.lists[$0.index].code }.joined(separator: " vs "),
                                ]
                            )
                        )
                        reject(sheet)
                    }
                    return
                }
                guard let votes = count(row, column: 2, name: "votes", file: file) else {
                    reject(sheet)
                    return
                }
                let slot = Int(table.voteStart[sheet]) + definition.listSlot[list]
                if table.votes[slot] >= 0 {
                    problems.append(
                        Problem(
                            .duplicateVoteRow,
                            at: listLocation,
                            [definition.stations.code(at: station), definition.lists[list].code]
                        )
                    )
                    reject(sheet)
                    return
                }
                table.votes[slot] = votes
            }
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
