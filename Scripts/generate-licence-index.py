#!/usr/bin/env python3
"""Builds OSSRLint's derived licence index from the shared reference data.

Usage: python3 Scripts/generate-licence-index.py OUTPUT.swift SHARED_DIR

SHARED_DIR is the folder holding license-data/ (normally ../shared). The output is one Swift
file holding a compact JSON payload as a single string literal; no licence text is copied, only
derived data: a vocabulary, per licence the sorted word-bigram keys of its body and of its
how-to-apply appendix, its word sequence as vocabulary indices (for word diffs), the bigrams that
set it apart from its near twins, and the SPDX facts table.

The text normalisation below must stay identical to LicenceTextNormaliser.swift.
"""
import base64
import json
import os
import re
import struct
import sys

GENERATED_LINE = "// GENERATED FILE, do not edit. Regenerate with: python3 Scripts/generate-licence-index.py Sources/OSSRLintKit/Licences/Generated/LicenceIndexData.swift ../shared"

# Families whose SPDX ids carry an -only / -or-later suffix.
SUFFIXED_FAMILIES = {"GPL-2.0", "GPL-3.0", "LGPL-2.1", "LGPL-3.0", "AGPL-3.0", "GFDL-1.3"}

EQUIVALENT_WORDS = {
    "licence": "license", "licences": "licenses", "licenced": "licensed",
    "licencing": "licensing", "licencee": "licensee", "licencor": "licensor",
    "&": "and",
}
TITLE_WORDS = {"license", "licenses", "version", "attribution", "unlicense", "agreement"}
COPYRIGHT_LINE = re.compile(r"^(copyright\s*(\(c\)|©|\d|\[|<|\{)|\(c\)\s*[\d\[<{]|©)")
LINE_MARKUP = re.compile(r"^(#{1,6}\s+|>\s*|[-*+•·]\s+)+")
LIST_NUMBER = re.compile(r"^(\(?[0-9]{1,2}[.)]|\(?[a-z][.)]|\([a-z0-9]{1,4}\)|[ivx]{1,4}[.)])\s+")
MARKDOWN_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")
END_OF_TERMS = "end of terms and conditions"


def tokens_of_line(line):
    """Splits one lower-cased line into words: letters and digits, dots kept between them,
    apostrophes dropped, everything else a separator."""
    words = []
    current = []
    chars = list(line)
    n = len(chars)
    for i, ch in enumerate(chars):
        if ch.isalnum():
            current.append(ch)
        elif ch in "'’‘" and current and i + 1 < n and chars[i + 1].isalnum():
            continue
        elif ch == "." and current and i + 1 < n and chars[i + 1].isalnum():
            current.append(ch)
        elif ch == "&":
            if current:
                words.append("".join(current))
                current = []
            words.append("&")
        else:
            if current:
                words.append("".join(current))
                current = []
    if current:
        words.append("".join(current))
    return [EQUIVALENT_WORDS.get(w, w) for w in words]


def normalised_lines(text):
    """Yields the word lists of the lines that carry licence words (markup, copyright lines
    and the leading title removed)."""
    text = text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n")
    text = MARKDOWN_LINK.sub(r"\1", text)
    in_title = True
    for raw in text.split("\n"):
        line = raw.strip().lower()
        line = LINE_MARKUP.sub("", line)
        line = LIST_NUMBER.sub("", line)
        if COPYRIGHT_LINE.match(line) or line.startswith("all rights reserved"):
            continue
        words = tokens_of_line(line)
        if not words:
            continue
        if in_title:
            if len(words) <= 12 and any(w in TITLE_WORDS for w in words):
                continue
            in_title = False
        yield words


def normalised_words(text):
    out = []
    for words in normalised_lines(text):
        out.extend(words)
    return out


def split_appendix(words):
    """Splits a word list at "end of terms and conditions": body words (marker included) and
    the how-to-apply appendix."""
    marker = END_OF_TERMS.split()
    for i in range(len(words) - len(marker) + 1):
        if words[i:i + len(marker)] == marker:
            return words[:i + len(marker)], words[i + len(marker):]
    return words, []


def strip_front_matter(text):
    if text.startswith("---"):
        end = text.find("\n---", 3)
        if end >= 0:
            meta = text[3:end]
            body = text[end + 4:]
            return meta, body.lstrip("\n")
    return "", text


def front_matter_value(meta, key):
    for line in meta.split("\n"):
        if line.startswith(key + ":"):
            return line[len(key) + 1:].strip()
    return None


def bigram_keys(indices):
    return sorted({(a << 16) | b for a, b in zip(indices, indices[1:])})


def pack32(values):
    return base64.b64encode(struct.pack("<%dI" % len(values), *values)).decode("ascii")


