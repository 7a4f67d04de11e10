/// A political party (or a movement, or an association) that stands candidates.
public struct Party: Sendable, Hashable {
    /// A short code, like `RPM`.
    public var code: String
    public var name: String
    /// A display colour, like `#1F77B4`, when the bundle gives one.
    public var color: String?

    public init(code: String, name: String, color: String? = nil) {
        self.code = code
        self.name = name
        self.color = color
    }
}
