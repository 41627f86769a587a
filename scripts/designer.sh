#!/usr/bin/env bash
# Sets everything up, then opens the designer on the bundled Bury sample proposal, comparing
# its "As is" and "To be" structures. Without a display it runs on a virtual screen (Xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
sample=sample_data/bury_community_commissioning.sqlite
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: running the designer on a virtual screen (xvfb-run)." >&2
    exec xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/orgchart-designer "$sample" --compare "To be" "$@"
fi
exec .venv/bin/orgchart-designer "$sample" --compare "To be" "$@"
