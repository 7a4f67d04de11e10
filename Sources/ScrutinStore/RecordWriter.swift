import Dispatch
public import ScrutinCore

/// The one writer of an election file in a long-lived process: events from many tasks are
/// appended in group commits.
///
/// While a transaction is being written, the events that arrive wait; they all go in the next
/// transaction, each still its own event, checked against the record as the ones before it left
/// it. Each caller is answered only once its transaction is durable. SQLite allows one writer at a
/// time, so this is how many clerks share one file without waiting on each other's disk writes.
///
/// ```swift
/// let writer = RecordWriter(store: store)
/// let appended = try await writer.append(.init(body: body, actor: clerk))
/// ```
public actor RecordWriter {
    public let store: ElectionStore
    private let clock: @Sendable () -> String
    private var waiting: [(ElectionStore.Pending, CheckedContinuation<ElectionStore.Appended, any Error>)] = []
    private var isWriting = false
    /// The transactions written, and the events in them (for measurements).
    public private(set) var transactions = 0
    public private(set) var largestBatch = 0
    /// Where transactions are written: off the tasks' threads, since SQLite's calls block.
    private let disk = DispatchQueue(label: "scrutin.record-writer")
    /// Those who follow the events as they are written.
    private var followers: [Int: AsyncStream<JournalEvent>.Continuation] = [:]
    private var nextFollower = 0

    /// - Parameter clock: each event's time, read under the write lock.
    public init(store: ElectionStore, clock: @escaping @Sendable () -> String) {
        self.store = store
        self.clock = clock
    }

    /// Appends an event; returns once it is durable.
    ///
    /// - Throws: `StoreError.record` when the record refuses it (nothing of it is written), or the
    ///   transaction's error.
    public func append(_ pending: ElectionStore.Pending) async throws -> ElectionStore.Appended {
        try await withCheckedThrowingContinuation { continuation in
            waiting.append((pending, continuation))
            if !isWriting {
                isWriting = true
                Task { await self.drain() }
            }
        }
    }

    /// The events this writer writes from now on, each once it is durable, in journal order.
    ///
    /// Events that another process appends to the file are not in it: `ElectionStore.events(after:)`
    /// reads them.
    public func follow() -> AsyncStream<JournalEvent> {
        let (stream, continuation) = AsyncStream<JournalEvent>.makeStream(bufferingPolicy: .unbounded)
        let id = nextFollower
        nextFollower += 1
        followers[id] = continuation
        continuation.onTermination = { _ in Task { await self.unfollow(id) } }
        return stream
    }

    private func unfollow(_ id: Int) { followers[id] = nil }

    private func drain() async {
        while !waiting.isEmpty {
            let batch = waiting
            waiting = []
            transactions += 1
            largestBatch = max(largestBatch, batch.count)
            let store = self.store
            let clock = self.clock
            let events = batch.map(\.0)
            let outcome: Result<[Result<ElectionStore.Appended, StoreError>], StoreError> =
                await withCheckedContinuation { done in
                    disk.async {
                        done.resume(
                            returning: Result { () throws(StoreError) in try store.append(batch: events, clock: clock) }
                        )
                    }
                }
            switch outcome {
            case .success(let results):
                for ((_, continuation), result) in zip(batch, results) { continuation.resume(with: result) }
                for case .success(let appended) in results {
                    for follower in followers.values { follower.yield(appended.event) }
                }
            case .failure(let error):
                for (_, continuation) in batch { continuation.resume(throwing: error) }
            }
        }
        isWriting = false
    }
}
