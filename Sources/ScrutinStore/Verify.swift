import Foundation
import GRDB
public import ScrutinCore
public import ScrutinJournal

/// What `verify` found in an election file.
public struct VerifyReport: Sendable {
    /// Events in the journal.
    public var events: Int
    /// The hash of the last event, when the chain holds: publish it to commit to the journal.
    public var head: String?
    public var findings: [Finding]
    public var signatures: [SignatureCheck]

    /// Whether nothing is wrong: the chain holds, the replay takes every event, the files and the
    /// caches match, and every signature checked is valid.
    public var isClean: Bool { findings.isEmpty && signatures.allSatisfy { $0.state != .invalid } }

    public struct Finding: Sendable, Hashable, CustomStringConvertible {
        public enum Kind: String, Sendable, Hashable {
            /// The hash chain is broken: an event changed, removed or reordered.
            case chain
            /// A filter column no longer matches its event.
            case index
            /// A stored file is missing, or its bytes no longer match its digest.
            case file
            /// The replay refuses an event.
            case replay
            /// A cached result differs from the journal's.
            case cache
            /// A publication is not signed by the key given.
            case signature
        }
        public var kind: Kind
        public var sequence: Int?
        public var message: Message

        public init(kind: Kind, sequence: Int?, message: Message) {
            self.kind = kind
            self.sequence = sequence
            self.message = message
        }

        init(kind: Kind, sequence: Int?, _ text: VerifyText) {
            self.init(kind: kind, sequence: sequence, message: text.message)
        }

        /// The finding on one line: `event 12: …`.
        public var line: Message { VerifyText.finding(sequence: sequence, message).message }

        public var description: String { line.english }
    }

    public struct SignatureCheck: Sendable, Hashable {
        public enum State: String, Sendable, Hashable {
            /// The key given signed this publication's head.
            case valid
            /// The signature does not verify with the key given (or signs another head).
            case invalid
            /// The publication was not signed.
            case unsigned
            /// Signed, but no key was given to check it with.
            case unchecked
        }
        public var sequence: Int
        public var key: String?
        public var state: State
    }
}

extension ElectionStore {
    /// Checks the whole file: the hash chain, the filter columns, the stored files, a full
    /// replay of every event, the cached results, and the signatures of publications.
    ///
    /// - Parameter keys: the public keys of the authorities, one of which should have signed
    ///   each publication (the ministry's and the court's); none checks that signatures exist
    ///   without checking them.
    public func verify(keys: [Keys.PublicKey] = []) throws(StoreError) -> VerifyReport {
        try check(keys: keys).report
    }

