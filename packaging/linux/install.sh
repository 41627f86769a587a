#!/usr/bin/env bash
# Installs the unpacked Org Chart Designer folder: the program folder, the `orgchart-designer`
# and `orgchart` commands, the menu entry, the icon and the proposal file type.
#   sudo linux/install.sh               for every user (/opt, /usr/local/bin, /usr/local/share)
#   linux/install.sh --user             for yourself (~/.local/opt, ~/.local/bin, ~/.local/share)
#   ... --uninstall                     removes what the same command installed
# PREFIX, BIN_DIR and DATA_DIR move the program, the commands and the desktop files.
set -euo pipefail
BUNDLE=$(cd "$(dirname "$0")/.." && pwd)
NAME=orgchart-designer

mode=system
action=install
for argument in "$@"; do
    case $argument in
        --user) mode=user ;;
        --uninstall) action=uninstall ;;
        -h|--help) sed -n '2,8s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) echo "install.sh: unknown option '$argument'; see --help." >&2; exit 2 ;;
    esac
done
if [ "$mode" = user ]; then
    PREFIX=${PREFIX:-$HOME/.local/opt/$NAME}
    BIN_DIR=${BIN_DIR:-$HOME/.local/bin}
    DATA_DIR=${DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}}
else
    PREFIX=${PREFIX:-/opt/$NAME}
    BIN_DIR=${BIN_DIR:-/usr/local/bin}
    DATA_DIR=${DATA_DIR:-/usr/local/share}
fi
ICON_SIZES=(16 24 32 48 64 128 256 512)

install_files() {
    if [ "$BUNDLE" != "$(realpath -m "$PREFIX")" ]; then
        # Copy beside the old version, then swap, so a failed copy leaves the old one working.
        rm -rf "$PREFIX.new"
        mkdir -p "$(dirname "$PREFIX")"
        cp -a "$BUNDLE" "$PREFIX.new"
        rm -rf "$PREFIX"
        mv "$PREFIX.new" "$PREFIX"
    fi
    mkdir -p "$BIN_DIR"
    ln -sfn "$PREFIX/orgchart-designer" "$BIN_DIR/orgchart-designer"
    ln -sfn "$PREFIX/orgchart" "$BIN_DIR/orgchart"
    for size in "${ICON_SIZES[@]}"; do
        install -D -m 644 "$PREFIX/_internal/resources/icons/$NAME-$size.png" \
            "$DATA_DIR/icons/hicolor/${size}x$size/apps/$NAME.png"
    done
    # The menu entry starts the installed program by its full path, whatever the PATH.
    mkdir -p "$DATA_DIR/applications"
    sed -e "s#^Exec=orgchart-designer#Exec=$PREFIX/orgchart-designer#" \
        -e "s#^TryExec=orgchart-designer#TryExec=$PREFIX/orgchart-designer#" \
        "$PREFIX/linux/$NAME.desktop" > "$DATA_DIR/applications/$NAME.desktop"
    chmod 644 "$DATA_DIR/applications/$NAME.desktop"
    install -D -m 644 "$PREFIX/linux/$NAME-mime.xml" "$DATA_DIR/mime/packages/$NAME-mime.xml"
}

uninstall_files() {
    rm -f "$BIN_DIR/orgchart-designer" "$BIN_DIR/orgchart" \
        "$DATA_DIR/applications/$NAME.desktop" "$DATA_DIR/mime/packages/$NAME-mime.xml"
    for size in "${ICON_SIZES[@]}"; do
        rm -f "$DATA_DIR/icons/hicolor/${size}x$size/apps/$NAME.png"
    done
    rm -rf "$PREFIX"
}

refresh_desktop_caches() {
    # Each tool is optional; desktops without it read the files directly.
    if command -v update-mime-database >/dev/null; then
        mkdir -p "$DATA_DIR/mime/packages"
        update-mime-database "$DATA_DIR/mime"
    fi
    if command -v update-desktop-database >/dev/null; then
        update-desktop-database -q "$DATA_DIR/applications" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null && [ -d "$DATA_DIR/icons/hicolor" ]; then
        gtk-update-icon-cache -q -t -f "$DATA_DIR/icons/hicolor" || true
    fi
}

"${action}_files"
refresh_desktop_caches
echo "Org Chart Designer: ${action} done ($PREFIX; commands in $BIN_DIR; desktop files in $DATA_DIR)."
