import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import OSSRLintKit
import Testing

/// The badge is well-formed SVG whose words are the JSON scorecard's score and grade.
@Suite struct ScorecardBadgeTests {
    private static func badge(_ report: LintReport) -> String {
        ScorecardFormat.svg.render(Scorecard(report: report))
    }

    /// xmllint's verdict on `svg` as XML.
    private static func lint(_ svg: String) throws -> ExternalTool.Output? {
        guard let xmllint = ExternalTool.locate("xmllint", installHint: "apt-get install libxml2-utils") else { return nil }
        return try xmllint.run(["--noout", "--nonet", "-"], input: svg)
    }

    /// The badge's texts (label, value, each written twice for the shadow), title and aria-label.
    private static func words(_ svg: String) throws -> (texts: [String], title: String?, label: String?, fill: String?) {
        let document = try XMLDocument(xmlString: svg, options: [.nodePreserveWhitespace])
        let root = try #require(document.rootElement())
        let texts = try root.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
        let title = try root.nodes(forXPath: "*[local-name()='title']").first?.stringValue
        let value = try root.nodes(forXPath: "//*[local-name()='rect']")[2] as? XMLElement
        return (texts, title, attribute("aria-label", of: root), value.flatMap { attribute("fill", of: $0) })
    }

    /// An attribute without a namespace, looked up by name (FoundationXML finds none by
    /// `attribute(forName:)` on an element in the SVG namespace).
    private static func attribute(_ name: String, of element: XMLElement) -> String? {
        element.attributes?.first { $0.name == name }?.stringValue
    }

    @Test(arguments: ["example-project"] + ScorecardFixtures.handMade.map(\.name))
    func theBadgeIsWellFormedAndSaysTheJSONScoreAndGrade(fixture: String) throws {
        let report = fixture == "example-project" ? try ScorecardFixtures.exampleProject() : try #require(ScorecardFixtures.named(fixture))
        let svg = Self.badge(report)
        let verdict = try #require(try Self.lint(svg))
        #expect(verdict.status == 0, "xmllint: \(verdict.stderr)")
        let json = try ScorecardJSONShape.of(report)
        let value = json.overall.map { ReportPresentation.points($0) + (json.grade.map { " · " + VisibleEscape.forDisplay($0) } ?? "") } ?? "not scored"
        let words = try Self.words(svg)
        #expect(words.texts == ["OSSR", "OSSR", value, value])
        #expect(words.title == "OSSR: " + value)
        #expect(words.label == "OSSR: " + value)
    }

    @Test func theValueIsColouredByGradeAndGreyWhenNotScored() throws {
        let best = Scorecard(report: ScorecardFixtures.zeroWeights)
        #expect(best.grade == "A")
        #expect(try Self.words(SVGBadge.render(best)).fill == SVGBadge.colours[0])
        let worst = Scorecard(report: try #require(ScorecardFixtures.named("mixed")))
        #expect(worst.grade == "E")
        #expect(try Self.words(SVGBadge.render(worst)).fill == SVGBadge.colours[4])
        #expect(try Self.words(Self.badge(ScorecardFixtures.everythingWaived)).fill == SVGBadge.noGradeColour)
    }

    /// A grade name with markup, quotes, a terminal escape and a line break stays text.
    @Test func aHostileGradeNameIsEscaped() throws {
        let svg = Self.badge(ScorecardFixtures.hostile)
        #expect(try Self.lint(svg)?.status == 0)
        let words = try Self.words(svg)
        #expect(words.texts.last == "0.0 · " + VisibleEscape.forDisplay("E\u{1B}[31m\n</svg>"))
        #expect(!svg.unicodeScalars.contains { VisibleEscape.isUnsafeForDisplay($0) && $0 != "\n" })
    }

    /// Widths come from the text alone, so a longer value makes a wider badge, the same on
    /// every machine.
    @Test func theWidthIsEstimatedFromTheTextAlone() throws {
        #expect(BadgeTextWidth.pixels("OSSR") == 30.8)
        #expect(BadgeTextWidth.pixels("100.0 · A") > BadgeTextWidth.pixels("9.0 · A"))
        #expect(BadgeTextWidth.pixels("数据") == 22)
        let document = try XMLDocument(xmlString: Self.badge(ScorecardFixtures.zeroWeights))
        let root = try #require(document.rootElement())
        let width = try #require(Self.attribute("width", of: root))
        #expect(Double(width) == BadgeTextWidth.pixels("OSSR") + BadgeTextWidth.pixels("100.0 · A") + 20)
    }
}
