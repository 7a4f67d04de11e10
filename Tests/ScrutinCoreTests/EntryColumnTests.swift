import Testing

@testable import ScrutinCore

/// The double entry's column of a checkpoint: what is written reads back the same, and damaged
/// bytes read back as nothing, never as a trap.
struct EntryColumnTests {
    /// Every kind of state, with texts in several scripts, a list with no votes, and repeats.
    static func states(count: Int, seed: UInt64) -> (entries: [Int32: DataEntryState], acceptedAt: [Int32: Int]) {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let names = ["clerk-a", "clerk-b", "Aïssata Traoré", "مريم", "超级", "", "sup\u{2028}er", "\"q\""]
        func sheet(_ station: Int32) -> SheetEntry {
            var votes: [String: Int] = [:]
            for _ in 0..<next(6) { votes["L\(next(9))-\(station % 5)"] = next(900) }
            return SheetEntry(
                station: "S\(station)",
                registered: next(2_000),
                voters: next(1_000),
                invalid: next(50),
                valid: next(1_000),
                votes: votes.map { SheetEntry.ListVotes(list: $0.key, votes: $0.value) }
            )
        }
        var entries: [Int32: DataEntryState] = [:]
        var acceptedAt: [Int32: Int] = [:]
        for index in 0..<count {
            let station = Int32(index * 3 + next(3))
            let name = { names[next(names.count)] }
            switch next(5) {
            case 0: entries[station] = .keyedOnce(sheet(station), clerk: name())
            case 1:
                entries[station] = .different(
                    first: sheet(station),
                    firstClerk: name(),
                    second: sheet(station),
                    secondClerk: name()
                )
            case 2: entries[station] = .accepted(sheet(station), how: .doubleEntry(first: name(), second: name()))
            case 3: entries[station] = .accepted(sheet(station), how: .supervisor(name(), kept: "second"))
            default: entries[station] = .accepted(sheet(station), how: .trusted(source: name()))
            }
            if next(2) == 0 { acceptedAt[station] = next(1_000_000) }
        }
        return (entries, acceptedAt)
    }

    @Test("Every state reads back as it was written", arguments: [0, 1, 7, 500])
    func roundTrip(count: Int) throws {
        let (entries, acceptedAt) = Self.states(count: count, seed: UInt64(count) + 1)
        let bytes = EntryColumn.encode(entries, acceptedAt: acceptedAt)
        let decoded = try #require(EntryColumn.decode(bytes))
        #expect(decoded.entries == entries)
        #expect(decoded.acceptedAt == acceptedAt)
        // The same state gives the same bytes, whatever order the dictionaries have.
        #expect(EntryColumn.encode(decoded.entries, acceptedAt: decoded.acceptedAt) == bytes)
    }

    @Test("Bytes cut short, or with a byte changed, read back as nothing or as some state: never a trap")
    func damaged() {
        let (entries, acceptedAt) = Self.states(count: 40, seed: 9)
        let bytes = EntryColumn.encode(entries, acceptedAt: acceptedAt)
        for length in 0..<bytes.count {
            #expect(EntryColumn.decode(Array(bytes.prefix(length))) == nil, "cut at \(length)")
        }
        #expect(EntryColumn.decode(bytes + [0]) == nil)
        for position in stride(from: 0, to: bytes.count, by: 7) {
            for value: UInt8 in [0, 0x7F, 0xFF] {
                var changed = bytes
                changed[position] = value
                _ = EntryColumn.decode(changed)
            }
        }
        // A count far beyond what the bytes can hold is refused before anything is reserved.
        #expect(EntryColumn.decode([0xFF, 0xFF, 0xFF, 0x7F]) == nil)
        #expect(EntryColumn.decode([0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF]) == nil)
    }
}
