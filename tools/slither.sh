#!/usr/bin/env bash
# Runs Slither over src-sol (compiled by the real forge through crytic-compile and the solc-js shim) and
# exits non-zero on any finding that slither.config.json does not accept with a written justification.
#
#   tools/slither.sh [extra slither arguments]
#
# Installs the pinned tools/requirements.txt into .venv (or $SLITHER_VENV) first when it is missing or stale.
# Exit codes: 0 clean, 1 unaccepted findings, 2 Slither or the build failed.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="${SLITHER_VENV:-$root/.venv}"
requirements="$root/tools/requirements.txt"
cd "$root"

# pip leaves an installed, matching tree untouched (and offline); a stamp skips even that on repeat runs.
stamp="$venv/.requirements.sha256"
want="$(sha256sum "$requirements" | cut -d' ' -f1)"
if [[ ! -x "$venv/bin/slither" || "$(cat "$stamp" 2>/dev/null)" != "$want" ]]; then
    [[ -x "$venv/bin/python" ]] || python3 -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$requirements"
    echo "$want" >"$stamp"
fi

# crytic-compile calls `forge` by name: make it the real binary, not the npm wrapper that always exits 0.
forge_bin="$root/node_modules/@foundry-rs/forge-linux-amd64/bin"
[[ -x "$forge_bin/forge" ]] || {
    echo "slither.sh: $forge_bin/forge missing: run npm ci first" >&2
    exit 2
}
export PATH="$forge_bin:$PATH"
# crytic-compile runs `forge clean` and `forge build --force`: give it build directories of its own so that
# it neither wipes nor races the work tree's out/ and cache/.
work="$(mktemp -d "${TMPDIR:-/tmp}/slither.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export FOUNDRY_OUT="$work/out" FOUNDRY_CACHE_PATH="$work/cache"

# --fail-none: the verdict is ours, after the accepted findings are taken out.
status=0
"$venv/bin/slither" . --config-file slither.config.json --fail-none --json "$work/results.json" "$@" \
    >"$work/slither.log" 2>&1 || status=$?
if [[ $status -ne 0 || ! -s "$work/results.json" ]]; then
    cat "$work/slither.log" >&2
    echo "slither.sh: Slither failed (exit $status)" >&2
    exit 2
fi

"$venv/bin/python" - "$work/results.json" slither.config.json <<'PY'
"""Splits Slither's findings into accepted (matched by a rule in the config's "_accepted") and the rest."""
import json
import re
import sys

results_path, config_path = sys.argv[1:]
with open(results_path, encoding="utf8") as f:
    output = json.load(f)
with open(config_path, encoding="utf8") as f:
    config = json.load(f)


def fail(message):
    print(f"slither.sh: {message}", file=sys.stderr)
    sys.exit(2)


if not output.get("success"):
    fail(f"Slither reported an error: {output.get('error')}")

rules = config.get("_accepted", [])
for rule in rules:
    if not rule.get("justification", "").strip():
        fail(f"accepted rule without a justification: {rule}")
excluded = config.get("detectors_to_exclude", "")
unjustified = {d for d in excluded.split(",") if d} - set(config.get("_justifications", {}))
if unjustified:
    fail(f"excluded detectors without a justification: {sorted(unjustified)}")


def normalize(description):
    """The description without source locations, so that rules survive edits that only move lines."""
    return re.sub(r" \([^()]*#[0-9-]+\)", "", description).strip()


findings = output.get("results", {}).get("detectors", [])
used = [0] * len(rules)
rejected = []
for finding in findings:
    text = normalize(finding["description"])
    for i, rule in enumerate(rules):
        if rule["check"] == finding["check"] and re.search(rule["match"], text, re.S):
            used[i] += 1
            break
    else:
        rejected.append(finding)

print(f"slither: {len(findings)} finding(s), {len(findings) - len(rejected)} accepted, {len(rejected)} not accepted")
for i, rule in enumerate(rules):
    if used[i]:
        print(f"accepted {used[i]} x {rule['check']}")
    else:
        # A rule that matches nothing is a stale explanation: say so, but the code got better, not worse.
        print(f"note: accepted rule matched nothing (remove it?): {rule['check']}: {rule['match']}")
for finding in rejected:
    print(f"\n[{finding['impact']}/{finding['confidence']}] {finding['check']}")
    print(finding["description"].rstrip())
if rejected:
    print("\nFix these, or accept each in slither.config.json \"_accepted\" with a justification.")
    sys.exit(1)
PY
