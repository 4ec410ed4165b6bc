#!/usr/bin/env python3
"""Benchmark `ossrlint history --tags` against separate `ossrlint check --rev TAG` processes.

Usage: python3 Scripts/bench-history.py [--binary .build/release/ossrlint] [--files 3000]
                                        [--tags 100] [--checks 25] [--runs 3] [--work /tmp/ossrlint-bench]

Builds (once, cached under --work) a bare repository with --files files in bench.py's "typical"
layout, the OSSR files bench.py adds (README, LICENSE, codemeta.json, a 70 KB CITATION.cff,
Dockerfile, docs, CI), and --tags tagged commits after the first, each changing a few files
(every other tag annotated; CONTRIBUTING.md arrives at a tenth of the way, so scores change).
Then times, over --runs rounds taking turns, `ossrlint history --tags --format json` (all tags
in one process) and --checks `ossrlint check --rev TAG --format json` processes (tags spread
evenly over the history), and prints the medians of wall time and of CPU time (user + system,
what the processes cost, which a machine shared with other work disturbs less), the cost per
tag and the ratios. The goal: the history of every tag costs less than 25 separate checks
(ratios below 1).
"""
import argparse, os, statistics, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench import citation_cff, synthetic_path  # noqa: E402  (the same files and layout as bench.py)

EPOCH = 1700000000

