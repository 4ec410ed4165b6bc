import Foundation
@testable import OSSRLintKit
import Testing
import TestSupport

/// The HTML scorecard read back by a real HTML parser: it shows the JSON scorecard's numbers,
/// fetches nothing, and shows hostile text as text.
@Suite struct HTMLScorecardTests {
    static let fixtures = ["example-project"] + ScorecardFixtures.handMade.map(\.name)

    private static func report(_ name: String) throws -> LintReport {
        name == "example-project" ? try ScorecardFixtures.exampleProject() : try #require(ScorecardFixtures.named(name))
    }

    private static func page(_ report: LintReport) throws -> HTMLTree.Element {
        try HTMLTree.parse(ScorecardFormat.html.render(Scorecard(report: report))).document
    }

    /// A number as the page shows it ("72.5"), read back.
    private static func number(_ text: String) -> Double? {
        Double(text.trimmingCharacters(in: .whitespaces))
    }

    @Test(arguments: fixtures)
    func theNumbersShownAreTheJSONScorecardsNumbers(fixture: String) throws {
        let report = try Self.report(fixture)
        let json = try ScorecardJSONShape.of(report)
        let page = try Self.page(report)

        let overall = try #require(page.element(id: "overall"))
        if let score = json.overall {
            #expect(Self.number(overall.text) == score, "overall shown: \(overall.text)")
        } else {
            let reason = try #require(json.notScored)
            #expect(overall.text == "Not scored: \(reason).")
        }
        #expect(page.element(id: "grade")?.text == json.grade.map(VisibleEscape.forDisplay) ?? "—")

        let rows = page.all { $0.tag == "tr" && $0.hasClass("category") }
        #expect(rows.map { $0.attributes["data-category"] } == json.categories.map { VisibleEscape.forDisplay($0.id) })
        for (row, category) in zip(rows, json.categories) {
            let shown = try #require(row.all(class: "category-score").first).text
            if let score = category.score {
                #expect(Self.number(shown) == score, "\(category.id): \(shown)")
            } else {
                #expect(shown == "not scored", "\(category.id)")
            }
        }

        let losses = page.all { $0.tag == "li" && $0.hasClass("loss") }
        #expect(losses.map { $0.attributes["data-rule"] } == json.losses.map { VisibleEscape.forDisplay($0.rule) })
        for (item, loss) in zip(losses, json.losses) {
            #expect(item.all(class: "points").map { Self.number($0.text) } == [loss.points], "\(loss.rule)")
            #expect(item.all(class: "message").map(\.text) == ["Found: " + VisibleEscape.forDisplay(loss.message)])
            #expect(item.all(class: "remedy").map(\.text) == loss.remediation.map { ["To earn it back: " + VisibleEscape.forDisplay($0)] } ?? [])
            let requirement = loss.requirement == "required" ? "Required" : "Recommended"
            #expect(item.all(class: "tag").map(\.text).contains(requirement), "\(loss.rule)")
        }

        // Waived and not applicable rules each in their own section, with their message.
        for (section, rules) in [("waived", json.waived), ("not-applicable", json.notApplicable), ("unscored", json.unscoredFindings)] {
            let items = page.all { $0.tag == "section" && $0.hasClass(section) }.flatMap { $0.all { $0.tag == "li" } }
            #expect(items.map { $0.attributes["data-rule"] } == rules.map { VisibleEscape.forDisplay($0.rule) }, "\(section)")
            #expect(items.map { $0.all(class: "message").first?.text } == rules.map { VisibleEscape.forDisplay($0.message) }, "\(section)")
            #expect(items.map { $0.attributes["data-status"] } == rules.map(\.status), "\(section)")
        }
    }

    /// Nothing to fetch, nothing to run: no script, no element that loads a resource, no
    /// attribute naming an address, no CSS `url()` or `@import`.
    @Test(arguments: fixtures)
    func thePageIsSelfContained(fixture: String) throws {
        let tree = try HTMLTree.parse(ScorecardFormat.html.render(Scorecard(report: try Self.report(fixture))))
        let elements = tree.document.descendants
        let loading: Set<String> = ["script", "link", "img", "iframe", "frame", "object", "embed", "video", "audio", "source", "base", "form", "svg", "picture"]
        #expect(elements.filter { loading.contains($0.tag) }.map(\.tag).isEmpty)
        let addressing: Set<String> = ["src", "href", "srcset", "action", "formaction", "poster", "data", "xlink:href", "background", "ping"]
        let attributes = elements.flatMap { $0.attributes.keys }
        #expect(attributes.filter { addressing.contains($0) || $0.hasPrefix("on") }.isEmpty, "\(Set(attributes))")
        let css = elements.filter { $0.tag == "style" }.map(\.text) + elements.compactMap { $0.attributes["style"] }
        #expect(css.allSatisfy { !$0.contains("url(") && !$0.contains("@import") })
        #expect(elements.count(where: { $0.tag == "style" }) == 1)
        // Printable: a print style sheet, and every bar has its number or words beside it.
        #expect(css.first?.contains("@media print") == true)
        for row in elements.filter({ $0.tag == "tr" && $0.hasClass("category") }) {
            #expect(!(row.all(class: "category-score").first?.text.isEmpty ?? true))
        }
        #expect(tree.declarations == ["DOCTYPE html"])
        #expect(tree.strayEndTags.isEmpty && tree.unclosed.isEmpty, "\(tree.strayEndTags) \(tree.unclosed)")
        #expect(elements.first { $0.tag == "html" }?.attributes["lang"] == "en")
        #expect(elements.first { $0.tag == "meta" && $0.attributes["charset"] != nil }?.attributes["charset"] == "utf-8")
    }

