#!/usr/bin/env python3
"""Builds OSSRLint's derived licence index from the shared reference data.

Usage: python3 Scripts/generate-licence-index.py OUTPUT.swift SHARED_DIR

SHARED_DIR is the folder holding license-data/ (normally ../shared). Every SPDX licence and
exception template in license-data/spdx-license-list-xml becomes a "word program": its words
after the same normalisation the identifier applies to texts, with the template's structure
kept as instructions: <optional> and <titleText> may be absent, an <alt> is its alternatives
when its pattern is a finite set of strings and otherwise a bounded wildcard, a <bullet> is any
list marker or none, and <copyrightText> is an optional bounded wildcard. No licence text is
copied: the output holds one vocabulary (most frequent words first), the programs as word
numbers, and the ranking's inverted index (which programs use each word), all packed as digit
strings (see `digits`) that the loader reads without decoding a whole section, and the SPDX facts table.

The text normalisation below must stay identical to LicenceTextNormaliser.swift.
"""
import collections
import json
try:
    import re._parser as regex_parser
except ImportError:  # Python < 3.11
    import sre_parse as regex_parser
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
LINE_MARKUP = re.compile(r"^(#{1,6}\s+|>\s*|[-*+•·]\s+)+")
LIST_NUMBER = re.compile(r"^(\(?[0-9]{1,2}[.)]|\(?[a-z][.)]|\(([0-9]{1,3}|[ivxl]{1,4}|[a-z])\)|[ivx]{1,4}[.)])\s+")
MARKDOWN_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")
END_OF_TERMS = "end of terms and conditions"
# Placeholders such as "[project]" or "[name of copyright holder]" become one wildcard word that
# no input can contain; the identifier does not count a change around it as an edit.
PLACEHOLDER = re.compile(r"\[[a-z][a-z ]{0,39}\]")
PLACEHOLDER_WORD = "zzplaceholderzz"

# Template structure markers: private-use characters written into the rendered template text so
# that they pass through the line rules with the words they delimit.
MARKER_FIRST, MARKER_LAST = "\ue000", "\ue1ff"
OPT_START, OPT_END = "\ue000", "\ue001"
ALT_START, ALT_SEP, ALT_END = "\ue002", "\ue003", "\ue004"
BULLET = "\ue005"
WILDCARD_BASE = 0xE100  # chr(WILDCARD_BASE + n): a wildcard of at most n words
MAX_WILDCARD = 200
# Instruction codes of the packed programs; a word is its vocabulary index + WORD_BASE.
OP_OPTIONAL, OP_ALT, OP_WILDCARD, OP_BULLET, WORD_BASE = 0, 1, 2, 3, 4


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
        if MARKER_FIRST <= ch <= MARKER_LAST:
            # Template structure markers (see template_program) are words of their own.
            flush(i)
            words.append(ch)
        elif ord(ch) >= 0x2E80 and unicodedata.category(ch) == "Lo":
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


HTML_BLOCK_TAGS = {"p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table", "pre",
                   "blockquote", "hr", "html", "body", "head", "title", "section", "dd", "dt", "dl", "article", "header", "footer"}
HTML_INLINE_TAGS = {"span", "a", "b", "i", "em", "strong", "code", "u", "font", "sup", "sub", "small", "big", "tt", "abbr", "cite", "meta"}
HTML_ENTITIES = {"quot": '"', "amp": "&", "lt": "<", "gt": ">", "apos": "'", "nbsp": " ", "copy": "©", "mdash": "—", "ndash": "–",
                 "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“", "sect": "§", "hellip": "…"}
HTML_COMMENT = re.compile(r"<!--.*?-->|<![^>]*>", re.S)
HTML_TAG = re.compile(r"</?([a-z][a-z0-9]*)([ /\n][^<>]{0,1000})?>")
HTML_REFERENCE = re.compile(r"&(#x[0-9a-f]+|#[0-9]+|[a-z0-9]+);")
EMPHASIS_RUN = re.compile(r"\*{2,}|_{2,}")


