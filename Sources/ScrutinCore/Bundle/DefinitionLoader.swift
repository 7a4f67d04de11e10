/// Reads an election's definition from a bundle: `election.json`, `parties.csv`,
/// `constituencies.csv`, `lists.csv`, `candidates.csv`, `stations.csv` and the optional
/// `previous.csv`; and refuses the bundle's stray entries (`StrayEntries`), which the loading of
/// the rounds would otherwise pass over.
///
/// Every file is read even after a problem, so one run reports every problem. Structural (`S`) and
/// definition (`D`) problems are fatal: the load throws and nothing is returned. Candidacy (`C`)
/// problems are returned beside the definition.
public enum DefinitionLoader {
    /// The columns of each definition file, as the README documents them.
    enum Schema {
        static let parties = CSVSchema(["code", "name"], optional: ["color"])
        static let constituencies = CSVSchema(["code", "name", "region", "seats"])
        static let lists = CSVSchema(["code", "constituency", "name", "parties"])
        static let candidates = CSVSchema(["list", "position", "name", "gender", "party"])
        static let stations = CSVSchema(["code", "constituency", "name", "registered"])
        static let previous = CSVSchema(["party", "seats"])
    }

    /// Loads a definition.
    ///
    /// - Parameters:
    ///   - stations: the register as read before (a checkpoint's), instead of `stations.csv`,
    ///     which is then not read.
    ///   - candidacy: the candidacy problems as found before from the same files (a
    ///     checkpoint's), which are then not looked for again.
    /// - Returns: the definition and its candidacy problems.
    /// - Throws: `BundleError` with every fatal problem found.
    public static func load(
        from source: some BundleSource,
        options: LoadOptions = .sequential,
        stations: StationTable? = nil,
        candidacy known: [Problem]? = nil
    ) throws(BundleError) -> (definition: ElectionDefinition, candidacy: [Problem]) {
        // Files that look like the bundle's but would be ignored unseen (S017).
        var fatal = StrayEntries.problems(in: source)
        var builder = Builder()

        // A file missing or unreadable is reported once: references into it are not (there is
        // nothing to look them up in), as for a file whose structure is broken.
        func read(_ path: String, required: Bool = true) -> [UInt8]? {
            do {
                if let bytes = try source.read(path) { return bytes }
                if required {
                    fatal.append(Problem(.missingFile, at: BundleLocation(file: path)))
                    builder.brokenFiles.insert(path)
                }
            } catch {
                fatal.append(Problem.unreadable(path, error))
                builder.brokenFiles.insert(path)
            }
            return nil
        }

        var contents: ElectionFile.Contents?
        if let bytes = read(BundleLayout.election) {
            switch ElectionFile.parse(bytes) {
            case .success(let parsed): contents = parsed
            case .failure(let error): fatal += error.problems
            }
        }

        if let bytes = read(BundleLayout.parties) { builder.readParties(bytes) }
        if let bytes = read(BundleLayout.constituencies) { builder.readConstituencies(bytes) }
        if let bytes = read(BundleLayout.lists) { builder.readLists(bytes) }
        if let bytes = read(BundleLayout.candidates) { builder.readCandidates(bytes) }
        // The register is the large file: read through `withContents`, which may map it.
        if let stations {
            // A register given whole must name only constituencies of the definition.
            let constituencies = Int32(builder.constituencies.count)
            if let wrong = stations.constituency.first(where: { $0 < 0 || $0 >= constituencies }) {
                fatal.append(
                    Problem(
                        .unknownReference,
                        at: BundleLocation(file: BundleLayout.stations),
                        ["constituency", String(wrong)]
                    )
                )
            } else {
                builder.stationIndex = stations.index
                builder.stationConstituency = stations.constituency
                builder.stationRegistered = stations.registered
                builder.stationNames = stations.names
                builder.stationNameEnds = stations.nameEnds
            }
        } else {
            do {
                let found = try source.withContents(of: BundleLayout.stations) {
                    builder.readStations($0, options: options)
                }
                if found == nil { fatal.append(Problem(.missingFile, at: BundleLocation(file: BundleLayout.stations))) }
            } catch {
                fatal.append(Problem.unreadable(BundleLayout.stations, error))
            }
        }
        if let bytes = read(BundleLayout.previous, required: false) { builder.readPrevious(bytes) }
        fatal += builder.fatal

        guard let contents, let system = ElectoralSystems.named(contents.settings.system) else {
            throw BundleError(fatal)
        }
        fatal += builder.completenessProblems(
            seats: contents.settings.seats,
            declaredResults: contents.settings.declaredResults
        )
        guard fatal.isEmpty else { throw BundleError(fatal) }

        let definition = ElectionDefinition(
            settings: contents.settings,
            system: system,
            thresholds: contents.thresholds,
            parties: builder.parties,
            constituencies: builder.constituencies,
            lists: builder.lists,
            candidates: builder.candidates,
            stations: StationTable(
                index: builder.stationIndex,
                constituency: builder.stationConstituency,
                registered: builder.stationRegistered,
                names: builder.stationNames,
                nameEnds: builder.stationNameEnds,
                constituencyCodes: builder.constituencies.map(\.code)
            ),
            previous: builder.previous,
            partyIndex: builder.partyIndex,
            constituencyIndex: builder.constituencyIndex,
            listIndex: builder.listIndex,
            listConstituency: builder.listConstituency,
            listParties: builder.listParties,
            candidateList: builder.candidateList,
            candidateParty: builder.candidateParty
        )
        // A record of declared results names lists without their candidates.
        if let known { return (definition, known) }
        let candidacy =
            contents.settings.declaredResults && definition.candidates.isEmpty
            ? [] : CandidacyChecks.run(definition, candidateLines: builder.candidateLines, listLines: builder.listLines)
        return (definition, candidacy)
    }