def fast_import_stream(files, tags):
    out = []
    mark = [0]
    def blob(data):
        mark[0] += 1
        out.append(b"blob\nmark :%d\ndata %d\n%s\n" % (mark[0], len(data), data))
        return mark[0]
    fixed = {
        b"README.md": b"# Synthetic\n\nA synthetic project for benchmarks.\n\n## Install\n\npip install synthetic\n",
        b"LICENSE": open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "LICENSE"), "rb").read(),
        b"codemeta.json": b'{"@context": "https://w3id.org/codemeta/3.0", "@type": "SoftwareSourceCode", "name": "synthetic", "version": "1.0.0"}\n',
        b"Dockerfile": b"FROM debian:12\n",
        b".gitlab-ci.yml": b"test:\n  script: [make test]\n",
        b"docs/conf.py": b"project = 'synthetic'\nextensions = ['sphinx.ext.autodoc']\n",
        b"tests/test_core.py": b"def test_one():\n    assert True\n",
        b"CITATION.cff": citation_cff(),
    }
    first = [(path, blob(data)) for path, data in fixed.items()]
    first += [(synthetic_path(i, "typical"), blob(b"value = %d\n" % i * (1 + i % 7))) for i in range(files)]
    def commit(number, changes):
        mark[0] += 1
        out.append(b"commit refs/heads/main\nmark :%d\ncommitter Bench <bench@example.org> %d +0000\ndata 10\ncommit %03d\n"
                   % (mark[0], EPOCH + number * 86400, number))
        # No `from`: a commit on a branch of this stream follows the branch's last commit.
        for path, m in changes:
            out.append(b"M 100644 :%d %s\n" % (m, path))
        out.append(b"\n")
        return mark[0]
    commit(0, first)
    for t in range(1, tags + 1):
        # A few files change in each release: three source files and, now and then, a new file.
        changes = [(synthetic_path((t * 37 + k * 101) % files, "typical"), blob(b"value = %d  # release %d\n" % (k, t))) for k in range(3)]
        if t == max(1, tags // 10):
            changes.append((b"CONTRIBUTING.md", blob(b"# Contributing\n\nOpen a merge request.\n")))
        commit_mark = commit(t, changes)
        name = b"v1.%d.%d" % (t // 10, t % 10)
        if t % 2:
            out.append(b"tag %s\nfrom :%d\ntagger Bench <bench@example.org> %d +0000\ndata 8\nrelease\n\n" % (name, commit_mark, EPOCH + t * 86400 + 60))
        else:
            out.append(b"reset refs/tags/%s\nfrom :%d\n\n" % (name, commit_mark))
    return b"".join(out)

def build(path, files, tags):
    # As bench.py builds: one pack written by pack-objects with an empty standard input of its
    # own (never `git gc`, which reads /dev/null, a regular file on some machines).
    subprocess.run(["git", "init", "-q", "--bare", "-b", "main", path], check=True)
    subprocess.run(["git", "-C", path, "fast-import", "--quiet"], input=fast_import_stream(files, tags), check=True)
    subprocess.run(["git", "-C", path, "pack-refs", "--all"], check=True)
    packs = os.path.join(path, "objects", "pack")
    imported = os.listdir(packs)
    written = subprocess.run(["git", "-C", path, "pack-objects", "--all", "--quiet", "--delta-base-offset",
                              os.path.join(packs, "pack")], input=b"", capture_output=True, check=True).stdout.decode().strip()
    for name in imported:
        if written not in name:
            os.remove(os.path.join(packs, name))

def run(command, output):
    """Wall time and CPU time (user + system) of one run, its standard output going to the file
    `output`. CPU time is what the run itself cost; on a shared machine the wall time also
    holds the time it waited for a core."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=output, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    error = proc.stderr.read()
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit("%s exited with %d: %s" % (" ".join(command), code, error.decode(errors="replace")))
    return elapsed, usage.ru_utime + usage.ru_stime

def total(results):
    return tuple(sum(values) for values in zip(*results))

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/release/ossrlint")
    parser.add_argument("--files", type=int, default=3000)
    parser.add_argument("--tags", type=int, default=100)
    parser.add_argument("--checks", type=int, default=25)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--work", default="/tmp/ossrlint-bench")
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    binary = os.path.abspath(args.binary)
    repo = os.path.join(args.work, "history-%d-files-%d-tags.git" % (args.files, args.tags))
    if not os.path.isdir(repo):
        subprocess.run([sys.executable, os.path.abspath(__file__), "--build", repo, str(args.files), str(args.tags)], check=True)
    tags = subprocess.run(["git", "-C", repo, "tag", "--list"], capture_output=True, check=True, text=True).stdout.split()
    chosen = [tags[round(i * (len(tags) - 1) / max(args.checks - 1, 1))] for i in range(args.checks)]
    history = [binary, "history", "--tags", "--format", "json", repo]
    checks = [[binary, "check", "--rev", tag, "--format", "json", "--fail-on", "never", repo] for tag in chosen]
    history_runs, check_runs = [], []
    with tempfile.TemporaryFile(dir=args.work) as output:
        run(history, output)                           # warm the page cache
        for command in checks[:2]:
            run(command, output)
        for _ in range(args.runs):                     # the two take turns, so drift falls on both
            history_runs.append(run(history, output))
            check_runs.append(total([run(command, output) for command in checks]))
    print("repository: %d files, %d tags (%s)" % (args.files + 8, len(tags), repo))
    print("%-36s %12s %10s %12s %10s" % ("command", "median wall", "min wall", "median CPU", "min CPU"))
    rows = [("ossrlint history --tags (%d tags)" % len(tags), history_runs), ("%d x ossrlint check --rev TAG" % len(checks), check_runs)]
    medians = []
    for label, runs in rows:
        walls, cpus = [r[0] for r in runs], [r[1] for r in runs]
        medians.append((statistics.median(walls), statistics.median(cpus)))
        print("%-36s %10.3f s %8.3f s %10.3f s %8.3f s" % (label, medians[-1][0], min(walls), medians[-1][1], min(cpus)))
    (history_wall, history_cpu), (checks_wall, checks_cpu) = medians
    print("per tag: history %.1f ms wall, %.1f ms CPU; check %.1f ms wall, %.1f ms CPU"
          % (history_wall / len(tags) * 1e3, history_cpu / len(tags) * 1e3, checks_wall / len(checks) * 1e3, checks_cpu / len(checks) * 1e3))
    print("ratio history / %d checks: %.2f wall, %.2f CPU (goal: below 1)" % (len(checks), history_wall / checks_wall, history_cpu / checks_cpu))

if __name__ == "__main__":
    if sys.argv[1:2] == ["--build"]:
        build(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    else:
        main()
