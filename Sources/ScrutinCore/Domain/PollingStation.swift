/// A polling station (bureau de vote): where one tally sheet per round is drawn up.
public struct PollingStation: Sendable, Hashable {
    public var code: String
    /// The code of its constituency.
    public var constituency: String
    public var name: String
    /// Voters on the register for this station.
    public var registered: Int

    public init(code: String, constituency: String, name: String, registered: Int) {
        self.code = code
        self.constituency = constituency
        self.name = name
        self.registered = registered
    }
}
