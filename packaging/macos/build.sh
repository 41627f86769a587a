#!/usr/bin/env bash
# Builds the macOS application (dist/Org Chart Designer.app) and a disk image
# (dist/orgchart-designer-VERSION-macos-ARCH.dmg), on a Mac with Python 3.11+ from python.org
# (a universal2 or arm64 build). Not run in this project's CI (Linux only): see docs/INSTALL.md.
# Sign and notarise for distribution outside your organisation with your Developer ID:
#   SIGN_IDENTITY="Developer ID Application: ..." bash packaging/macos/build.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install --quiet -e ".[package]"
# resources/icons/orgchart-designer.icns is committed (packaging/make_icons.py writes it with
# Pillow); Apple's own tool makes the same from the PNGs if preferred:
#   mkdir icon.iconset && cp resources/icons/orgchart-designer-16.png icon.iconset/icon_16x16.png ...
#   iconutil -c icns icon.iconset -o resources/icons/orgchart-designer.icns
.venv/bin/python -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
    packaging/orgchart-designer.spec
app="dist/Org Chart Designer.app"
if [ -n "${SIGN_IDENTITY:-}" ]; then
    codesign --force --deep --options runtime --timestamp --sign "$SIGN_IDENTITY" "$app"
fi
version=$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
hdiutil create -volname "Org Chart Designer" -srcfolder "$app" -ov -format UDZO \
    "dist/orgchart-designer-$version-macos-$(uname -m).dmg"
"$app/Contents/MacOS/orgchart" info "$app/Contents/Resources/sample_data/bury_community_commissioning.sqlite"
