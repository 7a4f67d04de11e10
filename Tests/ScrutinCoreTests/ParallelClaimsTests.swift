import Testing

@testable import ScrutinCore

@Suite("Claims shared between threads")
struct ParallelClaimsTests {
    @Test("Every element is held by exactly one piece, however many pieces race for it")
    func claimsAreExclusive() {
        let elements = 50_000
        let pieces = 4
        let claims = Parallel.Claims(count: elements)
        var held = Array(repeating: [Int](), count: pieces)
        // Every piece tries every element, each starting at a different place.
        Parallel.forEachSlot(&held) { piece, mine in
            for step in 0..<elements {
                let element = (step + piece * elements / pieces) % elements
                if claims.claim(element, by: piece) { mine.append(element) }
            }
        }
        let all = held.flatMap { $0 }
        #expect(all.count == elements)
        #expect(Set(all).count == elements)
        // A claim stays with its holder, and is refused to everyone else.
        for (piece, mine) in held.enumerated() {
            for element in mine.prefix(100) {
                #expect(claims.claim(element, by: piece))
                #expect(!claims.claim(element, by: (piece + 1) % pieces))
            }
        }
    }
}
