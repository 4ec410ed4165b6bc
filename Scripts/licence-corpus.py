#!/usr/bin/env python3
"""Generates OSSRLint's labelled licence corpus from the SPDX License List XML templates.

Usage: python3 Scripts/licence-corpus.py SHARED_DIR OUT_DIR
       python3 Scripts/licence-corpus.py --self-test SHARED_DIR

SHARED_DIR is the folder holding license-data/ (normally ../shared). Every licence template in
license-data/spdx-license-list-xml/*.xml and every exception template in exceptions/*.xml is
rendered into text files under OUT_DIR/<kind>/[exceptions/]<id>.txt, and OUT_DIR/labels.json
lists them as {file, kind, group, id, exception, expected, must_not[, note]}, in template order.
A summary of files written and skipped per kind goes to stdout. No licence text is committed to
the project: the corpus is generated at test time (LicenceCorpusTests) into a temporary folder.
Output is deterministic: every random choice is seeded from the template's id and the kind.
--self-test compares the standard renderings with the choosealicense texts and checks that every
reformatted variant keeps the standard's words and every modified one changes them.

Only <text> is rendered: the <standardLicenseHeader> beside it is not licence text, but one
inside it (MPL-2.0's Exhibit A, a GPL's how-to-apply appendix) is, as in SPDX's own plain texts.

Kinds (the group says what an identifier must do with them):

- standard (group "standard"): the template with each <alt>'s original text and every
  <optional> kept, laid out like a plain LICENSE file;
- reformatted (group "reformatted", must be identified as the same licence): optionals-dropped,
  crlf-bom, html, markdown, rst, rewrapped;
- modified (group "modified", must NOT be called the original id): not-inserted, clause-added,
  clause-removed, governing-law, neighbour-sentence.

Modifications touch only *required* text — outside <optional>, <alt>, <titleText>,
<copyrightText> and <standardLicenseHeader> — and are placed where no <alt> or <optional> is
adjacent, so that no part of the template can absorb them: by the SPDX matching guidelines the
result is not the licence. A template without such a place skips that kind; the skips are counted
in the summary.

`expected` holds the template's equivalence class: ids whose normalised texts are identical,
the -only / -or-later / + / bare ids of one GNU-style family (wording outside the licence decides
between them), and for deprecated ids the expressions that obsolete them. `must_not` is the same
class for modified texts. A bare exception text is expected as its exception id.
"""
import hashlib
import html
import json
import os
import random
import re
import sys
import xml.etree.ElementTree as ElementTree

NAMESPACE = "{http://www.spdx.org/license}"

STANDARD = "standard"
REFORMATTED_KINDS = ["optionals-dropped", "crlf-bom", "html", "markdown", "rst", "rewrapped"]
MODIFIED_KINDS = ["not-inserted", "clause-added", "clause-removed", "governing-law", "neighbour-sentence"]
ALL_KINDS = [STANDARD] + REFORMATTED_KINDS + MODIFIED_KINDS

# A <br/> inside a run; the XML's own newlines are only whitespace.
LINE_BREAK = "\x0b"
# Flags of a run of text: where in the template it comes from.
OPTIONAL, ALT, HEADER, TITLE, COPYRIGHT = 1, 2, 4, 8, 16

MODAL = re.compile(r"\b(shall|may|must|will|can|SHALL|MAY|MUST|WILL|CAN|Shall|May|Must|Will|Can)(\s+)(?!not\b|NOT\b|Not\b)([A-Za-z]+)")
SENTENCE_END = re.compile(r"(?<=[a-z0-9\)\"”'])\.(?=\s+[A-Z\"“(])")
RESTRICTIVE_CLAUSES = [
    "The Software may not be used for commercial purposes without the prior written permission of the copyright holder.",
    "You may not use the Software or any derivative work for any military purpose.",
    "Every redistribution must be reported in writing to the copyright holder within thirty days.",
]
GOVERNING_LAW = "This license shall be governed by the laws of Switzerland."
# Near twins the issue names: each is tried first as the other's neighbour.
NAMED_TWINS = [("X11", "MIT"), ("CC-BY-NC-4.0", "CC-BY-4.0"), ("CPL-1.0", "EPL-1.0"),
               ("BSD-3-Clause-LBNL", "BSD-3-Clause")]
