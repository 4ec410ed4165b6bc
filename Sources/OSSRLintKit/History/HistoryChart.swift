/// The history as an SVG line chart: the overall score and each category's over the revisions
/// (x: the revisions in order, evenly spaced, labelled with their names; y: 0 to 100), a
/// legend, and a dashed red line at each revision that could not be scored (its tooltip says
/// why).
///
/// Self-contained and static: no script, no style sheet, no font or image to fetch; a `<title>`
/// and `<desc>` for screen readers, and a `<title>` on each point (a tooltip in browsers). The
/// same history gives the same bytes: coordinates are written to two decimals by integer
/// arithmetic and series are drawn in a fixed order (overall, then the categories as first met).
/// A value missing from a series (a revision not scored, a category where no rule ran) breaks
/// its line rather than joining its neighbours across the gap.
struct HistoryChart {
    // Layout, in user units (pixels at 100 %).
    private static let left = 64.0
    private static let top = 64.0
    private static let plotHeight = 300.0
    private static let minimumPlotWidth = 480.0
    /// The least distance between two revisions: room for a rotated label each.
    private static let step = 28.0
    private static let legendWidth = 220.0
    private static let legendRow = 20.0
    /// The longest label drawn; longer names are cut with "…" (the point's tooltip has them whole).
    private static let labelLength = 24
    /// Okabe and Ito's colours, which colour-blind readers can tell apart; yellow, the hardest
    /// on white, last. After these, the colours repeat with dashed lines.
    private static let palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"]

    private struct Series {
        let key: String
        let title: String
        let values: [Double?]
        let colour: String
        let width: Double
        let dashed: Bool
    }

