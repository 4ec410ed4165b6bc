#!/usr/bin/env python3
"""Benchmark `ossrlint scan`: one thread against every core, and in-process against a process
per repository.

Usage: python3 Scripts/bench-scan.py [--binary .build/release/ossrlint] [--count 100] [--files 200]
                                     [--runs 5] [--jobs N] [--work /tmp/ossrlint-bench-scan]

Builds (once, cached under --work) --count small bare repositories of --files source files each,
with a different share of the OSSR files in each (README always; a licence, codemeta.json,
CITATION.cff, Dockerfile, CI, docs, tests and a release tag in some), so that their scores
differ. Then prints the median and minimum wall time and the peak memory, over --runs rounds taken in turn, of
`ossrlint scan --folder` with --jobs 1 and with --jobs N (default: the processors this machine
has), the speed-up, and the cost per repository of the scan beside that of one
`ossrlint check --format json` process on one of the repositories (what a shell loop over the
set would pay per repository). Timing is here, never in unit tests; use the release build.
"""
import argparse, os, statistics, subprocess, sys, time

LICENCE = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "LICENSE"), "rb").read()

def ossr_files(i):
    """The OSSR files repository i has: a different mix for each, so scores spread."""
    files = {b"README.md": b"# Project %d\n\nReduces raw exposures into calibrated images.\n\n## Install\n\npip install project%d\n" % (i, i)}
    if i % 2 == 0:
        files[b"LICENSE"] = LICENCE
    if i % 3 == 0:
        files[b"codemeta.json"] = b'{"@context": "https://w3id.org/codemeta/3.0", "@type": "SoftwareSourceCode", "name": "project%d", "version": "1.0.0"}\n' % i
    if i % 4 == 0:
        files[b"CITATION.cff"] = b"cff-version: 1.2.0\nmessage: Cite it.\ntitle: Project %d\nauthors:\n  - family-names: Tester\n    given-names: Ada\n" % i
    if i % 5 == 0:
        files[b"Dockerfile"] = b"FROM debian:12\n"
    if i % 3 == 1:
        files[b".gitlab-ci.yml"] = b"test:\n  script: [make test]\n"
    if i % 6 == 0:
        files[b"docs/conf.py"] = b"project = 'project'\n"
    if i % 2 == 1:
        files[b"tests/test_core.py"] = b"def test_one():\n    assert True\n"
    return files

def fast_import_stream(i, files):
    out, paths, mark = [], [], 1
    content = dict(ossr_files(i))
    for n in range(files):
        content[b"src/pkg%02d/module%04d.py" % (n % 10, n)] = b"value = %d\n" % n * (1 + n % 5)
    for path, data in sorted(content.items()):
        out.append(b"blob\nmark :%d\ndata %d\n%s\n" % (mark, len(data), data))
        paths.append((path, mark))
        mark += 1
    out.append(b"commit refs/heads/main\nmark :%d\ncommitter Bench <bench@example.org> 1700000000 +0000\ndata 6\nfirst\n" % mark)
    for path, m in paths:
        out.append(b"M 100644 :%d %s\n" % (m, path))
    out.append(b"\n")
    if i % 3 == 0:
        out.append(b"reset refs/tags/v1.0.0\nfrom :%d\n\n" % mark)
    return b"".join(out)

def make_set(work, count, files):
    folder = os.path.join(work, "set-%d-%d" % (count, files))
    done = os.path.join(folder, ".complete")
    if os.path.exists(done):
        return folder
    os.makedirs(folder, exist_ok=True)
    for i in range(count):
        path = os.path.join(folder, "project-%03d.git" % i)
        if os.path.isdir(path):
            continue
        # Loose objects and a fast-import pack as they come: no gc or repack, whose /dev/null
        # input is a regular file with junk on some machines.
        subprocess.run(["git", "init", "-q", "--bare", "-b", "main", path], check=True)
        subprocess.run(["git", "-C", path, "fast-import", "--quiet"], input=fast_import_stream(i, files), check=True)
    open(done, "w").close()
    return folder

def run_once(command):
    """Wall time, processor time (user and system, all threads) and peak resident memory (MB)
    of one run."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit("%s exited with %d" % (" ".join(command), code))
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024

def measure(commands, runs):
    """The commands in turn, `runs` rounds (a shared machine's drift falls on all alike), after
    one warm-up round; of each, the median and minimum wall time, the median processor time
    (which tells a slow parallel run on a busy machine from one that does more work) and the
    peak memory."""
    for command in commands:
        run_once(command)
    times = [[] for _ in commands]
    cpus = [[] for _ in commands]
    peaks = [0.0 for _ in commands]
    for _ in range(runs):
        for index, command in enumerate(commands):
            elapsed, cpu, peak = run_once(command)
            times[index].append(elapsed)
            cpus[index].append(cpu)
            peaks[index] = max(peaks[index], peak)
    return [(statistics.median(t), min(t), statistics.median(c), p) for t, c, p in zip(times, cpus, peaks)]

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/release/ossrlint")
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--work", default="/tmp/ossrlint-bench-scan")
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    binary = os.path.abspath(args.binary)
    folder = make_set(args.work, args.count, args.files)
    table = os.path.join(args.work, "scan.json")
    one = os.path.join(folder, "project-000.git")
    commands = [
        ("scan --jobs 1", [binary, "scan", "--folder", folder, "--jobs", "1", "--format", "json=" + table]),
        ("scan --jobs %d" % args.jobs, [binary, "scan", "--folder", folder, "--jobs", str(args.jobs), "--format", "json=" + table]),
        ("check (one process, one repository)", [binary, "check", "--format", "json", "--fail-on", "never", one]),
    ]
    results = measure([command for _, command in commands], args.runs)
    print("%d repositories of %d files (+ OSSR files), %d processors, %d rounds" % (args.count, args.files, os.cpu_count() or 1, args.runs))
    print("%-40s %10s %10s %10s %8s" % ("command", "median ms", "min ms", "cpu ms", "peak MB"))
    for (label, _), (median, minimum, cpu, peak) in zip(commands, results):
        print("%-40s %10.1f %10.1f %10.1f %8.1f" % (label, median * 1e3, minimum * 1e3, cpu * 1e3, peak))
    print("machine load (1 min) at the end: %.2f on %d processors" % (os.getloadavg()[0], os.cpu_count() or 1))
    serial, parallel, check = results[0][0], results[1][0], results[2][0]
    print("speed-up with %d jobs: %.2fx (median), %.2fx (min)" % (args.jobs, serial / parallel, results[0][1] / results[1][1]))
    print("per repository: scan --jobs 1 %.1f ms, scan --jobs %d %.1f ms, one check process %.1f ms (min %.1f)"
          % (serial / args.count * 1e3, args.jobs, parallel / args.count * 1e3, check * 1e3, results[2][1] * 1e3))
    print("a check process per repository, one after another, would take about %.0f ms for the set (%.1fx the one-thread scan)"
          % (check * args.count * 1e3, check * args.count / serial))

if __name__ == "__main__":
    main()
