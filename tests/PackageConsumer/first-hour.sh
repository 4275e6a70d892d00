#!/usr/bin/env bash
# Follows src/Contradictions.Testing/README.md word for word in a new folder, as someone new to the package would:
# runs its shell blocks line by line, writes its C# block as the test, and checks that each `dotnet test` fails or
# passes as its comment says. Then it moves the articles away and checks that the test fails loudly, naming the
# missing folder, and offers no snapshot. One substitution: `dotnet add package` gets `--version VERSION`, the version
# just packed (an untagged clone packs a prerelease, which `dotnet add package` takes only when named).
# Usage: first-hour.sh VERSION PACKAGES-FOLDER RESULTS-FOLDER. Ends with "first-hour: N passed, N failed".
set -uo pipefail
version="$1"
packages="$(cd "$2" && pwd)"
results="$3"
here="$(cd "$(dirname "$0")" && pwd)"
readme="$here/../../src/Contradictions.Testing/README.md"
work="$(mktemp -d)"
passed=0
failed=0
ok() { echo "first-hour: ok: $1"; passed=$((passed + 1)); }
bad() { echo "first-hour: FAILED: $1" >&2; failed=$((failed + 1)); }

# The fenced blocks of the README, in order: block N of language L is block "L N".
block() {
  awk -v lang="$1" -v want="$2" '
    /^```/ { if (inside) { inside = 0; next } if ($0 == "```" lang) { n++; inside = (n == want); next } }
    inside { print }' "$readme"
}

# The folder's own nuget.config adds the packed packages to the usual feed, as a user's machine has nuget.org.
cat >"$work/nuget.config" <<CONFIG
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="artifacts" value="$packages" />
  </packageSources>
</configuration>
CONFIG

# Runs one README line in the project folder; `dotnet test` is checked against its comment ("fails" or "passes").
run_line() {
  local line="$1" command expect output status
  command="${line%%#*}"
  command="${command%"${command##*[![:space:]]}"}"
  [[ -n $command ]] || return 0
  if [[ $command == "dotnet add package Contradictions.Testing" ]]; then
    command="$command --version $version"
  fi
  if [[ $command == "dotnet test" ]]; then
    expect=passes
    [[ $line == *"# fails"* ]] && expect=fails
    output=$(cd "$work/$project" && dotnet test --logger "trx;LogFileName=first-hour-$expect.trx" --results-directory "$results" 2>&1)
    status=$?
    if [[ $expect == fails && $status -ne 0 && $output == *"no verified snapshot yet"* ]]; then
      ok "the first 'dotnet test' fails with 'no verified snapshot yet'"
      rm -f "$results/first-hour-fails.trx"
    elif [[ $expect == passes && $status -eq 0 ]]; then
      ok "'dotnet test' passes after accepting the snapshot"
    else
      bad "'dotnet test' (expected to $expect) exited $status:"
      echo "$output" | tail -30 >&2
    fi
    return 0
  fi
  if (cd "$work/${project:-.}" && eval "$command") >"$work/last.log" 2>&1; then
    [[ $command == cd\ * ]] && project="${command#cd }"
  else
    bad "'$command' failed:"
    tail -30 "$work/last.log" >&2
  fi
}

project=""
while IFS= read -r line; do run_line "$line"; done < <(block sh 1)
[[ -d "$work/$project/articles" ]] && ok "the project and its articles folder exist" || bad "no articles folder in $work/$project"
cp "$here/articles/"* "$work/$project/articles/"
block csharp 1 >"$work/$project/ArticleTests.cs"
while IFS= read -r line; do run_line "$line"; done < <(block sh 2)

# A missing folder fails at once, names it, and leaves no received file to accept.
mv "$work/$project/articles" "$work/$project/articles.away"
output=$(cd "$work/$project" && dotnet test 2>&1)
status=$?
if [[ $status -ne 0 && $output == *"articles"*"no such file or folder"* && -z $(find "$work/$project" -name '*.received.txt') ]]; then
  ok "a missing articles folder fails, naming it, and offers no snapshot"
else
  bad "a missing articles folder: exit $status, received files: $(find "$work/$project" -name '*.received.txt')"
  echo "$output" | tail -30 >&2
fi

echo "first-hour: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
