/// SplitMix64 (Steele, Lea and Flood, 2014): a small, fast, seedable generator.
///
/// The same seed gives the same numbers on every platform, so a synthetic bundle is reproducible
/// from its seed. Not for anything that must be unpredictable.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `range`, by multiply-and-shift (bias below 2⁻³², irrelevant here).
    mutating func int(in range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound + 1)
        return range.lowerBound + Int(next().multipliedFullWidth(by: width).high)
    }

    /// True with a probability of `perMille` in a thousand.
    mutating func chance(perMille: Int) -> Bool { int(in: 0...999) < perMille }
}
