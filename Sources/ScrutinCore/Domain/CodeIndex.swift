#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A table from codes (byte strings) to dense ids, looked up straight from CSV bytes.
///
/// Loading a national election looks up a station code for each of millions of vote rows. A
/// `[String: Int]` would build a `String` and hash it with SipHash for every row; this table
/// hashes the bytes in place and compares them with `memcmp`-like loops, with open addressing
/// in a power-of-two table kept at most half full.
struct CodeIndex: Sendable {
    private var keys: [UInt8] = []
    private var keyStarts: [Int] = [0]
    private var slots: [Int32]
    private var mask: Int

    init(expectedCount: Int = 16) {
        var capacity = 16
        while capacity < expectedCount * 2 { capacity <<= 1 }
        slots = Array(repeating: -1, count: capacity)
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
        if capacity > slots.count {
            slots = Array(repeating: -1, count: capacity)
            mask = capacity - 1
            rehash()
        }
    }

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

    /// Whether the code with this id is these bytes.
    func matches(_ id: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = keyStarts[id]
        let length = keyStarts[id + 1] - start
        guard length == bytes.count else { return false }
        guard let base = bytes.baseAddress else { return length == 0 }
        return keys.withUnsafeBufferPointer { stored in
            guard let storedBase = stored.baseAddress else { return false }
            return memcmp(storedBase + start, base, length) == 0
        }
    }

    /// The id of a code, trying `guess` and the id after it before hashing.
    ///
    /// Tally sheets come in register order and vote rows grouped by station, so the last id or the
    /// next one is nearly always right, and comparing it costs one sequential read where a hash
    /// look-up costs cache misses in tables of megabytes.
    func find(_ bytes: UnsafeBufferPointer<UInt8>, guess: Int) -> Int? {
        if guess >= 0 && guess < count && matches(guess, bytes) { return guess }
        if guess + 1 >= 0 && guess + 1 < count && matches(guess + 1, bytes) { return guess + 1 }
        return find(bytes)
    }

    /// The id of a code, or nil.
    func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var slot = Int(truncatingIfNeeded: Self.hash(bytes)) & mask
        while true {
            let id = Int(slots[slot])
            if id < 0 { return nil }
            if matches(id, bytes) { return id }
            slot = (slot + 1) & mask
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
        if (count + 1) * 2 > slots.count { grow() }
        let id = count
        keys.append(contentsOf: bytes)
        keyStarts.append(keys.count)
        place(id, hash: Self.hash(bytes))
        return (id, true)
    }

    private mutating func place(_ id: Int, hash: UInt64) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(id)
    }

    private mutating func grow() {
        let capacity = slots.count * 2
        slots = Array(repeating: -1, count: capacity)
        mask = capacity - 1
        rehash()
    }

    private mutating func rehash() {
        for id in 0..<count {
            let hash = keys.withUnsafeBufferPointer { stored in
                Self.hash(UnsafeBufferPointer(rebasing: stored[keyStarts[id]..<keyStarts[id + 1]]))
            }
            place(id, hash: hash)
        }
    }
}
