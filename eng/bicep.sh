#!/usr/bin/env bash
# Builds and lints every Bicep file in infra/ with the Bicep CLI from the NuGet package
# Azure.Bicep.CommandLine.linux-x64 (pinned in eng/bicep/bicep.proj), so that it needs no network beyond the package
# source. Fails on any error or warning. Prints the path of the compiled ARM template (main.json) on standard output;
# everything else goes to standard error.
#
#   eng/bicep.sh [OUTDIR]       OUTDIR defaults to a new temporary folder
#   BICEP=/path/to/bicep ...    use that binary instead of restoring the package
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
outdir="${1:-$(mktemp -d)}"
mkdir -p "$outdir"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

bicep="${BICEP:-}"
if [ -z "$bicep" ]; then
  version=$(sed -nE 's/.*Azure\.Bicep\.CommandLine\.linux-x64" Version="\[([^]]+)\]".*/\1/p' "$root/eng/bicep/bicep.proj")
  packages=$(dotnet nuget locals global-packages --list | sed -E 's/^global-packages: *//')
  bicep="$packages/azure.bicep.commandline.linux-x64/$version/tools/bicep"
  if [ ! -f "$bicep" ]; then
    dotnet restore "$root/eng/bicep/bicep.proj" -nologo -v:q >&2
  fi
  # NuGet extracts files without their execute bit.
  [ -x "$bicep" ] || chmod +x "$bicep"
fi
"$bicep" --version >&2

# Bicep reports warnings on standard error but exits 0 for them, so any diagnostic at all fails the check.
check() {
  local what="$1"
  shift
  local log
  log=$("$@" 2>&1) || { printf '%s\n' "$log" >&2; echo "bicep: $what failed" >&2; return 1; }
  if [ -n "$log" ]; then
    printf '%s\n' "$log" >&2
    echo "bicep: $what reported diagnostics; fix them or explain a suppression next to it" >&2
    return 1
  fi
}

# Lint every file, modules included, in one run (each start of the CLI costs seconds); then build the entry point.
cd "$root"
check "lint infra/**/*.bicep" "$bicep" lint --pattern 'infra/**/*.bicep'
check "build infra/main.bicep" "$bicep" build infra/main.bicep --outdir "$outdir"
echo "bicep: infra/ builds and lints clean" >&2
echo "$outdir/main.json"