FAMILY_SUFFIX = re.compile(r"^(.*?)(-only|-or-later|\+)?$")


def local(tag):
    return tag[len(NAMESPACE):] if tag.startswith(NAMESPACE) else tag


class Run:
    """A piece of text with where it comes from."""
    __slots__ = ("text", "flags", "dropped_space")

    def __init__(self, text, flags, dropped_space=" "):
        self.text = text
        self.flags = flags
        # What an <optional> leaves behind when dropped: nothing with spacing="none".
        self.dropped_space = dropped_space

    @property
    def required(self):
        return self.flags == 0


class Block:
    """A paragraph or list item: its list depth, its bullet and its runs."""
    __slots__ = ("depth", "bullet", "bullet_flags", "runs", "kind")

    def __init__(self, depth, kind="p"):
        self.depth = depth
        self.bullet = None
        self.bullet_flags = 0
        self.runs = []
        self.kind = kind

    def has_content(self):
        return self.bullet is not None or any(r.text.strip() for r in self.runs)


class Template:
    def __init__(self, path, is_exception):
        root = ElementTree.parse(path).getroot()
        entry = next(e for e in root if local(e.tag) in ("license", "exception"))
        self.id = entry.get("licenseId")
        self.name = entry.get("name") or self.id
        self.is_exception = is_exception
        # <obsoletedBy expression="old">new</obsoletedBy>: the text is what replaces this id.
        self.obsoleted_by = [" ".join(e.text.split()) for e in entry.iter(NAMESPACE + "obsoletedBy") if e.text and e.text.strip()]
        text = entry.find(NAMESPACE + "text")
        self.blocks = []
        self.unrendered = set()
        self._depth = 0
        self._open(0)
        self._walk(text, 0)
        self.blocks = [b for b in self.blocks if b.has_content()]

    def _open(self, depth, kind="p"):
        self.blocks.append(Block(depth, kind))

    def _current(self):
        return self.blocks[-1]

    def _add(self, text, flags, dropped_space=" "):
        if text:
            self._current().runs.append(Run(text, flags, dropped_space))

    def _walk(self, element, flags):
        for child in element:
            tag = local(child.tag)
            spacing = child.get("spacing")
            if tag == "p":
                block = self._current()
                # <item><bullet>1.</bullet><p>…</p></item>: the paragraph is the item's text.
                if block.bullet is None or any(r.text.strip() for r in block.runs):
                    self._open(self._depth)
                self._add(child.text, flags)
                self._walk(child, flags)
                self._open(self._depth)
            elif tag == "list":
                self._depth += 1
                self._add(child.text, flags)
                self._walk(child, flags)
                self._depth -= 1
                self._open(self._depth)
            elif tag == "item":
                self._open(self._depth, "item")
                self._add(child.text, flags)
                self._walk(child, flags)
                self._open(self._depth)
            elif tag == "bullet":
                bullet = " ".join((child.text or "").split())
                block = self._current()
                if block.bullet is None and not any(r.text.strip() for r in block.runs):
                    block.bullet = bullet
                    block.bullet_flags = flags
                else:
                    self._add(" " + bullet + " ", flags)
            elif tag == "br":
                self._add(LINE_BREAK, flags)
            elif tag in ("optional", "alt"):
                inner = flags | (OPTIONAL if tag == "optional" else ALT)
                dropped = "" if spacing == "none" else " "
                if spacing in ("before", "both"):
                    self._add(" ", inner, dropped)
                self._add(child.text, inner, dropped)
                self._walk(child, inner)
                if spacing in ("after", "both"):
                    self._add(" ", inner, dropped)
            elif tag in ("titleText", "copyrightText"):
                inner = flags | (TITLE if tag == "titleText" else COPYRIGHT)
                self._open(self._depth)
                self._add(child.text, inner)
                self._walk(child, inner)
                self._open(self._depth)
            elif tag == "standardLicenseHeader":
                # Inside <text> the header is part of the licence as published (an exhibit or
                # a how-to-apply appendix); it is rendered but never modified.
                self._add(child.text, flags | HEADER)
                self._walk(child, flags | HEADER)
            else:
                self.unrendered.add(tag)
                self._add(child.text, flags)
                self._walk(child, flags)
            self._add(child.tail, flags)


