/// A table from codes (byte strings) to dense ids, looked up straight from CSV bytes.
///
/// Loading a national election looks up a station code for each of millions of rows. A
/// `[String: Int]` would build a `String` and hash it with SipHash for every row; this table
/// hashes the bytes in place. It is open addressing in a power-of-two table kept at most half
/// full; each slot holds an id and 32 bits of its code's hash, so a probe rejects a different
/// code without reading the keys (one cache miss instead of three).
struct CodeIndex: Sendable {
    /// Every code's bytes, one after the other.
    private(set) var keys: [UInt8] = []
    /// Where each code starts in `keys`; one more entry marks the end of the last.
    private(set) var keyStarts: [Int] = [0]
    /// An empty slot is 0; otherwise the upper 32 bits are a hash tag and the lower 32 bits id + 1.
    private(set) var slots: [UInt64]
    private(set) var mask: Int

    /// A table from its parts, as `keys`, `keyStarts` and `slots` gave them (a checkpoint).
    ///
    /// - Returns: nil when the parts do not make a table (sizes that do not fit).
    init?(keys: [UInt8], keyStarts: [Int], slots: [UInt64]) {
        guard slots.count >= 16, slots.count & (slots.count - 1) == 0, keyStarts.first == 0,
            keyStarts.last == keys.count, zip(keyStarts, keyStarts.dropFirst()).allSatisfy({ $0 <= $1 }),
            slots.count >= (keyStarts.count - 1) * 2
        else { return nil }
        for slot in slots where slot != 0 && Int(slot & 0xFFFF_FFFF) > keyStarts.count - 1 { return nil }
        self.keys = keys
        self.keyStarts = keyStarts
        self.slots = slots
        self.mask = slots.count - 1
    }

    init(expectedCount: Int = 16) {
        var capacity = 16
        while capacity < expectedCount * 2 { capacity <<= 1 }
        slots = Array(repeating: 0, count: capacity)
        mask = capacity - 1
    }

    var count: Int { keyStarts.count - 1 }

