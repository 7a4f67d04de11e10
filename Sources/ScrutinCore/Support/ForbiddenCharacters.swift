/// The one rule for characters no name or text of an election may hold.
///
/// Control characters (C0 such as ESC, BEL and NUL; DEL; C1), invisible formatting characters
/// (zero-width spaces and joiners, the soft hyphen, bidirectional marks, embeddings, overrides
/// and isolates, U+202A–U+202E and U+2066–U+2069), line and paragraph separators, and private-use,
/// surrogate or unassigned code points. Such a character would reach a terminal, a Markdown table
/// or a wiki page as it is: an escape sequence repaints the terminal, a line break forges a line,
/// a bidirectional override shows a name backwards, a zero-width space makes two equal-looking
/// names differ.
///
/// The definition's names (`DefinitionLoader`), `election.json`'s texts (`ElectionFile`), the
/// texts people give to the record (`TextCheck`) are refused when they hold one; messages escape
/// them (`Problem.displayable`).
public enum ForbiddenCharacters {
    /// Whether a character is forbidden.
    @inline(__always)
    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        // Below U+0300 every code point is assigned; the only controls and formatting character
        // there are C0, DEL, C1 and the soft hyphen. A look-up of the properties is left for the rest.
        if value < 0x300 { return value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xAD }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .unassigned, .privateUse:
            return true
        default:
            return false
        }
    }

    /// The first forbidden character of a text, or nil.
    public static func first(in text: some StringProtocol) -> Unicode.Scalar? {
        text.unicodeScalars.first(where: contains)
    }

    /// Whether valid UTF-8 bytes hold no forbidden character, without making a string (the
    /// million station names of a national register).
    static func isClean(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte >= 0x80 else {
                if byte < 0x20 || byte == 0x7F { return false }
                index += 1
                continue
            }
            var iterator = UnsafeBufferPointer(rebasing: bytes[index...]).makeIterator()
            var decoder = UTF8()
            while case .scalarValue(let scalar) = decoder.decode(&iterator) {
                if contains(scalar) { return false }
            }
            return true
        }
        return true
    }

    /// What a name or text must be, for D003's message (the value shown escapes the character).
    static let expectation = "a text without control or invisible characters"
}
