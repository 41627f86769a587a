#!/usr/bin/env bash
# Sets everything up, then opens the designer on the bundled Bury sample proposal.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
sample=sample_data/bury_community_commissioning.sqlite
if [ -x .venv/bin/orgchart-designer ] && .venv/bin/python -c "import orgchart_app.ui.app" 2>/dev/null; then
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "No display found: running the designer on a virtual screen (xvfb-run)." >&2
        exec xvfb-run -a .venv/bin/orgchart-designer "$sample" --compare "To be" "$@"
    fi
    exec .venv/bin/orgchart-designer "$sample" --compare "To be" "$@"
fi
exec .venv/bin/orgchart info "$sample"
