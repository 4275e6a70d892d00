#!/usr/bin/env bash
# Coverage-guided fuzzing of the readers of untrusted input with afl++ and SharpFuzz, for a bounded time.
#   tests/fuzz/run.sh TARGET|all SECONDS [WORK]
# TARGET is text, markdown, html, sidecar, pack or jsonl. For each: the committed inputs (corpus/ and regressions/)
# run through the plain build with no fuzzer, then afl-fuzz starts from corpus/TARGET for SECONDS seconds on a build
# whose Contradictions, YamlDotNet, Markdig and AngleSharp assemblies SharpFuzz has instrumented. Installs afl++
# (Debian) and the sharpfuzz tool (NuGet) when they are missing. Findings stay in WORK (a new temporary folder by
# default): WORK/TARGET/default/crashes/ holds any crashing input, to replay with
#   dotnet WORK/plain/Contradictions.Fuzz.dll TARGET WORK/TARGET/default/crashes/
# Prints one line per target, "fuzz TARGET: passed (...)" or "fuzz TARGET: failed (...)"; exits 1 if any failed.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
all=(text markdown html sidecar pack jsonl)
[[ $# -ge 2 && $2 =~ ^[0-9]+$ ]] || { echo "usage: $0 TARGET|all SECONDS [WORK]; targets: ${all[*]}" >&2; exit 2; }
if [[ $1 == all ]]; then targets=("${all[@]}"); else targets=("$1"); fi
seconds=$2
work="${3:-$(mktemp -d)}"
mkdir -p "$work"

if ! command -v afl-fuzz >/dev/null 2>&1; then
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++; } >/dev/null 2>&1 \
    || { echo "fuzz: afl++ could not be installed" >&2; exit 1; }
fi
tools="$work/tools"
if [[ ! -x $tools/sharpfuzz ]]; then
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools" >/dev/null \
    || { echo "fuzz: the sharpfuzz tool could not be installed" >&2; exit 1; }
fi

# Two copies of one build: the plain one replays inputs (instrumented code crashes when no fuzzer has set up afl's
# shared memory), the instrumented one runs under afl-fuzz.
dotnet build "$here/Contradictions.Fuzz.csproj" -c Release -v q -o "$work/plain" >"$work/build.log" 2>&1 \
  || { cat "$work/build.log" >&2; echo "fuzz: the fuzz project does not build" >&2; exit 1; }
rm -rf "$work/instrumented" && cp -r "$work/plain" "$work/instrumented"
for assembly in Contradictions.dll Contradictions.Cli.dll YamlDotNet.dll Markdig.dll AngleSharp.dll; do
  "$tools/sharpfuzz" "$work/instrumented/$assembly" || { echo "fuzz: sharpfuzz could not instrument $assembly" >&2; exit 1; }
done

# afl++ checks that the binary is instrumented (dotnet is not; the assemblies are), wants a CPU core of its own and
# a core_pattern it can see crashes through; none of that holds on a shared CI machine, and none is needed here.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
export AFL_FORKSRV_INIT_TMOUT=60000 # dotnet starts slowly on a loaded machine

status=0
for target in "${targets[@]}"; do
  [[ -d $here/corpus/$target ]] || { echo "fuzz $target: failed (no such target; targets: ${all[*]})"; status=1; continue; }
  replay="$(dotnet "$work/plain/Contradictions.Fuzz.dll" "$target" "$here/corpus/$target" "$here/regressions/$target" 2>&1)"
  replay_status=$?
  [[ $replay_status -eq 0 ]] || echo "$replay" >&2
  replay_line="$(tail -1 <<<"$replay")"

  rm -rf "$work/$target"
  # -t 10000+: an input that takes 10 s is a hang, saved apart from crashes; a slow seed is skipped, not fatal.
  timeout $((seconds + 120)) afl-fuzz -i "$here/corpus/$target" -o "$work/$target" -V "$seconds" -t 10000+ -m none \
    -- dotnet "$work/instrumented/Contradictions.Fuzz.dll" "$target" >"$work/$target.log" 2>&1
  stats="$work/$target/default/fuzzer_stats"
  if [[ ! -f $stats ]]; then
    tail -20 "$work/$target.log" >&2
    echo "fuzz $target: failed (afl-fuzz did not run; $replay_line)"
    status=1
    continue
  fi
  stat() { sed -nE "s/^$1 *: *([0-9]+).*/\1/p" "$stats"; }
  crashes="$(stat saved_crashes)"; crashes="${crashes:-$(stat unique_crashes)}"
  summary="$(stat execs_done) inputs in $(stat run_time) s, $(stat corpus_count) in the corpus, ${crashes:-?} crashes, $(stat saved_hangs) hangs; $replay_line"
  if [[ $replay_status -eq 0 && ${crashes:-1} -eq 0 ]]; then
    echo "fuzz $target: passed ($summary)"
  else
    [[ ${crashes:-1} -eq 0 ]] || echo "crashing inputs: $work/$target/default/crashes/" >&2
    echo "fuzz $target: failed ($summary)"
    status=1
  fi
done
exit $status