    /// The state of a definition being read.
    private struct Builder {
        var fatal: [Problem] = []

        var parties: [Party] = []
        var partyIndex: [String: Int] = [:]
        var partyLines: [Int] = []
        var constituencies: [Constituency] = []
        var constituencyIndex: [String: Int] = [:]
        var constituencyLines: [Int] = []
        var lists: [CandidateList] = []
        var listIndex = CodeIndex()
        var listLines: [Int] = []
        var listConstituency: [Int] = []
        var listParties: [[Int]] = []
        var candidates: [Candidate] = []
        var candidateList: [Int] = []
        var candidateParty: [Int?] = []
        var candidateLines: [Int] = []
        var positionLines: [Int: [Int: Int]] = [:]
        var stationIndex = CodeIndex()
        var stationLines: [Int] = []
        var stationConstituency: [Int32] = []
        var stationRegistered: [Int32] = []
        var stationNames: [UInt8] = []
        var stationNameEnds: [Int32] = []
        /// Constituency codes looked up by bytes, for the million rows of `stations.csv`.
        var constituencyCodes = CodeIndex()
        var previous: PreviousSeats?

        /// Definition files whose structure is broken, or that are missing or cannot be read:
        /// references into them are not reported, since the rows after the break (or all of
        /// them) were never read.
        var brokenFiles: Set<String> = []

        mutating func structure(_ problems: [Problem]) {
            fatal += problems
            for problem in problems { brokenFiles.insert(problem.location.file) }
        }

        static let fileOfKind = [
            "party": BundleLayout.parties, "constituency": BundleLayout.constituencies, "list": BundleLayout.lists,
            "polling station": BundleLayout.stations,
        ]

        mutating func invalid(_ file: String, _ row: CSVRow, _ column: String, _ value: String, _ expectation: String) {
            fatal.append(
                Problem(
                    .invalidValue,
                    at: BundleLocation(file: file, line: row.line, field: column),
                    [value, expectation]
                )
            )
        }

        mutating func unknown(_ file: String, _ row: CSVRow, _ column: String, _ kind: String, _ code: String) {
            if let target = Self.fileOfKind[kind], brokenFiles.contains(target) { return }
            fatal.append(
                Problem(.unknownReference, at: BundleLocation(file: file, line: row.line, field: column), [kind, code])
            )
        }