def pack16(values):
    return base64.b64encode(struct.pack("<%dH" % len(values), *values)).decode("ascii")


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: generate-licence-index.py OUTPUT.swift SHARED_DIR\n")
        return 2
    output, shared = sys.argv[1], sys.argv[2]
    data_dir = os.path.join(shared, "license-data")
    ca_dir = os.path.join(data_dir, "choosealicense")

    references = []
    for name in sorted(os.listdir(ca_dir)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(ca_dir, name), encoding="utf-8") as handle:
            meta, body = strip_front_matter(handle.read())
        spdx = front_matter_value(meta, "spdx-id")
        title = front_matter_value(meta, "title")
        words = normalised_words(body)
        body_words, appendix_words = split_appendix(words)
        references.append((spdx, title, body_words, appendix_words))

    vocabulary = sorted({w for r in references for w in r[2] + r[3]})
    if len(vocabulary) >= 0xFFFF:
        raise SystemExit("vocabulary too large for 16-bit indices")
    index_of = {w: i for i, w in enumerate(vocabulary)}

    encoded = []
    body_sets = {}
    for spdx, title, body_words, appendix_words in references:
        body_idx = [index_of[w] for w in body_words]
        appendix_idx = [index_of[w] for w in appendix_words]
        body_sets[spdx] = set(bigram_keys(body_idx))
        encoded.append((spdx, title, body_idx, appendix_idx))

    def dice(a, b):
        return 2 * len(a & b) / (len(a) + len(b)) if a or b else 0.0

    licences = []
    for spdx, title, body_idx, appendix_idx in encoded:
        own = body_sets[spdx]
        twins = sorted(other for other in body_sets if other != spdx and dice(own, body_sets[other]) >= 0.5)
        others = set()
        for other in twins:
            others |= body_sets[other]
        distinctive = sorted(own - others) if twins else []
        licences.append({
            "id": spdx,
            "title": title,
            "suffixed": spdx in SUFFIXED_FAMILIES,
            "twins": twins,
            "body": pack32(sorted(own)),
            "appendix": pack32(sorted(set(bigram_keys(appendix_idx)) - own)),
            "distinctive": pack32(distinctive),
            "words": pack16(body_idx),
        })

    with open(os.path.join(data_dir, "spdx-license-list.json"), encoding="utf-8") as handle:
        spdx_list = json.load(handle)
    facts = []
    for entry in spdx_list["licenses"]:
        flags = ("o" if entry.get("osiApproved") else "") + ("f" if entry.get("fsfLibre") else "") + ("d" if entry.get("deprecated") else "")
        facts.append("%s\t%s\t%s" % (entry["id"], entry["name"], flags or "-"))
    exceptions = []
    for entry in spdx_list["exceptions"]:
        flags = "d" if entry.get("deprecated") else ""
        exceptions.append("%s\t%s\t%s" % (entry["id"], entry["name"], flags or "-"))

    payload = {
        "source": spdx_list.get("source", ""),
        "vocabulary": " ".join(vocabulary),
        "licences": licences,
    }
    text = json.dumps(payload, separators=(",", ":"), ensure_ascii=True, sort_keys=True)
    facts_text = "\n".join(facts)
    exceptions_text = "\n".join(exceptions)
    for literal in (text, facts_text, exceptions_text):
        if '"""' in literal or "\\#" in literal:
            raise SystemExit("payload would break the Swift raw string literal")

    swift = (
        GENERATED_LINE + "\n"
        "// Derived from ../shared/license-data (choosealicense texts, SPDX License List facts);\n"
        "// holds no licence text, only word indices, bigram keys and the SPDX facts table.\n\n"
        "/// The generated licence index payload, decoded once by `LicenceIndex.load()`.\n"
        "enum LicenceIndexData {\n"
        "    /// Compact JSON, see `LicenceIndexPayload`.\n"
        "    static let json = #\"\"\"\n"
        + text + "\n"
        "\"\"\"#\n\n"
        "    /// SPDX licences, one a line: `id<TAB>name<TAB>flags`, flags from `o` (OSI approved),\n"
        "    /// `f` (FSF libre), `d` (deprecated), `-` for none.\n"
        "    static let facts = #\"\"\"\n"
        + facts_text + "\n"
        "\"\"\"#\n\n"
        "    /// SPDX licence exceptions, one a line: `id<TAB>name<TAB>flags`.\n"
        "    static let exceptions = #\"\"\"\n"
        + exceptions_text + "\n"
        "\"\"\"#\n"
        "}\n"
    )
    with open(output, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(swift)
    return 0


if __name__ == "__main__":
    sys.exit(main())