    func render(_ history: ScoreHistory) -> String {
        let points = history.points
        let categories = history.categories
        let count = points.count
        let plotWidth = max(Self.minimumPlotWidth, Double(max(count - 1, 0)) * Self.step)
        func x(_ index: Int) -> Double {
            count <= 1 ? Self.left + plotWidth / 2 : Self.left + plotWidth * Double(index) / Double(count - 1)
        }
        func y(_ score: Double) -> Double { Self.top + Self.plotHeight * (1 - min(max(score, 0), 100) / 100) }

        var series = [Series(key: "overall", title: "Overall", values: points.map { $0.score?.overall }, colour: "#000000", width: 3, dashed: false)]
        for (position, category) in categories.enumerated() {
            series.append(Series(key: category.id, title: category.title, values: points.map { $0.score(ofCategory: category.id) },
                                 colour: Self.palette[position % Self.palette.count], width: 1.5, dashed: position >= Self.palette.count))
        }

        let labels = points.map { Self.shortened(VisibleEscape.forDisplay($0.revision.name)) }
        let longestLabel = Double(labels.map(\.count).max() ?? 0)
        // A rotated label reaches down about 0.7 of its length; 6.5 units a character at size 11.
        let labelDepth = 16 + longestLabel * 6.5 * 0.71
        let axisTitleY = Self.top + Self.plotHeight + labelDepth + 20
        let legendX = Self.left + plotWidth + 32
        let width = legendX + Self.legendWidth
        let failed = points.indices.filter { points[$0].error != nil }
        let legendRows = series.count + (failed.isEmpty ? 0 : 1)
        let height = max(axisTitleY + 16, Self.top + Double(legendRows) * Self.legendRow + 16)
        let plotBottom = Self.top + Self.plotHeight

        let esc = XMLEscaper.escapeText
        let attr = XMLEscaper.escapeAttribute
        let n = Self.number
        let repository = VisibleEscape.forDisplay(history.repositoryPath)
        var description = "\(history.subject), \(HistoryPresentation.setting(history) { "'\(VisibleEscape.forDisplay($0))'" })"
        if let trend = HistoryPresentation.trend(history, name: VisibleEscape.forDisplay) { description += "; " + trend }

        var svg: [String] = []
        svg.append(##"<?xml version="1.0" encoding="UTF-8"?>"##)
        svg.append(##"<svg xmlns="http://www.w3.org/2000/svg" width="\##(n(width))" height="\##(n(height))" viewBox="0 0 \##(n(width)) \##(n(height))" role="img" aria-labelledby="history-title history-description" font-family="sans-serif" font-size="11">"##)
        svg.append(##"  <title id="history-title">OSSRLint score history of \##(esc(repository))</title>"##)
        svg.append(##"  <desc id="history-description">\##(esc(description)).</desc>"##)
        svg.append(##"  <rect width="\##(n(width))" height="\##(n(height))" fill="#ffffff"/>"##)
        svg.append(##"  <text x="\##(n(Self.left))" y="24" font-size="15" font-weight="bold">OSSRLint score history of \##(esc(repository))</text>"##)
        svg.append(##"  <text x="\##(n(Self.left))" y="44" fill="#444444">\##(esc(description))</text>"##)

        // The y axis: a grid line and a label every 20 points.
        svg.append(##"  <g class="y-axis" stroke="#dddddd">"##)
        for score in stride(from: 0, through: 100, by: 20) {
            let lineY = y(Double(score))
            svg.append(##"    <line x1="\##(n(Self.left))" y1="\##(n(lineY))" x2="\##(n(Self.left + plotWidth))" y2="\##(n(lineY))"/>"##)
            svg.append(##"    <text class="y-label" x="\##(n(Self.left - 8))" y="\##(n(lineY + 4))" text-anchor="end" stroke="none" fill="#444444" data-score="\##(score)">\##(score)</text>"##)
        }
        svg.append("  </g>")
        let middle = Self.top + Self.plotHeight / 2
        svg.append(##"  <text x="18" y="\##(n(middle))" transform="rotate(-90 18 \##(n(middle)))" text-anchor="middle" fill="#444444">Score (out of 100)</text>"##)

        // The x axis: a tick and a rotated label per revision.
        svg.append(##"  <g class="x-axis" stroke="#888888">"##)
        svg.append(##"    <line x1="\##(n(Self.left))" y1="\##(n(plotBottom))" x2="\##(n(Self.left + plotWidth))" y2="\##(n(plotBottom))"/>"##)
        for (index, label) in labels.enumerated() {
            let tickX = x(index), labelY = plotBottom + 14
            svg.append(##"    <line x1="\##(n(tickX))" y1="\##(n(plotBottom))" x2="\##(n(tickX))" y2="\##(n(plotBottom + 5))"/>"##)
            svg.append(##"    <text class="x-label" x="\##(n(tickX))" y="\##(n(labelY))" transform="rotate(-45 \##(n(tickX)) \##(n(labelY)))" text-anchor="end" stroke="none" fill="#222222">\##(esc(label))</text>"##)
        }
        svg.append("  </g>")
        let axisTitle = switch history.selection {
        case .tags: "Tags, by the date of their commit"
        case .lastCommits: "Commits of the current branch, oldest first"
        }
        svg.append(##"  <text x="\##(n(Self.left + plotWidth / 2))" y="\##(n(axisTitleY))" text-anchor="middle" fill="#444444">\##(axisTitle)</text>"##)

        // Revisions without a score.
        if !failed.isEmpty {
            svg.append(##"  <g class="not-scored" stroke="#CC0000" stroke-dasharray="4 3">"##)
            for index in failed {
                let message = "\(VisibleEscape.forDisplay(points[index].revision.name)) could not be scored: \(VisibleEscape.forDisplay(HistoryPresentation.firstLine(points[index].error ?? "")))"
                svg.append(##"    <line x1="\##(n(x(index)))" y1="\##(n(Self.top))" x2="\##(n(x(index)))" y2="\##(n(plotBottom))"><title>\##(esc(message))</title></line>"##)
            }
            svg.append("  </g>")
        }

        // The series, the overall score last so that it is drawn on top.
        for line in series.dropFirst() + series.prefix(1) {
            let dash = line.dashed ? ##" stroke-dasharray="6 3""## : ""
            svg.append(##"  <g class="series" data-series="\##(attr(line.key))" stroke="\##(line.colour)" fill="\##(line.colour)">"##)
            svg.append("    <title>\(esc(VisibleEscape.forDisplay(line.title)))</title>")
            for segment in Self.segments(line.values) where segment.count > 1 {
                let coordinates = segment.map { index in "\(n(x(index))),\(n(y(line.values[index] ?? 0)))" }.joined(separator: " ")
                svg.append(##"    <polyline fill="none" stroke-width="\##(n(line.width))"\##(dash) points="\##(coordinates)"/>"##)
            }
            for (index, value) in line.values.enumerated() {
                guard let value else { continue }
                let tip = "\(VisibleEscape.forDisplay(points[index].revision.name)): \(VisibleEscape.forDisplay(line.title)) \(HistoryPresentation.score(value))"
                svg.append(##"    <circle cx="\##(n(x(index)))" cy="\##(n(y(value)))" r="\##(line.width > 2 ? "4" : "3")" stroke="none"><title>\##(esc(tip))</title></circle>"##)
            }
            svg.append("  </g>")
        }

        // The legend, in the order of the table's columns.
        svg.append(##"  <g class="legend">"##)
        for (row, line) in series.enumerated() {
            let rowY = Self.top + Double(row) * Self.legendRow
            let dash = line.dashed ? ##" stroke-dasharray="6 3""## : ""
            svg.append(##"    <line x1="\##(n(legendX))" y1="\##(n(rowY))" x2="\##(n(legendX + 24))" y2="\##(n(rowY))" stroke="\##(line.colour)" stroke-width="\##(n(line.width))"\##(dash)/>"##)
            svg.append(##"    <text x="\##(n(legendX + 32))" y="\##(n(rowY + 4))" fill="#222222">\##(esc(Self.shortened(VisibleEscape.forDisplay(line.title), to: 28)))</text>"##)
        }
        if !failed.isEmpty {
            let rowY = Self.top + Double(series.count) * Self.legendRow
            svg.append(##"    <line x1="\##(n(legendX))" y1="\##(n(rowY))" x2="\##(n(legendX + 24))" y2="\##(n(rowY))" stroke="#CC0000" stroke-dasharray="4 3"/>"##)
            svg.append(##"    <text x="\##(n(legendX + 32))" y="\##(n(rowY + 4))" fill="#222222">Not scored</text>"##)
        }
        svg.append("  </g>")
        svg.append("</svg>")
        return svg.joined(separator: "\n") + "\n"
    }

    /// Runs of consecutive positions that have a value.
    private static func segments(_ values: [Double?]) -> [[Int]] {
        var segments: [[Int]] = []
        var current: [Int] = []
        for (index, value) in values.enumerated() {
            if value == nil {
                if !current.isEmpty { segments.append(current) }
                current = []
            } else {
                current.append(index)
            }
        }
        if !current.isEmpty { segments.append(current) }
        return segments
    }

    private static func shortened(_ text: String, to length: Int = labelLength) -> String {
        text.count > length ? String(text.prefix(length - 1)) + "…" : text
    }

    /// A coordinate to two decimals, trailing zeros dropped: `12`, `12.5`, `12.25`; the same
    /// text on every machine (no locale, no floating-point printing).
    static func number(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let whole = abs(hundredths) / 100, fraction = abs(hundredths) % 100
        if fraction == 0 { return sign + "\(whole)" }
        return sign + "\(whole)." + (fraction % 10 == 0 ? "\(fraction / 10)" : (fraction < 10 ? "0\(fraction)" : "\(fraction)"))
    }
}
