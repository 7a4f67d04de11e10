/// The double entry of a round in a checkpoint: every station's keyed sheets and who keyed,
/// settled or accepted them, in one column of bytes.
///
/// After results night a national round holds a million stations keyed twice. As JSON this part
/// of a checkpoint took most of the time to open a file (0.12 s for 2,000 keyed stations, so
/// about a minute for a million); here each text (a clerk, a list code, a station code) is written
/// once in a table and named by its number, and the rest is fixed-width integers.
///
/// Layout, little-endian: the texts (`u32` count, then each as `u32` length and UTF-8 bytes); the
/// entries (`u32` count, then each: `i32` station, `u8` state, `u32` two texts, one or two sheets);
/// the acceptances (`u32` count, then `i32` station and `i64` event each). A sheet is `u32` its
/// station's text, four `i64` figures, `u32` count of lists, and `u32` text and `i64` votes each.
/// Decoding checks every length and number against the bytes left: damaged bytes give nil, never
/// a trap or an allocation the bytes cannot back.
enum EntryColumn {
    private enum State: UInt8 {
        case keyedOnce = 1
        case different, acceptedByDoubleEntry, acceptedBySupervisor, acceptedAsTrusted
    }

    private static let none = UInt32.max

    static func encode(_ entries: [Int32: DataEntryState], acceptedAt: [Int32: Int]) -> [UInt8] {
        var texts: [String: UInt32] = [:]
        var table: [String] = []
        func text(_ value: String) -> UInt32 {
            if let known = texts[value] { return known }
            let number = UInt32(table.count)
            texts[value] = number
            table.append(value)
            return number
        }
        var body: [UInt8] = []
        body.reserveCapacity(entries.count * 96)
        func sheet(_ entry: SheetEntry) {
            body.append(le: text(entry.station))
            for figure in [entry.registered, entry.voters, entry.invalid, entry.valid] {
                body.append(le: Int64(figure))
            }
            body.append(le: UInt32(entry.votes.count))
            for row in entry.votes {
                body.append(le: text(row.list))
                body.append(le: Int64(row.votes))
            }
        }
        var written = 0
        for (station, state) in entries.sorted(by: { $0.key < $1.key }) {
            let fields: (State, String, String?, SheetEntry, SheetEntry?)
            switch state {
            case .empty: continue
            case .keyedOnce(let entry, let clerk): fields = (.keyedOnce, clerk, nil, entry, nil)
            case .different(let first, let firstClerk, let second, let secondClerk):
                fields = (.different, firstClerk, secondClerk, first, second)
            case .accepted(let entry, .doubleEntry(let first, let second)):
                fields = (.acceptedByDoubleEntry, first, second, entry, nil)
            case .accepted(let entry, .supervisor(let supervisor, let kept)):
                fields = (.acceptedBySupervisor, supervisor, kept, entry, nil)
            case .accepted(let entry, .trusted(let source)): fields = (.acceptedAsTrusted, source, nil, entry, nil)
            }
            written += 1
            body.append(le: station)
            body.append(fields.0.rawValue)
            body.append(le: text(fields.1))
            body.append(le: fields.2.map(text) ?? none)
            sheet(fields.3)
            if let second = fields.4 { sheet(second) }
        }
        var bytes: [UInt8] = []
        bytes.append(le: UInt32(table.count))
        for value in table {
            bytes.append(le: UInt32(value.utf8.count))
            bytes.append(contentsOf: value.utf8)
        }
        bytes.append(le: UInt32(written))
        bytes.append(contentsOf: body)
        bytes.append(le: UInt32(acceptedAt.count))
        for (station, sequence) in acceptedAt.sorted(by: { $0.key < $1.key }) {
            bytes.append(le: station)
            bytes.append(le: Int64(sequence))
        }
        return bytes
    }

