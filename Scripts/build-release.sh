#!/bin/sh
# Builds the release executable with the Swift runtime and Foundation linked into it, for a
# faster start: loading them as shared libraries cost every run about 7 ms (minimum of 120
# `ossrlint check` runs on a two-file repository: 26.5 ms shared, 19.3 ms linked in; hyperfine).
#
# It also has the compiler call each generic type's metadata accessor directly where it would
# otherwise look the type up by its mangled name. Looking a type such as
# `KeyedDecodingContainer<RuleSpec.CodingKeys>` up by name makes the runtime check its generic
# requirements by scanning every protocol conformance of the program (about 6,800 here) the
# first time it meets the type, and decoding a rule set meets many. With the flag, a lint of
# the 10k-file flat benchmark repository took 342 instead of 362 million instructions
# (callgrind) and read its rule set in 4.5 instead of 6.0 ms (`--timings`, medians of 6);
# reports stayed byte-identical on astropy, agnpy, ctapipe, gammapy and this repository.
#
# Optional: `swift build -c release` builds the same program, and nothing else needs this.
#
# Usage: Scripts/build-release.sh [more swift build options]   (from anywhere)
# Result: .build/release/ossrlint (libgit2 stays a shared library, from libgit2-dev).
set -eu
cd "$(dirname "$0")/.."
swift build -c release --static-swift-stdlib \
    -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors "$@"