# ---------------------------------------------------------------------------------------------
# Rendering


def block_lines(block, keep_optionals=True):
    """The logical lines of a block (split at <br/>), whitespace collapsed."""
    parts = []
    for run in block.runs:
        if run.flags & OPTIONAL and not keep_optionals:
            parts.append(run.dropped_space)
        else:
            parts.append(run.text)
    joined = "".join(parts)
    lines = [" ".join(line.split()) for line in joined.split(LINE_BREAK)]
    return [line for line in lines if line]


def laid_out(blocks, keep_optionals=True):
    """[(depth, bullet, is_title, [lines])] for the blocks that have text."""
    result = []
    for block in blocks:
        lines = block_lines(block, keep_optionals)
        bullet = None if block.bullet_flags & OPTIONAL and not keep_optionals else block.bullet
        if not lines and bullet is None:
            continue
        is_title = (block.bullet is None and any(r.flags & TITLE and r.text.strip() for r in block.runs)
                    and all(r.flags & TITLE or not r.text.strip() for r in block.runs))
        result.append((block.depth, bullet, is_title, lines))
    return result


def wrap(text, width, first, rest):
    """Greedy word wrap (textwrap was nine tenths of the run time); long words stay whole."""
    pieces = text.split()
    if not pieces:
        return [first.rstrip()]
    lines = []
    current = [first + pieces[0]]
    length = len(current[0])
    for word in pieces[1:]:
        if length + 1 + len(word) > width:
            lines.append(" ".join(current))
            current = [rest + word]
            length = len(current[0])
        else:
            current.append(word)
            length += 1 + len(word)
    lines.append(" ".join(current))
    return lines


def render_plain(blocks, keep_optionals=True, width=78, indent_step=3, paragraph_indent=""):
    out = []
    for depth, bullet, _, lines in laid_out(blocks, keep_optionals):
        pad = paragraph_indent + " " * (indent_step * max(depth - 1, 0))
        chunk = []
        for number, line in enumerate(lines):
            if number == 0 and bullet:
                first = pad + bullet + " "
                chunk += wrap(line, width, first, pad + " " * (len(bullet) + 1))
            else:
                extra = " " * (len(bullet) + 1) if bullet else ""
                chunk += wrap(line, width, pad + extra, pad + extra)
        if bullet and not lines:
            chunk.append(pad + bullet)
        out.append("\n".join(chunk))
    return "\n\n".join(out) + "\n"


def render_rewrapped(blocks):
    """Hard-wrapped at 60 columns, paragraphs indented by two, items by four with a deep hang."""
    out = []
    for index, (depth, bullet, _, lines) in enumerate(laid_out(blocks)):
        pad = "  " if index % 2 == 0 else "    "
        pad += "  " * max(depth - 1, 0)
        chunk = []
        for number, line in enumerate(lines):
            if number == 0 and bullet:
                chunk += wrap(line, 60, pad + bullet + "  ", pad + "      ")
            else:
                chunk += wrap(line, 60, pad, pad + " ")
        if bullet and not lines:
            chunk.append(pad + bullet)
        out.append("\n".join(chunk))
    return "\n\n".join(out) + "\n"


