/// Names that look alike: the confusable skeleton of Unicode Technical Standard #39 (Unicode
/// Security Mechanisms), and the scripts a name mixes.
///
/// The record identifies a person by the skeleton of their name, so that `clerk-a` in Latin
/// letters and `clerk-а` with a Cyrillic `а` (U+0430), or `ＣＬＥＲＫ-Ａ` in fullwidth forms, are one
/// person: one of them cannot key both entries of a double entry, nor act in two roles. A name
/// that mixes scripts (Latin with Cyrillic, Greek, …) is refused outright (`TextCheck.name`).
///
/// **The skeleton** follows UTS #39 §4 (`skeleton(X)`), on the case-folded name, since names
/// compare without regard to case:
///
/// 1. the name is lowercased (the standard library's full lowercase mapping);
/// 2. default-ignorable code points (invisible: joiners, variation selectors, …) are removed;
/// 3. each character is replaced by its prototype, from a subset of the standard's data file,
///    [confusables.txt](https://www.unicode.org/Public/security/latest/confusables.txt)
///    (`SOURCE ; TARGET ; MA`): the letters and digits of Cyrillic, Greek, fullwidth forms and
///    Latin variants that look like ASCII letters or digits, and, within ASCII, `0 → O`,
///    `1 → l`, `I → l`, `| → l` and `m → rn`; spaces, hyphens and apostrophes that look alike
///    become one of each, and runs of spaces one space.
///
/// Because the name is lowercased first, the data is applied to lowercase forms; where the two
/// cases of a letter look like different Latin letters (Greek `ν` like `v` but `Ν` like `N`;
/// `υ` like `u` but `Υ` like `Y`; `η` like `n` but `Η` like `H`), the capital's prototype is
/// kept, so that case never separates two names. For the same reason `i` is `l` (`I` looks like
/// `l`, and `I` is `i` when case is ignored). The skeleton errs on the side of one person: two
/// different people whose names differ only so (`Ivan` and `lvan`) must register names that
/// differ otherwise.
///
/// What it does not do: the standard decomposes names (NFD) first; the standard library has no
/// normalization, so a precomposed letter (Cyrillic `ё`) is compared as a whole. Canonically
/// equivalent spellings are equal anyway (Swift compares strings by canonical equivalence), and
/// a name mixing scripts is refused before its skeleton matters.
public enum Confusables {
    /// The skeleton of a name: two names are the same person's when their skeletons are equal.
    public static func skeleton(_ name: String) -> String {
        var skeleton = ""
        var lastWasSpace = false
        for scalar in name.lowercased().unicodeScalars {
            if scalar.properties.isDefaultIgnorableCodePoint { continue }
            if scalar.properties.isWhitespace {
                if !lastWasSpace { skeleton += " " }
                lastWasSpace = true
                continue
            }
            lastWasSpace = false
            let ascii = prototypes[scalar.value].map(String.init) ?? String(scalar)
            for character in ascii.unicodeScalars {
                skeleton += asciiPrototypes[character.value] ?? String(character)
            }
        }
        return skeleton
    }

    /// The scripts of a name's letters, when it mixes scripts that may not be mixed; nil when it
    /// does not.
    ///
    /// As UTS #39 §5.2 (restriction levels, "Highly Restrictive"): digits, punctuation, symbols
    /// and combining marks belong to no script (Common, Inherited); the letters must be of one
    /// script, or Latin with the scripts written together in Chinese (Han, Bopomofo), Japanese
    /// (Han, Hiragana, Katakana) or Korean (Han, Hangul).
    public static func mixedScripts(_ name: String) -> [Script]? {
        var scripts = Set<Script>()
        for scalar in name.unicodeScalars {
            if let script = script(of: scalar) { scripts.insert(script) }
        }
        guard scripts.count > 1 else { return nil }
        let allowed: [Set<Script>] = [
            [.latin, .han, .hiragana, .katakana], [.latin, .han, .bopomofo], [.latin, .han, .hangul],
        ]
        if allowed.contains(where: { scripts.isSubset(of: $0) }) { return nil }
        return scripts.sorted { $0.rawValue < $1.rawValue }
    }

    /// A writing system, as far as telling names apart needs.
    public enum Script: String, Sendable, Hashable, CaseIterable {
        case latin = "Latin"
        case greek = "Greek"
        case cyrillic = "Cyrillic"
        case armenian = "Armenian"
        case hebrew = "Hebrew"
        case arabic = "Arabic"
        case syriac = "Syriac"
        case thaana = "Thaana"
        case nko = "N'Ko"
        case indic = "an Indic script"
        case thai = "Thai"
        case lao = "Lao"
        case tibetan = "Tibetan"
        case myanmar = "Myanmar"
        case georgian = "Georgian"
        case ethiopic = "Ethiopic"
        case cherokee = "Cherokee"
        case canadian = "Canadian Syllabics"
        case runic = "Runic"
        case khmer = "Khmer"
        case mongolian = "Mongolian"
        case tifinagh = "Tifinagh"
        case vai = "Vai"
        case bamum = "Bamum"
        case adlam = "Adlam"
        case hiragana = "Hiragana"
        case katakana = "Katakana"
        case bopomofo = "Bopomofo"
        case hangul = "Hangul"
        case han = "Han"
        /// A letter of a script not listed here.
        case other = "another script"
    }