def html_markup(text):
    """Lower-cased text without HTML tags (known names only), comments and character references;
    mirrors HTMLMarkupRemover.swift."""
    if not re.search(r"<[a-z/!]|&[a-z#]", text):
        return text
    text = HTML_COMMENT.sub(" ", text)

    def tag(match):
        name = match.group(1)
        if name in HTML_BLOCK_TAGS:
            return "\n"
        if name in HTML_INLINE_TAGS:
            return " "
        return match.group(0)

    def reference(match):
        body = match.group(1)
        if body.startswith("#"):
            try:
                value = int(body[2:], 16) if body.startswith("#x") else int(body[1:])
                return " " if value == 0xA0 else chr(value).lower()
            except (ValueError, OverflowError):
                return match.group(0)
        return HTML_ENTITIES.get(body, match.group(0))

    text = HTML_TAG.sub(tag, text)
    return HTML_REFERENCE.sub(reference, text)


def normalised_lines(text, placeholders=False):
    """Yields the word lists of the lines that carry words (markup and list numbers removed)."""
    text = text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n")
    text = html_markup(text.lower())
    text = EMPHASIS_RUN.sub("", text)
    text = MARKDOWN_LINK.sub(r"\1", text)
    for raw in text.split("\n"):
        line = raw.strip().lower()
        line = LINE_MARKUP.sub("", line)
        line = LIST_NUMBER.sub("", line)
        if placeholders:
            line = PLACEHOLDER.sub(" " + PLACEHOLDER_WORD + " ", line)
        words = tokens_of_line(line)
        if not words:
            continue
        yield words


def normalised_words(text, placeholders=False):
    out = []
    for words in normalised_lines(text, placeholders):
        out.extend(words)
    return out


SPDX_NS = "{http://www.spdx.org/license}"
MAX_ALTERNATIVES = 24


def expand_regex(pattern):
    """The finite set of strings an <alt> pattern matches, or None when it is not finite or
    too large. Whitespace classes and repeats of them become one space."""
    try:
        parsed = regex_parser.parse(pattern)
    except Exception:
        return None

    def expand(items):
        results = [""]
        for op, arg in items:
            name = str(op)
            if name == "LITERAL":
                options = [chr(arg)]
            elif name == "IN":
                chars = set()
                for kind, value in arg:
                    kind = str(kind)
                    if kind == "LITERAL":
                        chars.add(chr(value))
                    elif kind == "CATEGORY" and "SPACE" in str(value):
                        chars.add(" ")
                    else:
                        return None
                if chars <= set(" \t\r\n\f\v"):
                    options = [" "]
                elif len(chars) <= 4:
                    options = sorted(chars)
                else:
                    return None
            elif name == "BRANCH":
                options = []
                for branch in arg[1]:
                    sub = expand(branch)
                    if sub is None:
                        return None
                    options.extend(sub)
            elif name == "SUBPATTERN":
                options = expand(arg[-1])
                if options is None:
                    return None
            elif name in ("MAX_REPEAT", "MIN_REPEAT"):
                low, high, item = arg
                sub = expand(item)
                if sub is None:
                    return None
                # A repeat of what holds no word (spaces, dashes, "#") is nothing to the words.
                if all(not tokens_of_line(s.lower()) for s in sub):
                    options = [" "]
                elif low == 0 and high == 1:
                    options = [""] + sub
                else:
                    return None
            elif name == "AT":
                options = [""]
            else:
                return None
            results = [r + o for r in results for o in options]
            if len(results) > MAX_ALTERNATIVES:
                return None
        return results

    return expand(list(parsed))


def own_text_matches(pattern, text):
    """Whether an <alt>'s pattern matches its own text, whitespace collapsed, case folded."""
    try:
        return re.fullmatch(pattern, " ".join(text.split()), re.IGNORECASE | re.DOTALL) is not None
    except re.error:
        return False