def render_html(blocks):
    out = ["<!DOCTYPE html>", "<html>", "<body>"]
    in_list = 0
    for depth, bullet, is_title, lines in laid_out(blocks):
        escaped = [html.escape(line, quote=True).replace("&#x27;", "&#39;") for line in lines]
        body = "<br>\n".join(escaped)
        while in_list < depth:
            out.append("<ul>")
            in_list += 1
        while in_list > depth:
            out.append("</ul>")
            in_list -= 1
        if is_title:
            out.append("<h1>" + body + "</h1>")
        elif bullet:
            out.append("<li>" + html.escape(bullet) + " " + body + "</li>")
        elif depth > 0:
            out.append("<li><p>" + body + "</p></li>")
        else:
            out.append("<p>" + body + "</p>")
    out += ["</ul>"] * in_list
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


WORD = re.compile(r"^[A-Za-z]{4,}$")


def emphasised(line, rng, marker, count):
    words = line.split(" ")
    choices = [i for i, w in enumerate(words) if WORD.match(w)]
    for i in sorted(rng.sample(choices, min(count, len(choices)))):
        words[i] = marker + words[i] + marker
    return " ".join(words)


URL = re.compile(r"https?://[^\s<>\")]+[^\s<>\").,;:]")


def render_markdown(blocks, rng):
    out = []
    layout = laid_out(blocks)
    plain = [i for i, (d, b, t, _) in enumerate(layout) if not t and not b and d == 0]
    quoted = plain[len(plain) // 2] if plain else None
    linked = False
    for index, (depth, bullet, is_title, lines) in enumerate(layout):
        lines = list(lines)
        if not linked:
            for n, line in enumerate(lines):
                match = URL.search(line)
                if match:
                    url = match.group(0)
                    lines[n] = line[:match.start()] + "[" + url + "](" + url + ")" + line[match.end():]
                    linked = True
                    break
        if is_title:
            out.append("# " + " ".join(lines))
            continue
        if index % 3 == 1:
            lines = [emphasised(line, rng, "*", 1) for line in lines]
        if index % 5 == 2:
            lines = [emphasised(line, rng, "**", 1) for line in lines]
        text = "  \n".join(lines)
        if bullet:
            text = "**" + bullet + "** " + text
        if depth > 1:
            text = "  " * (depth - 1) + text
        if index == quoted:
            text = "\n".join("> " + line for line in text.split("\n"))
        out.append(text)
    if not linked:
        # A link to a page the licence does not name: only its text is content.
        for n, text in enumerate(out):
            if not text.startswith("#"):
                match = re.search(r"\b([A-Za-z]{4,})\b", text)
                if match:
                    out[n] = text[:match.start()] + "[" + match.group(1) + "](https://example.org/licence)" + text[match.end():]
                    break
    return "\n\n".join(out) + "\n"


def render_rst(blocks, rng):
    out = []
    for index, (depth, bullet, is_title, lines) in enumerate(laid_out(blocks)):
        if is_title:
            title = " ".join(lines)
            out.append(title + "\n" + "=" * len(title))
            continue
        if index % 3 == 1:
            lines = [emphasised(line, rng, "*", 1) for line in lines]
        text = "\n".join(wrap(" ".join(lines), 72, "", ""))
        if bullet:
            pad = "   " * max(depth - 1, 0)
            text = pad + bullet + " " + text.replace("\n", "\n" + pad + " " * (len(bullet) + 1))
        out.append(text)
    return "\n\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------------
# Normalisation, classes, neighbours


def words(text):
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).split()


def content_text(blocks):
    """The rendered text without title and copyright notice, for comparing licences."""
    kept = []
    for block in blocks:
        copy = Block(block.depth)
        copy.runs = [r for r in block.runs if not r.flags & (TITLE | COPYRIGHT)]
        kept.append(copy)
    return render_plain(kept)


def family(identifier):
    """GPL-2.0-only, GPL-2.0-or-later, GPL-2.0+ and GPL-2.0 share the family GPL-2.0."""
    return FAMILY_SUFFIX.match(identifier).group(1)


