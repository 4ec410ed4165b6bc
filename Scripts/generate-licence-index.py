#!/usr/bin/env python3
"""Builds OSSRLint's derived licence index from the shared reference data.

Usage: python3 Scripts/generate-licence-index.py OUTPUT.swift SHARED_DIR

SHARED_DIR is the folder holding license-data/ (normally ../shared). The output is one Swift
file holding a compact JSON payload as a single string literal; no licence text is copied, only
derived data: a vocabulary, the sorted table of every word-bigram key the licences use (whose
positions serve as key ids and as the identifier's inverted index), per licence the ids of the
bigram keys of its body and of its how-to-apply appendix, the body bigrams that the SPDX template lets vary (<alt>, <optional>), its word sequence as vocabulary indices (for word diffs), the bigrams that
set it apart from its near twins, and the SPDX facts table.

The text normalisation below must stay identical to LicenceTextNormaliser.swift.
"""
import base64
import json
import os
import re
import struct
import sys
import unicodedata
import xml.etree.ElementTree as ElementTree

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
# Placeholders such as "[project]" or "[name of copyright holder]" become one wildcard word that
# no input can contain; the identifier does not count a change around it as an edit.
PLACEHOLDER = re.compile(r"\[[a-z][a-z ]{0,39}\]")
PLACEHOLDER_WORD = "zzplaceholderzz"


def is_marker_word(word):
    return (word.isascii() and ((word.isdigit() and len(word) <= 2)
            or (len(word) == 1 and word.isalpha())
            or (len(word) <= 4 and all(c in "ivx" for c in word))))


def is_list_marker(chars, start, end):
    """Whether chars[start:end] is an inline list marker: "(a)", "(iv)", "2)" or "b." after a
    space, the line start or an opening parenthesis at either."""
    if not is_marker_word("".join(chars[start:end])):
        return False
    before = chars[start - 1] if start > 0 else None
    after = chars[end] if end < len(chars) else None
    if before == "(":
        opener_ok = start - 1 == 0 or chars[start - 2].isspace()
        return opener_ok and after == ")"
    if before is not None and not before.isspace():
        return False
    if after not in (")", "."):
        return False
    return end + 1 >= len(chars) or chars[end + 1].isspace()


def tokens_of_line(line):
    """Splits one lower-cased line into words: letters and digits, dots kept between them,
    apostrophes dropped, everything else a separator; inline list markers are dropped."""
    words = []
    current = []
    start = 0
    chars = list(line)
    n = len(chars)

    def flush(end):
        if current:
            if not is_list_marker(chars, start, end):
                words.append("".join(current))
            current.clear()

    for i, ch in enumerate(chars):
        if ord(ch) >= 0x2E80 and unicodedata.category(ch) == "Lo":
            # CJK text has no spaces between words; each ideograph counts as a word.
            flush(i)
            words.append(ch)
        elif ch.isalnum():
            if not current:
                start = i
            current.append(ch)
        elif ch in "'’‘" and current and i + 1 < n and chars[i + 1].isalnum():
            continue
        elif ch == "." and current and i + 1 < n and chars[i + 1].isalnum():
            current.append(ch)
        elif ch == "&":
            flush(i)
            words.append("&")
        else:
            flush(i)
    flush(n)
    return [EQUIVALENT_WORDS.get(w, w) for w in words]


def normalised_lines(text, placeholders=False):
    """Yields the word lists of the lines that carry licence words (markup, copyright lines
    and the leading title removed)."""
    text = text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n")
    text = MARKDOWN_LINK.sub(r"\1", text)
    in_title = True
    for raw in text.split("\n"):
        line = raw.strip().lower()
        line = LINE_MARKUP.sub("", line)
        # A copyright line is dropped unless it is long: hard wrapping may have joined it with
        # licence words, which matter more than the few extra words of the notice.
        if COPYRIGHT_LINE.match(line) or line.startswith("all rights reserved"):
            if len(tokens_of_line(line)) <= 12:
                continue
        line = LIST_NUMBER.sub("", line)
        if placeholders:
            line = PLACEHOLDER.sub(" " + PLACEHOLDER_WORD + " ", line)
        words = tokens_of_line(line)
        if not words:
            continue
        if in_title:
            if len(words) <= 12 and any(w in TITLE_WORDS for w in words):
                continue
            in_title = False
        yield words


def normalised_words(text, placeholders=False):
    out = []
    for words in normalised_lines(text, placeholders):
        out.extend(words)
    return out


SPDX_NS = "{http://www.spdx.org/license}"


def template_words(xml_path):
    """Reads an SPDX license-list-XML template into (word, is_variable) pairs: words inside
    <alt>, <optional>, <titleText> or <copyrightText> may vary; list bullets are skipped."""
    root = ElementTree.parse(xml_path).getroot()
    text = root.find(".//" + SPDX_NS + "text")
    out = []

    def add(chunk, variable):
        if chunk:
            for word in tokens_of_line(" ".join(chunk.lower().split())):
                out.append((word, variable))

    def walk(element, variable):
        tag = element.tag.replace(SPDX_NS, "")
        if tag == "bullet":
            add(element.tail, variable_parent[0])
            return
        inner = variable or tag in ("alt", "optional", "titleText", "copyrightText")
        add(element.text, inner)
        for child in element:
            variable_parent[0] = inner
            walk(child, inner)
        add(element.tail, variable)

    variable_parent = [False]
    if text is not None:
        walk(text, False)
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


