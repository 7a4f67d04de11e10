import ScrutinCore
import Testing

/// Names that look alike are one person (UTS #39 skeletons); a name may not mix scripts.
struct ConfusablesTests {
    @Test(
        "Names that look alike have one skeleton",
        arguments: [
            ("clerk-a", "clerk-\u{0430}"),  // Cyrillic а
            ("clerk-a", "CLERK-A"),  // case
            ("clerk-a", "\u{FF43}\u{FF4C}\u{FF45}\u{FF52}\u{FF4B}-\u{FF41}"),  // fullwidth
            ("clerk-a", "c1erk-a"), ("clerk-a", "cIerk-a"), ("clerk-a", "c|erk-a"),  // 1, I, | for l
            ("clerk-o", "clerk-0"), ("clerk-o", "clerk-O"), ("clerk-o", "clerk-\u{03BF}"),  // 0, O, Greek ο
            ("ace", "\u{0430}\u{0441}\u{0435}"),  // whole-Cyrillic асе
            ("BOB", "\u{0412}\u{041E}\u{0412}"), ("bob", "\u{0432}\u{043E}\u{0432}"),  // Cyrillic ВОВ, вов
            ("NOA", "\u{039D}\u{039F}\u{0391}"), ("noa", "\u{03BD}\u{03BF}\u{03B1}"),  // Greek ΝΟΑ, νοα
            ("modibo", "rnodibo"),  // m and rn
            ("Jean-Claude", "Jean\u{2010}Claude"),  // hyphen
            ("N'Diaye", "N\u{2019}Diaye"), ("N'Diaye", "N\u{02BC}Diaye"),  // apostrophes
            ("Awa Traoré", "Awa  Traore\u{0301}"),  // spaces, and é composed or not
            ("clerk-a", "clerk\u{034F}-a"),  // an invisible combining grapheme joiner
        ]
    )
    func sameSkeleton(_ a: String, _ b: String) {
        #expect(Confusables.skeleton(a) == Confusables.skeleton(b), "\(a) \(b)")
        #expect(Actor.same(a, b))
    }

    @Test(
        "Names that differ stay apart",
        arguments: [("clerk-a", "clerk-b"), ("clerk-1", "clerk-2"), ("Awa", "Awa Traoré"), ("Traoré", "Traore")]
    )
    func differentSkeletons(_ a: String, _ b: String) {
        #expect(Confusables.skeleton(a) != Confusables.skeleton(b), "\(a) \(b)")
        #expect(!Actor.same(a, b))
    }

    @Test("A name may not mix scripts; one script, or Latin with Han and kana or Hangul, may")
    func scripts() {
        #expect(Confusables.mixedScripts("clerk-\u{0430}") == [.cyrillic, .latin])
        #expect(Confusables.mixedScripts("\u{0391}dmin") == [.greek, .latin])
        #expect(Confusables.mixedScripts("\u{0410}\u{0392}") == [.cyrillic, .greek])
        for name in [
            "clerk-a", "Fousseyni Sangaré", "N’Diaye", "clerk 2", "\u{0424}\u{0451}\u{0434}\u{043E}\u{0440}",
            "\u{07D2}\u{07DE}\u{07CF}", "\u{5C71}\u{7530}\u{592A}\u{90CE}", "\u{7530}\u{4E2D}\u{3055}\u{3093}",
            "Kim \u{AE40}", "\u{2D5C}\u{2D49}\u{2D3C}\u{2D49}\u{2D4F}\u{2D30}\u{2D56}", "clerk-\u{FF11}",
        ] {
            #expect(Confusables.mixedScripts(name) == nil, "\(name)")
        }
    }
}
