#!/usr/bin/env bash
# Times whole edureport processes and prints a Markdown table of the results.
#
# Jobs: the report on OULAD as HTML and as HTML plus PDF, the HTML report on generated data 1, 10
# and 100 times the size of OULAD, and the template-only re-render of watch mode
# (docs/benchmarks/watch_latency.py). Each job runs several times. The table gives the minimum,
# median and maximum wall time and the largest peak resident set of the runs, both measured by
# GNU time. Run with --help for the options.
set -euo pipefail

usage() {
    cat <<'EOF'
Usage: benchmarks/run.sh [options] [OULAD_DIR]

OULAD_DIR is the folder of the OULAD CSV files; default: $EDUREPORT_OULAD_DIR.

Options:
  -n, --runs N        Runs of each job (default 5).
  --runs-100x N       Runs of the 100x job (default: the value of --runs).
  --skip-100x         Leave out the 100x job, which takes minutes and about 600 MB of disk.
  --skip-pdf          Leave out the HTML plus PDF job, which needs Chromium.
  --data-root DIR     Where generated data are written and reused on later runs
                      (default: ${TMPDIR:-/tmp}/edureport-bench-data).
  --watch-runs N      Template edits timed in watch mode (default 20).
  --lang ru|en        Report language (default ru).
  -h, --help          Show this help.

Chromium for the PDF: $PUPPETEER_EXECUTABLE_PATH, else /usr/bin/chromium.
EOF
}

fail() {
    echo "run.sh: $*" >&2
    exit 1
}

# OULAD's size, which the generated data multiply: 28,785 students.
readonly OULAD_STUDENTS=28785
readonly REPORT_DATE=2026-12-04

runs=5
runs_100x=
skip_100x=false
skip_pdf=false
data_root="${TMPDIR:-/tmp}/edureport-bench-data"
watch_runs=20
lang=ru
oulad="${EDUREPORT_OULAD_DIR:-}"

while [[ $# -gt 0 ]]; do
    case "$1" in
        -n | --runs) runs="$2"; shift 2 ;;
        --runs-100x) runs_100x="$2"; shift 2 ;;
        --skip-100x) skip_100x=true; shift ;;
        --skip-pdf) skip_pdf=true; shift ;;
        --data-root) data_root="$2"; shift 2 ;;
        --watch-runs) watch_runs="$2"; shift 2 ;;
        --lang) lang="$2"; shift 2 ;;
        -h | --help) usage; exit 0 ;;
        -*) usage >&2; fail "unknown option: $1" ;;
        *) oulad="$1"; shift ;;
    esac
done
runs_100x="${runs_100x:-$runs}"

for count in "$runs" "$runs_100x" "$watch_runs"; do
    [[ "$count" =~ ^[1-9][0-9]*$ ]] || fail "the number of runs must be a positive integer, got '$count'."
done

# Check every prerequisite before the build, so that a missing one fails within seconds.
[[ -n "$oulad" ]] || fail "the OULAD folder is not set. Pass it as an argument or set EDUREPORT_OULAD_DIR."
for file in courses.csv assessments.csv studentAssessment.csv studentRegistration.csv; do
    [[ -f "$oulad/$file" ]] || fail "$oulad/$file not found. Pass the folder of the OULAD CSV files."
done
oulad="$(cd "$oulad" && pwd)"

chromium="${PUPPETEER_EXECUTABLE_PATH:-/usr/bin/chromium}"
if [[ "$skip_pdf" == false && ! -x "$chromium" ]]; then
    fail "Chromium not found at $chromium. Set PUPPETEER_EXECUTABLE_PATH, or pass --skip-pdf."
fi
[[ -x /usr/bin/time ]] || fail "/usr/bin/time (GNU time) not found. Install it, for example with apt-get install time."
command -v python3 >/dev/null || fail "python3 not found; it computes the statistics and runs watch_latency.py."
command -v dotnet >/dev/null || fail "dotnet not found; install the .NET SDK named in global.json."

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/edureport-bench.XXXXXX")"
binary="$work/publish/edureport"
trap 'rm -rf "$work"' EXIT
timings="$work/timings.tsv"

# Other work on the machine stretches the timings, so the load average is printed with the table.
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"

# A ReadyToRun publish, as a scheduled run would use: precompiled code saves most of the JIT
# compilation that a short-lived process otherwise spends on every start.
echo "Publishing the command-line tool in Release with ReadyToRun..." >&2
dotnet publish "$root/src/EduReport.Cli" -c Release --use-current-runtime --self-contained false \
    -p:PublishReadyToRun=true -o "$work/publish" --nologo -v quiet >"$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; fail "the Release publish failed."; }

