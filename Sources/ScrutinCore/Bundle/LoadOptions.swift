/// How a bundle is read.
public struct LoadOptions: Sendable, Hashable {
    /// Threads that the large files (stations, sheets, votes) are read on.
    ///
    /// 1 reads everything on the calling thread. The results and problems are the same whatever
    /// the number.
    public var threads: Int
    /// The smallest chunk of a file worth a thread of its own.
    public var minimumChunkBytes: Int

    public init(threads: Int = 1, minimumChunkBytes: Int = 1 << 22) {
        self.threads = max(1, threads)
        self.minimumChunkBytes = max(1, minimumChunkBytes)
    }

    /// One thread.
    public static let sequential = LoadOptions()
}