def classes(templates):
    """Union-find over identical normalised texts and GNU-style id families."""
    parent = {t.id: t.id for t in templates}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a, b):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    by_text = {}
    by_family = {}
    for t in templates:
        key = (t.is_exception, " ".join(t.words))
        by_text.setdefault(key, []).append(t.id)
        if not t.is_exception:
            by_family.setdefault(family(t.id), []).append(t.id)
    # A family has several members only when its ids carry the suffixes (AGPL-1.0 beside
    # AGPL-1.0-only): ids are unique, so plain ids never share a family.
    for group in list(by_text.values()) + list(by_family.values()):
        for other in group[1:]:
            union(group[0], other)
    for t in templates:
        # A deprecated id replaced by one other id (StandardML-NJ by SMLNJ) names that licence.
        for replacement in t.obsoleted_by:
            if replacement in parent:
                union(t.id, replacement)
    members = {}
    for t in templates:
        members.setdefault(find(t.id), []).append(t.id)
    return {t.id: sorted(members[find(t.id)]) for t in templates}


def expression_variants(expression, class_of):
    """An obsoleting expression with every id replaced by each member of its class."""
    tokens = re.split(r"(\s+|\(|\))", expression)
    options = [[tok] if tok not in class_of else class_of[tok] for tok in tokens]
    results = [""]
    for choice in options:
        results = [r + c for r in results for c in choice]
    return sorted(set(" ".join(r.split()) for r in results))


def bigrams(sequence):
    return set(zip(sequence, sequence[1:]))


def neighbours(templates, class_of):
    """For each template, the other templates of the same sort (licence or exception) outside
    its class whose word-bigram Dice similarity is at least 0.5, most similar first."""
    sets = {t.id: bigrams(t.words) for t in templates}
    postings = {}
    for t in templates:
        for gram in sets[t.id]:
            postings.setdefault(gram, []).append(t.id)
    result = {}
    for t in templates:
        mine = sets[t.id]
        if not mine:
            continue
        # Near twins share many rare bigrams: the few templates sharing most of them are the
        # candidates, then scored on all bigrams.
        shared = {}
        for gram in mine:
            holders = postings[gram]
            if len(holders) <= 12:
                for holder in holders:
                    shared[holder] = shared.get(holder, 0) + 1
        candidates = sorted(shared, key=lambda h: (-shared[h], h))[:8]
        ranked = []
        for other_id in sorted(candidates):
            other = by_id[other_id]
            if other.is_exception != t.is_exception or other_id in class_of[t.id]:
                continue
            theirs = sets[other_id]
            dice = 2 * len(mine & theirs) / (len(mine) + len(theirs))
            if dice >= 0.5:
                ranked.append((-dice, other_id))
        ranked = [other for _, other in sorted(ranked)]
        named = dict(NAMED_TWINS + [(b, a) for a, b in NAMED_TWINS]).get(t.id)
        if named in by_id:
            # The twins the issue names always come first, whatever else is nearer.
            ranked = [named] + [other for other in ranked if other != named]
        if ranked:
            result[t.id] = ranked
    return result


by_id = {}


# ---------------------------------------------------------------------------------------------
# Modifications: each returns new blocks, or None when the template has no place for it.


def copied(blocks):
    result = []
    for block in blocks:
        copy = Block(block.depth, block.kind)
        copy.bullet = block.bullet
        copy.bullet_flags = block.bullet_flags
        copy.runs = [Run(r.text, r.flags, r.dropped_space) for r in block.runs]
        result.append(copy)
    return result


def content_runs(block):
    return [r for r in block.runs if r.text.strip()]


def safe_boundaries(blocks):
    """Indices i where a new paragraph may go before blocks[i]: the text on both sides is
    required (no <alt> or <optional> beside it that could absorb the paragraph)."""
    result = []
    for i in range(1, len(blocks)):
        before, after = content_runs(blocks[i - 1]), content_runs(blocks[i])
        if not before or not before[-1].required:
            continue
        if blocks[i].bullet is None and (not after or not after[0].required):
            continue
        result.append(i)
    return result


def sentence_ends(run):
    """Offsets just after a sentence end inside a required run, with required text following."""
    return [m.end() for m in SENTENCE_END.finditer(run.text)]