        mutating func duplicate(_ file: String, _ row: CSVRow, _ column: String, _ code: String, firstLine: Int) {
            fatal.append(
                Problem(
                    .duplicateCode,
                    at: BundleLocation(file: file, line: row.line, field: column),
                    [code, String(firstLine)]
                )
            )
        }

        /// A code field: not empty, without spaces inside.
        mutating func code(_ file: String, _ row: CSVRow, _ column: Int, _ name: String) -> String? {
            let code = row.text(column)
            guard Self.isCode(row.bytes(column)) else {
                invalid(file, row, name, code, Self.codeExpectation)
                return nil
            }
            return code
        }

        /// A name: not empty, and without control or invisible characters (`ForbiddenCharacters`).
        mutating func nonEmpty(_ file: String, _ row: CSVRow, _ column: Int, _ name: String) -> String? {
            let text = row.text(column)
            guard !text.isEmpty else {
                invalid(file, row, name, text, "a non-empty text")
                return nil
            }
            guard ForbiddenCharacters.first(in: text) == nil else {
                invalid(file, row, name, text, ForbiddenCharacters.expectation)
                return nil
            }
            return text
        }

        mutating func integer(
            _ file: String,
            _ row: CSVRow,
            _ column: Int,
            _ name: String,
            minimum: Int,
            _ expectation: String
        ) -> Int? {
            let text = row.text(column)
            guard let field = row.field(column), case .value(let value) = row.reader.count(field), value >= minimum
            else {
                invalid(file, row, name, text, expectation)
                return nil
            }
            return Int(value)
        }

        mutating func readParties(_ bytes: [UInt8]) {
            let file = BundleLayout.parties
            structure(
                CSVFile.forEachRow(bytes, file: file, schema: Schema.parties) { row in
                    let code = code(file, row, 0, "code")
                    let name = nonEmpty(file, row, 1, "name")
                    let color = row.text(2)
                    if !color.isEmpty && !Self.isColor(color) {
                        invalid(file, row, "color", color, "a colour written #RRGGBB")
                    }
                    guard let code else { return }
                    if let first = partyIndex[code] {
                        duplicate(file, row, "code", code, firstLine: partyLines[first])
                        return
                    }
                    // A valid code is registered even when another field is not, so that rows
                    // referring to it do not raise a second, misleading problem.
                    partyIndex[code] = parties.count
                    partyLines.append(row.line)
                    parties.append(Party(code: code, name: name ?? "", color: color.isEmpty ? nil : color))
                }
            )
        }

        static func isColor(_ text: String) -> Bool {
            text.utf8.count == 7 && text.hasPrefix("#") && text.dropFirst().allSatisfy(\.isHexDigit)
        }

        mutating func readConstituencies(_ bytes: [UInt8]) {
            let file = BundleLayout.constituencies
            structure(
                CSVFile.forEachRow(bytes, file: file, schema: Schema.constituencies) { row in
                    let code = code(file, row, 0, "code")
                    let name = nonEmpty(file, row, 1, "name")
                    let region = nonEmpty(file, row, 2, "region")
                    let seats = integer(file, row, 3, "seats", minimum: 1, "a positive whole number")
                    guard let code else { return }
                    if let first = constituencyIndex[code] {
                        duplicate(file, row, "code", code, firstLine: constituencyLines[first])
                        return
                    }
                    constituencyIndex[code] = constituencies.count
                    _ = constituencyCodes.insert(code)
                    constituencyLines.append(row.line)
                    constituencies.append(
                        Constituency(code: code, name: name ?? "", region: region ?? "", seats: seats ?? 0)
                    )
                }
            )
        }

