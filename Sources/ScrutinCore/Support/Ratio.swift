/// Exact shares, computed with integers only.
///
/// Every decision in Scrutin compares integers; shares exist only to be shown. They are kept in
/// hundredths of a percent (basis points) and rounded half up, so `2_726_292 / 7_663_464` is
/// `3558` (35.58 %).
public enum Ratio {
    /// The share `part / whole` in hundredths of a percent, rounded half up; nil when `whole` is 0.
    ///
    /// - Parameters:
    ///   - part: the numerator.
    ///   - whole: the denominator.
    /// - Returns: `part / whole × 10 000`, rounded half up.
    public static func basisPoints(_ part: Int64, of whole: Int64) -> Int64? {
        guard whole != 0 else { return nil }
        let numerator = Int128(part) * 20_000 + Int128(whole)
        let denominator = Int128(whole) * 2
        var quotient = numerator / denominator
        // Int128 division truncates toward zero; floor it for negative numerators.
        if (numerator % denominator != 0) && ((numerator < 0) != (denominator < 0)) { quotient -= 1 }
        return Int64(quotient)
    }

    /// Whether `a / b` is strictly greater than `c / d`, for positive denominators.
    public static func isGreater(_ a: Int64, over b: Int64, than c: Int64, over d: Int64) -> Bool {
        Int128(a) * Int128(d) > Int128(c) * Int128(b)
    }
}

extension Ratio {
    /// `35.58%`: a share with two decimals, for messages (reports format numbers per language).
    public static func percentText(_ part: Int64, of whole: Int64) -> String {
        guard let points = basisPoints(part, of: whole) else { return "–" }
        let sign = points < 0 ? "-" : ""
        let magnitude = points.magnitude
        let cents = magnitude % 100
        return "\(sign)\(magnitude / 100).\(cents < 10 ? "0" : "")\(cents)%"
    }
}