def insert_sentence(blocks, sentence, rng, prefer=None):
    """Inserts `sentence` as its own paragraph at a safe boundary or, failing that, after a
    sentence end inside required text."""
    blocks = copied(blocks)
    boundaries = safe_boundaries(blocks)
    if boundaries:
        if prefer == "last":
            at = boundaries[-1]
        elif isinstance(prefer, float):
            at = min(boundaries, key=lambda b: (abs(b / len(blocks) - prefer), b))
        else:
            at = rng.choice(boundaries)
        block = Block(0)
        block.runs = [Run(sentence, 0)]
        blocks.insert(at, block)
        return blocks
    places = [(b, r, end) for b, block in enumerate(blocks) for r, run in enumerate(block.runs)
              if run.required for end in sentence_ends(run)]
    if not places:
        return None
    b, r, end = places[-1] if prefer == "last" else rng.choice(places)
    run = blocks[b].runs[r]
    run.text = run.text[:end] + " " + sentence + run.text[end:]
    return blocks


def not_inserted(blocks, rng):
    places = [(b, r, m) for b, block in enumerate(blocks) for r, run in enumerate(block.runs)
              if run.required for m in MODAL.finditer(run.text)]
    if not places:
        return None
    blocks = copied(blocks)
    b, r, match = rng.choice(places)
    run = blocks[b].runs[r]
    negation = " NOT" if match.group(1).isupper() else " not"
    run.text = run.text[:match.end(1)] + negation + run.text[match.end(1):]
    return blocks


def clause_removed(blocks, rng):
    """Removes one whole sentence of at least eight words lying in required text."""
    places = []
    for b, block in enumerate(blocks):
        before = ""
        for r, run in enumerate(block.runs):
            if run.required:
                ends = sentence_ends(run)
                if run.text.rstrip().endswith("."):
                    ends.append(len(run.text.rstrip()))
                # A sentence starts at the run's start only when nothing or a finished
                # sentence precedes it in the paragraph.
                starts = ([0] if not before.strip() or before.rstrip().endswith(".") else []) + sentence_ends(run)
                for start in starts:
                    end = next((e for e in ends if e > start), None)
                    if end is not None and len(words(run.text[start:end])) >= 8:
                        places.append((b, r, start, end))
            before += run.text
    if not places:
        return None
    blocks = copied(blocks)
    b, r, start, end = rng.choice(places)
    run = blocks[b].runs[r]
    run.text = run.text[:start] + " " + run.text[end:]
    return blocks


COPYRIGHT_LIKE = re.compile(r"^\s*(copyright\b|\(c\)|©|portions copyright)", re.I)


def whole_sentences(template):
    """Complete sentences of at least six words of the licence's terms: <alt> as its original
    text, <optional> kept, without title, copyright notice or header, and no copyright line."""
    result = []
    for block in template.blocks:
        text = " ".join("".join(r.text for r in block.runs if not r.flags & (TITLE | COPYRIGHT | HEADER)).split())
        for piece in re.split(r"(?<=[a-z0-9\)\"”'])\.\s+(?=[A-Z\"“(])", text):
            piece = piece.strip()
            if not piece or not piece[0].isupper() or COPYRIGHT_LIKE.match(piece):
                continue
            if piece[-1].isalnum() or piece[-1] in ")\"”'":
                piece += "."
            if piece.endswith(".") and len(words(piece)) >= 6:
                result.append(piece)
    return result


def neighbour_sentence(template, neighbour):
    """The neighbour's longest sentence that this template lacks: not held anywhere in it (not
    even in an optional), and most of whose word pairs it does not have either, so that the
    sentence says something this licence does not."""
    mine = " " + " ".join(template.words_all) + " "
    my_bigrams = bigrams(template.words_all)
    theirs = []
    for sentence in whole_sentences(neighbour):
        sequence = words(sentence)
        if " " + " ".join(sequence) + " " in mine:
            continue
        grams = bigrams(sequence)
        if len(grams & my_bigrams) <= len(grams) // 2:
            theirs.append(sentence)
    if not theirs:
        return None
    return max(theirs, key=lambda s: (len(words(s)), s))


