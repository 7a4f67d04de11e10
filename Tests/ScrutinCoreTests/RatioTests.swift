import ScrutinCore
import Testing

struct RatioTests {
    @Test(
        "Shares in hundredths of a percent, rounded half up",
        arguments: [
            (2_726_292, 7_663_464, 3_558), (2_358_909, 6_691_305, 3_525), (2_603_157, 2_726_292, 9_548),
            (123_135, 2_726_292, 452), (1, 3, 3_333), (2, 3, 6_667), (1, 8, 1_250), (1, 20_000, 1), (0, 5, 0),
        ] as [(Int64, Int64, Int64)]
    )
    func basisPoints(part: Int64, whole: Int64, expected: Int64) {
        #expect(Ratio.basisPoints(part, of: whole) == expected)
    }

    @Test func divisionByZeroHasNoShare() {
        #expect(Ratio.basisPoints(5, of: 0) == nil)
        #expect(Ratio.percentText(5, of: 0) == "–")
    }

    @Test func percentText() {
        #expect(Ratio.percentText(2_726_292, of: 7_663_464) == "35.58%")
        #expect(Ratio.percentText(1, of: 20) == "5.00%")
    }

    @Test func noOverflowNearTheLimits() {
        #expect(Ratio.basisPoints(Int64.max / 2, of: Int64.max) == 5_000)
    }
}
