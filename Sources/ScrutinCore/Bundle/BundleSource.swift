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
    /// - Throws: when the file exists but cannot be read; `NotARegularFile` when the path is a
    ///   folder, a device, a named pipe or a socket (reading those may never end).
    func read(_ path: String) throws -> [UInt8]?

    /// Calls `body` with a file's bytes, without copying them where the source can (a folder on
    /// disk maps the file); `read(_:)` is the default.
    ///
    /// - Returns: what `body` returns, or nil when the bundle has no such file.
    /// - Throws: when the file exists but cannot be read.
    func withContents<Result>(of path: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) throws -> Result?

    /// The names of the entries (files and folders) directly in a folder of the bundle (`""` for
    /// the bundle itself), sorted; for finding files the layout does not know, which would
    /// otherwise be ignored unseen. A source that cannot list its files gives none (the default).
    func names(in folder: String) -> [String]
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

    public func names(in folder: String) -> [String] { [] }
}

/// A path of a bundle that is there but is not a regular file: refused rather than read, since
/// reading a named pipe or a device may block forever or never end.
public struct NotARegularFile: Error, Sendable, Hashable, CustomStringConvertible {
    /// What the path is.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case folder
        case device
        case pipe = "named-pipe"
        case socket
        case other = "special-file"

        /// The kind for people: "a named pipe (FIFO)", « un tube nommé (FIFO) ».
        public var name: Message { BundleText.fileKind(self).message }
    }

    public let kind: Kind

    public init(_ kind: Kind) { self.kind = kind }

    public var description: String { "not a regular file: it is \(kind.name.english)" }

    /// The message, like "is a named pipe (FIFO), not a regular file".
    public var message: Message { BundleText.notARegularFile(kind).message }
}

extension Problem {
    /// The problem of a bundle file that is there but cannot be read: S016 when it is not a
    /// regular file, S014 otherwise.
    static func unreadable(_ path: String, _ error: any Error) -> Problem {
        if let error = error as? NotARegularFile {
            return Problem(.notARegularFile, at: BundleLocation(file: path), [error.kind.rawValue])
        }
        return Problem(.unreadableFile, at: BundleLocation(file: path), [String(describing: error)])
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

    public func names(in folder: String) -> [String] {
        let prefix = folder.isEmpty ? "" : folder + "/"
        let names = files.keys.compactMap { path -> Substring? in
            guard path.hasPrefix(prefix) else { return nil }
            return path.dropFirst(prefix.count).split(separator: "/", maxSplits: 1).first
        }
        return Set(names).map(String.init).sorted()
    }

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

    /// The files of the definition, at the top of the bundle.
    public static let definitionFiles = [election, parties, constituencies, lists, candidates, stations, previous]

    /// The files of a round's folder.
    public static let roundFiles = ["sheets.csv", "votes.csv", "closed.csv"]

    /// The round of a folder named exactly `round-N` (N written without leading zeros), or nil.
    public static func round(ofFolder name: String) -> Int? {
        guard name.hasPrefix("round-") else { return nil }
        let digits = name.dropFirst("round-".count)
        guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), digits.count <= 9,
            digits == "0" || !digits.hasPrefix("0"), let round = Int(digits)
        else { return nil }
        return round
    }
}