def regex_structure(pattern, wildcard):
    """An open <alt> pattern as rendered template text: its literal text as it is, whitespace as
    a space, a repeat of any character as `wildcard`, a branch as alternatives and `?` as an
    optional part; None when the pattern uses anything else."""
    try:
        parsed = regex_parser.parse(pattern)
    except Exception:
        return None

    def is_space_class(arg):
        for kind, value in arg:
            kind = str(kind)
            if kind == "LITERAL" and chr(value).isspace():
                continue
            if kind == "CATEGORY" and "SPACE" in str(value) and "NOT" not in str(value):
                continue
            return False
        return True

    def render(items):
        out = []
        for op, arg in items:
            name = str(op)
            if name == "LITERAL":
                out.append(chr(arg))
            elif name == "IN" and is_space_class(arg):
                out.append(" ")
            elif name == "BRANCH":
                branches = [render(branch) for branch in arg[1]]
                if any(b is None for b in branches):
                    return None
                out.append(" " + ALT_START + " " + (" " + ALT_SEP + " ").join(branches) + " " + ALT_END + " ")
            elif name == "SUBPATTERN":
                inner = render(arg[-1])
                if inner is None:
                    return None
                out.append(inner)
            elif name in ("MAX_REPEAT", "MIN_REPEAT"):
                low, high, item = arg
                kinds = [str(o) for o, _ in item]
                if all(str(k) == "IN" and is_space_class(a) for k, a in item):
                    out.append(" ")
                elif kinds in (["ANY"], ["NOT_LITERAL"]) or (kinds == ["IN"] and not is_space_class(item[0][1])):
                    out.append(wildcard)
                elif low == 0 and high == 1:
                    inner = render(item)
                    if inner is None:
                        return None
                    out.append(" " + OPT_START + " " + inner + " " + OPT_END + " ")
                else:
                    return None
            elif name in ("AT", "ANY"):
                continue
            else:
                return None
        return "".join(out)

    return render(list(parsed))


# A bracketed placeholder in a template's own words ("[name of copyright holder]", "<year>")
# stands for what its user writes there.
TEMPLATE_PLACEHOLDER = re.compile(r"\[[A-Za-z][^\]\n]{0,39}\]|<[A-Za-z][A-Za-z ]{0,30}>")


def placeholders_as_wildcards(chunk):
    """A placeholder is what its user writes there, or, as the template's own text, itself:
    "[required/not required]" may stay as it is, though a wildcard never takes its "not"."""
    return TEMPLATE_PLACEHOLDER.sub(lambda m: " " + ALT_START + " " + m.group(0) + " " + ALT_SEP + " " + chr(WILDCARD_BASE + 15)
                                    + " " + ALT_END + " ", chunk or "")


def left_fragment(out):
    """Removes and returns the run of non-space characters that `out` ends with, "" if it ends
    with a space or a structure marker."""
    joined = "".join(out)
    match = re.search(r"\S+$", joined)
    if match is None or any(MARKER_FIRST <= c <= MARKER_LAST for c in match.group(0)):
        return ""
    out[:] = [joined[:match.start()]]
    return match.group(0)


