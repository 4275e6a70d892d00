#!/usr/bin/env bash
# Times the start-up of `contradictions check` on one seed article with the default pack: the native tool (what
# `dotnet tool install` gives on linux-x64) against the framework-dependent one compiled ReadyToRun (what other
# platforms get), and splits each into runtime start (`--version`), pack load (a one-line file, less `--version`) and
# the article's own work (the article, less the one-line file). Prints one line with the medians.
#
#   tests/bench/startup.sh [RUNS] [FOLDER]     RUNS: timed runs of each command (default 30); FOLDER keeps the tools
#
# Needs only the .NET SDK: hyperfine comes from Debian's packages when missing, the native compiler's clang and zlib too.
set -euo pipefail
cd "$(dirname "$0")/../.."

runs="${1:-30}"
work="${2:-${TMPDIR:-/tmp}/contradictions-startup}"
mkdir -p "$work"

missing=()
command -v hyperfine >/dev/null || missing+=(hyperfine)
command -v clang >/dev/null || missing+=(clang)
[[ -f /usr/include/zlib.h ]] || missing+=(zlib1g-dev)
if [[ ${#missing[@]} -gt 0 ]]; then
  sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  $sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

dotnet publish src/Contradictions.Cli -c Release -r linux-x64 -o "$work/native" -v q -nologo >/dev/null
dotnet publish src/Contradictions.Cli -c Release -r linux-x64 -p:PublishAot=false --self-contained false -p:PublishReadyToRun=true -o "$work/jit" -v q -nologo >/dev/null

article=seeds/000_f296d20b4c3e95dc.txt
echo "Ketamine is a medicine." >"$work/one-line.txt"

# Median wall time in ms of one command, the exit code ignored (findings give 1).
median() {
  hyperfine -N --warmup 3 --runs "$runs" --ignore-failure --export-json "$work/run.json" "$*" >/dev/null 2>&1
  grep -o '"median": *[0-9.e-]*' "$work/run.json" | head -1 | awk '{ printf "%.0f", $2 * 1000 }'
}

line=""
for tool in native jit; do
  exe="$work/$tool/Contradictions.Cli"
  start=$(median "$exe" --version)
  fixed=$(median "$exe" check "$work/one-line.txt")
  whole=$(median "$exe" check "$article")
  line+="$tool: check one article ${whole} ms (runtime ${start}, pack $((fixed - start)), article $((whole - fixed))) | "
done
echo "startup: ${line}median of $runs runs each on $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg), target 250 ms"