# ---------------------------------------------------------------------------------------------


def seeded(identifier, kind):
    digest = hashlib.sha256((identifier + "\0" + kind).encode()).hexdigest()
    return random.Random(int(digest[:16], 16))


def load(shared):
    folder = os.path.join(shared, "license-data", "spdx-license-list-xml")
    templates = []
    for sub, is_exception in (("", False), ("exceptions", True)):
        directory = os.path.join(folder, sub)
        for name in sorted(os.listdir(directory)):
            if name.endswith(".xml"):
                templates.append(Template(os.path.join(directory, name), is_exception))
    for t in templates:
        t.words = words(content_text(t.blocks))
        t.words_all = words(render_plain(t.blocks))
        by_id[t.id] = t
    return templates


def variants(template, neighbours):
    """(kind, text, note) for every variant of one template; text None means skipped."""
    blocks = template.blocks
    standard = render_plain(blocks)
    yield STANDARD, standard, None
    has_optional = any(r.flags & OPTIONAL and r.text.strip() for b in blocks for r in b.runs)
    yield "optionals-dropped", render_plain(blocks, keep_optionals=False) if has_optional else None, None
    yield "crlf-bom", "\ufeff" + standard.replace("\n", "\r\n"), None
    yield "html", render_html(blocks), None
    yield "markdown", render_markdown(blocks, seeded(template.id, "markdown")), None
    yield "rst", render_rst(blocks, seeded(template.id, "rst")), None
    yield "rewrapped", render_rewrapped(blocks), None

    modified = not_inserted(blocks, seeded(template.id, "not-inserted"))
    yield "not-inserted", render_plain(modified) if modified else None, None
    rng = seeded(template.id, "clause-added")
    modified = insert_sentence(blocks, rng.choice(RESTRICTIVE_CLAUSES), rng)
    yield "clause-added", render_plain(modified) if modified else None, None
    modified = clause_removed(blocks, seeded(template.id, "clause-removed"))
    yield "clause-removed", render_plain(modified) if modified else None, None
    modified = insert_sentence(blocks, GOVERNING_LAW, seeded(template.id, "governing-law"), prefer="last")
    yield "governing-law", render_plain(modified) if modified else None, None
    # The nearest neighbour that has a sentence this template lacks (X11 holds all of MIT).
    for other in neighbours or []:
        sentence = neighbour_sentence(template, by_id[other])
        if sentence is not None:
            modified = insert_sentence(blocks, sentence, seeded(template.id, "neighbour-sentence"), prefer=0.5)
            yield "neighbour-sentence", render_plain(modified) if modified else None, "from " + other
            return
    yield "neighbour-sentence", None, None


def group_of(kind):
    if kind == STANDARD:
        return "standard"
    return "reformatted" if kind in REFORMATTED_KINDS else "modified"


def file_name(identifier):
    return re.sub(r"[^A-Za-z0-9.+-]", "_", identifier) + ".txt"


