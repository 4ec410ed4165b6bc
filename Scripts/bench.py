#!/usr/bin/env python3
"""Benchmark ossrlint against `git ls-tree -r -l HEAD` on synthetic repositories.

Usage: python3 Scripts/bench.py [--binary .build/release/ossrlint] [--sizes 10000,100000,1000000]
                                [--shapes flat,typical,nested] [--runs 15] [--work /tmp/ossrlint-bench]
                                [--extra 'check --format json']

Builds (once, cached under --work) bare repositories with N files in three folder layouts (see
synthetic_path), a few OSSR files (README, LICENSE, codemeta.json, a 70 KB CITATION.cff with 300
authors and references, Dockerfile, docs, CI) and 1,000 tags, then prints for each: the median
and minimum wall time of `ossrlint --version` (start-up alone), of `ossrlint ls --sizes`, of
`ossrlint check` with the OSSR profile and a JSON report, and of any --extra command, over --runs
rounds (the commands take turns, so that the machine's drift falls on all of them alike), their
ratios to `git ls-tree -r -l HEAD`, and the peak resident memory; then the slowest rules of one
`check --timings` run and the time of `citation-cff-valid`. Timing is here, never in unit tests.
"""
import argparse, os, statistics, subprocess, sys, time

def synthetic_path(i, shape):
    """Where file i goes. "nested": every file in its own leaf folder (97 x 101 folders), the
    worst case for reading trees (10k files -> about 9,800 trees). "typical": 12 files per leaf
    folder, 30 leaf folders per package, about the files-per-folder of real source trees
    (/usr/include here has 8,105 files in 824 folders). "flat": every file at depth 2 in 2,000
    folders, where licence evidence and other shallow checks look (50 x 40 folders)."""
    if shape == "nested":
        return b"src/pkg%03d/mod%03d/file%06d.py" % (i % 97, (i // 97) % 101, i)
    if shape == "flat":
        return b"d%d/e%d/f%d.txt" % (i % 50, (i // 50) % 40, i)
    leaf = i // 12
    return b"src/pkg%03d/mod%03d/file%06d.py" % (leaf // 30, leaf % 30, i)

def citation_cff(authors=300, references=300):
    """A valid CFF 1.2.0 file of about 70 KB, the size of astropy's."""
    lines = ["cff-version: 1.2.0", "message: If you use this software, please cite it as below.",
             "title: Synthetic", "version: 1.0.0", "date-released: 2024-05-01", "license: MIT", "authors:"]
    for n in range(authors):
        lines += ["  - family-names: Family%d" % n, "    given-names: Given%d" % n,
                  "    orcid: https://orcid.org/0000-0002-%04d-%04d" % (n // 10000, n % 10000),
                  "    affiliation: Institute %d" % (n % 17)]
    lines.append("references:")
    for n in range(references):
        lines += ["  - type: article", "    title: Reference %d" % n, "    doi: 10.5281/zenodo.%d" % (1000000 + n),
                  "    authors:", "      - family-names: Cited%d" % n, "        given-names: Author"]
    return ("\n".join(lines) + "\n").encode()

def fast_import_stream(files, tags, shape):
    out = []
    def blob(mark, data):
        out.append(b"blob\nmark :%d\ndata %d\n%s\n" % (mark, len(data), data))
    fixed = {
        b"README.md": b"# Synthetic\n\nA synthetic project for benchmarks.\n\n## Install\n\npip install synthetic\n",
        b"LICENSE": open(os.path.join(os.path.dirname(__file__), "..", "LICENSE"), "rb").read(),
        b"codemeta.json": b'{"@context": "https://w3id.org/codemeta/3.0", "@type": "SoftwareSourceCode", "name": "synthetic", "version": "1.0.0"}\n',
        b"Dockerfile": b"FROM debian:12\n",
        b".gitlab-ci.yml": b"test:\n  script: [make test]\n",
        b"docs/conf.py": b"project = 'synthetic'\nextensions = ['sphinx.ext.autodoc']\n",
        b"tests/test_core.py": b"def test_one():\n    assert True\n",
        b"CITATION.cff": citation_cff(),
    }
    mark = 1
    paths = []
    for path, data in fixed.items():
        blob(mark, data); paths.append((path, mark)); mark += 1
    for i in range(files):
        data = b"value = %d\n" % i * (1 + i % 7)
        blob(mark, data)
        path = synthetic_path(i, shape)
        paths.append((path, mark)); mark += 1
    out.append(b"commit refs/heads/main\nmark :%d\ncommitter Bench <bench@example.org> 1700000000 +0000\ndata 6\nfirst\n" % mark)
    commit_mark = mark
    for path, m in paths:
        out.append(b"M 100644 :%d %s\n" % (m, path))
    out.append(b"\n")
    for t in range(tags):
        out.append(b"reset refs/tags/v1.%d.%d\nfrom :%d\n\n" % (t // 100, t % 100, commit_mark))
    return b"".join(out)

def make_repo(work, files, tags, shape):
    name = "synthetic-%s-%d.git" % (shape, files)
    path = os.path.join(work, name)
    if os.path.isdir(path):
        return path
    # Built by a child process: Linux keeps a process's peak memory across exec, so every command
    # this process later starts would report at least the memory the stream took here.
    subprocess.run([sys.executable, __file__, "--build", path, str(files), str(tags), shape], check=True)
    return path

def build(path, files, tags, shape):
    # One pack made by pack-objects with an empty standard input of its own, not `git gc`: gc
    # runs pack-objects with /dev/null as its input, and on some machines /dev/null is a regular
    # file that collects stray output, which pack-objects then reads as revisions.
    subprocess.run(["git", "init", "-q", "--bare", "-b", "main", path], check=True)
    subprocess.run(["git", "-C", path, "fast-import", "--quiet"], input=fast_import_stream(files, tags, shape), check=True)
    subprocess.run(["git", "-C", path, "pack-refs", "--all"], check=True)    # the 1,000 tags packed, as gc left them
    packs = os.path.join(path, "objects", "pack")
    imported = os.listdir(packs)
    written = subprocess.run(["git", "-C", path, "pack-objects", "--all", "--quiet", "--delta-base-offset",
                              os.path.join(packs, "pack")], input=b"", capture_output=True, check=True).stdout.decode().strip()
    for name in imported:
        if written not in name:
            os.remove(os.path.join(packs, name))

def run_once(command):
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit("%s exited with %d" % (" ".join(command), code))
    return elapsed, usage.ru_maxrss / 1024

def measure(commands, runs):
    """Runs the commands in turn, `runs` rounds, so that drift in the machine's speed (this is a
    shared virtual machine) falls on all of them alike. Returns, per command, the median and
    the minimum wall time and the peak resident memory."""
    times = [[] for _ in commands]
    peaks = [0.0 for _ in commands]
    for command in commands:          # warm the page cache
        run_once(command)
    for _ in range(runs):
        for index, command in enumerate(commands):
            elapsed, peak = run_once(command)
            times[index].append(elapsed)
            peaks[index] = max(peaks[index], peak)
    return [(statistics.median(t), min(t), p) for t, p in zip(times, peaks)]

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/release/ossrlint")
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--tags", type=int, default=1000)
    parser.add_argument("--shapes", default="flat,typical,nested",
                        help="folder layouts to build: flat (depth 2), typical (12 per folder), nested (one file per folder)")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--work", default="/tmp/ossrlint-bench")
    parser.add_argument("--extra", action="append", default=[],
                        help="another ossrlint subcommand line to time, e.g. 'check --format json'")
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    binary = os.path.abspath(args.binary)
    # The listing with every size and the full OSSR profile as CI runs it, reports included
    # (goals: at most 3x git at 10k files, 1.5x at 100k and 1M; 400 MB at 1M, 50 MB at 10k).
    commands = [("ls --sizes", ["ls", "--sizes", "--rev", "HEAD"]),
                ("check (OSSR profile, JSON report)", ["check", "--format", "json", "--fail-on", "never"])]
    commands += [(extra, extra.split()) for extra in args.extra]
    print("%-16s %-46s %9s %9s %8s %8s %8s" % ("files", "command", "median ms", "min ms", "ratio", "min ratio", "peak MB"))
    for files, shape in [(int(n), shape) for n in args.sizes.split(",") for shape in args.shapes.split(",")]:
        repo = make_repo(args.work, files, args.tags, shape)
        lines = [("git ls-tree -r -l HEAD", ["git", "-C", repo, "ls-tree", "-r", "-l", "HEAD"]),
                 # What every command pays before it reads the repository (process, libraries,
                 # argument parsing): the floor under the ratios at 10k.
                 ("ossrlint --version (start-up, no repository)", [binary, "--version"])]
        lines += [("ossrlint " + label, [binary] + extra + [repo]) for label, extra in commands]
        results = measure([command for _, command in lines], args.runs)
        git_median, git_min, _ = results[0]
        for (label, _), (median, minimum, peak) in zip(lines, results):
            print("%-16s %-46s %9.1f %9.1f %8.2f %8.2f %8.1f" % ("%d %s" % (files, shape), label, median * 1e3, minimum * 1e3, median / git_median, minimum / git_min, peak))
        timed = subprocess.run([binary, "check", "--timings", "--format", "json", "--fail-on", "never", repo],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True).stderr.splitlines()
        rules = timed[timed.index("rules, slowest first:") + 1:] if "rules, slowest first:" in timed else []
        citation = [line.split(" ms")[0].strip() for line in rules if line.endswith("citation-cff-valid")]
        print("%-16s slowest rules: %s; citation-cff-valid %s ms" % ("", ", ".join(line.strip().replace("  ", " ") for line in rules[:3]), citation[0] if citation else "?"))
        sys.stdout.flush()

if __name__ == "__main__":
    if sys.argv[1:2] == ["--build"]:
        build(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5])
    else:
        main()