    static func decode(
        _ bytes: [UInt8]
    ) -> (entries: [Int32: DataEntryState], acceptedAt: [Int32: Int])? {
        var reader = Reader(bytes: bytes)
        guard let textCount = reader.count(atLeast: 4) else { return nil }
        var table: [String] = []
        table.reserveCapacity(textCount)
        for _ in 0..<textCount {
            guard let length = reader.count(atLeast: 1), let text = reader.text(length) else { return nil }
            table.append(text)
        }
        func text() -> String? {
            guard let number = reader.u32(), Int(number) < table.count else { return nil }
            return table[Int(number)]
        }
        func sheet() -> SheetEntry? {
            guard let station = text(), let registered = reader.i64(), let voters = reader.i64(),
                let invalid = reader.i64(), let valid = reader.i64(), let rows = reader.count(atLeast: 12)
            else { return nil }
            var votes: [SheetEntry.ListVotes] = []
            votes.reserveCapacity(rows)
            for _ in 0..<rows {
                guard let list = text(), let count = reader.i64() else { return nil }
                votes.append(.init(list: list, votes: Int(count)))
            }
            return SheetEntry(
                station: station,
                registered: Int(registered),
                voters: Int(voters),
                invalid: Int(invalid),
                valid: Int(valid),
                votes: votes
            )
        }
        guard let entryCount = reader.count(atLeast: 13 + 40) else { return nil }
        var entries: [Int32: DataEntryState] = [:]
        entries.reserveCapacity(entryCount)
        for _ in 0..<entryCount {
            guard let station = reader.i32(), let raw = reader.u8(), let kind = State(rawValue: raw),
                let first = text(), let secondNumber = reader.u32()
            else { return nil }
            let second: String?
            if secondNumber == none {
                second = nil
            } else {
                guard Int(secondNumber) < table.count else { return nil }
                second = table[Int(secondNumber)]
            }
            guard let entry = sheet(), entries[station] == nil else { return nil }
            let state: DataEntryState
            switch (kind, second) {
            case (.keyedOnce, nil): state = .keyedOnce(entry, clerk: first)
            case (.different, let secondClerk?):
                guard let other = sheet() else { return nil }
                state = .different(first: entry, firstClerk: first, second: other, secondClerk: secondClerk)
            case (.acceptedByDoubleEntry, let secondClerk?):
                state = .accepted(entry, how: .doubleEntry(first: first, second: secondClerk))
            case (.acceptedBySupervisor, let kept?): state = .accepted(entry, how: .supervisor(first, kept: kept))
            case (.acceptedAsTrusted, nil): state = .accepted(entry, how: .trusted(source: first))
            default: return nil
            }
            entries[station] = state
        }
        guard let acceptedCount = reader.count(atLeast: 12) else { return nil }
        var acceptedAt: [Int32: Int] = [:]
        acceptedAt.reserveCapacity(acceptedCount)
        for _ in 0..<acceptedCount {
            guard let station = reader.i32(), let sequence = reader.i64(), acceptedAt[station] == nil else {
                return nil
            }
            acceptedAt[station] = Int(sequence)
        }
        guard reader.isAtEnd else { return nil }
        return (entries, acceptedAt)
    }

    /// Bounds-checked little-endian reading.
    private struct Reader {
        let bytes: [UInt8]
        var position = 0

        var isAtEnd: Bool { position == bytes.count }

        mutating func u8() -> UInt8? {
            guard position < bytes.count else { return nil }
            defer { position += 1 }
            return bytes[position]
        }

        mutating func integer<T: FixedWidthInteger>(_: T.Type) -> T? {
            let size = MemoryLayout<T>.size
            guard bytes.count - position >= size else { return nil }
            var value: T = 0
            for offset in 0..<size { value |= T(truncatingIfNeeded: bytes[position + offset]) << (8 * offset) }
            position += size
            return value
        }

        mutating func u32() -> UInt32? { integer(UInt32.self) }
        mutating func i32() -> Int32? { integer(Int32.self) }
        mutating func i64() -> Int64? { integer(Int64.self) }

        /// A count of items, each at least `size` bytes: refused when the bytes left cannot hold
        /// them, so that a damaged count never asks for a huge allocation.
        mutating func count(atLeast size: Int) -> Int? {
            guard let value = u32(), Int(value) <= (bytes.count - position) / size else { return nil }
            return Int(value)
        }

        mutating func text(_ length: Int) -> String? {
            guard bytes.count - position >= length else { return nil }
            defer { position += length }
            return String(validating: bytes[position..<(position + length)], as: UTF8.self)
        }
    }
}

extension [UInt8] {
    fileprivate mutating func append<T: FixedWidthInteger>(le value: T) {
        for offset in 0..<MemoryLayout<T>.size { append(UInt8(truncatingIfNeeded: value >> (8 * offset))) }
    }
}
