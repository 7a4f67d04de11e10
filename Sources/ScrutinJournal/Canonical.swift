import Foundation
public import ScrutinCore

/// The canonical encoding of an event: the bytes its hash is computed over.
///
/// JSON with keys sorted, no white space, no escaped slashes; numbers are integers only (the
/// journal holds no floating-point value). The same event always gives the same bytes, and
/// `verify` checks that each stored event is in this form: re-encoding what it decodes gives
/// back its bytes, byte for byte.
public enum Canonical {
    /// The event's canonical bytes.
    public static func encode(_ event: JournalEvent) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding these value types cannot fail: strings, integers, arrays and enums only.
        guard let data = try? encoder.encode(event) else { return [] }
        return [UInt8](data)
    }

    /// The event in canonical bytes.
    ///
    /// - Throws: `DecodingError` when the bytes are not an event.
    public static func decode(_ bytes: [UInt8]) throws -> JournalEvent {
        try JSONDecoder().decode(JournalEvent.self, from: Data(bytes))
    }

    /// The body alone, in the same form (for files that show an event).
    public static func encode(_ body: EventBody) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(body) else { return [] }
        return [UInt8](data)
    }
}
