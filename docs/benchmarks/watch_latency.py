#!/usr/bin/env python3
"""Measure how long `edureport report --watch` takes to rewrite report.html after a template or CSS edit.

The script copies the template set to a temporary folder and starts watch mode on it. Each run appends
a unique comment to a section template or to style.css, then polls report.html every 2 ms until the
comment appears in it. The latency is the time from the end of the write to the comment
appearing in the file, so it includes the file-system notification, the watcher's quiet period, the
rendering and the atomic write.

Usage: python3 docs/benchmarks/watch_latency.py [--data DIR] [--runs N] [--lang ru|en] [--program PATH]
Build first (dotnet build); the script runs src/EduReport.Cli/bin/Debug/net10.0/edureport.dll unless
--program names another build, such as the Release executable that benchmarks/run.sh times.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROGRAM = os.path.join(ROOT, "src", "EduReport.Cli", "bin", "Debug", "net10.0", "edureport.dll")


def wait_for(path, marker, timeout):
    """Return the time when `marker` appears in the file at `path`, polling every 2 ms."""
    deadline = time.perf_counter() + timeout
    last_stat = None
    while time.perf_counter() < deadline:
        try:
            stat = os.stat(path)
            key = (stat.st_mtime_ns, stat.st_size, stat.st_ino)
            if key != last_stat:
                last_stat = key
                with open(path, encoding="utf-8") as report:
                    if marker in report.read():
                        return time.perf_counter()
        except FileNotFoundError:
            pass
        time.sleep(0.002)
    raise TimeoutError(f"{marker} did not appear in {path} within {timeout} s")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default=os.environ.get("EDUREPORT_OULAD_DIR", os.path.join(ROOT, "data", "sample")))
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--lang", default="ru")
    parser.add_argument("--program", default=PROGRAM,
                        help="the edureport executable, or an edureport.dll to run with dotnet")
    args = parser.parse_args()
    command = ["dotnet", args.program] if args.program.endswith(".dll") else [args.program]

    work = tempfile.mkdtemp(prefix="edureport-watch-")
    templates = os.path.join(work, "templates")
    output = os.path.join(work, "out")
    shutil.copytree(os.path.join(ROOT, "templates"), templates)
    report = os.path.join(output, "report.html")
    log = open(os.path.join(work, "watch.log"), "w", encoding="utf-8")
    process = subprocess.Popen(
        command + ["report", "--watch", "--format", "html", "--data", args.data, "--out", output,
         "--templates", templates, "--lang", args.lang, "--date", "2026-12-04"],
        stdout=log, stderr=log)
    try:
        start = time.perf_counter()
        wait_for(report, "</html>", timeout=300)
        print(f"first report written after {time.perf_counter() - start:.1f} s (load, analysis, charts)")

        targets = [("sections/Summary.sbn-html", "<!-- {} -->\n"), ("style.css", "/* {} */\n")]
        latencies = {name: [] for name, _ in targets}
        for run in range(args.runs):
            name, comment = targets[run % len(targets)]
            marker = f"watch-latency-{run}"
            with open(os.path.join(templates, name), "a", encoding="utf-8") as template:
                template.write(comment.format(marker))
            written = time.perf_counter()
            latencies[name].append((wait_for(report, marker, timeout=10) - written) * 1000)
            time.sleep(0.2)

        everything = [ms for values in latencies.values() for ms in values]
        for name, values in list(latencies.items()) + [("all edits", everything)]:
            values = sorted(values)
            p90 = values[min(len(values) - 1, int(round(0.9 * (len(values) - 1))))]
            print(f"{name}: n={len(values)} min={values[0]:.0f} ms median={statistics.median(values):.0f} ms "
                  f"p90={p90:.0f} ms max={values[-1]:.0f} ms")
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
