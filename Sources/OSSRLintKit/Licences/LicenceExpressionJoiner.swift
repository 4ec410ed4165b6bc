/// Joins licence ids or expressions into one SPDX expression.
enum LicenceExpressionJoiner {
    /// Joins distinct parts with `OR` when the text offers a choice, else with `AND`;
    /// compound parts are parenthesised. Nil when there are no parts.
    static func join(_ parts: [String], offersChoice: Bool = false) -> String? {
        var distinct: [String] = []
        for part in parts where !distinct.contains(part) {
            distinct.append(part)
        }
        guard !distinct.isEmpty else { return nil }
        if distinct.count == 1 {
            return distinct[0]
        }
        let wrapped = distinct.map { $0.contains(" ") ? "(\($0))" : $0 }
        return wrapped.joined(separator: offersChoice ? " OR " : " AND ")
    }
}