        mutating func readLists(_ bytes: [UInt8]) {
            let file = BundleLayout.lists
            structure(
                CSVFile.forEachRow(bytes, file: file, schema: Schema.lists) { row in
                    let code = code(file, row, 0, "code")
                    let constituencyCode = row.text(1)
                    let constituency = constituencyIndex[constituencyCode]
                    if constituency == nil { unknown(file, row, "constituency", "constituency", constituencyCode) }
                    let name = nonEmpty(file, row, 2, "name")
                    let partyText = row.text(3)
                    let codes =
                        partyText.isEmpty
                        ? []
                        : partyText.split(separator: "+", omittingEmptySubsequences: false).map {
                            String($0.trimmingPrefix(while: \.isWhitespace)).trimmingSuffixWhitespace()
                        }
                    var members: [Int] = []
                    for party in codes {
                        if let index = partyIndex[party] {
                            members.append(index)
                        } else {
                            unknown(file, row, "parties", "party", party)
                        }
                    }
                    if Set(codes).count != codes.count {
                        invalid(file, row, "parties", partyText, "a list of distinct party codes joined by '+'")
                    }
                    guard let code else { return }
                    let (id, isNew) = listIndex.insert(code)
                    guard isNew else {
                        duplicate(file, row, "code", code, firstLine: listLines[id])
                        return
                    }
                    // Registered even when invalid (see parties); the load fails then anyway.
                    listLines.append(row.line)
                    listConstituency.append(constituency ?? 0)
                    listParties.append(members)
                    lists.append(
                        CandidateList(
                            code: code,
                            constituency: constituencyCode,
                            name: name ?? "",
                            parties: codes
                        )
                    )
                }
            )
        }

        mutating func readCandidates(_ bytes: [UInt8]) {
            let file = BundleLayout.candidates
            structure(
                CSVFile.forEachRow(bytes, file: file, schema: Schema.candidates) { row in
                    let listCode = row.text(0)
                    let list = listIndex.find(listCode)
                    if list == nil { unknown(file, row, "list", "list", listCode) }
                    let position = integer(file, row, 1, "position", minimum: 1, "a positive whole number")
                    let name = nonEmpty(file, row, 2, "name")
                    let genderText = row.text(3)
                    let gender = Gender(rawValue: genderText.uppercased())
                    if gender == nil { invalid(file, row, "gender", genderText, "F or M") }
                    let partyCode = row.text(4)
                    var party: Int?
                    if !partyCode.isEmpty {
                        party = partyIndex[partyCode]
                        if party == nil { unknown(file, row, "party", "party", partyCode) }
                    }
                    guard let list, let position, let name, let gender, partyCode.isEmpty || party != nil else {
                        return
                    }
                    if let first = positionLines[list, default: [:]][position] {
                        fatal.append(
                            Problem(
                                .duplicatePosition,
                                at: BundleLocation(file: file, line: row.line, field: "position"),
                                [listCode, String(position), String(first)]
                            )
                        )
                        return
                    }
                    positionLines[list, default: [:]][position] = row.line
                    candidateList.append(list)
                    candidateParty.append(party)
                    candidateLines.append(row.line)
                    candidates.append(
                        Candidate(
                            list: listCode,
                            position: position,
                            name: name,
                            gender: gender,
                            party: partyCode.isEmpty ? nil : partyCode
                        )
                    )
                }
            )
        }