def render_template(xml_path):
    """The template's text with structure markers, and its kind and id."""
    root = ElementTree.parse(xml_path).getroot()
    entry = root.find(SPDX_NS + "license")
    kind = "l"
    if entry is None:
        entry = root.find(SPDX_NS + "exception")
        kind = "e"
    text = entry.find(SPDX_NS + "text")
    out = []

    def walk(element):
        tag = element.tag.replace(SPDX_NS, "")
        if tag in ("p", "item", "list", "br"):
            out.append("\n")
        if tag == "bullet":
            # A bullet is any list marker or none; a bullet that is a word ("Preamble") may also
            # be written as the template writes it.
            own = tokens_of_line(" ".join("".join(element.itertext()).lower().split()))
            if own and not all(is_marker_word(w) for w in own):
                out.append(" " + ALT_START + " " + " ".join(own) + " " + ALT_SEP + " " + BULLET + " " + ALT_END + " ")
            else:
                out.append(" " + BULLET + " ")
            out.append(placeholders_as_wildcards(element.tail))
            return
        if tag == "alt" or (tag == "optional" and len(element) == 0):
            # An <alt> or a plain <optional> written against a word, with no space between
            # (`ANY<alt>EXPRESS</alt>`, `name<optional spacing="none">s</optional>`), may be part
            # of that word: the template's text reads "ANYEXPRESS" or "names". Unless a `spacing`
            # attribute puts a space on that side, the neighbouring fragments join each
            # alternative both ways, as one word and as separate words.
            inner = "".join(element.itertext())
            spacing = element.get("spacing")
            tail = element.tail or ""
            right = ""
            if spacing not in ("after", "both") and inner[-1:].strip() and tail[:1].strip():
                right = re.match(r"\S+", tail).group(0)
            left = left_fragment(out) if spacing not in ("before", "both") and inner[:1].strip() else ""
            if tag == "optional" and not left and not right:
                render_element(element)
                return
            tail = tail[len(right):]
            if tag == "optional":
                alternatives = [inner, ""]
            else:
                alternatives = expand_regex(element.get("match", ""))
            if alternatives is not None:
                unique = []
                for alternative in alternatives:
                    forms = [left + alternative + right]
                    if spacing != "none":
                        forms.append(left + " " + alternative + " " + right)
                    for form in forms:
                        words = tokens_of_line(" ".join(form.lower().split()))
                        if words not in unique:
                            unique.append(words)
                if len(unique) == 1:
                    out.append(" " + " ".join(unique[0]) + " ")
                else:
                    out.append(" " + ALT_START + " " + (" " + ALT_SEP + " ").join(" ".join(w) for w in unique) + " " + ALT_END + " ")
            else:
                count = len(tokens_of_line(" ".join(inner.lower().split())))
                wildcard = " " + chr(WILDCARD_BASE + min(MAX_WILDCARD, max(15, 3 * count))) + " "
                # An open pattern with words of its own ("may not be called .+ nor may .+ appear")
                # is those words in order with bounded wildcards between them, so that its
                # words are required as the pattern requires them.
                pattern = regex_structure(element.get("match", ""), wildcard)
                if pattern is not None:
                    # Its wildcards stand for the words of the <alt>'s own text that the pattern does not spell.
                    spelled = set(tokens_of_line(pattern.lower()))
                    open_words = [w for w in tokens_of_line(" ".join(inner.lower().split())) if w not in spelled]
                    gap = " " + chr(WILDCARD_BASE + min(MAX_WILDCARD, max(15, 3 * len(open_words)))) + " "
                    pattern = regex_structure(element.get("match", ""), gap)
                if pattern is None or not any(not (MARKER_FIRST <= w <= MARKER_LAST) for w in tokens_of_line(pattern.lower())):
                    pattern = wildcard
                # The <alt>'s own text, when its pattern matches it, is one of its readings as it
                # is: the wildcards never take a term word, and an open pattern's text may hold
                # one ("Sendmail, Inc. nor the University of California").
                if own_text_matches(element.get("match", ""), inner):
                    pattern = " " + ALT_START + " " + " ".join(inner.split()) + " " + ALT_SEP + " " + pattern + " " + ALT_END + " "
                # Joined to a neighbour's word, a wildcard at the pattern's edge takes that word too.
                joined = (left if pattern[:1].strip() else "") + pattern + (right if pattern[-1:].strip() else "")
                apart = left + " " + pattern + " " + right
                if tokens_of_line(joined.lower()) != tokens_of_line(apart.lower()):
                    out.append(" " + ALT_START + " " + joined + " " + ALT_SEP + " " + apart + " " + ALT_END + " ")
                else:
                    out.append(" " + apart + " ")
            out.append(placeholders_as_wildcards(tail))
            return
        if tag == "copyrightText":
            # A copyright notice starts with "Copyright" or "(c)"; the wildcard takes the rest
            # (years, names, "all rights reserved", further notices) but no term word.
            own = " ".join(placeholders_as_wildcards("".join(element.itertext())).split())
            out.append("\n " + OPT_START + " " + ALT_START + " " + own + " " + ALT_SEP + " " + ALT_START + " copyright " + ALT_SEP
                       + " c " + ALT_END + " " + chr(WILDCARD_BASE + 40) + " " + ALT_END + " " + OPT_END + " \n")
            out.append(placeholders_as_wildcards(element.tail))
            return
        render_element(element)

    def render_element(element):
        tag = element.tag.replace(SPDX_NS, "")
        optional = tag in ("optional", "titleText", "standardLicenseHeader")
        if optional:
            out.append(" " + OPT_START + " ")
        out.append(placeholders_as_wildcards(element.text))
        for child in element:
            walk(child)
        if optional:
            out.append(" " + OPT_END + " ")
        if tag in ("p", "item", "list"):
            out.append("\n")
        out.append(placeholders_as_wildcards(element.tail))

    out.append(placeholders_as_wildcards(text.text))
    for child in text:
        walk(child)
    return entry.get("licenseId"), kind, "".join(out)


MARKER_RUN = re.compile("^[\ue000-\ue1ff\\s]*")


