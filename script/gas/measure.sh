#!/usr/bin/env bash
# Measures PaymentChannel's gas from real anvil receipts, writes docs/GAS.md, and exits non-zero when an
# operation is over budget. Starts and stops its own anvil on a free loopback port.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec python3 script/gas/measure.py "$@"
