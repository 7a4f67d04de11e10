/// Where a bundle's files come from: the seam between the pure core and storage.
///
/// The core never opens a file itself. A folder on disk (`ScrutinFileSystem.DirectoryBundle`),
/// the embedded reference data, or a dictionary in a test all conform.
public protocol BundleSource: Sendable {
    /// A name for messages, like the folder's path.
    var name: String { get }
    /// The bytes of a file, by its path inside the bundle (`round-1/sheets.csv`).
    ///
    /// - Returns: the bytes, or nil when the bundle has no such file.
    /// - Throws: when the file exists but cannot be read.
    func read(_ path: String) throws -> [UInt8]?

    /// Calls `body` with a file's bytes, without copying them where the source can (a folder on
    /// disk maps the file); `read(_:)` is the default.
    ///
    /// - Returns: what `body` returns, or nil when the bundle has no such file.
    /// - Throws: when the file exists but cannot be read.
    func withContents<Result>(of path: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) throws -> Result?
}

extension BundleSource {
    public func withContents<Result>(
        of path: String,
        _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) throws
        -> Result?
    {
        guard let bytes = try read(path) else { return nil }
        return bytes.withUnsafeBufferPointer(body)
    }
}

/// A bundle held in memory: for tests, generators and embedded data.
public struct InMemoryBundle: BundleSource {
    public var name: String
    public var files: [String: [UInt8]]

    public init(name: String = "in-memory bundle", files: [String: [UInt8]] = [:]) {
        self.name = name
        self.files = files
    }

    /// A bundle from texts, stored as UTF-8.
    public init(name: String = "in-memory bundle", texts: [String: String]) {
        self.name = name
        self.files = texts.mapValues { Array($0.utf8) }
    }

    public func read(_ path: String) throws -> [UInt8]? { files[path] }

    /// Sets a file from a text.
    public subscript(text path: String) -> String? {
        get { files[path].map { String(decoding: $0, as: UTF8.self) } }
        set { files[path] = newValue.map { Array($0.utf8) } }
    }
}

/// The files of a bundle, by their paths.
///
/// See the README for each file's columns.
public enum BundleLayout {
    public static let election = "election.json"
    public static let parties = "parties.csv"
    public static let constituencies = "constituencies.csv"
    public static let lists = "lists.csv"
    public static let candidates = "candidates.csv"
    public static let stations = "stations.csv"
    /// Optional: seats by party at the previous election.
    public static let previous = "previous.csv"

    /// `round-N/sheets.csv`: one tally sheet per station.
    public static func sheets(round: Int) -> String { "round-\(round)/sheets.csv" }
    /// `round-N/votes.csv`: the votes of each list on each sheet.
    public static func votes(round: Int) -> String { "round-\(round)/votes.csv" }
    /// Where problems of sheets submitted one at a time point: `round-N/submitted`, the n-th
    /// submission being its line n.
    public static func submissions(round: Int) -> String { "round-\(round)/submitted" }

    /// Optional `round-N/closed.csv`: stations that did not open, with the reason.
    public static func closed(round: Int) -> String { "round-\(round)/closed.csv" }
}