def template_tokens(rendered, titles=True):
    """The rendered template's words and markers after the line rules texts go through; a line
    the rules drop keeps its markers so that the structure stays balanced. The leading title
    lines (up to 12 words with a title word) become optional: texts carry them or not, unless
    they are all the template has (a two-line "pick a licence" template): a template that
    required no word would match nothing or everything."""
    tokens = []
    in_title = titles
    for raw in rendered.replace("\r", "\n").split("\n"):
        line = raw.strip().lower()
        lead = MARKER_RUN.match(line).group(0)
        rest = LINE_MARKUP.sub("", line[len(lead):])
        markers_only = [t for t in tokens_of_line(lead + " " + rest) if MARKER_FIRST <= t <= MARKER_LAST]
        rest = LIST_NUMBER.sub("", rest)
        words = tokens_of_line(lead + " " + rest)
        plain_words = [w for w in words if not (MARKER_FIRST <= w <= MARKER_LAST)]
        if not plain_words:
            tokens.extend(markers_only)
            continue
        if in_title:
            if len(plain_words) <= 12 and any(w in TITLE_WORDS for w in plain_words):
                tokens.append(OPT_START)
                tokens.extend(words)
                tokens.append(OPT_END)
                continue
            in_title = False
        tokens.extend(words)
    if titles and not any(isinstance(item, str) for item in parse_program(tokens)):
        return template_tokens(rendered, titles=False)
    return tokens


def parse_program(tokens):
    """Nested structure from marker tokens: a list of items, each a word (str), ("opt", items),
    ("alt", [items, ...]), ("wild", n) or ("bullet",)."""
    position = 0

    def sequence(stops):
        nonlocal position
        items = []
        while position < len(tokens):
            token = tokens[position]
            if token in stops:
                return items
            position += 1
            if token == OPT_START:
                inner = sequence({OPT_END})
                position += 1
                if inner:
                    items.append(("opt", inner))
            elif token == ALT_START:
                alternatives = []
                while True:
                    alternatives.append(sequence({ALT_SEP, ALT_END}))
                    end = tokens[position] if position < len(tokens) else ALT_END
                    position += 1
                    if end == ALT_END:
                        break
                items.append(("alt", alternatives))
            elif token == BULLET:
                items.append(("bullet",))
            elif MARKER_FIRST <= token <= MARKER_LAST and ord(token) >= WILDCARD_BASE:
                items.append(("wild", ord(token) - WILDCARD_BASE))
            elif token in (OPT_END, ALT_SEP, ALT_END):
                continue  # unbalanced after a dropped line; ignore
            else:
                items.append(token)
        return items

    return sequence(set())


def program_words(items, out):
    for item in items:
        if isinstance(item, str):
            out.append(item)
        elif item[0] == "opt":
            program_words(item[1], out)
        elif item[0] == "alt":
            for alternative in item[1]:
                program_words(alternative, out)


def encode_program(items, index_of):
    ops = []

    def emit(items):
        for item in items:
            if isinstance(item, str):
                ops.append(WORD_BASE + index_of[item])
            elif item[0] == "opt":
                ops.append(OP_OPTIONAL)
                slot = len(ops)
                ops.append(0)
                emit(item[1])
                ops[slot] = len(ops) - slot - 1
            elif item[0] == "alt":
                ops.append(OP_ALT)
                ops.append(len(item[1]))
                for alternative in item[1]:
                    slot = len(ops)
                    ops.append(0)
                    emit(alternative)
                    ops[slot] = len(ops) - slot - 1
            elif item[0] == "wild":
                ops.append(OP_WILDCARD)
                ops.append(item[1])
            else:
                ops.append(OP_BULLET)

    emit(items)
    return ops


# A value is written least significant first in digits of five bits, each one character of this
# alphabet: a digit that more digits follow is the character at 32 + digit, the last one the
# character at digit. Printable, never a quote or a backslash, so the Swift literal needs no
# escapes and the loader reads the literal's bytes in place; a program is decoded only when it
# is a candidate for a text.
DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def digits(values):
    out = []
    for value in values:
        if value < 0:
            raise SystemExit("negative value in a packed program")
        while value >= 32:
            out.append(DIGITS[32 + (value & 31)])
            value >>= 5
        out.append(DIGITS[value])
    return "".join(out)


