#!/usr/bin/env python3
"""Sorts LeakSanitizer reports (read from a log file) by who leaked; used by Scripts/leak-check.sh.

Usage: python3 Scripts/leak-report.py LOG

A leak is GitKit's when a frame of its allocation stack is in the GitKit module (Swift symbols
`$s6GitKit…`). Those are split into leaks inside libgit2 that GitKit cannot free (known libgit2
bugs, listed in KNOWN_LIBGIT2) and the rest, which are GitKit bugs. Every other leak (Foundation's
Process, XCTest, the test fixtures) is counted but not GitKit's concern. Exit status 1 when GitKit
has a leak that is not a known libgit2 one.
"""
import re, sys
from collections import defaultdict

# libgit2 1.5 frees its PCRE2 match data only when the pattern matches (src/util/regexp.c,
# git_regexp_match/git_regexp_search return early on PCRE2_ERROR_NOMATCH): every config entry a
# regex does not match leaks one pcre2_match_data (and the heap frames pcre2_match gave it).
KNOWN_LIBGIT2 = {"pcre2_match_data_create_8": "libgit2 regexp: pcre2 match data not freed on no-match",
                 "pcre2_match_8": "libgit2 regexp: pcre2 match data not freed on no-match"}

HEADER = re.compile(r"^(Direct|Indirect) leak of (\d+) byte\(s\) in (\d+) object\(s\) allocated from:")
FRAME = re.compile(r"^\s+#\d+ 0x[0-9a-f]+ in (\S+)|^\s+#\d+ 0x[0-9a-f]+\s+\((\S+?)\+")

def records(lines):
    current = None
    for line in lines:
        header = HEADER.match(line)
        if header:
            if current: yield current
            current = {"kind": header[1], "bytes": int(header[2]), "objects": int(header[3]), "frames": []}
        elif current is not None:
            frame = FRAME.match(line)
            if frame:
                current["frames"].append(frame[1] or frame[2])
            elif not line.strip():
                yield current
                current = None
    if current: yield current

def main(path):
    with open(path, errors="replace") as log:
        lines = log.read().splitlines()
    groups = defaultdict(lambda: [0, 0, 0])  # (category, label) -> records, objects, bytes
    for record in records(lines):
        frames = record["frames"]
        gitkit = next((f for f in frames if f.startswith("$s6GitKit")), None)
        if gitkit is None:
            category, label = "outside GitKit", next((f for f in frames[1:] if not f.startswith(("swift_", "malloc", "calloc", "realloc", "posix_memalign"))), "?")
        else:
            known = next((KNOWN_LIBGIT2[f] for f in frames if f in KNOWN_LIBGIT2), None)
            entry = next((f for f in frames if f.startswith("git_")), "")
            if known:
                category, label = "GitKit, known libgit2 leak", f"{known} (via {entry or '?'} from {gitkit})"
            else:
                category, label = "GitKit", f"{record['kind'].lower()} leak allocated via {entry or 'Swift'} from {gitkit}"
        group = groups[(category, label)]
        group[0] += 1; group[1] += record["objects"]; group[2] += record["bytes"]
    totals = defaultdict(lambda: [0, 0])
    for (category, label), (count, objects, size) in sorted(groups.items()):
        totals[category][0] += objects; totals[category][1] += size
        if category != "outside GitKit":
            print(f"  [{category}] {label}: {objects} object(s), {size} byte(s)")
    for category in ["GitKit", "GitKit, known libgit2 leak", "outside GitKit"]:
        objects, size = totals[category]
        print(f"{category}: {objects} object(s), {size} byte(s)")
    return 1 if totals["GitKit"][0] else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
