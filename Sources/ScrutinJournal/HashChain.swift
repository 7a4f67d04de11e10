import Crypto
public import ScrutinCore

/// An event as the journal stores it: its canonical bytes and the hashes that chain it.
public struct ChainedEvent: Sendable, Hashable {
    public var sequence: Int
    /// The event's canonical encoding (`Canonical.encode`).
    public var canonical: [UInt8]
    /// The previous event's hash; 64 zeros for the first event.
    public var previousHash: String
    /// SHA-256 over the previous hash and the canonical bytes (`HashChain.hash`).
    public var hash: String

    public init(sequence: Int, canonical: [UInt8], previousHash: String, hash: String) {
        self.sequence = sequence
        self.canonical = canonical
        self.previousHash = previousHash
        self.hash = hash
    }
}

/// The SHA-256 chain that makes the journal tamper-evident.
///
/// Each event's hash covers the hash of the event before it, so changing, removing or
/// reordering any event changes every hash after it. Publishing the head's hash (the last
/// event's) commits to the whole journal; `Signatures` signs it.
public enum HashChain {
    /// The previous hash of the first event.
    public static let genesis = String(repeating: "0", count: 64)

    /// `hex(SHA-256(previousHash ‖ "\n" ‖ canonical))`.
    public static func hash(previous: String, canonical: [UInt8]) -> String {
        var hasher = SHA256()
        hasher.update(data: Array(previous.utf8))
        hasher.update(data: [10])
        hasher.update(data: canonical)
        return hex(hasher.finalize())
    }

    /// The SHA-256 of bytes, in lower-case hexadecimal (for the files events refer to).
    public static func digest(_ bytes: some Sequence<UInt8>) -> String {
        hex(SHA256.hash(data: Array(bytes)))
    }

    /// The SHA-256 of bytes in memory, in lower-case hexadecimal, without copying them.
    public static func digest(_ buffer: UnsafeRawBufferPointer) -> String {
        hex(SHA256.hash(data: buffer))
    }

    /// Chains a new event after `previous` (nil for the first).
    public static func chain(_ event: JournalEvent, after previous: ChainedEvent?) -> ChainedEvent {
        let canonical = Canonical.encode(event)
        let previousHash = previous?.hash ?? genesis
        return ChainedEvent(
            sequence: event.sequence,
            canonical: canonical,
            previousHash: previousHash,
            hash: hash(previous: previousHash, canonical: canonical)
        )
    }

    /// The digits of a hash in lower-case hexadecimal.
    static let hexDigits = Array("0123456789abcdef".utf8)

    static func hex(_ digest: some Sequence<UInt8>) -> String {
        let digits = hexDigits
        var bytes: [UInt8] = []
        for byte in digest {
            bytes.append(digits[Int(byte >> 4)])
            bytes.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// What is wrong with a journal, at the first event where something is.
    public struct Break: Error, Sendable, Hashable, CustomStringConvertible {
        public enum Kind: String, Sendable, Hashable {
            /// The event's bytes no longer give its hash: it was changed.
            case changed
            /// An event is missing before this one: it was removed.
            case removed
            /// The event is not where its number or its previous hash says: events were
            /// reordered, or one was inserted.
            case reordered
            /// The stored bytes are not an event in canonical form.
            case malformed
        }
        public var kind: Kind
        /// The event's number where the break is (as the journal's order has it).
        public var sequence: Int { reason.sequence }
        /// What is wrong, in words (`kind: detail`).
        public var reason: ChainText

        public init(kind: Kind, _ reason: ChainText) {
            self.kind = kind
            self.reason = reason
        }

        public var description: String { VerifyText.finding(sequence: sequence, reason.message).message.english }
    }

    /// Checks a journal, in its stored order.
    ///
    /// - Returns: the events decoded, when the chain holds.
    /// - Throws: `Break` at the first event that was changed, removed, reordered or malformed.
    public static func verify(_ stored: [ChainedEvent]) throws(Break) -> [JournalEvent] {
        try verify(stored, after: 0, hash: genesis)
    }

    /// Checks the tail of a journal: the events after event `head`, whose hash is `hash` (a
    /// journal checked before, up to that event).
    ///
    /// - Returns: the tail's events decoded, when the chain holds on from `hash`.
    /// - Throws: `Break` at the first event of the tail that was changed, removed, reordered or
    ///   malformed, or that does not follow `hash`.
    public static func verify(
        _ stored: [ChainedEvent],
        after head: Int,
        hash headHash: String
    ) throws(Break)
        -> [JournalEvent]
    {
        var events: [JournalEvent] = []
        events.reserveCapacity(stored.count)
        var previous = headHash
        for (offset, item) in stored.enumerated() {
            let expected = head + offset + 1
            if item.sequence != expected {
                if item.sequence > expected {
                    throw Break(kind: .removed, .removed(sequence: expected, found: item.sequence))
                }
                throw Break(kind: .reordered, .standsElsewhere(sequence: expected, found: item.sequence))
            }
            let recomputed = hash(previous: item.previousHash, canonical: item.canonical)
            if recomputed != item.hash {
                // A damaged hash is not shown: it may hold anything, escape sequences included.
                let isHex = item.hash.utf8.count == 64 && item.hash.utf8.allSatisfy { hexDigits.contains($0) }
                throw Break(
                    kind: .changed,
                    isHex ? .changed(sequence: expected, hash: item.hash) : .hashNotSHA256(sequence: expected)
                )
            }
            if item.previousHash != previous {
                throw Break(kind: .reordered, .doesNotFollow(sequence: expected))
            }
            let event: JournalEvent
            do {
                event = try Canonical.decode(item.canonical)
            } catch {
                throw Break(kind: .malformed, .malformed(sequence: expected, detail: "\(error)"))
            }
            guard event.sequence == expected else {
                throw Break(kind: .reordered, .contentSays(sequence: expected, found: event.sequence))
            }
            guard Canonical.encode(event) == item.canonical else {
                throw Break(kind: .malformed, .notCanonical(sequence: expected))
            }
            events.append(event)
            previous = item.hash
        }
        return events
    }
}