def required_words(items, out):
    """The words every match needs, in order: outside <optional> parts and <alt> choices."""
    for item in items:
        if isinstance(item, str):
            out.append(item)


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
    xml_dir = os.path.join(data_dir, "spdx-license-list-xml")

    with open(os.path.join(data_dir, "spdx-license-list.json"), encoding="utf-8") as handle:
        spdx_list = json.load(handle)
    deprecated = {entry["id"] for entry in spdx_list["licenses"] + spdx_list["exceptions"] if entry.get("deprecated")}

    paths = [os.path.join(xml_dir, name) for name in sorted(os.listdir(xml_dir)) if name.endswith(".xml")]
    paths += [os.path.join(xml_dir, "exceptions", name) for name in sorted(os.listdir(os.path.join(xml_dir, "exceptions"))) if name.endswith(".xml")]
    templates = []
    for path in paths:
        spdx, kind, rendered = render_template(path)
        items = parse_program(template_tokens(rendered))
        templates.append((spdx, kind, items))

    counts = collections.Counter()
    for _, _, items in templates:
        words = []
        program_words(items, words)
        counts.update(words)
    vocabulary = sorted(counts, key=lambda w: (-counts[w], w))
    index_of = {w: i for i, w in enumerate(vocabulary)}

    programs = []
    program_of = {}
    rows = []
    for spdx, kind, items in templates:
        encoded = digits(encode_program(items, index_of))
        if encoded not in program_of:
            program_of[encoded] = len(programs)
            programs.append((encoded, items))
        rows.append("%s\t%s%s\t%d" % (spdx, kind, "d" if spdx in deprecated else "", program_of[encoded]))

    # Per program: its length in digits, how many required words it has and how many distinct
    # ones; per vocabulary word: how many programs require it, then their numbers as gaps.
    table = []
    users = [[] for _ in vocabulary]
    for number, (encoded, items) in enumerate(programs):
        words = []
        required_words(items, words)
        distinct = sorted({index_of[word] for word in words})
        table += [len(encoded), len(words), len(distinct)]
        for word in distinct:
            users[word].append(number)
    postings = []
    for numbers in users:
        postings.append(len(numbers))
        previous = 0
        for number in numbers:
            postings.append(number - previous)
            previous = number

    facts = []
    for entry in spdx_list["licenses"]:
        flags = ("o" if entry.get("osiApproved") else "") + ("f" if entry.get("fsfLibre") else "") + ("d" if entry.get("deprecated") else "")
        facts.append("%s\t%s\t%s" % (entry["id"], entry["name"], flags or "-"))
    exceptions = []
    for entry in spdx_list["exceptions"]:
        flags = "d" if entry.get("deprecated") else ""
        exceptions.append("%s\t%s\t%s" % (entry["id"], entry["name"], flags or "-"))
    facts_text = "\n".join(facts)
    exceptions_text = "\n".join(exceptions)
    for literal in (facts_text, exceptions_text):
        if '"""' in literal or "\\#" in literal:
            raise SystemExit("payload would break the Swift raw string literal")

    swift = (
        GENERATED_LINE + "\n"
        "// Derived from ../shared/license-data (SPDX license-list-XML templates, SPDX License List facts);\n"
        "// holds no licence text, only a vocabulary, word-number programs and the SPDX facts table.\n\n"
        "/// The generated licence index payload, read once by `LicenceIndex.load()`.\n"
        "enum LicenceIndexData {\n"
        "    /// See `LicenceIndexPayload`.\n"
        "    static let payload = LicenceIndexPayload(\n"
        "        source: " + swift_string(spdx_list.get("source", "")) + ",\n"
        "        placeholder: " + swift_string(PLACEHOLDER_WORD) + ",\n"
        "        vocabulary: " + swift_string(" ".join(vocabulary)) + ",\n"
        "        templates: " + swift_string("\n".join(rows)) + ",\n"
        "        programs: " + swift_string("".join(encoded for encoded, _ in programs)) + ",\n"
        "        programTable: " + swift_string(digits(table)) + ",\n"
        "        postings: " + swift_string(digits(postings)) + ")\n\n"
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
    sys.stderr.write("%d templates, %d programs, %d words, %d digits of programs, %d of postings\n" % (
        len(rows), len(programs), len(vocabulary), sum(len(encoded) for encoded, _ in programs), len(digits(postings))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
