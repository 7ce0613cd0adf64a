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

echo "== restore and build"
dotnet build ScrutinyReports.sln --configuration Release -warnaserror -nologo -v:q

# The Functions app is not in the solution: its packages come from nuget.org and may be missing from the package
# source a machine has. Build it when they restore; otherwise say so in one line and carry on.
echo "== Functions app (src/ScrutinyReports.Functions)"
functions_restore_status=0
functions_restore_log=$(timeout 180 dotnet restore src/ScrutinyReports.Functions -nologo -v:q 2>&1) || functions_restore_status=$?
if [ "$functions_restore_status" -eq 0 ]; then
  dotnet build src/ScrutinyReports.Functions --configuration Release --no-restore -warnaserror -nologo -v:q
elif [ "$functions_restore_status" -eq 124 ]; then
  echo "Functions project skipped: restoring its packages (Microsoft.Azure.Functions.Worker and its extensions) timed out after 180 s."
else
  # Name the packages that are missing outright (NU1101/NU1102) before any version mismatch.
  reason=$( { grep -oE 'NU110[12]: Unable to find package [^ ]+' <<<"$functions_restore_log" || true; } | sed -E 's/.*Unable to find package //; s/\.$//' | sort -u | paste -sd, - | sed 's/,/, /g')
  if [ -n "$reason" ]; then
    reason="not found: $reason"
  else
    reason=$(grep -m 1 -oE 'NU1[0-9]{3}: [^[]*' <<<"$functions_restore_log" | sed -E 's/ +$//' || true)
  fi
  echo "Functions project skipped: its packages are not available from this machine's package source (${reason:-dotnet restore failed})."
fi

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
