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
    public static func encode(_ event: JournalEvent) -> [UInt8] { bytes(event) }

    /// The event in canonical bytes.
    ///
    /// - Throws: `DecodingError` when the bytes are not an event.
    public static func decode(_ bytes: [UInt8]) throws -> JournalEvent {
        try JSONDecoder().decode(JournalEvent.self, from: Data(bytes))
    }

    /// Any value of the record in the same form: the results cached at each publication.
    public static func bytes(_ value: some Encodable) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding the record's value types cannot fail: strings, integers, arrays and enums only.
        guard let data = try? encoder.encode(value) else { return [] }
        return [UInt8](data)
    }
}
