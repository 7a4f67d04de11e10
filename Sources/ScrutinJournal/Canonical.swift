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
    ///
    /// A sheet event (the one results night is made of) is written directly, the same bytes as
    /// `JSONEncoder` gives (a test compares the two on generated events); every other event, and a
    /// sheet event with a text that JSON would escape, goes through `JSONEncoder`.
    public static func encode(_ event: JournalEvent) -> [UInt8] {
        if case .sheet = event.body, let bytes = SheetEventWriter.bytes(event) { return bytes }
        return bytes(event)
    }

    /// The event's canonical bytes through `JSONEncoder` alone (the reference for the direct
    /// writer of sheet events).
    public static func encodedByFoundation(_ event: JournalEvent) -> [UInt8] { bytes(event) }

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

/// Writes a sheet event's canonical JSON directly: keys sorted, no white space, integers only,
/// the shape that `JSONEncoder` gives the synthesized `Codable` conformances (an enum case as an
/// object keyed by its name, an unlabelled value as `_0`).
///
/// Returns nil for any other event, or when a text holds a character that JSON escapes (a quote,
/// a backslash, a control character), which `JSONEncoder` then writes.
enum SheetEventWriter {
    static func bytes(_ event: JournalEvent) -> [UInt8]? {
        guard case .sheet(let round, let station, let action) = event.body else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(512)
        func raw(_ text: StaticString) {
            text.withUTF8Buffer { out.append(contentsOf: $0) }
        }
        func text(_ value: String) -> Bool {
            var plain = true
            var value = value
            value.withUTF8 { bytes in
                for byte in bytes where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                    plain = false
                    return
                }
                out.append(UInt8(ascii: "\""))
                out.append(contentsOf: bytes)
                out.append(UInt8(ascii: "\""))
            }
            return plain
        }
        func number(_ value: Int) { out.append(contentsOf: String(value).utf8) }
        func entry(_ entry: SheetEntry) -> Bool {
            raw("{\"invalid\":")
            number(entry.invalid)
            raw(",\"registered\":")
            number(entry.registered)
            raw(",\"station\":")
            guard text(entry.station) else { return false }
            raw(",\"valid\":")
            number(entry.valid)
            raw(",\"voters\":")
            number(entry.voters)
            raw(",\"votes\":[")
            for (index, votes) in entry.votes.enumerated() {
                raw(index == 0 ? "{\"list\":" : ",{\"list\":")
                guard text(votes.list) else { return false }
                raw(",\"votes\":")
                number(votes.votes)
                raw("}")
            }
            raw("]}")
            return true
        }

        raw("{\"actor\":{\"name\":")
        guard text(event.actor.name) else { return nil }
        raw(",\"role\":")
        guard text(event.actor.role.rawValue) else { return nil }
        raw("},\"body\":{\"sheet\":{\"action\":")
        switch action {
        case .enter(let sheet):
            raw("{\"enter\":{\"_0\":")
            guard entry(sheet) else { return nil }
            raw("}}")
        case .keep(let choice):
            raw("{\"keep\":{\"_0\":")
            guard text(choice.rawValue) else { return nil }
            raw("}}")
        case .sendBack:
            raw("{\"sendBack\":{}}")
        case .importTrusted(let sheet, let source):
            raw("{\"importTrusted\":{\"_0\":")
            guard entry(sheet) else { return nil }
            raw(",\"source\":")
            guard text(source) else { return nil }
            raw("}}")
        }
        raw(",\"round\":")
        number(round)
        raw(",\"station\":")
        guard text(station) else { return nil }
        raw("}},\"sequence\":")
        number(event.sequence)
        raw(",\"time\":")
        guard text(event.time) else { return nil }
        raw("}")
        return out
    }
}