    /// `verify`, with the results it recomputed at each publication (for `rebuildCaches`).
    func check(keys: [Keys.PublicKey]) throws(StoreError) -> (report: VerifyReport, snapshots: [Int: [UInt8]]) {
        let stored = try chained()
        let storedChain = stored
        var report = VerifyReport(events: stored.count, head: nil, findings: [], signatures: [])
        guard !stored.isEmpty else {
            report.findings.append(
                .init(
                    kind: .chain,
                    sequence: 1,
                    .emptyJournal
                )
            )
            return (report, [:])
        }
        let events: [JournalEvent]
        do {
            events = try HashChain.verify(stored)
            report.head = stored.last?.hash
        } catch {
            report.findings.append(
                .init(kind: .chain, sequence: error.sequence, message: error.reason.message)
            )
            return (report, [:])
        }

        // The filter columns are caches of the events' own values.
        for (row, event) in zip(try indexRows(), events) where row != EventIndex(event) {
            report.findings.append(
                .init(kind: .index, sequence: row.sequence, .filterColumns)
            )
        }

        // Every stored file still hashes to its digest, and every file an event names is there.
        var present: [String: Int] = [:]
        for blob in try blobDigests() {
            if blob.recorded != blob.actual || blob.size != blob.actualSize {
                report.findings.append(
                    .init(kind: .file, sequence: nil, .storedFileChanged(sha256: blob.recorded))
                )
            }
            present[blob.recorded] = blob.size
        }
        for event in events {
            let files: [FileDigest]
            switch event.body {
            case .defineElection(let digests), .importRound(_, let digests, _): files = digests
            default: files = []
            }
            for file in files where present[file.sha256] != file.size {
                report.findings.append(
                    .init(kind: .file, sequence: event.sequence, .fileMissing(path: file.path))
                )
            }
        }

        // A full replay: every event must still be one the record takes.
        var record = ElectionRecord()
        var snapshots: [Int: [UInt8]] = [:]
        let publications = Set(
            events.compactMap { event -> Int? in
                if case .publication = event.body { return event.sequence }
                return nil
            }
        )
        var replayedTo = events.count
        let checkpoints = try storedCheckpoints()
        var checkpointsChecked = Set<Int>()
        do {
            for event in events {
                try record.append(event, blobs: blobs, validation: .full)
                if publications.contains(event.sequence) {
                    snapshots[event.sequence] = Canonical.bytes(try record.snapshot(blobs: blobs))
                }
                if let stored = checkpoints[event.sequence] {
                    checkpointsChecked.insert(event.sequence)
                    if let difference = stored.difference(from: record, hash: storedChain[event.sequence - 1].hash) {
                        report.findings.append(.init(kind: .cache, sequence: event.sequence, difference))
                    }
                }
            }
        } catch {
            report.findings.append(
                .init(kind: .replay, sequence: error.sequence, .refused(code: error.code, message: error.message))
            )
            replayedTo = (error.sequence ?? 1) - 1
        }
        let last = events.count
        for sequence in checkpoints.keys.sorted() where !checkpointsChecked.contains(sequence) {
            report.findings.append(
                .init(
                    kind: .cache,
                    sequence: sequence,
                    sequence > last
                        ? .checkpointBeyondEnd(sequence: sequence, last: last)
                        : .checkpointUnchecked(stoppedAt: replayedTo + 1)
                )
            )
        }

        // The caches: recomputed, and compared.
        let cached = try cachedSnapshots()
        for sequence in cached.keys.sorted() where sequence > last {
            report.findings.append(
                .init(
                    kind: .chain,
                    sequence: sequence,
                    .cacheBeyondEnd(sequence: sequence, last: last)
                )
            )
        }
        for sequence in cached.keys.sorted() where sequence <= last && sequence > replayedTo {
            report.findings.append(
                .init(
                    kind: .cache,
                    sequence: sequence,
                    .cacheUnchecked(stoppedAt: replayedTo + 1)
                )
            )
        }
        for (sequence, bytes) in snapshots.sorted(by: { $0.key < $1.key }) {
            if cached[sequence] == nil {
                report.findings.append(
                    .init(
                        kind: .cache,
                        sequence: sequence,
                        .cacheMissing
                    )
                )
            } else if cached[sequence] != bytes {
                report.findings.append(
                    .init(
                        kind: .cache,
                        sequence: sequence,
                        .cacheDiffers
                    )
                )
            }
        }
        for sequence in cached.keys.sorted() where sequence <= replayedTo && !publications.contains(sequence) {
            report.findings.append(
                .init(
                    kind: .cache,
                    sequence: sequence,
                    .cacheNotPublication
                )
            )
        }

        // Signatures.
        let hashes = Dictionary(stored.map { ($0.sequence, $0.hash) }, uniquingKeysWith: { first, _ in first })
        let signatures = Dictionary(
            try self.signatures().map { ($0.sequence, $0) },
            uniquingKeysWith: { first, _ in first }
        )
        for sequence in publications.sorted() {
            guard let signature = signatures[sequence] else {
                report.signatures.append(.init(sequence: sequence, key: nil, state: .unsigned))
                if !keys.isEmpty {
                    report.findings.append(
                        .init(kind: .signature, sequence: sequence, .notSigned)
                    )
                }
                continue
            }
            guard !keys.isEmpty else {
                report.signatures.append(.init(sequence: sequence, key: signature.key, state: .unchecked))
                continue
            }
            let key = keys.first { $0.fingerprint == signature.key }
            let valid =
                key.flatMap { key in hashes[sequence].map { Signatures.isValid(signature, hash: $0, key: key) } }
                ?? false
            report.signatures.append(.init(sequence: sequence, key: signature.key, state: valid ? .valid : .invalid))
            if !valid {
                report.findings.append(
                    .init(
                        kind: .signature,
                        sequence: sequence,
                        key != nil
                            ? .signatureMismatch : .signedByOther(key: signature.key, keys: keys.map(\.fingerprint))
                    )
                )
            }
        }
        for sequence in signatures.keys.sorted() where !publications.contains(sequence) {
            report.findings.append(
                sequence > last
                    ? .init(
                        kind: .chain,
                        sequence: sequence,
                        .signatureBeyondEnd(sequence: sequence, last: last)
                    )
                    : .init(
                        kind: .signature,
                        sequence: sequence,
                        .signatureNotPublication
                    )
            )
        }
        return (report, snapshots)
    }
}