# Writes a sample of SCALE times OULAD's students into the data root, unless an earlier run did.
# The generator writes into a .partial folder that is renamed when it finishes, so an interrupted
# run is never reused.
generate_sample() {
    local scale="$1"
    local students=$((OULAD_STUDENTS * scale))
    local folder="$data_root/oulad-x$scale-students-$students-seed-1"
    if [[ ! -d "$folder" ]]; then
        echo "Generating $students students (${scale}x OULAD) into $folder..." >&2
        rm -rf "$folder.partial"
        mkdir -p "$data_root"
        "$binary" sample --out "$folder.partial" --students "$students" --seed 1 >&2
        mv "$folder.partial" "$folder"
    fi
    echo "$folder"
}

# Runs `edureport report` COUNT times with the given options and appends one line per run to the
# timings file: the job name, the wall time in seconds and the peak resident set in KiB.
# The working folder is empty, so no ./templates or edureport.json of the caller applies.
time_report() {
    local job="$1" count="$2"
    shift 2
    local run seconds kib
    for ((run = 1; run <= count; run++)); do
        echo "$job: run $run of $count" >&2
        rm -rf "$work/out"
        if ! (cd "$work" && /usr/bin/time -f '%e %M' -o "$work/time" \
            "$binary" report --out "$work/out" --lang "$lang" --date "$REPORT_DATE" "$@" >"$work/report.log" 2>&1); then
            cat "$work/report.log" "$work/time" >&2
            fail "$job failed on run $run."
        fi
        # With -o, GNU time writes only the formatted line when the command succeeds.
        read -r seconds kib <"$work/time"
        printf '%s\t%s\t%s\n' "$job" "$seconds" "$kib" >>"$timings"
    done
}

time_report "OULAD, HTML" "$runs" --data "$oulad" --format html
if [[ "$skip_pdf" == false ]]; then
    time_report "OULAD, HTML and PDF" "$runs" --data "$oulad" --format html,pdf --chromium "$chromium"
fi

scales=(1 10)
[[ "$skip_100x" == true ]] || scales+=(100)
for scale in "${scales[@]}"; do
    folder="$(generate_sample "$scale")"
    count="$runs"
    [[ "$scale" != 100 ]] || count="$runs_100x"
    time_report "${scale}x OULAD generated ($((OULAD_STUDENTS * scale)) students), HTML" "$count" --data "$folder" --format html
done

echo "Watch mode: timing $watch_runs template edits on OULAD..." >&2
python3 "$root/docs/benchmarks/watch_latency.py" --data "$oulad" --runs "$watch_runs" --lang "$lang" \
    --program "$binary" | tee "$work/watch.log" >&2

python3 - "$timings" "$work/watch.log" "$runs" <<'EOF'
import re
import statistics
import sys

timings, watch_log, runs = sys.argv[1], sys.argv[2], sys.argv[3]

jobs = {}
with open(timings, encoding="utf-8") as lines:
    for line in lines:
        job, seconds, kib = line.rstrip("\n").split("\t")
        jobs.setdefault(job, []).append((float(seconds), int(kib)))

print("| job | runs | min | median | max | peak RSS |")
print("|---|---:|---:|---:|---:|---:|")
for job, values in jobs.items():
    seconds = sorted(s for s, _ in values)
    peak_mib = max(k for _, k in values) / 1024
    print(f"| {job} | {len(seconds)} | {seconds[0]:.2f} s | {statistics.median(seconds):.2f} s "
          f"| {seconds[-1]:.2f} s | {peak_mib:,.0f} MiB |")

# watch_latency.py ends with a line such as "all edits: n=20 min=41 ms median=50 ms p90=54 ms max=59 ms".
with open(watch_log, encoding="utf-8") as log:
    match = re.search(r"^all edits: n=(\d+) min=(\d+) ms median=(\d+) ms p90=\d+ ms max=(\d+) ms", log.read(), re.M)
if match is None:
    sys.exit("run.sh: the summary line of watch_latency.py was not found in its output.")
n, low, middle, high = match.groups()
print(f"| OULAD, template-only re-render in watch mode (edits) | {n} | {low} ms | {middle} ms | {high} ms | - |")
EOF

echo
echo "Wall time and peak resident set from GNU time (/usr/bin/time -f '%e %M'). The peak is that of the"
echo "largest single process, so the PDF job's figure is not the sum of edureport's and Chromium's."
echo "Commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown), $(nproc) cores," \
    ".NET $(dotnet --version), $(date -u +%Y-%m-%d). Load average (1, 5, 15 min) before: $load_before," \
    "after: $(cut -d' ' -f1-3 /proc/loadavg)."
