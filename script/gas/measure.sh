#!/usr/bin/env bash
# Measures PaymentChannel's gas from real anvil receipts, writes docs/GAS.md, and exits non-zero when an
# operation is over budget: the `gas` example of paratii-chain (crates/chain/examples/gas/). Starts and
# stops its own anvil on a free loopback port ($PARATII_ANVIL, else $ANVIL, else node_modules'). Pass
# --no-write to print the report without writing it.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec cargo run --locked -q -p paratii-chain --example gas -- --out docs/GAS.md "$@"
