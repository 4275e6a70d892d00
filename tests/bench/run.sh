#!/usr/bin/env bash
# Times `contradictions check` on a generated corpus against the floor of merely finding the pack's trigger terms
# with ripgrep, in the same run on the same files, and prints one line with the figures and their ratio.
#
#   tests/bench/run.sh [SIZE] [FOLDER]     SIZE: 100MB (default), 1GB, ...; FOLDER keeps the tool and corpus between runs
#   FORMATS="json sarif html" tests/bench/run.sh 1GB    the other reports whose peak RSS is measured (default: json)
#
# The corpus folder may be a symbolic link to one generated before: `find -L` follows it.
#
# Needs only the .NET SDK: ripgrep and GNU time come from Debian's packages when missing.
set -euo pipefail
cd "$(dirname "$0")/../.."

size="${1:-100MB}"
work="${2:-${TMPDIR:-/tmp}/contradictions-bench}"
mkdir -p "$work"

if ! command -v rg >/dev/null || [[ ! -x /usr/bin/time ]]; then
  sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq ripgrep time >/dev/null
fi

# The framework-dependent tool compiled ahead of time (ReadyToRun), as the README's throughput figures were measured
# (the native tool, which linux-x64 users install, is timed for start-up by startup.sh).
dotnet publish src/Contradictions.Cli -c Release -r linux-x64 -p:PublishAot=false --self-contained false -p:PublishReadyToRun=true -o "$work/tool" -v q -nologo >/dev/null
dotnet build tests/Contradictions.Benchmarks -c Release -v q -nologo >/dev/null

corpus="$work/corpus-$size"
if [[ ! -f "$corpus/planted.tsv" ]]; then
  dotnet tests/Contradictions.Benchmarks/bin/Release/net10.0/Contradictions.Benchmarks.dll generate --size "$size" --output "$corpus" >&2
fi

files=$(find -L "$corpus" -name '*.txt' | wc -l)
bytes=$(find -L "$corpus" -name '*.txt' -print0 | du -cbL --files0-from=- | tail -1 | cut -f1)
# Both read from the page cache: read everything once before timing either.
find -L "$corpus" -name '*.txt' -print0 | xargs -0 cat >/dev/null

set +e
/usr/bin/time -f "%e %U %M" -o "$work/check.time" "$work/tool/Contradictions.Cli" check "$corpus" >"$work/report.txt" 2>"$work/check.err"
status=$?
# The other reports of the same check: their peak RSS, since a writer that holds the whole document shows there first.
others=""
other_status=0
for format in ${FORMATS:-json}; do
  /usr/bin/time -f "%e %U %M" -o "$work/$format.time" "$work/tool/Contradictions.Cli" check "$corpus" --format "$format" >"$work/report.$format" 2>>"$work/check.err"
  code=$?
  if [[ $code -gt 1 || ! -s "$work/report.$format" ]]; then other_status=$(( code > 1 ? code : 2 )); echo "--format $format failed with exit code $code" >&2; fi
  read -r _ _ rss < <(tail -1 "$work/$format.time")
  others="$others${others:+, }$format $(( rss / 1024 )) MB"
done
/usr/bin/time -f "%e %U %M" -o "$work/rg.time" rg -L -c -i -F -f "$corpus/trigger-terms.lst" -g '*.txt' "$corpus" >/dev/null
set -e
if [[ $status -gt 1 || ! -s "$work/report.txt" || $other_status -ne 0 ]]; then
  echo "check failed with exit code $status (text), $other_status (other formats):" >&2
  cat "$work/check.err" >&2
  exit $(( status > 1 ? status : 2 ))
fi

# GNU time puts "Command exited with non-zero status 1" first when there are findings.
read -r check_wall check_user check_rss < <(tail -1 "$work/check.time")
read -r rg_wall rg_user _ < <(tail -1 "$work/rg.time")
summary=$(tail -1 "$work/report.txt")
awk -v size="$size" -v files="$files" -v bytes="$bytes" -v cw="$check_wall" -v cu="$check_user" -v rss="$check_rss" -v others="$others" \
    -v rw="$rg_wall" -v ru="$rg_user" -v cores="$(nproc)" -v summary="$summary" 'BEGIN {
  floor = rw > 0.01 ? rw : 0.01
  printf "%s: %d files, %.1f MB on %d cores | check %.2f s wall, %.2f s user, %.1f MB/s, peak RSS %d MB (%s) | rg floor %.2f s wall, %.2f s user | ratio %.1fx (target 15x) | %s\n",
    size, files, bytes / 1e6, cores, cw, cu, bytes / 1e6 / (cw > 0 ? cw : 0.01), rss / 1024, others, rw, ru, cw / floor, summary
}'
