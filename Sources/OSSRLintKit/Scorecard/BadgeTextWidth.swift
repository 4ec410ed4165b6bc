/// An estimate of how wide a badge's text is in 11-pixel Verdana, the usual badge font, made
/// from character classes rather than from a font file, so every machine gives the same width.
///
/// The badge also gives each text its width as `textLength`, so a viewer that substitutes
/// another font still fits the text to the box the estimate made.
enum BadgeTextWidth {
    /// The width of `text` in pixels, to a tenth.
    static func pixels(_ text: String) -> Double {
        let total = text.unicodeScalars.reduce(0.0) { $0 + width(of: $1) }
        return (total * 10).rounded() / 10
    }

    /// Approximate advance widths of Verdana at 11 px, by class.
    private static func width(of scalar: Unicode.Scalar) -> Double {
        switch scalar {
        case " ": 3.9
        case "i", "j", "l", "I", ".", ",", ":", ";", "'", "!", "|", "·": 3.5
        case "f", "t", "r", "(", ")", "[", "]", "-": 4.8
        case "m": 10.7
        case "w": 9.0
        case "M": 9.4
        case "W": 11.1
        case "0"..."9": 7.0
        case "a"..."z": 6.6
        case "A"..."Z": 7.7
        case "\u{21}"..."\u{7E}": 7.5
        default:
            // East Asian and other wide scripts take about a full em; the rest about a letter.
            scalar.properties.isIdeographic || (0x1F300...0x1FAFF).contains(scalar.value) ? 11.0 : 7.2
        }
    }
}