def generate(shared, out):
    templates = load(shared)
    class_of = classes(templates)
    near = neighbours(templates, class_of)
    labels = []
    counts = {kind: [0, 0] for kind in ALL_KINDS}
    unrendered = set()
    for template in templates:
        unrendered |= template.unrendered
        accepted = set(class_of[template.id])
        for identifier in class_of[template.id]:
            for expression in by_id[identifier].obsoleted_by:
                accepted.update(expression_variants(expression, class_of))
        accepted = sorted(accepted)
        for kind, text, note in variants(template, near.get(template.id)):
            if text is None:
                counts[kind][1] += 1
                continue
            counts[kind][0] += 1
            relative = kind + "/" + ("exceptions/" if template.is_exception else "") + file_name(template.id)
            path = os.path.join(out, relative)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
            label = {"file": relative, "kind": kind, "group": group_of(kind), "id": template.id,
                     "exception": template.is_exception}
            if group_of(kind) == "modified":
                label["expected"] = []
                label["must_not"] = accepted
            else:
                label["expected"] = accepted
                label["must_not"] = []
            if note:
                label["note"] = note
            labels.append(label)
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as handle:
        json.dump(labels, handle, indent=1, sort_keys=True)
        handle.write("\n")
    print("summary: %d templates (%d licences, %d exceptions), %d files" % (
        len(templates), sum(not t.is_exception for t in templates), sum(t.is_exception for t in templates), len(labels)))
    for kind in ALL_KINDS:
        written, skipped = counts[kind]
        print("  %-20s %-12s %5d written %4d skipped" % (kind, group_of(kind), written, skipped))
    shared_classes = {tuple(c) for c in class_of.values() if len(c) > 1}
    print("  %d equivalence classes of more than one id; %d templates have a neighbour" % (len(shared_classes), len(near)))
    if unrendered:
        print("  elements rendered as plain text: " + ", ".join(sorted(unrendered)))
    return 0


# ---------------------------------------------------------------------------------------------
# Self-test


def strip_markup(text, kind):
    """A crude inverse of the reformatted renderings, for checking they keep the words."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n")
    if text.startswith("<!DOCTYPE"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    if kind == "markdown":
        # Only the links the rendering made: a template's own Markdown links stay words.
        text = re.sub(r"\[(https?://[^\]]*)\]\(\1\)", r"\1", text)
        text = re.sub(r"\[([A-Za-z]+)\]\(https://example\.org/licence\)", r"\1", text)
    return text


def self_test(shared):
    import difflib
    templates = load(shared)
    class_of = classes(templates)
    near = neighbours(templates, class_of)
    failures = 0
    print("standard rendering vs choosealicense (word-sequence similarity):")
    folder = os.path.join(shared, "license-data", "choosealicense")
    for name in sorted(os.listdir(folder)):
        raw = open(os.path.join(folder, name), encoding="utf-8").read()
        meta, _, body = raw[4:].partition("\n---\n")
        ident = re.search(r"^spdx-id:\s*(\S+)", meta, re.M).group(1)
        if ident not in by_id:
            print("  %-22s no SPDX template" % ident)
            continue
        ours, theirs = words(render_plain(by_id[ident].blocks)), words(body)
        ratio = difflib.SequenceMatcher(None, ours, theirs, autojunk=False).ratio()
        flag = "" if ratio >= 0.9 else "  <-- below 0.9"
        print("  %-22s %.3f (%d vs %d words)%s" % (ident, ratio, len(ours), len(theirs), flag))
        if ident in ("MIT", "Apache-2.0", "GPL-3.0-or-later", "GPL-3.0") and ratio < 0.9:
            failures += 1
    checked = 0
    for template in templates:
        texts = dict((k, t) for k, t, _ in variants(template, near.get(template.id)))
        standard = words(texts[STANDARD])
        for kind, text in texts.items():
            if text is None or kind == STANDARD:
                continue
            checked += 1
            mine = words(strip_markup(text, kind))
            if group_of(kind) == "modified" and mine == standard:
                print("  FAIL %s %s: modified text has the standard's words" % (template.id, kind))
                failures += 1
            if kind in ("crlf-bom", "html", "markdown", "rst", "rewrapped") and mine != standard:
                diff = [d for d in difflib.ndiff(standard, mine) if d[0] in "+-"][:6]
                print("  FAIL %s %s: reformatting changed the words: %s" % (template.id, kind, diff))
                failures += 1
    for a, b in NAMED_TWINS:
        print("  neighbours of %s: %s" % (a, (near.get(a) or [])[:3]))
    print("self-test: %d variants checked, %d failures" % (checked, failures))
    return 1 if failures else 0


def main(argv):
    if len(argv) == 3 and argv[1] == "--self-test":
        return self_test(argv[2])
    if len(argv) != 3:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    return generate(argv[1], argv[2])


if __name__ == "__main__":
    sys.exit(main(sys.argv))