        /// Reads `stations.csv` on bytes, on several threads.
        ///
        /// A national register has a million rows, so no string is made per row unless the row has
        /// a problem. Each chunk parses into
        /// its own arrays; they are joined in file order, then the codes are indexed in one pass
        /// (`indexAll`), which also finds codes given twice.
        mutating func readStations(_ buffer: UnsafeBufferPointer<UInt8>, options: LoadOptions) {
            let file = BundleLayout.stations
            let constituencyCodes = self.constituencyCodes

            struct Chunk {
                var keys: [UInt8] = []
                var keyEnds: [Int32] = []
                var names: [UInt8] = []
                var nameEnds: [Int32] = []
                var constituency: [Int32] = []
                var registered: [Int32] = []
                var lines: [Int32] = []
                /// Problems as (code, line, field, arguments); lines local to the chunk.
                var problems: [(code: CheckCode, line: Int, field: String, arguments: [String])] = []
            }

            var chunks: [Chunk] = []
            var offsets: [Int] = []
            let stop: Problem? = { () -> Problem? in
                let header: CSVFile.Header
                switch CSVFile.header(buffer, file: file, schema: Schema.stations) {
                case .failure(let stop): return stop.problem
                case .success(let found): header = found
                }
                var ranges = CSVFile.chunks(header, count: options.threads, minimumBytes: options.minimumChunkBytes)
                while true {
                    chunks = ranges.map { range in
                        var chunk = Chunk()
                        let rows = buffer[range].count { $0 == UInt8(ascii: "\n") } + 1
                        chunk.keys.reserveCapacity(range.count / 3)
                        chunk.names.reserveCapacity(range.count / 2)
                        for reserve in [\Chunk.keyEnds, \.nameEnds, \.constituency, \.registered, \.lines] {
                            chunk[keyPath: reserve].reserveCapacity(rows)
                        }
                        return chunk
                    }
                    let ends = CSVFile.forEachChunk(header, ranges: ranges, file: file, states: &chunks) {
                        chunk,
                        cursor throws(CSVStop) in
                        var lastConstituency = -1
                        while try cursor.next() {
                            let line = cursor.line
                            let code = cursor.bytes(0)
                            guard Self.isCode(code) else {
                                chunk.problems.append(
                                    (.invalidValue, line, "code", [cursor.text(0), Self.codeExpectation])
                                )
                                continue
                            }
                            // Stations come grouped by constituency: try the last one first.
                            let constituency = constituencyCodes.find(cursor.bytes(1), guess: lastConstituency)
                            if let constituency { lastConstituency = constituency }
                            if constituency == nil {
                                chunk.problems.append(
                                    (.unknownReference, line, "constituency", ["constituency", cursor.text(1)])
                                )
                            }
                            var registered: Int32 = 0
                            if case .value(let value) = cursor.count(3) {
                                registered = value
                            } else {
                                chunk.problems.append(
                                    (
                                        .invalidValue, line, "registered",
                                        [cursor.text(3), "a whole number from 0 to 2,147,483,647"]
                                    )
                                )
                            }
                            if !ForbiddenCharacters.isClean(utf8: cursor.bytes(2)) {
                                chunk.problems.append(
                                    (
                                        .invalidValue, line, "name",
                                        [cursor.text(2), ForbiddenCharacters.expectation]
                                    )
                                )
                            }
                            chunk.keys.append(contentsOf: code)
                            chunk.keyEnds.append(Int32(clamping: chunk.keys.count))
                            if let field = cursor.field(2), field.hasDoubledQuotes {
                                chunk.names.append(contentsOf: cursor.text(2).utf8)
                            } else {
                                chunk.names.append(contentsOf: cursor.bytes(2))
                            }
                            chunk.nameEnds.append(Int32(clamping: chunk.names.count))
                            chunk.constituency.append(Int32(constituency ?? 0))
                            chunk.registered.append(registered)
                            chunk.lines.append(Int32(clamping: line))
                        }
                    }
                    if ranges.count > 1 && ends.contains(where: { $0.stop != nil }) {
                        ranges = [header.reader.position..<buffer.count]
                        continue
                    }
                    offsets = CSVFile.lineOffsets(ends, header: header)
                    return ends.first { $0.stop != nil }?.stop?.shifted(by: offsets[0])
                }
            }()

            // Join the chunks in file order.
            let rows = chunks.reduce(0) { $0 + $1.lines.count }
            stationIndex.reserve(0, bytes: chunks.reduce(0) { $0 + $1.keys.count })
            stationConstituency.reserveCapacity(rows)
            stationRegistered.reserveCapacity(rows)
            stationNameEnds.reserveCapacity(rows)
            stationLines.reserveCapacity(rows)
            stationNames.reserveCapacity(chunks.reduce(0) { $0 + $1.names.count })
            for (index, chunk) in chunks.enumerated() {
                let offset = offsets.isEmpty ? 0 : offsets[index]
                for problem in chunk.problems {
                    let location = BundleLocation(file: file, line: problem.line + offset, field: problem.field)
                    if problem.code == .unknownReference && brokenFiles.contains(BundleLayout.constituencies) {
                        continue
                    }
                    fatal.append(Problem(problem.code, at: location, problem.arguments))
                }
                stationIndex.appendUnindexed(keys: chunk.keys, ends: chunk.keyEnds)
                let namesBase = Int32(clamping: stationNames.count)
                stationNames.append(contentsOf: chunk.names)
                stationNameEnds.append(contentsOf: chunk.nameEnds.lazy.map { $0 + namesBase })
                stationConstituency.append(contentsOf: chunk.constituency)
                stationRegistered.append(contentsOf: chunk.registered)
                stationLines.append(contentsOf: chunk.lines.lazy.map { Int($0) + offset })
            }
            chunks = []
            if stop != nil { structure(CSVFile.structuralProblems(buffer, file: file, schema: Schema.stations)) }
            for (repeated, first) in stationIndex.indexAll() {
                fatal.append(
                    Problem(
                        .duplicateCode,
                        at: BundleLocation(file: file, line: stationLines[repeated], field: "code"),
                        [stationIndex.code(repeated), String(stationLines[first])]
                    )
                )
            }
        }

