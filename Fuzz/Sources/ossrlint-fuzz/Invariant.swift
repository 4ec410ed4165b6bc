/// Stops the process when a property every output must have does not hold: libFuzzer reports
/// a trap as a crash and keeps the input, which is what a fuzz finding needs.
func invariant(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("invariant violated: " + message()) }
}
