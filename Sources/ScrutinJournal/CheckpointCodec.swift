import Foundation
public import ScrutinCore

/// The bytes of a checkpoint: the small part of the state as JSON (sorted keys), and each column
/// on its own as its values, little-endian, so that a store keeps and checks them one at a time.
///
/// Decoding checks every length, so damaged bytes give an error, never a trap or a read past the
/// end.
public enum CheckpointCodec {
    /// Why bytes are not a checkpoint's.
    public struct Damaged: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// A column's kind of values.
    public enum Kind: Int, Sendable {
        case int32 = 1
        case uint8 = 2
        case int64 = 3
        case uint64 = 4
    }

    /// A column as bytes.
    public struct Column: Sendable {
        public var name: String
        public var kind: Kind
        public var bytes: [UInt8]
    }

    public static func meta(_ checkpoint: RecordCheckpoint) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return [UInt8](try encoder.encode(checkpoint.meta))
    }

    /// Every column of a checkpoint, in name order.
    public static func columns(_ checkpoint: RecordCheckpoint) -> [Column] {
        var columns: [Column] = []
        forEachColumn(of: checkpoint) { columns.append($0) }
        return columns
    }

    /// Calls `body` with each column of a checkpoint in name order, one at a time, so that only
    /// one column's bytes exist apart from the state at once.
    public static func forEachColumn(of checkpoint: RecordCheckpoint, _ body: (Column) throws -> Void) rethrows {
        func column<Value: FixedWidthInteger>(_ name: String, _ kind: Kind, _ values: [Value]) -> Column {
            var bytes: [UInt8] = []
            #if _endian(big)
            bytes.reserveCapacity(values.count * MemoryLayout<Value>.size)
            for value in values { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
            #else
            bytes = values.withUnsafeBytes { [UInt8]($0) }
            #endif
            return Column(name: name, kind: kind, bytes: bytes)
        }
        var names: [(String, Kind)] = checkpoint.int32s.keys.map { ($0, .int32) }
        names += checkpoint.bytes.keys.map { ($0, .uint8) }
        names += checkpoint.int64s.keys.map { ($0, .int64) }
        names += checkpoint.uint64s.keys.map { ($0, .uint64) }
        for (name, kind) in names.sorted(by: { $0.0 < $1.0 }) {
            switch kind {
            case .int32: try body(column(name, kind, checkpoint.int32s[name] ?? []))
            case .uint8: try body(Column(name: name, kind: kind, bytes: checkpoint.bytes[name] ?? []))
            case .int64: try body(column(name, kind, checkpoint.int64s[name] ?? []))
            case .uint64: try body(column(name, kind, checkpoint.uint64s[name] ?? []))
            }
        }
    }

    /// A checkpoint with no column yet, from its meta's bytes.
    public static func checkpoint(meta bytes: UnsafeRawBufferPointer) throws(Damaged) -> RecordCheckpoint {
        do {
            let meta = try JSONDecoder().decode(
                RecordCheckpoint.Meta.self,
                from: Data(bytes)
            )
            return RecordCheckpoint(meta: meta, int32s: [:], bytes: [:], int64s: [:], uint64s: [:])
        } catch {
            throw Damaged(description: "its state cannot be read: \(error)")
        }
    }

    /// A column's values, as read.
    public enum Values: Sendable {
        case int32([Int32])
        case uint8([UInt8])
        case int64([Int64])
        case uint64([UInt64])

        /// The values' bytes as stored (little-endian), without a copy.
        public func withBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
            switch self {
            case .int32(let values): try values.withUnsafeBytes(body)
            case .uint8(let values): try values.withUnsafeBytes(body)
            case .int64(let values): try values.withUnsafeBytes(body)
            case .uint64(let values): try values.withUnsafeBytes(body)
            }
        }
    }

    /// A column of `size` bytes, filled in place by `fill` (the store reads them straight from
    /// the file into the column: no buffer between).
    ///
    /// - Parameter roomToGrow: room for as many values again, left unused (memory that is never
    ///   touched costs nothing), so that the column can grow without being copied.
    public static func column(
        _ name: String,
        kind: Int,
        size: Int,
        roomToGrow: Bool = false,
        fill: (UnsafeMutableRawBufferPointer) throws -> Void
    ) throws -> Values {
        func values<Value: FixedWidthInteger>(_: Value.Type) throws -> [Value] {
            let width = MemoryLayout<Value>.size
            guard size >= 0, size % width == 0 else { throw Damaged(description: "column \(name) is cut short") }
            let count = size / width
            var values = try [Value](unsafeUninitializedCapacity: roomToGrow ? 2 * count + 64 : count) {
                buffer,
                initialized in
                initialized = 0
                try fill(UnsafeMutableRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(buffer)[0..<size]))
                initialized = count
            }
            #if _endian(big)
            for index in values.indices { values[index] = Value(littleEndian: values[index]) }
            #endif
            return values
        }
        switch Kind(rawValue: kind) {
        case .int32: return .int32(try values(Int32.self))
        case .uint8: return .uint8(try values(UInt8.self))
        case .int64: return .int64(try values(Int64.self))
        case .uint64: return .uint64(try values(UInt64.self))
        case nil: throw Damaged(description: "column \(name) is of no known kind (\(kind))")
        }
    }

    /// Adds a column read with `column(_:kind:size:roomToGrow:fill:)`.
    public static func add(_ name: String, _ values: Values, to checkpoint: inout RecordCheckpoint) {
        switch values {
        case .int32(let values): checkpoint.int32s[name] = values
        case .uint8(let values): checkpoint.bytes[name] = values
        case .int64(let values): checkpoint.int64s[name] = values
        case .uint64(let values): checkpoint.uint64s[name] = values
        }
    }

    /// Adds a column read from its bytes.
    public static func add(
        _ name: String,
        kind: Int,
        bytes: UnsafeRawBufferPointer,
        to checkpoint: inout RecordCheckpoint
    ) throws(Damaged) {
        do {
            add(name, try column(name, kind: kind, size: bytes.count) { $0.copyMemory(from: bytes) }, to: &checkpoint)
        } catch let damaged as Damaged {
            throw damaged
        } catch {
            throw Damaged(description: "column \(name) cannot be read: \(error)")
        }
    }
}