/// A checkpoint as stored: what it was written for, and the digests of its parts as recorded and
/// as its bytes are now.
struct StoredCheckpoint {
    var hash: String
    var meta: (recorded: String, actual: String)
    var columns: [String: (recorded: String, actual: String)]

    /// What differs between this checkpoint and the record's state at its event, or nil.
    func difference(from record: ElectionRecord, hash journalHash: String) -> VerifyText? {
        guard hash == journalHash else { return .checkpointOtherJournal }
        if meta.recorded != meta.actual || columns.values.contains(where: { $0.recorded != $0.actual }) {
            return .checkpointBytesChanged
        }
        guard let expected = record.checkpoint(), let expectedMeta = try? CheckpointCodec.meta(expected) else {
            return .checkpointNoState
        }
        if HashChain.digest(expectedMeta) != meta.actual { return .checkpointStateDiffers }
        let expectedColumns = CheckpointCodec.columns(expected)
        guard expectedColumns.count == columns.count else { return .checkpointColumnsDiffer }
        for column in expectedColumns {
            let digest = column.bytes.withUnsafeBytes { HashChain.digest($0) }
            if columns[column.name]?.actual != digest { return .checkpointColumnDiffers(column.name) }
        }
        return nil
    }
}

extension ElectionStore {
    /// The checkpoints in the file, by event, with their digests recomputed from their bytes.
    func storedCheckpoints() throws(StoreError) -> [Int: StoredCheckpoint] {
        try read { db in
            guard try Self.hasCheckpoints(db) else { return [:] }
            var found: [Int: StoredCheckpoint] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT sequence, hash, sha256, meta FROM checkpoints") {
                let sequence: Int = try row.stored(0, "checkpoints")
                let actual = try row.withUnsafeData(atIndex: 3) { data in
                    data.map { $0.withUnsafeBytes { HashChain.digest($0) } } ?? ""
                }
                found[sequence] = StoredCheckpoint(
                    hash: try row.stored(1, "checkpoints"),
                    meta: (try row.stored(2, "checkpoints"), actual),
                    columns: [:]
                )
            }
            let rows = try Row.fetchCursor(db, sql: "SELECT sequence, name, sha256, bytes FROM checkpoint_columns")
            while let row = try rows.next() {
                let sequence: Int = try row.stored(0, "checkpoint_columns")
                let actual = try row.withUnsafeData(atIndex: 3) { data in
                    data.map { $0.withUnsafeBytes { HashChain.digest($0) } } ?? ""
                }
                found[sequence, default: StoredCheckpoint(hash: "", meta: ("", "-"), columns: [:])]
                    .columns[try row.stored(1, "checkpoint_columns")] = (
                        try row.stored(2, "checkpoint_columns"), actual
                    )
            }
            return found
        }
    }
}
