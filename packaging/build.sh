#!/usr/bin/env bash
# Builds the Linux application into dist/orgchart-designer/ (one folder: its own Python, Qt,
# the sample proposals, fonts and licence texts) and dist/orgchart-designer-VERSION-linux-ARCH.tar.gz,
# then prints the build time and sizes. Uses the project's .venv (or $VENV) and installs the
# `package` extra's tools into it when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
[ -x "$VENV/bin/python" ] || bash scripts/bootstrap.sh
started=$SECONDS

# Only the extra's own requirements: reinstalling the project could repoint an editable install.
mapfile -t tools < <("$VENV/bin/python" -c '
import tomllib
print(*tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"]["package"], sep="\n")')
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "${tools[@]}"

"$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/orgchart-designer.spec

bundle=dist/orgchart-designer
rm -rf "$bundle/linux"
cp -a packaging/linux "$bundle/linux"

# PyInstaller also copied system libraries from this machine (X11/xcb, fontconfig, glib, CUPS):
# ship each one's Debian copyright file, which carries its licence text.
if command -v dpkg >/dev/null; then
    system_licences=$bundle/_internal/licenses/system-libraries
    mkdir -p "$system_licences"
    patterns=()
    for library in "$bundle"/_internal/lib*.so*; do patterns+=("*/$(basename "$library")"); done
    # dpkg -S fails for the libraries that came from wheels rather than from Debian; skip those.
    { dpkg -S "${patterns[@]}" 2>/dev/null || true; } | cut -d: -f1 | sort -u | while read -r package; do
        cp "/usr/share/doc/$package/copyright" "$system_licences/$package.copyright"
    done
fi
version=$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
archive=dist/orgchart-designer-$version-linux-$(uname -m).tar.gz
tar -C dist -czf "$archive" orgchart-designer

echo "Built $bundle in $((SECONDS - started)) s:"
du -sh "$bundle" "$archive"
