#!/usr/bin/env bash
# Smoke test of the built bundle (dist/orgchart-designer, or the folder given as $1).
# Its programs run with every Python on this machine hidden: a private mount namespace lays
# empty folders over their standard libraries and /dev/null over their executables and
# libpython, so a pass proves the bundle carries its own interpreter. The bundle is mounted
# read-only there, and each program runs with a bare environment (PATH=/usr/bin:/bin, a fresh
# HOME), as from a desktop menu after a system install. The outputs are checked afterwards,
# outside, against the same commands run from source.
# Prints one line per check and closes with "smoke: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
BUNDLE=$(realpath "${1:-dist/orgchart-designer}")
SAMPLE=bury_community_commissioning.sqlite
PYTHON=${VENV:-.venv}/bin/python  # the project's, to run the same commands from source

# ---- inside the namespace: no Python from here on ----------------------------------------
if [ -n "${ORGCHART_SMOKE_OUT:-}" ]; then
    OUT=$ORGCHART_SMOKE_OUT
    while IFS= read -r place; do
        if [ -d "$place" ]; then mount -t tmpfs none "$place" || exit 1
        elif [ -e "$place" ]; then mount --bind /dev/null "$place" || exit 1
        fi
    done < "$OUT/python-places"
    # Read-only, as installed under /opt for every user: nothing may need to write beside it.
    mount --bind "$BUNDLE" "$BUNDLE" && mount -o remount,bind,ro "$BUNDLE" || exit 1
    run() {  # run NAME PROGRAM ARGS...
        local name=$1
        shift
        env -i PATH=/usr/bin:/bin HOME="$OUT/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
            "$@" >"$OUT/$name.out" 2>"$OUT/$name.err"
        echo $? > "$OUT/$name.rc"
    }
    mkdir -p "$OUT/home"
    # Any interpreter that still starts is written down (and fails the check outside).
    while IFS= read -r place; do
        [ -f "$place" ] && "$place" -c pass 2>/dev/null && echo "$place"
    done < "$OUT/python-places" > "$OUT/pythons-left"
    env -i PATH=/usr/bin:/bin bash -c 'for name in python3 python; do
        "$name" -c pass 2>/dev/null && echo "$name on the PATH"; done' >> "$OUT/pythons-left"

    samples="$BUNDLE/_internal/sample_data"
    run version "$BUNDLE/orgchart" --version
    run info "$BUNDLE/orgchart" info "$samples/$SAMPLE"
    run validate "$BUNDLE/orgchart" validate "$samples/$SAMPLE"
    run diff "$BUNDLE/orgchart" diff "$samples/$SAMPLE" --from "As is" --to "To be" --format json
    run pdf "$BUNDLE/orgchart" export "$samples/$SAMPLE" --scenario "To be" --pdf "$OUT/to-be.pdf"
    run documents "$BUNDLE/orgchart" export "$samples/$SAMPLE" --scenario "To be" --compare "As is" \
        --docx "$OUT/pack.docx" --html "$OUT/pack.html" --png "$OUT/to-be.png" --dpi 50
    run screenshot "$BUNDLE/orgchart-designer" "$samples/$SAMPLE" --scenario "To be" \
        --screenshot "$OUT/designer.png"

    # The Linux desktop integration, installed for the (throw-away) user.
    run install bash "$BUNDLE/linux/install.sh" --user
    run installed "$OUT/home/.local/bin/orgchart" --version
    run desktop-file desktop-file-validate "$OUT/home/.local/share/applications/orgchart-designer.desktop"
    run proposal-type gio info -a standard::content-type "$samples/$SAMPLE"
    # Another program's SQLite file: the same header with a different application_id.
    cp "$samples/$SAMPLE" "$OUT/other.sqlite"
    printf 'ABCD' | dd of="$OUT/other.sqlite" bs=1 seek=68 conv=notrunc status=none
    run other-type gio info -a standard::content-type "$OUT/other.sqlite"
    run proposal-handler gio mime application/x-orgchart-proposal
    run sqlite-handler gio mime application/vnd.sqlite3
    exit 0
fi

# ---- outside: find the interpreters, run the namespace, check what came out --------------
[ -x "$BUNDLE/orgchart" ] || { echo "No bundle at $BUNDLE: run packaging/build.sh first." >&2; exit 2; }
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
# Every interpreter on the PATH and the project's own, each asked where it lives while it can.
{
    for name in $(compgen -c python | grep -E '^python[0-9.]*$' | sort -u); do type -ap "$name"; done
    echo "$PYTHON"
} | while IFS= read -r python; do
    echo "$python"
    "$python" -c '
