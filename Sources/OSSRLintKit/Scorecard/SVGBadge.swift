/// The scorecard as a badge for a README: "OSSR | 72.5 · C" in the familiar flat style, the
/// value's colour set by the grade (grey when not scored), drawn locally with nothing fetched.
///
/// The SVG has a `<title>` and an `aria-label` with the same words, so screen readers and
/// tooltips say what the colours show. Texts are estimated in width (`BadgeTextWidth`) and
/// escaped as XML (`XMLEscaper`), as any name from a rule set could be hostile.
enum SVGBadge {
    static let label = "OSSR"

    /// Colours by grade level, best first, and for no grade.
    static let colours = ["#2c9e2c", "#7ba316", "#c99a06", "#e0702b", "#d9443a"]
    static let noGradeColour = "#8a8f96"

    /// "72.5 · C", "72.5" without a grade, or "not scored".
    static func value(_ card: Scorecard) -> String {
        guard let overall = card.overall else { return "not scored" }
        return ReportPresentation.points(overall) + (card.grade.map { " · " + $0 } ?? "")
    }

    static func render(_ card: Scorecard) -> String {
        let value = VisibleEscape.forDisplay(value(card))
        let colour = card.level(ofGrade: card.grade).map { colours[$0] } ?? noGradeColour
        let labelText = BadgeTextWidth.pixels(label), valueText = BadgeTextWidth.pixels(value)
        // Ten pixels of padding around each text, five a side, as such badges have.
        let labelWidth = labelText + 10, valueWidth = valueText + 10
        let width = labelWidth + valueWidth
        let title = XMLEscaper.escapeText("\(label): \(value)")
        let aria = XMLEscaper.escapeAttribute("\(label): \(value)")
        func number(_ value: Double) -> String {
            value == value.rounded() ? String(Int(value)) : ReportPresentation.points(value)
        }
        func text(_ content: String, centre: Double, length: Double) -> [String] {
            let escaped = XMLEscaper.escapeText(content)
            return [
                "    <text x=\"\(number(centre))\" y=\"15\" fill=\"#010101\" fill-opacity=\".3\" textLength=\"\(number(length))\" lengthAdjust=\"spacingAndGlyphs\">\(escaped)</text>",
                "    <text x=\"\(number(centre))\" y=\"14\" textLength=\"\(number(length))\" lengthAdjust=\"spacingAndGlyphs\">\(escaped)</text>",
            ]
        }
        var lines = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(number(width))\" height=\"20\" viewBox=\"0 0 \(number(width)) 20\" role=\"img\" aria-label=\"\(aria)\">",
            "  <title>\(title)</title>",
            "  <linearGradient id=\"shine\" x2=\"0\" y2=\"100%\">",
            "    <stop offset=\"0\" stop-color=\"#bbb\" stop-opacity=\".1\"/>",
            "    <stop offset=\"1\" stop-opacity=\".1\"/>",
            "  </linearGradient>",
            "  <clipPath id=\"round\">",
            "    <rect width=\"\(number(width))\" height=\"20\" rx=\"3\" fill=\"#fff\"/>",
            "  </clipPath>",
            "  <g clip-path=\"url(#round)\">",
            "    <rect width=\"\(number(labelWidth))\" height=\"20\" fill=\"#555\"/>",
            "    <rect x=\"\(number(labelWidth))\" width=\"\(number(valueWidth))\" height=\"20\" fill=\"\(colour)\"/>",
            "    <rect width=\"\(number(width))\" height=\"20\" fill=\"url(#shine)\"/>",
            "  </g>",
            "  <g fill=\"#fff\" text-anchor=\"middle\" font-family=\"Verdana,Geneva,DejaVu Sans,sans-serif\" font-size=\"11\">",
        ]
        lines += text(label, centre: labelWidth / 2, length: labelText)
        lines += text(value, centre: labelWidth + valueWidth / 2, length: valueText)
        lines += ["  </g>", "</svg>"]
        return lines.joined(separator: "\n") + "\n"
    }
}