        static let codeExpectation = "a code (ASCII letters, digits and signs; no spaces, quotes, commas or '+')"

        /// Whether bytes make a code: printable ASCII without spaces, quotes, commas or `+`.
        static func isCode(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard !bytes.isEmpty else { return false }
            for byte in bytes {
                guard
                    byte > 0x20 && byte < 0x7F && byte != UInt8(ascii: "+") && byte != UInt8(ascii: "\"")
                        && byte != UInt8(ascii: ",")
                else { return false }
            }
            return true
        }

        mutating func readPrevious(_ bytes: [UInt8]) {
            let file = BundleLayout.previous
            var byParty: [PartyID: Int] = [:]
            var independents: Int?
            var lines: [String: Int] = [:]
            structure(
                CSVFile.forEachRow(bytes, file: file, schema: Schema.previous) { row in
                    let code = row.text(0)
                    let seats = integer(file, row, 1, "seats", minimum: 0, "a whole number of seats")
                    if let first = lines[code] {
                        duplicate(file, row, "party", code.isEmpty ? "(independents)" : code, firstLine: first)
                        return
                    }
                    lines[code] = row.line
                    if code.isEmpty {
                        independents = seats
                    } else if let party = partyIndex[code] {
                        if let seats { byParty[PartyID(party)] = seats }
                    } else {
                        unknown(file, row, "party", "party", code)
                    }
                }
            )
            previous = PreviousSeats(byParty: byParty, independents: independents)
        }

        /// Seats add up; every constituency has lists and stations.
        ///
        /// Not asked when the results are declared (the sources may name no list, and there are
        /// no stations), nor judged when a file was not read whole.
        func completenessProblems(seats: Int, declaredResults: Bool) -> [Problem] {
            guard fatal.isEmpty, brokenFiles.isEmpty else { return [] }
            var problems: [Problem] = []
            let total = constituencies.reduce(0) { $0 + $1.seats }
            if total != seats {
                problems.append(
                    Problem(
                        .seatsMismatch,
                        at: BundleLocation(file: BundleLayout.constituencies),
                        [String(total), String(seats)]
                    )
                )
            }
            var hasList = Array(repeating: false, count: constituencies.count)
            for constituency in listConstituency { hasList[constituency] = true }
            var hasStation = Array(repeating: false, count: constituencies.count)
            for constituency in stationConstituency { hasStation[Int(constituency)] = true }
            for (index, constituency) in constituencies.enumerated() {
                let location = BundleLocation(file: BundleLayout.constituencies, line: constituencyLines[index])
                if !hasList[index] && !declaredResults {
                    problems.append(Problem(.constituencyWithoutLists, at: location, [constituency.code]))
                }
                if !hasStation[index] && !declaredResults {
                    problems.append(Problem(.constituencyWithoutStations, at: location, [constituency.code]))
                }
            }
            return problems
        }
    }
}

extension String {
    /// The text without trailing whitespace.
    package func trimmingSuffixWhitespace() -> String {
        var text = Substring(self)
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
