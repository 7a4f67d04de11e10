import Dispatch
import Synchronization

/// Work shared out between threads, each piece writing only what is its own.
///
/// This is the one place where Scrutin runs code on several threads at once (with
/// `DispatchQueue.concurrentPerform`), so that the reasoning that makes it safe is written once.
/// The closures are not `Sendable`: they may capture arrays, raw buffers and look-up tables, which
/// the pieces share. What makes that safe is the contract of every method here:
///
/// - a piece may read anything that no piece writes while they run;
/// - a piece writes only its own output: the slot or element it is given, or a region of a shared
///   buffer that no other piece touches: the rows of its own chunk, or elements it holds a claim
///   on (``Parallel/Claims``: the vote slots of the sheets a chunk of `votes.csv` has claimed).
///
/// One piece runs on the calling thread, with no dispatch at all, so small inputs pay nothing.
/// Work is handed out per piece, never per row: each call of a closure should be a large run of
/// rows. The tests that read on several threads run under the thread sanitizer in CI (`.ci/run`).
package enum Parallel {
    /// Calls `body` once for each piece in `0..<pieces`, concurrently when there are several.
    ///
    /// Returns when every piece has returned.
    ///
    /// - Parameters:
    ///   - pieces: How many calls to make; 0 makes none, 1 makes one on the calling thread.
    ///   - body: The work of one piece, given its number; see the contract in ``Parallel``.
    package static func forEachPiece(_ pieces: Int, _ body: (_ piece: Int) -> Void) {
        guard pieces > 1 else {
            if pieces == 1 { body(0) }
            return
        }
        withoutActuallyEscaping(body) { body in
            // The pieces share `body` and what it captures; the contract above keeps their writes
            // apart, which the compiler cannot see. The only `nonisolated(unsafe)` of the module.
            nonisolated(unsafe) let body = body
            DispatchQueue.concurrentPerform(iterations: pieces) { piece in body(piece) }
        }
    }

    /// Calls `body` once for each slot, concurrently, each call with its own slot to write.
    ///
    /// - Parameters:
    ///   - slots: One output per piece; `slots.count` is the number of pieces.
    ///   - body: The work of one piece, given its number and its slot.
    package static func forEachSlot<Slot>(
        _ slots: inout [Slot],
        _ body: (_ piece: Int, _ slot: inout Slot) -> Void
    ) {
        slots.withUnsafeMutableBufferPointer { buffer in
            let slots = buffer
            // Piece `piece` writes only `slots[piece]`.
            forEachPiece(slots.count) { piece in body(piece, &slots[piece]) }
        }
    }

    /// Cuts `elements` into `pieces` runs of nearly equal length and updates each run on its own
    /// thread, element by element.
    ///
    /// - Parameters:
    ///   - elements: The elements to update in place.
    ///   - pieces: How many runs (at most `elements.count`).
    ///   - body: The update of one element, given its index.
    /// - Complexity: O(*n*) calls of `body`, shared between `pieces` threads.
    static func forEachElement<Element>(
        _ elements: inout [Element],
        pieces: Int,
        _ body: (_ index: Int, _ element: inout Element) -> Void
    ) {
        let pieces = min(pieces, elements.count)
        elements.withUnsafeMutableBufferPointer { buffer in
            let elements = buffer
            // Piece `piece` writes only the elements of its own run.
            forEachPiece(pieces) { piece in
                for index in range(ofPiece: piece, pieces: pieces, count: elements.count) {
                    body(index, &elements[index])
                }
            }
        }
    }

    /// The indices of one piece when `0..<count` is cut into `pieces` runs of nearly equal length.
    ///
    /// The runs are disjoint, in order, and together make `0..<count`.
    @inline(__always)
    static func range(ofPiece piece: Int, pieces: Int, count: Int) -> Range<Int> {
        (count * piece / pieces)..<(count * (piece + 1) / pieces)
    }
}

extension Parallel {
    /// Exclusive claims on the elements of a shared buffer, taken by pieces running at once.
    ///
    /// When which piece writes an element is only known while reading (the vote slots of a sheet,
    /// found by its station's rows), a piece claims the element before touching it. A claim
    /// already held by another piece is refused, and the piece must then leave the element alone:
    /// so no two pieces ever touch the same element, which is what the contract of ``Parallel``
    /// asks, whatever the input's order.
    final class Claims {
        private let owners: UnsafeMutablePointer<Atomic<Int32>>
        private let count: Int

        /// `count` elements, none claimed.
        init(count: Int) {
            self.count = max(count, 0)
            owners = .allocate(capacity: self.count)
            for index in 0..<self.count { (owners + index).initialize(to: Atomic(0)) }
        }

        deinit {
            owners.deinitialize(count: count)
            owners.deallocate()
        }

        /// Whether `piece` holds `element` now: it already did, or nobody did and now it does.
        ///
        /// Each element's claim is one atomic word; a claim never changes hands.
        @inline(__always)
        func claim(_ element: Int, by piece: Int) -> Bool {
            let me = Int32(truncatingIfNeeded: piece + 1)
            let (taken, owner) = owners[element].compareExchange(expected: 0, desired: me, ordering: .relaxed)
            return taken || owner == me
        }
    }
}