    /// The script of a letter or a non-ASCII digit; nil for what belongs to no script (ASCII
    /// digits, punctuation, symbols, spaces, combining marks).
    static func script(of scalar: Unicode.Scalar) -> Script? {
        let properties = scalar.properties
        switch properties.generalCategory {
        // Marks take the script of their letter; modifier letters (ʼ, ˈ) are used with any.
        case .nonspacingMark, .spacingMark, .enclosingMark, .modifierLetter: return nil
        case .decimalNumber: if scalar.isASCII || (0xFF10...0xFF19).contains(scalar.value) { return nil }
        default: if !properties.isAlphabetic { return nil }
        }
        let value = scalar.value
        return scriptRanges.first { $0.range.contains(value) }?.script ?? .other
    }

    /// Letters by code point ranges (Unicode's Scripts.txt, by block, for the scripts above).
    static let scriptRanges: [(range: ClosedRange<UInt32>, script: Script)] = [
        (0x0041...0x024F, .latin), (0x0250...0x02AF, .latin), (0x02B0...0x02B8, .latin), (0x02E0...0x02E4, .latin),
        (0x1D00...0x1D25, .latin), (0x1D2C...0x1D5C, .latin), (0x1D62...0x1D65, .latin), (0x1D6B...0x1D77, .latin),
        (0x1D79...0x1DBE, .latin), (0x1E00...0x1EFF, .latin), (0x2071...0x2071, .latin), (0x207F...0x207F, .latin),
        (0x2090...0x209C, .latin), (0x212A...0x212B, .latin), (0x2132...0x2132, .latin), (0x214E...0x214E, .latin),
        (0x2160...0x2188, .latin), (0x2C60...0x2C7F, .latin), (0xA722...0xA7FF, .latin), (0xAB30...0xAB5A, .latin),
        (0xAB5C...0xAB64, .latin), (0xFB00...0xFB06, .latin), (0xFF21...0xFF3A, .latin), (0xFF41...0xFF5A, .latin),
        (0x0370...0x03E1, .greek), (0x03F0...0x03FF, .greek), (0x1D26...0x1D2A, .greek), (0x1D5D...0x1D61, .greek),
        (0x1D66...0x1D6A, .greek), (0x1DBF...0x1DBF, .greek), (0x1F00...0x1FFF, .greek), (0x2126...0x2126, .greek),
        (0xAB65...0xAB65, .greek), (0x03E2...0x03EF, .other), (0x2C80...0x2CFF, .other),
        (0x0400...0x052F, .cyrillic), (0x1C80...0x1C8F, .cyrillic), (0x1D2B...0x1D2B, .cyrillic),
        (0x1D78...0x1D78, .cyrillic), (0x2DE0...0x2DFF, .cyrillic), (0xA640...0xA69F, .cyrillic),
        (0x0530...0x058F, .armenian), (0xFB13...0xFB17, .armenian),
        (0x0590...0x05FF, .hebrew), (0xFB1D...0xFB4F, .hebrew),
        (0x0600...0x06FF, .arabic), (0x0750...0x077F, .arabic), (0x0870...0x08FF, .arabic), (0xFB50...0xFDFF, .arabic),
        (0xFE70...0xFEFF, .arabic), (0x0700...0x074F, .syriac), (0x0780...0x07BF, .thaana), (0x07C0...0x07FF, .nko),
        (0x0900...0x0DFF, .indic), (0x0E00...0x0E7F, .thai), (0x0E80...0x0EFF, .lao), (0x0F00...0x0FFF, .tibetan),
        (0x1000...0x109F, .myanmar), (0x10A0...0x10FF, .georgian), (0x1C90...0x1CBF, .georgian),
        (0x2D00...0x2D2F, .georgian), (0x1100...0x11FF, .hangul), (0x1200...0x139F, .ethiopic),
        (0x2D80...0x2DDF, .ethiopic), (0xAB00...0xAB2F, .ethiopic), (0x13A0...0x13FF, .cherokee),
        (0xAB70...0xABBF, .cherokee), (0x1400...0x167F, .canadian), (0x16A0...0x16FF, .runic),
        (0x1780...0x17FF, .khmer), (0x1800...0x18AF, .mongolian), (0x2D30...0x2D7F, .tifinagh),
        (0xA500...0xA63F, .vai), (0xA6A0...0xA6FF, .bamum), (0x1E900...0x1E95F, .adlam),
        (0x3040...0x309F, .hiragana), (0x30A0...0x30FF, .katakana), (0x31F0...0x31FF, .katakana),
        (0xFF66...0xFF9F, .katakana), (0x3100...0x312F, .bopomofo), (0x31A0...0x31BF, .bopomofo),
        (0x3130...0x318F, .hangul), (0xAC00...0xD7AF, .hangul), (0xFFA0...0xFFDC, .hangul),
        (0x2E80...0x2FDF, .han), (0x3005...0x3007, .han), (0x3021...0x3029, .han), (0x3038...0x303B, .han),
        (0x3400...0x4DBF, .han), (0x4E00...0x9FFF, .han), (0xF900...0xFAFF, .han), (0x20000...0x3FFFF, .han),
    ]

