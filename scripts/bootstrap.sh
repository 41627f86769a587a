#!/usr/bin/env bash
# Sets up everything the designer and its tests need, from a machine with only python3:
# the Debian packages (Graphviz, what Qt's xcb platform needs, Xvfb, poppler, Chromium), a
# virtual environment in .venv with the project installed, and the Node test tools (axe-core).
# Safe to run again: each step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(
    python3-venv python3-pip
    graphviz                      # the optional `dot` layout engine
    xvfb xauth                    # a virtual screen for screenshots and headless runs
    poppler-utils                 # pdftoppm, to look at exported appendices
    chromium                      # headless: the web version's accessibility test (axe-core)
    binutils                      # objdump and strip, which PyInstaller uses (packaging/build.sh)
    shared-mime-info libglib2.0-bin desktop-file-utils  # packaging/smoke_test.sh: the Linux file type
    postgresql                    # team mode's tests start a server of their own (tests/team)
    fontconfig fonts-dejavu-core  # Qt needs at least one system font
    libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0 libxkbcommon0
    libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
    libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0
)

install_debian_packages() {
    command -v dpkg-query >/dev/null 2>&1 || return 0
    local missing=()
    for package in "${DEBIAN_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "Please install these Debian packages (as root): ${missing[*]}" >&2
        return 1
    fi
    echo "Installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

install_python_environment() {
    local stamp=.venv/.installed-from
    local wanted
    wanted=$(sha256sum pyproject.toml | cut -d' ' -f1)
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ] && [ -x .venv/bin/orgchart ]; then
        return 0
    fi
    [ -x .venv/bin/python ] || python3 -m venv .venv
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -e ".[test]"
    echo "$wanted" > "$stamp"
}

install_node_tools() {
    # axe-core (package.json, pinned in package-lock.json) checks the web version of appendices.
    # Node may come from elsewhere than Debian (it brings its own npm): only install it if absent.
    if ! command -v npm >/dev/null 2>&1; then
        if [ "$(id -u)" -ne 0 ]; then
            echo "Please install Node.js and npm (as root: apt-get install nodejs npm)" >&2
            return 1
        fi
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm
    fi
    local stamp=node_modules/.installed-from
    local wanted
    wanted=$(sha256sum package-lock.json | cut -d' ' -f1)
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then
        return 0
    fi
    npm ci --no-audit --no-fund --silent
    echo "$wanted" > "$stamp"
}

install_debian_packages
install_python_environment
install_node_tools
