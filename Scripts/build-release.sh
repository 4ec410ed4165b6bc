#!/bin/sh
# Builds the release executable with the Swift runtime and Foundation linked into it, for a
# faster start: loading them as shared libraries cost every run about 7 ms (minimum of 120
# `ossrlint check` runs on a two-file repository: 26.5 ms shared, 19.3 ms linked in; hyperfine).
# Optional: `swift build -c release` builds the same program, and nothing else needs this.
#
# Usage: Scripts/build-release.sh [more swift build options]   (from anywhere)
# Result: .build/release/ossrlint (libgit2 stays a shared library, from libgit2-dev).
set -eu
cd "$(dirname "$0")/.."
swift build -c release --static-swift-stdlib "$@"
