#!/usr/bin/env python3
"""Storage layout snapshots of the four contracts: snapshots/storage/<Contract>.json.

`forge inspect <Contract> storageLayout --json`, with the fields that change from build to build without the
layout changing (AST ids, and the AST numbers inside type ids such as `t_struct(KeyRecord)1234_storage`) taken out.
A contract is immutable once deployed, but its layout is what every reader of raw storage (indexers, `cast
storage`, tests that `vm.load`) depends on: a change must be deliberate, and show in review as a snapshot diff.

Usage: python3 script/storage_layout.py [--write]    (without --write: check, exit 1 on any drift)
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORGE = os.environ.get("FORGE", str(ROOT / "node_modules/@foundry-rs/forge-linux-amd64/bin/forge"))
CONTRACTS = ["PTI", "UserRegistry", "VideoRegistry", "PaymentChannel"]
SNAPSHOTS = ROOT / "snapshots" / "storage"
AST_NUMBER = re.compile(r"\)\d+")


def strip(value):
    """The layout without AST ids: drops `astId`, and the AST numbers in type ids wherever they appear."""
    if isinstance(value, dict):
        return {AST_NUMBER.sub(")", k): strip(v) for k, v in value.items() if k != "astId"}
    if isinstance(value, list):
        return [strip(v) for v in value]
    if isinstance(value, str):
        return AST_NUMBER.sub(")", value)
    return value


def layout(name: str, build: Path) -> str:
    # A build directory of our own: artifacts forge reuses from out/ may predate `extra_output = ["storageLayout"]`.
    env = dict(os.environ, FOUNDRY_OUT=str(build / "out"), FOUNDRY_CACHE_PATH=str(build / "cache"))
    result = subprocess.run([FORGE, "inspect", f"src-sol/{name}.sol:{name}", "storageLayout", "--json"],
                            cwd=ROOT, capture_output=True, text=True, env=env)
    if result.returncode != 0:
        raise RuntimeError(f"forge inspect {name}: {result.stderr.strip()}")
    return json.dumps(strip(json.loads(result.stdout)), indent=2, sort_keys=True) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="rewrite the snapshots instead of checking them")
    args = parser.parse_args()
    drifted = []
    with tempfile.TemporaryDirectory(prefix="storage-layout.") as build:
        layouts = {name: layout(name, Path(build)) for name in CONTRACTS}
    for name in CONTRACTS:
        current = layouts[name]
        path = SNAPSHOTS / f"{name}.json"
        if args.write:
            SNAPSHOTS.mkdir(parents=True, exist_ok=True)
            path.write_text(current)
            print(f"wrote {path.relative_to(ROOT)}")
            continue
        committed = path.read_text() if path.exists() else ""
        if committed != current:
            drifted.append(name)
            sys.stdout.writelines(difflib.unified_diff(committed.splitlines(True), current.splitlines(True),
                                                       f"{path.relative_to(ROOT)} (committed)", f"{name} (built)"))
        else:
            print(f"{name}: storage layout matches {path.relative_to(ROOT)}")
    if drifted:
        print(f"storage layout drifted: {', '.join(drifted)}; if deliberate, run "
              "`python3 script/storage_layout.py --write` and commit snapshots/storage/", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