    /// `<script>`, `&`, quotes, line breaks, terminal escapes and bidirectional overrides in a
    /// message, a path, a rule id, a category and a grade name show as text and add no element.
    @Test func hostileTextIsShownAsTextAndAddsNoMarkup() throws {
        let report = ScorecardFixtures.hostile
        let html = ScorecardFormat.html.render(Scorecard(report: report))
        let tree = try HTMLTree.parse(html)
        let page = tree.document
        let mixed = try #require(ScorecardFixtures.named("mixed"))
        let benign = try Self.page(mixed)
        // No element the benign page does not have, and no stray or missing end tag.
        #expect(Set(page.descendants.map(\.tag)).subtracting(benign.descendants.map(\.tag)).isEmpty)
        #expect(tree.strayEndTags.isEmpty && tree.unclosed.isEmpty)

        #expect(page.all { $0.tag == "h1" }.map(\.text) == [VisibleEscape.forDisplay(report.repository.path)])
        let failing = report.results[0]
        let loss = try #require(page.all(class: "loss").first)
        #expect(loss.attributes["data-rule"] == failing.rule)
        #expect(loss.all(class: "message").first?.text == "Found: " + VisibleEscape.forDisplay(ReportFixtures.hostileText))
        #expect(loss.all(class: "remedy").first?.text == "To earn it back: " + VisibleEscape.forDisplay(failing.remediation ?? ""))
        #expect(loss.all(class: "rule-title").first?.text == failing.title)
        #expect(page.all(class: "category").first?.attributes["data-category"] == "c<&>")
        #expect(page.element(id: "grade")?.text == VisibleEscape.forDisplay(Scorecard(report: report).grade ?? ""))
        // The raw bytes hold no control character but the line breaks the page itself writes.
        #expect(!html.unicodeScalars.contains { VisibleEscape.isUnsafeForDisplay($0) && $0 != "\n" })
    }

    @Test func aCategoryWhereNoRuleAppliesSaysSoAndShowsNoScore() throws {
        let page = try Self.page(ScorecardFixtures.categoryNotApplicable)
        let docs = try #require(page.all { $0.attributes["data-category"] == "docs" }.first)
        #expect(docs.all(class: "category-score").map(\.text) == ["not scored"])
        #expect(docs.all(class: "note").map(\.text) == ["not scored: no rule applies"])
        #expect(docs.all(class: "fill").isEmpty)
        #expect(page.element(id: "overall")?.text == "40.0")
        let notApplicable = page.all { $0.tag == "section" && $0.hasClass("not-applicable") }
        #expect(notApplicable.first?.all(class: "message").map(\.text) == ["no README needed for a data-only repository", "message of docs-site"])
    }

    @Test func everythingWaivedIsNotScoredAndSaysWhy() throws {
        let page = try Self.page(ScorecardFixtures.everythingWaived)
        #expect(page.element(id: "overall")?.text == "Not scored: every rule is waived.")
        #expect(page.element(id: "grade")?.text == "—")
        #expect(page.all(class: "loss").isEmpty)
        #expect(page.all(class: "fill").isEmpty)
        let waived = page.all { $0.tag == "section" && $0.hasClass("waived") }.flatMap { $0.all(class: "message") }.map(\.text)
        #expect(waived == ["waived: licensed by the consortium agreement", "waived: metadata lives in the archive"])
    }

    @Test func weightsOfZeroAreNamedAndTheirFindingsListedApart() throws {
        let page = try Self.page(ScorecardFixtures.zeroWeights)
        let community = try #require(page.all { $0.attributes["data-category"] == "community" }.first)
        #expect(community.all(class: "category-score").map(\.text) == ["50.0"])
        #expect(community.all(class: "note").map(\.text) == ["weight 0: not counted in the overall score"])
        let hygiene = try #require(page.all { $0.attributes["data-category"] == "hygiene" }.first)
        #expect(hygiene.all(class: "note").map(\.text) == ["not scored: its rules weigh nothing"])
        #expect(page.element(id: "overall")?.text == "100.0")
        #expect(page.all(class: "loss").isEmpty)
        let unscored = page.all { $0.tag == "section" && $0.hasClass("unscored") }.flatMap { $0.all { $0.tag == "li" } }
        #expect(unscored.map { $0.attributes["data-rule"] } == ["licence-header", "contributing", "gitignore"])
    }

    @Test func theDateIsTheCommitsAndTheIndexIsNotCommitted() throws {
        let committed = try Self.page(ScorecardFixtures.categoryNotApplicable)
        #expect(committed.all(class: "date").map(\.text) == ["2024-01-01 12:00 UTC"])
        let staged = try Self.page(ScorecardFixtures.staged)
        #expect(staged.all(class: "date").map(\.text) == ["not committed"])
    }
}
