internal import CLibGit2
import Glibc

/// glibc's malloc settings for a short-lived process that allocates on several threads.
///
/// glibc gives each thread that allocates a heap of its own and makes it writable one page at
/// a time, with an `mprotect` call for every 4 KB it grows: 258 calls in a lint of a 10k-file
/// repository (strace), each changing the process's memory map while the other threads run.
/// Reserving a few megabytes once, at a thread's start, leaves the heap writable that far: it
/// then grows without system calls (pages are still only used when touched).
enum HeapReservation {
    /// Allocations below this come from the threads' heaps rather than from a mapping of their
    /// own, which glibc would unmap again on free. Below it too is the reservation: above
    /// glibc's default threshold (128 KB) it would be a mapping of its own, reserving nothing.
    static let largestHeapAllocation: Int32 = 32 << 20

    /// The process-wide setting the reservation relies on, made once, by the first thread that
    /// reserves (a constant, not state).
    private static let threshold: Void = { _ = ossrlint_set_mmap_threshold(largestHeapAllocation) }()

    /// Grows this thread's heap by a few megabytes and frees them again: glibc keeps the range
    /// writable, so the thread's later allocations up to that size need no `mprotect`.
    static func reserveForThisThread() {
        threshold
        guard let block = malloc(4 << 20) else { return }
        // Reading the block's size keeps the allocation from being optimised away.
        withExtendedLifetime(malloc_usable_size(block)) { free(block) }
    }
}