def swift_string(text):
    """A Swift string literal of `text`: printable ASCII as is, the rest as \\u{...} escapes."""
    out = []
    for char in text:
        if char in '"\\':
            out.append("\\" + char)
        elif " " <= char <= "~":
            out.append(char)
        else:
            out.append("\\u{%x}" % ord(char))
    return '"' + "".join(out) + '"'


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: generate-licence-index.py OUTPUT.swift SHARED_DIR\n")
        return 2
    output, shared = sys.argv[1], sys.argv[2]
    data_dir = os.path.join(shared, "license-data")
    ca_dir = os.path.join(data_dir, "choosealicense")

    xml_dir = os.path.join(data_dir, "spdx-xml")
    references = []
    for name in sorted(os.listdir(ca_dir)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(ca_dir, name), encoding="utf-8") as handle:
            meta, body = strip_front_matter(handle.read())
        spdx = front_matter_value(meta, "spdx-id")
        title = front_matter_value(meta, "title")
        words = normalised_words(body, placeholders=True)
        body_words, appendix_words = split_appendix(words)
        xml_path = os.path.join(xml_dir, spdx + ".xml")
        template = template_words(xml_path) if os.path.exists(xml_path) else []
        references.append((spdx, title, body_words, appendix_words, template))

    vocabulary = sorted({w for r in references for w in r[2] + r[3]})
    if len(vocabulary) >= 0xFFFF:
        raise SystemExit("vocabulary too large for 16-bit indices")
    index_of = {w: i for i, w in enumerate(vocabulary)}

    encoded = []
    body_sets = {}
    for spdx, title, body_words, appendix_words, template in references:
        body_idx = [index_of[w] for w in body_words]
        appendix_idx = [index_of[w] for w in appendix_words]
        body_sets[spdx] = set(bigram_keys(body_idx))
        variable = set()
        for (first, first_variable), (second, second_variable) in zip(template, template[1:]):
            if (first_variable or second_variable) and first in index_of and second in index_of:
                variable.add((index_of[first] << 16) | index_of[second])
        encoded.append((spdx, title, body_idx, appendix_idx, sorted(variable & body_sets[spdx])))

    def dice(a, b):
        return 2 * len(a & b) / (len(a) + len(b)) if a or b else 0.0

    # Every bigram key of any body or appendix, sorted: licences name their keys by position in
    # this table, which also serves as the inverted index the identifier counts shared bigrams with.
    appendix_sets = {spdx: set(bigram_keys(appendix_idx)) - body_sets[spdx] for spdx, _, _, appendix_idx, _ in encoded}
    all_keys = sorted(set().union(*body_sets.values(), *appendix_sets.values()))
    if len(all_keys) > 0xFFFF:
        raise SystemExit("too many distinct bigrams for 16-bit key ids")
    key_id = {key: position for position, key in enumerate(all_keys)}

    licences = []
    for spdx, title, body_idx, appendix_idx, variable in encoded:
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
            "body": pack16([key_id[key] for key in sorted(own)]),
            "appendix": pack16([key_id[key] for key in sorted(appendix_sets[spdx])]),
            "distinctive": pack32(distinctive),
            "variable": pack32(variable),
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
        "keys": pack32(all_keys),
        "placeholder": PLACEHOLDER_WORD,
        "licences": licences,
    }
    facts_text = "\n".join(facts)
    exceptions_text = "\n".join(exceptions)
    for literal in (facts_text, exceptions_text):
        if '"""' in literal or "\\#" in literal:
            raise SystemExit("payload would break the Swift raw string literal")

    # The payload is written as Swift values, not as JSON to decode: decoding half a megabyte
    # of JSON was a third of the index's load in every process.
    def licence_literal(licence):
        return ("        LicenceIndexPayload.Licence(\n"
                "            id: %s, title: %s, suffixed: %s, twins: [%s],\n"
                "            body: %s,\n"
                "            appendix: %s,\n"
                "            distinctive: %s,\n"
                "            variable: %s,\n"
                "            words: %s)" % (
                    swift_string(licence["id"]), swift_string(licence["title"]), "true" if licence["suffixed"] else "false",
                    ", ".join(swift_string(twin) for twin in licence["twins"]),
                    swift_string(licence["body"]), swift_string(licence["appendix"]), swift_string(licence["distinctive"]),
                    swift_string(licence["variable"]), swift_string(licence["words"])))

    swift = (
        GENERATED_LINE + "\n"
        "// Derived from ../shared/license-data (choosealicense texts, SPDX License List facts);\n"
        "// holds no licence text, only word indices, bigram keys and the SPDX facts table.\n\n"
        "/// The generated licence index payload, read once by `LicenceIndex.load()`.\n"
        "enum LicenceIndexData {\n"
        "    /// See `LicenceIndexPayload`.\n"
        "    static let payload = LicenceIndexPayload(\n"
        "        source: " + swift_string(payload["source"]) + ",\n"
        "        vocabulary: " + swift_string(payload["vocabulary"]) + ",\n"
        "        keys: " + swift_string(payload["keys"]) + ",\n"
        "        placeholder: " + swift_string(payload["placeholder"]) + ",\n"
        "        licences: [\n"
        + ",\n".join(licence_literal(licence) for licence in licences) + ",\n"
        "    ])\n\n"
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
