import Foundation
public import ScrutinCore

#if canImport(FoundationEssentials)
import FoundationEssentials
#endif

/// The reference elections embedded in Scrutin, read from the package's resources.
public enum ReferenceData {
    /// Mali's National Assembly election of 2020: the sourced facts of
    /// `shared/data/mali-2020/structured`, with `SOURCES.md`, `CONFLICTS.md` and `rules.md`.
    public static var mali2020: some BundleSource { ResourceFolder(folder: "mali-2020") }
}

/// A folder of the module's resources, read as a bundle.
struct ResourceFolder: BundleSource {
    let folder: String

    var name: String { "embedded \(folder)" }

    func read(_ path: String) throws -> [UInt8]? {
        guard let base = Bundle.module.resourceURL else { return nil }
        let url = base.appendingPathComponent(folder).appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return Array(try Data(contentsOf: url))
    }
}
