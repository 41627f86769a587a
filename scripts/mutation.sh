#!/usr/bin/env bash
# Mutation testing (docs/TESTING.md): mutmut over the named modules with the tests of their package.
#
#   bash scripts/mutation.sh                                  # domain edits analysis storage importers
#   bash scripts/mutation.sh analysis/costing.py edits        # one module, one whole package
#   bash scripts/mutation.sh orgchart_app/edits/apply.py
#   bash scripts/mutation.sh storage/team storage/team/sync.py    # a subpackage, with tests/team/
#   TESTS="tests/edits/test_checks.py tests/edits/test_moves.py" bash scripts/mutation.sh edits/checks.py
#   DESELECT="tests/storage/test_mutants_identity.py::test_a_process_we_may_not_signal_is_still_alive" ...
#
# TESTS, when set, replaces the test selection (tests/PACKAGE/ and its ALSO list) with the files or
# folders named: for a module every edit or save calls, where each mutant would otherwise run
# nearly the whole package's tests. The score is then the score against those tests alone, a
# lower bound; say which tests it was measured with. DESELECT (test ids, space separated) leaves
# tests out that cannot run under mutmut's statistics: a child process that drops root to a user
# who cannot read this Python's standard library fails to load mutmut's trampoline there.
#
# Each package's modules are mutated in a scratch copy of the repository (build/mutation/PACKAGE),
# so the worktree is never touched, and each mutant runs the tests of tests/PACKAGE/ that reach the
# mutated function. ONE worker process: the machine is shared. Prints the score of each module and
# every surviving mutant's diff; exits 0 whatever the score (it is a report, not a gate).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=${PYTHON:-$ROOT/.venv/bin/python}
[ -x "$PY" ] || PY=$(command -v python3)
if ! "$PY" -c "import mutmut" 2>/dev/null; then
    echo "mutmut is not installed: run '$PY -m pip install -e .[test]' first." >&2
    exit 2
fi
[ $# -gt 0 ] || set -- domain edits analysis storage importers

# Normalise every argument to orgchart_app/PACKAGE/MODULE.py (or orgchart_app/PACKAGE/*.py), where
# PACKAGE may be a subpackage (storage/team): each is mutated in a run of its own, with its tests.
declare -A GLOBS=()
for arg in "$@"; do
    rel=${arg#./}
    rel=${rel#orgchart_app/}
    rel=${rel%/}
    rel=${rel%.py}
    if [ -d "orgchart_app/$rel" ] && [ -f "orgchart_app/$rel/__init__.py" ]; then
        package=$rel
        glob="orgchart_app/$package/*.py"
    elif [ -f "orgchart_app/$rel.py" ] && [ "${rel%/*}" != "$rel" ]; then
        package=${rel%/*}
        glob="orgchart_app/$rel.py"
    elif [ ! -d "orgchart_app/${rel%%/*}" ]; then
        echo "No package orgchart_app/${rel%%/*}: name a module like analysis/costing.py or a package like edits." >&2
        exit 2
    else
        echo "No module orgchart_app/$rel.py." >&2
        exit 2
    fi
    GLOBS[$package]="${GLOBS[$package]:-}\"$glob\", "
done

# Tests left out of mutation runs: slow, and about surviving crashes rather than pinning behaviour
# (the kill-at-every-point and fault tests stay in). A survivor runs every selected test, so each
# second here costs a second per surviving mutant.
declare -A SKIP=(
    [storage]='"--deselect", "tests/storage/test_save_faults.py::test_saves_killed_at_random_moments_always_leave_one_complete_version", "--deselect", "tests/storage/test_fuzz.py", '
)

# Tests outside tests/PACKAGE/ that are the unit tests of some of its modules: the money of a
# restructure's people (analysis/redundancy.py, protection.py, people_costs.py, timeline.py, ...)
# is tested beside the people it is worked out for; the published reports' recommendations, word
# for word, pin the drafting code. Each file here runs in a second or two.
declare -A ALSO=(
    [analysis]='"tests/people/test_redundancy.py", "tests/people/test_notice_protection.py", "tests/people/test_one_off_costs.py", "tests/people/test_proposed_outcomes.py", "tests/people/test_timeline.py", "tests/samples/test_report_recommendations.py", '
)

export QT_QPA_PLATFORM=offscreen
chosen_tests=""
deselected=""
for test_id in ${DESELECT:-}; do
    deselected+="\"--deselect\", \"$test_id\", "
done
for path in ${TESTS:-}; do
    chosen_tests+="\"$path\", "
done
for package in "${!GLOBS[@]}"; do
    # A subpackage's tests have its own name (storage/team: tests/team/).
    tests_of="tests/${package##*/}"
    work="$ROOT/build/mutation/${package//\//-}"
    selection=${chosen_tests:-"${ALSO[$package]:-}\"$tests_of/\", "}
    rm -rf "$work"
    mkdir -p "$work"
    # benchmarks/: tests/importers runs the import benchmark small (test_benchmark_output.py).
    # A fresh copy each run: mutmut's cached verdicts would otherwise outlive the tests that set them.
    cp -r orgchart_app tests sample_data resources docs benchmarks pyproject.toml "$work"/
    find "$work" -name __pycache__ -prune -exec rm -rf {} +
    cat >>"$work/pyproject.toml" <<EOF

[tool.mutmut]
source_paths = ["orgchart_app/"]
only_mutate = [${GLOBS[$package]}]
# fnmatch's * crosses folders: a package's own modules only, its subpackages are runs of their own.
do_not_mutate = ["orgchart_app/$package/*/*.py"]
also_copy = ["sample_data/", "resources/", "docs/", "benchmarks/"]
pytest_add_cli_args = ["-p", "no:cacheprovider", ${SKIP[$package]:-}$deselected]
pytest_add_cli_args_test_selection = [$selection]
use_git_change_detection = false
# Each mutant's tests run in a process forked before any test ran: forked from the process that
# ran them all first (mutmut's default), a function behind functools.cache (the shipped pay
# data) keeps the clean run's result, the mutant is never executed and "survives".
process_isolation = "forkserver"
EOF
    if [ -n "$chosen_tests" ]; then
        echo "== mutating ${GLOBS[$package]%, } with ${chosen_tests%, } =="
    else
        echo "== mutating ${GLOBS[$package]%, } with $tests_of/${ALSO[$package]:+ and ${ALSO[$package]%, }} =="
    fi
    start=$(date +%s)
    (cd "$work" && "$PY" -m mutmut run --max-children 1 >"$work/run.log" 2>&1) || {
        echo "mutmut failed on $package; the last lines of $work/run.log:" >&2
        tail -20 "$work/run.log" >&2
        exit 1
    }
    (cd "$work" && "$PY" "$ROOT/scripts/mutation_report.py" "$(( $(date +%s) - start ))")
done
