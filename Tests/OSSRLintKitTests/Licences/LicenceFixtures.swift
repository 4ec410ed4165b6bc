import Foundation
@testable import OSSRLintKit

/// Locates the package and the shared reference data, and prepares reference licence texts.
enum LicenceFixtures {
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                return url
            }
            url = url.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    static let sharedFolder = packageRoot.appendingPathComponent("../shared").standardizedFileURL

    static let index: LicenceIndex = {
        do {
            return try LicenceIndex.load()
        } catch {
            fatalError("cannot load the licence index: \(error)")
        }
    }()

    /// A reference licence text with its SPDX id, front matter removed and placeholders filled.
    struct Reference: Sendable, CustomStringConvertible {
        var id: String
        var title: String
        var text: String
        var description: String { id }
    }

    static let references: [Reference] = {
        let folder = sharedFolder.appendingPathComponent("license-data/choosealicense")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().compactMap { name in
            guard let raw = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) else { return nil }
            return reference(fromChooseALicense: raw)
        }
    }()

    static func reference(_ id: String) -> Reference {
        guard let found = references.first(where: { $0.id == id }) else {
            fatalError("no reference licence '\(id)'")
        }
        return found
    }

    static func reference(fromChooseALicense raw: String) -> Reference? {
        let parts = raw.components(separatedBy: "\n---\n")
        guard raw.hasPrefix("---\n"), parts.count >= 2 else { return nil }
        let meta = parts[0]
        let body = parts.dropFirst().joined(separator: "\n---\n").trimmingCharacters(in: .newlines)
        func value(_ key: String) -> String? {
            meta.split(separator: "\n").first { $0.hasPrefix(key + ":") }.map {
                String($0.dropFirst(key.count + 1)).trimmingCharacters(in: .whitespaces)
            }
        }
        guard let id = value("spdx-id") else { return nil }
        let filled = body
            .replacingOccurrences(of: "[year]", with: "2021")
            .replacingOccurrences(of: "[Year]", with: "2021")
            .replacingOccurrences(of: "[fullname]", with: "Ada Example")
            .replacingOccurrences(of: "[name of copyright holder]", with: "Ada Example")
            .replacingOccurrences(of: "[email]", with: "ada@example.org")
            .replacingOccurrences(of: "[project]", with: "Widget")
        return Reference(id: id, title: value("title") ?? id, text: filled)
    }
}