import glob, sys, sysconfig
print(sys.executable, sysconfig.get_path("stdlib"), sep="\n")
print(*glob.glob(str(sysconfig.get_config_var("LIBDIR")) + "/libpython3*"), sep="\n")' 2>/dev/null
done | xargs -r -d '\n' realpath -e 2>/dev/null | sort -u > "$OUT/python-places"
ORGCHART_SMOKE_OUT=$OUT unshare --mount --map-root-user bash "$0" "$BUNDLE" \
    || { echo "Could not run the bundle in a private mount namespace (unshare)." >&2; exit 2; }

passed=0
failed=0
check() {  # check NAME CONDITION...: prints ok or FAIL (with what the program said on stderr)
    local name=$1
    shift
    if "$@"; then
        echo "ok     $name"
        passed=$((passed + 1))
    else
        echo "FAIL   $name"
        cat "$OUT/$name.err" "$OUT/$name.out" 2>/dev/null | head -20 | sed 's/^/         /'
        failed=$((failed + 1))
    fi
}
exited_0() { [ "$(cat "$OUT/$1.rc" 2>/dev/null)" = 0 ]; }
says() { exited_0 "$1" && grep -q -- "$2" "$OUT/$1.out"; }
version_is_pyproject() {
    exited_0 "$1" && [ "$(cat "$OUT/$1.out")" = "orgchart $(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)" ]
}
same_as_source() {  # same_as_source NAME ARGS...: the bundle printed what the source prints
    local name=$1
    shift
    exited_0 "$name" && [ ! -s "$OUT/$name.err" ] \
        && PYTHONPATH=. "$PYTHON" -m orgchart_app.cli "$@" 2>/dev/null \
        | sed "s#$PWD/sample_data#$BUNDLE/_internal/sample_data#g" | cmp -s - "$OUT/$name.out"
}
python_hidden() { [ -s "$OUT/python-places" ] && [ ! -s "$OUT/pythons-left" ]; }
licences_shipped() {
    local folder=$BUNDLE/_internal/licenses
    [ -s "$folder/LICENSES.md" ] && [ -s "$folder/Qt-and-PySide6/LGPL-3.0.txt" ] \
        && ls "$folder"/Python-*/LICENSE.txt "$folder"/SQLAlchemy-*/LICENSE >/dev/null 2>&1
}
pdf_as_from_source() {  # same text as the source's PDF, set in the bundled DejaVu fonts
    exited_0 pdf && PYTHONPATH=. "$PYTHON" -m orgchart_app.cli export "$source_sample" \
        --scenario "To be" --pdf "$OUT/source.pdf" >/dev/null 2>&1 \
        && cmp -s <(pdftotext "$OUT/source.pdf" -) <(pdftotext "$OUT/to-be.pdf" -) \
        && pdffonts "$OUT/to-be.pdf" | grep -q "DejaVuSans .* yes"
}
documents_written() {  # Word (python-docx's template), the web page, a PNG drawn by PDFium
    exited_0 documents && [ "$(head -c 2 "$OUT/pack.docx")" = PK ] \
        && grep -q 'role="img"' "$OUT/pack.html" \
        && [ "$(head -c 4 "$OUT/to-be.png" | tail -c 3)" = PNG ]
}
window_painted() {  # a real picture of the window, not a blank or black rectangle
    exited_0 screenshot && "$PYTHON" -c '
import sys
from PIL import Image
image = Image.open(sys.argv[1])
sys.exit(not (image.width >= 800 and image.height >= 500 and len(image.getcolors(1 << 20)) >= 50))
' "$OUT/designer.png"
}
not_our_sqlite() {
    says sqlite-handler . && ! grep -q orgchart-designer "$OUT/sqlite-handler.out"
}

source_sample=$PWD/sample_data/$SAMPLE
check python-hidden python_hidden
check version version_is_pyproject version
check info same_as_source info info "$source_sample"
check validate same_as_source validate validate "$source_sample"
check diff same_as_source diff diff "$source_sample" --from "As is" --to "To be" --format json
check pdf pdf_as_from_source
check documents documents_written
check screenshot window_painted
check licences licences_shipped
check install says install "install done"
check installed version_is_pyproject installed
check desktop-file exited_0 desktop-file
check proposal-type says proposal-type "content-type: application/x-orgchart-proposal"
check other-type says other-type "content-type: application/vnd.sqlite3"
check proposal-handler says proposal-handler "Default application.*: orgchart-designer.desktop"
check sqlite-handler not_our_sqlite
echo "smoke: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
