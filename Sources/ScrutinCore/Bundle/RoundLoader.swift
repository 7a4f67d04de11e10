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
        /// The station of each problem (-1 when it names none the election knows).
        var problemStations: [Int32]
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
                    problems.append(Problem.unreadable(path, error))
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
                problems += CSVFile.forEachRow(bytes, file: path, schema: schema, { _ in })
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
        contenders: [Contenders],
        options: LoadOptions = .sequential
    ) throws(BundleError) -> Loaded {
        let sheetsPath = BundleLayout.sheets(round: round)
        let votesPath = BundleLayout.votes(round: round)
        let closedPath = BundleLayout.closed(round: round)
        var fatal: [Problem] = []
        func read(_ path: String) -> [UInt8]? {
            do { return try source.read(path) } catch {
                fatal.append(Problem.unreadable(path, error))
                return nil
            }
        }
        var reader = Reader(round: round, definition: definition, contenders: contenders, options: options)
        if let closed = read(closedPath) {
            fatal += reader.readClosed(closed, file: closedPath)
            fatal += reader.fatal
        }
        /// Reads a large file through `withContents`, which may map it rather than copy it; when
        /// a structural problem stops the reading, every structural problem of the file is listed.
        func withFile(
            _ path: String,
            _ schema: CSVSchema,
            _ body: (UnsafeBufferPointer<UInt8>) -> Problem?
        ) -> Bool {
            do {
                let problems = try source.withContents(of: path) { buffer in
                    body(buffer) == nil ? [] : CSVFile.structuralProblems(buffer, file: path, schema: schema)
                }
                guard let problems else { return false }
                fatal += problems
                return true
            } catch {
                fatal.append(Problem.unreadable(path, error))
                return true
            }
        }
        let isHeld = withFile(sheetsPath, Schema.sheets) { reader.readSheets($0, file: sheetsPath) }
        if isHeld {
            if !withFile(votesPath, Schema.votes, { reader.readVotes($0, file: votesPath) }) {
                fatal.append(Problem(.missingFile, at: BundleLocation(file: votesPath)))
            }
        } else if (try? source.withContents(of: votesPath, { _ in true })) == true {
            fatal.append(Problem(.orphanFile, at: BundleLocation(file: votesPath), [votesPath, sheetsPath]))
        }
        guard fatal.isEmpty else { throw BundleError(fatal) }
        guard isHeld else {
            return Loaded(
                isHeld: false,
                sheets: SheetTable(stationCount: definition.stations.count),
                closedReasons: reader.closedReasons,
                problems: [],
                problemStations: []
            )
        }
        reader.checkArithmetic(file: sheetsPath)
        return Loaded(
            isHeld: true,
            sheets: reader.table,
            closedReasons: reader.closedReasons,
            problems: reader.problems,
            problemStations: reader.problemStations
        )
    }

    fileprivate typealias ReaderState = Reader

    /// The state of a round being read.
    fileprivate struct Reader {
        let round: Int
        let definition: ElectionDefinition
        let contenders: [Contenders]
        var table: SheetTable
        var closedReasons: [Int: String] = [:]
        var problems: [Problem] = []
        /// The station of each of `problems`, or -1.
        var problemStations: [Int32] = []
        var fatal: [Problem] = []
        /// Sheets with a vote row refused (E103, E104, E107–E110, E112): their vote sum is not checked,
        /// since a refused row would make it differ anyway.
        var votesRejected: Set<Int> = []

        /// Whether each list runs in this round: one look-up per vote row, whatever the number of lists.
        let isRunning: [Bool]

        let options: LoadOptions

        init(round: Int, definition: ElectionDefinition, contenders: [Contenders], options: LoadOptions) {
            self.options = options
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

        mutating func readClosed(_ bytes: [UInt8], file: String) -> [Problem] {
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

        /// Records a problem of a station's sheet.
        mutating func report(_ problem: Problem, station: Int) {
            problems.append(problem)
            problemStations.append(Int32(station))
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
        /// This and `readVotes` run once per row of a national round (a million sheets, seven
        /// million vote rows). Rows are parsed on several threads, each chunk into its own arrays,
        /// as bytes through a cursor; then one pass in file order attaches each sheet to its station
        /// (repeats, closed stations, vote slots). A problem's message is made only when there is one.
        mutating func readSheets(_ buffer: UnsafeBufferPointer<UInt8>, file: String) -> Problem? {
            let definition = self.definition
            let stations = definition.stations
            let stationIndex = stations.index

            struct Chunk {
                /// Where the chunk's rows start in the table's columns.
                var base = 0
                /// Rows the chunk read.
                var rows = 0
                var unknownCodes: [Int: String] = [:]
                var problems: [Problem] = []
                var stations: [Int32] = []
            }

            // The columns are sized once, from the lines of each chunk (an upper bound on its rows),
            // and each chunk writes its rows straight into its own region of them.
            var table = SheetTable(stationCount: 0)
            swap(&table, &self.table)
            defer { swap(&table, &self.table) }
            var chunks: [Chunk] = []
            var offsets: [Int] = []
            let stop: Problem? = { () -> Problem? in
                let header: CSVFile.Header
                switch CSVFile.header(buffer, file: file, schema: Schema.sheets) {
                case .failure(let stop): return stop.problem
                case .success(let found): header = found
                }
                var ranges = CSVFile.chunks(
                    header,
                    count: options.threads,
                    minimumBytes: options.minimumChunkBytes
                )
                while true {
                    var capacity = 0
                    chunks = ranges.map { range in
                        var chunk = Chunk()
                        chunk.base = capacity
                        capacity += buffer[range].count { $0 == UInt8(ascii: "\n") } + 1
                        return chunk
                    }
                    table.station = Array(repeating: -1, count: capacity)
                    table.line = Array(repeating: 0, count: capacity)
                    table.registered = Array(repeating: -1, count: capacity)
                    table.voters = Array(repeating: -1, count: capacity)
                    table.invalid = Array(repeating: -1, count: capacity)
                    table.valid = Array(repeating: -1, count: capacity)
                    let ends = table.withColumns { columns in
                        stationIndex.withLookup { stationIndex in
                            // Each chunk writes only rows base..<base + rows of the columns.
                            CSVFile.forEachChunk(header, ranges: ranges, file: file, states: &chunks) {
                                chunk,
                                cursor throws(CSVStop) in
                                var lastStation = -1
                                while try cursor.next() {
                                    let line = cursor.line
                                    let row = chunk.base + chunk.rows
                                    chunk.rows += 1
                                    let station = stationIndex.find(cursor.bytes(0), guess: lastStation)
                                    if let station { lastStation = station }
                                    for column in 1...4 {
                                        switch cursor.count(column) {
                                        case .value(let number): columns.set(figure: column - 1, row: row, number)
                                        case let failure:
                                            chunk.stations.append(Int32(station ?? -1))
                                            chunk.problems.append(
                                                Problem(
                                                    SheetChecks.unreadableCount(failure),
                                                    at: BundleLocation(
                                                        file: file,
                                                        line: line,
                                                        field: SheetTable.Columns.names[column - 1]
                                                    ),
                                                    [cursor.text(column)]
                                                )
                                            )
                                        }
                                    }
                                    if let station {
                                        columns.station[row] = Int32(station)
                                    } else {
                                        chunk.unknownCodes[row] = cursor.text(0)
                                        chunk.stations.append(-1)
                                        chunk.problems.append(
                                            Problem(
                                                .unknownStation,
                                                at: BundleLocation(file: file, line: line, field: "station"),
                                                [cursor.text(0)]
                                            )
                                        )
                                    }
                                    columns.line[row] = Int32(clamping: line)
                                }
                            }
                        }
                    }
                    if ranges.count > 1 && ends.contains(where: { $0.stop != nil }) {
                        // A chunk stopped: read the file again on one thread, for the exact first problem.
                        ranges = [header.reader.position..<buffer.count]
                        continue
                    }
                    offsets = CSVFile.lineOffsets(ends, header: header)
                    return ends.first { $0.stop != nil }?.stop?.shifted(by: offsets[0])
                }
            }()
            if let stop { return stop }

            // Close the gaps between chunks (rows fewer than lines), make lines the file's, and
            // gather the chunks' problems.
            var count = 0
            for (index, chunk) in chunks.enumerated() {
                let offset = Int32(offsets[index])
                for row in 0..<chunk.rows {
                    let from = chunk.base + row
                    let to = count + row
                    table.station[to] = table.station[from]
                    table.line[to] = table.line[from] + offset
                    table.registered[to] = table.registered[from]
                    table.voters[to] = table.voters[from]
                    table.invalid[to] = table.invalid[from]
                    table.valid[to] = table.valid[from]
                }
                for (row, code) in chunk.unknownCodes { table.unknownStationCodes[row - chunk.base + count] = code }
                problems += chunk.problems.map { $0.shifted(by: Int(offset)) }
                problemStations += chunk.stations
                count += chunk.rows
            }
            chunks = []
            for column in [\SheetTable.station, \.line, \.registered, \.voters, \.invalid, \.valid] {
                table[keyPath: column].removeLast(table[keyPath: column].count - count)
            }
            table.voteStart.reserveCapacity(count)
            table.state.reserveCapacity(count)
            let contestedLists = self.contestedLists
            let stationConstituency = stations.constituency
            // Vote slots are handed out here and made in one allocation after the loop.
            var slotsUsed = 0
            var isClosed = Array(repeating: false, count: stations.count)
            for station in closedReasons.keys { isClosed[station] = true }
            for sheet in 0..<table.count {
                let readable =
                    table.registered[sheet] >= 0 && table.voters[sheet] >= 0 && table.invalid[sheet] >= 0
                    && table.valid[sheet] >= 0
                table.voteStart.append(-1)
                table.state.append(readable ? .counted : .quarantined)
                let station = Int(table.station[sheet])
                guard station >= 0 else {
                    table.state[sheet] = .quarantined
                    continue
                }
                let location = BundleLocation(file: file, line: Int(table.line[sheet]), field: "station")
                let first = Int(table.sheetOfStation[station])
                if first >= 0 {
                    report(
                        SheetChecks.duplicateSheet(
                            station: station,
                            firstLine: Int(table.line[first]),
                            definition: definition,
                            at: location
                        ),
                        station: station
                    )
                    table.state[sheet] = .quarantined
                    table.state[first] = .quarantined
                    continue
                }
                table.sheetOfStation[station] = Int32(sheet)
                if isClosed[station] {
                    report(
                        SheetChecks.sheetForClosedStation(
                            station: station,
                            round: round,
                            definition: definition,
                            at: location
                        ),
                        station: station
                    )
                    table.state[sheet] = .quarantined
                }
                let constituency = Int(stationConstituency[station])
                let lists = contestedLists[constituency]
                if lists >= 0 {
                    table.voteStart[sheet] = Int32(slotsUsed)
                    slotsUsed += Int(lists)
                } else if let problem = SheetChecks.noContest(
                    constituency: constituency,
                    contenders: contenders[constituency],
                    round: round,
                    definition: definition,
                    at: location
                ) {
                    report(problem, station: station)
                    table.state[sheet] = .quarantined
                }
            }
            table.votes = Array(repeating: -1, count: slotsUsed)
            return nil
        }

        /// Reads `votes.csv`: one row per list per sheet, on several threads; see `readSheets`.
        ///
        /// Each chunk writes the vote slots of its own sheets. The chunks are cut where the station
        /// changes; if a station's rows still fall in two chunks (a file not grouped by station),
        /// or a chunk stops on a problem, the file is read again on one thread, so the results and
        /// problems never depend on the threads.
        mutating func readVotes(_ buffer: UnsafeBufferPointer<UInt8>, file: String) -> Problem? {
            let rows = VoteRows(reader: self, file: file)
            let sheetCount = table.count
            var votes: [Int32] = []
            swap(&votes, &table.votes)
            defer { swap(&votes, &table.votes) }

            var chunks: [VoteRows.Chunk] = []
            var offsets: [Int] = []
            let stop: Problem? = { () -> Problem? in
                let header: CSVFile.Header
                switch CSVFile.header(buffer, file: file, schema: Schema.votes) {
                case .failure(let stop): return stop.problem
                case .success(let found): header = found
                }
                var ranges = CSVFile.chunks(header, count: options.threads, minimumBytes: options.minimumChunkBytes)
                while true {
                    let several = ranges.count > 1
                    let claims = several ? Parallel.Claims(count: sheetCount) : nil
                    chunks = ranges.indices.map { VoteRows.Chunk(piece: $0) }
                    let ends = rows.stationIndex.withLookup { stations in
                        rows.listIndex.withLookup { lists in
                            votes.withUnsafeMutableBufferPointer { buffer in
                                let votes = buffer
                                // Each chunk writes only the slots of the sheets it has claimed.
                                return CSVFile.forEachChunk(header, ranges: ranges, file: file, states: &chunks) {
                                    chunk,
                                    cursor throws(CSVStop) in
                                    try rows.read(
                                        &cursor,
                                        into: &chunk,
                                        votes: votes,
                                        claims: claims,
                                        stations: stations,
                                        lists: lists
                                    )
                                }
                            }
                        }
                    }
                    let stopped = ends.contains { $0.stop != nil }
                    let shared = chunks.contains { $0.foundShared }
                    if several && (stopped || shared) {
                        // Read again on one thread: same results and problems, whatever the file's order.
                        votes.withUnsafeMutableBufferPointer { $0.update(repeating: -1) }
                        ranges = [header.reader.position..<buffer.count]
                        continue
                    }
                    offsets = CSVFile.lineOffsets(ends, header: header)
                    return ends.first { $0.stop != nil }?.stop?.shifted(by: offsets[0])
                }
            }()
            if let stop { return stop }
            for (index, chunk) in chunks.enumerated() {
                problems += chunk.problems.map { $0.shifted(by: offsets[index]) }
                problemStations += chunk.stations
                for sheet in chunk.rejected { reject(sheet) }
            }
            return nil
        }

        /// E101 and E102 on every sheet whose figures could be read, even one already held for
        /// another reason, so that one run lists every problem; W201 to W203 on the sheets still counted.
        mutating func checkArithmetic(file: String) {
            let thresholds = definition.thresholds
            let definition = self.definition
            let votesRejected = self.votesRejected
            let table = self.table
            let pieces = table.count < 4_096 ? 1 : options.threads
            var found = Array(repeating: (problems: [Problem](), stations: [Int32](), held: [Int]()), count: pieces)
            // Each piece reads shared arrays and writes only its own entry of `found`.
            Parallel.forEachSlot(&found) { piece, found in
                for sheet in Parallel.range(ofPiece: piece, pieces: pieces, count: table.count)
                where table.voteStart[sheet] >= 0 {
                    guard table.registered[sheet] >= 0, table.voters[sheet] >= 0, table.invalid[sheet] >= 0,
                        table.valid[sheet] >= 0
                    else { continue }
                    let station = Int(table.station[sheet])
                    let lists = definition.listsOfConstituency[Int(definition.stationConstituency[station])].count
                    let start = Int(table.voteStart[sheet])
                    var sum: Int64 = 0
                    for slot in start..<(start + lists) where table.votes[slot] > 0 {
                        sum += Int64(table.votes[slot])
                    }
                    let line = Int(table.line[sheet])
                    let (problems, hold) = SheetChecks.check(
                        SheetChecks.Figures(
                            registered: Int64(table.registered[sheet]),
                            voters: Int64(table.voters[sheet]),
                            invalid: Int64(table.invalid[sheet]),
                            valid: Int64(table.valid[sheet]),
                            voteSum: sum,
                            onRegister: Int64(definition.stations.registered[station])
                        ),
                        checksVoteSum: !votesRejected.contains(sheet),
                        isHeld: table.state[sheet] == .quarantined,
                        thresholds: thresholds
                    ) { BundleLocation(file: file, line: line, field: $0) }
                    if !problems.isEmpty {
                        found.problems += problems
                        found.stations += repeatElement(Int32(station), count: problems.count)
                    }
                    if hold { found.held.append(sheet) }
                }
            }
            for piece in found {
                problems += piece.problems
                problemStations += piece.stations
                for sheet in piece.held { quarantine(sheet) }
            }
        }
    }
}

/// The reading of `votes.csv` rows: what the loop needs, copied out of the round's reader so that
/// chunks can share it on several threads.
private struct VoteRows {
    struct Chunk {
        var problems: [Problem] = []
        /// The station of each problem, or -1.
        var stations: [Int32] = []
        var rejected: [Int] = []
        /// The chunk's number, under which it claims its sheets.
        let piece: Int
        /// Whether the chunk stopped at a sheet that another chunk had claimed: the file does not
        /// keep each station's rows together, and must be read again on one thread.
        var foundShared = false

        init(piece: Int) { self.piece = piece }

        mutating func report(_ problem: Problem, station: Int) {
            problems.append(problem)
            stations.append(Int32(station))
        }
    }

    /// The problem of a vote row refused for its list (E103, E104, E110).
    func refusal(_ code: CheckCode, list: Int, station: Int, line: Int) -> Problem {
        SheetChecks.voteRowProblem(
            code,
            list: list,
            station: station,
            contenders: contenders[Int(stationConstituency[station])],
            definition: definition,
            at: BundleLocation(file: file, line: line, field: "list")
        )
    }

    let definition: ElectionDefinition
    let stationIndex: CodeIndex
    let stationConstituency: [Int32]
    let listIndex: CodeIndex
    let listConstituency: [Int]
    let listSlot: [Int]
    let isRunning: [Bool]
    let sheetOfStation: [Int32]
    let voteStart: [Int32]
    let contenders: [Contenders]
    let round: Int
    let file: String

    init(reader: RoundLoader.ReaderState, file: String) {
        definition = reader.definition
        stationIndex = reader.definition.stations.index
        stationConstituency = reader.definition.stations.constituency
        listIndex = reader.definition.listIndex
        listConstituency = reader.definition.listConstituency
        listSlot = reader.definition.listSlot
        isRunning = reader.isRunning
        sheetOfStation = reader.table.sheetOfStation
        voteStart = reader.table.voteStart
        contenders = reader.contenders
        round = reader.round
        self.file = file
    }

    /// Reads a chunk's rows, writing vote slots and the chunk's problems.
    ///
    /// The loop of a national count: seven million rows. The previous row's station, sheet and
    /// constituency are kept, since rows come grouped by station. With several chunks, `claims`
    /// is given: a chunk claims each sheet before writing its slots, and stops at a sheet another
    /// chunk holds (``Chunk/foundShared``).
    func read(
        _ cursor: inout CSVCursor,
        into chunk: inout Chunk,
        votes: UnsafeMutableBufferPointer<Int32>,
        claims: Parallel.Claims?,
        stations: CodeIndex.Lookup,
        lists: CodeIndex.Lookup
    ) throws(CSVStop) {
        var lastStation = -1
        var lastList = -1
        var sheet = -1
        var constituency = -1
        var start = -1
        while try cursor.next() {
            let stationBytes = cursor.bytes(0)
            if lastStation < 0 || !stations.matches(lastStation, stationBytes) {
                guard let station = stations.find(stationBytes, guess: lastStation) else {
                    lastStation = -1
                    chunk.report(
                        Problem(
                            .unknownStation,
                            at: BundleLocation(file: file, line: cursor.line, field: "station"),
                            [cursor.text(0)]
                        ),
                        station: -1
                    )
                    continue
                }
                lastStation = station
                sheet = Int(sheetOfStation[station])
                constituency = Int(stationConstituency[station])
                start = sheet >= 0 ? Int(voteStart[sheet]) : -1
                if let claims, sheet >= 0, !claims.claim(sheet, by: chunk.piece) {
                    chunk.foundShared = true
                    return
                }
            }
            guard sheet >= 0 else {
                chunk.report(
                    Problem(
                        .votesWithoutSheet,
                        at: BundleLocation(file: file, line: cursor.line, field: "station"),
                        [stationIndex.code(lastStation), BundleLayout.sheets(round: round)]
                    ),
                    station: lastStation
                )
                continue
            }
            guard let list = lists.find(cursor.bytes(1), guess: lastList) else {
                chunk.report(
                    Problem(
                        .unknownList,
                        at: BundleLocation(file: file, line: cursor.line, field: "list"),
                        [cursor.text(1)]
                    ),
                    station: lastStation
                )
                chunk.rejected.append(sheet)
                continue
            }
            lastList = list
            let value: Int32
            switch SheetChecks.voteRow(
                listConstituency: listConstituency[list],
                constituency: constituency,
                isRunning: isRunning[list],
                hasSlots: start >= 0,
                slotTaken: false
            ) {
            case .ignore: continue
            case .refuse(let code):
                chunk.report(refusal(code, list: list, station: lastStation, line: cursor.line), station: lastStation)
                chunk.rejected.append(sheet)
                continue
            case .take:
                switch cursor.count(2) {
                case .value(let number): value = number
                case let failure:
                    chunk.report(
                        Problem(
                            SheetChecks.unreadableCount(failure),
                            at: BundleLocation(file: file, line: cursor.line, field: "votes"),
                            [cursor.text(2)]
                        ),
                        station: lastStation
                    )
                    chunk.rejected.append(sheet)
                    continue
                }
            }
            let slot = start + listSlot[list]
            if votes[slot] >= 0 {
                chunk.report(
                    refusal(.duplicateVoteRow, list: list, station: lastStation, line: cursor.line),
                    station: lastStation
                )
                chunk.rejected.append(sheet)
                continue
            }
            votes[slot] = value
        }
    }
}
