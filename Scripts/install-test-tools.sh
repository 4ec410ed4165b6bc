#!/usr/bin/env bash
# Installs what building and testing OSSRLint needs on a fresh Debian 12 / Ubuntu machine that
# already has the Swift toolchain: libgit2 (the library ossrlint reads repositories with) and
# zlib (which libgit2-dev brings anyway; GitKit inflates packed objects with it), git
# (test fixtures are built with it), strace (a test runs `ossrlint check` under it to show that
# no network connection is opened), and the real consumers the report tests run:
# xmllint (JUnit XSD), cmark-gfm (Markdown), check-jsonschema (JSON Schema) and pre-commit.
# rfc3986-validator makes check-jsonschema check the `uri` and `uri-reference` formats (SARIF's
# locations and links); without it those formats pass unchecked.
set -euo pipefail
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq \
    git libgit2-dev zlib1g-dev pkg-config strace libxml2-utils cmark-gfm python3 python3-pip python3-venv python3-yaml >/dev/null
# check-jsonschema is on PyPI only. Debian's own python refuses a global pip install without
# --break-system-packages; a pyenv or venv python accepts the plain form.
python3 -m pip install -q check-jsonschema rfc3986-validator pre-commit pyyaml 2>/dev/null \
    || python3 -m pip install -q --break-system-packages check-jsonschema rfc3986-validator pre-commit pyyaml
for tool in git pkg-config strace xmllint cmark-gfm check-jsonschema; do
    command -v "$tool" >/dev/null || { echo "install-test-tools: '$tool' is still missing" >&2; exit 1; }
done
for library in libgit2 zlib; do
    pkg-config --exists "$library" || { echo "install-test-tools: $library not found by pkg-config" >&2; exit 1; }
done
