#!/usr/bin/env bash
# Runs the same commands with two builds of the tool, normally the native one and the framework-dependent one, and
# compares what each writes to stdout and stderr and its exit code, byte for byte. The native tool reads YAML through
# the same reflection as the other, over only the types YamlShapes keeps: a shape left out shows here as a difference.
#
#   tests/native/same-output.sh NATIVE_TOOL REFERENCE_TOOL...      e.g. tool/Contradictions.Cli dotnet src/.../Contradictions.Cli.dll
#
# Prints one line per command and a last line "same-output: N passed, N failed"; exits 1 on any difference.
set -uo pipefail
cd "$(dirname "$0")/../.."

native="$1"
shift
reference=("$@")
work="$(mktemp -d)"
bad_pack="$work/bad-pack"
mkdir -p "$bad_pack/conflicts"
# A pack with a typo in a key and a rule of an unknown kind: its diagnostics (CTR1xx, CTR2xx) name file, line and column.
printf 'name: bad\nentities:\n  - id: x\n    nmae: X\n' >"$bad_pack/pack.yaml"
printf 'kind: exclusive-valeus\npredicate: approval\n' >"$bad_pack/conflicts/bad.yaml"

commands=(
  "check seeds"
  "check seeds --format json"
  "check seeds --format markdown"
  "check seeds/000_f296d20b4c3e95dc.txt"
  "extract seeds --format yaml"
  "check-pack rules"
  "check-pack $bad_pack"
  "test-pack"
  "check seeds --formt html"
)

passed=0
failed=0
for command in "${commands[@]}"; do
  read -ra words <<<"$command"
  "$native" "${words[@]}" >"$work/native.out" 2>"$work/native.err"
  echo "exit $?" >>"$work/native.err"
  "${reference[@]}" "${words[@]}" >"$work/reference.out" 2>"$work/reference.err"
  echo "exit $?" >>"$work/reference.err"
  if cmp -s "$work/native.out" "$work/reference.out" && cmp -s "$work/native.err" "$work/reference.err"; then
    passed=$((passed + 1))
    echo "same output: $command"
  else
    failed=$((failed + 1))
    echo "DIFFERENT output: $command" >&2
    diff "$work/reference.out" "$work/native.out" | head -20 >&2
    diff "$work/reference.err" "$work/native.err" | head -20 >&2
  fi
done
rm -rf "$work"
echo "same-output: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