    /// The code with this id.
    func code(_ id: Int) -> String {
        keys.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[keyStarts[id]..<keyStarts[id + 1]]), as: UTF8.self)
        }
    }

    /// Reserves room for this many more codes, so that a table known to be large is not grown step by step.
    mutating func reserve(_ additional: Int, bytes: Int) {
        keys.reserveCapacity(keys.count + bytes)
        keyStarts.reserveCapacity(keyStarts.count + additional)
        var capacity = slots.count
        while capacity < (count + additional) * 2 { capacity <<= 1 }
        if capacity > slots.count { rebuild(capacity: capacity) }
    }

    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        // FNV-1a, then a murmur3 finaliser to spread sequential codes.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        hash ^= hash >> 33
        hash = hash &* 0xff51_afd7_ed55_8ccd
        hash ^= hash >> 33
        return hash
    }

    @inline(__always)
    private static func tag(_ hash: UInt64) -> UInt64 { hash & 0xFFFF_FFFF_0000_0000 }

    /// Whether the code with this id is these bytes.
    func matches(_ id: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        withLookup { $0.matches(id, bytes) }
    }

    /// The id of a code, trying `guess` and the id after it before hashing (see `Lookup`).
    func find(_ bytes: UnsafeBufferPointer<UInt8>, guess: Int) -> Int? {
        withLookup { $0.find(bytes, guess: guess) }
    }

    /// The id of a code, or nil.
    func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? { find(bytes, hash: Self.hash(bytes)) }

    /// Look-ups through raw pointers, for the loops over millions of rows: no closure call and no
    /// bounds check per comparison.
    struct Lookup {
        let index: CodeIndex
        let keys: UnsafePointer<UInt8>
        let starts: UnsafePointer<Int>
        let count: Int

        /// Whether the code with this id is these bytes.
        @inline(__always)
        func matches(_ id: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            let start = starts[id]
            let length = starts[id + 1] - start
            guard length == bytes.count else { return false }
            guard let other = bytes.baseAddress else { return true }
            var offset = 0
            while offset < length {
                if keys[start + offset] != other[offset] { return false }
                offset += 1
            }
            return true
        }

        /// The id of a code, trying `guess` and the id after it before hashing.
        ///
        /// Tally sheets come in register order and vote rows grouped by station, so the last id or
        /// the next one is nearly always right, and comparing it costs one sequential read where a
        /// hash look-up costs a cache miss in a table of megabytes.
        @inline(__always)
        func find(_ bytes: UnsafeBufferPointer<UInt8>, guess: Int) -> Int? {
            if guess >= 0 && guess < count && matches(guess, bytes) { return guess }
            if guess + 1 >= 0 && guess + 1 < count && matches(guess + 1, bytes) { return guess + 1 }
            return index.find(bytes)
        }
    }

    /// Calls `body` with a `Lookup` valid during the call.
    func withLookup<Result>(_ body: (Lookup) -> Result) -> Result {
        keys.withUnsafeBufferPointer { keys in
            keyStarts.withUnsafeBufferPointer { starts in
                // `keyStarts` always holds at least the 0 that starts the first code.
                guard let startsBase = starts.baseAddress else { preconditionFailure("key starts are never empty") }
                let empty: UInt8 = 0
                return withUnsafePointer(to: empty) { fallback in
                    body(Lookup(index: self, keys: keys.baseAddress ?? fallback, starts: startsBase, count: count))
                }
            }
        }
    }

    private func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        let tag = Self.tag(hash)
        return slots.withUnsafeBufferPointer { slots in
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let entry = slots[slot]
                if entry == 0 { return nil }
                if entry & 0xFFFF_FFFF_0000_0000 == tag {
                    let id = Int(entry & 0xFFFF_FFFF) - 1
                    if matches(id, bytes) { return id }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The id of a code, or nil.
    func find(_ code: String) -> Int? {
        var code = code
        return code.withUTF8 { find($0) }
    }

    /// Adds a code and returns its id, or returns the id it already has.
    ///
    /// - Returns: the code's id, and whether it was new.
    mutating func insert(_ code: String) -> (id: Int, isNew: Bool) {
        var code = code
        return code.withUTF8 { insert($0) }
    }

    /// Adds a code given as bytes; see `insert(_:)`.
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>) -> (id: Int, isNew: Bool) {
        if let id = find(bytes) { return (id, false) }
        if (count + 1) * 2 > slots.count { rebuild(capacity: slots.count * 2) }
        let id = count
        keys.append(contentsOf: bytes)
        keyStarts.append(keys.count)
        place(id, hash: Self.hash(bytes))
        return (id, true)
    }

    /// Appends a code without indexing it; `indexAll()` indexes every code appended so.
    mutating func appendUnindexed(_ bytes: UnsafeBufferPointer<UInt8>) {
        keys.append(contentsOf: bytes)
        keyStarts.append(keys.count)
    }

    /// Appends codes given as one buffer and their end offsets in it, without indexing them.
    mutating func appendUnindexed(keys newKeys: [UInt8], ends: [Int32]) {
        let base = keys.count
        keys.append(contentsOf: newKeys)
        keyStarts.append(contentsOf: ends.lazy.map { base + Int($0) })
    }

    /// Indexes every code, and returns the codes given twice: (id of the repeat, id of the first).
    ///
    /// The codes are hashed sixteen at a time and their first slots read together, so that the
    /// cache misses of a large table overlap instead of following one another.
    /// - Complexity: O(n).
    mutating func indexAll() -> [(repeat: Int, first: Int)] {
        var capacity = 16
        while capacity < count * 2 { capacity <<= 1 }
        slots = Array(repeating: 0, count: capacity)
        mask = capacity - 1
        var repeats: [(repeat: Int, first: Int)] = []
        let count = self.count
        var hashes = [UInt64](repeating: 0, count: 16)
        var id = 0
        while id < count {
            let batch = min(16, count - id)
            keys.withUnsafeBufferPointer { stored in
                for offset in 0..<batch {
                    let key = id + offset
                    hashes[offset] = Self.hash(
                        UnsafeBufferPointer(rebasing: stored[keyStarts[key]..<keyStarts[key + 1]])
                    )
                }
            }
            // Touch the first slots together: their misses overlap.
            var touched: UInt64 = 0
            slots.withUnsafeBufferPointer { slots in
                for offset in 0..<batch { touched |= slots[Int(truncatingIfNeeded: hashes[offset]) & mask] }
            }
            _ = touched
            for offset in 0..<batch {
                let key = id + offset
                let first = keys.withUnsafeBufferPointer { stored in
                    find(
                        UnsafeBufferPointer(rebasing: stored[keyStarts[key]..<keyStarts[key + 1]]),
                        hash: hashes[offset]
                    )
                }
                if let first {
                    repeats.append((key, first))
                } else {
                    place(key, hash: hashes[offset])
                }
            }
            id += batch
        }
        return repeats
    }

    private mutating func place(_ id: Int, hash: UInt64) {
        let entry = Self.tag(hash) | UInt64(id + 1)
        let mask = self.mask
        slots.withUnsafeMutableBufferPointer { slots in
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }

    private mutating func rebuild(capacity: Int) {
        slots = Array(repeating: 0, count: capacity)
        mask = capacity - 1
        for id in 0..<count {
            let hash = keys.withUnsafeBufferPointer { stored in
                Self.hash(UnsafeBufferPointer(rebasing: stored[keyStarts[id]..<keyStarts[id + 1]]))
            }
            place(id, hash: hash)
        }
    }
}
