#!/usr/bin/env bash
# Sets everything up, then runs the whole test suite (offscreen Qt; no display needed).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