    /// Prototypes of lowercase letters that look like ASCII (confusables.txt, `MA` rows, folded
    /// to lowercase as the type's documentation says).
    static let prototypes: [UInt32: Character] = {
        var table: [UInt32: Character] = [
            // Cyrillic (rows 0430 а → a, 0435 е → e, 043E о → o, 0440 р → p, 0441 с → c,
            // 0443 у → y, 0445 х → x, 0455 ѕ → s, 0456 і → i, 0458 ј → j, 04BB һ → h, 0501 ԁ → d,
            // 051B ԛ → q, 051D ԝ → w, 0475 ѵ → v, 0461 ѡ → w, 04AF ү → y, 04BD ҽ → e, 0433 г → r,
            // 0431 б → 6, 04CF ӏ → i; and, by their capitals, 0412 В → B, 041A К → K, 041C М → M,
            // 041D Н → H, 0422 Т → T, 0417 З → 3, 042C Ь → b, 04C0 Ӏ → l).
            0x0430: "a", 0x0435: "e", 0x043E: "o", 0x0440: "p", 0x0441: "c", 0x0443: "y", 0x0445: "x",
            0x0455: "s", 0x0456: "i", 0x0458: "j", 0x04BB: "h", 0x0501: "d", 0x051B: "q", 0x051D: "w",
            0x0475: "v", 0x0461: "w", 0x04AF: "y", 0x04BD: "e", 0x0433: "r", 0x0431: "6", 0x04CF: "i",
            0x0432: "b", 0x043A: "k", 0x043C: "m", 0x043D: "h", 0x0442: "t", 0x0437: "3", 0x044C: "b",
            // Greek (rows 03B1 α → a, 03B3 γ → y, 03B9 ι → i, 03BF ο → o, 03C1 ρ → p, 03C3 σ → o,
            // 03F2 ϲ → c, 03F3 ϳ → j; by their capitals 0392 Β → B, 0395 Ε → E, 0396 Ζ → Z,
            // 0397 Η → H, 039A Κ → K, 039C Μ → M, 039D Ν → N, 03A4 Τ → T, 03A5 Υ → Y, 03A7 Χ → X).
            0x03B1: "a", 0x03B3: "y", 0x03B9: "i", 0x03BF: "o", 0x03C1: "p", 0x03C3: "o", 0x03F2: "c",
            0x03F3: "j", 0x03B2: "b", 0x03B5: "e", 0x03B6: "z", 0x03B7: "h", 0x03BA: "k",
            0x03BC: "m", 0x03BD: "n", 0x03C4: "t", 0x03C5: "y", 0x03C7: "x",
            // Latin variants (rows 0131 ı → i, 0251 ɑ → a, 0261 ɡ → g, 0269 ɩ → i, 026A ɪ → i,
            // 017F ſ → f, 01C0 ǀ → l, 1D04 ᴄ → c, 1D0F ᴏ → o, 1D1C ᴜ → u, 1D20 ᴠ → v, 1D21 ᴡ → w,
            // 1D22 ᴢ → z).
            0x0131: "i", 0x0251: "a", 0x0261: "g", 0x0269: "i", 0x026A: "i", 0x017F: "f", 0x01C0: "l",
            0x1D04: "c", 0x1D0F: "o", 0x1D1C: "u", 0x1D20: "v", 0x1D21: "w", 0x1D22: "z",
            // Spaces, hyphens and apostrophes that look alike (rows 00A0 → space, 2010…2012 and
            // 2212 → -, 2018/2019/02BC/02B9/00B4/0060 → ').
            0x2010: "-", 0x2011: "-", 0x2012: "-", 0x2013: "-", 0x2212: "-", 0x02D7: "-", 0xFE63: "-",
            0x2018: "'", 0x2019: "'", 0x02BC: "'", 0x02B9: "'", 0x00B4: "'", 0x0060: "'", 0x2032: "'",
        ]
        // Fullwidth forms (rows FF41…FF5A → a…z, FF10…FF19 → 0…9; lowercase already).
        for offset in UInt32(0)..<26 {
            table[0xFF41 + offset] = Character(Unicode.Scalar(UInt8(0x61 + offset)))
        }
        for offset in UInt32(0)..<10 {
            table[0xFF10 + offset] = Character(Unicode.Scalar(UInt8(0x30 + offset)))
        }
        table[0xFF0D] = "-"
        return table
    }()

    /// Prototypes within ASCII, after lowercasing: `0 → O` (so `o`), `1 → l`, `I → l` (so `i`
    /// too), `| → l`, `m → rn`.
    static let asciiPrototypes: [UInt32: String] = [
        0x30: "o", 0x31: "l", 0x69: "l", 0x7C: "l", 0x6D: "rn",
    ]
}
