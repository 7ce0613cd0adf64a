#!/usr/bin/env bash
# Runs the whole test suite from a fresh clone: restores, builds (warnings are errors) and runs every test project.
# Needs only the .NET SDK (and, for later suites, Node/npm); installs anything else the tests use.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

echo "== test tools (npm: Azurite, MailDev, playwright-core, axe-core)"
npm ci --no-audit --no-fund --loglevel=error

if ! command -v chromium >/dev/null 2>&1; then
  echo "== Chromium (Debian package) for the report accessibility tests"
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium is missing and cannot be installed here (needs root and apt-get); install the 'chromium' package." >&2
    exit 1
  fi
fi

echo "== restore and build (the Functions app included)"
# The Functions SDK restores and builds a generated WorkerExtensions project of its own; the NU1603 warnings it raises
# there are allowed in src/ScrutinyReports.Functions/ScrutinyReports.Functions.csproj, and nowhere else.
dotnet build ScrutinyReports.sln --configuration Release -warnaserror -nologo -v:q

status=0
passed=0
failed=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for project in tests/*.Tests/*.Tests.csproj; do
  echo "== test $(basename "$project" .csproj)"
  dotnet test "$project" --configuration Release --no-build -nologo --logger "console;verbosity=minimal" | tee "$log" || status=1
  summary=$(grep -E '(Passed|Failed)!  - Failed:' "$log" | tail -n 1 || true)
  if [ -z "$summary" ]; then
    echo "No test summary from $project." >&2
    status=1
    continue
  fi
  failed=$((failed + $(sed -E 's/.*Failed: *([0-9]+).*/\1/' <<<"$summary")))
  passed=$((passed + $(sed -E 's/.*Passed: *([0-9]+).*/\1/' <<<"$summary")))
done

echo "$passed passed, $failed failed"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ]; then
  exit 1
fi
